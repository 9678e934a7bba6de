"""Form check: quotes, brackets, spaces, punctuation, questions."""

from __future__ import annotations

import pytest

from reviewer.qa.form import check
from reviewer.qa.model import Category, PairText, Severity


def _reasons(src: str, tgt: str) -> list[str]:
    found = check([PairText(0, src, tgt)])
    assert all(s.category == Category.PUNCTUATION and s.severity == Severity.MINOR for s in found)
    return [s.reason for s in found]


@pytest.mark.parametrize(
    ("src", "tgt", "expected"),
    [
        ('He said "we will go."', "그는 “우리는 갈 것이다라고 말했다.", "unbalanced double quotes"),
        ("the Navy (ROKN) said", "해군(ROKN 은 말했다.", "unbalanced parenthesis ( )"),
        ("a 'test' case", "‘시험 사례", "unbalanced single quotes"),
        ("It is here.", "여기에  있다.", "doubled space"),
        ("Seoul, Korea", "서울 , 한국", "space before ','"),
        ("Seoul, Korea", "서울,, 한국", "repeated punctuation ',,'"),
        ("It ended.", "끝났다..", "repeated punctuation '..'"),
        (
            "Will they resume the drills?",
            "그들은 훈련을 재개할 것이다.",
            "the source is a question",
        ),
    ],
)
def test_flagged(src: str, tgt: str, expected: str) -> None:
    reasons = _reasons(src, tgt)
    assert len(reasons) == 1
    assert reasons[0].startswith(expected)


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        ("Korea’s Army 3rd Military Academy", "한국 육군 제3사관학교"),
        (
            "should serve as an opportunity to face the past honestly",
            "이 만남이 ‘과거를 솔직하게 직시하고 미래로 나아갈 기회’가 되길 바란다고 말했다.",
        ),
        ("Korea’s Air Force and the Black Eagles’ pilots", "한국 공군과 블랙 이글스 조종사들"),
        # a quotation running over two sentences: the source is open as well
        ('"The drills will resume next year.', "“훈련은 내년에 재개될 것이다."),
        ("He paused...", "그는 잠시 멈췄다..."),
        # ``TeX-style'' quotes around a title (news pair).
        (
            "``We need open minds to communicate.",
            "“우리는 다른 문화에서 온 외국인 강사와 소통할 열린 마음이 필요합니다.",
        ),
        ("the Second Asia Tour concert", "동방신기의 ``The Second Asia Tour 'O''' 공연이 끝나고"),
        ("Did they agree?", "그들은 합의했는가?"),
        ("Did they agree?", "“그들이 합의했을까?”"),
        ("the C-130H (a transport aircraft)", "C-130H(수송기)"),
        ('"90210" star AnnaLynne McCord said', "'90210'의 스타인 애너린 맥코드는 말했다."),
        # Curly and straight marks mixed in one quote: closed all the same (news pairs).
        ('He said "we will go."', '그는 “우리는 갈 것이다"라고 말했다.'),
        (
            'Obama said "other factors must be considered."',
            '오바마는 할당제만으로 실현될 수 없지만 "다른 변수를 고려해야 한다”고 주장했다.',
        ),
        (
            "Israeli daily Maariv later published the note.",
            "이스라엘 일간 '마리브’(Ma'ariv)는 후에 기도노트의 내용을 보도했다.",
        ),
        # Half- and full-width parentheses of one pair.
        (
            "the Association of Southeast Asian Nations (ASEAN) is meeting in Singapore.",
            "싱가포르에서는 동남아시아국가연합(ASEAN）연례 외무장관회의가 열리고 있다.",
        ),
        # A headline laid out with a run of (no-break) spaces before its date.
        (
            "Four people dead of Nabi in Japan.",
            "태풍 나비로 일본에서 4명 사망 \u00a0 \u00a0 \u00a02005.10",
        ),
    ],
)
def test_not_flagged(src: str, tgt: str) -> None:
    assert _reasons(src, tgt) == []


def test_span_points_at_the_mark() -> None:
    (s,) = check([PairText(5, "x", "해군(ROKN 은")])
    span = s.spans[0]
    assert (s.bead_id, span.side, span.text) == (5, "tgt", "(")
    assert "해군(ROKN 은"[span.start : span.end] == "("


def test_empty_target_is_left_to_the_language_check() -> None:
    assert check([PairText(0, "A question?", "")]) == []
