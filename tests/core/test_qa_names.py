"""Names check: transliterated names that match pass, altered ones are suspects."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.qa import names
from reviewer.qa.model import Category, PairText
from reviewer.qa.romanize import english_phones, hangul_phones, romanize, similarity


def _check(en: str, ko: str) -> list[names.Suspect]:
    return names.check([PairText(1, en, ko)])


def test_romanize_is_revised_romanization() -> None:
    assert romanize("안규백") == "angyubaek"
    assert romanize("고이즈미") == "goijeumi"
    assert hangul_phones("레이더") == "RETQ"  # 에이 is one long a


@pytest.mark.parametrize(
    ("en", "ko"),
    [
        ("Shinjiro", "신지로"),
        ("Koizumi", "고이즈미"),
        ("Walker", "워커"),
        ("Kasparov", "카스파로프"),
        ("Lawrence", "로렌스"),
        ("Yokosuka", "요코스카"),
        ("Gordon", "고든"),
    ],
)
def test_real_renderings_are_accepted(en: str, ko: str) -> None:
    m = names.best_match(english_phones(en), names.tokens(ko))
    assert m is not None and m.ok
    assert similarity(en, ko) >= 0.75


@pytest.mark.parametrize(
    ("en", "ko"),
    [
        (
            "The problem, says Stephen Walker, is that the technology is new.",
            "기술이 새롭다는 것이 문제라고 스티븐 워커는 말한다.",
        ),
        (
            "which defeated chess grand master Garry Kasparov in 1997.",
            "1997년에 체스의 대가인 개리 카스파로프를 물리쳤던",
        ),
        (
            "Defense Minister Ahn Gyu-back said the meeting should serve as an opportunity.",
            "안규백 장관은 이 만남이 기회가 되길 바란다고 말했다.",
        ),
        (
            "He and his Japanese counterpart Shinjiro Koizumi agreed to resume the drills.",
            "그는 일본의 고이즈미 신지로 방위상과 훈련을 재개하기로 합의했다.",
        ),
        (
            "Japan's NHK public broadcaster said talks would resume.",
            "일본의 NHK 공영 방송이 전했다.",
        ),
        (
            "a Korean Air Force C-130H transport aircraft made an emergency landing",
            "한국 공군 C-130H 수송기가 비상착륙했다",
        ),
        (
            # Translated, not transliterated: no near rendering, no suspect.
            "The White House said the Food and Drug Administration would act.",
            "백악관은 식품의약국이 조치할 것이라고 밝혔다.",
        ),
    ],
)
def test_matching_or_translated_names_are_not_flagged(en: str, ko: str) -> None:
    assert _check(en, ko) == []


def test_seed_dropped_syllable_is_flagged() -> None:
    en = "He and his Japanese counterpart Shinjiro Koizumi agreed to resume the drills."
    ko = "그는 일본의 고이즈미 신조 방위상과 훈련을 재개하기로 합의했다."
    [s] = _check(en, ko)
    assert s.category == Category.MISTRANSLATION
    assert [(sp.side, sp.text) for sp in s.spans] == [("src", "Shinjiro"), ("tgt", "신조")]
    assert "sinjo" in s.reason


def test_changed_syllable_in_a_long_name_is_flagged() -> None:
    en = "The attack happened in Istanbul on Wednesday."
    ko = "공격은 수요일 이스탄둘에서 일어났다."
    [s] = _check(en, ko)
    assert s.spans[-1].text == "이스탄둘"


def test_swapped_given_name_is_flagged() -> None:
    en = "The problem, says Stephen Walker, is that the technology is new."
    ko = "기술이 새롭다는 것이 문제라고 마이클 워커는 말한다."
    [s] = _check(en, ko)
    assert s.spans[-1].text == "마이클"
    assert "a different name" in s.reason


def test_altered_code_is_flagged_and_missing_code_is_an_omission() -> None:
    en = "a Korean Air Force C-130H transport aircraft"
    [s] = _check(en, "한국 공군 C-131H 수송기")
    assert s.spans[-1].text == "C-131H"
    [s] = _check(en, "한국 공군 수송기")
    assert s.category == Category.OMISSION


def test_seed_has_exactly_the_one_name_problem(seed_path: Path) -> None:
    lines = [ln for ln in seed_path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    en, ko = " ".join(lines[:7]), " ".join(lines[7:])
    got = [s.spans[0].text for s in _check(en, ko)]
    assert got == ["Shinjiro"]
