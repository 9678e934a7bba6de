"""Consistency: one source, one rendering, across the whole project.

Sentences: beads whose source text is the same (case, spacing and end
punctuation aside) but whose targets differ (spacing and punctuation aside)
are suspects, all but those using the most frequent rendering. Sources of
fewer than three words (datelines, "Yes.") are left alone.

Terms (with a glossary): where a term is rendered with different approved
variants across the project (국방부 장관 here, 국방장관 there), the beads using
a less frequent variant are suspects. Missing or forbidden renderings are the
glossary check's business, not this one's.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from reviewer.qa import reasons
from reviewer.qa.glossary import Glossary
from reviewer.qa.glossary_check import find_source_terms, find_target_term
from reviewer.qa.model import Category, PairText, Severity, Span, Suspect

NAME = "consistency"

_MIN_WORDS = 3
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


def _src_key(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(" .!?;:")


def _tgt_key(text: str) -> str:
    return _PUNCT.sub("", text.casefold())


def _preferred(keys: Sequence[str]) -> str | None:
    """The most frequent key, or None when two or more tie for most frequent."""
    ranked = Counter(keys).most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _sentences(pairs: Sequence[PairText]) -> list[Suspect]:
    groups: dict[str, list[PairText]] = defaultdict(list)
    for pair in pairs:
        if pair.tgt.strip() and len(pair.src.split()) >= _MIN_WORDS:
            groups[_src_key(pair.src)].append(pair)
    out: list[Suspect] = []
    for members in groups.values():
        keys = [_tgt_key(p.tgt) for p in members]
        if len(set(keys)) < 2:
            continue
        best = _preferred(keys)
        model = next((p.tgt for p in members if _tgt_key(p.tgt) == best), "")
        for pair in members:
            if _tgt_key(pair.tgt) == best:
                continue
            others = ", ".join(f"#{p.bead_id}" for p in members if p is not pair)
            out.append(
                Suspect(
                    pair.bead_id,
                    NAME,
                    Category.STYLE,
                    Severity.MINOR,
                    reasons.SOURCE_INCONSISTENT(pairs=others),
                    (
                        Span("src", 0, len(pair.src), pair.src),
                        Span("tgt", 0, len(pair.tgt), pair.tgt),
                    ),
                    model,
                )
            )
    return out


def _terms(pairs: Sequence[PairText], glossary: Glossary) -> list[Suspect]:
    # term source -> list of (pair, src span, variant used, tgt offsets)
    uses: dict[str, list[tuple[PairText, Span, str, tuple[int, int]]]] = defaultdict(list)
    for pair in pairs:
        if not pair.tgt.strip():
            continue
        for term, start, end in find_source_terms(glossary, pair.src):
            if len(term.approved) < 2:
                continue
            for variant in term.approved:
                loc = find_target_term(variant, pair.tgt)
                if loc is not None:
                    span = Span("src", start, end, pair.src[start:end])
                    uses[term.source].append((pair, span, variant, loc))
                    break
    out: list[Suspect] = []
    for source, found in uses.items():
        variants = Counter(v for _, _, v, _ in found)
        if len(variants) < 2:
            continue
        best = _preferred([v for _, _, v, _ in found]) or ""
        summary = ", ".join(f"{v} ×{n}" for v, n in variants.most_common())
        for pair, span, variant, (b, e) in found:
            if variant == best:
                continue
            out.append(
                Suspect(
                    pair.bead_id,
                    NAME,
                    Category.TERMINOLOGY,
                    Severity.MINOR,
                    reasons.TERM_INCONSISTENT(term=source, variants=summary),
                    (span, Span("tgt", b, e, pair.tgt[b:e])),
                    best,
                )
            )
    return out


def check(pairs: Sequence[PairText], glossary: Glossary | None = None) -> list[Suspect]:
    """Inconsistency suspects: sentences always, glossary terms when a glossary is given."""
    out = _sentences(pairs)
    if glossary is not None:
        out.extend(_terms(pairs, glossary))
    return out
