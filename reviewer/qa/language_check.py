"""Language: empty sides, untranslated or wrong-language targets, copied English.

The target's script decides first (share of Hangul among its letters); only a
target with little Hangul is given to langdetect (seeded, so results repeat).
A 1:0 bead is an omission suspect, a 0:1 bead an addition suspect. A run of
four or more English words copied from the source into the target, outside
parentheses (where Korean news gives original names), is a minor suspect.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reviewer.qa import reasons
from reviewer.qa.model import Category, PairText, Severity, Span, Suspect

NAME = "language"

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:[ ,]+[A-Za-z][A-Za-z'’\-]*){3,}")
_LANG_NAMES = {"en": "English", "ja": "Japanese", "zh-cn": "Chinese", "zh-tw": "Chinese"}
_MIN_LETTERS = 8


def hangul_share(text: str) -> float:
    """Hangul letters as a share of all letters (0.0 when there are none)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if _HANGUL.match(ch)) / len(letters)


def _korean_weight(text: str) -> float:
    """Hangul's share of the letters outside brackets, a syllable counting as three
    letters (one syllable carries about as much as three Latin letters)."""
    text = re.sub(r"\([^()]*\)|（[^（）]*）", " ", text)
    hangul = sum(1 for ch in text if _HANGUL.match(ch))
    other = sum(1 for ch in text if ch.isalpha()) - hangul
    return 3 * hangul / (3 * hangul + other) if hangul or other else 0.0


def detect_language(text: str) -> str:
    """langdetect's best guess ('en', 'ja', 'ko', ...), or '' when it has none."""
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0
    try:
        return str(detect(text))
    except LangDetectException:
        return ""


def _norm(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .!?")


def _whole(pair: PairText, side: str) -> tuple[Span, ...]:
    text = pair.src if side == "src" else pair.tgt
    return (Span(side, 0, len(text), text),)


def _suspect(
    pair: PairText, category: Category, severity: Severity, reason: str, spans: tuple[Span, ...]
) -> Suspect:
    return Suspect(pair.bead_id, NAME, category, severity, reason, spans)


def _inside_brackets(text: str, start: int) -> bool:
    before = text[:start]
    return before.count("(") > before.count(")") or before.count("（") > before.count("）")


def _check_pair(pair: PairText) -> list[Suspect]:
    src, tgt = pair.src.strip(), pair.tgt.strip()
    if not src and not tgt:
        return []
    if not tgt:
        reason = reasons.NO_TRANSLATION()
        return [_suspect(pair, Category.OMISSION, Severity.MAJOR, reason, _whole(pair, "src"))]
    if not src:
        reason = reasons.NO_SOURCE()
        return [_suspect(pair, Category.ADDITION, Severity.MAJOR, reason, _whole(pair, "tgt"))]
    letters = sum(ch.isalpha() for ch in tgt)
    if _norm(src) == _norm(tgt) and letters:
        severity = Severity.MINOR if len(tgt.split()) <= 2 else Severity.MAJOR
        reason = reasons.IDENTICAL()
        return [_suspect(pair, Category.UNTRANSLATED, severity, reason, _whole(pair, "tgt"))]
    if _korean_weight(tgt) < 0.3 and letters >= _MIN_LETTERS:
        if _KANA.search(tgt):
            lang = "ja"
        elif _HAN.search(tgt) and not re.search(r"[A-Za-z]{3}", tgt):
            lang = "zh-cn"
        else:
            lang = detect_language(tgt)
        if lang != "ko":
            if hangul_share(src) > 0.5:
                reason = reasons.SIDES_SWAPPED()
            else:
                name = _LANG_NAMES.get(lang, "")
                reason = reasons.OTHER_LANGUAGE(language=name) if name else reasons.NOT_KOREAN()
            return [
                _suspect(pair, Category.UNTRANSLATED, Severity.MAJOR, reason, _whole(pair, "tgt"))
            ]
    if hangul_share(src) > 0.5 and sum(ch.isalpha() for ch in src) >= _MIN_LETTERS:
        # Both sides Korean: an English sentence overwritten, or Korean pasted as source.
        reason = reasons.SOURCE_KOREAN()
        return [_suspect(pair, Category.ADDITION, Severity.MAJOR, reason, _whole(pair, "src"))]
    out: list[Suspect] = []
    src_fold = " ".join(src.casefold().split())
    for m in _LATIN_RUN.finditer(pair.tgt):
        run = m.group().strip(" ,")
        if len(run.split()) < 4 or _inside_brackets(pair.tgt, m.start()):
            continue
        if " ".join(run.casefold().split()) in src_fold:
            span = Span("tgt", m.start(), m.start() + len(run), run)
            reason = reasons.ENGLISH_LEFT(text=run)
            out.append(_suspect(pair, Category.UNTRANSLATED, Severity.MINOR, reason, (span,)))
    return out


def check(pairs: Sequence[PairText]) -> list[Suspect]:
    """Language suspects for every bead."""
    out: list[Suspect] = []
    for pair in pairs:
        out.extend(_check_pair(pair))
    return out
