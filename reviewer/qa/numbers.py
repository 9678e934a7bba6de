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
the names check.  Metric conversions of miles, feet, pounds, inches, square
feet and miles, acres, mph and °F count as matches, and so do 24 hours as 하루,
clock times in either convention (12:26 a.m. as 0시 26분, 0715 as 7시 15분),
a dozen counted as twelve, a fraction as its percentage (half: 50%, a third:
33%) and a decade written short (the 1990s: 90년대).

A target number is offered as a source number's wrong rendering only when it
could be one: not a won equivalent, a score (2-0), a date the translator
added for a weekday or "last week" (7월 28일(현지시간) for "Monday"; a source
date still has the target's dates as rivals), a year added for "last year"
(2008년), an age added after a name (카라지치(63)) or a day word (하루) for a
source that counts no days ("twice"); not a percentage for a bare number,
not a measure in another unit, and for a spelled source number only a
numeral, a count, a month (May: 6월) or a fraction (a third: 4분의 1).
A source number left without a rendering is reported as
missing unless it is one of a pair of conversions ("15 meters (49 feet)"), a
model number (Boeing 747: only a near twin such as 727 is reported), a year or
day the target names relatively (지난해 10월, 이날), or a day of the month, a
clock time or an age, which Korean news drops or recasts as often as spelled
numbers.  A missing year is a minor omission, any other missing number major.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from reviewer.qa import reasons
from reviewer.qa.model import Category, PairText, Severity, Span, Suspect
from reviewer.qa.numerals import (
    COUNTERS,
    EN_MONTH_RE,
    Num,
    code_numbers,
    english_numbers,
    korean_numbers,
    sino_value,
)

NAME = "numbers"

__all__ = ["NAME", "Num", "check", "english_numbers", "korean_numbers", "match", "sino_value"]

# Source unit → (target unit, factor): translators convert to metric and to years/days.
_CONVERSIONS = {
    "mile": (("km", 1.609),), "foot": (("m", 0.3048),), "pound": (("kg", 0.4536),),
    "inch": (("cm", 2.54),), "gallon": (("l", 3.785),), "yard": (("m", 0.9144),),
    "month": (("year", 1 / 12),), "week": (("day", 7.0),),
    "hour": (("minute", 60.0), ("day", 1 / 24)),  # 24 hours: 하루
    "sqft": (("m2", 0.0929), ("pyeong", 0.0281)), "sqmi": (("km2", 2.59),),
    "acre": (("m2", 4047.0), ("ha", 0.4047), ("pyeong", 1224.0)),
    "m2": (("pyeong", 0.3025),), "km2": (("pyeong", 302500.0),),
}  # fmt: skip


_LENGTHS = frozenset(("km", "m", "cm", "mile", "foot", "inch", "yard", "kg", "pound", "l", "%"))
_LENGTHS |= {"m2", "km2", "sqft", "sqmi", "acre", "ha", "pyeong"}
# Words that stand for a year or a day the source names by number (October 2007 →
# 지난해 10월, on June 14 → 이날): the number is then not missing.
_WEEKDAY = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:yesterday|today|tonight|overnight)\b"
    r"|\b(?:this|last|next) (?:morning|afternoon|evening|night|week|weekend|month)\b",
    re.IGNORECASE,
)
_RELATIVE_YEAR = re.compile(r"지난\s?해|작년|올해|금년|내년|이듬해|그해")
_RELATIVE_DAY = re.compile(
    r"이날|그날|당일|오늘|어제|내일|지난달|이번\s?달|이달|같은\s?날|전날|다음\s?날"
)
# Counters after which a digit is a count (not a date, time or percentage).
_COUNT_AFTER = re.compile(
    r"\s?(?:{})".format("|".join(c for c in COUNTERS if c not in "년월일분초시"))
)


def _same(src: Num, tgt: Num, convert: bool) -> bool:
    """Equal values (with compatible units), or, with ``convert``, a unit conversion."""
    if not convert:
        if src.unit == tgt.unit == "decade":  # the 1990s: 90년대
            return src.value % 100 == tgt.value % 100
        clash = src.unit in _LENGTHS and tgt.unit in _LENGTHS and src.unit != tgt.unit
        return not clash and abs(src.value - tgt.value) <= 1e-9 * max(1.0, abs(src.value))
    if {src.unit, tgt.unit} == {"fraction", "%"}:  # half: 50%, 35 percent: 3분의 1
        percent, share = (src, tgt) if src.unit == "%" else (tgt, src)
        return abs(percent.value - 100 * share.value) <= 2.0
    if src.unit == "clock" and tgt.unit == "clock":
        return src.value % 12 == tgt.value % 12  # 12:26 a.m. is 0시 26분, 3 p.m. 15시
    for unit, factor in _CONVERSIONS.get(src.unit, ()):
        ratio = tgt.value / (src.value * factor) if src.value else 0.0
        if tgt.unit in (unit, "") and 0.9 <= ratio <= 1.1:
            return True
    # °F → °C as translators round it.
    return tgt.unit == "도" and abs((src.value - 32) / 1.8 - tgt.value) <= 1.0


