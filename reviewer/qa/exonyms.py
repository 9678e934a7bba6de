"""Standard Korean forms of place names, and near misses of them in a target.

A person's name may be transliterated in several accepted ways (데이비드 or
데이빗), so the names check compares it by phonetic similarity, which must stay
loose; a place has one standard Korean form (Russia 러시아, Europe 유럽, Seoul
서울, Texas 텍사스: Unicode CLDR, built into data/korean_exonyms.txt by
bench/build_exonyms.py).  When that form is missing from the target and a
*near miss* of it stands there instead (러아, 시아, 뮤럽, 서훌, 멕시만), the
place name was misspelt: one syllable's initial consonant changed to another
sound (ㄱ/ㅋ, ㄷ/ㅌ, ㅂ/ㅍ, ㅈ/ㅊ and ㅅ/ㅆ are spelling variants, not another
sound), or one syllable of a form of three or more dropped or added.  Vowels
and final consonants are left alone: 채드 for Chad the person is no misspelling
of 차드.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache

from reviewer.qa.romanize import data_lines, jamo
from reviewer.qa.transliteration import NOUNS, PARTICLES

# Initial consonants (ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ) by the sound class Korean
# spelling varies within: a change inside a class is a variant, across is a slip.
_CLASS = (0, 0, 1, 2, 2, 3, 4, 5, 5, 6, 6, 7, 8, 8, 8, 0, 2, 5, 9)


@lru_cache(maxsize=1)
def exonyms() -> dict[str, tuple[str, ...]]:
    """English place name (one word or several) → its Korean forms."""
    out: dict[str, list[str]] = {}
    for line in data_lines("korean_exonyms.txt"):
        en, _, ko = line.partition("\t")
        out.setdefault(en, []).append(ko)
    return {en: tuple(dict.fromkeys(ko)) for en, ko in out.items()}


@lru_cache(maxsize=1)
def _tails() -> frozenset[str]:
    return frozenset(["", *PARTICLES, *(n + p for n in NOUNS for p in ("", *PARTICLES))])


# A people's or language's word names the place (Russian 러시아, European 유럽,
# Italian 이탈리아, Turkish 터키, Iraqi 이라크, Portuguese 포르투갈, Chinese 중국).
_DEMONYM = [
    ("ians", "ia"), ("ian", "ia"), ("ian", "y"), ("ian", ""), ("ean", "e"), ("ans", "a"),
    ("an", "a"), ("an", ""), ("an", "o"), ("ese", "a"), ("ese", ""), ("uese", "al"),
    ("ish", "ey"), ("ish", "y"), ("ish", ""), ("i", ""), ("s", ""), ("k", "key"), ("", "land"),
]  # fmt: skip


def forms(word: str) -> tuple[str, ...]:
    """Standard Korean forms of a place name or of its people's word, if any."""
    table = exonyms()
    if word in table:
        return table[word]
    for suf, rep in _DEMONYM:
        base = word[: len(word) - len(suf)] + rep
        if word.endswith(suf) and len(base) >= 4 and base in table:
            return table[base]
    return ()


def _syllables(s: str) -> list[tuple[int, int, int]]:
    return [jamo(ch) for ch in s]


def near_miss(form: str, piece: str) -> bool:
    """Whether ``piece`` is ``form`` with one slip: a syllable's initial consonant
    another sound, or (forms of three syllables or more) a syllable lost or added."""
    if piece == form or not piece:
        return False
    if len(piece) == len(form) and len(form) >= 2:
        diff = [(a, b) for a, b in zip(_syllables(form), _syllables(piece), strict=True) if a != b]
        if len(diff) != 1:
            return False
        (i1, v1, t1), (i2, v2, t2) = diff[0]
        return v1 == v2 and t1 == t2 and _CLASS[i1] != _CLASS[i2]
    if len(form) >= 3 and abs(len(form) - len(piece)) == 1:
        short, long_ = sorted((form, piece), key=len)
        return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
    return False


def misspelt(
    word_forms: Sequence[str], tokens: Sequence[tuple[int, str]], others: Collection[str] = ()
) -> tuple[int, str] | None:
    """(offset, text) of a near miss of one of ``word_forms`` among the target's
    Hangul ``tokens`` (offset, text), a particle or place noun after it allowed;
    the forms of the source's ``others`` places are no near misses."""
    for start, tok in tokens:
        for end in range(len(tok), 0, -1):
            piece = tok[:end]
            if tok[end:] not in _tails() or piece in others:
                continue
            if any(near_miss(f, piece) for f in word_forms if len(f) >= 2):
                return start, piece
    return None


def has_form(word_forms: Sequence[str], tokens: Sequence[str]) -> bool:
    """Whether one of the forms stands in the target's Hangul ``tokens``: a form
    of three syllables or more anywhere (남아프리카, 멕시코 시티 with its space),
    a shorter one (빈, 유럽) as a token's end before its particle or noun only,
    which 빈네 is not."""
    flat = "".join(tokens)
    for f in word_forms:
        if len(f) >= 3 and f in flat:
            return True
        for tok in tokens:
            i = tok.find(f)
            if i >= 0 and tok[i + len(f) :] in _tails():
                return True
    return False


def run_forms(words: Sequence[str], hangul: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Words of a run of capitalised source words that name a place with a
    standard Korean form, and its forms (a place of several words, Saudi Arabia,
    gives its forms to each); a word whose form the target's Hangul tokens hold
    maps to no forms: it is rendered."""
    out: dict[str, tuple[str, ...]] = {}
    for n in (3, 2):
        for i in range(len(words) - n + 1):
            fs = forms(" ".join(words[i : i + n]))
            for w in words[i : i + n] if fs else ():
                out[w] = out.get(w, ()) + fs
    for w in words:
        if fs := forms(w):
            out[w] = out.get(w, ()) + fs
    return {w: () if has_form(fs, hangul) else fs for w, fs in out.items()}
