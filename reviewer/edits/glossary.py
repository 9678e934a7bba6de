"""The project's term base: imported once into the project file, used by every QA run.

Importing replaces the whole term base in one journaled action, so it is in
the history and can be undone like any edit. A file is read (and validated by
:mod:`reviewer.qa.glossary`) before anything is written: a bad glossary
changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from reviewer import messages as msg
from reviewer.errors import InputFileError
from reviewer.qa.glossary import Glossary, Term, load_glossary
from reviewer.store import Changes, ProjectStore
from reviewer.store.journal import now_iso
from reviewer.store.schema import has_table


@dataclass(frozen=True)
class GlossaryFile:
    """A term base read from a file, with what identifies the file."""

    glossary: Glossary
    file_name: str
    sha256: str


@dataclass(frozen=True)
class GlossaryInfo:
    """What the project holds: the imported file's name and hash, and the term count."""

    file_name: str
    sha256: str
    imported: str
    terms: int


def read_glossary_file(path: str | Path) -> GlossaryFile:
    """Parse a CSV/TSV/TBX term base; raises InputFileError naming the file."""
    path = Path(path)
    glossary = load_glossary(path)
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as e:  # removed between parsing and hashing
        raise InputFileError(msg.GLOSSARY_UNREADABLE(problem=str(e.strerror or e)), path) from e
    return GlossaryFile(glossary, path.name, digest)


def glossary_info(store: ProjectStore) -> GlossaryInfo | None:
    """None when no term base was imported (or the file predates glossaries)."""
    if not has_table(store.conn, "glossary"):
        return None
    row = store.conn.execute(
        "SELECT file_name, sha256, imported FROM glossary ORDER BY id LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    count = store.conn.execute("SELECT count(*) FROM glossary_terms").fetchone()[0]
    return GlossaryInfo(row[0], row[1], row[2], int(count))


def stored_glossary(store: ProjectStore) -> Glossary | None:
    """The imported term base, terms in file order; None when there is none."""
    info = glossary_info(store)
    if info is None:
        return None
    terms = tuple(
        Term(source, tuple(json.loads(approved)), tuple(json.loads(forbidden)), note)
        for source, approved, forbidden, note in store.conn.execute(
            "SELECT source, approved, forbidden, note FROM glossary_terms ORDER BY id"
        )
    )
    return Glossary(terms, name=Path(info.file_name).stem)


def import_glossary(store: ProjectStore, source: GlossaryFile) -> Changes:
    """Replace the project's term base with ``source``; the same file again is a no-op."""
    current = glossary_info(store)
    if current is not None and (current.file_name, current.sha256) == (
        source.file_name,
        source.sha256,
    ):
        return Changes()
    count = len(source.glossary)
    summary = f"import glossary {source.file_name} ({count} term(s))"
    with store.action("import_glossary", summary) as act:
        for table in ("glossary_terms", "glossary"):
            for (row_id,) in act.conn.execute(f"SELECT id FROM {table}").fetchall():
                act.delete(table, row_id)
        act.insert(
            "glossary",
            {"file_name": source.file_name, "sha256": source.sha256, "imported": now_iso()},
        )
        for term in source.glossary:
            act.insert(
                "glossary_terms",
                {
                    "source": term.source,
                    "approved": json.dumps(list(term.approved), ensure_ascii=False),
                    "forbidden": json.dumps(list(term.forbidden), ensure_ascii=False),
                    "note": term.note,
                },
            )
    return store.last_changes
