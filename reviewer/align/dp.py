"""Banded dynamic programming over bead types, vectorised along each row.

Both aligners share this: a state (i, j) means "the first i source and j target
segments are aligned", a bead of type (a, b) moves from (i-a, j-b) to (i, j).
Only states inside a band are kept (for row i, targets ``lo[i] <= j < hi[i]``),
so time and memory grow with the document length times the band width, never
with the product of the two lengths. The band idea and its coarse-to-fine use
follow Vecalign (Thompson & Koehn 2019, "Vecalign: Improved Sentence Alignment
in Linear Time and Space"); the code is ours.

Each row is one batch of numpy operations: beads with a source side read the
rows above, and the 0:1 bead (a run of target sentences with no counterpart)
is a running maximum along the row (a running log-sum-exp for the soft pass),
which numpy computes with ``accumulate`` instead of a Python loop.

Besides the best path, :func:`bead_posteriors` runs the forward-backward
algorithm on the same band to give each chosen bead the probability that the
alignment passes through it: the aligners turn this into review confidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from reviewer.align.base import BeadWindow
from reviewer.progress import CancelToken, ProgressFn

NEG = -1e30  # "impossible": finite so sums and differences stay well defined
BeadType = tuple[int, int]
CHECK_EVERY = 512  # rows between cancellation checks and progress reports


@dataclass(frozen=True)
class Band:
    """Allowed target range per source row: ``lo[i] <= j < hi[i]``, i in 0..n."""

    lo: np.ndarray
    hi: np.ndarray
    m: int

    @property
    def n(self) -> int:
        return len(self.lo) - 1

    @property
    def widths(self) -> np.ndarray:
        return np.asarray(self.hi - self.lo)

    @property
    def width(self) -> int:
        return int(self.widths.max())

    def cols(self) -> tuple[np.ndarray, np.ndarray]:
        """Target index of every cell (n+1, W) and the mask of real cells."""
        w = np.arange(self.width)
        j = self.lo[:, None] + w[None, :]
        return j, w[None, :] < self.widths[:, None]

    @staticmethod
    def full(n: int, m: int) -> Band:
        return Band(np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m + 1, dtype=np.int64), m)

    @staticmethod
    def around(centre: np.ndarray, m: int, half_width: int) -> Band:
        """A band of +-half_width around a target position per row, made walkable."""
        c = np.asarray(centre, dtype=np.float64)
        lo = np.floor(c).astype(np.int64) - half_width
        hi = np.ceil(c).astype(np.int64) + half_width + 1
        return Band.from_bounds(lo, hi, m)

    @staticmethod
    def from_bounds(lo: np.ndarray, hi: np.ndarray, m: int) -> Band:
        """Clip, make monotone and connected, and pin the corners (0,0) and (n,m).

        Monotone bounds and overlapping consecutive rows guarantee that (n, m)
        is reachable from (0, 0) with 1:0 and 0:1 beads alone, so the DP always
        has a path, whatever the band.
        """
        lo = np.clip(np.asarray(lo, dtype=np.int64), 0, m)
        hi = np.clip(np.asarray(hi, dtype=np.int64), 1, m + 1)
        lo[0] = 0
        hi[-1] = m + 1
        lo = np.minimum.accumulate(lo[::-1])[::-1].copy()
        hi = np.maximum.accumulate(hi)
        hi = np.maximum(hi, lo + 1)
        # connect: row i must share a column with row i-1
        hi[:-1] = np.maximum(hi[:-1], lo[1:] + 1)
        hi = np.maximum.accumulate(np.minimum(hi, m + 1))
        return Band(lo, hi, m)


def _predecessors(band: Band, types: Sequence[BeadType], width: int) -> np.ndarray:
    """Flat index of the state each bead type comes from, per cell: (n+1, T, W).

    The DP table is stored flat, row i at ``i * width``; an impossible
    predecessor (outside the band, before the start, or the 0:1 bead, which is
    handled along the row) points at the sentinel cell ``(n+1) * width``.
    Precomputing this turns each row of the DP into a handful of numpy calls.
    """
    n = band.n
    sentinel = (n + 1) * width
    w = np.arange(width)
    rows = np.arange(n + 1)
    out = np.full((n + 1, len(types), width), sentinel, dtype=np.int64)
    widths = band.widths
    for t, (a, b) in enumerate(types):
        if a == 0:
            continue
        prev = np.maximum(rows - a, 0)
        wp = w[None, :] + (band.lo - b - band.lo[prev])[:, None]
        ok = (rows >= a)[:, None] & (wp >= 0) & (wp < widths[prev][:, None])
        ok &= w[None, :] < widths[:, None]
        out[:, t, :] = np.where(ok, prev[:, None] * width + wp, sentinel)
    return out


def _forward(
    band: Band,
    types: Sequence[BeadType],
    scores: np.ndarray,
    *,
    soft: bool,
    cancel: CancelToken | None = None,
    progress: ProgressFn | None = None,
    what: str = "aligning",
) -> tuple[np.ndarray, np.ndarray | None]:
    """Forward pass; returns (flat table of (n+1)*W cells + sentinel, back-pointers)."""
    n = band.n
    big_w = scores.shape[2]
    widths = band.widths
    table = np.full((n + 1) * big_w + 1, NEG)
    back = None if soft else np.full((n + 1, big_w), -1, dtype=np.int8)
    t01 = types.index((0, 1)) if (0, 1) in types else -1
    pred = _predecessors(band, types, big_w)
    by_row = np.ascontiguousarray(scores.transpose(1, 0, 2))
    pos = np.arange(big_w)
    runs = np.zeros((n + 1, big_w))  # cumulative 0:1 scores along each row
    if t01 >= 0 and big_w > 1:
        np.cumsum(np.maximum(by_row[:, t01, 1:], NEG), axis=1, out=runs[:, 1:])
    for i in range(n + 1):
        if i % CHECK_EVERY == 0:
            if cancel is not None:
                cancel.check()
            if progress is not None:
                progress(i, n, what)
        wi = int(widths[i])
        cand = table[pred[i]] + by_row[i]
        if i == 0:
            cand[:, 0] = NEG
            cand[0, 0] = 0.0  # the start state, reached by "no bead"
        if soft:
            top = cand.max(axis=0)
            best = top + np.log(np.exp(cand - top).sum(axis=0))
            if i == 0:
                best[0] = 0.0
        else:
            arg = cand.argmax(axis=0).astype(np.int8)
            best = cand[arg, pos]
            if i == 0:
                arg[0] = -1
        best = best[:wi]
        if t01 >= 0 and wi > 1:
            run = runs[i, :wi]
            v = best - run
            if soft:
                best = run + np.logaddexp.accumulate(v)
            else:
                peak = np.maximum.accumulate(v)
                src = np.maximum.accumulate(np.where(v == peak, pos[:wi], 0))
                best = run + peak
                arg[:wi][src < pos[:wi]] = t01
        table[i * big_w : i * big_w + wi] = best
        if back is not None:
            back[i, :wi] = arg[:wi]
    return table, back


def best_path(
    band: Band,
    types: Sequence[BeadType],
    scores: np.ndarray,
    cancel: CancelToken | None = None,
    progress: ProgressFn | None = None,
) -> list[tuple[int, int, int]]:
    """The highest-scoring bead sequence as (type index, end i, end j) triples.

    ``scores[t, i, w]`` is the score of a bead of type ``types[t]`` ending at
    state (i, lo[i] + w); cells outside the band or impossible hold NEG.
    """
    _, back = _forward(band, types, scores, soft=False, cancel=cancel, progress=progress)
    assert back is not None
    i, j = band.n, band.m
    path: list[tuple[int, int, int]] = []
    while i > 0 or j > 0:
        t = int(back[i, j - band.lo[i]])
        if t < 0:  # pragma: no cover - Band.from_bounds guarantees a path
            raise RuntimeError(f"alignment band has no path through ({i}, {j})")
        path.append((t, i, j))
        a, b = types[t]
        i, j = i - a, j - b
    path.reverse()
    return path


def _reverse(band: Band, types: Sequence[BeadType], scores: np.ndarray) -> tuple[Band, np.ndarray]:
    """The same problem read backwards, so the backward pass is a forward pass."""
    n, m = band.n, band.m
    lo_r = m - (band.hi[::-1] - 1)
    hi_r = m - band.lo[::-1] + 1
    rev = Band(lo_r.astype(np.int64), hi_r.astype(np.int64), m)
    j_r, valid = rev.cols()
    i_r = np.arange(n + 1)[:, None]
    out = np.full((len(types), n + 1, rev.width), NEG, dtype=scores.dtype)
    for t, (a, b) in enumerate(types):
        i = n - i_r + a
        j = m - j_r + b
        ok = valid & (i <= n) & (j <= m)
        ic = np.minimum(i, n)
        w = j - band.lo[ic]
        ok &= (w >= 0) & (w < band.widths[ic])
        vals = scores[t, ic, np.clip(w, 0, scores.shape[2] - 1)]
        out[t][ok] = vals[ok]
    return rev, out


def bead_posteriors(
    band: Band,
    types: Sequence[BeadType],
    scores: np.ndarray,
    path: Sequence[tuple[int, int, int]],
    *,
    temperature: float,
    cancel: CancelToken | None = None,
) -> np.ndarray:
    """Probability of each path bead when scores/temperature are log-weights.

    A bead that the DP chose against close rivals gets a low probability, one
    with no plausible alternative a high one: that is the review order we want.
    """
    if not path:
        return np.zeros(0)
    scaled = scores / temperature
    fwd, _ = _forward(band, types, scaled, soft=True, cancel=cancel)
    rev_band, rev_scores = _reverse(band, types, scaled)
    bwd, _ = _forward(rev_band, types, rev_scores, soft=True, cancel=cancel)
    n, m = band.n, band.m
    width, width_r = scaled.shape[2], rev_scores.shape[2]
    log_z = fwd[n * width + m - band.lo[n]]
    t = np.array([p[0] for p in path])
    i = np.array([p[1] for p in path])
    j = np.array([p[2] for p in path])
    ab = np.array(types)[t]
    i0, j0 = i - ab[:, 0], j - ab[:, 1]
    f = fwd[i0 * width + j0 - band.lo[i0]]
    s = scaled[t, i, j - band.lo[i]]
    ir, jr = n - i, m - j
    g = bwd[ir * width_r + jr - rev_band.lo[ir]]
    return np.asarray(np.clip(np.exp(f + s + g - log_z), 0.0, 1.0), dtype=np.float64)


def run_sums(per_item: np.ndarray, k: int) -> np.ndarray:
    """For each state 0..n, the sum over the run of ``k`` items ending before it."""
    cs = np.concatenate(([0.0], np.cumsum(per_item)))
    out = np.zeros_like(cs)
    if k > 0:
        out[k:] = cs[k:] - cs[:-k]
    return out


def run_crossings(breaks: np.ndarray, k: int) -> np.ndarray:
    """Paragraph breaks inside a run of ``k`` items (a break before its first item is free)."""
    cs = np.concatenate(([0.0], np.cumsum(breaks)))
    out = np.zeros_like(cs)
    if k > 1:
        out[k:] = cs[k:] - cs[1 : len(cs) - k + 1]
    return out


def window_confidences(
    window: BeadWindow,
    band: Band,
    types: Sequence[BeadType],
    scores: np.ndarray,
    *,
    temperature: float,
) -> list[float | None]:
    """The posterior of each target bead of ``window`` (None for a shape not in ``types``)."""
    out: list[float | None] = [None] * len(window.targets)
    slots, triples = window.triples(types)
    if triples:
        post = bead_posteriors(band, types, scores, triples, temperature=temperature)
        for slot, value in zip(slots, post, strict=True):
            out[slot] = round(float(value), 4)
    return out