def match(
    src: Sequence[Num], tgt: Sequence[Num], convert: tuple[bool, ...] = (False, True)
) -> tuple[list[Num], list[Num]]:
    """Multiset matching, exact values first, then conversions.

    Returns the unmatched source and target numbers.
    """
    free = list(tgt)
    lost = list(src)
    for convert_now in convert:
        for s in list(lost):
            hit = next((t for t in free if _same(s, t, convert_now)), None)
            if hit is not None:
                free.remove(hit)
                lost.remove(s)
    return lost, free


def _rival(src: Num, tgt: Num, ko: str, en: str = "") -> bool:
    """Whether an unmatched target number may be the rendering of a source number.

    Translators add numbers of their own: dates for weekdays (9일), won
    equivalents in brackets ((약 9만4000원)), 양국 for "the two countries".
    Those are not offered as a source number's (wrong) rendering.
    """
    if tgt.unit == "dual" or re.match(r"\s?원", ko[tgt.end : tgt.end + 2]):
        return False
    percent = (src.unit == "%") != (tgt.unit == "%")
    whole = float(src.value).is_integer() != float(tgt.value).is_integer()  # 6.15 for 15
    if percent or whole or (tgt.value == 0) != (src.value == 0):
        return False
    if src.unit in _LENGTHS and tgt.unit != src.unit:
        return False  # a conversion that does not fit is the translator's rounding
    if re.search(r"\d\s?-\s?$", ko[: tgt.start]) or re.match(r"\s?-\s?\d", ko[tgt.end :]):
        return False  # a score or a range (2-0, 6-3)
    if tgt.unit == "year" and 1900 <= tgt.value <= 2100 and not 1000 <= src.value < 3000:
        return False  # 2008년 for "last year": a year the translator spells out
    if tgt.unit == "age":  # 카라지치(63): the translator adds ages after names
        return _age(src, en)
    if tgt.unit == "day" and not tgt.text[:1].isdigit():  # 하루, 사흘: not for "twice"
        return src.unit in ("day", "week", "hour")
    if src.unit == tgt.unit and src.unit in ("calendar", "fraction"):
        return True  # May: 6월, a third: 4분의 1
    if src.spelled:
        # "three ministers": only a numeral or a count can be its (wrong) rendering.
        native = not tgt.text[:1].isdigit()
        return tgt.value <= 100 and (native or bool(_COUNT_AFTER.match(ko, tgt.end)))
    if tgt.unit in ("day", "calendar") or ko[tgt.end : tgt.end + 1] == "일":
        # 7월 28일(현지시간) for "on Monday": the translator's date, not the source
        # number's, unless the source number is itself a date (June 21: 6월 22일).
        limit = 12 if tgt.unit == "calendar" else 31
        return src.value <= limit and (_day_of_month(src, en) or not _WEEKDAY.search(en))
    return True


def _day_of_month(src: Num, en: str) -> bool:
    """June 21: a date of the source, whose target dates are its renderings."""
    return bool(EN_MONTH_RE.search(en[max(0, src.start - 10) : src.start])) and src.value <= 31


def _age(src: Num, en: str) -> bool:
    """Karadzic, 63, / a 26-year-old / aged 26: an age."""
    return bool(
        re.search(r"^-year-old|^, |^ years? old|aged $", en[src.end : src.end + 9])
        and (en[max(0, src.start - 2) : src.start] == ", " or "year" in en[src.end : src.end + 9])
    ) or bool(re.search(r"aged\s$", en[max(0, src.start - 5) : src.start]))


def _closeness(a: Num, b: Num) -> float:
    """How alike two numbers look (a changed digit, a neighbouring value)."""
    x, y = f"{a.value:g}", f"{b.value:g}"
    same_len = len(x) == len(y)
    diff = sum(c != d for c, d in zip(x, y, strict=False)) + abs(len(x) - len(y))
    return (a.unit == b.unit) + same_len - diff / max(len(x), len(y))


