"""Hangul tokens of a target and whether a piece of them transliterates a name.

Shared by the names and loanwords checks: the target is cut into tokens and
the stems a name may stand in (particles and place nouns stripped: 레이더를,
텍사스주); a phone string is *rendered* by a piece of a token when it is close
(:func:`renders`), and a piece is *one syllable off* when repairing one
syllable would make it render (:func:`one_off`).  The English word lists
(SCOWL) that tell common words and names apart live here too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reviewer.qa.readings import is_native
from reviewer.qa.romanize import (
    HANGUL_RE,
    VOWELS,
    data_lines,
    english_phones,
    hangul_phones,
    hard_edits,
    phone_similarity,
    skeleton,
    skeletons,
)

MATCH = 0.9  # a Hangul span at least this similar is the name's rendering...
LOOSE = 0.7  # ...and so is one this similar whose differences are all soft (vowels, 으, r)
NAME_LIKE = 0.9  # a token this similar to a listed name is itself a name
PIECE = 0.9  # a prefix or suffix of a compound this similar renders the name (크메르루주)

# Korean particles and copula endings that follow a name inside its token.
PARTICLES = sorted(
    """은 는 이 가 을 를 의 에 와 과 로 도 만 께 씨 측 등 나 이나 으로 에서 에게 까지 부터 처럼
    보다 께서 이라 라는 이라는 이란 이며 이고 이다 에는 에도 과의 와의 과는 와는 으로는 로는
    에서는 에서도 으로서 로서 로부터 에게는 한테 이었다 였다 이지만 라고 이라고 는데 들이 들은
    들의 들을 인 인은 인이 인의 인들 인들이 인들은""".split(),  # noqa: SIM905
    key=len,
    reverse=True,
)
# Nouns Korean appends to a place or group name inside the token (텍사스주, 힌두교).
SUFFIXES = (
    "공항",
    "시",
    "주",
    "도",
    "섬",
    "강",
    "산",
    "호",
    "교",
    "사",
    "어",
    "인",
    "족",
    "국",
    "당",
)
# Nouns that also join a name inside its token (멕시코만에서, 이라크전을, 이스라엘군이,
# 유럽위원회는); 서 is 에서 shortened (파키스탄서).
NOUNS = (*SUFFIXES, "만", "전", "군", "계", "항", "해", "서", "측", "위원회", "정부", "대표팀")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lowercase English words (SCOWL), the common and the rare list together."""
    return frozenset(data_lines("english_words.txt") + data_lines("english_words_rare.txt"))


@lru_cache(maxsize=1)
def listed_names() -> frozenset[str]:
    return frozenset(data_lines("english_names.txt"))


@lru_cache(maxsize=1)
def _name_index() -> dict[str, list[str]]:
    """SCOWL's capitalised entries by consonant skeleton, for 'is this token a name?'."""
    index: dict[str, list[str]] = {}
    for w in sorted(listed_names()):  # sorted: ties go the same way in every run
        for key in skeletons(w):
            index.setdefault(key, []).append(w)
    return index


def looks_like_name(hangul: str) -> str | None:
    """The listed name this Hangul token transliterates, if any."""
    phones = hangul_phones(hangul)
    best, best_sim = None, 0.0
    for w in _name_index().get(skeleton(phones), ()):
        sim = phone_similarity(english_phones(w), phones)
        if sim > best_sim:
            best, best_sim = w, sim
    if best is None or best_sim < LOOSE:
        return None
    if best_sim >= NAME_LIKE or hard_edits(english_phones(best), phones) == 0:
        return best
    return None


@dataclass(frozen=True)
class Token:
    """A Hangul token of the target and the stems it may carry a name in."""

    start: int
    text: str
    stems: tuple[str, ...]
    particle: str = ""  # the particle stripped from one of the stems (를 of 레이더를)


def tokens(ko: str) -> list[Token]:
    out = []
    for m in HANGUL_RE.finditer(ko):
        t = m.group()
        stems = [t]
        # The longest particle only: 수단으로 is 수단 + 으로, not 수단으 + 로.
        p = next((p for p in PARTICLES if t.endswith(p) and len(t) > len(p)), "")
        if p:
            stems.append(t[: -len(p)])
        for stem in list(stems):
            for suf in SUFFIXES:
                if stem.endswith(suf) and len(stem) >= len(suf) + 2:
                    stems.append(stem[: -len(suf)])
        out.append(Token(m.start(), t, tuple(dict.fromkeys(stems)), p))
    return out


@dataclass(frozen=True)
class Match:
    sim: float
    token: int  # index into the token list
    text: str  # the Hangul span
    start: int  # its offset in the target
    ok: bool = False  # close enough to be the name's rendering


