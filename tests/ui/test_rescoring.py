"""The grid shows each edited pair's new confidence, not the old pair's.

Projects are the seed article aligned by the real pipeline; the embedding one
loads the real model (in the background, as the app does).
"""

from __future__ import annotations

import itertools
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from reviewer.importing.documents import read_bilingual
from reviewer.pipeline import build_project
from tests.conftest import SEED
from tests.ui.conftest import assert_views_match, bead_at, go, trigger
from ui.grid_model import CONF
from ui.main_window import MainWindow

UNRELATED_KO = "오늘은 날씨가 맑고 바람이 많이 분다."


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return {"_folder": tmp_path_factory.mktemp("built")}


def open_aligned(
    qtbot: Any, built: dict[str, Path], aligner: str, tmp_path: Path
) -> Iterator[MainWindow]:
    if aligner not in built:
        path = built["_folder"] / f"seed-{aligner}.rvproj"
        build_project(path, read_bilingual(SEED), aligner_name=aligner).close()
        built[aligner] = path
    target = tmp_path / "seed.rvproj"
    shutil.copy(built[aligner], target)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_project(target)
    qtbot.waitExposed(win)
    yield win
    win.runner.wait()
    win.close()


@pytest.fixture
def gale_church(
    qtbot: Any, built: dict[str, Path], tmp_path: Path, messages: list[str]
) -> Iterator[MainWindow]:
    yield from open_aligned(qtbot, built, "gale-church", tmp_path)


@pytest.fixture
def embedding(
    qtbot: Any, built: dict[str, Path], tmp_path: Path, messages: list[str]
) -> Iterator[MainWindow]:
    yield from open_aligned(qtbot, built, "embedding", tmp_path)


def shown(win: MainWindow, row: int) -> str:
    """The confidence cell as the editor reads it."""
    return str(win.area.model.index(row, CONF).data(Qt.ItemDataRole.DisplayRole))


def first_good_pair(win: MainWindow) -> int:
    for row in range(win.area.model.rowCount() - 1):
        pair = [bead_at(win, r) for r in (row, row + 1)]
        if all(b.kind == "1:1" and (b.score or 0) > 0.6 for b in pair):
            return row
    raise AssertionError("no two good pairs in a row")


def test_a_merged_pair_shows_its_own_confidence(gale_church: MainWindow) -> None:
    win = gale_church
    row = first_good_pair(win)
    old = [shown(win, r) for r in range(win.area.model.rowCount())]
    assert int(old[row].rstrip("%")) > 90
    go(win, row)
    trigger(win, "merge_next")
    assert bead_at(win, row).kind == "2:2"
    assert int(shown(win, row).rstrip("%")) < 30  # before: the lower of the two, 99 %
    assert_views_match(win)
    trigger(win, "undo")
    assert [shown(win, r) for r in range(win.area.model.rowCount())] == old
    trigger(win, "redo")
    assert int(shown(win, row).rstrip("%")) < 30
    assert_views_match(win)


@pytest.mark.slow
def test_an_edited_text_shows_unknown_then_its_confidence(
    embedding: MainWindow, qtbot: Any
) -> None:
    win = embedding
    row = first_good_pair(win)
    old = shown(win, row)
    go(win, row)
    segment = bead_at(win, row).tgt[0]
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    with qtbot.waitSignal(win.runner.ended, timeout=60_000):
        # What the detail pane says when the editor has rewritten the sentence.
        win.area.detail.sentenceEdited.emit(segment.id, UNRELATED_KO)
        # The edit is saved at once; its confidence needs the model: unknown meanwhile.
        assert bead_at(win, row).tgt[0].text == UNRELATED_KO
        assert shown(win, row) == "—"
        assert "not known yet" in win.area.model.index(row, CONF).data(Qt.ItemDataRole.ToolTipRole)
        assert win.progress.isVisibleTo(win)
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert gaps and max(gaps) < 0.5, max(gaps)  # loading the model did not freeze the window
    new = shown(win, row)
    assert new != "—" and int(new.rstrip("%")) < 30 < int(old.rstrip("%"))
    assert_views_match(win)
    trigger(win, "undo")
    assert shown(win, row) == old
    trigger(win, "redo")  # the vector is cached now: no model, no wait
    assert shown(win, row) == new
    assert not win.runner.busy
    assert_views_match(win)
