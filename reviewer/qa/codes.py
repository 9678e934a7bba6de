"""Codes and acronyms of the source that must survive into the target.

Codes with digits (C-130H, F-35) survive literally in Korean (76% in the news
pairs, the rest are times like 8AM), so a missing one is an omission and a near
variant (C-180H) a mistranslation.  Letter-only acronyms survive in only 53%
(FDA → 식품의약국), so an acronym is flagged only when a near variant of it
stands in the target instead.  The suspects belong to the names check: to an
editor a mangled designation is a mangled name.
"""

from __future__ import annotations

import re

from reviewer.qa import reasons
from reviewer.qa.model import Category, PairText, Severity, Span, Suspect
from reviewer.qa.transliteration import common_words

CHECK = "names"

_CODE_RE = re.compile(r"(?<![\w-])[A-Z]{1,4}-?\d+[A-Z]{0,3}(?![\w-])")
_ACRONYM_RE = re.compile(r"(?<![\w.-])[A-Z]{2,6}(?![\w-])")
_LATIN_RE = re.compile(r"[A-Za-z][\w-]*[A-Za-z0-9]")


def _edit1(a: str, b: str) -> bool:
    """True when a and b differ by one substituted, inserted or deleted character."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] or a[i:] == b[i + 1 :] or a[i + 1 :] == b[i:]


def check(pair: PairText) -> list[Suspect]:
    """Suspects for the codes and acronyms of one pair."""
    out = []
    latin = [(m.start(), m.group()) for m in _LATIN_RE.finditer(pair.tgt)]
    for rx, must_survive in ((_CODE_RE, True), (_ACRONYM_RE, False)):
        for m in rx.finditer(pair.src):
            code = m.group()
            if code in pair.tgt or code.lower() in common_words():
                continue
            src = Span("src", m.start(), m.end(), code)
            near = [(o, t) for o, t in latin if _edit1(code.upper(), t.upper())]
            if near:
                o, t = near[0]
                reason = reasons.CODE_ALTERED(code=code, found=t)
                spans = (src, Span("tgt", o, o + len(t), t))
                out.append(
                    Suspect(
                        pair.bead_id, CHECK, Category.MISTRANSLATION, Severity.MAJOR, reason, spans
                    )
                )
            elif must_survive:
                # A designation left out (C-130H) loses a detail: minor.
                reason = reasons.CODE_MISSING(code=code)
                out.append(
                    Suspect(pair.bead_id, CHECK, Category.OMISSION, Severity.MINOR, reason, (src,))
                )
    return out
