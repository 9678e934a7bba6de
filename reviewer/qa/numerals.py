"""Numbers in English and Korean text, parsed into values (for the numbers check).

English: digits (1,500, 3.98, $5bn), number words (two hundred, three dozen),
ordinals, months, Roman numerals after a name (Henry VIII), clock times
(12:26 a.m., 0715 GMT) and model numbers (Boeing 747).  Korean: digits with
Sino scale syllables (1억1천만, 250만), Sino numerals before a counter (천오백 명),
native numerals (세 명, 두 번째), day counts (이틀, 하루) and 양/쌍 (both).  Each
number carries its unit when one follows (km, %, 년, 시 ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewer.qa.transliteration import common_words


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
    rf"(?<![A-Za-z\d.,])(?:(?P<digits>{_DIGITS})(?:st|nd|rd|th|s|(?<=[$£€]\d)(?P<abbr>m|bn)\b"
    rf"|(?<=[$£€]\d\d)(?P<abbr2>m|bn)\b|(?P<sfx>km|cm|mm|m|kg|g|ft|lb|mph|am|pm)\b)?"
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
EN_MONTH_RE = re.compile(r"\b(" + "|".join(_EN_MONTHS) + r")\b")
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
    "하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10,
    "보름": 15,
}  # fmt: skip
# Counters and unit nouns after which a native or Sino numeral really is a number;
# the first ones also count when written without a space (두달, 세명).
_TIGHT = "번째 번 째 차례 명 개국 개월 개 곳 가지 나라 살 시간 달 마리 사람".split()  # noqa: SIM905
COUNTERS = _TIGHT + (
    "해 대 척 권 장 배 쌍 편 건 채 발 주일 주 년 월 일 분 초 세 층 차 회 위".split()  # noqa: SIM905
)
_KO_UNITS = {
    "퍼센트": "%", "%": "%", "마일": "mile", "킬로미터": "km", "km": "km", "미터": "m", "m": "m",
    "피트": "foot", "파운드": "pound", "킬로그램": "kg", "kg": "kg", "인치": "inch",
    "센티미터": "cm", "cm": "cm", "리터": "l", "갤런": "gallon", "야드": "yard", "도": "도",
    "개월": "month", "년": "year", "주": "week", "일": "day", "시간": "hour", "분": "minute",
    "m²": "m2", "㎡": "m2", "제곱미터": "m2", "평방미터": "m2", "km²": "km2", "㎢": "km2",
    "제곱킬로미터": "km2", "평방킬로미터": "km2", "헥타르": "ha", "에이커": "acre", "평": "pyeong",
    "시": "clock",
}  # fmt: skip
_KO_NUM_RE = re.compile(
    rf"(?<![A-Za-z\d.,])(?:제\s?)?(?P<num>(?:(?:{_DIGITS})\s?[십백천만억조]*)+)"
    r"(?P<unit>\s?(?:%s)(?![A-Za-z]))?" % "|".join(sorted(_KO_UNITS, key=len, reverse=True))
)
_KO_SINO_RE = re.compile(
    r"(?<![가-힣\d])([일이삼사오육칠팔구십백천만억조]{{2,}})(?=\s?(?:{}))".format(
        "|".join(COUNTERS)
    )
)
_KO_NATIVE_RE = re.compile(
    r"(?<![가-힣])({})(?:\s?(?={})|\s(?={}))".format(
        "|".join(sorted(_KO_NATIVE, key=len, reverse=True)),
        "|".join(_TIGHT),
        "|".join(COUNTERS),
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
    "mph": "mile", "a.m.": "clock", "p.m.": "clock", "am ": "clock", "pm ": "clock",
    "o'clock": "clock", "acre": "acre", "hectare": "ha",
}  # fmt: skip
_EN_SQUARE = {"f": "sqft", "mi": "sqmi", "kilomet": "km2", "km": "km2", "met": "m2", "m ": "m2"}


def _en_value(words: str) -> float:
    total, group = 0.0, 0.0
    for w in re.split(r"[\s-]+", words.lower()):
        if w == "and" or not w:
            continue
        if w == "dozen" and group:
            group *= 12  # three dozen
        elif w in _EN_UNITS:
            group += _EN_UNITS[w]
        elif w in ("hundred", "century"):
            group = max(group, 1) * _EN_SCALES[w]
        else:
            total += max(group, 1) * _EN_SCALES[w]
            group = 0
    return total + group


def _en_unit(text: str, end: int) -> str:
    after = text[end : end + 20].lower().replace("-", " ").lstrip(" ") + " "
    if after.startswith(("square ", "sq ", "sq. ")):
        rest = after.split(" ", 1)[1]
        return next((u for k, u in _EN_SQUARE.items() if rest.startswith(k)), "")
    if re.match(r":\d\d\b", text[end : end + 3]):
        return "clock"  # 12:26 a.m.
    return next((u for k, u in _EN_UNITS_AFTER.items() if after.startswith(k)), "")


def english_numbers(text: str) -> list[Num]:
    """Numbers of an English text; digits of codes (F-35) and HTML entities skipped."""
    text = re.sub(r"&#?\w+;", lambda m: " " * len(m.group()), text)
    codes = [m.span() for m in _CODE_RE.finditer(text)]
    out: list[Num] = []
    for m in _EN_NUM_RE.finditer(text):
        if any(a <= m.start() < b for a, b in codes):
            continue
        hhmm = re.fullmatch(r"([01]\d|2[0-3])([0-5]\d)", m.group())
        if hhmm and (m.group()[0] == "0" or re.match(r" (?:GMT|UTC|hours)", text[m.end() :])):
            for k in (1, 2):  # 0715 (1215 GMT): 7시 15분
                value, at = float(hhmm.group(k)), m.start(k)
                out.append(Num(value, at, at + 2, hhmm.group(k), "clock" if k == 1 else "minute"))
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
        sfx = (m.group("sfx") or "").lower()
        sfx = {"ft": "foot", "lb": "pound", "mph": "mile", "am": "clock", "pm": "clock"}.get(
            sfx, sfx
        )
        unit = sfx or _en_unit(text, m.end())
        out.append(Num(value, m.start(), m.end(), m.group(), unit, words is not None))
    # Boeing 747, Airbus 380: a model number (left to the names check).
    out = [Num(n.value, n.start, n.end, n.text, "model") if _model(text, n) else n for n in out]
    # "No. 1 out of 82 million": a rank, as often rendered 가장 as 1위.
    out = [n if not re.search(r"\bNo\.\s?$", text[: n.start]) else Num(
        n.value, n.start, n.end, n.text, n.unit, True) for n in out]  # fmt: skip
    for m in _EN_ORD_RE.finditer(text):
        value = _EN_ORDINALS[m.group().lower()]
        out.append(Num(value, m.start(), m.end(), m.group(), "", True))
    for m in EN_MONTH_RE.finditer(text):
        if m.group() == "May" and not re.match(r"\s+\d", text[m.end() :]):
            continue
        out.append(Num(_EN_MONTHS[m.group()], m.start(), m.end(), m.group(), "calendar", True))
    for m in _EN_ROMAN_RE.finditer(text):
        out.append(Num(_ROMAN[m.group(1)], m.start(1), m.end(1), m.group(1), "", True))
    return sorted(out, key=lambda n: n.start)


_MODEL = re.compile(r"\b([A-Z][a-z]+) $")


def _model(text: str, n: Num) -> bool:
    """Boeing 747, Airbus 380: three digits or more after a name, with no unit."""
    m = _MODEL.search(text[: n.start])
    if m is None or n.unit or n.spelled or 1900 <= n.value <= 2100 or n.value < 100:
        return False
    return m.group(1).lower() not in common_words() and m.group(1) not in _EN_MONTHS


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
        word = m.group(1)  # 구조대, 일조, 오만: two syllables ending in 만/억/조 are words
        scaled = any(c in word for c in "십백천") or (len(word) > 2 and word[-1] in "만억조")
        if value is not None and scaled:
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
