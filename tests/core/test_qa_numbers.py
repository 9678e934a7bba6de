"""Numbers check: real Korean renderings of numbers are matched, changed ones are not."""

from __future__ import annotations

import pytest

from reviewer.qa import numbers
from reviewer.qa.model import Category, PairText, Severity


def _check(en: str, ko: str) -> list[numbers.Suspect]:
    return numbers.check([PairText(1, en, ko)])


@pytest.mark.parametrize(
    ("en", "ko"),
    [
        # From the news pairs and the seed: all of these are correct.
        (
            "government researchers showed off the $110 million wonder",
            "정부의 연구학자들이 이 1억1천만 달러 짜리 경이로운 설비를 공개하며",
        ),
        (
            "With the ability to perform 12.3 trillion calculations a second",
            "초당 12조3천억 번의 계산을 수행할수 있는",
        ),
        (
            "the United States suspended underground nuclear tests in 1992.",
            "미국은 1992년에 지하 핵실험을 중지시켰기 때문에",
        ),
        ("It can store the equivalent of 300 million books", "이것은 3억권의 책이나"),
        (
            "It has 8,192 microprocessors linked together by 83 miles of wiring",
            "83마일의 배선으로 연결된 8,192개의 마이크로 프로세서를 갖고 있다.",
        ),
        (
            "agreed to resume joint drills for the first time in nine years",
            "합동 수색·구조 훈련을 9년 만에 처음으로 재개하기로 합의했으며",
        ),
        ("exchanges with Korea's Army 3rd Military Academy", "한국 육군 제3사관학교와의 교류"),
        ("the drills had been suspended since 2016", "이 훈련은 2016년 이후 중단됐다."),
        ("for the first-ever exchange", "첫 교류를"),
        ("its third attempt", "세 번째 시도"),
        ("approval fell to 45 percent", "지지율이 45퍼센트로 떨어졌다"),
        ("2.5 million people", "250만 명"),
        ("1,500 troops", "1천500명의 병력"),
        ("1,500 troops", "천오백 명의 병력"),
        ("on March 3", "3월 3일에"),
        ("two countries agreed", "양국은 합의했다"),
        ("about 190 miles from the coast", "해안에서 약 306km 떨어진"),
        ("the 4,500-year-old pyramid", "4,500년 된 피라미드"),
        ("a Korean Air Force C-130H transport aircraft", "한국 공군 C-130H 수송기"),
        ("in the past 12 months", "지난 1년 동안"),
        ("the Group of Eight nations", "G8 정상들은"),
        # News pairs whose renderings an earlier version took for errors.
        ("the quake, which struck about 12:26 a.m.", "오전 0시 26분 발생한 지진"),  # clock
        (
            "About three dozen Israeli soldiers have also died.",
            "또한 약 36명의 이스라엘군이 사망하였다.",
        ),
        ("The talks will come 24 hours before a Wednesday deadline", "명단 제출을 하루 앞두고"),
        (
            "workers spread out a 10,500-square-foot reflector over the glacier",
            "작업자들은 975 m²의 공간에 반사경을 설치하고 있다.",
        ),
        (
            "sustained winds near 75 mph and gusts of 90 mph",
            "시속 120km에서 약 150km의 강풍을 동반한",
        ),
        (
            "some rockets landed up to 70km inside Israel",
            "이중 몇 발은 이스라엘 영내70km까지 도달해",
        ),
        (
            "The lamps were first planted on the Ringstrasse in Vienna in October 2007",
            "지난해 10월 빈의 링슈트라세(Ringstrasse)에 처음으로 이 가로등을 설치했을 당시",
        ),
        (
            "said the devices were placed 15 meters (49 feet) from each other.",
            "“2개의 폭파장치가 15m 간격으로 떨어져 있었다”고 전했다.",
        ),
        (
            "had received a call at 0715 (1215 GMT) alerting them to a shooting",
            "현지시간 7시 15분 (그리니치 표준시 12시 15분)에 총격이 있다고 알리는 전화가 걸려왔다",
        ),
        (
            "she's a 26-year-old nurse at the Cleveland Clinic",  # an age dropped: a detail
            "클리브랜드 클리닉 (Cleveland Clinic)의 간호사이다.",
        ),
        (
            "the Olympic Summer Games, which kick off on August 8 in host city Beijing",
            "베이징에서 개막하는 하계 올림픽 경기",
        ),
        (
            "check every oxygen bottle in its fleet of Boeing 747s",
            "보잉 여객기의 모든 산소통을 검사할 것을 요구했다.",
        ),
    ],
)
def test_correct_numbers_are_not_flagged(en: str, ko: str) -> None:
    assert _check(en, ko) == []


