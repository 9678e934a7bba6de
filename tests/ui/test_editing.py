"""Every editing action through the real window and a real project file, with undo/redo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog

from reviewer.edits.flags import store_suspects
from reviewer.qa.model import Category, Severity, Span, Suspect
from tests.ui.conftest import (
    assert_undo_redo,
    assert_views_match,
    bead_at,
    go,
    kinds,
    snapshot,
    trigger,
)
from ui.dialogs.export import ExportDialog
from ui.dialogs.flag_editor import FlagDialog, FlagDraft


def test_approve_current_moves_to_next_and_undoes(window: Any) -> None:
    go(window, 0)
    before = snapshot(window.area.store)
    trigger(window, "approve")
    assert bead_at(window, 0).status == "approved"
    assert window.area.view.currentIndex().row() == 1
    assert "Approved 1 / 10" in window.counts.text()
    assert_undo_redo(window, before)


def test_reject_selected_rows(window: Any) -> None:
    view = window.area.view
    go(window, 1)
    index = window.area.model.index(2, 1)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().select(index, flags)
    before = snapshot(window.area.store)
    trigger(window, "reject")
    assert [bead_at(window, r).status for r in (1, 2)] == ["rejected", "rejected"]
    assert bead_at(window, 0).status == "proposed"
    assert_undo_redo(window, before)


def test_approve_above_confidence(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (80, True))
    before = snapshot(window.area.store)
    trigger(window, "approve_above")
    approved = {b.score for b in window.area.store.beads() if b.status == "approved"}
    assert approved == {0.93, 0.88, 0.81, 0.95}
    assert_undo_redo(window, before)


def test_approve_above_cancelled_changes_nothing(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (80, False))
    before = snapshot(window.area.store)
    trigger(window, "approve_above")
    assert snapshot(window.area.store) == before
    assert not window.undo_group.canUndo()


def test_merge_with_next_and_previous(window: Any) -> None:
    go(window, 0)
    before = snapshot(window.area.store)
    trigger(window, "merge_next")
    assert kinds(window)[:2] == ["3:2", "1:2"]
    assert window.area.model.rowCount() == 9
    assert_undo_redo(window, before)
    trigger(window, "undo")
    go(window, 2)
    trigger(window, "merge_prev")
    assert kinds(window)[:3] == ["1:1", "3:3", "0:1"]
    assert window.area.view.current_bead() == window.area.model.bead_id(1)
    assert_undo_redo(window, before)


def test_split_bead(window: Any) -> None:
    go(window, 1)
    before = snapshot(window.area.store)
    trigger(window, "split_bead")
    assert kinds(window)[1:3] == ["1:1", "1:0"]
    assert_undo_redo(window, before)


def test_nothing_to_split_shows_message(window: Any, messages: list[str]) -> None:
    go(window, 0)
    before = snapshot(window.area.store)
    trigger(window, "split_bead")
    assert messages and "nothing to split" in messages[-1]
    assert snapshot(window.area.store) == before
    assert not window.undo_group.canUndo()


@pytest.mark.parametrize(
    ("row", "action", "expected"),
    [
        (1, "src_down", ["1:1", "1:1", "2:2"]),
        (2, "src_up", ["1:1", "3:1", "0:2"]),
        (2, "tgt_up", ["1:1", "2:2", "1:1"]),
        (2, "tgt_down", ["1:1", "2:1", "1:1", "0:2"]),
    ],
)
def test_shift_sentence(window: Any, row: int, action: str, expected: list[str]) -> None:
    go(window, row)
    before = snapshot(window.area.store)
    trigger(window, action)
    assert kinds(window)[: len(expected)] == expected
    assert_undo_redo(window, before)


def test_shift_last_sentence_removes_empty_pair(window: Any) -> None:
    go(window, 3)  # 0:1
    before = snapshot(window.area.store)
    trigger(window, "tgt_up")
    assert window.area.model.rowCount() == 9
    assert kinds(window)[2] == "1:3"
    assert window.area.view.currentIndex().isValid()
    assert_undo_redo(window, before)


def test_detach_sentence_at_cursor(window: Any) -> None:
    go(window, 2)  # 1:2
    tgt = window.area.detail.tgt
    tgt.setFocus()
    cursor = tgt.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    tgt.setTextCursor(cursor)
    before = snapshot(window.area.store)
    trigger(window, "detach")
    assert kinds(window)[2:4] == ["1:1", "0:1"]
    assert_undo_redo(window, before)


def test_pin_and_unpin(window: Any) -> None:
    go(window, 4)
    before = snapshot(window.area.store)
    trigger(window, "pin")
    assert bead_at(window, 4).pinned
    assert "⚓" in window.area.model.index(4, 0).data()
    assert_undo_redo(window, before)
    trigger(window, "pin")
    assert not bead_at(window, 4).pinned


def test_edit_sentence_text_commits_on_leaving(window: Any, qtbot: Any) -> None:
    go(window, 0)
    src = window.area.detail.src
    src.setFocus()
    src.moveCursor(QTextCursor.MoveOperation.End)
    before = snapshot(window.area.store)
    qtbot.keyClicks(src, " Really")
    window.area.view.setFocus()  # leaving the editor commits
    assert bead_at(window, 0).src[0].text.endswith("drills. Really")
    assert window.area.model.index(0, 1).data().endswith("Really")
    assert_undo_redo(window, before)


def test_typing_burst_is_one_undo_step(window: Any, qtbot: Any) -> None:
    go(window, 0)
    src = window.area.detail.src
    src.setFocus()
    src.moveCursor(QTextCursor.MoveOperation.End)
    before = snapshot(window.area.store)
    for word in (" one", " two"):
        qtbot.keyClicks(src, word)
        window.area.detail.commit_pending()
    assert bead_at(window, 0).src[0].text.endswith("one two")
    assert window.area.stack.count() == 1
    trigger(window, "undo")
    assert snapshot(window.area.store) == before
    trigger(window, "redo")
    assert bead_at(window, 0).src[0].text.endswith("one two")


def test_ctrl_z_in_the_box_undoes_typing_only(window: Any, qtbot: Any) -> None:
    go(window, 1)
    tgt = window.area.detail.tgt
    original = tgt.toPlainText()
    tgt.setFocus()
    tgt.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(tgt, " abc")  # QTest cannot type Hangul; the undo path is the same
    assert tgt.toPlainText() == original + " abc"
    for _ in range(3):  # more presses than edits: the loaded sentence stays
        qtbot.keyClick(tgt, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tgt.toPlainText() == original
    before = snapshot(window.area.store)
    window.area.view.setFocus()
    assert snapshot(window.area.store) == before


def test_emptying_a_sentence_is_refused(window: Any, qtbot: Any, messages: list[str]) -> None:
    go(window, 0)
    src = window.area.detail.src
    src.setFocus()
    src.selectAll()
    qtbot.keyClick(src, Qt.Key.Key_Delete)
    before = snapshot(window.area.store)
    window.area.view.setFocus()
    assert messages and "cannot be empty" in messages[-1]
    assert snapshot(window.area.store) == before
    assert src.toPlainText() == bead_at(window, 0).src[0].text


def test_split_sentence_with_enter(window: Any, qtbot: Any) -> None:
    go(window, 0)
    src = window.area.detail.src
    src.setFocus()
    text = bead_at(window, 0).src[0].text
    cursor = src.textCursor()
    cursor.setPosition(text.index("to resume"))
    src.setTextCursor(cursor)
    before = snapshot(window.area.store)
    qtbot.keyClick(src, Qt.Key.Key_Return)
    assert [s.text for s in bead_at(window, 0).src] == [
        "South Korea and Japan agreed",
        "to resume joint maritime search-and-rescue drills.",
    ]
    assert_undo_redo(window, before)


def test_split_sentence_action(window: Any) -> None:
    go(window, 5)
    tgt = window.area.detail.tgt
    tgt.setFocus()
    cursor = tgt.textCursor()
    cursor.setPosition(3)
    tgt.setTextCursor(cursor)
    before = snapshot(window.area.store)
    trigger(window, "split_sentence")
    assert len(bead_at(window, 5).tgt) == 2
    assert_undo_redo(window, before)


def test_join_sentences(window: Any) -> None:
    go(window, 1)  # 2:1: join the two English sentences
    window.area.detail.src.setFocus()
    before = snapshot(window.area.store)
    trigger(window, "join_sentences")
    assert len(bead_at(window, 1).src) == 1
    assert "opportunity. He and Koizumi" in bead_at(window, 1).src[0].text
    assert_undo_redo(window, before)


def test_join_into_the_next_pair_is_refused_in_the_status_bar(
    window: Any, messages: list[str]
) -> None:
    go(window, 0)  # 1:1: its Korean sentence is the last of the pair
    window.area.detail.tgt.setFocus()
    before = snapshot(window.area.store)
    trigger(window, "join_sentences")
    assert snapshot(window.area.store) == before  # before: joined into pair 2
    text = window.statusBar().currentMessage()
    assert "next pair" in text and "Merge" in text and "Ctrl+M" in text, text
    assert not messages  # no box to dismiss
    assert window.area.stack.count() == 0


def test_join_across_a_paragraph_break_needs_a_second_press(window: Any) -> None:
    store = window.area.store
    second = bead_at(window, 1).src[1]
    store.conn.execute("UPDATE segments SET paragraph = paragraph + 1 WHERE id = ?", (second.id,))
    go(window, 1)  # 2:1 whose second English sentence now starts a new paragraph
    window.area.detail.src.setFocus()
    before = snapshot(store)
    trigger(window, "join_sentences")
    assert snapshot(store) == before
    text = window.statusBar().currentMessage()
    assert "new paragraph" in text and "Ctrl+J again" in text, text
    trigger(window, "join_sentences")
    assert len(bead_at(window, 1).src) == 1
    # The warning gives way: it no longer says 'Not joined' once joined.
    assert window.statusBar().currentMessage() == "Joined across the paragraph break"
    assert_undo_redo(window, before)


def test_realign_runs_in_background_then_undoes(window: Any, qtbot: Any) -> None:
    go(window, 3)
    before = snapshot(window.area.store)
    with qtbot.waitSignal(window.runner.ended, timeout=10_000):
        trigger(window, "realign")
    assert kinds(window) == ["1:1"] * 10
    assert "pairing" in window.statusBar().currentMessage()
    assert_undo_redo(window, before)


def test_realign_refuses_an_anchor(window: Any, qtbot: Any, messages: list[str]) -> None:
    go(window, 3)
    trigger(window, "pin")
    with qtbot.waitSignal(window.runner.ended, timeout=10_000):
        trigger(window, "realign")
    assert messages and "anchor" in messages[-1]


def _select(editor: Any, text: str) -> None:
    body = editor.toPlainText()
    cursor = editor.textCursor()
    cursor.setPosition(body.index(text))
    cursor.setPosition(body.index(text) + len(text), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def test_flag_selected_span(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []

    def get_flag(parent: Any, draft: FlagDraft) -> tuple[FlagDraft, bool]:
        seen.append(draft)
        return FlagDraft("terminology", "major", "aerobatic team", "곡예비행팀"), True

    monkeypatch.setattr(FlagDialog, "get_flag", get_flag)
    go(window, 4)
    _select(window.area.detail.tgt, "에어로빅")
    before = snapshot(window.area.store)
    trigger(window, "flag")
    assert seen[0].tgt_span_text == "에어로빅"
    (flag,) = window.area.store.flags()
    assert (flag.category, flag.severity, flag.spans[0].text) == (
        "terminology",
        "major",
        "에어로빅",
    )
    assert window.area.model.index(4, 5).data() == "1"
    assert window.area.flags_panel.model.rowCount() == 1
    assert_undo_redo(window, before)
    trigger(window, "undo")
    assert window.area.flags_panel.model.rowCount() == 0


def test_flag_without_selection_explains(window: Any, messages: list[str]) -> None:
    go(window, 4)
    trigger(window, "flag")
    assert messages and "Select the words" in messages[-1]


def _add_flag(window: Any, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(
        FlagDialog, "get_flag", lambda p, d: (FlagDraft("mistranslation", "minor", "n", ""), True)
    )
    go(window, 4)
    _select(window.area.detail.tgt, "에어로빅")
    trigger(window, "flag")
    return window.area.store.flags()[0].id


def test_edit_resolve_delete_flag_from_panel(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    flag_id = _add_flag(window, monkeypatch)
    panel = window.area.flags_panel
    assert panel.select_flag(flag_id)
    monkeypatch.setattr(
        FlagDialog,
        "get_flag",
        lambda p, d: (FlagDraft("style", "critical", d.note + "!", "x"), True),
    )
    before = snapshot(window.area.store)
    panel.buttons["edit"].click()
    (flag,) = window.area.store.flags()
    assert (flag.category, flag.severity, flag.note, flag.suggestion) == (
        "style",
        "critical",
        "n!",
        "x",
    )
    assert_undo_redo(window, before)

    panel.status_box.setCurrentIndex(panel.status_box.findData(""))
    assert panel.select_flag(flag_id)
    before = snapshot(window.area.store)
    panel.buttons["resolve"].click()
    assert window.area.store.flags()[0].status == "resolved"
    assert window.area.model.index(4, 5).data() == ""
    assert_undo_redo(window, before)

    assert panel.select_flag(flag_id)
    before = snapshot(window.area.store)
    panel.buttons["delete"].click()
    assert window.area.store.flags() == []
    assert_undo_redo(window, before)


def _suspects(window: Any) -> list[int]:
    store = window.area.store
    bead = bead_at(window, 4)
    text = bead.tgt_text
    start = text.index("에어로빅")
    suspects = [
        Suspect(
            bead.id,
            "glossary",
            Category.TERMINOLOGY,
            Severity.MAJOR,
            "term",
            (Span("tgt", start, start + 4, "에어로빅"),),
            "곡예",
        ),
        Suspect(bead.id, "numbers", Category.MISTRANSLATION, Severity.MINOR, "number", (), ""),
    ]
    changes = store_suspects(store, suspects)
    window.apply_changes(changes)
    return sorted(changes.flags)


def test_accept_and_dismiss_suspects(window: Any) -> None:
    accepted, dismissed = _suspects(window)
    panel = window.area.flags_panel
    assert panel.model.rowCount() == 2
    assert window.area.model.index(4, 5).data() == "2"
    assert panel.select_flag(accepted)
    before = snapshot(window.area.store)
    panel.buttons["accept"].click()
    flag = window.area.store.flags([accepted])[0]
    assert (flag.kind, flag.status) == ("flag", "open")
    assert_undo_redo(window, before)
    assert panel.select_flag(dismissed)
    before = snapshot(window.area.store)
    panel.buttons["dismiss"].click()
    assert window.area.store.flags([dismissed])[0].status == "dismissed"
    assert panel.model.rowCount() == 1  # the default filter hides dismissed ones
    assert_undo_redo(window, before)


def test_undo_everything_restores_the_file_exactly(
    window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    store = window.area.store
    initial = snapshot(store)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (90, True))
    _add_flag(window, monkeypatch)
    steps = [
        (0, "approve"),
        (1, "split_bead"),
        (3, "merge_next"),
        (2, "src_down"),
        (5, "pin"),
        (6, "tgt_up"),
        (0, "approve_above"),
        (1, "reject"),
    ]
    for row, action in steps:
        go(window, row)
        trigger(window, action)
    go(window, 4)
    window.area.detail.tgt.setFocus()
    trigger(window, "join_sentences")
    assert snapshot(store) != initial
    while window.undo_group.canUndo():
        trigger(window, "undo")
    assert snapshot(store) == initial
    assert_views_match(window)
    while window.undo_group.canRedo():
        trigger(window, "redo")
    assert_views_match(window)


def test_read_only_project_disables_edits(qtbot: Any, project: Any, messages: list[str]) -> None:
    from reviewer.store import ProjectStore
    from ui.main_window import MainWindow

    with ProjectStore.open(project):  # another writer holds the lock
        win = MainWindow()
        qtbot.addWidget(win)
        assert win.open_project(project)
        assert win.area.store.read_only
        assert win.area.banner.isVisibleTo(win)
        assert "Read-only" in win.area.banner.text()
        assert not win.qactions["approve"].isEnabled()
        assert win.read_only_label.text()
        assert win.area.detail.src.isReadOnly()
        win.close()


def test_export_dialog_is_told_of_open_flags(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.export_counts()["open_flags"] == 0
    _add_flag(window, monkeypatch)
    counts = window.export_counts()
    assert counts["open_flags"] == 1 and counts["proposed"] + counts["approved"] > 0
    dialog = ExportDialog(window, counts, str(window.area.store.path))
    assert dialog.flags_note.text() == "1 flag is still open."
    dialog.deleteLater()
