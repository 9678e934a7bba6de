"""Edits give the beads they make or change the confidence the aligner would give them.

Before, a merged pair kept the lower of the two old scores, a split pair's parts
the old bead's, a shifted or edited pair its old one, and a detached sentence
none: the grid told the editor a wrong merge was 77 % sure. Projects here are
built from the seed article by the real pipeline (the embedding ones load the
model, once per module).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.edits import beads as bead_edits
from reviewer.edits import rescore
from reviewer.edits import segments as segment_edits
from reviewer.embed import ModelEmbedder
from reviewer.importing.documents import read_bilingual
from reviewer.pipeline import build_project
from reviewer.store import ProjectStore
from tests.conftest import SEED
from tests.core.factory import make_project, snapshot

UNRELATED_KO = "오늘은 날씨가 맑고 바람이 많이 분다."


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The seed aligned by each aligner, built lazily and copied per test."""
    return {"_folder": tmp_path_factory.mktemp("built")}


def aligned(built: dict[str, Path], aligner: str, target: Path) -> ProjectStore:
    if aligner not in built:
        path = built["_folder"] / f"seed-{aligner}.rvproj"
        build_project(path, read_bilingual(SEED), aligner_name=aligner).close()
        built[aligner] = path
    shutil.copy(built[aligner], target)
    return ProjectStore.open(target)


ALIGNERS = ["gale-church", pytest.param("embedding", marks=pytest.mark.slow)]


@pytest.fixture(params=ALIGNERS)
def store(
    request: pytest.FixtureRequest, built: dict[str, Path], tmp_path: Path
) -> Iterator[ProjectStore]:
    s = aligned(built, request.param, tmp_path / "p.rvproj")
    yield s
    s.close()


def scores(store: ProjectStore) -> list[float | None]:
    return [b.score for b in store.beads(flags=False)]


def good_pairs(store: ProjectStore) -> list[int]:
    """Positions of 1:1 beads the aligner is sure of, followed by another such bead."""
    beads = store.beads(flags=False)
    return [
        k
        for k in range(len(beads) - 1)
        if all(b.kind == "1:1" and (b.score or 0) > 0.6 for b in beads[k : k + 2])
    ]


def test_rescoring_an_untouched_bead_gives_the_aligners_own_score(store: ProjectStore) -> None:
    """The rescoring is the aligner's scoring: on its own alignment it agrees with it."""
    beads = store.beads(flags=False)
    got, missing = rescore.score_beads(store, [b.id for b in beads])
    assert not missing
    # Gale-Church fits its length model on its first pass's 1:1 beads, this on the
    # document's: a few tenths of a percent apart.
    assert [got[b.id] for b in beads] == pytest.approx([b.score for b in beads], abs=5e-3)


def test_a_wrong_merge_gets_a_low_confidence_and_undo_restores_the_old_scores(
    store: ProjectStore,
) -> None:
    before = snapshot(store)
    k = good_pairs(store)[0]
    first = store.bead_ids()[k]
    bead_edits.merge_beads(store, first)
    merged = store.bead(first)
    assert merged.kind == "2:2"
    assert merged.score is not None and merged.score < 0.3  # it was min(0.77, 0.81)
    store.undo_last()
    assert snapshot(store) == before  # every score exactly as it was


def test_splitting_the_merge_again_gives_back_the_aligners_scores(store: ProjectStore) -> None:
    original = scores(store)
    k = good_pairs(store)[0]
    bead_edits.merge_beads(store, store.bead_ids()[k])
    bead_edits.split_bead(store, store.bead_ids()[k])
    assert scores(store) == pytest.approx(original, abs=5e-3)


def test_shifting_a_sentence_rescores_both_pairs(store: ProjectStore) -> None:
    k = good_pairs(store)[0]
    ids = store.bead_ids()
    original = scores(store)
    bead_edits.shift_segment(store, ids[k], "tgt", down=True)
    giver, taker = store.bead(ids[k]), store.bead(ids[k + 1])
    assert (giver.kind, taker.kind) == ("1:0", "1:2")
    assert giver.score is not None and taker.score is not None
    assert taker.score < 0.3 < original[k + 1]  # (old code: unchanged)
    bead_edits.shift_segment(store, ids[k + 1], "tgt", down=False)
    assert scores(store) == pytest.approx(original, abs=5e-3)


