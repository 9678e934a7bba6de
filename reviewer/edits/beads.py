"""Bead-level edits: status, pin, merge, split, shift a sentence, detach a sentence."""

from __future__ import annotations

from collections.abc import Sequence

from reviewer import messages as msg
from reviewer.embed import Embedder
from reviewer.errors import ReviewerError
from reviewer.store import Changes, ProjectStore
from reviewer.store.journal import Action
from reviewer.store.rows import BeadRow
from reviewer.store.schema import BEAD_STATUSES

from .ordering import ord_after, ord_before
from .rescore import rescore_beads


class EditError(ReviewerError):
    """An edit that makes no sense here (no neighbour, nothing to split...)."""


def set_status(store: ProjectStore, bead_ids: Sequence[int], status: str) -> Changes:
    if status not in BEAD_STATUSES:
        raise EditError(msg.UNKNOWN_STATUS(status=repr(status)))
    with store.action("set_status", f"mark {len(bead_ids)} bead(s) {status}") as act:
        for bead_id in bead_ids:
            act.update("beads", bead_id, status=status)
    return store.last_changes


def approve_min_score(store: ProjectStore, min_score: float) -> Changes:
    """Approve every proposed pair whose confidence is at least ``min_score``.

    A bead with one side empty (a caption with no source, a dropped sentence) is
    no pair, however sure the aligner is of that: the editor decides it by hand.
    """
    ids = [
        r[0]
        for r in store.conn.execute(
            "SELECT id FROM beads b WHERE status = 'proposed' AND score >= ?"
            " AND EXISTS (SELECT 1 FROM segments WHERE bead_id = b.id AND side = 'src')"
            " AND EXISTS (SELECT 1 FROM segments WHERE bead_id = b.id AND side = 'tgt')",
            (min_score,),
        )
    ]
    with store.action(
        "approve_min_score", f"approve {len(ids)} bead(s) with score ≥ {min_score:g}"
    ) as act:
        for bead_id in ids:
            act.update("beads", bead_id, status="approved")
    return store.last_changes


def approve_all(store: ProjectStore) -> Changes:
    ids = [r[0] for r in store.conn.execute("SELECT id FROM beads WHERE status != 'approved'")]
    with store.action("approve_all", f"approve all {len(ids)} remaining bead(s)") as act:
        for bead_id in ids:
            act.update("beads", bead_id, status="approved")
    return store.last_changes


def set_pinned(store: ProjectStore, bead_ids: Sequence[int], pinned: bool) -> Changes:
    verb = "pin" if pinned else "unpin"
    with store.action("set_pinned", f"{verb} {len(bead_ids)} bead(s)") as act:
        for bead_id in bead_ids:
            act.update("beads", bead_id, pinned=int(pinned))
    return store.last_changes


def set_note(store: ProjectStore, bead_id: int, note: str) -> Changes:
    with store.action("set_note", "edit bead note") as act:
        act.update("beads", bead_id, note=note)
    return store.last_changes


def neighbour(store: ProjectStore, bead_id: int, *, after: bool) -> BeadRow | None:
    op, direction = (">", "ASC") if after else ("<", "DESC")
    row = store.conn.execute(
        f"SELECT id FROM beads WHERE ord {op} (SELECT ord FROM beads WHERE id = ?)"
        f" ORDER BY ord {direction} LIMIT 1",
        (bead_id,),
    ).fetchone()
    return None if row is None else store.bead(row[0])


def _move_segments(act: Action, bead: BeadRow, to_bead: int) -> None:
    for segment in (*bead.src, *bead.tgt):
        act.update("segments", segment.id, bead_id=to_bead)


def _reset_decision(act: Action, bead_id: int) -> None:
    """A bead whose content changed is a new proposal: its old approval no longer holds."""
    act.update("beads", bead_id, status="proposed")


def merge_beads(
    store: ProjectStore, bead_id: int, *, with_next: bool = True, embedder: Embedder | None = None
) -> Changes:
    """Merge a bead with its next (or previous) neighbour into one bead.

    Every bead an edit makes or changes is scored again (see ``rescore``);
    ``embedder`` computes vectors the project has not cached (else: unknown).
    """
    bead = store.bead(bead_id)
    other = neighbour(store, bead_id, after=with_next)
    if other is None:
        raise EditError(msg.NO_NEXT_TO_MERGE() if with_next else msg.NO_PREVIOUS_TO_MERGE())
    first, second = (bead, other) if with_next else (other, bead)
    with store.action("merge", f"merge beads {first.id} and {second.id}") as act:
        _move_segments(act, second, first.id)
        act.delete("beads", second.id)
        _reset_decision(act, first.id)
        act.update("beads", first.id, pinned=int(first.pinned or second.pinned))
        rescore_beads(act, store, [first.id], embedder)
    return store.last_changes


