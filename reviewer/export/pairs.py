"""The rows an export writes: one per bead, with its flags."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reviewer.store import ProjectStore
from reviewer.store.rows import BeadRow, FlagRow


@dataclass(frozen=True)
class ExportPair:
    index: int  # 1-based bead position in the document
    src: str
    tgt: str
    score: float | None
    status: str
    kind: str
    flags: tuple[dict[str, Any], ...] = field(default_factory=tuple)


def flag_record(flag: FlagRow) -> dict[str, Any]:
    return {
        "category": flag.category,
        "severity": flag.severity,
        "status": flag.status,
        "note": flag.note,
        "suggestion": flag.suggestion,
        "spans": [
            {"side": s.side, "start": s.start, "end": s.end, "text": s.text} for s in flag.spans
        ],
    }


def _pair(index: int, bead: BeadRow) -> ExportPair:
    flags = tuple(
        flag_record(f) for f in bead.flags if f.kind == "flag" and f.status != "dismissed"
    )
    return ExportPair(
        index=index,
        src=bead.src_text,
        tgt=bead.tgt_text,
        score=bead.score,
        status=bead.status,
        kind=bead.kind,
        flags=flags,
    )


def collect_pairs(store: ProjectStore, *, include_all: bool = False) -> list[ExportPair]:
    """Approved beads (or all of them) in document order.

    A pair with an empty side (1:0 or 0:1) is kept only with ``include_all``:
    a translation memory entry needs both languages.
    """
    pairs = []
    for index, bead in enumerate(store.beads(), start=1):
        if not include_all and (bead.status != "approved" or not bead.src or not bead.tgt):
            continue
        pairs.append(_pair(index, bead))
    return pairs