def best_match(phones: str, toks: Sequence[Token]) -> Match | None:
    """The token stem closest to ``phones``; ``ok`` says whether it renders them.

    Measured on the news pairs (bench/qa_eval_lexical.py): of renderings with
    similarity 0.8-0.9, 92% of real ones have no hard edit, while 75% of
    renderings with one syllable changed have one.
    """
    best: Match | None = None
    for i, tok in enumerate(toks):
        for c in tok.stems:
            sim = phone_similarity(phones, hangul_phones(c))
            if best is None or sim > best.sim:
                best = Match(sim, i, c, tok.start)
    if best is None:
        return None
    return Match(best.sim, best.token, best.text, best.start, renders(phones, best.text))


def renders(phones: str, hangul: str) -> bool:
    """Close, or a little less close with only soft edits (vowels, 으, r)."""
    hp = hangul_phones(hangul)
    sim = phone_similarity(phones, hp)
    return sim >= MATCH or (sim >= LOOSE and hard_edits(phones, hp) == 0)


def one_off(phones: str, hangul: str) -> bool:
    """Whether one syllable repaired would make ``hangul`` render ``phones``: one
    consonant changed (이스탄둘 for Istanbul, 니란 for Iran) or a syllable lost (신조
    for Shinjiro), also one Korean writes with 으 for a lone consonant (베키 for
    Mbeki, whose 음 is lost); not r or l, which an -er or -l ending may leave
    unwritten (바우어 for Baur)."""
    for i in range(len(phones) + 1):
        if renders(phones[:i] + "*" + phones[i:], hangul):
            return True
    for i, c in enumerate(phones):
        if (
            c not in VOWELS
            and c not in "WYr"
            and renders(phones[:i] + "*" + phones[i + 1 :], hangul)
        ):
            return True
    whole = sum(_weight(c) for c in phones)
    for n in (1, 2, 3, 4):
        for i in range(len(phones) - n + 1):
            chunk = phones[i : i + n]
            if (
                any(c not in VOWELS and (n > 1 or c not in "WYrHRL") for c in chunk)
                and sum(_weight(c) for c in chunk) <= 0.4 * whole  # a syllable, not half the name
                and renders(phones[:i] + phones[i + n :], hangul)
            ):
                return True
    return False


@lru_cache(maxsize=65536)
def _total(phones: str) -> float:
    return sum(_weight(c) for c in phones)


@lru_cache(maxsize=262144)
def comparable(a: str, b: str) -> bool:
    """A cheap filter before the edit distance: strings of very unequal weight
    are never near, nor are strings whose consonant skeletons disagree in both
    of their first two consonants (one may be changed, lost or added)."""
    wa, wb = _total(a), _total(b)
    if min(wa, wb) < 0.4 * max(wa, wb):
        return False
    x, y = skeleton(a), skeleton(b)
    return len(x) < 2 or len(y) < 2 or x[0] == y[0] or x[1] == y[1] or x[0] == y[1] or x[1] == y[0]


def _weight(phone: str) -> float:
    return 0.3 if phone in VOWELS else 0.15 if phone in "WYr" else 1.0


def pieces(tok: Token) -> list[tuple[str, str]]:
    """Stems, and their prefixes and suffixes of two syllables or more with the
    rest of the stem: 멕시코만 holds 멕시코 (+만), 이스트예루살렘 예루살렘 (+이스트),
    반기문 기문 (+반)."""
    out = [(s, "") for s in tok.stems]
    for stem in tok.stems:
        out += [(stem[:k], stem[k:]) for k in range(2, len(stem))]
        out += [(stem[k:], stem[:k]) for k in range(1, len(stem) - 1)]
    return list(dict.fromkeys(out))


def rendered(
    readings: Sequence[str], toks: Sequence[Token], rest_ok: Callable[[str], bool] | None = None
) -> int | None:
    """Index of the token with the piece that renders one of ``readings`` best; a
    prefix or suffix of a stem must match closely (바마 is not Obama's rendering),
    and the rest of the stem must pass ``rest_ok`` when given (놀림픽 is no
    compound of Olympic: 놀 is nothing)."""
    found = rendering(readings, toks, rest_ok)
    return None if found is None else found[0]


def rendering(
    readings: Sequence[str], toks: Sequence[Token], rest_ok: Callable[[str], bool] | None = None
) -> tuple[int, str] | None:
    """(token index, piece) of :func:`rendered`'s best piece."""
    best: tuple[float, int, str] | None = None
    for i, tok in enumerate(toks):
        for piece, rest in pieces(tok):
            if is_native(piece, name=True):
                continue
            for r in readings:
                if not comparable(r, hangul_phones(piece)):
                    continue
                sim = phone_similarity(r, hangul_phones(piece))
                ok = sim >= PIECE or (not rest and renders(r, piece))
                if ok and (best is None or sim > best[0]):
                    if rest and rest_ok is not None and not rest_ok(rest):
                        break
                    best = (sim, i, piece)
    return None if best is None else best[1:]
