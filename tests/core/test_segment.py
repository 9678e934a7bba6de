"""Sentence segmentation: real English and Korean, the hard cases, and the no-loss invariant."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer import segment
from reviewer.importing import read_bilingual
from reviewer.segment import (
    Segment,
    collapse_whitespace,
    segment_english,
    segment_korean,
    segment_paragraphs,
    split_sentences,
)

FINAL = re.compile(r"[.!?][\"'”’)]*$")


def test_seed_sentences(seed_path):
    doc = read_bilingual(seed_path)
    en = segment_english(doc.src.paragraphs)
    ko = segment_korean(doc.tgt.paragraphs)
    assert len(en) == 13
    assert len(ko) == 14
    # Every sentence of the seed ends in ". ", so the gold split is known.
    gold_en = [s for p in doc.src.paragraphs for s in re.split(r"(?<=\.)\s+", p)]
    gold_ko = [s for p in doc.tgt.paragraphs for s in re.split(r"(?<=\.)\s+", p)]
    assert [s.text for s in en] == gold_en
    assert [s.text for s in ko] == gold_ko
    assert [s.paragraph for s in en] == [0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6]
    assert ko[4:7] == [
        Segment(ko[4].text, 4),
        Segment(ko[5].text, 4),
        Segment(ko[6].text, 4),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviations
        (
            "He moved to the U.S. in 1990. Then he left.",
            ["He moved to the U.S. in 1990.", "Then he left."],
        ),
        (
            "Mr. Kim met Dr. Lee on Jan. 5. They talked.",
            ["Mr. Kim met Dr. Lee on Jan. 5.", "They talked."],
        ),
        ("See No. 3 on the list. It is red.", ["See No. 3 on the list.", "It is red."]),
        (
            "Sen. Barack Obama spoke. Sgt. Pierre Lemaitre agreed.",
            ["Sen. Barack Obama spoke.", "Sgt. Pierre Lemaitre agreed."],
        ),
        (
            "North Korea missed a Dec. 31 deadline. Talks stalled.",
            ["North Korea missed a Dec. 31 deadline.", "Talks stalled."],
        ),
        (
            "ASCI White was designed by IBM Corp., which delivered it. It is big.",
            ["ASCI White was designed by IBM Corp., which delivered it.", "It is big."],
        ),
        # decimals and numbers
        ("Prices rose 3.5 percent. Gold fell.", ["Prices rose 3.5 percent.", "Gold fell."]),
        (
            "It performs 12.3 trillion calculations a second. It cost $110 million.",
            ["It performs 12.3 trillion calculations a second.", "It cost $110 million."],
        ),
        # quotes: a closing quote stays with its sentence
        (
            "He said, “We will win.” Then he left.",
            ["He said, “We will win.”", "Then he left."],
        ),
        ("She said ‘no.’ He agreed.", ["She said ‘no.’", "He agreed."]),
        ('"Why?" he asked. Nobody knew.', ['"Why?" he asked.', "Nobody knew."]),
        (
            "It drops to second.” “The new film opens third.",
            ["It drops to second.”", "“The new film opens third."],
        ),
        # a lower-case word before a capital, which blingfire misses
        (
            "Winds reached 75 mph. Fujian authorities evacuated 275,000 people.",
            ["Winds reached 75 mph.", "Fujian authorities evacuated 275,000 people."],
        ),
        # headlines and captions without final punctuation stay whole
        (
            "4 Killed as SUV Collides with Car in Tenn",
            ["4 Killed as SUV Collides with Car in Tenn"],
        ),
        ("Photo by Kim Min-ji / Yonhap", ["Photo by Kim Min-ji / Yonhap"]),
        ("Wait... what? Yes! Really.", ["Wait... what?", "Yes!", "Really."]),
    ],
)
def test_english(text, expected):
    assert split_sentences(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "날씨가 좋다. 그래요. 정말 그럴까? 그렇죠. 좋아요!",
            ["날씨가 좋다.", "그래요.", "정말 그럴까?", "그렇죠.", "좋아요!"],
        ),
        (
            "조지 W. 부시 미국 대통령에게 편지를 썼다. 그는 말했다.",
            ["조지 W. 부시 미국 대통령에게 편지를 썼다.", "그는 말했다."],
        ),
        # blingfire keeps these together: a sentence starting with a digit
        (
            "편지를 썼다. 2 페이지 분량의 편지에서 그는 말했다.",
            ["편지를 썼다.", "2 페이지 분량의 편지에서 그는 말했다."],
        ),
        (
            "1억1천만 달러 짜리 설비다. 3.5% 올랐다.",
            ["1억1천만 달러 짜리 설비다.", "3.5% 올랐다."],
        ),
        # a quoted sentence continued by a particle is one sentence
        (
            "그는 “전혀 사실이 아니다.” 고 강하게 부인했다. 회담은 끝났다.",
            ["그는 “전혀 사실이 아니다.” 고 강하게 부인했다.", "회담은 끝났다."],
        ),
        (
            "그는 “좋다.”라고 말했다. 다음 문장이다.",
            ["그는 “좋다.”라고 말했다.", "다음 문장이다."],
        ),
        (
            "안 장관은 ‘과거를 직시할 기회’가 되길 바란다고 말했다. 이어 합의했다.",
            ["안 장관은 ‘과거를 직시할 기회’가 되길 바란다고 말했다.", "이어 합의했다."],
        ),
        (
            "테러와의 전쟁을 지지하고 나선 사우디 아라비아",
            ["테러와의 전쟁을 지지하고 나선 사우디 아라비아"],
        ),
    ],
)
def test_korean(text, expected):
    assert split_sentences(text, "ko") == expected


def _boundaries(sentences: list[str]) -> set[int]:
    """Starts of sentences 2..n in non-space characters (robust to re-spacing)."""
    out, pos = set(), 0
    for i, sentence in enumerate(sentences):
        if i:
            out.add(pos)
        pos += len("".join(sentence.split()))
    return out


@pytest.mark.parametrize(("side", "lang", "min_recall"), [(0, "en", 0.95), (1, "ko", 0.98)])
def test_news_boundaries(news_pairs, side, lang, min_recall):
    """Real news (one sentence per line) re-joined into paragraphs of 20: lines recovered."""
    lines = [pair[side].strip() for pair in news_pairs]
    lines = [ln for ln in lines if FINAL.search(ln) and not ln[0].islower()]
    hit = gold = pred = 0
    for i in range(0, len(lines), 20):
        window = lines[i : i + 20]
        got = _boundaries(split_sentences(" ".join(window), lang))
        want = _boundaries(window)
        hit, gold, pred = hit + len(got & want), gold + len(want), pred + len(got)
    assert hit / gold >= min_recall
    assert hit / pred >= 0.93


def test_paragraph_indices_and_empty_paragraphs():
    segments = segment_paragraphs(["First one. Second one.", "", "   ", "Third."], "en")
    assert segments == [
        Segment("First one.", 0),
        Segment("Second one.", 0),
        Segment("Third.", 3),
    ]
    assert segment_paragraphs([], "ko") == []


def test_blingfire_changing_text_uses_offsets(monkeypatch):
    """If blingfire's output is not the input with spaces turned to newlines, use offsets."""
    monkeypatch.setattr(segment.blingfire, "text_to_sentences", lambda text: text + "\nX")
    assert split_sentences("It cost $5. Cheap.", "en") == ["It cost $5.", "Cheap."]


