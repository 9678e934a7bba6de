"""Language check: empty sides, untranslated and wrong-language targets."""

from __future__ import annotations

import pytest

from reviewer.qa.language_check import check, hangul_share
from reviewer.qa.model import Category, PairText, Severity


def _one(src: str, tgt: str) -> list[tuple[Category, Severity, str]]:
    return [(s.category, s.severity, s.reason) for s in check([PairText(0, src, tgt)])]


def test_empty_sides() -> None:
    (om,) = check([PairText(1, "The talks ended.", "  ")])
    assert (om.category, om.severity, om.spans[0].side) == (
        Category.OMISSION,
        Severity.MAJOR,
        "src",
    )
    (add,) = check([PairText(2, "", "금요일 두 장관이 의장대를 시찰했다.")])
    assert (add.category, add.spans[0].side) == (Category.ADDITION, "tgt")
    assert add.spans[0].text == "금요일 두 장관이 의장대를 시찰했다."
    assert check([PairText(3, "", "")]) == []


def test_identical_and_english_targets() -> None:
    src = "The ministers agreed that close coordination is necessary."
    (got,) = _one(src, src)
    assert got[:2] == (Category.UNTRANSLATED, Severity.MAJOR)
    assert "identical" in got[2]
    (got,) = _one(src, "The two ministers said that coordination was needed.")
    assert got[0] == Category.UNTRANSLATED and "not Korean" in got[2] and "English" in got[2]


def test_japanese_target() -> None:
    (got,) = _one("Both ministers agreed.", "両大臣は合意した。")
    assert got[0] == Category.UNTRANSLATED and "Japanese" in got[2]


def test_swapped_sides() -> None:
    (got,) = _one(
        "양측은 협력이 필요하다고 합의했다.", "Both sides agreed that cooperation is needed."
    )
    assert "swapped" in got[2]


def test_korean_on_both_sides() -> None:
    """The English sentence overwritten with Korean: before, no check said a word."""
    (s,) = check(
        [
            PairText(
                0,
                "정부는 올해 예산을 12조5천억 원으로 늘렸다.",
                "정부는 올해 예산을 12조5천억 원으로 늘렸다고 밝혔다.",
            )
        ]
    )
    assert (s.category, s.severity, s.spans[0].side) == (
        Category.ADDITION,
        Severity.MAJOR,
        "src",
    )
    assert "source is Korean" in s.reason
    # A Korean name or term in an English source is no Korean source.
    assert _one("Minister Ahn Gyu-back (안규백) spoke first.", "안규백 장관이 먼저 말했다.") == []


def test_copied_english_run() -> None:
    src = "He cited a minor technical issue during the flight."
    tgt = "그는 비행 중 a minor technical issue during the flight 를 언급했다."
    (s,) = check([PairText(0, src, tgt)])
    assert s.category == Category.UNTRANSLATED and s.severity == Severity.MINOR
    assert s.spans[0].text == "a minor technical issue during the flight"


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        ("Korean Air Force C-130H transport aircraft", "한국 공군 C-130H 수송기"),
        ("In 2016", "2016"),  # no letters: nothing to translate
        (
            "the Civil Aviation Safety Authority said",
            "민간 안전 항공국(The Civil Aviation Safety Authority)은 말했다.",
        ),
        ("the film The Dark Knight opened", "영화 ‘다크 나이트’가 개봉했다."),
        ("NATO", "NATO"),  # short: minor at most
    ],
)
def test_not_flagged_as_major(src: str, tgt: str) -> None:
    assert all(sev == Severity.MINOR for _, sev, _ in _one(src, tgt))


def test_hangul_share() -> None:
    assert hangul_share("한국 Navy") == pytest.approx(2 / 6)
    assert hangul_share("2016") == 0.0
