"""Numbers in English and Korean text, parsed into values (for the numbers check).

English: digits (1,500, 3.98, $5bn, $50.7m: a scale letter counts only after
a currency sign, else 50m is metres), number words (two hundred, three dozen,
a thousand), ordinals, months, Roman numerals after a name (Henry VIII), clock
times (12:26 a.m., 0715 GMT), model numbers (Boeing 747), decades (1990s, '90s),
fractions (half of, a third, two-thirds, 1/3, half a million, two and a half)
and "9 to 5" skipped as office hours.  Korean: digits with Sino scale syllables
(1억1천만, 250만; digit groups join only through a scale syllable, so the
tennis score 6-3 6-2 stays four numbers), Sino numerals before a counter
(천오백 명), native numerals (세 명, 두 번째), day counts (이틀, 하루), 양/쌍
(both), fractions (3분의 1, 절반, 2년 반), race times (9초69 = 9.69 s), months
(7월) and decades (90년대), and ages after a name (카라지치(63)).  Each number
carries its unit when one follows (km, %, 년, 시 ...); the first number of a
range takes the unit of the second (22~25도, 22 to 25 degrees).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

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
# A currency sign before the digits makes m/bn/k a scale ($50.7m, £1.2bn), not metres.
_EN_NUM_RE = re.compile(
    rf"(?:(?<=(?P<cur>[$£€¥]))|(?<![A-Za-z\d.,]))(?:(?P<digits>{_DIGITS})"
    rf"(?:st|nd|rd|th|s|(?P<abbr>(?(cur)(?:bn|mn|m|b|k)|(?!)))\b|(?P<abbr2>bn|mn)\b"
    rf"|(?P<sfx>km|cm|mm|m|kg|g|ft|lb|mph|am|pm)\b)?"
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
    "시": "clock", "년대": "decade", "월": "calendar", "초": "second",
}  # fmt: skip
_KO_NUM_RE = re.compile(
    rf"(?<![A-Za-z\d.,])(?:제\s?)?(?P<num>(?:{_DIGITS})"
    rf"(?:\s?[십백천만억조]+(?:(?:{_DIGITS})|\s(?:{_DIGITS})(?=\s?[십백천만억조]))?)*)"
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
# Fractions: 3분의 1, 절반, 2년 반; English a third, two-thirds, half of, 1/3.
_KO_FRAC_RE = re.compile(
    r"(?<![\d.,])(?P<d>\d+|[이삼사오육칠팔구십백]+)\s?분의\s?(?P<n>\d+(?:\.\d+)?|[일이삼사오육칠팔구]+)"
    r"|(?<![가-힣])(?P<half>절반)"
    r"|(?<![\d.,])(?P<whole>\d+)\s?(?P<hunit>년|개월|시간|배)\s?반"
    r"(?=(?:이|의|을|에|만에|가량|째|쯤|여)?(?![가-힣]))"
)
# A race time: 9초69 is 9.69 seconds.
_KO_RACE_RE = re.compile(r"(?<![\d.,])(\d{1,2})초(\d{1,3})(?!\d|[.,]\d)")
# Two numbers of a range share the unit written after the second (22~25도).
_KO_RANGE = re.compile(r"\s?[~∼～\-–]\s?")
_EN_RANGE = re.compile(r"\s?(?:[-–~]|to)\s?|\s(?:and|to)\s")
_EN_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fifth": 5}
_EN_FRAC_RE = re.compile(
    r"\b(?:(?P<n>an?|one|two|three|four)[\s-]+)?(?P<d>half|halves|thirds?|quarters?|fifths?)\b"
    r"|(?<![\d/.,])(?P<dn>[1-9])/(?P<dd>[2-9]|10)(?![\d/])",
    re.IGNORECASE,
)
_HALF_OF = re.compile(r"\s+(?:of|the|a|an|its|their|his|her)\b", re.IGNORECASE)

_EN_UNITS_AFTER = {
    "percent": "%", "per cent": "%", "%": "%", "mile": "mile", "kilomet": "km", "km": "km",
    "met": "m", "foot": "foot", "feet": "foot", "ft": "foot", "pound": "pound", "lb": "pound",
    "kilogram": "kg", "kg": "kg", "inch": "inch", "centimet": "cm", "cm": "cm", "liter": "l",
    "litre": "l", "gallon": "gallon", "yard": "yard", "month": "month", "year": "year",
    "week": "week", "day": "day", "hour": "hour", "minute": "minute", "degree": "도",
    "mph": "mile", "a.m.": "clock", "p.m.": "clock", "am ": "clock", "pm ": "clock",
    "o'clock": "clock", "acre": "acre", "hectare": "ha", "second": "second", "sec ": "second",
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


_ABBR = {"m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "k": 1e3}
# "a 9-to-5 job": office hours as an idiom (정규직), not two numbers.
_NINE_TO_FIVE = re.compile(r"\b(?:9|nine)[\s-]to[\s-](?:5|five)\b(?![\s-]*(?:p\.?m|o'clock))", re.I)


def _en_fractions(text: str) -> list[Num]:
    """a third, two-thirds, half of, one and a half, 1/3: values below one (or x.5)."""
    out = []
    for m in _EN_FRAC_RE.finditer(text):
        if m.group("dn"):
            n, d = int(m.group("dn")), int(m.group("dd"))
            if n < d:
                out.append(Num(n / d, m.start(), m.end(), m.group(), "fraction"))
            continue
        word, count = m.group("d").lower().rstrip("s"), (m.group("n") or "").lower()
        if word == "halve":
            word = "half"
        if not count and (word != "half" or not _HALF_OF.match(text, m.end())):
            continue  # "the third quarter", "first half": an ordinal or a period
        value = _EN_UNITS.get(count, 1) / _EN_FRACTIONS[word]
        scale = re.match(r"\s+an?\s+(hundred|thousand|[mb]illion|dozen)\b", text[m.end() :], re.I)
        if scale:  # half a million: 50만
            big = _EN_SCALES.get(scale.group(1).lower(), 12.0)
            end = m.end() + scale.end()
            out.append(Num(value * big, m.start(), end, text[m.start() : end], "", True))
            continue
        out.append(Num(value, m.start(), m.end(), m.group(), "fraction", True))
    return out


def _share_units(nums: list[Num], text: str, between: re.Pattern[str]) -> list[Num]:
    """The first number of a range takes the unit of the second (22 to 25 degrees)."""
    out = list(nums)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if not a.unit and b.unit and between.fullmatch(text[a.end : b.start]):
            out[k] = replace(a, unit=b.unit)
    return out


def english_numbers(text: str) -> list[Num]:
    """Numbers of an English text; digits of codes (F-35) and HTML entities skipped."""
    text = re.sub(r"&#?\w+;", lambda m: " " * len(m.group()), text)
    text = _NINE_TO_FIVE.sub(lambda m: " " * len(m.group()), text)
    fractions = _en_fractions(text)
    skip = [m.span() for m in _CODE_RE.finditer(text)] + [(f.start, f.end) for f in fractions]
    out: list[Num] = []
    for m in _EN_NUM_RE.finditer(text):
        if any(a <= m.start() < b for a, b in skip):
            continue
        hhmm = re.fullmatch(r"([01]\d|2[0-3])([0-5]\d)", m.group())
        if hhmm and (m.group()[0] == "0" or re.match(r" (?:GMT|UTC|hours)", text[m.end() :])):
            for k in (1, 2):  # 0715 (1215 GMT): 7시 15분
                value, at = float(hhmm.group(k)), m.start(k)
                out.append(Num(value, at, at + 2, hhmm.group(k), "clock" if k == 1 else "minute"))
            continue
        words, scale = m.group("words"), m.group("scale")
        decade = False
        if words is not None:
            low = words.lower()
            bare = re.fullmatch(r"(?:decade|century|hundred|thousand|[mbtr]illion)s?", low)
            if (
                bare
                and re.fullmatch(r"(?:hundred|thousand|[mbtr]illion)", low)
                and re.search(r"\ba\s$", text[max(0, m.start() - 2) : m.start()])
            ):
                value = _EN_SCALES[low]  # "more than a thousand": 1천여
            elif low == "one" or bare:
                continue  # "one of", "hundreds of": no count
            else:
                value = _en_value(words)
        else:
            value = float(m.group("digits").replace(",", ""))
            abbr = (m.group("abbr") or m.group("abbr2") or "").lower()
            value *= _ABBR.get(abbr, 1.0)
            # the 1990s, the '90s, in his 60s: 1990년대, 90년대, 60대
            decade = m.group().endswith("s") and value >= 10 and value % 10 == 0
        if scale:
            value *= _EN_SCALES[scale.lower()]
        end = m.end()
        half = re.match(r"\s+and\s+a\s+half\b|½", text[end:])
        if half:  # two and a half years: 2년 반
            value, end = value + 0.5, end + half.end()
        sfx = (m.group("sfx") or "").lower()
        sfx = {"ft": "foot", "lb": "pound", "mph": "mile", "am": "clock", "pm": "clock"}.get(
            sfx, sfx
        )
        unit = "decade" if decade else sfx or _en_unit(text, end)
        out.append(Num(value, m.start(), end, text[m.start() : end], unit, words is not None))
    # Boeing 747, Airbus 380: a model number (left to the names check).
    out = [Num(n.value, n.start, n.end, n.text, "model") if _model(text, n) else n for n in out]
    # "No. 1 out of 82 million": a rank, as often rendered 가장 as 1위.
    out = [n if not re.search(r"\bNo\.\s?$", text[: n.start]) else Num(
        n.value, n.start, n.end, n.text, n.unit, True) for n in out]  # fmt: skip
    for m in _EN_ORD_RE.finditer(text):
        if any(a <= m.start() < b for a, b in skip):
            continue
        value = _EN_ORDINALS[m.group().lower()]
        out.append(Num(value, m.start(), m.end(), m.group(), "", True))
    for m in EN_MONTH_RE.finditer(text):
        if m.group() == "May" and not re.match(r"\s+\d", text[m.end() :]):
            continue
        out.append(Num(_EN_MONTHS[m.group()], m.start(), m.end(), m.group(), "calendar", True))
    for m in _EN_ROMAN_RE.finditer(text):
        out.append(Num(_ROMAN[m.group(1)], m.start(1), m.end(1), m.group(1), "", True))
    out = _share_units(sorted(out, key=lambda n: n.start), text, _EN_RANGE)
    return sorted(out + fractions, key=lambda n: n.start)


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
    special = _ko_fractions(text)
    for m in _KO_RACE_RE.finditer(text):
        secs = float(f"{m.group(1)}.{m.group(2)}")
        special.append(Num(secs, m.start(), m.end(), m.group(), "second"))
    skip = [m.span() for m in _CODE_RE.finditer(text)] + [(n.start, n.end) for n in special]
    out: list[Num] = []
    for m in _KO_NUM_RE.finditer(text):
        if any(a <= m.start() < b for a, b in skip):
            continue
        value = sino_value(m.group("num"))
        if value is not None:
            unit = _KO_UNITS.get((m.group("unit") or "").strip(), "")
            after_name = re.search(r"[가-힣]\($", text[max(0, m.start() - 2) : m.start()])
            if after_name and text[m.end() : m.end() + 1] == ")":
                unit = "age"  # 카라지치(63): an age the translator adds after a name
            out.append(Num(value, m.start(), m.end(), m.group().strip(), unit))
    out = _share_units(out, text, _KO_RANGE) + special
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


def _ko_fractions(text: str) -> list[Num]:
    """3분의 1 (a third), 절반 (half), 2년 반 (two and a half years)."""
    out = []
    for m in _KO_FRAC_RE.finditer(text):
        if m.group("half"):
            out.append(Num(0.5, m.start(), m.end(), m.group(), "fraction"))
        elif m.group("whole"):
            unit = _KO_UNITS.get(m.group("hunit"), "")
            value = float(m.group("whole")) + 0.5
            out.append(Num(value, m.start(), m.end(), m.group(), unit))
        else:
            d, n = sino_value(m.group("d")), sino_value(m.group("n"))
            if d and n is not None:
                out.append(Num(n / d, m.start(), m.end(), m.group(), "fraction"))
    return out


def code_numbers(text: str) -> list[Num]:
    """Digits inside codes (G8): a source 'Group of Eight' may stand as G8."""
    out = []
    for m in _CODE_RE.finditer(text):
        for d in re.finditer(r"\d+", m.group()):
            out.append(Num(float(d.group()), m.start(), m.end(), m.group(), "code"))
    return out
