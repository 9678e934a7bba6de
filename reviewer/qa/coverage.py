"""Omission and addition: does each side say everything the other says?

Three signals, each judged against the document's own distribution (robust
z-scores, median and MAD, shrunk towards news-corpus priors when the document
is small), because translators differ in how freely and how tersely they write:

- the bead's similarity: cosine of the two sides' sentence embeddings;
- the bead's length ratio: log of Korean over English characters (spaces aside;
  about 0.45 in news translation);
- clause coverage: each side is cut into clauses (commas, conjunctions, Korean
  connective endings -고, -며, -지만, -는데, -(으)나 ...). A clause whose best match
  among the other side's clauses, pairs of clauses and whole text is weak, and
  whose removal makes the bead *more* similar (leave-one-out gain), is the
  likely omitted (source side) or added (target side) clause.

A bead is an omission suspect when its linear score
``-1.3 z(ratio) - 0.7 z(sim) + 0.6 z(gain) - 3.8`` exceeds -1.4, an addition
suspect when ``0.9 z(ratio) - 0.5 z(sim) + 1.2 z(gain) - 1.2 z(best) - 5.3``
exceeds 1.0; the suspect's spans are the clause with the strongest evidence
and any other clause with a weak best match and a positive gain. Beads with
an empty or non-Korean target are left to the language check. The priors
weigh as three beads, so a careful document's own tight spread takes over
from the loose news spread the priors come from.

The omission bar is set for recall: the smallest bar that finds 0.8 of the
synthetic clause drops on the dev split (``bench/qa_coverage.py``: dev 0.82,
test 0.72 of clause drops found; about one untouched news bead in eleven is
flagged either way). That is not mostly noise: news translators drop clauses
of their own, and of the omission suspects on untouched news pairs, 108 of
173 were judged real omissions by reading both sides
(``bench/qa_news_verdicts.json``). A logistic fit on the same features, and
added features (word-level coverage from single-word embeddings, occlusion
of every 6-word window of the source), found no better trade-off on dev: the
rest of the signal is buried in the corpus' own looseness.
The weights were fitted on synthetic clause drops and sentence additions in
the dev split of the news corpus and are measured on the test split by
``bench/qa_quality.py``. All texts go to the embedder in one ``encode`` call.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from reviewer.embed import Embedder
from reviewer.qa import reasons
from reviewer.qa.model import Category, PairText, Severity, Span, Suspect

NAME = "coverage"

_EN_BREAK = re.compile(
    r"(?<=[,;:])\s+"
    r"|\s+(?:--?|—|–)\s+"
    r"|(?<=[.!?][\"”’)])\s+|(?<=[.!?])\s+(?=[\"“‘(]?[A-Z])"
    r"|\s+(?=and\s+\w+ed\b)"
    r"|\s+(?=(?:while|whereas|although|though|because|after|before|when|where|which|who|"
    r"whom|whose|unless|until|including|despite|amid|citing|since|saying|adding)\b)"
)
_KO_ENDING = (
    r"(?:(?:[하되있없았었였했됐이지겠시리키우주기추치뤄워려]고)|며|면서|지만|는데|은데|인데|던데|"
    r"으나|도록|려고|거나|든지|어서|아서|여서|해서|돼서|다고|라고|으면|다면|라면)"
)
_KO_BREAK_AFTER = re.compile(rf"(?:[,;:·]|[.!?][\"”’)]?|[\uac00-\ud7a3]{_KO_ENDING})$")
_SPACE = re.compile(r"\s+")
_MIN_WORDS = {"en": 4, "ko": 3}


def _breaks(text: str, lang: str) -> list[re.Match[str]]:
    if lang != "ko":
        return list(_EN_BREAK.finditer(text))
    return [m for m in _SPACE.finditer(text) if _KO_BREAK_AFTER.search(text, 0, m.start())]


def _pieces(text: str, lang: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for m in _breaks(text, lang):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in out) if e > s]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _words(text: str, span: tuple[int, int]) -> int:
    return len(text[span[0] : span[1]].split())


def split_clauses(text: str, lang: str) -> list[tuple[int, int]]:
    """Clause offsets in ``text`` (``lang`` is 'en' or 'ko'); the whole text if one clause."""
    minimum = _MIN_WORDS["ko" if lang == "ko" else "en"]
    pieces = _pieces(text, lang)
    if not pieces:
        return []
    merged: list[tuple[int, int]] = []
    for piece in pieces:
        if merged and _words(text, merged[-1]) < minimum:
            merged[-1] = (merged[-1][0], piece[1])
        else:
            merged.append(piece)
    if len(merged) > 1 and _words(text, merged[-1]) < minimum:
        last = merged.pop()
        merged[-1] = (merged[-1][0], last[1])
    return merged


# --- statistics -------------------------------------------------------------------


@dataclass(frozen=True)
class _Norm:
    """A robust centre and spread, shrunk towards a prior for small samples."""

    median: float
    mad: float

    @classmethod
    def of(cls, values: Sequence[float], prior: tuple[float, float]) -> _Norm:
        n = len(values)
        if n == 0:
            return cls(*prior)
        arr = np.asarray(values, dtype=np.float64)
        med = float(np.median(arr))
        mad = float(np.median(np.abs(arr - med))) * 1.4826
        med = (n * med + PRIOR_WEIGHT * prior[0]) / (n + PRIOR_WEIGHT)
        mad = math.sqrt((n * mad**2 + PRIOR_WEIGHT * prior[1] ** 2) / (n + PRIOR_WEIGHT))
        return cls(med, max(mad, 0.25 * prior[1]))

    def z(self, value: float) -> float:
        return (value - self.median) / self.mad


# Priors (median, MAD) measured on clean news pairs, dev split.
_PRIOR_SIM = (0.64, 0.096)
_PRIOR_RATIO = (-0.78, 0.22)
_PRIOR_SRC_GAIN = (-0.075, 0.11)
_PRIOR_TGT_GAIN = (-0.043, 0.064)
_PRIOR_SRC_BEST = (0.48, 0.20)
_PRIOR_TGT_BEST = (0.57, 0.13)
# The priors count as this many beads: a document's own centre and spread soon
# take over (a careful translation is tighter than the news the priors come from,
# and its real problems stand out against its own spread, not the news').
PRIOR_WEIGHT = 3
OMISSION_THRESHOLD = -1.4
ADDITION_THRESHOLD = 1.0
# Further clauses named in a suspect: weak best match and a positive leave-one-out gain.
EXTRA_BEST_Z = -1.0
EXTRA_GAIN_Z = 0.3


@dataclass
class _Clause:
    span: tuple[int, int]
    best: float = 0.0  # best cosine against the other side's units
    gain: float = 0.0  # similarity of the bead without this clause, minus with it


@dataclass
class _Bead:
    pair: PairText
    sim: float
    ratio: float
    src: list[_Clause]
    tgt: list[_Clause]


_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _is_korean(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    return letters == 0 or 3 * len(_HANGUL.findall(text)) >= letters * 0.5


def _chars(text: str) -> int:
    return max(1, len("".join(text.split())))


def _without(text: str, span: tuple[int, int]) -> str:
    return " ".join((text[: span[0]] + " " + text[span[1] :]).split())


def _measure(pairs: Sequence[PairText], embedder: Embedder) -> list[_Bead]:
    """Embed every unit of every bead in one call and compute the raw features."""
    texts: dict[str, int] = {}

    def slot(text: str) -> int:
        return texts.setdefault(text, len(texts))

    plans = []
    for pair in pairs:
        if not pair.src.strip() or not pair.tgt.strip() or not _is_korean(pair.tgt):
            continue  # empty or untranslated sides are the language check's
        sides = []
        for text, lang in ((pair.src, "en"), (pair.tgt, "ko")):
            spans = split_clauses(text, lang)
            whole = slot(text)
            units = [whole]
            parts: list[tuple[tuple[int, int], int, int]] = []
            if len(spans) > 1:
                for span in spans:
                    parts.append((span, slot(text[span[0] : span[1]]), slot(_without(text, span))))
                units += [p[1] for p in parts]
                if len(spans) > 2:  # sub-spans: each run of two neighbouring clauses
                    units += [slot(text[a[0] : b[1]]) for a, b in itertools.pairwise(spans)]
            sides.append((whole, units, parts))
        plans.append((pair, sides))
    if not plans:
        return []
    vectors = np.asarray(embedder.encode(list(texts)), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)
    beads: list[_Bead] = []
    for pair, ((s_whole, s_units, s_parts), (t_whole, t_units, t_parts)) in plans:
        sim = float(vectors[s_whole] @ vectors[t_whole])
        clauses: list[list[_Clause]] = []
        for parts, other_whole, other_units, whole in (
            (s_parts, t_whole, t_units, s_whole),
            (t_parts, s_whole, s_units, t_whole),
        ):
            other = vectors[other_units]
            if not parts:
                text = pair.src if whole == s_whole else pair.tgt
                clauses.append([_Clause((0, len(text)), sim, 0.0)])
                continue
            side = []
            for span, own, rest in parts:
                best = float((other @ vectors[own]).max())
                gain = float(vectors[rest] @ vectors[other_whole]) - sim
                side.append(_Clause(span, best, gain))
            clauses.append(side)
        ratio = math.log(_chars(pair.tgt) / _chars(pair.src))
        beads.append(_Bead(pair, sim, ratio, clauses[0], clauses[1]))
    return beads


# --- decisions -----------------------------------------------------------------------


def _z_all(beads: list[_Bead]) -> dict[str, _Norm]:
    return {
        "sim": _Norm.of([b.sim for b in beads], _PRIOR_SIM),
        "ratio": _Norm.of([b.ratio for b in beads], _PRIOR_RATIO),
        "src_gain": _Norm.of([c.gain for b in beads for c in b.src], _PRIOR_SRC_GAIN),
        "tgt_gain": _Norm.of([c.gain for b in beads for c in b.tgt], _PRIOR_TGT_GAIN),
        "src_best": _Norm.of([c.best for b in beads for c in b.src], _PRIOR_SRC_BEST),
        "tgt_best": _Norm.of([c.best for b in beads for c in b.tgt], _PRIOR_TGT_BEST),
    }


def _pick(bead: _Bead, side: str, norms: dict[str, _Norm]) -> tuple[_Clause, float, float]:
    """The clause with the strongest evidence of being unmatched; its gain and best z."""
    clauses = bead.src if side == "src" else bead.tgt
    text = bead.pair.src if side == "src" else bead.pair.tgt
    gain_n, best_n = norms[f"{side}_gain"], norms[f"{side}_best"]

    def evidence(c: _Clause) -> float:
        rest = max(1, _chars(text) - _chars(text[c.span[0] : c.span[1]]))
        if len(clauses) == 1:
            ratio_z = norms["ratio"].z(bead.ratio)
        elif side == "src":
            ratio_z = norms["ratio"].z(math.log(_chars(bead.pair.tgt) / rest))
        else:
            ratio_z = norms["ratio"].z(math.log(rest / _chars(bead.pair.src)))
        return 0.5 * gain_n.z(c.gain) - 0.5 * best_n.z(c.best) - 0.3 * abs(ratio_z)

    clause = max(clauses, key=evidence)
    return clause, gain_n.z(clause.gain), best_n.z(clause.best)


def scores(pairs: Sequence[PairText], embedder: Embedder) -> dict[int, tuple[float, float]]:
    """(omission score, addition score) per bead id, for benchmarks and tuning."""
    beads = _measure(pairs, embedder)
    norms = _z_all(beads)
    out: dict[int, tuple[float, float]] = {}
    for bead in beads:
        out[bead.pair.bead_id] = (_omission(bead, norms)[0], _addition(bead, norms)[0])
    return out


def _spans(bead: _Bead, side: str, main: _Clause, norms: dict[str, _Norm]) -> tuple[Span, ...]:
    """The main clause plus every other clearly unmatched clause of that side."""
    clauses = bead.src if side == "src" else bead.tgt
    text = bead.pair.src if side == "src" else bead.pair.tgt
    gain_n, best_n = norms[f"{side}_gain"], norms[f"{side}_best"]
    chosen = [
        c
        for c in clauses
        if c is main or (best_n.z(c.best) < EXTRA_BEST_Z and gain_n.z(c.gain) > EXTRA_GAIN_Z)
    ]
    return tuple(Span(side, c.span[0], c.span[1], text[c.span[0] : c.span[1]]) for c in chosen)


def _omission(bead: _Bead, norms: dict[str, _Norm]) -> tuple[float, _Clause]:
    clause, gain_z, _ = _pick(bead, "src", norms)
    zr, zs = norms["ratio"].z(bead.ratio), norms["sim"].z(bead.sim)
    return -1.3 * zr - 0.7 * zs + 0.6 * gain_z - 3.8, clause


def _addition(bead: _Bead, norms: dict[str, _Norm]) -> tuple[float, _Clause]:
    clause, gain_z, best_z = _pick(bead, "tgt", norms)
    zr, zs = norms["ratio"].z(bead.ratio), norms["sim"].z(bead.sim)
    return 0.9 * zr - 0.5 * zs + 1.2 * gain_z - 1.2 * best_z - 5.3, clause


def _suspect(
    bead: _Bead,
    side: str,
    category: Category,
    *,
    excess: float,
    shorter: float,
    clause: _Clause,
    norms: dict[str, _Norm],
) -> Suspect:
    """An omission (source side) or addition (target side) suspect; major when well past the bar."""
    whole = len(bead.src if side == "src" else bead.tgt) == 1
    which = "source" if side == "src" else "target"
    share = f"{shorter:.0%}"
    if whole:
        reason = reasons.LENGTH_ODD(category=category.value, share=share)
    else:
        reason = reasons.LENGTH_ODD_CLAUSES(category=category.value, share=share, side=which)
    severity = Severity.MAJOR if excess > 1.0 else Severity.MINOR
    return Suspect(
        bead.pair.bead_id, NAME, category, severity, reason, _spans(bead, side, clause, norms)
    )


def check(pairs: Sequence[PairText], embedder: Embedder | None = None) -> list[Suspect]:
    """Omission and addition suspects (none without an embedder)."""
    if embedder is None:
        return []
    beads = _measure(pairs, embedder)
    norms = _z_all(beads)
    out: list[Suspect] = []
    for bead in beads:
        shorter = math.exp(bead.ratio - norms["ratio"].median)
        for side, category, measure, threshold in (
            ("src", Category.OMISSION, _omission, OMISSION_THRESHOLD),
            ("tgt", Category.ADDITION, _addition, ADDITION_THRESHOLD),
        ):
            score, clause = measure(bead, norms)
            if score > threshold:
                excess = score - threshold
                out.append(
                    _suspect(
                        bead,
                        side,
                        category,
                        excess=excess,
                        shorter=shorter,
                        clause=clause,
                        norms=norms,
                    )
                )
    return out
