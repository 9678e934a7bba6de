"""Numbers check: every number of the source must reach the target with its value.

English and Korean write the same value in many ways (nine / 9, 2.5 million /
250만, 1,500 / 1천500 / 천오백, 3rd / 제3 / 세 번째, March 3 / 3월 3일), so both
sides are parsed into values and matched as multisets; only what is left
unmatched is reported.  Because editors must not be buried in noise, the
parsers skip what is ambiguous: "one" (a pronoun as often as a number), "first"
("first-ever", "for the first time" are not counts), Sino numerals that are not
followed by a counter (이, 사, 오 are common syllables), and Korean-only numbers
(translators add won equivalents, local dates and ages), which are reported
only when a source number is also unmatched: that pair is a mistranslation,
a source number alone is an omission.  Digits inside codes (C-130H) belong to
the names check.  Metric conversions of miles, feet, pounds, inches and °F
count as matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reviewer.qa.model import Category, PairText, Severity, Span, Suspect

NAME = "numbers"


@dataclass(frozen=True)
class Num:
    """A number found in one side's text: its value and where it stands."""

    value: float
    start: int
    end: int
    text: str
    unit: str = ""
    spelled: bool = False  # a word, ordinal or month name rather than digits


_EN_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "twice": 2,
}  # fmt: skip
_EN_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20,
}  # fmt: skip
_EN_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "decade": 10, "decades": 10, "century": 100,
}  # fmt: skip
_MONTHS = "January February March April May June July August September October November December"
_EN_MONTHS = {m: i for i, m in enumerate(_MONTHS.split(), 1)}
_ROMAN = {"II": 2, "III": 3, "IV": 4, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "XI": 11, "XII": 12}
_ROMAN |= {"XIII": 13, "XIV": 14, "XV": 15, "XVI": 16, "XX": 20}

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_EN_WORD = "|".join(sorted([*_EN_UNITS, *_EN_SCALES], key=len, reverse=True))
_EN_NUM_RE = re.compile(
    rf"(?<![\w.,])(?:(?P<digits>{_DIGITS})(?:st|nd|rd|th|s|(?<=[$£€]\d)(?P<abbr>m|bn)\b"
    rf"|(?<=[$£€]\d\d)(?P<abbr2>m|bn)\b|(?P<sfx>km|cm|mm|m|kg|g|ft|lb|mph)\b)?"
    rf"|(?P<words>(?:{_EN_WORD})(?:[\s-]+(?:and\s+)?(?:{_EN_WORD}))*)(?![\s-]+(?:third|quarter|fifth)))"
    rf"(?:[\s-]*(?P<scale>hundred|thousand|million|billion|trillion|decades?))?"
    rf"(?![\w-]*\d[A-Za-z])(?!\w)",
    re.IGNORECASE,
)
# "first" and "second" are left out: "first-ever", "a second day" (이틀째), "second blast".
# "a third", "two-thirds" are fractions.
_EN_ORD_RE = re.compile(
    r"(?<!\ba )(?<!-)\b(" + "|".join(k for k in _EN_ORDINALS if k != "second") + r")\b(?!s)",
    re.IGNORECASE,
)
_EN_MONTH_RE = re.compile(r"\b(" + "|".join(_EN_MONTHS) + r")\b")
_EN_ROMAN_RE = re.compile(r"\b[A-Z][a-z]+ (" + "|".join(_ROMAN) + r")\b")
_CODE_RE = re.compile(r"(?<![\w-])[A-Z]+-?\d[\w-]*")

