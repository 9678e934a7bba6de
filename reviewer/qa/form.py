"""Form: quotes and brackets, stray spaces and punctuation in the target.

A quote or bracket pair left open in the target is reported only when the
source's own marks of that kind balance (news quotes often run across
sentences, and then both sides are open). Apostrophes inside words (Korea’s)
are not quotes. Curly and straight quotes of one kind are one family (“...",
'...’ close as well as “...”: mixing them is common in Korean typing and no
editor marks it as an error), and so are half- and full-width parentheses. A
run of exactly two spaces is a typo; longer runs (often with no-break spaces)
lay out a headline and its date and are left alone. A source question that is
not a question in the target is a minor punctuation suspect too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reviewer.qa.model import Category, PairText, Severity, Span, Suspect

NAME = "form"

# (opening, closing, label); straight quotes are handled by parity.
_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("(", ")", "parenthesis ( )"),
    ("[", "]", "bracket [ ]"),
    ("{", "}", "brace { }"),
    ("「", "」", "corner bracket 「 」"),
    ("『", "』", "corner bracket 『 』"),
    ("《", "》", "angle bracket 《 》"),
    ("〈", "〉", "angle bracket 〈 〉"),
    ("<", ">", "angle bracket < >"),
)
# Full-width forms are read as their half-width twins.
_WIDE = str.maketrans("（）［］｛｝", "()[]{}")
# Source marks that count as "the same kind" when judging whether the source balances.
_SOURCE_KIND = {
    "「": "“”\"‘’'「」『』",
    "『": "“”\"‘’'「」『』",
    "《": '“”"《》〈〉<>',
    "〈": '“”"《》〈〉<>',
    "<": "<>《》〈〉",
    "(": "()（）",
    "[": "[]",
    "{": "{}",
}
_APOSTROPHE = re.compile(r"(?<=[A-Za-z0-9])['’](?=[A-Za-z])|(?<=[A-Za-z]s)['’](?=\s)")
_DOUBLE_SPACE = re.compile(r"(?<=\S)[ \u00a0]{2}(?=\S)")
_SPACE_BEFORE = re.compile(r"(?<=[\w\uac00-\ud7a3])\s+[,.;:!?](?=\s|$)")
_REPEATED = re.compile(r"(?<![.])\.\.(?![.])|,,+|;;+|::+|[,;:][.]|[.][,;]|!!+|\?\?+|。。")
_QUESTION_END = re.compile(r"\?[\s\"”’')\]」』]*$")


def _mask_apostrophes(text: str) -> str:
    return _APOSTROPHE.sub(" ", text)


def _unbalanced(text: str, opening: str, closing: str) -> int | None:
    """Offset of the first unmatched mark, or None when the pair balances."""
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == opening and opening != closing:
            stack.append(i)
        elif ch == closing:
            if not stack:
                return i
            stack.pop()
    return stack[0] if stack else None


def _quote_family(text: str, curly: str, straight: str) -> tuple[str, int] | None:
    """('unbalanced', offset) for one family of quote marks, or None.

    An opening curly mark opens, a closing one closes, a straight mark closes
    an open quote or else opens one; a quote opened inside an open quote of
    the same family is not expected, so the family is read as flat pairs.
    """
    opening, closing = curly[0], curly[1]
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch == opening or (ch == straight and open_at is None):
            if open_at is not None:
                return "unbalanced", open_at
            open_at = i
        elif ch in (closing, straight):
            if open_at is None:
                return "unbalanced", i
            open_at = None
    return None if open_at is None else ("unbalanced", open_at)


def _tex_quotes(text: str) -> str:
    """``TeX-style'' quotes as curly ones, padded so offsets stay put."""
    return text.replace("``", "“ ").replace("''", "” ")


def _source_balanced(src: str, kinds: str) -> bool:
    """Whether the source's marks of these kinds balance (quotes: as a family)."""
    masked = _mask_apostrophes(_tex_quotes(src)).translate(_WIDE)
    for opening, closing, _ in _PAIRS:
        if opening in kinds and _unbalanced(masked, opening, closing) is not None:
            return False
    if any(q in kinds for q in '“”"') and _quote_family(masked, "“”", '"') is not None:
        return False
    return not (any(q in kinds for q in "‘’'") and _quote_family(masked, "‘’", "'") is not None)


def _suspect(pair: PairText, reason: str, start: int, end: int, suggestion: str = "") -> Suspect:
    return Suspect(
        pair.bead_id,
        NAME,
        Category.PUNCTUATION,
        Severity.MINOR,
        reason,
        (Span("tgt", start, end, pair.tgt[start:end]),),
        suggestion,
    )


def _check_pair(pair: PairText) -> list[Suspect]:
    out: list[Suspect] = []
    tgt = _mask_apostrophes(_tex_quotes(pair.tgt)).translate(_WIDE)
    for opening, closing, label in _PAIRS:
        at = _unbalanced(tgt, opening, closing)
        if at is not None and _source_balanced(pair.src, _SOURCE_KIND[opening]):
            which = "opened but not closed" if tgt[at] == opening else "closed but never opened"
            out.append(_suspect(pair, f"unbalanced {label}: {tgt[at]} {which}", at, at + 1))
    for marks, straight, label in (("“”", '"', "double"), ("‘’", "'", "single")):
        # A backtick opens a single quote as often as ‘ in Korean typing (`라이트’).
        found = _quote_family(tgt.replace("`", "‘") if label == "single" else tgt, marks, straight)
        if found and _source_balanced(pair.src, "“”\"‘’'"):
            reason, at = found
            out.append(_suspect(pair, f"{reason} {label} quotes", at, at + 1))
    for m in _DOUBLE_SPACE.finditer(pair.tgt):
        out.append(_suspect(pair, "doubled space", m.start(), m.end(), " "))
    for m in _SPACE_BEFORE.finditer(pair.tgt):
        mark = m.group().strip()
        out.append(_suspect(pair, f"space before '{mark}'", m.start(), m.end(), mark))
    for m in _REPEATED.finditer(pair.tgt):
        out.append(_suspect(pair, f"repeated punctuation '{m.group()}'", m.start(), m.end()))
    if _QUESTION_END.search(pair.src.strip()) and "?" not in pair.tgt and pair.tgt.strip():
        end = len(pair.tgt.rstrip())
        start = max(0, end - 1)
        out.append(
            _suspect(pair, "the source is a question but the target is not", start, end, "?")
        )
    return out


def check(pairs: Sequence[PairText]) -> list[Suspect]:
    """Form suspects for every bead with a non-empty target."""
    out: list[Suspect] = []
    for pair in pairs:
        if pair.tgt.strip():
            out.extend(_check_pair(pair))
    return out
