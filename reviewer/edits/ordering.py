"""Sort keys for beads and segments that allow inserting between two rows.

Positions are REAL numbers: a new row between ``a`` and ``b`` gets their mean,
so an insert touches one row instead of renumbering the document. When the gap
becomes too small to halve, the whole side is renumbered (journaled like any
write, and rare: it needs about 50 splits at the same place).
"""

from __future__ import annotations

from reviewer.store.journal import Action

MIN_GAP = 1e-9


def neighbour_ord(
    act: Action, table: str, ord_: float, *, after: bool, side: str = ""
) -> float | None:
    side_clause = " AND side = ?" if side else ""
    params: tuple[object, ...] = (ord_, side) if side else (ord_,)
    op, direction = (">", "ASC") if after else ("<", "DESC")
    row = act.conn.execute(
        f"SELECT ord FROM {table} WHERE ord {op} ?{side_clause} ORDER BY ord {direction} LIMIT 1",
        params,
    ).fetchone()
    return None if row is None else float(row[0])


def ord_after(act: Action, table: str, ord_: float, side: str = "") -> float:
    """A position just after ``ord_`` and before the next row (renumbering if needed)."""
    nxt = neighbour_ord(act, table, ord_, after=True, side=side)
    if nxt is None:
        return ord_ + 1.0
    if nxt - ord_ > MIN_GAP:
        return (ord_ + nxt) / 2
    mapping = renumber(act, table, side)
    return ord_after(act, table, mapping[ord_], side)


def ord_before(act: Action, table: str, ord_: float, side: str = "") -> float:
    prev = neighbour_ord(act, table, ord_, after=False, side=side)
    if prev is None:
        return ord_ - 1.0
    return ord_after(act, table, prev, side)


def renumber(act: Action, table: str, side: str = "") -> dict[float, float]:
    side_clause = " WHERE side = ?" if side else ""
    params: tuple[object, ...] = (side,) if side else ()
    rows = act.conn.execute(
        f"SELECT id, ord FROM {table}{side_clause} ORDER BY ord", params
    ).fetchall()
    mapping: dict[float, float] = {}
    for index, (row_id, old) in enumerate(rows):
        mapping[float(old)] = float(index)
        act.update(table, row_id, ord=float(index))
    return mapping
