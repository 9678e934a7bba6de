"""The first write of a project: documents, segments and beads in one transaction."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Protocol

from reviewer.align.base import Bead
from reviewer.store.project import ProjectStore


class DocumentLike(Protocol):
    @property
    def path(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def encoding(self) -> str: ...
    @property
    def lang(self) -> str: ...
    @property
    def paragraphs(self) -> tuple[str, ...]: ...
    @property
    def sha256(self) -> str: ...


class SegmentLike(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def paragraph(self) -> int: ...


def write_initial(
    store: ProjectStore,
    documents: tuple[DocumentLike, DocumentLike],
    segments: tuple[Sequence[SegmentLike], Sequence[SegmentLike]],
    beads: Sequence[Bead],
    meta: dict[str, str],
) -> None:
    """Bulk-write the imported project as one action (not undoable: it is the start)."""
    with store.action("import", "create project", undoable=False) as act:
        conn = act.conn
        for side, doc in zip(("src", "tgt"), documents, strict=True):
            conn.execute(
                "INSERT INTO documents (side, path, lang, encoding, sha256, text, paragraphs)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    side,
                    doc.path,
                    doc.lang,
                    doc.encoding,
                    doc.sha256,
                    doc.text,
                    json.dumps(list(doc.paragraphs), ensure_ascii=False),
                ),
            )
        conn.executemany(
            "INSERT INTO beads (id, ord, status, score, pinned, note)"
            " VALUES (?, ?, 'proposed', ?, 0, '')",
            [(k + 1, float(k), float(b.score)) for k, b in enumerate(beads)],
        )
        rows = []
        for k, bead in enumerate(beads):
            for side, indices, segs in (
                ("src", bead.src, segments[0]),
                ("tgt", bead.tgt, segments[1]),
            ):
                for i in indices:
                    rows.append((side, float(i), segs[i].paragraph, segs[i].text, k + 1))
        conn.executemany(
            "INSERT INTO segments (side, ord, paragraph, text, bead_id) VALUES (?, ?, ?, ?, ?)",
            rows,
        )
        conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", list(meta.items()))
