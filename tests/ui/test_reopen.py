"""Closing and reopening restores decisions, current pair, filters and the window layout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from reviewer.store import ProjectStore
from tests.ui.conftest import go, snapshot, trigger
from ui import projects
from ui.doc_index import FilterSpec
from ui.main_window import MainWindow


def reopen(qtbot: Any, project: Path) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_project(project)
    return win


def test_reopen_restores_current_pair_filters_and_decisions(
    window: Any, qtbot: Any, project: Path
) -> None:
    go(window, 1)
    trigger(window, "reject")
    bar = window.area.filter_bar
    bar.max_conf.setValue(80)
    bar._emit()
    go(window, window.area.model.row_of(9))
    trigger(window, "sort_confidence")
    saved = snapshot(window.area.store)
    window.close()
    assert window.area is None

    again = reopen(qtbot, project)
    area = again.area
    assert snapshot(area.store) == saved
    assert area.store.bead(2).status == "rejected"
    assert area.model.spec == FilterSpec(max_conf=80)
    assert area.filter_bar.max_conf.value() == 80
    assert area.model.by_confidence
    assert again.qactions["sort_confidence"].isChecked()
    assert area.view.current_bead() == 9
    assert area.detail.bead_id == 9
    again.close()


def test_pending_text_edit_is_saved_on_close(window: Any, qtbot: Any, project: Path) -> None:
    go(window, 0)
    src = window.area.detail.src
    src.setFocus()
    src.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(src, " (edited)")
    window.close()
    with ProjectStore.open(project, mode="read") as store:
        assert store.bead(1).src[0].text.endswith("drills. (edited)")


def test_window_geometry_and_docks_are_restored(window: Any, qtbot: Any, project: Path) -> None:
    window.flags_dock.hide()
    qtbot.wait(10)  # let the layout drop the dock's minimum width
    window.resize(720, 520)  # the offscreen screen is 800 x 600
    expected = window.size()
    window.close()
    again = reopen(qtbot, project)
    assert again.size() == expected
    assert expected.height() == 520
    assert not again.flags_dock.isVisibleTo(again)
    again.close()


def test_recent_projects_and_closing_a_project(window: Any, project: Path) -> None:
    assert projects.recent_projects() == [str(project.resolve())]
    trigger(window, "close_project")
    assert window.area is None
    assert window.stack.currentWidget() is window.start
    assert not window.qactions["approve"].isEnabled()
    assert window.windowTitle() == "Translation Reviewer"
    # the lock is released: another writer can open it now
    ProjectStore.open(project).close()


def test_start_screen_opens_a_recent_project(
    qtbot: Any, project: Path, messages: list[str]
) -> None:
    projects.remember_project(project)
    win = MainWindow()
    qtbot.addWidget(win)
    win.start.openProjectRequested.emit(str(project))
    assert win.area is not None
    assert win.area.model.rowCount() == 10
    win.close()


def test_opening_a_broken_file_shows_one_line(
    qtbot: Any, tmp_path: Path, messages: list[str]
) -> None:
    bad = tmp_path / "bad.rvproj"
    bad.write_text("not a project")
    win = MainWindow()
    qtbot.addWidget(win)
    assert not win.open_project(bad)
    assert messages and "not a project file" in messages[-1]
    assert "\n" not in messages[-1]
    assert win.area is None
    win.close()


def test_read_only_reopen_keeps_state_untouched(window: Any, qtbot: Any, project: Path) -> None:
    go(window, 3)
    window.close()
    with ProjectStore.open(project):
        win = reopen(qtbot, project)
        assert win.area.store.read_only
        assert win.area.view.current_bead() == 4
        win.area.view.go_to_row(0)
        win.close()
    with ProjectStore.open(project, mode="read") as store:
        assert store.ui_state("current_bead") == 4


def test_grid_focus_and_keyboard_after_open(window: Any) -> None:
    assert window.area.view.hasFocus() or window.area.view.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_reopen_stays_near_a_pair_that_was_merged_away(
    window: Any, qtbot: Any, project: Path
) -> None:
    from reviewer.edits.beads import merge_beads

    go(window, 5)
    gone = window.area.view.current_bead()
    window.close()
    with ProjectStore.open(project) as store:
        merge_beads(store, gone, with_next=False)  # e.g. the CLI, or a crash after a merge
    again = reopen(qtbot, project)
    assert again.area.view.currentIndex().row() == 5
    again.close()
