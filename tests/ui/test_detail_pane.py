"""The detail pane's layout: a pair with many suspects leaves the sentence boxes usable."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtGui import QFontMetrics

from reviewer.edits.flags import store_suspects
from reviewer.qa.model import Category, Severity, Span, Suspect
from tests.ui.conftest import go


def suspect_every_word(window: Any, bead_id: int, count: int) -> None:
    """``count`` QA suspects on one pair, one on each of its different words (both sides)."""
    store = window.area.store
    bead = store.bead(bead_id)
    found = {
        m.group(): (side, m.start())
        for side, text in (("tgt", bead.tgt_text), ("src", bead.src_text))
        for m in re.finditer(r"\S+", text)
    }
    words = [(side, start, word) for word, (side, start) in found.items()]
    assert len(words) >= count
    suspects = [
        Suspect(
            bead_id,
            "test",
            Category.OMISSION,
            Severity.MINOR,
            f"'{word}' may be missing from the translation: check it",
            (Span(side, start, start + len(word), word),),
        )
        for side, start, word in words[:count]
    ]
    window.apply_changes(store_suspects(store, suspects))


def visible_lines(editor: Any) -> float:
    return editor.viewport().height() / QFontMetrics(editor.font()).lineSpacing()


@pytest.mark.parametrize(("width", "height", "lines"), [(1400, 900, 6), (1024, 640, 4)])
def test_many_suspects_leave_the_sentence_boxes_usable(
    window: Any, qtbot: Any, width: int, height: int, lines: int
) -> None:
    window.resize(width, height)
    suspect_every_word(window, 5, 14)
    go(window, 4)
    qtbot.wait(20)  # let the layouts settle
    detail = window.area.detail
    assert detail.bead_id == 5
    for editor in (detail.src, detail.tgt):
        assert visible_lines(editor) >= lines, (editor.objectName(), visible_lines(editor))
    # Nor does the list push the grid away: it keeps the larger part of the window.
    grid_part, detail_part = window.area.splitter.sizes()
    assert grid_part > detail_part
    # Every suspect is in the list, which scrolls instead of taking the room.
    assert detail.flag_list.text().count("may be missing") == 14
    assert detail.flag_scroll.verticalScrollBar().maximum() > 0
    assert detail.flag_scroll.height() <= 0.3 * detail.height() + 1


def test_few_flags_show_whole_and_none_hide_the_list(window: Any, qtbot: Any) -> None:
    window.resize(1400, 900)
    suspect_every_word(window, 5, 2)
    go(window, 4)
    qtbot.wait(20)
    detail = window.area.detail
    assert detail.flag_scroll.isVisible()
    assert detail.flag_scroll.verticalScrollBar().maximum() == 0  # nothing cut off
    label = detail.flag_list
    assert detail.flag_scroll.height() >= label.heightForWidth(label.width()) > 0
    go(window, 0)
    qtbot.wait(20)
    assert not detail.flag_scroll.isVisible()
