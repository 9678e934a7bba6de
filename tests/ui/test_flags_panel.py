"""The flags panel: flags and QA suspects listed, filtered, acted on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from reviewer.edits.flags import SpanRef, add_flag, set_flag_status, store_suspects
from reviewer.edits.segments import edit_text
from reviewer.qa.model import Category, Severity, Span, Suspect
from ui.flags_panel import ISSUE, KIND, PAIR, TEXT


def fill(window: Any) -> dict[str, int]:
    """Two flags (one resolved) and one suspect, announced like any write."""
    store = window.area.store
    ids = {}
    seg5 = store.bead(5).tgt[0]
    start = seg5.text.index("에어로빅")
    changes = add_flag(
        store, [SpanRef(seg5.id, start, start + 4)], "terminology", "major", note="aerobatic"
    )
    window.apply_changes(changes)
    ids["term"] = min(changes.flags)
    seg2 = store.bead(2).src[0]
    changes = add_flag(store, [SpanRef(seg2.id, 0, 8)], "grammar", "minor")
    window.apply_changes(changes)
    ids["grammar"] = min(changes.flags)
    window.apply_changes(set_flag_status(store, [ids["grammar"]], "resolved"))
    bead = store.bead(9)
    suspect = Suspect(
        9,
        "numbers",
        Category.OMISSION,
        Severity.MINOR,
        "missing",
        (Span("src", 0, 3, bead.src_text[:3]),),
    )
    changes = store_suspects(store, [suspect])
    window.apply_changes(changes)
    ids["suspect"] = min(changes.flags)
    return ids


def rows(panel: Any) -> list[tuple[str, str, str, str]]:
    model = panel.model
    return [
        tuple(model.index(r, c).data() for c in (PAIR, KIND, ISSUE, TEXT))  # type: ignore[misc]
        for r in range(model.rowCount())
    ]


def test_lists_open_flags_and_suspects_in_document_order(window: Any) -> None:
    fill(window)
    panel = window.area.flags_panel
    assert rows(panel) == [
        ("5", "flag", "terminology · major", "에어로빅"),
        ("9", "QA suspect", "omission · minor", "Ahn"),
    ]
    assert window.flags_dock.widget() is panel
    assert "Open flags 1" in window.counts.text()
    assert "Suspects 1" in window.counts.text()


def test_status_and_category_filters(window: Any) -> None:
    fill(window)
    panel = window.area.flags_panel
    panel.status_box.setCurrentIndex(panel.status_box.findData(""))
    assert len(rows(panel)) == 3
    panel.status_box.setCurrentIndex(panel.status_box.findData("resolved"))
    assert rows(panel) == [("2", "resolved", "grammar · minor", "Speaking")]
    panel.status_box.setCurrentIndex(panel.status_box.findData("suspect"))
    assert [r[1] for r in rows(panel)] == ["QA suspect"]
    panel.status_box.setCurrentIndex(panel.status_box.findData(""))
    panel.category_box.setCurrentIndex(panel.category_box.findData("terminology"))
    assert [r[2] for r in rows(panel)] == ["terminology · major"]


def test_buttons_follow_the_selection(window: Any) -> None:
    ids = fill(window)
    panel = window.area.flags_panel
    b = panel.buttons
    assert not any(button.isEnabled() for button in b.values())
    panel.select_flag(ids["term"])
    assert [k for k, v in b.items() if v.isEnabled()] == ["edit", "resolve", "delete"]
    panel.select_flag(ids["suspect"])
    assert [k for k, v in b.items() if v.isEnabled()] == ["edit", "accept", "dismiss"]
    panel.status_box.setCurrentIndex(panel.status_box.findData(""))
    panel.select_flag(ids["grammar"])
    assert [k for k, v in b.items() if v.isEnabled()] == ["edit", "reopen", "delete"]


def test_reopen_resolved_flag(window: Any) -> None:
    ids = fill(window)
    panel = window.area.flags_panel
    panel.status_box.setCurrentIndex(panel.status_box.findData(""))
    panel.select_flag(ids["grammar"])
    panel.buttons["reopen"].click()
    assert window.area.store.flags([ids["grammar"]])[0].status == "open"
    window.qactions["undo"].trigger()
    assert window.area.store.flags([ids["grammar"]])[0].status == "resolved"


def test_flag_needing_attention_is_marked(window: Any) -> None:
    ids = fill(window)
    store = window.area.store
    segment = store.bead(5).tgt[0]
    window.apply_changes(edit_text(store, segment.id, segment.text.replace("에어로빅", "곡예비행")))
    panel = window.area.flags_panel
    row = panel.model.row_of(ids["term"])
    assert row is not None
    assert panel.model.index(row, KIND).data().endswith("⚠")


def test_flag_highlight_in_detail_pane(window: Any) -> None:
    fill(window)
    window.area.view.go_to_row(4)
    selections = window.area.detail.tgt.extraSelections()
    assert [s.cursor.selectedText() for s in selections] == ["에어로빅"]
    tooltip = window.area.model.index(4, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert "terminology" in tooltip


def several_suspects(window: Any) -> dict[str, int]:
    """Two suspects on pair 5, one on pair 9 and one on pair 2 (ids by name)."""
    store = window.area.store

    def on(bead_id: int, side: str, word: str, category: Category) -> Suspect:
        bead = store.bead(bead_id)
        text = bead.src_text if side == "src" else bead.tgt_text
        start = text.index(word)
        span = Span(side, start, start + len(word), word)
        return Suspect(bead_id, "test", category, Severity.MINOR, f"check {word}", (span,))

    suspects = {
        "pair5_first": on(5, "tgt", "에어로빅", Category.TERMINOLOGY),
        "pair5_second": on(5, "src", "Black Eagles", Category.OMISSION),
        "pair9": on(9, "src", "Ahn", Category.OMISSION),
        "pair2": on(2, "src", "Koizumi", Category.OMISSION),
    }
    changes = store_suspects(store, list(suspects.values()))
    window.apply_changes(changes)
    by_note = {f.note: f.id for f in store.flags(sorted(changes.flags))}
    return {name: by_note[s.reason] for name, s in suspects.items()}


def press(qtbot: Any, button: Any) -> None:
    """Press a button from the keyboard, as an editor who tabbed to it."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def selected(panel: Any) -> list[int]:
    return panel.selected_ids()


