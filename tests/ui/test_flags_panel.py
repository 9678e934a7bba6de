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
