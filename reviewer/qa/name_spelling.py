"""Whether a name's rendering is spelt like Korean, and what spelling it likely meant.

A slip in a transliteration that the phonetic test lets through (헤마스 for
Hermas, 솔림픽) or that lies too far for it (라입 for Tayyip) often holds a
syllable pair Korean text never has (:mod:`reviewer.qa.plausibility`), while a
spelling one syllable away reads as Korean and renders the name better
(헤르마스, 올림픽, 타입).  The names check asks this module for that spelling.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reviewer.qa.name_words import stems, word_readings
from reviewer.qa.plausibility import repairs, unseen
from reviewer.qa.romanize import english_phones, hangul_phones, jamo, phone_similarity
from reviewer.qa.transliteration import NOUNS, Token, rendering

REPAIR_GAIN = 0.04  # a repaired spelling must render the name this much better
_EU = 18  # the vowel index of ㅡ


def respelt(word: str, piece: str) -> str | None:
    """A spelling one syllable from ``piece`` that reads as Korean where ``piece``
    does not (:func:`plausibility.repairs`) and renders ``word`` better: by its
    best reading, and by the English one too (the continental readings alone take
    Hayati for 아야티, Yazici for 야시시; the English alone Jorge for 호르게)."""
    bad = unseen(piece)
    if not bad:
        return None
    readings, english = word_readings(word), [english_phones(f) for f in stems(word)]

    def sim(h: str, phones: Sequence[str]) -> float:
        return max(phone_similarity(r, hangul_phones(h)) for r in phones)

    best, en = sim(piece, readings), sim(piece, english)
    if best >= 1.0 - REPAIR_GAIN:
        return None
    for cand in repairs(piece):
        if (
            len(unseen(cand)) < len(bad)
            and sim(cand, readings) >= best + REPAIR_GAIN
            and sim(cand, english) > en
        ):
            return cand
    return None


def misspelt_rendering(
    word: str, toks: Sequence[Token], rest_ok: Callable[[str], bool]
) -> tuple[int, str, str] | None:
    """(token index, piece, better spelling) when the piece that renders ``word``
    is spelt unlike Korean (헤마스, 솔림픽) while a spelling one syllable away reads
    as Korean and renders it better (헤르마스, 올림픽)."""
    if "-" in word:
        return None  # Korean given names are written in Sino syllables, not transliterated
    found = rendering(word_readings(word), toks, rest_ok)
    if found is None:
        return None
    tok = toks[found[0]]
    # The piece, and the stem it is part of when one more syllable is left before
    # it (솔 of 솔림픽) or a consonant's 으 after it (헤마 of 헤마스 renders "Herma"),
    # no noun (수니파) nor another word (다크나이트).
    stem = min((s for s in tok.stems if found[1] in s), key=len)
    rest = stem.replace(found[1], "", 1)
    whole = (
        len(rest) == 1 and rest not in NOUNS and (stem.endswith(found[1]) or jamo(rest)[1] == _EU)
    )
    for piece in dict.fromkeys((found[1], stem) if whole else (found[1],)):
        cand = respelt(word, piece)
        if cand is not None:
            return found[0], piece, cand
    return None