_KO_SINO = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_KO_SMALL = {"십": 10, "백": 100, "천": 1000}
_KO_BIG = {"만": 1e4, "억": 1e8, "조": 1e12}
_KO_NATIVE = {
    "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4, "넷": 4, "다섯": 5, "여섯": 6, "일곱": 7,
    "여덟": 8, "아홉": 9, "열": 10, "열한": 11, "열두": 12, "스무": 20, "스물": 20,
    "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70, "여든": 80, "아흔": 90,
}  # fmt: skip
_KO_DAYS = {
    "이틀": 2,
    "사흘": 3,
    "나흘": 4,
    "닷새": 5,
    "엿새": 6,
    "이레": 7,
    "열흘": 10,
    "보름": 15,
}
# Counters and unit nouns after which a native or Sino numeral really is a number;
# the first ones also count when written without a space (두달, 세명).
_TIGHT = "번째 번 째 차례 명 개국 개월 개 곳 가지 나라 살 시간 달 마리 사람".split()  # noqa: SIM905
_COUNTERS = _TIGHT + (
    "해 대 척 권 장 배 쌍 편 건 채 발 주일 주 년 월 일 분 초 세 층 차 회 위".split()  # noqa: SIM905
)
_KO_UNITS = {
    "퍼센트": "%", "%": "%", "마일": "mile", "킬로미터": "km", "km": "km", "미터": "m", "m": "m",
    "피트": "foot", "파운드": "pound", "킬로그램": "kg", "kg": "kg", "인치": "inch",
    "센티미터": "cm", "cm": "cm", "리터": "l", "갤런": "gallon", "야드": "yard", "도": "도",
    "개월": "month", "년": "year", "주": "week", "일": "day", "시간": "hour", "분": "minute",
}  # fmt: skip
_KO_NUM_RE = re.compile(
    rf"(?<![\w.,])(?:제\s?)?(?P<num>(?:(?:{_DIGITS})\s?[십백천만억조]*)+)"
    r"(?P<unit>\s?(?:%s)(?![A-Za-z]))?" % "|".join(sorted(_KO_UNITS, key=len, reverse=True))
)
_KO_SINO_RE = re.compile(
    r"(?<![가-힣\d])([일이삼사오육칠팔구십백천만억조]{{2,}})(?=\s?(?:{}))".format(
        "|".join(_COUNTERS)
    )
)
_KO_NATIVE_RE = re.compile(
    r"(?<![가-힣])({})(?:\s?(?={})|\s(?={}))".format(
        "|".join(sorted(_KO_NATIVE, key=len, reverse=True)),
        "|".join(_TIGHT),
        "|".join(_COUNTERS),
    )
)
_KO_ORDINAL_RE = re.compile(r"(?<![가-힣])(둘|셋|넷)째")
_KO_DAYS_RE = re.compile(r"(?<![가-힣])({})".format("|".join(_KO_DAYS)))
_KO_DUAL_RE = re.compile(r"(?<![가-힣])(양|쌍)(?=국|측|자|사|당|쪽|손|대|팀|군|방|둥이|\s?정상)")

_EN_UNITS_AFTER = {
    "percent": "%", "per cent": "%", "%": "%", "mile": "mile", "kilomet": "km", "km": "km",
    "met": "m", "foot": "foot", "feet": "foot", "ft": "foot", "pound": "pound", "lb": "pound",
    "kilogram": "kg", "kg": "kg", "inch": "inch", "centimet": "cm", "cm": "cm", "liter": "l",
    "litre": "l", "gallon": "gallon", "yard": "yard", "month": "month", "year": "year",
    "week": "week", "day": "day", "hour": "hour", "minute": "minute", "degree": "도",
}  # fmt: skip
# Source unit → (target unit, factor): translators convert to metric and to years/days.
_CONVERSIONS = {
    "mile": ("km", 1.609), "foot": ("m", 0.3048), "pound": ("kg", 0.4536),
    "inch": ("cm", 2.54), "gallon": ("l", 3.785), "yard": ("m", 0.9144),
    "month": ("year", 1 / 12), "week": ("day", 7.0), "hour": ("minute", 60.0),
}  # fmt: skip


def _en_value(words: str) -> float:
    total, group = 0.0, 0.0
    for w in re.split(r"[\s-]+", words.lower()):
        if w == "and" or not w:
            continue
        if w in _EN_UNITS:
            group += _EN_UNITS[w]
        elif w in ("hundred", "century"):
            group = max(group, 1) * _EN_SCALES[w]
        else:
            total += max(group, 1) * _EN_SCALES[w]
            group = 0
    return total + group


def _en_unit(text: str, end: int) -> str:
    after = text[end : end + 14].lower().lstrip(" -")
    return next((u for k, u in _EN_UNITS_AFTER.items() if after.startswith(k)), "")


