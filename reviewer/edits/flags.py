"""Flags (the editor's findings) and suspects (the QA checks' suggestions).

A flag's spans point at segments, so it follows its sentence through merges,
splits and shifts. Suspects live in the same table with status 'suspect'
until the editor accepts (it becomes an open flag) or dismisses them; a
dismissed suspect stays dismissed when QA runs again (same ``suspect_key``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from reviewer import messages as msg
from reviewer.qa.model import Category, Severity, Suspect
from reviewer.store import Changes, ProjectStore
from reviewer.store.journal import Action, now_iso
from reviewer.store.rows import BeadRow

from .beads import EditError

FLAG_STATUSES_SET_BY_EDITOR = ("open", "resolved", "dismissed")


@dataclass(frozen=True)
class SpanRef:
    """A span on one segment: character offsets into that segment's text."""

    segment_id: int
    start: int
    end: int


def _validated(category: str, severity: str) -> tuple[str, str]:
    try:
        checked = Category(category).value
    except ValueError:
        raise EditError(msg.INVALID_CATEGORY(value=repr(category))) from None
    try:
        return checked, Severity(severity).value
    except ValueError:
        raise EditError(msg.INVALID_SEVERITY(value=repr(severity))) from None


def _insert_spans(act: Action, store: ProjectStore, flag_id: int, spans: Iterable[SpanRef]) -> None:
    for ref in spans:
        segment = store.segment(ref.segment_id)
        if not (0 <= ref.start <= ref.end <= len(segment.text)):
            raise EditError(msg.SPAN_OUTSIDE())
        act.insert(
            "flag_spans",
            {
                "flag_id": flag_id,
                "segment_id": segment.id,
                "side": segment.side,
                "start": ref.start,
                "end": ref.end,
                "text": segment.text[ref.start : ref.end],
            },
        )


def add_flag(
    store: ProjectStore,
    spans: Sequence[SpanRef],
    category: str,
    severity: str,
    *,
    note: str = "",
    suggestion: str = "",
    author: str = "",
) -> Changes:
    """Flag a problem on one or more spans (either side or both)."""
    if not spans:
        raise EditError(msg.NO_SPAN())
    category, severity = _validated(category, severity)
    stamp = now_iso()
    with store.action("add_flag", f"flag {category} ({severity})") as act:
        flag_id = act.insert(
            "flags",
            {
                "kind": "flag",
                "status": "open",
                "category": category,
                "severity": severity,
                "note": note,
                "suggestion": suggestion,
                "author": author,
                "check_name": "",
                "suspect_key": "",
                "needs_attention": 0,
                "created": stamp,
                "updated": stamp,
            },
        )
        _insert_spans(act, store, flag_id, spans)
    return store.last_changes


def update_flag(
    store: ProjectStore,
    flag_id: int,
    *,
    category: str | None = None,
    severity: str | None = None,
    note: str | None = None,
    suggestion: str | None = None,
) -> Changes:
    (flag,) = store.flags([flag_id])
    cat, sev = _validated(category or flag.category, severity or flag.severity)
    with store.action("update_flag", f"edit flag {flag_id}") as act:
        act.update(
            "flags",
            flag_id,
            category=cat,
            severity=sev,
            note=flag.note if note is None else note,
            suggestion=flag.suggestion if suggestion is None else suggestion,
            needs_attention=0,
            updated=now_iso(),
        )
    return store.last_changes


def set_flag_status(store: ProjectStore, flag_ids: Sequence[int], status: str) -> Changes:
    """Resolve, reopen or dismiss flags; accepting a suspect makes it an open flag."""
    if status not in FLAG_STATUSES_SET_BY_EDITOR:
        raise EditError(msg.UNKNOWN_FLAG_STATUS(status=repr(status)))
    with store.action("flag_status", f"mark {len(flag_ids)} flag(s) {status}") as act:
        for flag_id in flag_ids:
            act.update("flags", flag_id, status=status, updated=now_iso())
    return store.last_changes


def accept_suspects(store: ProjectStore, flag_ids: Sequence[int]) -> Changes:
    with store.action("accept_suspect", f"accept {len(flag_ids)} suspect(s) as flags") as act:
        for flag_id in flag_ids:
            act.update("flags", flag_id, kind="flag", status="open", updated=now_iso())
    return store.last_changes


def dismiss_suspects(store: ProjectStore, flag_ids: Sequence[int]) -> Changes:
    return set_flag_status(store, flag_ids, "dismissed")


def _delete_flag_rows(act: Action, flag_id: int) -> None:
    for (span_id,) in act.conn.execute(
        "SELECT id FROM flag_spans WHERE flag_id = ?", (flag_id,)
    ).fetchall():
        act.delete("flag_spans", span_id)
    act.delete("flags", flag_id)


