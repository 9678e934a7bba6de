"""Terminology: glossary terms in the source must come out as approved Korean terms.

Source side: a term matches case-insensitively at word boundaries, with hyphens
and spaces interchangeable (search-and-rescue = search and rescue) and simple
inflection of its last word (ministry/ministries, force/forces, 's). Acronyms
(all capitals, up to five letters) match case-sensitively. Where terms overlap
the longest wins (Japan Maritime Self-Defense Force over Self-Defense Force).

Target side: Korean attaches particles to nouns (해군은, 해군의) and spaces
compounds loosely (국방부 장관, 국방부장관), so a Korean term is found in the
target with spaces and middle dots ignored, as any substring; a one-syllable
term must start an eojeol. A term whose forbidden rendering is present is a
major suspect; one with no approved rendering present is a minor one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reviewer.qa import reasons
from reviewer.qa.glossary import Glossary, Term
from reviewer.qa.model import Category, PairText, Severity, Span, Suspect

NAME = "glossary"

_SEP = r"[\s\-\u2010\u2011\u2013]+"
_IGNORED = set(" \t\n\r\u00a0\u3000·ㆍ・･‧")
_WORD = re.compile(r"[\w]", re.UNICODE)


def _inflections(word: str) -> str:
    w = re.escape(word)
    low = word.lower()
    forms = [w]
    if low.endswith("ies"):
        stem = re.escape(word[:-3])
        forms += [stem + "y", stem + "ied"]
    elif low.endswith("s") and not low.endswith("ss"):
        forms.append(re.escape(word[:-1]))
    if low.endswith("y") and len(low) > 2 and low[-2] not in "aeiou":
        stem = re.escape(word[:-1])
        forms += [stem + "ies", stem + "ied"]
    elif low.endswith("e"):
        forms += [w + "s", w + "d", re.escape(word[:-1]) + "ing"]
    elif re.search(r"[a-z]$", low):
        forms += [w + "s", w + "es", w + "ed", w + "ing"]
    return "(?:" + "|".join(dict.fromkeys(forms)) + ")"


@lru_cache(maxsize=4096)
def source_pattern(term: str) -> re.Pattern[str]:
    """The regex that finds ``term`` (and its simple inflections) in English text."""
    words = [w for w in re.split(_SEP, term.strip()) if w]
    if not words:
        return re.compile(r"(?!x)x")
    body = _SEP.join([*(re.escape(w) for w in words[:-1]), _inflections(words[-1])])
    pattern = rf"(?<![\w-]){body}(?:['’]s?)?(?![\w-])"
    acronym = term.isupper() and len(term.replace(" ", "")) <= 5
    return re.compile(pattern, 0 if acronym else re.IGNORECASE)


def _squeeze(text: str) -> tuple[str, list[int]]:
    """Text without spaces and middle dots, casefolded, with each char's original index."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch not in _IGNORED:
            chars.append(ch.casefold())
            index.append(i)
    return "".join(chars), index


def find_target_term(term: str, target: str) -> tuple[int, int] | None:
    """Where ``term`` occurs in ``target`` (original offsets), or None."""
    needle, _ = _squeeze(term)
    if not needle:
        return None
    hay, index = _squeeze(target)
    start = hay.find(needle)
    while start >= 0:
        begin = index[start]
        end = index[start + len(needle) - 1] + 1
        if len(needle) > 1 or begin == 0 or not _WORD.match(target[begin - 1]):
            return begin, end
        start = hay.find(needle, start + 1)
    return None


def find_source_terms(glossary: Glossary, source: str) -> list[tuple[Term, int, int]]:
    """Non-overlapping glossary matches in ``source``, longest first, in text order."""
    hits: list[tuple[Term, int, int]] = []
    for term in glossary.terms:
        for m in source_pattern(term.source).finditer(source):
            hits.append((term, m.start(), m.end()))
    hits.sort(key=lambda h: (-(h[2] - h[1]), h[1]))
    taken: list[tuple[Term, int, int]] = []
    for hit in hits:
        if all(hit[2] <= t[1] or hit[1] >= t[2] for t in taken):
            taken.append(hit)
    taken.sort(key=lambda h: h[1])
    return taken


def check(pairs: Sequence[PairText], glossary: Glossary | None = None) -> list[Suspect]:
    """Terminology suspects for every bead (nothing without a glossary)."""
    if glossary is None or not glossary.terms:
        return []
    out: list[Suspect] = []
    for pair in pairs:
        if not pair.src.strip() or not pair.tgt.strip():
            continue
        seen: set[tuple[str, str]] = set()
        for term, start, end in find_source_terms(glossary, pair.src):
            src_span = Span("src", start, end, pair.src[start:end])
            bad = next(
                ((f, loc) for f in term.forbidden if (loc := find_target_term(f, pair.tgt))),
                None,
            )
            if bad is not None:
                word, (b, e) = bad
                if (term.source, word) in seen:
                    continue
                seen.add((term.source, word))
                out.append(
                    Suspect(
                        pair.bead_id,
                        NAME,
                        Category.TERMINOLOGY,
                        Severity.MAJOR,
                        reasons.TERM_FORBIDDEN_NOTE(term=src_span.text, word=word, note=term.note)
                        if term.note
                        else reasons.TERM_FORBIDDEN(term=src_span.text, word=word),
                        (src_span, Span("tgt", b, e, pair.tgt[b:e])),
                        term.approved[0] if term.approved else "",
                    )
                )
                continue
            if not term.approved or any(find_target_term(a, pair.tgt) for a in term.approved):
                continue
            if (term.source, "") in seen:
                continue
            seen.add((term.source, ""))
            wanted = " / ".join(term.approved)
            out.append(
                Suspect(
                    pair.bead_id,
                    NAME,
                    Category.TERMINOLOGY,
                    Severity.MINOR,
                    reasons.TERM_MISSING_NOTE(term=src_span.text, wanted=wanted, note=term.note)
                    if term.note
                    else reasons.TERM_MISSING(term=src_span.text, wanted=wanted),
                    (src_span,),
                    term.approved[0],
                )
            )
    return out
