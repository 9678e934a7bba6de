"""Check that a project's rows are exactly what its history says.

Every action writes its rows and its history entry in one transaction, so
replaying the history from the imported state must reproduce the current rows.
A difference means an action was half-applied or a write escaped the journal.
The crash harness uses this after every kill.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from reviewer.store.journal import decode_journal
from reviewer.store.schema import JOURNALED_TABLES

Snapshot = dict[str, dict[int, dict[str, Any]]]


def snapshot_rows(conn: sqlite3.Connection) -> Snapshot:
    result: Snapshot = {}
    for table, cols in JOURNALED_TABLES.items():
        quoted = ", ".join(f'"{c}"' for c in cols)
        result[table] = {
            row[0]: dict(zip(cols, row, strict=True))
            for row in conn.execute(f"SELECT {quoted} FROM {table}")
        }
    return result


def replay_history(conn: sqlite3.Connection, start: Snapshot) -> Snapshot:
    """The rows that ``start`` becomes when every history entry is applied in order."""
    state = {t: dict(rows) for t, rows in start.items()}
    journals: dict[int, dict[str, dict[int, tuple[Any, Any]]]] = {}
    for hid, action, journal_text, refers_to in conn.execute(
        "SELECT id, action, journal, refers_to FROM history ORDER BY id"
    ):
        if action in ("undo", "redo"):
            journal = journals[refers_to]
            use_before = action == "undo"
        else:
            journal = decode_journal(journal_text)
            journals[hid] = journal
            use_before = False
        for table, rows in journal.items():
            for row_id, (before, after) in rows.items():
                image = before if use_before else after
                if image is None:
                    state[table].pop(row_id, None)
                else:
                    state[table][row_id] = image
    return state


def differences(expected: Snapshot, actual: Snapshot, limit: int = 5) -> list[str]:
    found = []
    for table in JOURNALED_TABLES:
        exp, act = expected.get(table, {}), actual.get(table, {})
        for row_id in sorted(set(exp) | set(act)):
            if exp.get(row_id) != act.get(row_id):
                found.append(
                    f"{table} {row_id}: history says {exp.get(row_id)}, file has {act.get(row_id)}"
                )
                if len(found) >= limit:
                    return found
    return found


def structure_problems(conn: sqlite3.Connection) -> list[str]:
    """Alignment invariants: every sentence in exactly one bead, beads in order, no empty bead."""
    problems = []
    orphan = conn.execute(
        "SELECT count(*) FROM segments WHERE bead_id NOT IN (SELECT id FROM beads)"
    ).fetchone()[0]
    if orphan:
        problems.append(f"{orphan} sentence(s) in no bead")
    empty = conn.execute(
        "SELECT count(*) FROM beads WHERE id NOT IN (SELECT bead_id FROM segments)"
    ).fetchone()[0]
    if empty:
        problems.append(f"{empty} empty bead(s)")
    dangling = conn.execute(
        "SELECT count(*) FROM flag_spans WHERE segment_id NOT IN (SELECT id FROM segments)"
        " OR flag_id NOT IN (SELECT id FROM flags)"
    ).fetchone()[0]
    if dangling:
        problems.append(f"{dangling} flag span(s) pointing at nothing")
    for side in ("src", "tgt"):
        order = [
            r[0]
            for r in conn.execute(
                "SELECT s.id FROM segments s JOIN beads b ON b.id = s.bead_id"
                " WHERE s.side = ? ORDER BY b.ord, s.ord",
                (side,),
            )
        ]
        by_ord = [
            r[0]
            for r in conn.execute("SELECT id FROM segments WHERE side = ? ORDER BY ord", (side,))
        ]
        if order != by_ord:
            problems.append(f"{side} sentences out of order across beads")
    return problems
