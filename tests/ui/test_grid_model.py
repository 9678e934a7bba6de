"""The grid model: Qt's model contract, lazy rows, filters, sorting, change sets."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from reviewer.edits import beads, segments
from reviewer.errors import ReviewerError
from reviewer.store import ProjectStore
from tests.ui.conftest import SAMPLE, make_sample_project
from ui.doc_index import DocIndex, FilterSpec
from ui.flags_panel import FlagsModel
from ui.grid_model import CONF, FLAGS, KIND, SRC, STATUS, TGT, BeadDataRole, GridModel


def open_model(path: Path) -> tuple[ProjectStore, DocIndex, GridModel]:
    store = ProjectStore.open(path)
    doc = DocIndex(store)
    return store, doc, GridModel(store, doc)


def test_model_passes_qt_model_tester(qtmodeltester: Any, project: Path) -> None:
    store, _doc, model = open_model(project)
    with store:
        qtmodeltester.check(model, force_py=True)
        model.set_view(FilterSpec(status="proposed", max_conf=60))
        qtmodeltester.check(model, force_py=True)


def test_flags_model_passes_qt_model_tester(qtmodeltester: Any, project: Path) -> None:
    with ProjectStore.open(project) as store:
        doc = DocIndex(store)
        model = FlagsModel(doc.position)
        model.load(store.flags())
        qtmodeltester.check(model, force_py=True)


def test_cells_show_kind_texts_confidence_status(project: Path) -> None:
    store, _doc, model = open_model(project)
    with store:
        assert model.rowCount() == len(SAMPLE)
        assert model.index(2, KIND).data() == "1:2"
        assert model.index(0, SRC).data().startswith("South Korea")
        assert model.index(0, TGT).data().startswith("한국과 일본은")
        assert model.index(2, CONF).data() == "42%"
        assert model.index(2, STATUS).data() == "proposed"
        assert model.index(2, FLAGS).data() == ""
        assert model.index(3, SRC).data() == ""
        assert model.index(3, KIND).data(Qt.ItemDataRole.BackgroundRole) is not None  # 0:1 tint
        assert model.index(0, KIND).data(Qt.ItemDataRole.BackgroundRole) is None  # 1:1: none
        assert model.headerData(SRC, Qt.Orientation.Horizontal) == "English"


def test_paragraph_starts_are_known(project: Path) -> None:
    store, _doc, model = open_model(project)
    with store:
        rows = [model.index(r, SRC).data(BeadDataRole) for r in range(model.rowCount())]
        assert rows[0].src_breaks == (False,)  # the document's start is not marked
        assert rows[1].src_breaks == (True, False)
        assert rows[2].tgt_breaks == (True, False)
        assert rows[3].tgt_breaks == (False,)  # same paragraph as the pair before


def test_rows_are_fetched_lazily_and_bounded(tmp_path: Path) -> None:
    sample = [([f"Sentence {k}."], [f"문장 {k}."], 0.5, k // 3, k // 3) for k in range(3000)]
    path = make_sample_project(tmp_path / "big.rvproj", sample)
    store, _doc, model = open_model(path)
    with store:
        assert model.rowCount() == 3000
        assert len(model._cache) == 0
        model.index(2500, SRC).data()
        assert 0 < len(model._cache) <= 64
        assert model.index(2500, SRC).data() == "Sentence 2500."


def test_filters(project: Path) -> None:
    store, doc, model = open_model(project)
    with store:
        beads.set_status(store, [1, 2], "approved")
        doc.load()
        cases = {
            FilterSpec(status="approved"): [1, 2],
            FilterSpec(min_conf=80): [1, 6, 8, 10],
            FilterSpec(max_conf=20): [4, 7],
            FilterSpec(text="koizumi"): [2, 10],
            FilterSpec(text="요코스카", side="tgt"): [3, 4],
            FilterSpec(text="요코스카", side="src"): [],
            FilterSpec(text=r"^He\b", regex=True): [2, 10],
            FilterSpec(text="(", regex=True): [],  # invalid: shows nothing rather than failing
            FilterSpec(text="%"): [],  # LIKE wildcards are searched literally
            FilterSpec(text="수색·구조"): [1],
            # Korean spacing varies: a word searched joined finds it split, and back.
            FilterSpec(text="도쿄남쪽의", side="tgt"): [],
            FilterSpec(text="도쿄남쪽의", side="tgt", ignore_spaces=True): [3],
            FilterSpec(text="합동 수색 · 구조", ignore_spaces=True): [1],
            FilterSpec(text="search-and rescue", ignore_spaces=True): [],
            FilterSpec(text="YOKO SUKA", ignore_spaces=True): [3],
            FilterSpec(text="   ", ignore_spaces=True): [],
            FilterSpec(status="proposed", min_conf=50, max_conf=90): [5, 6, 8, 9],
        }
        for spec, expected in cases.items():
            model.set_view(spec)
            assert model.bead_ids() == expected, spec


def test_flag_filters(project: Path) -> None:
    from reviewer.edits.flags import SpanRef, add_flag

    store, doc, model = open_model(project)
    with store:
        segment = store.bead(5).tgt[0]
        add_flag(store, [SpanRef(segment.id, 0, 3)], "terminology", "major")
        doc.load()
        model.set_view(FilterSpec(flag="@any"))
        assert model.bead_ids() == [5]
        model.set_view(FilterSpec(flag="terminology"))
        assert model.bead_ids() == [5]
        model.set_view(FilterSpec(flag="grammar"))
        assert model.bead_ids() == []


def test_sort_by_confidence(project: Path) -> None:
    store, _doc, model = open_model(project)
    with store:
        model.sort(CONF, Qt.SortOrder.AscendingOrder)
        scores = [store.bead(i).score for i in model.bead_ids()]
        assert scores == sorted(scores)
        model.sort(KIND)
        assert model.bead_ids() == list(range(1, 11))


def test_change_sets_patch_the_index_and_the_rows(project: Path, qtbot: Any) -> None:
    """Random edits: the patched index and model always equal a fresh read."""
    store, doc, model = open_model(project)
    rng = random.Random(4)
    removed: list[Any] = []
    model.rowsRemoved.connect(lambda *a: removed.append(a))
    with store:
        for _ in range(40):
            ids = store.bead_ids()
            bead = store.bead(rng.choice(ids))
            choice = rng.randrange(5)
            try:
                if choice == 0:
                    changes = beads.merge_beads(store, bead.id, with_next=rng.random() < 0.5)
                elif choice == 1:
                    changes = beads.split_bead(store, bead.id)
                elif choice == 2:
                    side = rng.choice(("src", "tgt"))
                    changes = beads.shift_segment(store, bead.id, side, down=rng.random() < 0.5)
                elif choice == 3:
                    changes = beads.set_status(store, [bead.id], "approved")
                else:
                    seg = (bead.src or bead.tgt)[0]
                    changes = segments.edit_text(store, seg.id, seg.text + " x")
            except ReviewerError:  # edits that make no sense here are skipped
                continue
            doc.apply(changes)
            model.apply_changes(changes)
            fresh = DocIndex(store)
            assert (doc.ids, doc.status, doc.n_src, doc.n_tgt) == (
                fresh.ids,
                fresh.status,
                fresh.n_src,
                fresh.n_tgt,
            )
            assert model.bead_ids() == fresh.ids
            for row in range(model.rowCount()):
                assert model.grid_row(row).bead == store.bead(model.bead_id(row))
    assert removed  # structure changes were announced as row removals, not resets
