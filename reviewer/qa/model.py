"""The flag vocabulary (after MQM) and what a check reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Category(StrEnum):
    """MQM-style issue types; the first four are MQM's 'accuracy' branch."""

    MISTRANSLATION = "mistranslation"
    OMISSION = "omission"
    ADDITION = "addition"
    UNTRANSLATED = "untranslated"
    TERMINOLOGY = "terminology"
    GRAMMAR = "grammar"
    SPELLING = "spelling"
    PUNCTUATION = "punctuation"
    STYLE = "style"
    LOCALE_CONVENTION = "locale convention"


class Severity(StrEnum):
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"


# MQM penalty points per issue (MQM 2.0 scoring model: minor 1, major 5, critical 25).
SEVERITY_WEIGHT: dict[Severity, int] = {
    Severity.MINOR: 1,
    Severity.MAJOR: 5,
    Severity.CRITICAL: 25,
}


@dataclass(frozen=True)
class Span:
    """Character offsets into one side of a pair's text (``side`` is 'src' or 'tgt')."""

    side: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class PairText:
    """What a check sees of one bead: its id and the joined text of each side.

    Segments of one side are joined with a single space; span offsets refer to
    this joined text, and the store maps them back onto segments.
    """

    bead_id: int
    src: str
    tgt: str
    score: float = 1.0


@dataclass(frozen=True)
class Suspect:
    """A check's suggestion: nothing becomes a flag until the editor accepts it."""

    bead_id: int
    check: str
    category: Category
    severity: Severity
    reason: str
    spans: tuple[Span, ...] = field(default_factory=tuple)
    suggestion: str = ""

    def key(self) -> str:
        """Identity across re-runs, so a dismissed suspect stays dismissed."""
        spans = ";".join(f"{s.side}:{s.text}" for s in self.spans)
        return f"{self.check}|{self.category}|{spans}|{self.reason}"