def test_changed_number_is_a_major_mistranslation_with_both_spans() -> None:
    en = "The country abolished a 239-year monarchy following elections in April."
    ko = "네팔은 지난 4월 총선을 통해 234년간 계속됐던 왕정이 폐지됐다."
    [s] = _check(en, ko)
    assert s.check == numbers.NAME
    assert (s.category, s.severity) == (Category.MISTRANSLATION, Severity.MAJOR)
    src, tgt = s.spans
    assert (src.side, src.text) == ("src", "239")
    assert (tgt.side, tgt.text) == ("tgt", "234년")
    assert ko[tgt.start : tgt.end] == tgt.text
    assert en[src.start : src.end] == src.text


def test_changed_korean_numeral_is_flagged() -> None:
    [s] = _check("He met three ministers.", "그는 네 명의 장관을 만났다.")
    assert s.spans[-1].text == "네"


def test_missing_digits_are_an_omission_on_the_source() -> None:
    en = "Crude dropped $3.98 to settle at $124.44 a barrel."
    ko = "가격은 배럴당 124.44달러로 거래를 마감했다."
    [s] = _check(en, ko)
    assert s.category == Category.OMISSION
    assert [(sp.side, sp.text) for sp in s.spans] == [("src", "3.98")]


def test_spelled_numbers_and_months_alone_are_not_reported_missing() -> None:
    # Translators drop "two great nations" or a month as often as not.
    assert _check("between two great nations in August", "양국 사이에서") == []
    assert _check("the border between two nations", "국경을 넘어") == []


def test_korean_only_numbers_are_not_flagged() -> None:
    # Added dates and won equivalents are the translator's, not errors.
    en = "The mother gave the robber 10,000 yen, police said Tuesday."
    ko = "아이 엄마는 강도에게 1만엔(약 9만4000원)을 주었다고 경찰이 9일 밝혔다."
    assert _check(en, ko) == []


def test_sino_value_parses_mixed_forms() -> None:
    assert numbers.sino_value("1억1천만") == 110_000_000
    assert numbers.sino_value("12조3천억") == 12.3e12
    assert numbers.sino_value("천오백") == 1500
    assert numbers.sino_value("250만") == 2_500_000


@pytest.mark.parametrize(
    ("en", "ko", "tgt"),
    [
        (
            "The stations will be open from 3 p.m. local time.",
            "사무소는 현지시각으로 오후 5시부터 문을 엽니다.",
            "5시",
        ),
        (
            "check every oxygen bottle in its fleet of Boeing 747s",
            "보잉 727의 모든 산소통을 검사할 것을 요구했다.",
            "727",
        ),
        (
            "About 150 people were taken to hospitals, said Hayati Yazici.",
            "하야티 야지시 보좌관은 “190여명이 병원에 입원했다”고 전했다.",
            "190",
        ),
    ],
)
def test_changed_times_models_and_counts_are_flagged(en: str, ko: str, tgt: str) -> None:
    [s] = _check(en, ko)
    assert s.category == Category.MISTRANSLATION
    assert s.spans[-1].text.startswith(tgt)


def test_a_missing_year_is_a_minor_omission() -> None:
    [s] = _check(
        "The lamps were first planted in Vienna in 2007.", "빈에 처음으로 이 가로등을 설치했다."
    )
    assert (s.category, s.severity) == (Category.OMISSION, Severity.MINOR)


def test_an_untranslated_target_is_left_to_the_language_check() -> None:
    en = "The music industry says it could cost it $2 billion over the next five years."
    assert _check(en, en) == []
    assert _check(en, "音楽業界は今後5年間で30億ドルの損失になると言う。") == []


def test_english_the_target_keeps_from_the_source_does_not_hide_a_changed_number() -> None:
    # Menu names left in English (as the product's Korean UI shows them): the
    # target is still Korean, and 1400 is a wrong value.
    en = "Open Settings > Network > Advanced Options > Interface MTU and enter 1500."
    found = _check(en, "Settings > Network > Advanced Options > Interface MTU에 1400 입력.")
    assert [s.reason for s in found] == [
        "source number ‘1500’ (1,500) is rendered as ‘1400’ (1,400)"
    ]
    formula = '=HYPERLINK("http://example.com","price") costs $50 today.'
    found = _check(formula, '=HYPERLINK("http://example.com","price")는 오늘 70달러입니다.')
    assert [s.spans[-1].text for s in found] == ["70"]


