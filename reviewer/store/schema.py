"""Schema of the project file, its version, and the migrations between versions.

The version lives in ``PRAGMA user_version``; ``PRAGMA application_id`` marks a
file as ours, so a foreign SQLite database is refused rather than altered.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x52565752  # "RVWR"
SCHEMA_VERSION = 2

BEAD_STATUSES = ("proposed", "approved", "rejected")
FLAG_STATUSES = ("open", "resolved", "dismissed", "suspect")

SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    side TEXT NOT NULL CHECK (side IN ('src', 'tgt')),
    path TEXT,
    lang TEXT NOT NULL,
    encoding TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    text TEXT NOT NULL,
    paragraphs TEXT NOT NULL
);
CREATE TABLE beads (
    id INTEGER PRIMARY KEY,
    ord REAL NOT NULL,
    status TEXT NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'approved', 'rejected')),
    score REAL,
    pinned INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX beads_by_ord ON beads (ord);
CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    side TEXT NOT NULL CHECK (side IN ('src', 'tgt')),
    ord REAL NOT NULL,
    paragraph INTEGER NOT NULL,
    text TEXT NOT NULL,
    bead_id INTEGER NOT NULL
);
CREATE INDEX segments_by_bead ON segments (bead_id, side, ord);
CREATE INDEX segments_by_side ON segments (side, ord);
CREATE TABLE flags (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('flag', 'suspect')),
    status TEXT NOT NULL CHECK (status IN ('open', 'resolved', 'dismissed', 'suspect')),
    category TEXT NOT NULL,
    severity TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    suggestion TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    check_name TEXT NOT NULL DEFAULT '',
    suspect_key TEXT NOT NULL DEFAULT '',
    needs_attention INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX flags_by_key ON flags (suspect_key);
CREATE TABLE flag_spans (
    id INTEGER PRIMARY KEY,
    flag_id INTEGER NOT NULL,
    segment_id INTEGER NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('src', 'tgt')),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX flag_spans_by_flag ON flag_spans (flag_id);
CREATE INDEX flag_spans_by_segment ON flag_spans (segment_id);
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    action TEXT NOT NULL,
    summary TEXT NOT NULL,
    journal TEXT NOT NULL,
    undoable INTEGER NOT NULL DEFAULT 1,
    undone INTEGER NOT NULL DEFAULT 0,
    refers_to INTEGER
);
CREATE TABLE embeddings (key TEXT PRIMARY KEY, dim INTEGER NOT NULL, vector BLOB NOT NULL);
CREATE TABLE ui_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# Version 2: the term base lives in the project, so every QA run (CLI or app)
# uses the glossary imported last. ``glossary`` has at most one row: the file
# it came from. Targets are JSON lists of strings.
SCHEMA_V2 = """
CREATE TABLE glossary (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    imported TEXT NOT NULL
);
CREATE TABLE glossary_terms (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    approved TEXT NOT NULL DEFAULT '[]',
    forbidden TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT ''
);
"""

# Tables whose rows the undo journal restores, with their columns in order.
JOURNALED_TABLES: dict[str, tuple[str, ...]] = {
    "beads": ("id", "ord", "status", "score", "pinned", "note"),
    "segments": ("id", "side", "ord", "paragraph", "text", "bead_id"),
    "flags": (
        "id",
        "kind",
        "status",
        "category",
        "severity",
        "note",
        "suggestion",
        "author",
        "check_name",
        "suspect_key",
        "needs_attention",
        "created",
        "updated",
    ),
    "flag_spans": ("id", "flag_id", "segment_id", "side", "start", "end", "text"),
    "glossary": ("id", "file_name", "sha256", "imported"),
    "glossary_terms": ("id", "source", "approved", "forbidden", "note"),
}


def _execute_script(conn: sqlite3.Connection, script: str) -> None:
    """Statement by statement: ``executescript`` would commit the caller's transaction."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def create_schema(conn: sqlite3.Connection) -> None:
    """Create the newest schema in an empty database (inside the caller's transaction).

    Version 1 plus every migration step, so a new file and a migrated one are alike.
    """
    _execute_script(conn, SCHEMA_V1)
    for version in range(1, SCHEMA_VERSION):
        MIGRATIONS[version](conn)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _add_glossary(conn: sqlite3.Connection) -> None:
    _execute_script(conn, SCHEMA_V2)


# Migration from version N to N+1, keyed by N. An older file is migrated when
# it is opened for writing; opened read-only it is read as it is.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _add_glossary}


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    """False for a table added by a migration the (read-only) file has not had."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Bring an older file up to SCHEMA_VERSION, one step per transaction."""
    version = from_version
    while version < SCHEMA_VERSION:
        step = MIGRATIONS[version]
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version += 1
