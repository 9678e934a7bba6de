"""Where to look: a band for the fine DP from a coarse-to-fine search.

After Vecalign (Thompson & Koehn 2019): sentence vectors are averaged in
pairs level after level until the whole grid is small, a cheap DP finds the
path there, and each finer level searches only a band around the path of the
level above. Every level costs its length times the band width, and the
lengths halve, so the total is linear in the document. The coarse DP is the
first pass of Bertalign (Liu & Zhu 2022) in spirit: it looks for the 1:1
backbone (with 1:2 and 2:1 allowed so averaging misfits do not derail it).
"""

from __future__ import annotations

import numpy as np

from reviewer.align.dp import NEG, Band, BeadType, best_path

COARSE_TYPES: tuple[BeadType, ...] = ((0, 1), (1, 0), (1, 1), (1, 2), (2, 1))
FULL_CELLS = 250_000  # below this many DP states the band is the whole grid
MIN_HALVE = 32  # a side this short is not averaged down further


def _halve(x: np.ndarray) -> tuple[np.ndarray, int]:
    """Average neighbouring rows (Vecalign's coarse level); factor 1 if too short."""
    n = len(x)
    if n <= MIN_HALVE:
        return x, 1
    pairs = x[: n - n % 2].reshape(n // 2, 2, -1).sum(axis=1)
    if n % 2:
        pairs = np.vstack([pairs, x[-1:]])
    norms = np.linalg.norm(pairs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return pairs / norms, 2


def band_cos(xs: np.ndarray, ys: np.ndarray, band: Band, block: int = 32) -> np.ndarray:
    """cos(xs[i], ys[j]) for every band cell (i, j); NEG outside the band.

    ``xs`` and ``ys`` are indexed by DP state (row 0 is the empty prefix).
    Rows go in blocks: one product of the block against the union of its
    rows' target ranges, then the band cells are picked out. This avoids
    gathering a (rows, width, dim) copy of the target vectors. The product is
    numpy's einsum, not BLAS, on purpose: on a busy 2-core machine OpenBLAS's
    threaded path for these small products took 0.04-4.7 s per document
    where einsum took a steady 0.08-0.3 s (measured, 10k sentences).
    """
    jj, valid = band.cols()
    jj = np.minimum(jj, len(ys) - 1)
    out = np.full(jj.shape, NEG)
    n1 = len(xs)
    for r0 in range(0, n1, block):
        r1 = min(n1, r0 + block)
        c0 = int(band.lo[r0])
        c1 = int(min(len(ys), band.hi[r1 - 1]))
        if c1 <= c0:
            continue
        sims = np.einsum("rd,cd->rc", xs[r0:r1], ys[c0:c1])
        local = np.clip(jj[r0:r1] - c0, 0, c1 - c0 - 1)
        out[r0:r1] = np.take_along_axis(sims, local, axis=1)
    out[~valid] = NEG
    return out


def coarse_path_band(x: np.ndarray, y: np.ndarray, half_width: int) -> Band:
    """Band for the fine DP, from a cheap 1:1-ish DP on a coarser level.

    Recursion: the coarse level gets its own band the same way, until the grid
    is small enough to search whole. Each level costs its length times the band
    width, so the total stays linear (the halving makes it a geometric sum).
    """
    n, m = len(x), len(y)
    if (n + 1) * (m + 1) <= FULL_CELLS:
        return Band.full(n, m)
    xc, fx = _halve(x)
    yc, fy = _halve(y)
    band = coarse_path_band(xc, yc, half_width)
    path = _simple_path(xc, yc, band)
    # fine state of each coarse state on the path, then rows -> column bounds
    r = np.minimum(np.array([0] + [p[1] for p in path]) * fx, n)
    c = np.minimum(np.array([0] + [p[2] for p in path]) * fy, m)
    rows = np.arange(n + 1)
    first = np.searchsorted(r, rows, side="left")  # first path state at or after row
    last = np.searchsorted(r, rows, side="right") - 1  # last path state at or before row
    lo = c[np.maximum(first - 1, 0)] - half_width
    hi = c[np.minimum(last + 1, len(c) - 1)] + half_width + 1
    return Band.from_bounds(lo, hi, m)


def _simple_path(x: np.ndarray, y: np.ndarray, band: Band) -> list[tuple[int, int, int]]:
    """Best path with 1:1, 1:2, 2:1 and null beads scored by raw similarity."""
    n, m = len(x), len(y)
    xs = np.vstack([np.zeros((1, x.shape[1]), dtype=x.dtype), x])
    ys = np.vstack([np.zeros((1, y.shape[1]), dtype=y.dtype), y])
    cos11 = band_cos(xs, ys, band)
    # the similarity of unrelated sentences: the median of the band
    valid = cos11 > NEG / 2
    base = float(np.median(cos11[valid])) if valid.any() else 0.0
    jj, cells = band.cols()
    ii = np.arange(n + 1)[:, None]
    scores = np.full((len(COARSE_TYPES), n + 1, band.width), NEG)
    for t, (a, b) in enumerate(COARSE_TYPES):
        ok = cells & (ii >= a) & (jj >= b)
        if a == 0 or b == 0:
            scores[t][ok] = 0.0
            continue
        if a == 1 and b == 1:
            s = cos11
        elif a == 1:
            y2 = np.zeros_like(ys)
            y2[2:] = ys[2:] + ys[1:-1]
            y2 /= np.maximum(np.linalg.norm(y2, axis=1, keepdims=True), 1e-9)
            s = band_cos(xs, y2, band)
        else:
            x2 = np.zeros_like(xs)
            x2[2:] = xs[2:] + xs[1:-1]
            x2 /= np.maximum(np.linalg.norm(x2, axis=1, keepdims=True), 1e-9)
            s = band_cos(x2, ys, band)
        scores[t][ok] = ((a + b) / 2 * (s - base) - 0.05)[ok]
    del m
    return best_path(band, COARSE_TYPES, scores)
