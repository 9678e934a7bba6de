"""The start screen: new, open, recent projects (missing ones greyed), any palette."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

import ui.start_screen as start_module
from ui.start_screen import MISSING_ROLE, PATH_ROLE, StartScreen


@pytest.fixture
def screen(qtbot: QtBot) -> StartScreen:
    widget = StartScreen()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def projects(tmp_path: Path) -> tuple[str, str]:
    here = tmp_path / "talks.rvproj"
    here.write_bytes(b"")
    return str(here), str(tmp_path / "gone" / "에어로빅.rvproj")


def test_empty_recent_list_shows_a_note(screen: StartScreen) -> None:
    assert screen.recent_list.count() == 0
    assert screen.empty_label.isVisibleTo(screen)
    assert not screen.recent_list.isVisibleTo(screen)
    assert screen.title.text() == "Translation Reviewer"


def test_recent_items_and_missing_files(screen: StartScreen, projects: tuple[str, str]) -> None:
    present, missing = projects
    screen.set_recent([present, missing])
    assert screen.recent_list.isVisibleTo(screen)
    assert not screen.empty_label.isVisibleTo(screen)
    first, second = screen.recent_list.item(0), screen.recent_list.item(1)
    assert first.data(PATH_ROLE) == present
    assert not first.data(MISSING_ROLE)
    assert first.toolTip() == present
    assert second.data(MISSING_ROLE)
    assert "no longer there" in second.toolTip()
    assert missing in second.toolTip()
    assert screen.recent_list.selectedItems() == []  # current for the keyboard, not selected


def test_click_opens_once_and_missing_does_nothing(
    screen: StartScreen, projects: tuple[str, str], qtbot: QtBot
) -> None:
    present, missing = projects
    screen.set_recent([present, missing])
    seen: list[str] = []
    screen.openProjectRequested.connect(seen.append)
    screen.recent_list.itemClicked.emit(screen.recent_list.item(1))
    assert seen == []
    # A double click is two clicks; the second one is the same request.
    screen.recent_list.itemClicked.emit(screen.recent_list.item(0))
    screen.recent_list.itemClicked.emit(screen.recent_list.item(0))
    assert seen == [present]


def test_enter_opens_the_current_item(
    screen: StartScreen, projects: tuple[str, str], qtbot: QtBot
) -> None:
    screen.set_recent(list(projects))
    with qtbot.waitSignal(screen.openProjectRequested) as blocker:
        qtbot.keyClick(screen.recent_list, Qt.Key.Key_Return)
    assert blocker.args == [projects[0]]


def test_new_and_open_buttons(
    screen: StartScreen, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, projects: tuple[str, str]
) -> None:
    with qtbot.waitSignal(screen.newProjectRequested):
        qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    answers = iter([(projects[0], ""), ("", "")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: next(answers))
    seen: list[str] = []
    screen.openProjectRequested.connect(seen.append)
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)  # cancelled
    assert seen == [projects[0]]


def test_follows_a_dark_palette(screen: StartScreen, projects: tuple[str, str]) -> None:
    """No colour is hard-coded: with a dark palette, nothing light is painted behind text."""
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, QColor(30, 30, 30)),
        (QPalette.ColorRole.Base, QColor(20, 20, 20)),
        (QPalette.ColorRole.Button, QColor(40, 40, 40)),
        (QPalette.ColorRole.WindowText, QColor(220, 220, 220)),
        (QPalette.ColorRole.Text, QColor(220, 220, 220)),
        (QPalette.ColorRole.ButtonText, QColor(220, 220, 220)),
        (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150)),
    ):
        dark.setColor(role, colour)
    screen.setPalette(dark)
    screen.set_recent(list(projects))
    screen.resize(800, 600)
    image = screen.grab().toImage()
    light = sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixelColor(x, y).lightness() > 200
    )
    total = (image.height() // 4) * (image.width() // 4)
    assert light / total < 0.05


def test_repeat_guard_expires(
    screen: StartScreen, projects: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = iter([100.0, 100.1, 105.0])
    monkeypatch.setattr(start_module, "_clock", lambda: next(clock))
    seen: list[str] = []
    screen.openProjectRequested.connect(seen.append)
    for _ in range(3):
        screen._request_open(projects[0])
    assert seen == [projects[0], projects[0]]
