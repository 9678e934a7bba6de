"""Whether a Hangul word is spelt like Korean text: syllable bigrams seen in Korean.

A misspelt transliteration often holds a pair of syllables that Korean text
never has (서훌, 뮤럽, 사우니's 우니), while a real Korean word almost never does:
so a Sino-Korean-looking piece with an unseen pair is no word of the language
but a slip.  A correct rare name (깁슨, 오바마) has unseen pairs too, so this is
a signal to combine with phonetic nearness, never a rule on its own.

The counts come from the Korean character n-gram profile that the required
``langdetect`` package ships (``langdetect/profiles/ko``: 1-3-gram counts from
Korean Wikipedia, from Shuyo's language-detection, Apache-2.0), read from the
installed package on first use: no copy, no download.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from reviewer.qa.romanize import compose, jamo


@lru_cache(maxsize=1)
def _bigrams() -> dict[str, int]:
    """Counts of the profile's two-syllable Hangul grams (about 10,000)."""
    try:
        text = resources.files("langdetect").joinpath("profiles", "ko").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - a required dependency
        return {}
    freq: dict[str, int] = json.loads(text)["freq"]
    return {g: n for g, n in freq.items() if len(g) == 2 and all("가" <= c <= "힣" for c in g)}


def unseen(hangul: str) -> list[str]:
    """The syllable pairs of ``hangul`` that Korean text never has (서훌 of 서훌)."""
    grams = _bigrams()
    if not grams:
        return []  # no profile: every word is plausible, the checks work as before
    return [hangul[i : i + 2] for i in range(len(hangul) - 1) if hangul[i : i + 2] not in grams]


def plausible(hangul: str) -> bool:
    """True when every syllable pair of ``hangul`` occurs in Korean text."""
    return not unseen(hangul)


_VOWELS = (0, 4, 8, 13, 18, 20, 5, 1)  # ㅏ ㅓ ㅗ ㅜ ㅡ ㅣ ㅔ ㅐ: the vowels of transliteration


def repairs(hangul: str) -> list[str]:
    """Spellings one syllable away that read as Korean where ``hangul`` does not:
    one syllable's initial consonant changed (서훌 → 서울) or an open syllable put
    in (헤마스 → 헤르마스), keeping only candidates whose new syllable pairs are
    all seen in Korean text (a cheap filter before any phonetic comparison)."""
    grams = _bigrams()
    syl = [c for c in hangul if "가" <= c <= "힣"]
    if not grams or len(syl) != len(hangul):
        return []
    out = []

    def fits(k: int, cand: list[str]) -> bool:
        pairs = [cand[j : j + 2] for j in (k - 1, k) if 0 <= j < len(cand) - 1]
        return all("".join(pr) in grams for pr in pairs)

    for k, ch in enumerate(syl):
        initial, vowel, final = jamo(ch)
        for ini in range(19):
            if ini != initial:
                cand = [*syl[:k], compose(ini, vowel, final), *syl[k + 1 :]]
                if fits(k, cand):
                    out.append("".join(cand))
    for k in range(len(syl) + 1):
        for ini in range(19):
            for v in _VOWELS:
                cand = [*syl[:k], compose(ini, v), *syl[k:]]
                if fits(k, cand):
                    out.append("".join(cand))
    return out
