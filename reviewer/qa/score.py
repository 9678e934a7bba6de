"""MQM-style scoring: penalty points per 1,000 source words and a quality percentage.

Each issue costs its severity's weight (MQM 2.0: minor 1, major 5, critical 25).
With APT the absolute penalty total and EWC the evaluated (source) word count:

- penalty per 1,000 words = APT / EWC x 1000 (overall and per category);
- quality (MQM 2.0 raw scoring model) = 100 x (1 - APT / EWC), floored at 0.

The caller decides what counts: normally the open and accepted flags (an
editor's dismissed suspects are not issues).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from reviewer.qa.model import SEVERITY_WEIGHT, Category, Severity

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’\-.][A-Za-z0-9]+)*")


def count_words(texts: Iterable[str]) -> int:
    """English words (letters/digits, with inner apostrophes, hyphens, points)."""
    return sum(len(_WORD.findall(t)) for t in texts)


@dataclass(frozen=True)
class MQMScore:
    source_words: int
    penalty: int
    per_1000: float
    quality: float
    counts: dict[tuple[Category, Severity], int] = field(default_factory=dict)
    by_category: dict[Category, int] = field(default_factory=dict)  # penalty points

    @property
    def issues(self) -> int:
        return sum(self.counts.values())

    def category_per_1000(self, category: Category) -> float:
        return _per_1000(self.by_category.get(category, 0), self.source_words)


def _per_1000(points: int, words: int) -> float:
    return points * 1000.0 / words if words > 0 else 0.0


def mqm_score(
    issues: Iterable[tuple[Category | str, Severity | str]], source_words: int
) -> MQMScore:
    """Score a list of (category, severity) over ``source_words`` evaluated words.

    With no words the quality is 100 when there are no issues and 0 otherwise.
    """
    counts: dict[tuple[Category, Severity], int] = {}
    by_category: dict[Category, int] = {}
    penalty = 0
    for raw_cat, raw_sev in issues:
        cat, sev = Category(raw_cat), Severity(raw_sev)
        counts[(cat, sev)] = counts.get((cat, sev), 0) + 1
        points = SEVERITY_WEIGHT[sev]
        by_category[cat] = by_category.get(cat, 0) + points
        penalty += points
    words = max(0, source_words)
    quality = 100.0 if penalty == 0 else 0.0
    if words:
        quality = max(0.0, 100.0 * (1.0 - penalty / words))
    return MQMScore(words, penalty, _per_1000(penalty, words), quality, counts, by_category)
