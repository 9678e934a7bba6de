"""Names check: English proper names and Latin codes against the Korean target.

Korean renders a foreign name by transliteration (Stephen Walker → 스티븐 워커),
so a name can be checked without any list of names: every capitalised source
word is compared with every Hangul token of the target by the phonetic
similarity of :mod:`reviewer.qa.romanize`.  A close match is fine; a name whose
best match is only *near* (a syllable dropped or changed: Shinjiro → 신조) is a
suspect.  A name with no near match at all is not flagged, because translators
often translate names (Japan → 일본, White House → 백악관) or drop given names;
flagging those would bury the editor.  One exception: when the surname matches
and the token beside it is itself a foreign name (it transliterates some entry
of the SCOWL name list) that does not match the given name, the given name was
swapped (John Gordon → 제임스 고든).

Codes with digits (C-130H, F-35) survive literally in Korean (76% in the news
pairs, the rest are times like 8AM); letter-only acronyms survive in only 53%
(FDA → 식품의약국), so an acronym is flagged only when a near variant of it
stands in the target instead.  Thresholds come from bench/qa_eval_lexical.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reviewer.qa.model import Category, PairText, Severity, Span, Suspect
from reviewer.qa.romanize import (
    HANGUL_RE,
    data_lines,
    english_phones,
    hangul_phones,
    hard_edits,
    is_sino,
    phone_similarity,
    romanize,
    skeleton,
    skeletons,
)

NAME = "names"

MATCH = 0.9  # a Hangul span at least this similar is the name's rendering...
LOOSE = 0.7  # ...and so is one this similar whose differences are all soft (vowels, 으, r)
NEAR = 0.6  # below a match but at least this similar: the rendering is off by a syllable
SINO_NEAR = 0.8  # the same for a Hangul span that reads as Sino-Korean
NAME_LIKE = 0.9  # a token this similar to a listed name is itself a name

# Korean particles and copula endings that follow a name inside its token.
PARTICLES = sorted(
    """은 는 이 가 을 를 의 에 와 과 로 도 만 께 씨 측 등 나 이나 으로 에서 에게 까지 부터 처럼
    보다 께서 이라 라는 이라는 이란 이며 이고 이다 에는 에도 과의 와의 과는 와는 으로는 로는
    에서는 에서도 으로서 로서 로부터 에게는 한테 이었다 였다 이지만 라고 이라고 는데 들이 들은
    들의 들을 인 인은 인이 인의 인들 인들이 인들은""".split(),  # noqa: SIM905
    key=len,
    reverse=True,
)
# Korean given names keep their hyphen (Gyu-back, Jong-il); Frank-Walter is two names.
_NAME_RE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['-][a-z]+)*")
# Nouns Korean appends to a place or group name inside the token (텍사스주, 힌두교).
_SUFFIXES = (
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
_CODE_RE = re.compile(r"(?<![\w-])[A-Z]{1,4}-?\d+[A-Z]{0,3}(?![\w-])")
_ACRONYM_RE = re.compile(r"(?<![\w.-])[A-Z]{2,6}(?![\w-])")
_LATIN_RE = re.compile(r"[A-Za-z][\w-]*[A-Za-z0-9]")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|[\"“‘(]\s*)$")


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
    for w in listed_names():
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
            for suf in _SUFFIXES:
                if stem.endswith(suf) and len(stem) >= len(suf) + 2:
                    stems.append(stem[: -len(suf)])
        out.append(Token(m.start(), t, tuple(dict.fromkeys(stems))))
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
    ok = best.sim >= MATCH or (
        best.sim >= LOOSE and hard_edits(phones, hangul_phones(best.text)) == 0
    )
    return Match(best.sim, best.token, best.text, best.start, ok)


def _stems(word: str) -> list[str]:
    """The word and its base if it is a demonym or plural (Russian → Russia)."""
    out = [word]
    for suf, rep in (("ians", "ia"), ("ian", "ia"), ("ans", "a"), ("an", "a"), ("ish", "")):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            out.append(word[: -len(suf)] + rep)
    for suf in ("ese", "ian", "s", "i", "n"):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            out.append(word[: -len(suf)])
    return out


def _is_word(w: str) -> bool:
    """A capitalised common word that is no listed name (Minister, Navy, The)."""
    return w.lower() in common_words() and w not in listed_names()


def source_names(en: str) -> list[list[tuple[int, str]]]:
    """Runs of capitalised words (offset, word) that may be names.

    Titles and organisation words (Defense Minister, Air Force) are translated,
    not transliterated: a capitalised common word that is no listed name splits
    the run and is dropped, and so is a sentence-initial common word.
    """
    runs: list[list[tuple[int, str]]] = []
    last_end = -10
    for m in _NAME_RE.finditer(en):
        w, start = m.group(), m.start()
        at_start = bool(_SENTENCE_START.search(en[:start]))
        if _is_word(w) or (at_start and w.lower() in common_words()):
            last_end = -10
            continue
        if runs and en[last_end:start] == " ":
            runs[-1].append((start, w))
        else:
            runs.append([(start, w)])
        last_end = m.end()
    return runs


def _suspect(pair: PairText, reason: str, src: tuple[int, str], tgt: Match | None) -> Suspect:
    spans = [Span("src", src[0], src[0] + len(src[1]), src[1])]
    if tgt is not None:
        spans.append(Span("tgt", tgt.start, tgt.start + len(tgt.text), tgt.text))
    category = Category.MISTRANSLATION if tgt is not None else Category.OMISSION
    return Suspect(pair.bead_id, NAME, category, Severity.MAJOR, reason, tuple(spans))


def _check_name(pair: PairText, run: list[tuple[int, str]], toks: list[Token]) -> list[Suspect]:
    ko_lower = pair.tgt.lower()
    words = [(o, w) for o, w in run if w.lower() not in ko_lower]
    if not words or len(run) > 4:
        return []
    # The whole name as one span, in source or East Asian (surname first) order.
    whole = "".join(english_phones(w) for _, w in run)
    rev = "".join(english_phones(w) for _, w in run[-1:] + run[:-1])
    korean_style = any("-" in w for _, w in run)
    whole_match = None
    if len(run) > 1:
        # Only a single token: 안규백, 후진타오.  Names in two tokens are checked per word.
        whole_match = max((best_match(p, toks) for p in (whole, rev)), key=_sim)
        if whole_match is not None and whole_match.ok:
            return []
    per_word: list[Match | None] = []
    for _, w in words:
        cands = [best_match(english_phones(s), toks) for s in _stems(w)]
        per_word.append(max(cands, key=_sim))
    matched = [m for m in per_word if m is not None and m.ok]
    anchors = {m.token for m in matched if len(m.text) >= 2}
    m = whole_match
    near = m is not None and m.sim >= NEAR and len(m.text) >= 2
    if not matched and m is not None and near and (korean_style or not is_sino(m.text)):
        full = " ".join(w for _, w in run)
        reason = (
            f"name ‘{full}’ does not match its rendering ‘{m.text}’ ({romanize(m.text)}):"
            " a syllable may be wrong or missing"
        )
        return [_suspect(pair, reason, (run[0][0], full), m)]
    out = []
    for (off, w), m in zip(words, per_word, strict=True):
        if m is None or m.ok:
            continue
        anchored = bool(anchors & {m.token - 1, m.token + 1})
        # A Sino-Korean word (기반, 대만) near a name is mostly a translated name's
        # stand-in; it needs a closer sound to count.
        sino_ok = korean_style or not is_sino(m.text) or m.sim >= SINO_NEAR
        plausible = not _native(m.text) and (anchored or (len(m.text) >= 2 and sino_ok))
        if m.sim >= NEAR and plausible:
            reason = (
                f"name ‘{w}’ does not match its rendering ‘{m.text}’ ({romanize(m.text)}):"
                " a syllable may be wrong or missing"
            )
            out.append(_suspect(pair, reason, (off, w), m))
        elif anchors and len(run) > 1:
            anchor = min(anchors)
            for j in (anchor - 1, anchor + 1):
                if j < 0 or j >= len(toks) or j in anchors or w not in listed_names():
                    continue
                if min(len(x) for x in toks[j].stems) >= 2 and not is_sino(toks[j].text):
                    other = looks_like_name(toks[j].text)
                    if other is not None:
                        reason = (
                            f"name ‘{w}’ is rendered as ‘{toks[j].text}’, which reads as"
                            f" ‘{other}’: a different name"
                        )
                        hit = Match(0.0, j, toks[j].text, toks[j].start)
                        out.append(_suspect(pair, reason, (off, w), hit))
                        break
    return out


def _native(hangul: str) -> bool:
    """A past or present verb form (있다, 들었, 했던): ㅆ under a syllable, which no
    transliteration writes."""
    return any(_SYLLABLE_FINAL_SS(c) for c in hangul)


def _SYLLABLE_FINAL_SS(c: str) -> bool:  # noqa: N802
    return "가" <= c <= "힣" and (ord(c) - 0xAC00) % 28 == 20


def _sim(m: Match | None) -> float:
    return -1.0 if m is None else m.sim + m.ok


def _edit1(a: str, b: str) -> bool:
    """True when a and b differ by one substituted, inserted or deleted character."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] or a[i:] == b[i + 1 :] or a[i + 1 :] == b[i:]


def _check_codes(pair: PairText) -> list[Suspect]:
    out = []
    latin = [(m.start(), m.group()) for m in _LATIN_RE.finditer(pair.tgt)]
    for rx, must_survive in ((_CODE_RE, True), (_ACRONYM_RE, False)):
        for m in rx.finditer(pair.src):
            code = m.group()
            if code in pair.tgt or code.lower() in common_words():
                continue
            near = [(o, t) for o, t in latin if _edit1(code.upper(), t.upper())]
            src = (m.start(), code)
            if near:
                o, t = near[0]
                reason = f"‘{code}’ appears as ‘{t}’ in the translation"
                out.append(_suspect(pair, reason, src, Match(0.0, -1, t, o)))
            elif must_survive:
                reason = f"code ‘{code}’ is missing from the translation"
                out.append(_suspect(pair, reason, src, None))
    return out


def check(pairs: Sequence[PairText]) -> list[Suspect]:
    """Suspects for names and codes that do not survive into the target."""
    out: list[Suspect] = []
    for pair in pairs:
        out += _check_codes(pair)
        toks = tokens(pair.tgt)
        if not toks:
            continue
        for run in source_names(pair.src):
            out += _check_name(pair, run, toks)
    return out
