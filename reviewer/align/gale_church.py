"""The length-based fallback aligner of Gale & Church (1993).

W. A. Gale and K. W. Church, "A Program for Aligning Sentences in Bilingual
Corpora", Computational Linguistics 19(1), 1993. The model: the target length
of a bead is normally distributed around ``c`` times its source length with
variance ``s2`` per source character; a bead's cost is
``-log P(type) - log 2(1 - Phi(|delta|))`` with
``delta = (c * l1 - l2) / sqrt(s2 * (l1 + l2 / c) / 2)`` (the symmetric form,
which also prices 1:0 and 0:1 beads), and a DP finds the cheapest cover.

The paper's constants (c = 1, s2 = 6.8) were fitted on European languages;
Korean takes about half the characters of English, so ``c`` is the ratio of
the document's own character totals, ``s2`` starts at 6.8 * c^2 (the same
relative spread) and both are re-estimated once from the 1:1 beads of a first
pass. Priors are the paper's Table 5, a pair of mirrored shapes sharing its
probability evenly.

Paragraph hints: when a gap has the same number of paragraphs on both sides,
paragraphs are aligned one to one and sentences within them, as the paper
does; otherwise a bead pays a penalty per paragraph break it crosses. Long
gaps are searched in a band around the length-proportional diagonal.
Confidence is the bead's posterior probability (forward-backward).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

import numpy as np

from reviewer.align.base import AlignInput, Bead, BeadWindow, split_at_anchors
from reviewer.align.dp import (
    NEG,
    Band,
    BeadType,
    bead_posteriors,
    best_path,
    run_crossings,
    run_sums,
    window_confidences,
)
from reviewer.progress import CancelToken, ProgressFn

GC_TYPES: tuple[BeadType, ...] = ((0, 1), (1, 0), (1, 1), (1, 2), (2, 1), (2, 2))
PRIORS = {
    (1, 1): 0.89,
    (1, 0): 0.0099 / 2,
    (0, 1): 0.0099 / 2,
    (2, 1): 0.089 / 2,
    (1, 2): 0.089 / 2,
    (2, 2): 0.011,
}
S2_PAPER = 6.8
PARA_CROSS = 3.0  # nats per paragraph break inside a bead
FULL_CELLS = 1_000_000


def log_erfc(x: np.ndarray) -> np.ndarray:
    """log(erfc(x)) for x >= 0, vectorised, without underflow for large x.

    Chebyshev fit from Numerical Recipes ("erfcc"), relative error < 1.2e-7.
    """
    t = 1.0 / (1.0 + 0.5 * x)
    poly = -1.26551223 + t * (
        1.00002368
        + t
        * (
            0.37409196
            + t
            * (
                0.09678418
                + t
                * (
                    -0.18628806
                    + t
                    * (
                        0.27886807
                        + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))
                    )
                )
            )
        )
    )
    return np.asarray(np.log(t) - x * x + poly, dtype=np.float64)


def initial_length_model(src_chars: float, tgt_chars: float) -> tuple[float, float]:
    """(c, s2) of the first pass: the document's character ratio, the paper's spread."""
    c = (tgt_chars + 1.0) / (src_chars + 1.0)
    return c, S2_PAPER * c * c


def fit_length_model(
    ones: Sequence[tuple[float, float]], c: float, s2: float
) -> tuple[float, float]:
    """(c, s2) re-estimated from the (source, target) lengths of 1:1 beads.

    The second pass's model; with fewer than five 1:1 beads the first one stays.
    """
    if len(ones) < 5:
        return c, s2
    l1 = np.array([o[0] for o in ones]) + 1.0
    l2 = np.array([o[1] for o in ones])
    c = float(l2.sum() / l1.sum())
    resid = (l2 - c * l1) ** 2 / l1
    s2 = float(np.mean(np.sort(resid)[: max(1, int(0.95 * len(resid)))]))
    return c, max(s2, 0.5 * c * c)


class GaleChurchAligner:
    """Gale & Church (1993) with the length ratio estimated per document."""

    name = "gale-church"

    def align(
        self,
        data: AlignInput,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
    ) -> list[Bead]:
        src_len = np.array([len(t.strip()) for t in data.src], dtype=np.float64)
        tgt_len = np.array([len(t.strip()) for t in data.tgt], dtype=np.float64)
        c, s2 = initial_length_model(float(src_len.sum()), float(tgt_len.sum()))
        parts = split_at_anchors(data)
        out: list[Bead] = []
        for rnd in range(2):
            out = []
            ones: list[tuple[float, float]] = []
            for k, part in enumerate(parts):
                if isinstance(part, Bead):
                    out.append(part)
                    continue
                for sub_s, sub_t in self._paragraph_units(data, part[0], part[1]):
                    beads = self._align_gap(
                        data, src_len, tgt_len, sub_s, sub_t, c=c, s2=s2, cancel=cancel
                    )
                    out.extend(beads)
                    ones.extend(
                        (src_len[b.src[0]], tgt_len[b.tgt[0]]) for b in beads if b.kind == "1:1"
                    )
                if progress is not None:
                    progress(k + 1 + rnd * len(parts), 2 * len(parts), "aligning")
            if rnd == 0 and len(ones) >= 5:
                c, s2 = fit_length_model(ones, c, s2)
            else:
                break
        return out

    @staticmethod
    def _paragraph_units(data: AlignInput, rs: range, rt: range) -> list[tuple[range, range]]:
        """Split a gap paragraph by paragraph when both sides have as many."""
        if data.src_paragraphs is None or data.tgt_paragraphs is None or not rs or not rt:
            return [(rs, rt)]

        def runs(paras: Sequence[int], r: range) -> list[range]:
            cuts = [r.start] + [k for k in r[1:] if paras[k] != paras[k - 1]] + [r.stop]
            return [range(a, b) for a, b in itertools.pairwise(cuts)]

        ps, pt = runs(data.src_paragraphs, rs), runs(data.tgt_paragraphs, rt)
        if len(ps) != len(pt) or len(ps) == 1:
            return [(rs, rt)]
        return list(zip(ps, pt, strict=True))

    def _align_gap(
        self,
        data: AlignInput,
        src_len: np.ndarray,
        tgt_len: np.ndarray,
        rs: range,
        rt: range,
        *,
        c: float,
        s2: float,
        cancel: CancelToken | None,
    ) -> list[Bead]:
        n, m = len(rs), len(rt)
        if not n or not m:
            return [Bead((k,), (), 1.0) for k in rs] + [Bead((), (k,), 1.0) for k in rt]
        ls, lt = src_len[rs.start : rs.stop], tgt_len[rt.start : rt.stop]
        if (n + 1) * (m + 1) <= FULL_CELLS:
            band = Band.full(n, m)
        else:
            cs = np.concatenate(([0.0], np.cumsum(ls)))
            ct = np.concatenate(([0.0], np.cumsum(lt)))
            centre = np.searchsorted(ct, cs * (ct[-1] / max(cs[-1], 1.0)))
            band = Band.around(centre, m, max(50, int(3 * math.sqrt(max(n, m)))))
        scores = self._scores(data, band, ls, lt, rs=rs, rt=rt, c=c, s2=s2)
        path = best_path(band, GC_TYPES, scores, cancel)
        post = bead_posteriors(band, GC_TYPES, scores, path, temperature=1.0, cancel=cancel)
        beads = []
        for (t, i, j), p in zip(path, post, strict=True):
            a, b = GC_TYPES[t]
            beads.append(
                Bead(
                    tuple(range(rs.start + i - a, rs.start + i)),
                    tuple(range(rt.start + j - b, rt.start + j)),
                    round(float(p), 4),
                )
            )
        return beads

    @staticmethod
    def _scores(
        data: AlignInput,
        band: Band,
        ls: np.ndarray,
        lt: np.ndarray,
        *,
        rs: range,
        rt: range,
        c: float,
        s2: float,
    ) -> np.ndarray:
        """Log-probability of every bead type ending at every band cell."""
        n, m = len(ls), len(lt)
        jj, cells = band.cols()
        jc = np.minimum(jj, m)
        ii = np.arange(n + 1)[:, None]
        src_br = np.zeros(n)
        tgt_br = np.zeros(m)
        if data.src_paragraphs is not None:
            p = np.asarray(data.src_paragraphs[rs.start : rs.stop])
            src_br[1:] = p[1:] != p[:-1]
        if data.tgt_paragraphs is not None:
            p = np.asarray(data.tgt_paragraphs[rt.start : rt.stop])
            tgt_br[1:] = p[1:] != p[:-1]
        scores = np.full((len(GC_TYPES), n + 1, band.width), NEG)
        for t, (a, b) in enumerate(GC_TYPES):
            l1 = run_sums(ls, a)[:, None]
            l2 = run_sums(lt, b)[jc]
            mean = np.maximum((l1 + l2 / c) / 2.0, 1.0)
            delta = np.abs(c * l1 - l2) / np.sqrt(s2 * mean)
            logp = math.log(PRIORS[(a, b)]) + log_erfc(delta / math.sqrt(2.0))
            logp = logp - PARA_CROSS * (
                run_crossings(src_br, a)[:, None] + run_crossings(tgt_br, b)[jc]
            )
            ok = cells & (ii >= a) & (jj >= b)
            scores[t][ok] = logp[ok]
        return scores


def bead_confidence(window: BeadWindow, *, c: float, s2: float) -> list[float | None]:
    """The confidence ``align`` gives each target bead of the window (see BeadWindow).

    ``c`` and ``s2`` are the document's length model (``fit_length_model``).
    """
    data = window.data
    n, m = len(data.src), len(data.tgt)
    if not n or not m:
        return window.one_sided()
    ls = np.array([len(t.strip()) for t in data.src], dtype=np.float64)
    lt = np.array([len(t.strip()) for t in data.tgt], dtype=np.float64)
    band = Band.full(n, m)
    scores = GaleChurchAligner._scores(data, band, ls, lt, rs=range(n), rt=range(m), c=c, s2=s2)
    return window_confidences(window, band, GC_TYPES, scores, temperature=1.0)
