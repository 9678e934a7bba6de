"""Starting the app: open a project, or build one from input files in the background."""

from __future__ import annotations

import argparse
import itertools
import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui import app, projects
from ui.main_window import MainWindow


@pytest.fixture
def seed_copy(tmp_path: Path, seed_path: Path) -> Path:
    target = tmp_path / "inputs" / "talks.en-ko.txt"
    target.parent.mkdir()
    shutil.copy(seed_path, target)
    return target


def test_run_gui_opens_the_named_project(
    monkeypatch: pytest.MonkeyPatch, project: Path, messages: list[str]
) -> None:
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    args = argparse.Namespace(project=project, src=None, tgt=None, bilingual=None)
    before = set(QApplication.topLevelWidgets())
    assert app.run_gui(args) == 0
    new = set(QApplication.topLevelWidgets()) - before
    (window,) = [w for w in new if isinstance(w, MainWindow)]
    assert window.area is not None
    assert window.area.store.path == project
    window.close()
    window.deleteLater()


def test_project_path_beside_the_input(seed_copy: Path, tmp_path: Path) -> None:
    assert (
        projects.project_path_for(seed_copy, tmp_path / "data") == seed_copy.parent / "talks.rvproj"
    )


def build(win: MainWindow, qtbot: Any, read: Any, first: Path) -> None:
    with qtbot.waitSignal(win.projectOpened, timeout=60_000):
        win.build_project(read, first, None, aligner="gale-church")


def test_new_project_from_a_bilingual_file_in_the_background(
    qtbot: Any, seed_copy: Path, messages: list[str]
) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    read, first = projects.args_reader(None, None, seed_copy)
    # Warm-up: the first language detection in a process loads its profiles
    # holding the GIL for about 170 ms; that one-time cost is not measured here.
    read()
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)

    def slow_read() -> Any:
        time.sleep(0.4)  # the GUI keeps running meanwhile
        return read()

    build(win, qtbot, slow_read, first)
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    # The work sleeps 0.4 s: on the GUI thread that would be one 0.4 s gap. The bound
    # leaves room for a loaded 2-core machine (typical gaps here are under 0.1 s).
    assert gaps and max(gaps) < 0.3, max(gaps)
    path = seed_copy.parent / "talks.rvproj"
    assert win.area is not None and win.area.store.path == path
    assert win.area.model.rowCount() >= 10
    assert not messages
    # The same input again: the project is reopened, not rebuilt.
    win.close_project()
    stamp = path.stat().st_mtime_ns
    build(win, qtbot, read, first)
    assert win.area.store.path == path
    assert path.stat().st_mtime_ns == stamp
    assert not (seed_copy.parent / "talks-2.rvproj").exists()
    win.close()


def test_cancelling_a_new_project_leaves_no_file(
    qtbot: Any, seed_copy: Path, messages: list[str]
) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    read, first = projects.args_reader(None, None, seed_copy)
    gate = threading.Event()

    def gated_read() -> Any:
        gate.wait(5)
        return read()

    with qtbot.waitSignal(win.runner.ended, timeout=10_000):
        win.build_project(gated_read, first, None, aligner="gale-church")
        assert win.progress.isVisibleTo(win)
        win.progress.cancel_button.click()
        gate.set()
    assert win.area is None
    assert not list(seed_copy.parent.glob("*.rvproj*"))
    assert not messages
    win.close()


def test_failed_import_shows_the_error(qtbot: Any, tmp_path: Path, messages: list[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    win = MainWindow()
    qtbot.addWidget(win)
    read, first = projects.args_reader(None, None, empty)
    with qtbot.waitSignal(win.runner.ended, timeout=10_000):
        win.build_project(read, first, None, aligner="gale-church")
    assert messages and "empty" in messages[-1]
    win.close()


def test_files_given_the_wrong_way_round_are_swapped_with_a_note(
    qtbot: Any, tmp_path: Path, messages: list[str]
) -> None:
    en = tmp_path / "talks.en.txt"
    ko = tmp_path / "talks.ko.txt"
    en.write_text("The talks took place in Yokosuka.\nThe ministers agreed.\n", encoding="utf-8")
    ko.write_text("회담은 요코스카에서 열렸다.\n장관들은 합의했다.\n", encoding="utf-8")
    win = MainWindow()
    qtbot.addWidget(win)
    read, first = projects.args_reader(ko, en, None)  # Korean given as the source
    build(win, qtbot, read, first)
    assert "the other way round" in win.statusBar().currentMessage()
    bead = win.area.store.beads()[0]
    assert bead.src_text == "The talks took place in Yokosuka."
    assert messages == []
    win.close()
