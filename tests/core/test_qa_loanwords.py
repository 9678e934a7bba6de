"""Loanwords check: false friends found without a list, correct loanwords left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.embed import ModelEmbedder
from reviewer.qa import loanwords
from reviewer.qa.model import Category, PairText


def _check(en: str, ko: str) -> list[loanwords.Suspect]:
    return loanwords.check([PairText(1, en, ko)])


def test_seed_aerobatic_team_rendered_as_aerobics_is_flagged(seed_path: Path) -> None:
    lines = [ln for ln in seed_path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    en, ko = " ".join(lines[:7]), " ".join(lines[7:])
    [s] = _check(en, ko)
    assert s.category == Category.MISTRANSLATION
    assert "aerobatic" in s.reason and "aerobic" in s.reason
    tgt = next(sp for sp in s.spans if sp.side == "tgt")
    assert tgt.text == "에어로빅" and ko[tgt.start : tgt.end] == "에어로빅"


@pytest.mark.parametrize(
    ("en", "ko"),
    [
        ("the aerobatic team performed", "그 팀이 공연했다"),
        ("the military drone crashed", "군용 드론이 추락했다"),
        ("the missile was launched", "미사일이 발사되었다"),
        ("a supercomputer at the laboratory", "연구소의 수퍼컴퓨터"),
        (
            "Computer and communication specialists understand the importance of privacy.",
            "컴퓨터와 통신 전문가들은 사생활을 지켜주는 것이 중요하다는 것을 인식하고 있다.",
        ),
        (
            "But the government insists it will improve the encryption technology.",
            "하지만 정부는 암호화 기술을 계속 개선해 나갈 것이라고 주장한다.",
        ),
        ("the radar detected the aircraft", "레이더가 항공기를 탐지했다"),
        ("the terrorist attack", "테러 공격"),
        ("through the internet", "인터넷을 통해"),
        # Native words that spell an English word by chance (되길 ~ decal, 다른 ~ talon).
        (
            "Ahn said the meeting should serve as a decal of goodwill.",
            "안규백 장관은 이 만남이 기회가 되길 바란다고 말했다.",
        ),
        (
            "he is at a fantastic club and there should not be any need to think in any other way.",
            "현재 멋진 클럽에서 선수 생활을 하고 있고 다른 생각을 할 필요가 없다”고 주장했다.",
        ),
        # Inflected and derived forms of a source word (services 서비스, digitize 디지털).
        (
            "Britain's leading online service providers are expected to join the scheme.",
            "영국의 주요 인터넷 서비스 업체들이 정부와 공동으로 참여할 예정이다.",
        ),
        (
            "The project will digitize the whole manuscript.",
            "사진사들이 디지털 사진기로 이를 촬영했다.",
        ),
        # A loanword before the genitive 의 that renders its source word.
        (
            "The game's rules were changed.",
            "게임의 규칙이 바뀌었다.",
        ),
        # A name of the story, not a false friend of 'final'.
        (
            "Federer lost in the final to Nadal.",
            "페더러는 결승에서 나달에게 패했다.",
        ),
    ],
)
def test_correct_loanwords_and_native_words_are_not_flagged(en: str, ko: str) -> None:
    assert _check(en, ko) == []


@pytest.mark.parametrize(
    ("en", "ko", "span"),
    [
        ("The radar detected the aircraft.", "레이저가 항공기를 탐지했다.", "레이저"),
        ("The missile was launched.", "미션이 발사되었다.", "미션"),
        ("They stayed at a hotel.", "그들은 호스텔에 묵었다.", "호스텔"),
        # Before the genitive 의 too (its ㅢ is no loanword's, but the particle is not
        # part of the word).
        (
            "Obama said a nuclear-armed Iran would be a game-changing situation.",
            "오바마는 핵으로 무장한 이란이 게이트의 향방을 바꾸는 상황이 될 것이라고 말했다.",
            "게이트",
        ),
    ],
)
def test_near_homophone_loanwords_are_flagged(en: str, ko: str, span: str) -> None:
    [s] = _check(en, ko)
    assert s.spans[-1].text == span


def test_native_words_are_no_loanwords() -> None:
    for word in ("되길", "하길", "모든", "이런", "된다", "만드는", "것이"):
        assert loanwords.native(word), word
    for word in ("에어로빅", "레이저", "미션", "호스텔", "서비스"):
        assert not loanwords.native(word), word


def test_related_forms_are_not_false_friends() -> None:
    assert loanwords.related("terrorist", "terror")
    assert loanwords.related("computers", "computer")
    assert not loanwords.related("aerobic", "aerobatic")
    assert loanwords.related("digital", "digitize")
    assert "service" in loanwords.forms("services")


@pytest.fixture(scope="module")
def model() -> ModelEmbedder:
    return ModelEmbedder(threads=2)


def test_model_vetoes_what_sound_alone_misreads(model: ModelEmbedder) -> None:
    """레스토랑 sounds nearer 'restoring' than 'restaurant', 무슨 (native) like 'motion'."""
    restaurant = PairText(
        1,
        "The couple opened a small French restaurant near the station last spring.",
        "그 부부는 지난봄 역 근처에 작은 프랑스 레스토랑을 열었다.",
    )
    native = PairText(
        2,
        "What kind of action the government will take remains unclear.",
        "정부가 무슨 조치를 취할지는 아직 분명하지 않다.",
    )
    aerobatic = PairText(
        3,
        "The Air Force aerobatic team performed over the base.",
        "공군 에어로빅 팀이 기지 상공에서 비행했다.",
    )
    by_sound = {s.bead_id for s in loanwords.check([restaurant, native, aerobatic])}
    by_model = {s.bead_id for s in loanwords.check([restaurant, native, aerobatic], model)}
    assert by_sound == {1, 2, 3}  # sound alone misreads both
    assert by_model == {3}  # the false friend stays a suspect
