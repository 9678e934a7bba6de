"""Keyboard navigation, the filter bar, sorting and the minimap, through real key presses."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence

from reviewer.align.base import LOW_CONFIDENCE
from reviewer.edits.beads import set_status
from reviewer.store import ProjectStore
from tests.ui.conftest import SAMPLE, go, make_sample_project, trigger
from ui.doc_index import DocIndex
from ui.grid_delegate import confidence_colour
from ui.minimap import aggregate

# The sample article's confidences as the embedding aligner gives them (its lowest
# pair, a correct 2:1 bead, scores 52 %), on the ten pairs of the test sample.
SEED_SCORES = [0.87, 0.77, 0.81, 0.69, 0.88, 0.94, 0.90, 0.70, 0.86, 0.52]

Key = Qt.Key
Mod = Qt.KeyboardModifier


@pytest.fixture
def grid(window: Any, qtbot: Any) -> Any:
    window.activateWindow()
    qtbot.waitActive(window)
    view = window.area.view
    view.setFocus()
    return view


def press(qtbot: Any, widget: Any, key: Key, mod: Mod = Mod.NoModifier) -> None:
    qtbot.keyClick(widget, key, mod)


def row(window: Any) -> int:
    return window.area.view.currentIndex().row()


def test_next_and_previous_pair(window: Any, grid: Any, qtbot: Any) -> None:
    go(window, 0)
    press(qtbot, grid, Key.Key_Down, Mod.AltModifier)
    assert row(window) == 1
    press(qtbot, grid, Key.Key_Down, Mod.AltModifier)
    press(qtbot, grid, Key.Key_Up, Mod.AltModifier)
    assert row(window) == 1
    assert window.area.detail.header.text().startswith("Pair 2 of 10")


def test_next_unreviewed_skips_decided_pairs(window: Any, grid: Any, qtbot: Any) -> None:
    changes = set_status(window.area.store, [2, 3], "approved")
    window.apply_changes(changes)
    go(window, 0)
    press(qtbot, grid, Key.Key_F8)
    assert row(window) == 3
    press(qtbot, grid, Key.Key_F8, Mod.ShiftModifier)
    assert row(window) == 0


def test_next_low_confidence(window: Any, grid: Any, qtbot: Any) -> None:
    go(window, 0)
    visited = []
    for _ in range(4):
        press(qtbot, grid, Key.Key_F7)
        visited.append(row(window))
    assert visited == [2, 3, 6, 2]  # below LOW_CONFIDENCE, then it wraps
    press(qtbot, grid, Key.Key_F7, Mod.ShiftModifier)
    assert row(window) == 6


def seed_like(tmp_path: Any) -> Any:
    sample = [
        (src, tgt, score, ps, pt)
        for (src, tgt, _, ps, pt), score in zip(SAMPLE, SEED_SCORES, strict=True)
    ]
    return make_sample_project(tmp_path / "seed-like.rvproj", sample)


def test_next_low_confidence_finds_the_doubtful_pair_of_the_sample_article(
    window: Any, qtbot: Any, tmp_path: Any
) -> None:
    """At a fixed 0.5 the sample article had no low-confidence pair at all."""
    assert window.open_project(seed_like(tmp_path))
    window.activateWindow()
    qtbot.waitActive(window)
    grid = window.area.view
    grid.setFocus()
    go(window, 0)
    press(qtbot, grid, Key.Key_F7)
    assert row(window) == 9
    assert "52%" in window.area.detail.header.text()
    press(qtbot, grid, Key.Key_F7)  # the only one: it wraps onto itself
    assert row(window) == 9


def test_minimap_and_colours_use_the_same_threshold(tmp_path: Any) -> None:
    """A 52 % pair is low for the minimap's dense view and is coloured low, like F7 finds it."""
    pairs = [(src, tgt, 0.9, ps, pt) for src, tgt, _, ps, pt in SAMPLE] * 4
    pairs[9] = (*pairs[9][:2], 0.52, *pairs[9][3:])
    with ProjectStore.open(make_sample_project(tmp_path / "long.rvproj", pairs)) as store:
        confidence = aggregate(DocIndex(store), 10).confidence  # four pairs a pixel row
    assert confidence[2] < 1.0  # the pixel row holding pair 10 is not all sure
    assert [c for k, c in enumerate(confidence) if k != 2] == [1.0] * 9
    assert confidence_colour(0.52).hue() < confidence_colour(LOW_CONFIDENCE).hue() == 60
    assert confidence_colour(0.9).hue() > 60


