"""Writing an alignment into the project: the first one, and re-alignment between anchors.

Re-alignment is split in two so the slow part runs off the GUI thread:
:func:`plan_realignment` only reads and computes; :func:`apply_realignment` is
one quick, undoable action that checks the stretch has not changed meanwhile.
Approved and pinned beads are anchors: they are never touched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reviewer import messages as msg
from reviewer.align.base import Aligner, AlignInput, Bead
from reviewer.errors import ReviewerError
from reviewer.progress import CancelToken, ProgressFn
from reviewer.store import Changes, ProjectStore
from reviewer.store.rows import BeadRow


def is_anchor(bead: BeadRow) -> bool:
    return bead.status == "approved" or bead.pinned


@dataclass(frozen=True)
class RealignPlan:
    """New beads for a stretch of unanchored beads, with what they replace."""

    old_beads: tuple[tuple[int, tuple[int, ...]], ...]  # (bead id, its segment ids) as read
    new_beads: tuple[tuple[tuple[int, ...], tuple[int, ...], float], ...]  # src ids, tgt ids, score
    low_ord: float
    high_ord: float

    @property
    def empty(self) -> bool:
        return not self.old_beads

    def repaired(self) -> tuple[int, int]:
        """(new pairings, old pairings they replace); a bead that keeps its sentences
        is no change even when its score moves."""
        old = {segments for _, segments in self.old_beads}
        new = {(*src, *tgt) for src, tgt, _ in self.new_beads}
        return len(new - old), len(old - new)


def stretch_around(anchors: Sequence[bool], index: int | None) -> tuple[int, int]:
    """Bounds [lo, hi) of the unanchored run containing ``index`` (whole document if None)."""
    if index is None:
        return 0, len(anchors)
    lo = index
    while lo > 0 and not anchors[lo - 1]:
        lo -= 1
    hi = index
    while hi < len(anchors) and not anchors[hi]:
        hi += 1
    return lo, hi


def plan_realignment(
    store: ProjectStore,
    aligner: Aligner,
    around_bead: int | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> RealignPlan:
    """Align the unanchored stretch around ``around_bead`` (or every gap when None).

    Only the stretch's beads are read in full, so re-aligning a small gap in a
    long document costs little more than aligning the gap.
    """
    order = store.conn.execute(
        "SELECT id, ord, status = 'approved' OR pinned FROM beads ORDER BY ord"
    ).fetchall()
    anchor_flags = [bool(r[2]) for r in order]
    index = None
    if around_bead is not None:
        index = next((i for i, r in enumerate(order) if r[0] == around_bead), None)
        if index is None:
            raise ReviewerError(msg.BEAD_GONE())
        if anchor_flags[index]:
            raise ReviewerError(msg.ANCHOR_NOT_REALIGNED())
    lo, hi = stretch_around(anchor_flags, index)
    part = store.beads([r[0] for r in order[lo:hi]], flags=False)
    src = [s for b in part for s in b.src]
    tgt = [s for b in part for s in b.tgt]
    src_pos = {s.id: i for i, s in enumerate(src)}
    tgt_pos = {s.id: i for i, s in enumerate(tgt)}
    anchors = [
        Bead(
            tuple(src_pos[s.id] for s in b.src), tuple(tgt_pos[s.id] for s in b.tgt), b.score or 1.0
        )
        for b in part
        if is_anchor(b)
    ]
    data = AlignInput(
        src=[s.text for s in src],
        tgt=[s.text for s in tgt],
        src_paragraphs=[s.paragraph for s in src],
        tgt_paragraphs=[s.paragraph for s in tgt],
        anchors=anchors,
    )
    result = aligner.align(data, progress=progress, cancel=cancel)
    new = tuple(
        (tuple(src[i].id for i in b.src), tuple(tgt[j].id for j in b.tgt), float(b.score))
        for b in result
    )
    old = tuple((b.id, tuple(s.id for s in (*b.src, *b.tgt))) for b in part)
    low = float(order[lo - 1][1]) if lo > 0 else (float(order[0][1]) - 1.0 if order else 0.0)
    high = float(order[hi][1]) if hi < len(order) else (float(order[-1][1]) + 1.0 if order else 1.0)
    return RealignPlan(old, new, low, high)


def apply_realignment(store: ProjectStore, plan: RealignPlan) -> Changes:
    """Replace the stretch's beads by the plan's, as one undoable action."""
    if plan.empty:
        return Changes()
    current = store.beads([bead_id for bead_id, _ in plan.old_beads], flags=False)
    current_map = {b.id: tuple(s.id for s in (*b.src, *b.tgt)) for b in current}
    if current_map != dict(plan.old_beads):
        raise ReviewerError(msg.DOCUMENT_CHANGED())
    by_content = {current_map[b.id]: b for b in current}
    step = (plan.high_ord - plan.low_ord) / (len(plan.new_beads) + 1)
    with store.action("realign", f"re-align {len(plan.old_beads)} bead(s)") as act:
        kept: set[int] = set()
        for k, (src_ids, tgt_ids, score) in enumerate(plan.new_beads):
            ord_ = plan.low_ord + step * (k + 1)
            row = by_content.get((*src_ids, *tgt_ids))
            if row is not None and row.id not in kept:
                kept.add(row.id)
                if is_anchor(row):
                    act.update("beads", row.id, ord=ord_)
                else:
                    act.update("beads", row.id, ord=ord_, score=score)
                continue
            bead_id = act.insert(
                "beads",
                {"ord": ord_, "status": "proposed", "score": score, "pinned": 0, "note": ""},
            )
            for segment_id in (*src_ids, *tgt_ids):
                act.update("segments", segment_id, bead_id=bead_id)
        for row in current:
            if row.id in kept:
                continue
            if is_anchor(row):
                # Never discard an editor's decision; the aligner broke its contract.
                raise ReviewerError(msg.WOULD_DROP_APPROVED())
            act.delete("beads", row.id)
    return store.last_changes
