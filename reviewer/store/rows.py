"""Plain read-only views of project rows, handed to the CLI, exports and the GUI."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SegmentRow:
    id: int
    side: str
    ord: float
    paragraph: int
    text: str
    bead_id: int


@dataclass(frozen=True)
class SpanRow:
    segment_id: int
    side: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class FlagRow:
    id: int
    kind: str  # 'flag' or 'suspect'
    status: str
    category: str
    severity: str
    note: str
    suggestion: str
    author: str
    check_name: str
    needs_attention: bool
    created: str
    updated: str
    spans: tuple[SpanRow, ...]
    bead_id: int | None


@dataclass(frozen=True)
class BeadRow:
    id: int
    ord: float
    status: str
    score: float | None
    pinned: bool
    note: str
    src: tuple[SegmentRow, ...]
    tgt: tuple[SegmentRow, ...]
    flags: tuple[FlagRow, ...] = ()

    @property
    def kind(self) -> str:
        return f"{len(self.src)}:{len(self.tgt)}"

    @property
    def src_text(self) -> str:
        return " ".join(s.text for s in self.src)

    @property
    def tgt_text(self) -> str:
        return " ".join(s.text for s in self.tgt)

    def side(self, side: str) -> tuple[SegmentRow, ...]:
        return self.src if side == "src" else self.tgt

    @property
    def open_flags(self) -> tuple[FlagRow, ...]:
        return tuple(f for f in self.flags if f.kind == "flag" and f.status == "open")

    @property
    def suspects(self) -> tuple[FlagRow, ...]:
        return tuple(f for f in self.flags if f.status == "suspect")


@dataclass(frozen=True)
class HistoryRow:
    id: int
    ts: str
    action: str
    summary: str
    undoable: bool
    undone: int
    refers_to: int | None