def test_next_flag(window: Any, grid: Any, qtbot: Any) -> None:
    from reviewer.edits.flags import SpanRef, add_flag

    store = window.area.store
    for bead_id in (5, 9):
        segment = store.bead(bead_id).tgt[0]
        window.apply_changes(add_flag(store, [SpanRef(segment.id, 0, 2)], "style", "minor"))
    go(window, 0)
    press(qtbot, grid, Key.Key_F9)
    assert row(window) == 4
    press(qtbot, grid, Key.Key_F9)
    assert row(window) == 8
    press(qtbot, grid, Key.Key_F9, Mod.ShiftModifier)
    assert row(window) == 4


def test_approve_shortcut_walks_down(window: Any, grid: Any, qtbot: Any) -> None:
    go(window, 0)
    for _ in range(3):
        press(qtbot, grid, Key.Key_Return, Mod.ControlModifier)
    assert window.area.store.status_counts()["approved"] == 3
    assert row(window) == 3
    press(qtbot, grid, Key.Key_Z, Mod.ControlModifier)
    assert window.area.store.status_counts()["approved"] == 2


def test_find_focuses_the_search_box(window: Any, grid: Any, qtbot: Any) -> None:
    sequence = QKeySequence(QKeySequence.StandardKey.Find)[0]
    qtbot.keyClick(grid, sequence.key(), sequence.keyboardModifiers())
    assert window.area.filter_bar.text.hasFocus()


def test_typing_in_search_filters_the_grid(window: Any, qtbot: Any) -> None:
    bar = window.area.filter_bar
    go(window, 9)
    with qtbot.waitSignal(bar.filterChanged, timeout=2000):
        qtbot.keyClicks(bar.text, "Koizumi")
    assert window.area.model.bead_ids() == [2, 10]
    assert window.area.view.current_bead() == 10  # the current pair stays current
    assert "Showing 2" in window.counts.text()
    trigger(window, "clear_filters")
    assert window.area.model.rowCount() == 10


def test_search_can_ignore_korean_spacing(window: Any, qtbot: Any) -> None:
    bar = window.area.filter_bar
    with qtbot.waitSignal(bar.filterChanged, timeout=2000):
        bar.text.setText("도쿄남쪽")  # keyClicks types ASCII only
    assert window.area.model.bead_ids() == []
    bar.spaces.trigger()
    assert window.area.model.bead_ids() == [3]
    assert bar.options.text() == "Both sides · no spaces"
    bar.regex.trigger()  # a regular expression places its own spaces
    assert not bar.spaces.isEnabled()
    assert window.area.model.bead_ids() == []
    assert bar.options.text() == "Both sides · regex"
    bar.regex.trigger()
    assert bar.spaces.isEnabled()
    assert window.area.model.bead_ids() == [3]


def test_search_options_menu_picks_the_side(window: Any, qtbot: Any) -> None:
    bar = window.area.filter_bar
    with qtbot.waitSignal(bar.filterChanged, timeout=2000):
        bar.text.setText("Yokosuka")
    assert window.area.model.bead_ids() == [3]
    korean = next(a for a in bar.sides.actions() if a.data() == "tgt")
    korean.trigger()
    assert window.area.model.bead_ids() == []
    assert bar.options.text() == "Korean"
    trigger(window, "clear_filters")
    assert bar.options.text() == "Both sides"
    assert not bar.spaces.isChecked()