def english_numbers(text: str) -> list[Num]:
    """Numbers of an English text; digits of codes (F-35) and HTML entities skipped."""
    text = re.sub(r"&#?\w+;", lambda m: " " * len(m.group()), text)
    codes = [m.span() for m in _CODE_RE.finditer(text)]
    out: list[Num] = []
    for m in _EN_NUM_RE.finditer(text):
        if any(a <= m.start() < b for a, b in codes):
            continue
        words, scale = m.group("words"), m.group("scale")
        if words is not None:
            low = words.lower()
            if low == "one" or re.fullmatch(
                r"(?:decade|century|hundred|thousand|[mbtr]illion)s?", low
            ):
                continue  # "one of", "hundreds of": no count
            value = _en_value(words)
        else:
            value = float(m.group("digits").replace(",", ""))
            abbr = m.group("abbr") or m.group("abbr2")
            if abbr:
                value *= 1e6 if abbr.lower() == "m" else 1e9
        if scale:
            value *= _EN_SCALES[scale.lower()]
        sfx = {"ft": "foot", "lb": "pound", "mph": "mile"}.get(m.group("sfx") or "", m.group("sfx"))
        unit = sfx or _en_unit(text, m.end())
        out.append(Num(value, m.start(), m.end(), m.group(), unit, words is not None))
    for m in _EN_ORD_RE.finditer(text):
        value = _EN_ORDINALS[m.group().lower()]
        out.append(Num(value, m.start(), m.end(), m.group(), "", True))
    for m in _EN_MONTH_RE.finditer(text):
        if m.group() == "May" and not re.match(r"\s+\d", text[m.end() :]):
            continue
        out.append(Num(_EN_MONTHS[m.group()], m.start(), m.end(), m.group(), "calendar", True))
    for m in _EN_ROMAN_RE.finditer(text):
        out.append(Num(_ROMAN[m.group(1)], m.start(1), m.end(1), m.group(1), "", True))
    return sorted(out, key=lambda n: n.start)


def sino_value(text: str) -> float | None:
    """Value of a Korean number written with digits and/or Sino numerals and units.

    '1억1천만' → 110000000, '1천500' → 1500, '250만' → 2500000, '천오백' → 1500.
    """
    total, group, pending = 0.0, 0.0, None
    for tok in re.findall(r"\d+(?:\.\d+)?|[일이삼사오육칠팔구십백천만억조]", text.replace(",", "")):
        if tok[0].isdigit():
            pending = float(tok)
        elif tok in _KO_SINO:
            pending = float(_KO_SINO[tok])
        elif tok in _KO_SMALL:
            group += (1.0 if pending is None else pending) * _KO_SMALL[tok]
            pending = None
        else:
            group += pending or 0.0
            total += (group or 1.0) * _KO_BIG[tok]
            group, pending = 0.0, None
    value = total + group + (pending or 0.0)
    return value if value or text.strip("0,.") == "" else None


def korean_numbers(text: str) -> list[Num]:
    """Numbers of a Korean text: digits with units, Sino and native numerals."""
    codes = [m.span() for m in _CODE_RE.finditer(text)]
    out: list[Num] = []
    for m in _KO_NUM_RE.finditer(text):
        if any(a <= m.start() < b for a, b in codes):
            continue
        value = sino_value(m.group("num"))
        if value is not None:
            unit = _KO_UNITS.get((m.group("unit") or "").strip(), "")
            out.append(Num(value, m.start(), m.end(), m.group().strip(), unit))
    for m in _KO_SINO_RE.finditer(text):
        value = sino_value(m.group(1))
        if value is not None and any(c in m.group(1) for c in "십백천만억조"):
            out.append(Num(value, m.start(), m.end(), m.group(1)))
    for rx, table in ((_KO_NATIVE_RE, _KO_NATIVE), (_KO_ORDINAL_RE, _KO_NATIVE)):
        for m in rx.finditer(text):
            out.append(Num(table[m.group(1)], m.start(1), m.end(1), m.group(1)))
    for m in _KO_DAYS_RE.finditer(text):
        out.append(Num(_KO_DAYS[m.group(1)], m.start(1), m.end(1), m.group(1), "day"))
    for m in _KO_DUAL_RE.finditer(text):
        out.append(Num(2, m.start(), m.end(), m.group(), "dual"))
    return sorted(out, key=lambda n: n.start)


def code_numbers(text: str) -> list[Num]:
    """Digits inside codes (G8): a source 'Group of Eight' may stand as G8."""
    out = []
    for m in _CODE_RE.finditer(text):
        for d in re.finditer(r"\d+", m.group()):
            out.append(Num(float(d.group()), m.start(), m.end(), m.group(), "code"))
    return out


