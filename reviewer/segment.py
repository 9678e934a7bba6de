"""Sentence segmentation for English and Korean paragraphs.

Blingfire proposes the boundaries (it won on the news corpus, see
``bench/segment_quality.py``) and a few rules correct what it gets wrong there:
Korean sentence endings before a digit or a quote, titles such as "Sen." and
"Mrs.", a quoted sentence followed by "he said", and quotes that follow one
another. A boundary is only ever placed between two whitespace-separated
tokens, so the segments of a paragraph joined with single spaces give back the
paragraph with its whitespace runs collapsed: nothing is lost or duplicated.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import accumulate

import blingfire


@dataclass(frozen=True)
class Segment:
    """One sentence (or a headline, caption...) and the paragraph it came from."""

    text: str
    paragraph: int  # index into the document's paragraphs


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Fix-ups, by name, so the benchmark can switch each one off and show what it is worth.
FIXUPS = frozenset({"hangul", "titles", "lowercase", "quotes", "particles", "final", "words"})

_TERMINAL = ".!?…。！？‼⁇⁈⁉"
_ENDINGS = tuple(_TERMINAL)
_CLOSERS = "\"'”’)]}»›」』´"
_LAST_CHARS = frozenset(_TERMINAL + _CLOSERS)
_OPENERS = ("``", '"', "“", "‘", "'", "(", "[", "«", "「", "『")
_HANGUL = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
# Titles are never the last word of a sentence; what follows is a name.
_TITLES = _words(
    "mr mrs ms messrs dr prof sen rep gov gen lt col maj capt cmdr adm sgt cpl pvt "
    "st mt ft rev msgr hon pres supt det insp"
)
# Abbreviations that are followed by a number: "Jan. 5", "No. 3", "pp. 12".
_BEFORE_NUMBER = _words(
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vol art fig p pp ch sec op"
)
# A plain lower-case word with a full stop ends a sentence before a capital...
_WORD_END = re.compile(r"^[\"'“‘(]?[a-z]{2,}\.$")
# ...unless it is one of these.
_LOWER_ABBREVIATIONS = _words("vs cf ca approx viz al etc esp incl est var")
# Korean words that continue a sentence after a closing quote: “…했다.”고 말했다.
_PARTICLES = _words(
    "고 라고 라며 라는 라면서 며 면서 하고 하며 하는 이라고 이라며 이라는 는 은 을 를 와 과 란"
)


def collapse_whitespace(text: str) -> str:
    """The paragraph as segments see it: whitespace runs become one space."""
    return " ".join(text.split())


def segment_english(paragraphs: Sequence[str]) -> list[Segment]:
    return segment_paragraphs(paragraphs, "en")


def segment_korean(paragraphs: Sequence[str]) -> list[Segment]:
    return segment_paragraphs(paragraphs, "ko")


def segment_paragraphs(paragraphs: Sequence[str], lang: str) -> list[Segment]:
    """Segments of every paragraph, in order; empty paragraphs give none.

    Any language other than Korean gets the English rules: they only use
    punctuation and letter case.
    """
    out: list[Segment] = []
    for index, paragraph in enumerate(paragraphs):
        out.extend(Segment(text, index) for text in split_sentences(paragraph, lang))
    return out


def split_sentences(paragraph: str, lang: str, fixups: Collection[str] = FIXUPS) -> list[str]:
    """The sentences of one paragraph, whitespace collapsed, never empty."""
    tokens = paragraph.split()
    if not tokens:
        return []
    proposed = _blingfire_cuts(tokens)
    strict = "final" in fixups
    sentences: list[str] = []
    start = 0
    for cut in range(1, len(tokens)):
        prev = tokens[cut - 1]
        if strict and prev[-1] not in _LAST_CHARS:
            continue  # fast path: most tokens end in a letter
        if _is_boundary(prev, tokens[cut], cut in proposed, lang, fixups):
            sentences.append(" ".join(tokens[start:cut]))
            start = cut
    sentences.append(" ".join(tokens[start:]))
    return sentences


def _blingfire_cuts(tokens: Sequence[str]) -> set[int]:
    """Indices of the tokens at which blingfire starts a sentence.

    ``text_to_sentences`` turns the space before each sentence into a newline;
    it is read directly because the offsets variant maps offsets in a Python
    loop over every byte, which made segmentation five times slower.
    """
    text = " ".join(tokens)
    try:
        marked = blingfire.text_to_sentences(text)
    except Exception:  # a native-library hiccup must not lose text: the rules still apply
        return set()
    if "\n" not in marked:
        return set()
    if len(marked) != len(text):  # it changed more than spaces: take the slow, exact way
        return _blingfire_offset_cuts(tokens, text)
    starts = _token_starts(tokens)
    cuts = set()
    at = marked.find("\n")
    while at >= 0:
        # A break inside a token ("said.Next") is ignored: cuts fall between tokens only.
        if text[at] == " ":
            cuts.add(starts[at + 1])
        at = marked.find("\n", at + 1)
    return cuts


def _blingfire_offset_cuts(tokens: Sequence[str], text: str) -> set[int]:
    try:
        _, offsets = blingfire.text_to_sentences_and_offsets(text)
    except Exception:  # as above
        return set()
    starts = _token_starts(tokens)
    return {starts[begin] for begin, _ in offsets[1:] if begin in starts}


def _token_starts(tokens: Sequence[str]) -> dict[int, int]:
    """Character offset of each token in ``" ".join(tokens)`` -> token index."""
    return {pos: i for i, pos in enumerate(accumulate((len(t) + 1 for t in tokens), initial=0))}


def _is_boundary(prev: str, nxt: str, proposed: bool, lang: str, fixups: Collection[str]) -> bool:
    """Whether a sentence ends after ``prev``, given blingfire's opinion."""
    core = prev.rstrip(_CLOSERS)
    quoted = len(core) < len(prev)
    if not core.endswith(_ENDINGS):
        # Headlines, captions and lists without a full stop stay whole.
        return proposed and "final" not in fixups
    word = core.rstrip(_TERMINAL)
    ellipsis = core.endswith(("...", "…"))
    if "titles" in fixups and core.endswith(".") and not quoted:
        key = word.rsplit(".", 1)[-1].lstrip("\"'“‘([«").lower()
        if key in _TITLES:
            return False
        if key in _BEFORE_NUMBER and nxt[:1].isdigit():
            return False
    if "lowercase" in fixups and lang != "ko" and nxt[:1].islower():
        return False  # '"Why?" he asked.' and 'e.g. this' continue the sentence
    if "particles" in fixups and quoted and nxt.rstrip(",.") in _PARTICLES:
        return False
    if "hangul" in fixups and word and _HANGUL.match(word[-1]) and not ellipsis:
        return True  # 다. 요. 까? 죠. end a sentence whatever follows, digits included
    if "words" in fixups and _ends_with_word(core) and (nxt[:1].isupper() or _opens_sentence(nxt)):
        return True  # '75 mph. Fujian', 'and when. U.S. District Judge'
    if "quotes" in fixups and quoted and _opens_sentence(nxt):
        return True  # '…second.” “The new…' : blingfire keeps such quotes together
    return proposed


def _ends_with_word(core: str) -> bool:
    """'when.' or 'mph.': a plain lower-case word, not a known abbreviation, then a full stop."""
    return bool(_WORD_END.match(core)) and core[:-1].lstrip("\"'“‘(") not in _LOWER_ABBREVIATIONS


def _opens_sentence(token: str) -> bool:
    """A token that opens a quote and then starts a sentence: “The, ``We, ‘한국."""
    for opener in _OPENERS:
        if token.startswith(opener) and len(token) > len(opener):
            first = token[len(opener)]
            return first.isupper() or first.isdigit() or bool(_HANGUL.match(first))
    return False
