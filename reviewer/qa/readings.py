"""Which Hangul words can be transliterations, and how foreign names are read.

Two questions the names and loanwords checks share with
:mod:`reviewer.qa.romanize`, kept apart so that each module stays small:

- :func:`is_native`: a Hangul word that cannot transliterate a foreign word
  (되길, 모든, 것이): the names and loanwords checks must not compare those with
  English words at all;
- :func:`name_phones`: a name of the source is not always read the English
  way.  Korean transliterates a name from its own language (외래어 표기법 has a
  table per language): Jerusalem 예루살렘 and Sarajevo 사라예보 read j as y,
  Jorge 호르헤 reads j as h, Zugspitze 추크슈피체 and Karadzic 카라지치 read z and
  c as ㅊ, Kadowaki 가도와키 reads every a as 아.  Besides the English reading,
  a name is given a "continental" reading (German, Italian, Japanese
  romanization: letters as written), a Slavic one (c always ㅊ), one with kh
  as ㅋ (Arabic and Russian kh is written ㅋ as often as ㅎ: Khalid 칼리드,
  Khailino 카일리노) and a Spanish one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reviewer.qa.romanize import data_lines, english_phones, jamo

_TENSE = frozenset((1, 4, 8, 10, 13))  # initial ㄲ ㄸ ㅃ ㅆ ㅉ
_LOAN_FINALS = frozenset((0, 1, 4, 8, 16, 17, 19, 21))  # none ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ


@lru_cache(maxsize=1)
def _native_words() -> tuple[frozenset[str], tuple[str, ...]]:
    lines = data_lines("korean_native.txt")
    return (
        frozenset(w for w in lines if not w.endswith("-")),
        tuple(w[:-1] for w in lines if w.endswith("-")),
    )


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    return frozenset(data_lines("korean_words.txt.gz"))


_ENDINGS = ("고", "며", "면", "서", "지", "는", "던", "은", "을", "게", "기", "자")


def is_korean_word(hangul: str) -> bool:
    """True when ``hangul`` is a Korean word: in the dictionary (기반, 왕위, 컴퓨터),
    or a verb of it with a common ending (벌이고 of 벌이다).

    The dictionary (data/korean_words.txt.gz, from hunspell-ko by
    bench/build_korean_words.py) holds native, Sino-Korean and established loan
    words but no foreign names: a piece near a name that is in it may be the
    translator's own word, one that is not (오나마) is no word of the language.
    """
    words = _dictionary()
    return hangul in words or (
        len(hangul) >= 2 and hangul.endswith(_ENDINGS) and hangul[:-1] + "다" in words
    )


def is_native(hangul: str, *, name: bool = False) -> bool:
    """True when ``hangul`` cannot be a transliteration of a foreign word.

    It breaks the loanword orthography (외래어 표기법: seven final consonants,
    no ㅒ ㅚ ㅢ, and no tense consonant except in a ``name``: Japanese 마쓰다,
    쓰나미), holds the noun 것 or a verb's -ㄴ다
    ending, or is a common native word or starts with a native verb stem
    (data/korean_native.txt: 모든, 이런, 되길, 만드는).
    """
    words, stems = _native_words()
    if hangul in words or hangul.startswith(stems) or "것" in hangul:
        return True
    syllables = [jamo(c) for c in hangul if "가" <= c <= "힣"]
    if len(syllables) >= 2 and hangul[-1] == "다" and syllables[-2][2] == 4:
        return True  # 된다, 한다, 바란다
    for i, v, t in syllables:
        if t not in _LOAN_FINALS or v in (3, 11, 19) or (i in _TENSE and not name):
            return True
    return False


# Letters as most languages other than English write them (phone symbols of
# romanize): j = y, w = v, z/tz/c(e,i) = ㅊ, ch = ㅋ/ㅎ, sch = 슈, every vowel as written.
_CONTINENTAL = [
    ("tsch", "J"), ("sch", "SY"), ("tz", "J"), ("ts", "J"), ("dz", "J"), ("dj", "J"),
    ("zh", "J"), ("kh", "H"), ("ch", "K"), ("sh", "SY"), ("ph", "P"), ("th", "T"), ("ck", "K"),
    ("qu", "KW"), ("tia", "JA"), ("ou", "U"), ("eau", "O"), ("au", "AU"), ("ei", "AI"), ("ie", "I"),
    ("ae", "E"), ("oe", "WE"), ("ue", "U"), ("j", "Y"), ("y", "I"), ("w", "P"), ("v", "P"),
    ("z", "J"), ("x", "KS"), ("c", "K"), ("b", "P"), ("p", "P"), ("f", "P"), ("d", "T"), ("t", "T"),
    ("g", "K"), ("k", "K"), ("q", "K"), ("s", "S"), ("l", "R"), ("r", "R"), ("m", "M"),
    ("n", "N"), ("h", "H"), ("a", "A"), ("e", "E"), ("i", "I"), ("o", "O"), ("u", "U"),
]  # fmt: skip
# Spanish: j and g(e, i) = ㅎ, ll = y, z and c(e, i) = s, h silent.
_SPANISH = [
    ("ll", "Y"), ("ch", "J"), ("qu", "K"), ("gu", "K"), ("j", "H"), ("z", "S"), ("h", ""),
    ("ñ", "NY"), ("y", "Y"), *_CONTINENTAL,
]  # fmt: skip


def _read(word: str, table: list[tuple[str, str]], soft_c: str, soft_g: str) -> str:
    w = re.sub(r"([bcdfgklmnprstvz])\1", r"\1", word.lower())
    weak_r = bool(re.search("[^aeiou]re$", w))  # French Favre 파브, Sartre
    w = w[:-2] if weak_r else w
    out: list[str] = []
    i = 0
    while i < len(w):
        nxt = w[i + 1 : i + 2]
        if (
            w[i] in "cg"
            and w[i : i + 2] not in ("ch", "gu")
            and (nxt in ("e", "i", "y") or not nxt)
        ):
            out.append(soft_c if w[i] == "c" else soft_g if nxt else "K")
            i += 1
            continue
        for pat, ph in table:
            if w.startswith(pat, i):
                out.append("L" if i == 0 and ph == "R" else ph)
                i += len(pat)
                break
        else:
            i += 1
    return "".join(out) + ("r" if weak_r else "")


@lru_cache(maxsize=16384)
def name_phones(word: str) -> tuple[str, ...]:
    """Phone strings of a name: its English, continental (three) and Spanish readings."""
    readings = (
        english_phones(re.sub("^Ire", "Aire", word)),  # Ireland 아일랜드
        _read(word, _CONTINENTAL, "J", "K"),
        _read(word, [("c", "J"), *_CONTINENTAL], "J", "K"),  # Slavic: Srebrenica 스레브레니차
        _read(word, [("kh", "K"), *_CONTINENTAL], "J", "K"),  # Khalid 칼리드, Khailino 카일리노
        _read(word, _SPANISH, "S", "H"),
    )
    return tuple(dict.fromkeys(r for r in readings if r))