def delete_flag(store: ProjectStore, flag_id: int) -> Changes:
    with store.action("delete_flag", f"delete flag {flag_id}") as act:
        _delete_flag_rows(act, flag_id)
    return store.last_changes


def _segment_spans(bead: BeadRow, side: str, start: int, end: int) -> list[SpanRef]:
    """Map offsets in a side's joined text (segments joined by one space) to segments."""
    refs = []
    offset = 0
    for segment in bead.side(side):
        seg_start, seg_end = offset, offset + len(segment.text)
        lo, hi = max(start, seg_start), min(end, seg_end)
        if lo < hi or (start == end and seg_start <= start <= seg_end):
            refs.append(SpanRef(segment.id, lo - seg_start, hi - seg_start))
        offset = seg_end + 1
    return refs


def suspect_identity(bead: BeadRow, suspect: Suspect, occurrence: int = 0) -> str:
    """Stable across QA runs and bead ids: the pair's texts plus what the check said.

    ``occurrence`` tells apart copies of one pair (a heading or boilerplate
    repeated through the document): the k-th copy's suspect is its own, and
    dismissing it leaves the others be.  The first copy keeps the key it had
    before copies were counted, so decisions in older projects still hold.
    """
    raw = f"{bead.src_text}\x00{bead.tgt_text}\x00{suspect.key()}"
    if occurrence:
        raw += f"\x00{occurrence}"
    return hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


def _occurrences(store: ProjectStore, bead_ids: Collection[int]) -> dict[int, int]:
    """For each of ``bead_ids``: how many beads before it hold the very same texts.

    Reads bare segment texts, not BeadRows: it runs on the GUI thread when the
    app stores a QA run, over every bead of the project.
    """
    sides: dict[int, tuple[list[str], list[str]]] = {}
    for bead_id, side, text in store.conn.execute(
        "SELECT bead_id, side, text FROM segments ORDER BY ord"
    ):
        pair = sides.get(bead_id)
        if pair is None:
            pair = sides[bead_id] = ([], [])
        pair[side != "src"].append(text)
    counts: dict[tuple[str, str], int] = {}
    out: dict[int, int] = {}
    for (bead_id,) in store.conn.execute("SELECT id FROM beads ORDER BY ord"):
        src, tgt = sides.get(bead_id, ([], []))
        texts = (" ".join(src), " ".join(tgt))
        if bead_id in bead_ids:
            out[bead_id] = counts.get(texts, 0)
        counts[texts] = counts.get(texts, 0) + 1
    return out


def store_suspects(store: ProjectStore, suspects: Sequence[Suspect]) -> Changes:
    """Record new suspects from a QA run; keep existing ones and every decision.

    A suspect already in the project (same identity) is not added again, so a
    dismissed one stays dismissed. Undecided suspects that the new run no
    longer reports are removed (the text they were about has changed).
    """
    beads = {b.id: b for b in store.beads(sorted({s.bead_id for s in suspects}), flags=False)}
    known = {
        key: (flag_id, status)
        for flag_id, key, status in store.conn.execute(
            "SELECT id, suspect_key, status FROM flags WHERE suspect_key != ''"
        )
    }
    occurrence = _occurrences(store, beads.keys())
    stamp = now_iso()
    seen: set[str] = set()
    with store.action("qa", f"QA run: {len(suspects)} suspect(s)") as act:
        for suspect in suspects:
            bead = beads.get(suspect.bead_id)
            if bead is None:
                continue
            key = suspect_identity(bead, suspect, occurrence[bead.id])
            if key in seen or key in known:
                seen.add(key)
                continue
            seen.add(key)
            refs = [
                ref
                for span in suspect.spans
                for ref in _segment_spans(bead, span.side, span.start, span.end)
            ]
            if not refs:
                first = (bead.src or bead.tgt)[0]
                refs = [SpanRef(first.id, 0, 0)]
            flag_id = act.insert(
                "flags",
                {
                    "kind": "suspect",
                    "status": "suspect",
                    "category": Category(suspect.category).value,
                    "severity": Severity(suspect.severity).value,
                    "note": suspect.reason,
                    "suggestion": suspect.suggestion,
                    "author": "QA",
                    "check_name": suspect.check,
                    "suspect_key": key,
                    "needs_attention": 0,
                    "created": stamp,
                    "updated": stamp,
                },
            )
            _insert_spans(act, store, flag_id, refs)
        for key, (flag_id, status) in known.items():
            if status == "suspect" and key not in seen:
                _delete_flag_rows(act, flag_id)
    return store.last_changes