def test_narrow_window(window: Any) -> None:
    """The window fits half of a 1920-pixel screen (it needed 1014 px, then 1128)."""
    assert window.minimumSizeHint().width() <= 960


def test_status_and_confidence_filters(window: Any) -> None:
    bar = window.area.filter_bar
    window.apply_changes(set_status(window.area.store, [1], "approved"))
    bar.status.setCurrentIndex(bar.status.findData("approved"))
    assert window.area.model.bead_ids() == [1]
    bar.status.setCurrentIndex(0)
    bar.max_conf.setValue(20)
    bar._emit()
    assert window.area.model.bead_ids() == [4, 7]
    bar.flag.setCurrentIndex(bar.flag.findData("@any"))
    assert window.area.model.rowCount() == 0
    assert window.area.detail.header.text() == "No pair selected"


def test_filter_hides_pairs_as_they_are_decided(window: Any) -> None:
    bar = window.area.filter_bar
    bar.status.setCurrentIndex(bar.status.findData("proposed"))
    go(window, 0)
    trigger(window, "approve")
    assert 1 not in window.area.model.bead_ids()
    assert window.area.view.current_bead() == 2  # the next pair to review


def test_sort_by_confidence_action(window: Any) -> None:
    go(window, 0)
    trigger(window, "sort_confidence")
    model = window.area.model
    scores = [window.area.store.bead(i).score for i in model.bead_ids()]
    assert scores == sorted(scores)
    assert window.area.view.current_bead() == 1
    trigger(window, "sort_confidence")
    assert model.bead_ids() == list(range(1, 11))


def test_minimap_click_jumps(window: Any, qtbot: Any) -> None:
    minimap = window.area.minimap
    qtbot.mouseClick(minimap, Qt.MouseButton.LeftButton, pos=QPoint(10, minimap.height() - 2))
    assert row(window) == 9
    qtbot.mouseClick(minimap, Qt.MouseButton.LeftButton, pos=QPoint(10, 1))
    assert row(window) == 0


def test_minimap_paints_without_errors(window: Any) -> None:
    image = window.area.minimap.grab().toImage()
    assert not image.isNull()
    colours = {image.pixel(3, y) for y in range(0, image.height(), 5)}
    assert len(colours) > 1


def test_flags_panel_click_jumps_and_clears_hiding_filter(window: Any, qtbot: Any) -> None:
    from reviewer.edits.flags import SpanRef, add_flag

    store = window.area.store
    segment = store.bead(9).tgt[0]
    window.apply_changes(add_flag(store, [SpanRef(segment.id, 0, 2)], "style", "minor"))
    bar = window.area.filter_bar
    bar.max_conf.setValue(20)
    bar._emit()
    panel = window.area.flags_panel
    rect = panel.table.visualRect(panel.model.index(0, 2))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.area.view.current_bead() == 9
    assert not window.area.model.spec.active


def test_shortcuts_dialog_lists_actions(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.dialogs import shortcuts

    shown: list[Any] = []
    monkeypatch.setattr(shortcuts.ShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    trigger(window, "shortcuts")
    assert shown
    names = {a.objectName() for a in window.qactions.with_shortcuts()}
    assert {"action_approve", "action_next_unreviewed", "action_undo", "action_find"} <= names


def test_approve_shortcut_from_the_text_editor_commits_the_typing_first(
    window: Any, grid: Any, qtbot: Any
) -> None:
    go(window, 0)
    src = window.area.detail.src
    src.setFocus()
    src.moveCursor(src.textCursor().MoveOperation.End)
    qtbot.keyClicks(src, " Indeed")
    press(qtbot, src, Key.Key_Return, Mod.ControlModifier)
    bead = window.area.store.bead(1)
    assert bead.src[0].text.endswith("Indeed")
    assert bead.status == "approved"  # the edit reset it to proposed; approval came after
    assert row(window) == 1
