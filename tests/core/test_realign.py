"""Re-alignment between anchors: fixes the stretch, never touches approved or pinned beads."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.edits.alignment import apply_realignment, plan_realignment
from reviewer.edits.beads import merge_beads, set_pinned, set_status, shift_segment
from reviewer.edits.flags import SpanRef, add_flag
from reviewer.errors import ReviewerError
from reviewer.importing.documents import read_bilingual
from reviewer.pipeline import build_project, realign_aligner
from reviewer.store import ProjectStore
from tests.core.factory import layout, snapshot

SEED = Path(__file__).resolve().parents[2] / "seeds" / "korea-japan-defense-talks.en-ko.txt"


@pytest.fixture
def store(tmp_path: Path) -> ProjectStore:
    s = build_project(tmp_path / "seed.rvproj", read_bilingual(SEED))
    yield s
    s.close()


def realign(store: ProjectStore, around: int | None = None):
    aligner, cache = realign_aligner(store, "", lambda *a: None, None)
    try:
        plan = plan_realignment(store, aligner, around)
    finally:
        if cache is not None:
            cache.close()
    return apply_realignment(store, plan)


def test_realign_repairs_a_broken_stretch_and_keeps_anchors(store: ProjectStore) -> None:
    proposed = layout(store)
    ids = store.bead_ids()
    set_status(store, [ids[2]], "approved")
    set_pinned(store, [ids[8]], True)
    shift_segment(store, ids[4], "tgt", down=True)  # an editor's slip inside the stretch
    merge_beads(store, ids[5])
    assert layout(store) != proposed
    realign(store, around=ids[5])
    assert layout(store) == proposed
    beads = {b.id: b for b in store.beads()}
    assert beads[ids[2]].status == "approved"
    assert beads[ids[8]].pinned
    assert store.history()[0].action == "realign"


def test_plan_counts_changed_pairings_not_moved_scores(store: ProjectStore) -> None:
    aligner, cache = realign_aligner(store, "", lambda *a: None, None)
    assert cache is not None
    try:
        unchanged = plan_realignment(store, aligner)
        ids = store.bead_ids()
        merge_beads(store, ids[5])  # two beads become one
        repaired = plan_realignment(store, aligner)
    finally:
        cache.close()
    assert unchanged.repaired() == (0, 0)
    assert repaired.repaired() == (2, 1)


def test_flags_survive_realignment(store: ProjectStore) -> None:
    ids = store.bead_ids()
    bead = store.bead(ids[5])
    seg = bead.tgt[0]
    flag = add_flag(store, [SpanRef(seg.id, 0, 2)], "mistranslation", "minor").flags
    merge_beads(store, ids[5])
    realign(store, around=ids[5])
    (row,) = store.flags(flag)
    assert row.spans[0].segment_id == seg.id
    assert row.bead_id is not None and row.bead_id in store.bead_ids()


def test_realign_is_undoable(store: ProjectStore) -> None:
    ids = store.bead_ids()
    merge_beads(store, ids[3])
    before = snapshot(store)
    realign(store)
    assert snapshot(store) != before
    store.undo_last()
    assert snapshot(store) == before


def test_anchor_cannot_be_the_stretch(store: ProjectStore) -> None:
    ids = store.bead_ids()
    set_status(store, [ids[1]], "approved")
    with pytest.raises(ReviewerError, match="anchor"):
        realign(store, around=ids[1])


def test_plan_refuses_a_stale_stretch(store: ProjectStore) -> None:
    ids = store.bead_ids()
    aligner, cache = realign_aligner(store, "", lambda *a: None, None)
    plan = plan_realignment(store, aligner, ids[4])
    if cache is not None:
        cache.close()
    merge_beads(store, ids[4])  # the editor keeps working while the plan is computed
    with pytest.raises(ReviewerError, match="changed while re-aligning"):
        apply_realignment(store, plan)


def test_whole_document_realign_never_drops_approved(store: ProjectStore) -> None:
    ids = store.bead_ids()
    set_status(store, ids[::3], "approved")
    approved = {
        b.id: ([s.id for s in b.src], [s.id for s in b.tgt])
        for b in store.beads()
        if b.status == "approved"
    }
    realign(store)
    after = {
        b.id: ([s.id for s in b.src], [s.id for s in b.tgt])
        for b in store.beads()
        if b.status == "approved"
    }
    assert after == approved
    with ProjectStore.open(store.path, mode="read") as reader:
        assert reader.bead_count() == store.bead_count()
