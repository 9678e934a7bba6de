"""Sentence-level edits: fix a typo, split a sentence, join two sentences.

Flags belong to the text they were made on: their span offsets follow every
edit. A flag whose span text was edited away is kept and marked for attention,
never dropped.
"""

from __future__ import annotations

import difflib

from reviewer import messages as msg
from reviewer.embed import Embedder
from reviewer.store import Changes, ProjectStore
from reviewer.store.journal import Action, now_iso
from reviewer.store.rows import SegmentRow

from .beads import EditError, _reset_decision
from .ordering import ord_after
from .rescore import rescore_beads


class JoinRefusedError(EditError):
    """A join that would cross a pair boundary or a paragraph break.

    ``reason`` is 'pair' (the next sentence belongs to another pair: merge the
    pairs first) or 'paragraph' (it starts a new paragraph: a join there is
    almost always a slip, so it must be asked for with ``across_paragraphs``).
    """

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def _spans_of(act: Action, segment_id: int) -> list[tuple[int, int, int, int, str]]:
    return act.conn.execute(
        'SELECT id, flag_id, start, "end", text FROM flag_spans WHERE segment_id = ?',
        (segment_id,),
    ).fetchall()


def _mark_attention(act: Action, flag_id: int) -> None:
    act.update("flags", flag_id, needs_attention=1, updated=now_iso())


def _offset_map(old: str, new: str) -> list[int]:
    """For each offset 0..len(old) in ``old``, the matching offset in ``new``."""
    mapping = [0] * (len(old) + 1)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(i1, i2 + 1):
            if tag == "equal":
                mapping[k] = j1 + (k - i1)
            else:
                mapping[k] = j1 if k == i1 else j2
    return mapping


def edit_text(
    store: ProjectStore, segment_id: int, new_text: str, *, embedder: Embedder | None = None
) -> Changes:
    """Replace a sentence's text (a typo fix) and carry its flags along.

    The bead is scored again; its new text has no cached vector, so without an
    ``embedder`` its confidence is unknown until ``rescore.fill_scores``.
    """
    segment = store.segment(segment_id)
    new_text = new_text.strip()
    if not new_text:
        raise EditError(msg.EMPTY_SENTENCE())
    if new_text == segment.text:
        return Changes()
    with store.action("edit_text", f"edit sentence {segment_id}") as act:
        act.update("segments", segment_id, text=new_text)
        _reset_decision(act, segment.bead_id)
        mapping = _offset_map(segment.text, new_text)
        for span_id, flag_id, start, end, text in _spans_of(act, segment_id):
            new_start, new_end = (
                mapping[min(start, len(segment.text))],
                mapping[min(end, len(segment.text))],
            )
            act.update("flag_spans", span_id, start=new_start, end=new_end)
            if new_text[new_start:new_end] != text:
                _mark_attention(act, flag_id)
        rescore_beads(act, store, [segment.bead_id], embedder)
    return store.last_changes


def split_segment(
    store: ProjectStore, segment_id: int, at: int, *, embedder: Embedder | None = None
) -> Changes:
    """Split a sentence in two at character ``at`` (both halves stay in its bead)."""
    segment = store.segment(segment_id)
    head, tail = segment.text[:at].rstrip(), segment.text[at:].lstrip()
    if not head or not tail:
        raise EditError(msg.SPLIT_NEEDS_TEXT())
    tail_start = len(segment.text) - len(tail)
    with store.action("split_segment", f"split sentence {segment_id}") as act:
        act.update("segments", segment_id, text=head)
        new_id = act.insert(
            "segments",
            {
                "side": segment.side,
                "ord": ord_after(act, "segments", segment.ord, segment.side),
                "paragraph": segment.paragraph,
                "text": tail,
                "bead_id": segment.bead_id,
            },
        )
        _reset_decision(act, segment.bead_id)
        for span_id, flag_id, start, end, text in _spans_of(act, segment_id):
            if start >= tail_start:
                act.update(
                    "flag_spans",
                    span_id,
                    segment_id=new_id,
                    start=start - tail_start,
                    end=end - tail_start,
                )
            elif end > len(head):
                act.update("flag_spans", span_id, end=len(head))
                if head[start:] != text:
                    _mark_attention(act, flag_id)
        rescore_beads(act, store, [segment.bead_id], embedder)
    return store.last_changes


def next_on_side(store: ProjectStore, segment: SegmentRow) -> SegmentRow | None:
    row = store.conn.execute(
        "SELECT id FROM segments WHERE side = ? AND ord > ? ORDER BY ord LIMIT 1",
        (segment.side, segment.ord),
    ).fetchone()
    return None if row is None else store.segment(row[0])


def join_obstacle(store: ProjectStore, segment_id: int) -> str:
    """Why joining this sentence with the next would be refused: '' (it would not),
    'none' (there is no next sentence), 'pair' or 'paragraph' (see JoinRefusedError)."""
    first = store.segment(segment_id)
    return _obstacle(first, next_on_side(store, first))


def _obstacle(first: SegmentRow, second: SegmentRow | None) -> str:
    if second is None:
        return "none"
    if second.bead_id != first.bead_id:
        return "pair"
    if second.paragraph != first.paragraph:
        return "paragraph"
    return ""


def join_segments(
    store: ProjectStore,
    segment_id: int,
    *,
    across_paragraphs: bool = False,
    embedder: Embedder | None = None,
) -> Changes:
    """Join a sentence with the next sentence of its pair (a segmentation fix).

    Only within one pair: the next pair's first sentence is refused (merge the
    pairs first, so the pairing change is a step of its own), and so is a
    sentence in the next paragraph unless ``across_paragraphs`` (a line break
    inside a sentence of a hard-wrapped text file is the one good reason).
    """
    first = store.segment(segment_id)
    second = next_on_side(store, first)
    obstacle = _obstacle(first, second)
    if second is None:
        raise EditError(msg.NO_NEXT_SENTENCE())
    if obstacle == "pair":
        raise JoinRefusedError(msg.JOIN_ACROSS_PAIRS(), "pair")
    if obstacle == "paragraph" and not across_paragraphs:
        raise JoinRefusedError(msg.JOIN_ACROSS_PARAGRAPHS(), "paragraph")
    joined = f"{first.text} {second.text}"
    offset = len(first.text) + 1
    with store.action("join_segments", f"join sentences {first.id} and {second.id}") as act:
        act.update("segments", first.id, text=joined)
        for span_id, _flag, start, end, _text in _spans_of(act, second.id):
            act.update(
                "flag_spans", span_id, segment_id=first.id, start=start + offset, end=end + offset
            )
        act.delete("segments", second.id)
        _reset_decision(act, first.bead_id)
        rescore_beads(act, store, [first.bead_id], embedder)
    return store.last_changes