def test_a_detached_sentence_gets_a_confidence(store: ProjectStore) -> None:
    k = good_pairs(store)[0]
    bead = store.bead(store.bead_ids()[k])
    changes = bead_edits.detach_segment(store, bead.tgt[0].id)
    alone = [b for b in store.beads(sorted(changes.beads), flags=False) if b.kind == "0:1"]
    assert len(alone) == 1 and alone[0].score is not None  # before: None
    assert store.bead(bead.id).kind == "1:0" and store.bead(bead.id).score is not None


def test_gale_church_rescores_an_edited_text_at_once(
    built: dict[str, Path], tmp_path: Path
) -> None:
    """Lengths need no vectors: the edit itself carries the new score."""
    with aligned(built, "gale-church", tmp_path / "p.rvproj") as store:
        bead = store.bead(store.bead_ids()[good_pairs(store)[1]])
        segment_edits.edit_text(store, bead.tgt[0].id, "네.")  # a long sentence cut to a word
        score = store.bead(bead.id).score
        assert score is not None and score < 0.3 < (bead.score or 0)


@pytest.mark.slow
def test_an_edited_text_is_unknown_until_its_vector_is_computed(
    built: dict[str, Path], tmp_path: Path
) -> None:
    with aligned(built, "embedding", tmp_path / "p.rvproj") as store:
        k = good_pairs(store)[0]
        bead = store.bead(store.bead_ids()[k])
        before = snapshot(store)
        changes = segment_edits.edit_text(store, bead.tgt[0].id, UNRELATED_KO)
        assert store.bead(bead.id).score is None  # not the old 0.77: unknown
        assert rescore.unscored(store, changes.beads) == [bead.id]
        assert rescore.missing_vectors(store, changes.beads) == [UNRELATED_KO]
        model = ModelEmbedder()
        rescore.embed_texts(store.path, [UNRELATED_KO], model)
        filled = rescore.fill_scores(store, changes.beads)
        assert filled.beads == {bead.id} and not filled.structure
        score = store.bead(bead.id).score
        assert score is not None and score < 0.3
        # Undo takes the edit back with the score from before it; redo leaves it
        # unknown, and filling it again needs no model: the vector is cached now.
        store.undo_last()
        assert snapshot(store) == before
        store.redo_last()
        assert store.bead(bead.id).score is None
        assert rescore.missing_vectors(store, changes.beads) == []
        rescore.fill_scores(store, changes.beads)
        assert store.bead(bead.id).score == score


@pytest.mark.slow
def test_a_headless_edit_with_an_embedder_scores_at_once(
    built: dict[str, Path], tmp_path: Path
) -> None:
    with aligned(built, "embedding", tmp_path / "p.rvproj") as store:
        k = good_pairs(store)[0]
        bead = store.bead(store.bead_ids()[k])
        segment_edits.split_segment(store, bead.src[0].id, 20, embedder=ModelEmbedder())
        score = store.bead(bead.id).score
        assert store.bead(bead.id).kind == "2:1"
        assert score is not None
        assert rescore.missing_vectors(store, [bead.id]) == []


def test_a_shape_the_aligner_never_proposes_has_no_confidence(
    built: dict[str, Path], tmp_path: Path
) -> None:
    with aligned(built, "gale-church", tmp_path / "p.rvproj") as store:
        k = good_pairs(store)[0]
        first = store.bead_ids()[k]
        bead_edits.merge_beads(store, first)
        bead_edits.merge_beads(store, first)  # 3:3: Gale-Church has no such bead
        assert store.bead(first).kind == "3:3"
        assert store.bead(first).score is None
        assert rescore.unscored(store, [first]) == []  # nothing to wait for


def test_an_aligner_this_version_does_not_know_makes_no_score_up(tmp_path: Path) -> None:
    with make_project(tmp_path / "p.rvproj", scores=[0.9] * 6) as store:  # aligner "test"
        first = store.bead_ids()[1]
        bead_edits.merge_beads(store, first)
        assert store.bead(first).score is None  # before: min(0.9, 0.9)
