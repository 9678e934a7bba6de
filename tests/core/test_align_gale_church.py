"""Gale-Church fallback aligner and the aligner registry."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.align.base import AlignInput, Bead, check_cover
from reviewer.align.gale_church import GaleChurchAligner, log_erfc
from reviewer.align.registry import ALIGNER_NAMES, DEFAULT_ALIGNER, get_aligner
from reviewer.errors import Cancelled, ReviewerError
from reviewer.progress import CancelToken


def texts(lengths: list[int], char: str = "a") -> list[str]:
    return [char * max(1, n) for n in lengths]


def test_log_erfc_matches_math() -> None:
    import math

    xs = np.array([0.0, 0.3, 1.0, 2.5, 5.0])
    want = np.array([math.log(math.erfc(x)) for x in xs])
    assert np.allclose(log_erfc(xs), want, rtol=1e-6, atol=1e-6)
    assert np.isfinite(log_erfc(np.array([60.0]))).all()  # no underflow to -inf


def test_half_length_translation_aligns_one_to_one() -> None:
    """Korean is about half as long in characters: the ratio comes from the document."""
    rng = np.random.default_rng(1)
    src_len = rng.integers(40, 300, size=30).tolist()
    tgt_len = [round(n * 0.5 + rng.normal(0, 0.3 * n**0.5)) for n in src_len]
    beads = GaleChurchAligner().align(AlignInput(texts(src_len), texts(tgt_len, "가")))
    check_cover(beads, 30, 30)
    assert [b.kind for b in beads] == ["1:1"] * 30
    assert all(0.0 <= b.score <= 1.0 for b in beads)


def test_merge_is_found_from_lengths() -> None:
    src_len = [100, 250, 60, 180, 90, 140, 300, 75]
    tgt = [n // 2 for n in src_len]
    tgt_len = [*tgt[:3], tgt[3] + tgt[4], *tgt[5:]]
    beads = GaleChurchAligner().align(AlignInput(texts(src_len), texts(tgt_len, "가")))
    check_cover(beads, 8, 7)
    assert Bead((3, 4), (3,)) in [Bead(b.src, b.tgt) for b in beads]


def test_paragraph_hints_split_the_problem() -> None:
    """Equal paragraph counts: no bead crosses a paragraph."""
    src_len = [100, 100, 100, 100]
    tgt_len = [50, 50, 50, 50]
    data = AlignInput(
        texts(src_len), texts(tgt_len, "가"), [0, 0, 1, 1], [0, 0, 0, 1]
    )  # target paragraph 1 has one sentence: source 2 and 3 share target 3
    beads = GaleChurchAligner().align(data)
    check_cover(beads, 4, 4)
    for b in beads:
        if b.src and b.tgt:
            assert len({data.src_paragraphs[i] for i in b.src}) == 1  # type: ignore[index]


def test_anchors_pass_through() -> None:
    src_len = [100, 120, 80, 60, 200, 90]
    tgt_len = [50, 60, 40, 30, 100, 45]
    anchor = Bead((2,), (4,), 1.0)  # a wrong-looking pin: the editor decides
    beads = GaleChurchAligner().align(
        AlignInput(texts(src_len), texts(tgt_len, "가"), anchors=[anchor])
    )
    check_cover(beads, 6, 6)
    assert anchor in beads


def test_long_document_uses_a_band() -> None:
    rng = np.random.default_rng(2)
    src_len = rng.integers(30, 200, size=1100).tolist()
    tgt_len = [max(1, int(n * 0.55 + rng.normal(0, 3))) for n in src_len]
    beads = GaleChurchAligner().align(AlignInput(texts(src_len), texts(tgt_len, "가")))
    check_cover(beads, 1100, 1100)
    assert sum(b.kind == "1:1" for b in beads) > 1000


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(1, 400), max_size=25),
    st.lists(st.integers(1, 400), max_size=25),
)
def test_cover_property(src_len: list[int], tgt_len: list[int]) -> None:
    beads = GaleChurchAligner().align(AlignInput(texts(src_len), texts(tgt_len, "가")))
    check_cover(beads, len(src_len), len(tgt_len))
    assert all(0.0 <= b.score <= 1.0 for b in beads)


def test_cancel_raises() -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        GaleChurchAligner().align(AlignInput(texts([10, 20]), texts([5, 10])), cancel=token)


def test_registry() -> None:
    assert DEFAULT_ALIGNER in ALIGNER_NAMES
    assert get_aligner("gale-church").name == "gale-church"
    with pytest.raises(ReviewerError, match=r"unknown aligner 'hunalign'.*embedding, gale-church"):
        get_aligner("hunalign")


def test_null_anchors_in_document_order_are_accepted() -> None:
    from reviewer.align.base import AlignInput, Bead, split_at_anchors

    data = AlignInput(
        src=["a", "b", "c", "d"],
        tgt=["w", "x", "y", "z", "v", "u", "t"],
        anchors=(Bead((2,), (4,)), Bead((), (5,)), Bead((3,), (6,))),
    )
    parts = split_at_anchors(data)
    assert parts[0] == (range(2), range(4))
    assert parts[1:] == [Bead((2,), (4,)), Bead((), (5,)), Bead((3,), (6,))]