_LENGTHS = frozenset(("km", "m", "cm", "mile", "foot", "inch", "yard", "kg", "pound", "l", "%"))


def _same(src: Num, tgt: Num, convert: bool) -> bool:
    """Equal values (with compatible units), or, with ``convert``, a unit conversion."""
    if not convert:
        clash = src.unit in _LENGTHS and tgt.unit in _LENGTHS and src.unit != tgt.unit
        return not clash and abs(src.value - tgt.value) <= 1e-9 * max(1.0, abs(src.value))
    if src.unit in _CONVERSIONS and tgt.value:
        unit, factor = _CONVERSIONS[src.unit]
        ratio = tgt.value / (src.value * factor) if src.value else 0.0
        return tgt.unit in (unit, "") and 0.9 <= ratio <= 1.1
    # °F → °C as translators round it.
    return tgt.unit == "도" and abs((src.value - 32) / 1.8 - tgt.value) <= 1.0


def match(src: Sequence[Num], tgt: Sequence[Num]) -> tuple[list[Num], list[Num]]:
    """Multiset matching, exact values first, then conversions.

    Returns the unmatched source and target numbers.
    """
    free = list(tgt)
    lost = list(src)
    for convert in (False, True):
        for s in list(lost):
            hit = next((t for t in free if _same(s, t, convert)), None)
            if hit is not None:
                free.remove(hit)
                lost.remove(s)
    return lost, free


def _rival(src: Num, tgt: Num, ko: str) -> bool:
    """Whether an unmatched target number may be the rendering of a source number.

    Translators add numbers of their own: dates for weekdays (9일), won
    equivalents in brackets ((약 9만4000원)), 양국 for "the two countries".
    Those are not offered as a source number's (wrong) rendering.
    """
    if tgt.unit == "dual" or re.match(r"\s?원", ko[tgt.end : tgt.end + 2]):
        return False
    if tgt.unit == "day" or ko[tgt.end : tgt.end + 1] == "일":
        return not src.spelled and src.value <= 31
    return not src.spelled or tgt.value <= 100


def _closeness(a: Num, b: Num) -> float:
    """How alike two numbers look (a changed digit, a neighbouring value)."""
    x, y = f"{a.value:g}", f"{b.value:g}"
    same_len = len(x) == len(y)
    diff = sum(c != d for c, d in zip(x, y, strict=False)) + abs(len(x) - len(y))
    return (a.unit == b.unit) + same_len - diff / max(len(x), len(y))


def _fmt(n: Num) -> str:
    return f"‘{n.text}’ ({n.value:,.10g})"


def _suspects(pair: PairText) -> Iterator[Suspect]:
    src = english_numbers(pair.src)
    lost, extra = match(src, korean_numbers(pair.tgt))
    lost, _ = match(lost, code_numbers(pair.tgt))
    matched = [n for n in src if n not in lost]
    for s in lost:
        src_span = Span("src", s.start, s.end, s.text)
        rivals = [t for t in extra if _rival(s, t, pair.tgt)]
        if rivals:
            t = max(rivals, key=lambda t: _closeness(s, t))
            extra.remove(t)
            reason = f"source number {_fmt(s)} is rendered as {_fmt(t)}"
            spans = (src_span, Span("tgt", t.start, t.end, t.text))
            yield Suspect(
                pair.bead_id, NAME, Category.MISTRANSLATION, Severity.MAJOR, reason, spans
            )
            continue
        if s.spelled:
            continue  # "two nations", "in August": paraphrased or dropped as often as not
        # "2,900 meters (9,500 feet)": one of a pair of conversions is enough.
        if any(abs(m.start - s.end) < 16 or abs(s.start - m.end) < 16 for m in matched) and (
            "(" in pair.src[max(0, s.start - 16) : s.end + 16]
        ):
            continue
        reason = f"source number {_fmt(s)} is missing from the translation"
        yield Suspect(pair.bead_id, NAME, Category.OMISSION, Severity.MAJOR, reason, (src_span,))


def check(pairs: Sequence[PairText]) -> list[Suspect]:
    """Suspects for source numbers whose value the target does not carry."""
    return [s for pair in pairs for s in _suspects(pair)]
