"""Consistency check: one source sentence, one rendering; one term, one variant."""

from __future__ import annotations

from reviewer.qa.consistency import check
from reviewer.qa.glossary import Glossary, Term
from reviewer.qa.model import Category, PairText

SRC = "The ministers agreed to resume the drills."
A = "장관들은 훈련을 재개하기로 합의했다."
B = "두 장관은 훈련 재개에 동의했다."


def test_same_source_different_targets() -> None:
    pairs = [
        PairText(0, SRC, A),
        PairText(1, "Other text here.", "다른 문장."),
        PairText(2, SRC, A),
    ]
    pairs.append(PairText(3, SRC.upper().rstrip("."), B))
    (s,) = check(pairs)
    assert s.bead_id == 3 and s.category == Category.STYLE
    assert s.suggestion == A and "#0" in s.reason and "#2" in s.reason


def test_spacing_and_punctuation_do_not_count() -> None:
    pairs = [
        PairText(0, SRC, A),
        PairText(1, SRC, "장관들은  훈련을 재개하기로 합의했다"),
        PairText(2, SRC, A),
    ]
    assert check(pairs) == []


def test_tie_flags_both_without_suggestion() -> None:
    found = check([PairText(0, SRC, A), PairText(1, SRC, B)])
    assert sorted(s.bead_id for s in found) == [0, 1]
    assert all(s.suggestion == "" for s in found)


def test_short_sources_are_left_alone() -> None:
    assert check([PairText(0, "Yes.", "네."), PairText(1, "Yes.", "그렇다.")]) == []


def test_glossary_variants() -> None:
    glossary = Glossary((Term("Defense Minister", ("국방부 장관", "국방장관")),))
    pairs = [
        PairText(0, "Defense Minister Ahn said this.", "안규백 국방부 장관은 이렇게 말했다."),
        PairText(1, "The Defense Minister left.", "국방부 장관은 떠났다."),
        PairText(2, "Defense Minister Ahn arrived.", "안규백 국방장관이 도착했다."),
    ]
    (s,) = check(pairs, glossary)
    assert s.bead_id == 2 and s.category == Category.TERMINOLOGY
    assert s.suggestion == "국방부 장관" and s.spans[1].text == "국방장관"
    assert check(pairs) == []  # without the glossary only sentences are compared