@pytest.mark.parametrize(
    ("en", "ko"),
    [
        # Money with a scale letter after a currency sign, and billions as 억.
        ("The company lost $50.7m last year.", "이 회사는 지난해 5070만달러의 손실을 봤다."),
        ("It raised £1.2bn from investors.", "투자자들로부터 12억파운드를 모았다."),
        ("The project cost US$5 billion.", "이 사업에는 50억달러가 들었다."),
        # Race times: 9초69 is 9.69 seconds.
        ("Bolt won the final in 9.69 seconds.", "볼트는 결승에서 9초69로 우승했다."),
        ("She won the 200m in 1:59.04.", "그녀는 200m를 1분59초04로 우승했다."),
        # Fractions, and a fraction given as a percentage.
        ("Half of the voters backed him.", "유권자의 절반이 그를 지지했다."),
        ("Two-thirds of the 300 members voted for it.", "의원 300명 가운데 3분의 2가 찬성했다."),
        ("Only 1/3 of the 12 reactors work.", "원자로 12기 중 3분의 1만 가동된다."),
        ("About 35 percent of voters backed him.", "유권자의 3분의 1 이상이 그를 지지했다."),
        ("Some half a million people fled.", "약 50만명이 피란했다."),
        ("The talks lasted 2.5 years.", "회담은 2년 반 동안 이어졌다."),
        # A range shares its unit (22 is degrees too), and 6-3 6-2 stays four numbers.
        ("Temperatures will reach 22 to 25 degrees.", "기온은 22~25도까지 오르겠다."),
        ("Nadal won 6-3 6-2.", "나달이 2-0(6-3 6-2)으로 이겼다."),
        # "twice" is not 하루 (a day), though both stand in the sentence.
        ("He visits the clinic twice a month.", "그는 한 달에 하루 이틀 병원을 찾는다."),
        # Decades written short in Korean.
        ("Prices doubled in the 1990s.", "가격은 90년대에 두 배로 올랐다."),
        # A thousand, approximately.
        ("More than a thousand people attended.", "1천여명이 참석했다."),
        # Ages and years the translator adds; a weekday as a date with its month.
        (
            "Karadzic is accused of ordering the 1995 massacre of 8,000 Muslims.",
            "카라지치(63)는 1995년 이슬람교도 8천명 학살을 명령한 혐의를 받는다.",
        ),
        ("Prices rose 12 percent last year.", "가격은 2008년 12% 올랐다."),
        (
            "The vote will take place on Tuesday, with 40 seats at stake.",
            "투표는 7월 22일 치러지며 의석 40석이 걸려 있다.",
        ),
        # "a 9-to-5 job" is office hours (news pair).
        (
            "says Tokuda, a former 9 to 5 travel agent. This is my second life.",
            "전직 여행사 정규직 사원이었던 도쿠다는 “이 직업은 제2의 인생”이라고 말했다.",
        ),
    ],
)
def test_more_correct_renderings_are_not_flagged(en: str, ko: str) -> None:
    assert _check(en, ko) == []


@pytest.mark.parametrize(
    ("en", "ko", "tgt"),
    [
        ("The project cost US$5 billion.", "이 사업에는 5억달러가 들었다.", "5억"),
        ("The race was won in 13.04 seconds.", "이 경기는 13초14로 끝났다.", "13초14"),
        ("The talks lasted 3.5 years.", "회담은 2년 반 동안 이어졌다.", "2년 반"),
        ("A third of the budget went to defence.", "예산의 4분의 1이 국방비로 쓰였다.", "4분의 1"),
        ("Temperatures will reach 22 to 25 degrees.", "기온은 22~28도까지 오르겠다.", "28도"),
        ("Prices rose 12 percent last year.", "가격은 2008년 15% 올랐다.", "15%"),
        ("It happened in May 2008.", "2008년 6월에 일어났다.", "6월"),
        (
            "The vote will take place on Tuesday, with 40 seats at stake.",
            "투표는 7월 22일 치러지며 의석 45석이 걸려 있다.",
            "45",
        ),
    ],
)
def test_changed_money_times_fractions_and_ranges_are_flagged(en: str, ko: str, tgt: str) -> None:
    [s] = _check(en, ko)
    assert s.category == Category.MISTRANSLATION
    assert s.spans[-1].text == tgt


def test_parsed_values() -> None:
    assert [n.value for n in numbers.english_numbers("$50.7m and £1.2bn")] == [50.7e6, 1.2e9]
    assert [(n.value, n.unit) for n in numbers.korean_numbers("13초04, 3분의 1")] == [
        (13.04, "second"),
        (1 / 3, "fraction"),
    ]
    # Digit groups join only through a scale syllable: 1억 2천만, not "3 6".
    assert [n.value for n in numbers.korean_numbers("1억 2천만, 6-3 6-2")] == [
        120_000_000,
        6,
        3,
        6,
        2,
    ]