def _relative(src: Num, en: str, ko: str) -> bool:
    """A year or a day of the month the target names relatively (지난해, 이날)."""
    if 1900 <= src.value <= 2100 and float(src.value).is_integer() and not src.unit:
        return bool(_RELATIVE_YEAR.search(ko))
    month_before = EN_MONTH_RE.search(en[max(0, src.start - 10) : src.start])
    return src.value <= 31 and month_before is not None and bool(_RELATIVE_DAY.search(ko))


def _detail(src: Num, en: str) -> bool:
    """A day of the month, a clock time or an age: Korean news drops or recasts
    these as often as not (이날, 오전, no age), like spelled numbers."""
    if src.unit in ("clock", "minute", "calendar"):
        return True
    return _day_of_month(src, en) or _age(src, en)


def _fmt(n: Num) -> str:
    return f"‘{n.text}’ ({n.value:,.10g})"


def _near(s: Num, others: Sequence[Num]) -> bool:
    return any(abs(m.start - s.end) < 16 or abs(s.start - m.end) < 16 for m in others)


def _bracketed(text: str, n: Num) -> bool:
    before = text[: n.start]
    return before.rfind("(") > before.rfind(")") and ")" in text[n.end :]


# A run of letters of any script but Hangul (MTU of MTU에, a kana word).
_FOREIGN_WORD = re.compile(r"[^\W\d_가-힣ㄱ-ㆎ]+")


def _korean_enough(src: str, tgt: str) -> bool:
    """Whether the target is Korean text whose numbers can be read.

    An untranslated or non-Korean target is the language check's.  Words the
    target copies from the source (a menu path, a product, a formula kept in
    English) say nothing about its language, so only the other letters are
    weighed against the Hangul.
    """
    hangul = sum("가" <= c <= "힣" for c in tgt)
    copied = {w.lower() for w in _FOREIGN_WORD.findall(src)}
    foreign = sum(len(w) for w in _FOREIGN_WORD.findall(tgt) if w.lower() not in copied)
    return hangul > 0 and 3 * hangul >= foreign


def _suspects(pair: PairText) -> Iterator[Suspect]:
    if not _korean_enough(pair.src, pair.tgt):
        return
    src = english_numbers(pair.src)
    ko = korean_numbers(pair.tgt)
    lost, extra = match(src, ko)
    lost, _ = match(lost, code_numbers(pair.tgt))
    matched = [n for n in src if n not in lost]
    exact = [n for n in src if n not in match(src, ko, (False,))[0]]
    for s in lost:
        src_span = Span("src", s.start, s.end, s.text)
        if _bracketed(pair.src, s) and (_near(s, exact) or _near(s, lost)):
            continue  # "15 meters (49 feet)": one figure of the pair is there, or reported
        rivals = [t for t in extra if _rival(s, t, pair.tgt, pair.src)]
        if s.unit == "model":  # Boeing 747: only a near twin (727) is worth a word
            rivals = [t for t in rivals if _closeness(s, t) > 0.5]
            if not rivals:
                continue
        if not rivals and _relative(s, pair.src, pair.tgt):
            continue
        if rivals:
            t = max(rivals, key=lambda t: _closeness(s, t))
            extra.remove(t)
            reason = reasons.NUMBER_CHANGED(source=_fmt(s), target=_fmt(t))
            spans = (src_span, Span("tgt", t.start, t.end, t.text))
            yield Suspect(
                pair.bead_id, NAME, Category.MISTRANSLATION, Severity.MAJOR, reason, spans
            )
            continue
        if s.spelled:
            continue  # "two nations", "in August": paraphrased or dropped as often as not
        # "2,900 meters (9,500 feet)": one of a pair of conversions is enough.
        if _near(s, matched) and "(" in pair.src[max(0, s.start - 16) : s.end + 16]:
            continue
        if _detail(s, pair.src):
            continue
        reason = reasons.NUMBER_MISSING(source=_fmt(s))
        year = 1900 <= s.value <= 2100 and s.unit in ("", "decade")  # a lost date: minor
        severity = Severity.MINOR if year else Severity.MAJOR
        yield Suspect(pair.bead_id, NAME, Category.OMISSION, severity, reason, (src_span,))


def check(pairs: Sequence[PairText]) -> list[Suspect]:
    """Suspects for source numbers whose value the target does not carry."""
    return [s for pair in pairs for s in _suspects(pair)]
