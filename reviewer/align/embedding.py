"""The default aligner: multilingual sentence embeddings and a banded m:n DP.

What is borrowed, and from where (the code is ours):

* Vecalign (Thompson & Koehn 2019): vectors of concatenated sentence runs
  ("overlaps") score m:n beads; a coarse-to-fine search (vectors of averaged
  neighbouring sentences, a DP at the coarse level, a band around its path at
  the finer one, see ``coarse.py``) keeps the cost linear in document length;
  similarities are normalised per sentence so that "hub" sentences similar to
  everything do not attract beads (Vecalign divides by random-pair costs; we
  use Bertalign's margin instead, below).
* Bertalign (Liu & Zhu 2022): a first pass that only looks for the 1:1
  backbone, then an m:n DP restricted to a window around it; a margin score
  (similarity minus the mean of each side's nearest neighbours, after Artetxe &
  Schwenk 2019) and a length penalty.

What is ours, aimed at null beads (where both peers lose most points):

* every bead's score is weighted by the sentences it covers, (a+b)/2 times
  the margin similarity, and a 1:0 or 0:1 bead scores a constant. Because the
  margin is already relative to each sentence's neighbours, that constant is a
  per-sentence threshold: a caption or an omitted sentence is cheaper alone
  than glued to a neighbour, whose similarity it would dilute;
* overlap vectors start as normalised sums of sentence vectors (free, and
  they dilute an unrelated sentence as the real concatenation does), and the
  real concatenation is embedded only for the runs that compete with a null
  bead (its neighbours on its own side) or form a chosen m:n bead, then the DP
  runs again. Measured on the dev split: embedding more context (all runs
  around every irregular bead) created false merges and cost F1;
* paragraph hints are soft: a small bonus for passing through a state where
  both sides start a paragraph, a small penalty per break inside a bead;
* confidence is the bead's posterior probability under a forward-backward
  pass on the same band (a softened DP): ambiguous beads get low values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from reviewer.align.base import AlignInput, Bead, BeadWindow, split_at_anchors
from reviewer.align.coarse import band_cos, coarse_path_band
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
from reviewer.align.overlaps import EmbeddingMemo, SpanTable
from reviewer.embed import Embedder, VectorLookup, normalise_rows
from reviewer.progress import CancelToken, ProgressFn

BEAD_TYPES: tuple[BeadType, ...] = ((0, 1), (1, 0), (1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1))


@dataclass(frozen=True)
class EmbeddingParams:
    """Scoring weights, tuned on synthetic documents from the dev news split."""

    margin: float = 1.0  # weight of the neighbours' mean similarity (margin score)
    neighbours: int = 4  # nearest neighbours in that mean
    null: float = -0.05  # score of a 1:0 or 0:1 bead
    prior_12: float = 0.15  # penalty of a 1:2 / 2:1 bead
    prior_22: float = 0.30
    prior_13: float = 0.25
    length: float = 0.10  # weight of |log length ratio|
    length_smooth: float = 20.0  # characters added to both sides of that ratio
    para_cross: float = 0.05  # penalty per paragraph break inside a bead
    para_end: float = 0.05  # bonus when a bead ends where both sides' paragraphs end
    half_width: int = 8  # band half-width around the coarse path, in sentences
    temperature: float = 0.08  # of the posterior that becomes confidence
    exact_overlaps: bool = True  # embed real concatenations near non-1:1 beads
    exact_context: int = 1  # sentences around a null bead whose runs are embedded
    merge_context: int = 0  # sentences around an m:n bead whose runs are embedded


def _top_mean(values: np.ndarray, k: int) -> np.ndarray:
    """Mean of the k largest real entries per row (NEG entries ignored)."""
    if values.shape[1] == 0:
        return np.zeros(values.shape[0])
    k = max(1, min(k, values.shape[1]))
    top = -np.partition(-values, k - 1, axis=1)[:, :k]
    real = top > NEG / 2
    cnt = real.sum(axis=1)
    tot = np.where(real, top, 0.0).sum(axis=1)
    return np.where(cnt > 0, tot / np.maximum(cnt, 1), 0.0)


def _column_top_mean(values: np.ndarray, cols: np.ndarray, m: int, k: int) -> np.ndarray:
    """Mean of the k largest real entries per target column of a band table."""
    real = values > NEG / 2
    v = values[real]
    c = cols[real]
    order = np.lexsort((-v, c))
    v, c = v[order], c[order]
    starts = np.searchsorted(c, np.arange(m + 1))
    rank = np.arange(len(c)) - starts[c]
    keep = rank < k
    tot = np.bincount(c[keep], weights=v[keep], minlength=m + 1)
    cnt = np.bincount(c[keep], minlength=m + 1)
    return np.where(cnt > 0, tot / np.maximum(cnt, 1), 0.0)


@dataclass
class _Gap:
    """One stretch between anchors, with its vectors and paragraph hints."""

    src_start: int
    tgt_start: int
    src: SpanTable
    tgt: SpanTable
    src_breaks: np.ndarray  # state i (0..n) sits on a paragraph boundary
    tgt_breaks: np.ndarray
    band: Band | None = None
    path: list[tuple[int, int, int]] | None = None


def _breaks(paragraphs: Sequence[int] | None, start: int, count: int) -> np.ndarray:
    """Which states 0..count of a gap sit on a paragraph boundary (ends count)."""
    out = np.zeros(count + 1, dtype=bool)
    out[0] = out[-1] = True
    if paragraphs is None:
        return out
    p = np.asarray(paragraphs[start : start + count])
    out[1:count] = p[1:] != p[:-1]
    return out


class EmbeddingAligner:
    """Sentence-embedding aligner; see the module docstring for the method."""

    name = "embedding"

    def __init__(self, embedder: Embedder, params: EmbeddingParams | None = None) -> None:
        self.embedder = embedder
        self.params = params or EmbeddingParams()

    def align(
        self,
        data: AlignInput,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
    ) -> list[Bead]:
        p = self.params
        parts = split_at_anchors(data)
        memo = EmbeddingMemo(self.embedder, progress, cancel)
        ranges = [part for part in parts if isinstance(part, tuple)]
        src_texts = [data.src[k] for r, _ in ranges for k in r]
        tgt_texts = [data.tgt[k] for _, r in ranges for k in r]
        src_vecs = memo.encode(src_texts)
        tgt_vecs = memo.encode(tgt_texts)
        src_chars = sum(len(t) for t in data.src)
        tgt_chars = sum(len(t) for t in data.tgt)
        ratio = (tgt_chars + 1.0) / (src_chars + 1.0)

        gaps: list[_Gap] = []
        s_off = t_off = 0
        for rs, rt in ranges:
            n, m = len(rs), len(rt)
            src_tab = SpanTable([data.src[k] for k in rs], src_vecs[s_off : s_off + n], 3)
            tgt_tab = SpanTable([data.tgt[k] for k in rt], tgt_vecs[t_off : t_off + m], 3)
            s_off, t_off = s_off + n, t_off + m
            gaps.append(
                _Gap(
                    rs.start,
                    rt.start,
                    src_tab,
                    tgt_tab,
                    _breaks(data.src_paragraphs, rs.start, n),
                    _breaks(data.tgt_paragraphs, rt.start, m),
                )
            )

        total_rows = max(1, sum(len(g.src.texts) for g in gaps))
        done = 0
        for gap in gaps:
            n, m = len(gap.src.texts), len(gap.tgt.texts)
            if n and m:
                gap.band = coarse_path_band(gap.src.get(1)[1:], gap.tgt.get(1)[1:], p.half_width)
                scores = _fine_scores(gap, gap.band, ratio, p)
                gap.path = best_path(gap.band, BEAD_TYPES, scores, cancel, progress)
            done += n
            if progress is not None:
                progress(done, total_rows, "aligning")

        if p.exact_overlaps:
            self._embed_runs_near_irregular_beads(gaps, memo)

        beads_by_gap: list[list[Bead]] = []
        for gap in gaps:
            beads_by_gap.append(self._final_beads(gap, ratio, cancel))

        out: list[Bead] = []
        it = iter(beads_by_gap)
        for part in parts:
            if isinstance(part, Bead):
                out.append(part)
            else:
                out.extend(next(it))
        return out

    def _embed_runs_near_irregular_beads(self, gaps: list[_Gap], memo: EmbeddingMemo) -> None:
        """Embed the real concatenations that compete with the first path's odd beads.

        For a null bead, its own side's runs that include it (the merge it could
        have joined); for an m:n bead, its own runs (``merge_context`` widens
        that). One embedder call for all gaps, so batching stays efficient.
        """
        ctx = self.params.exact_context
        wanted: list[tuple[SpanTable, list[tuple[int, int]]]] = []
        for gap in gaps:
            if gap.path is None:
                continue
            src_regions: list[tuple[int, int]] = []
            tgt_regions: list[tuple[int, int]] = []
            for t, i, j in gap.path:
                a, b = BEAD_TYPES[t]
                if a == 1 and b == 1:
                    continue
                if a == 0 or b == 0:
                    # the rival of a null bead is a neighbour's merge on its own side
                    if a:
                        src_regions.append((i - a - ctx, i + ctx))
                    else:
                        tgt_regions.append((j - b - ctx, j + ctx))
                    continue
                src_regions.append(
                    (i - a - self.params.merge_context, i + self.params.merge_context)
                )
                tgt_regions.append(
                    (j - b - self.params.merge_context, j + self.params.merge_context)
                )
            for tab, regions in ((gap.src, src_regions), (gap.tgt, tgt_regions)):
                runs = tab.runs_near(regions)
                if runs:
                    wanted.append((tab, runs))
        texts = [tab.run_text(end, k) for tab, runs in wanted for end, k in runs]
        if not texts:
            return
        vecs = memo.encode(texts)
        off = 0
        for tab, runs in wanted:
            tab.set_exact(runs, vecs[off : off + len(runs)])
            off += len(runs)

    def _final_beads(self, gap: _Gap, ratio: float, cancel: CancelToken | None) -> list[Bead]:
        n, m = len(gap.src.texts), len(gap.tgt.texts)
        s0, t0 = gap.src_start, gap.tgt_start
        if not n or not m:
            # one side only: every sentence has no counterpart, beyond doubt
            return [Bead((s0 + k,), (), 1.0) for k in range(n)] + [
                Bead((), (t0 + k,), 1.0) for k in range(m)
            ]
        assert gap.band is not None
        scores = _fine_scores(gap, gap.band, ratio, self.params)
        path = best_path(gap.band, BEAD_TYPES, scores, cancel)
        post = bead_posteriors(
            gap.band, BEAD_TYPES, scores, path, temperature=self.params.temperature, cancel=cancel
        )
        beads = []
        for (t, i, j), conf in zip(path, post, strict=True):
            a, b = BEAD_TYPES[t]
            beads.append(
                Bead(
                    tuple(range(s0 + i - a, s0 + i)),
                    tuple(range(t0 + j - b, t0 + j)),
                    round(float(conf), 4),
                )
            )
        return beads


def _fine_scores(
    gap: _Gap,
    band: Band,
    ratio: float,
    p: EmbeddingParams,
    background: tuple[np.ndarray, np.ndarray] | None = None,
) -> np.ndarray:
    """Score of every bead type at every band cell (see EmbeddingParams).

    ``background`` is each sentence's neighbour mean (the margin's subtrahend)
    per state, source then target; by default it comes from the band itself.
    """
    n, m = len(gap.src.texts), len(gap.tgt.texts)
    jj, cells = band.cols()
    ii = np.arange(n + 1)[:, None]
    scores = np.full((len(BEAD_TYPES), n + 1, band.width), NEG)
    corner = gap.src_breaks[:, None] & gap.tgt_breaks[np.minimum(jj, m)]
    bonus = np.where(corner, p.para_end, 0.0)

    cos11 = band_cos(gap.src.get(1), gap.tgt.get(1), band)
    if background is None:
        real11 = np.where(cells & (ii >= 1) & (jj >= 1), cos11, NEG)
        bg_src = _top_mean(real11, p.neighbours)  # per state i: sentence i-1
        bg_tgt = _column_top_mean(real11, jj, m, p.neighbours)  # per state j: sentence j-1
    else:
        bg_src, bg_tgt = background
    src_len = gap.src.chars[1:] - gap.src.chars[:-1]
    tgt_len = gap.tgt.chars[1:] - gap.tgt.chars[:-1]
    src_br = np.concatenate(([0.0], gap.src_breaks[1:n].astype(np.float64)))
    tgt_br = np.concatenate(([0.0], gap.tgt_breaks[1:m].astype(np.float64)))
    jc = np.minimum(jj, m)
    for t, (a, b) in enumerate(BEAD_TYPES):
        ok = cells & (ii >= a) & (jj >= b)
        if a == 0 or b == 0:
            scores[t][ok] = (p.null + bonus)[ok]
            continue
        cos = cos11 if (a, b) == (1, 1) else band_cos(gap.src.get(a), gap.tgt.get(b), band)
        bg_x = (run_sums(bg_src[1:], a) / a)[:, None]
        bg_y = (run_sums(bg_tgt[1:], b) / b)[jc]
        lx = run_sums(src_len, a)[:, None]
        ly = run_sums(tgt_len, b)[jc]
        c = p.length_smooth
        length = np.abs(np.log((ly + c) / (ratio * lx + c)))
        s = (a + b) / 2 * (cos - p.margin * (bg_x + bg_y) / 2) - p.length * length + bonus
        s -= p.para_cross * (run_crossings(src_br, a)[:, None] + run_crossings(tgt_br, b)[jc])
        s -= _prior(a, b, p)
        scores[t][ok] = s[ok]
    return scores


def _prior(a: int, b: int, p: EmbeddingParams) -> float:
    """Penalty of a bead shape: larger beads are rarer and must earn their place."""
    shape = (min(a, b), max(a, b))
    return {(1, 1): 0.0, (1, 2): p.prior_12, (2, 2): p.prior_22, (1, 3): p.prior_13}[shape]


def bead_confidence(
    window: BeadWindow,
    vectors: VectorLookup,
    *,
    ratio: float,
    margin: tuple[Sequence[str], Sequence[str]] | None = None,
    params: EmbeddingParams | None = None,
) -> list[float | None]:
    """The confidence ``align`` gives each target bead of the window (see BeadWindow).

    The same bead scores and posterior as ``align``: every sentence vector is
    needed (``vectors`` raises MissingVectors when one is not known); a run of
    sentences uses its real concatenation's vector where known, else the sum of
    its sentences (as ``align`` does away from irregular beads). ``ratio`` is
    the document's character ratio; ``margin`` the (source, target) sentences
    each sentence's nearest neighbours come from: ``align`` takes them from its
    band, which is the whole document when it is short. None: the window's own.
    """
    p = params or EmbeddingParams()
    data = window.data
    n, m = len(data.src), len(data.tgt)
    if not n or not m:
        return window.one_sided()
    found = vectors.vectors([*data.src, *data.tgt], required=True)
    tables = []
    for texts in (data.src, data.tgt):
        table = SpanTable(texts, normalise_rows(np.stack([found[t] for t in texts])), 3)
        runs = table.runs_near([(0, len(texts))])
        run_texts = [table.run_text(end, k) for end, k in runs]
        known = vectors.vectors(run_texts, required=False)
        hits = [(run, known[t]) for run, t in zip(runs, run_texts, strict=True) if t in known]
        if hits:
            table.set_exact([r for r, _ in hits], normalise_rows(np.stack([v for _, v in hits])))
        tables.append(table)
    gap = _Gap(
        0,
        0,
        tables[0],
        tables[1],
        _breaks(data.src_paragraphs, 0, n),
        _breaks(data.tgt_paragraphs, 0, m),
    )
    band = Band.full(n, m)
    background = None if margin is None else _margin_background(gap, margin, vectors, p)
    scores = _fine_scores(gap, band, ratio, p, background)
    return window_confidences(window, band, BEAD_TYPES, scores, temperature=p.temperature)


def _margin_background(
    gap: _Gap,
    margin: tuple[Sequence[str], Sequence[str]],
    vectors: VectorLookup,
    p: EmbeddingParams,
) -> tuple[np.ndarray, np.ndarray] | None:
    """Each window sentence's mean similarity to its nearest other-side neighbours."""
    m_src, m_tgt = margin
    found = vectors.vectors([*m_src, *m_tgt], required=False)
    ctx_src = [found[t] for t in m_src if t in found]
    ctx_tgt = [found[t] for t in m_tgt if t in found]
    if not ctx_src or not ctx_tgt:
        return None
    k = p.neighbours
    out = []
    for own, other in ((gap.src.get(1)[1:], ctx_tgt), (gap.tgt.get(1)[1:], ctx_src)):
        sims = np.einsum("rd,cd->rc", own, normalise_rows(np.stack(other)))
        out.append(np.concatenate(([0.0], _top_mean(sims.astype(np.float64), k))))
    return out[0], out[1]
