"""One user action = one transaction, recorded with before/after images of every row.

All writes of an action go through :class:`Action`, which remembers each touched
row as it was before the first write and as it is at commit. The history table
keeps that journal: it is the audit trail, and undo/redo replay it exactly.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from reviewer.store.changes import Changes
from reviewer.store.schema import JOURNALED_TABLES

Row = dict[str, Any]


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _select(conn: sqlite3.Connection, table: str, row_id: int) -> Row | None:
    cols = JOURNALED_TABLES[table]
    quoted = ", ".join(f'"{c}"' for c in cols)
    found = conn.execute(f"SELECT {quoted} FROM {table} WHERE id = ?", (row_id,)).fetchone()
    return None if found is None else dict(zip(cols, found, strict=True))


def write_row(conn: sqlite3.Connection, table: str, row_id: int, row: Row | None) -> None:
    """Make the row with ``row_id`` equal ``row`` (None: absent)."""
    if row is None:
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        return
    cols = JOURNALED_TABLES[table]
    quoted = ", ".join(f'"{c}"' for c in cols)
    marks = ", ".join("?" for _ in cols)
    conn.execute(
        f"INSERT OR REPLACE INTO {table} ({quoted}) VALUES ({marks})",
        tuple(row[c] for c in cols),
    )


class Action:
    """The journaled writes of one user action; use via ``ProjectStore.action()``."""

    def __init__(self, conn: sqlite3.Connection, name: str, summary: str) -> None:
        self.conn = conn
        self.name = name
        self.summary = summary
        self._before: dict[str, dict[int, Row | None]] = {t: {} for t in JOURNALED_TABLES}
        self.structure = False

    def _touch(self, table: str, row_id: int) -> None:
        if row_id not in self._before[table]:
            self._before[table][row_id] = _select(self.conn, table, row_id)

    def insert(self, table: str, values: Mapping[str, Any]) -> int:
        cols = [c for c in values if c != "id"]
        quoted = ", ".join(f'"{c}"' for c in cols)
        marks = ", ".join("?" for _ in cols)
        cursor = self.conn.execute(
            f"INSERT INTO {table} ({quoted}) VALUES ({marks})", tuple(values[c] for c in cols)
        )
        row_id = int(cursor.lastrowid or 0)
        self._before[table].setdefault(row_id, None)
        if table == "beads":
            self.structure = True
        return row_id

    def update(self, table: str, row_id: int, **values: Any) -> None:
        self._touch(table, row_id)
        sets = ", ".join(f'"{c}" = ?' for c in values)
        self.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*values.values(), row_id))
        if table == "beads" and "ord" in values:
            self.structure = True

    def update_many(self, table: str, row_ids: Iterable[int], **values: Any) -> None:
        for row_id in row_ids:
            self.update(table, row_id, **values)

    def delete(self, table: str, row_id: int) -> None:
        self._touch(table, row_id)
        self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        if table == "beads":
            self.structure = True

    def finish(self) -> tuple[dict[str, dict[int, tuple[Row | None, Row | None]]], Changes]:
        """Read the after-images and build the journal and the change set."""
        journal: dict[str, dict[int, tuple[Row | None, Row | None]]] = {}
        for table, befores in self._before.items():
            entries = {}
            for row_id, before in befores.items():
                after = _select(self.conn, table, row_id)
                if before != after:
                    entries[row_id] = (before, after)
            if entries:
                journal[table] = entries
        return journal, changes_of(journal, self.structure)


def changes_of(
    journal: Mapping[str, Mapping[int, tuple[Row | None, Row | None]]], structure: bool = False
) -> Changes:
    """Which beads, segments and flags a journal touches (both images count)."""
    beads: set[int] = set()
    for row_id, (before, after) in journal.get("beads", {}).items():
        beads.add(row_id)
        if before is None or after is None:
            structure = True
    segments = set(journal.get("segments", {}))
    for before, after in journal.get("segments", {}).values():
        for image in (before, after):
            if image is not None:
                beads.add(int(image["bead_id"]))
    flags = set(journal.get("flags", {}))
    for before, after in journal.get("flag_spans", {}).values():
        for image in (before, after):
            if image is not None:
                flags.add(int(image["flag_id"]))
    return Changes(
        beads=frozenset(beads),
        segments=frozenset(segments),
        flags=frozenset(flags),
        structure=structure,
        glossary=bool(journal.get("glossary") or journal.get("glossary_terms")),
    )


def encode_journal(journal: Mapping[str, Mapping[int, tuple[Row | None, Row | None]]]) -> str:
    return json.dumps(
        {t: [[i, b, a] for i, (b, a) in rows.items()] for t, rows in journal.items()},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def decode_journal(text: str) -> dict[str, dict[int, tuple[Row | None, Row | None]]]:
    data = json.loads(text)
    return {t: {int(i): (b, a) for i, b, a in rows} for t, rows in data.items()}


def apply_images(
    conn: sqlite3.Connection,
    journal: Mapping[str, Mapping[int, tuple[Row | None, Row | None]]],
    *,
    use_before: bool,
) -> None:
    """Write every row's before-image (undo) or after-image (redo)."""
    for table, rows in journal.items():
        for row_id, (before, after) in rows.items():
            write_row(conn, table, row_id, before if use_before else after)