def split_bead(store: ProjectStore, bead_id: int, *, embedder: Embedder | None = None) -> Changes:
    """Split a multi-sentence bead into 1:1 beads in order; leftovers become 1:0 or 0:1."""
    bead = store.bead(bead_id)
    if len(bead.src) <= 1 and len(bead.tgt) <= 1:
        raise EditError(msg.NOTHING_TO_SPLIT())
    n = max(len(bead.src), len(bead.tgt))
    with store.action("split_bead", f"split bead {bead.id} ({bead.kind}) into {n}") as act:
        _reset_decision(act, bead.id)
        ord_ = bead.ord
        made = [bead.id]
        for k in range(1, n):
            ord_ = ord_after(act, "beads", ord_)
            new_id = act.insert(
                "beads",
                {"ord": ord_, "status": "proposed", "score": None, "pinned": 0, "note": ""},
            )
            made.append(new_id)
            for side in (bead.src, bead.tgt):
                if k < len(side):
                    act.update("segments", side[k].id, bead_id=new_id)
        rescore_beads(act, store, made, embedder)
    return store.last_changes


def split_bead_at(
    store: ProjectStore,
    bead_id: int,
    src_at: int,
    tgt_at: int,
    *,
    embedder: Embedder | None = None,
) -> Changes:
    """Split a bead in two: the first keeps ``src_at`` source and ``tgt_at`` target sentences."""
    bead = store.bead(bead_id)
    if not (0 <= src_at <= len(bead.src) and 0 <= tgt_at <= len(bead.tgt)):
        raise EditError(msg.SPLIT_OUTSIDE())
    first_empty = src_at == 0 and tgt_at == 0
    second_empty = src_at == len(bead.src) and tgt_at == len(bead.tgt)
    if first_empty or second_empty:
        raise EditError(msg.SPLIT_EMPTY_PART())
    with store.action("split_bead", f"split bead {bead.id} at {src_at}/{tgt_at}") as act:
        _reset_decision(act, bead.id)
        new_id = act.insert(
            "beads",
            {
                "ord": ord_after(act, "beads", bead.ord),
                "status": "proposed",
                "score": None,
                "pinned": 0,
                "note": "",
            },
        )
        for segment in (*bead.src[src_at:], *bead.tgt[tgt_at:]):
            act.update("segments", segment.id, bead_id=new_id)
        rescore_beads(act, store, [bead.id, new_id], embedder)
    return store.last_changes


def shift_segment(
    store: ProjectStore,
    bead_id: int,
    side: str,
    *,
    down: bool,
    embedder: Embedder | None = None,
) -> Changes:
    """Move the last sentence of one side to the next bead (down) or the first to the previous (up).

    This is InterText's shift: the way to fix a pairing that is off by one
    sentence. A bead left empty disappears.
    """
    bead = store.bead(bead_id)
    segments = bead.side(side)
    if not segments:
        raise EditError(msg.NO_ENGLISH_SENTENCE() if side == "src" else msg.NO_KOREAN_SENTENCE())
    other = neighbour(store, bead_id, after=down)
    if other is None:
        raise EditError(msg.NO_NEXT_BEAD() if down else msg.NO_PREVIOUS_BEAD())
    moving = segments[-1] if down else segments[0]
    with store.action(
        "shift", f"shift a sentence {'down' if down else 'up'} from bead {bead.id}"
    ) as act:
        act.update("segments", moving.id, bead_id=other.id)
        _reset_decision(act, other.id)
        changed = [other.id]
        if len(bead.src) + len(bead.tgt) == 1:
            act.delete("beads", bead.id)
        else:
            _reset_decision(act, bead.id)
            changed.append(bead.id)
        rescore_beads(act, store, changed, embedder)
    return store.last_changes


def detach_segment(
    store: ProjectStore, segment_id: int, *, embedder: Embedder | None = None
) -> Changes:
    """Make a sentence its own 1:0 or 0:1 bead (it has no counterpart).

    A first sentence goes into a new bead before its bead, a last one after;
    from the middle of a side, the sentences after it go with it into a bead
    of their own after, so the alignment stays in order.
    """
    segment = store.segment(segment_id)
    bead = store.bead(segment.bead_id)
    own = bead.side(segment.side)
    others = bead.tgt if segment.side == "src" else bead.src
    if len(own) == 1 and not others:
        raise EditError(msg.ALREADY_ALONE())
    index = [s.id for s in own].index(segment_id)
    with store.action("detach", f"make a sentence its own bead (bead {bead.id})") as act:
        _reset_decision(act, bead.id)
        row = {"status": "proposed", "score": None, "pinned": 0, "note": ""}
        if index == 0:
            new_id = act.insert("beads", {**row, "ord": ord_before(act, "beads", bead.ord)})
            act.update("segments", segment_id, bead_id=new_id)
            made = [new_id]
        elif index == len(own) - 1:
            new_id = act.insert("beads", {**row, "ord": ord_after(act, "beads", bead.ord)})
            act.update("segments", segment_id, bead_id=new_id)
            made = [new_id]
        else:
            alone = act.insert("beads", {**row, "ord": ord_after(act, "beads", bead.ord)})
            act.update("segments", segment_id, bead_id=alone)
            rest = act.insert("beads", {**row, "ord": ord_after(act, "beads", act_ord(act, alone))})
            for later in own[index + 1 :]:
                act.update("segments", later.id, bead_id=rest)
            made = [alone, rest]
        rescore_beads(act, store, [bead.id, *made], embedder)
    return store.last_changes


def act_ord(act: Action, bead_id: int) -> float:
    return float(act.conn.execute("SELECT ord FROM beads WHERE id = ?", (bead_id,)).fetchone()[0])
