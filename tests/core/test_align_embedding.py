"""The default embedding aligner: seed gold, null beads, merges, anchors, cancel."""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence
from pathlib import Path

import blingfire
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.align.base import AlignInput, Bead, check_cover
from reviewer.align.embedding import EmbeddingAligner
from reviewer.align.registry import get_aligner
from reviewer.embed import MemoryCacheEmbedder, ModelEmbedder
from reviewer.errors import Cancelled
from reviewer.progress import CancelToken

GOLD = Path(__file__).resolve().parent.parent / "fixtures" / "seed_gold.json"


class FakeEmbedder:
    """Vectors from a hash of the text's words: no model, same text same vector.

    A translation is simulated by giving both sides the same word ids.
    """

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for r, text in enumerate(texts):
            for word in text.split():
                rng = np.random.default_rng(zlib.crc32(word.strip(".").encode()))
                out[r] += rng.standard_normal(64)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)


def fake_doc(n: int) -> tuple[list[str], list[str]]:
    src = [f"s{k} w{k} x{k}." for k in range(n)]
    tgt = [f"s{k} w{k} x{k}." for k in range(n)]
    return src, tgt


@pytest.fixture(scope="module")
def model() -> MemoryCacheEmbedder:
    return MemoryCacheEmbedder(ModelEmbedder())


def load_seed() -> tuple[AlignInput, list[tuple[tuple[int, ...], tuple[int, ...]]]]:
    seed = Path(__file__).resolve().parents[2] / "seeds" / "korea-japan-defense-talks.en-ko.txt"
    paras = [p for p in seed.read_text(encoding="utf-8").splitlines() if p.strip()]
    src: list[str] = []
    tgt: list[str] = []
    sp: list[int] = []
    tp: list[int] = []
    for k, para in enumerate(paras):
        sents = blingfire.text_to_sentences(para).split("\n")
        (src if k < 7 else tgt).extend(sents)
        (sp if k < 7 else tp).extend([k] * len(sents))
    gold = [
        (tuple(src.index(t) for t in b["src"]), tuple(tgt.index(t) for t in b["tgt"]))
        for b in json.loads(GOLD.read_text(encoding="utf-8"))
    ]
    return AlignInput(src, tgt, sp, tp), gold


def pairs(beads: Sequence[Bead]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.src, b.tgt) for b in beads]


def test_seed_gold_is_a_cover() -> None:
    data, gold = load_seed()
    assert (len(data.src), len(data.tgt)) == (13, 14)
    check_cover([Bead(s, t) for s, t in gold], 13, 14)


def test_seed_matches_gold(model: MemoryCacheEmbedder) -> None:
    data, gold = load_seed()
    beads = get_aligner("embedding", model).align(data)
    check_cover(beads, 13, 14)
    assert pairs(beads) == gold
    assert all(0.0 <= b.score <= 1.0 for b in beads)


def test_seed_without_paragraph_hints(model: MemoryCacheEmbedder) -> None:
    data, gold = load_seed()
    beads = EmbeddingAligner(model).align(AlignInput(data.src, data.tgt))
    assert pairs(beads) == gold


def test_caption_is_its_own_bead_and_merge_is_found(
    model: MemoryCacheEmbedder, news_pairs: list[tuple[str, str]]
) -> None:
    chosen = news_pairs[40:60]
    src = [e for e, _ in chosen]
    tgt = [k for _, k in chosen]
    src[5:7] = [f"{src[5]} {src[6]}"]  # source 5 now translates as target 5 and 6
    caption = "사진은 본문과 관계없는 자료 사진이다."  # "file photo, unrelated to the story"
    tgt.insert(12, caption)
    beads = EmbeddingAligner(model).align(AlignInput(src, tgt))
    check_cover(beads, len(src), len(tgt))
    got = pairs(beads)
    assert ((5,), (5, 6)) in got
    assert ((), (12,)) in got


def test_anchors_pass_through_unchanged() -> None:
    src, tgt = fake_doc(30)
    anchors = [Bead((3,), (3,), 1.0), Bead((10, 11), (10,), 0.5), Bead((20,), (21,), 1.0)]
    beads = EmbeddingAligner(FakeEmbedder()).align(AlignInput(src, tgt, anchors=anchors))
    check_cover(beads, 30, 30)
    for a in anchors:
        assert a in beads
    # the gap after the odd anchor still aligns: target 11 lost its source to it
    assert ((), (11,)) in pairs(beads)
    assert ((12,), (12,)) in pairs(beads)


def test_each_text_is_asked_once() -> None:
    src, tgt = fake_doc(40)
    src[8:10] = [f"{src[8]} {src[9]}"]
    fake = FakeEmbedder()
    EmbeddingAligner(fake).align(AlignInput(src, tgt))
    asked = [t for call in fake.calls for t in call]
    assert len(asked) == len(set(asked))
    assert f"{tgt[8]} {tgt[9]}" in asked  # the real overlap near the merge


def test_long_fake_document_covers_and_is_banded() -> None:
    src, tgt = fake_doc(1200)
    del src[100]
    del tgt[700]
    beads = EmbeddingAligner(FakeEmbedder()).align(AlignInput(src, tgt))
    check_cover(beads, 1199, 1199)
    assert ((), (100,)) in pairs(beads)
    assert ((699,), ()) in pairs(beads)


@pytest.mark.parametrize(("n", "m"), [(0, 0), (0, 3), (4, 0), (1, 1), (1, 7), (9, 2)])
def test_degenerate_sizes_cover(n: int, m: int) -> None:
    src, _ = fake_doc(n)
    _, tgt = fake_doc(m)
    beads = EmbeddingAligner(FakeEmbedder()).align(AlignInput(src, tgt))
    check_cover(beads, n, m)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(0, 12), max_size=30),
    st.lists(st.integers(0, 12), max_size=30),
    st.integers(0, 5),
)
def test_cover_property(src_ids: list[int], tgt_ids: list[int], n_anchor: int) -> None:
    """Random documents (shared word ids stand for translations) always get a cover."""
    src = [f"w{k} v{k}." for k in src_ids]
    tgt = [f"w{k} v{k}." for k in tgt_ids]
    anchors = [Bead((k,), (k,), 1.0) for k in range(min(n_anchor, len(src), len(tgt)))]
    beads = EmbeddingAligner(FakeEmbedder()).align(AlignInput(src, tgt, anchors=anchors))
    check_cover(beads, len(src), len(tgt))
    assert all(0.0 <= b.score <= 1.0 for b in beads)
    for a in anchors:
        assert a in beads


def test_cancel_raises_and_progress_reports() -> None:
    src, tgt = fake_doc(20)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        EmbeddingAligner(FakeEmbedder()).align(AlignInput(src, tgt), cancel=token)
    seen: list[str] = []
    EmbeddingAligner(FakeEmbedder()).align(
        AlignInput(src, tgt), progress=lambda d, t, what: seen.append(what)
    )
    assert "embedding" in seen
    assert "aligning" in seen


def test_model_embedder_cancel_between_batches() -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        ModelEmbedder(batch_size=2).encode(["a", "b", "c"], cancel=token)
