"""Embeddings of sentence runs ("overlaps"), fetched only where they matter.

Vecalign (Thompson & Koehn 2019) scores an m:n bead with the embedding of the
concatenated sentences, which costs one full encoder pass per extra overlap
size. Here a run's vector starts as the normalised sum of its sentences'
vectors (free, and about 0.92 cosine to the real one for this model), and the
aligner asks the embedder for the real concatenation only for the runs near
beads where the first alignment was not a clean 1:1. The texts asked for are
exactly the concatenations, so a caching embedder can serve them next time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from reviewer.embed import Embedder, normalise_rows
from reviewer.progress import CancelToken, ProgressFn

CHUNK = 256  # texts per embedder call: the unit of progress and cancellation


class EmbeddingMemo:
    """Every vector one alignment run needed, keyed by text, each asked for once.

    Requests go to the embedder in chunks so the caller can cancel between
    them and see progress, whatever the embedder (model or cache) is.
    """

    def __init__(
        self,
        embedder: Embedder,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        self.embedder = embedder
        self.progress = progress
        self.cancel = cancel
        self.vectors: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self.vectors))
        for start in range(0, len(missing), CHUNK):
            if self.cancel is not None:
                self.cancel.check()
            batch = missing[start : start + CHUNK]
            vecs = normalise_rows(np.asarray(self.embedder.encode(batch), dtype=np.float32))
            if vecs.shape[0] != len(batch):
                raise ValueError(
                    f"embedder returned {vecs.shape[0]} vectors for {len(batch)} texts"
                )
            for text, vec in zip(batch, vecs, strict=True):
                self.vectors[text] = vec
            if self.progress is not None:
                self.progress(start + len(batch), len(missing), "embedding")
        if self.cancel is not None:
            self.cancel.check()
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([self.vectors[t] for t in texts])


def join_texts(texts: Iterable[str]) -> str:
    """How a run of sentences is concatenated before it is embedded."""
    return " ".join(t.strip() for t in texts)


class SpanTable:
    """Vectors of runs of 1..max_len consecutive sentences of one side.

    ``get(k)[i]`` is the vector of the run of k sentences ending before
    sentence i (so rows i < k are meaningless zeros), matching the DP's state
    indexing. Rows start approximate and become exact through :meth:`set_exact`.
    """

    def __init__(self, texts: Sequence[str], singles: np.ndarray, max_len: int) -> None:
        self.texts = texts
        self.max_len = max_len
        n = len(texts)
        d = singles.shape[1] if singles.ndim == 2 and singles.shape[1] else 1
        self.tables: dict[int, np.ndarray] = {}
        self.exact: set[tuple[int, int]] = set()
        padded = np.zeros((n + 1, d), dtype=np.float32)
        if n:
            padded[1:] = singles
        self.tables[1] = padded
        csum = np.cumsum(padded, axis=0)
        for k in range(2, max_len + 1):
            t = np.zeros((n + 1, d), dtype=np.float32)
            if n >= k:
                t[k:] = normalise_rows(csum[k:] - csum[:-k])
            self.tables[k] = t
        lengths = np.array([len(s) for s in texts], dtype=np.float64)
        self.chars = np.concatenate(([0.0], np.cumsum(lengths)))

    def get(self, k: int) -> np.ndarray:
        return self.tables[k]

    def run_chars(self, k: int) -> np.ndarray:
        """Characters in the run of k ending before i, for i in 0..n (0 where i < k)."""
        out = np.zeros_like(self.chars)
        out[k:] = self.chars[k:] - self.chars[:-k]
        return out

    def runs_near(self, regions: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """(end, k) of every multi-sentence run inside the given [start, stop) regions,
        not yet exact."""
        wanted: set[tuple[int, int]] = set()
        n = len(self.texts)
        for start, stop in regions:
            s0, s1 = max(0, start), min(n, stop)
            for k in range(2, self.max_len + 1):
                for end in range(s0 + k, s1 + 1):
                    if (end, k) not in self.exact:
                        wanted.add((end, k))
        return sorted(wanted)

    def run_text(self, end: int, k: int) -> str:
        return join_texts(self.texts[end - k : end])

    def set_exact(self, runs: Sequence[tuple[int, int]], vectors: np.ndarray) -> None:
        for (end, k), vec in zip(runs, vectors, strict=True):
            self.tables[k][end] = vec
            self.exact.add((end, k))