def test_deciding_a_suspect_selects_the_next_waiting_one(window: Any, qtbot: Any) -> None:
    ids = several_suspects(window)
    area = window.area
    panel = area.flags_panel
    window.activateWindow()
    assert panel.select_flag(ids["pair5_first"])
    dismiss, accept = panel.buttons["dismiss"], panel.buttons["accept"]
    # The same pair's other suspect comes first; the grid stays on pair 5.
    press(qtbot, dismiss)
    assert area.store.flags([ids["pair5_first"]])[0].status == "dismissed"
    assert selected(panel) == [ids["pair5_second"]]
    assert area.view.current_bead() == 5
    assert dismiss.isEnabled() and dismiss.hasFocus()
    # Then onward in document order, the grid following to the suspect's pair.
    press(qtbot, dismiss)
    assert selected(panel) == [ids["pair9"]]
    assert area.view.current_bead() == 9
    assert area.detail.bead_id == 9
    assert dismiss.hasFocus()
    # Past the last pair the search wraps to the first suspect still waiting.
    press(qtbot, accept)
    assert area.store.flags([ids["pair9"]])[0].status == "open"
    assert selected(panel) == [ids["pair2"]]
    assert area.view.current_bead() == 2
    assert window.statusBar().currentMessage() == "Search wrapped around the document"
    # Nothing left: the status bar says so and the decided flag stays selected.
    press(qtbot, accept)
    assert window.statusBar().currentMessage() == "No QA suspect left to decide"
    assert selected(panel) == [ids["pair2"]]
    assert area.view.current_bead() == 2
    statuses = [f.status for f in area.store.flags(sorted(ids.values()))]
    assert sorted(statuses) == ["dismissed", "dismissed", "open", "open"]