def test_other_languages_use_english_rules():
    assert split_sentences("Il est parti. Elle est restée.", "fr") == [
        "Il est parti.",
        "Elle est restée.",
    ]


def test_blingfire_failure_falls_back_to_rules(monkeypatch):
    def broken(text):
        raise AssertionError("native library failed")

    monkeypatch.setattr(segment.blingfire, "text_to_sentences", broken)
    monkeypatch.setattr(segment.blingfire, "text_to_sentences_and_offsets", broken)
    assert split_sentences("편지를 썼다. 그는 말했다.", "ko") == ["편지를 썼다.", "그는 말했다."]
    assert split_sentences("It is late. We go home.", "en") == ["It is late.", "We go home."]
    assert split_sentences("It cost $5. Cheap at 10 p.m. Yes.", "en") == [
        "It cost $5. Cheap at 10 p.m. Yes."
    ]


# Text that looks like prose: words, punctuation, quotes, Hangul and odd whitespace.
_PIECES = st.sampled_from(
    [
        "Mr.", "U.S.", "3.5", "No.", "He", "said", "it.", "“Yes.”", "‘no’", '"Why?"', "end.",
        "다.", "요.", "까?", "죠.", "했다.”", "고", "말했다", "…", "...", "!", "?", ".", "``We",
        "mph.", "Jan.", "5", "a", "(CNN)", "—", "\u200b", "Z.", "e.g.", "!?", "’", "”",
    ]
)  # fmt: skip
_SPACE = st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", "\u3000", " \r\n "])
_PROSE = st.lists(st.tuples(_PIECES, _SPACE), max_size=40).map(
    lambda items: "".join(piece + space for piece, space in items)
)


def _check_invariant(paragraph: str, lang: str) -> None:
    sentences = split_sentences(paragraph, lang)
    assert " ".join(sentences) == collapse_whitespace(paragraph)
    for sentence in sentences:
        assert sentence
        assert sentence == sentence.strip()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraph=st.text(), lang=st.sampled_from(["en", "ko"]))
def test_invariant_arbitrary_text(paragraph, lang):
    _check_invariant(paragraph, lang)


@settings(max_examples=300, deadline=None)
@given(paragraph=_PROSE, lang=st.sampled_from(["en", "ko"]))
def test_invariant_prose_like_text(paragraph, lang):
    _check_invariant(paragraph, lang)


@settings(max_examples=100, deadline=None)
@given(paragraphs=st.lists(_PROSE, max_size=5), lang=st.sampled_from(["en", "ko"]))
def test_segments_cover_every_paragraph(paragraphs, lang):
    segments = segment_paragraphs(paragraphs, lang)
    for index, paragraph in enumerate(paragraphs):
        mine = [s.text for s in segments if s.paragraph == index]
        assert " ".join(mine) == collapse_whitespace(paragraph)
