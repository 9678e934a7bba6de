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


def _beads(*pairs: tuple[str, str]) -> list[str]:
    return [s.reason for s in check([PairText(i, e, k) for i, (e, k) in enumerate(pairs)])]


# A quotation of several sentences (news pair): Ferguson's quote opens in one bead
# and closes in the next, and the English closes it nowhere.
_FERGUSON = (
    (
        '"I honestly believe that the worst thing he could do is go to Real Madrid.',
        "퍼거슨은 또 “그에게 최악의 선택은 레알 마드리드를 선택하는 것이다.",
    ),
    (
        "He's 23 years old, he is at a fantastic club and there should not be any need to"
        " think in any other way.",
        "그의 나이는 23세로 현재 멋진 클럽에서 선수 생활을 하고 있고 다른 생각을 할 필요가"
        " 없다”고 주장했다.",
    ),
)


def test_a_quotation_running_over_two_beads_is_not_flagged() -> None:
    assert _beads(*_FERGUSON) == []


def test_a_quote_left_open_when_the_next_bead_closes_none_is_flagged() -> None:
    closed = '"The worst thing he could do is go to Real Madrid," he said.'
    second = (_FERGUSON[1][0], "그는 23세로 멋진 클럽에서 뛰고 있다고 말했다.")
    assert _beads((closed, _FERGUSON[0][1]), second) == ["unbalanced double quotes"]
    # and the closing mark alone, after a bead that closed its quote
    first = (_FERGUSON[0][0], "퍼거슨은 또 “최악의 선택은 레알 마드리드다”라고 말했다.")
    assert _beads(first, _FERGUSON[1]) == ["unbalanced double quotes"]


def test_a_closing_mark_without_its_opening_is_flagged_when_the_source_opens_one() -> None:
    # The source's quote runs on into the next sentence (it is open at the end), but
    # the target lost the opening of its own: a clause dropped with the mark.
    src = (
        '"It was absolute chaos on the plane," he said. "They had to bring in another plane,'
        " but I will take a bus or a train to Melbourne."
    )
    tgt = "말했으나 나는 그들의 말을 신뢰할 수 없기 때문에 버스나 기차를 타고 멜버른으로"
    tgt += " 향할 것”이라고 말했다."
    assert _reasons(src, tgt) == ["unbalanced double quotes"]


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        # A closing curly mark typed for the opening one (news pair).
        (
            'Yang Jiechi described the talks as "quite significant."',
            "양제츠 중국외교부장은 ”매우 중대한 회담이었다”고 밝혔다.",
        ),
        # Straight single quotes inside curly double ones (news pair).
        (
            '"This is the bulls\' last gasp," said Stephen Schork.',
            "스테판 쇼크는 “'사자'세력은 유가급락을 두려워하고 있다\"고 전했다.",
        ),
        # Tokenised Korean: particles and marks split off by the corpus' tokeniser.
        (
            "It is the most powerful supercomputer in the world.",
            "이것 은 세계 에서 가장 강력한 수퍼컴퓨터 이다 .",
        ),
        (
            "Seoul, Tokyo and Beijing agreed.",
            "서울 , 도쿄 , 베이징 이 합의했다 .",
        ),
        # A question reported, not asked.
        ("Why did he leave?", "기자들은 그가 왜 떠났느냐고 물었다."),
    ],
)
def test_more_not_flagged(src: str, tgt: str) -> None:
    assert _reasons(src, tgt) == []


@pytest.mark.parametrize(
    ("src", "tgt", "expected"),
    [
        # One comma spaced off in an otherwise untokenised sentence (news pair): a typo.
        (
            "the flood reveals dead bodies, raw sewage, fuel and rusting vehicles",
            "시신과 더러운 오수, 연료 , 녹슨 차량 등이 모습을 드러내고 있다.",
            "space before ','",
        ),
        # A full stop left after the sentence end (news pair).
        (
            '"We have not received that kind of offer."',
            "그는 “그런 제안을 한 적이 없다.” 고 강하게 부인했다. .",
            "stray '.'",
        ),
        # A reversed closing mark with nothing after it to close.
        ('He said "we will go."', "그는 ”우리는 갈 것이다라고 말했다.", "unbalanced double quotes"),
        # Doubled spaces and commas are typos in tokenised text too.
        ("It is the most powerful.", "이것 은 세계 에서  가장 강력하다 .", "doubled space"),
        ("Seoul, Tokyo and Beijing agreed.", "서울 ,, 도쿄 , 베이징 이 합의했다 .", "repeated"),
    ],
)
def test_more_flagged(src: str, tgt: str, expected: str) -> None:
    reasons = _reasons(src, tgt)
    assert len(reasons) == 1
    assert reasons[0].startswith(expected)


@pytest.mark.parametrize(
    ("tgt", "expected", "span"),
    [
        # A zero-width space pasted from a web page splits 국방부 for any term lookup.
        ("국방\u200b부는 훈련을 발표했다.", "invisible character U+200B ZERO WIDTH SPACE", (2, 3)),
        # Word's manual line break arrives as a vertical tab, which TMX cannot carry.
        ("국방부는\x0b훈련을 발표했다.", "invisible character U+000B LINE TABULATION", (4, 5)),
        ("국방부는 훈\u00ad련을 발표했다.", "invisible character U+00AD SOFT HYPHEN", (6, 7)),
        # A run of replacement marks is one suspect, and says what they mean.
        ("국방부는 \ufffd\ufffd을 발표했다.", "U+FFFD REPLACEMENT CHARACTER: text", (5, 7)),
    ],
)
def test_invisible_characters_are_flagged(tgt: str, expected: str, span: tuple[int, int]) -> None:
    found = check([PairText(0, "The Defense Ministry announced the drills.", tgt)])
    assert [s.reason[: len(expected)] for s in found] == [expected]
    assert (found[0].spans[0].start, found[0].spans[0].end) == span
    assert found[0].suggestion == ""


def test_invisible_characters_the_source_has_and_layout_are_not_flagged() -> None:
    src = "The Defense\u200b Ministry announced\tthe drills."
    assert _reasons(src, "국방\u200b부는\t훈련을 발표했다.") == []