def test_suspects_are_worked_through_from_the_list_with_keys(window: Any, qtbot: Any) -> None:
    """Arrows walk the list with the grid following; A accepts, D dismisses, Alt+D too."""
    ids = several_suspects(window)
    area = window.area
    panel = area.flags_panel
    window.activateWindow()
    table = panel.table
    table.setFocus()
    assert panel.select_flag(ids["pair2"])
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert selected(panel) == [ids["pair5_first"]]
    assert area.view.current_bead() == 5  # the grid follows the keyboard, not only a click
    qtbot.keyClick(table, Qt.Key.Key_D)
    assert area.store.flags([ids["pair5_first"]])[0].status == "dismissed"
    assert selected(panel) == [ids["pair5_second"]]
    qtbot.keyClick(table, Qt.Key.Key_A)
    assert area.store.flags([ids["pair5_second"]])[0].status == "open"
    assert selected(panel) == [ids["pair9"]]
    assert area.view.current_bead() == 9
    # The buttons' mnemonics work from elsewhere in the window (the grid has the focus).
    area.view.setFocus()
    qtbot.keyClick(area.view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    # A mnemonic animates the click: the button is pressed for a moment first.
    qtbot.waitUntil(lambda: area.store.flags([ids["pair9"]])[0].status == "dismissed")
    assert selected(panel) == [ids["pair2"]]


def test_panel_selection_follows_the_grid_so_keys_act_on_the_pair_shown(
    window: Any, qtbot: Any
) -> None:
    """Alt+D on a pair with no suspect dismisses nothing (it dismissed another pair's)."""
    ids = several_suspects(window)
    area = window.area
    panel = area.flags_panel
    window.activateWindow()
    assert panel.select_flag(ids["pair9"])
    area.view.go_to_bead(10)  # the editor clicks a pair with no suspect
    assert selected(panel) == []
    area.view.setFocus()
    qtbot.keyClick(area.view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(300)  # a mnemonic's click is animated
    assert area.store.flags([ids["pair9"]])[0].status == "suspect"
    area.view.go_to_bead(5)  # a pair with suspects: its first waiting one is selected
    assert selected(panel) == [ids["pair5_first"]]
    qtbot.keyClick(area.view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: area.store.flags([ids["pair5_first"]])[0].status == "dismissed")
    assert area.store.flags([ids["pair9"]])[0].status == "suspect"


def test_approving_a_pair_with_waiting_suspects_says_so(window: Any) -> None:
    from tests.ui.conftest import trigger

    several_suspects(window)
    area = window.area
    area.view.go_to_bead(5)
    trigger(window, "approve")
    assert area.store.bead(5).status == "approved"  # the editor's call, not blocked
    assert window.statusBar().currentMessage() == (
        "Approved with 2 QA suspects still waiting on it"
    )
    window.statusBar().clearMessage()
    area.view.go_to_bead(7)  # no suspect: nothing to say
    trigger(window, "approve")
    assert window.statusBar().currentMessage() == ""


def test_next_suspect_follows_the_panel_filter(window: Any, qtbot: Any) -> None:
    ids = several_suspects(window)
    panel = window.area.flags_panel
    panel.category_box.setCurrentIndex(panel.category_box.findData("terminology"))
    assert panel.select_flag(ids["pair5_first"])
    press(qtbot, panel.buttons["dismiss"])
    assert selected(panel) == []
    assert window.statusBar().currentMessage() == (
        "No QA suspect left in the list; its filters hide 3 more"
    )


def test_refused_decision_keeps_the_selection(
    qtbot: Any, project: Any, messages: list[str]
) -> None:
    """Read-only (another writer holds the file): the suspect stays selected and waiting."""
    from reviewer.store import ProjectStore
    from ui.main_window import MainWindow

    with ProjectStore.open(project) as store:
        bead = store.bead(5)
        spans = (Span("tgt", 0, 3, bead.tgt_text[:3]), Span("src", 0, 4, bead.src_text[:4]))
        store_suspects(
            store,
            [
                Suspect(5, "test", Category.OMISSION, Severity.MINOR, f"n{k}", (s,))
                for k, s in enumerate(spans)
            ],
        )
    with ProjectStore.open(project):
        win = MainWindow()
        qtbot.addWidget(win)
        assert win.open_project(project)
        panel = win.area.flags_panel
        first = panel.model.flag(0).id
        assert panel.select_flag(first)
        panel.buttons["dismiss"].click()
        assert messages  # the refusal is shown
        assert selected(panel) == [first]
        assert win.area.store.flags([first])[0].status == "suspect"
        assert win.statusBar().currentMessage() == ""
        win.close()
