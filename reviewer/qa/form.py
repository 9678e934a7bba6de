"""Form: quotes and brackets, stray spaces and punctuation in the target.

A bracket pair left open in the target is reported only when the source's
own marks of that kind balance. Quotes are judged by direction, because news
quotations run across sentences and so across beads: a quote left open is
fine when the source leaves one open too or the next bead's target closes a
quote it never opened, and a closing mark without its opening is fine when
the source has one too or the previous bead's target left a quote open.
Apostrophes inside words (Korea’s) are not quotes. Curly and straight quotes
of one kind are one family (“...", '...’ close as well as “...”: mixing them
is common in Korean typing and no editor marks it as an error), a closing
curly mark typed at a quote's start (”매우 ...”고) opens it, and half- and
full-width parentheses are one pair. A run of exactly two spaces is a typo;
longer runs (often with no-break spaces) lay out a headline and its date and
are left alone. A space before a mark is a typo except in tokenised Korean
(세계 에서 ... 이다 .), where the tokeniser put it there throughout. A full
stop after the sentence end (했다. .) is stray. A source question that is not
a question in the target is a minor punctuation suspect too, unless the target
reports it (…느냐고 물었다).

Characters an editor cannot see are reported too when the source does not
have them: control characters (a Word line break pasted as U+000B, which TMX
cannot even carry), zero-width and direction marks, a soft hyphen, a
byte-order mark inside the text, and U+FFFD, the mark a decoder leaves where
it failed.  They break term matching and segment lookups in CAT tools and
are invisible in the grid.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from reviewer.qa import reasons
from reviewer.qa.model import Category, PairText, Severity, Span, Suspect

NAME = "form"

# (opening, closing, label); straight quotes are handled by parity.
_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("(", ")", "parenthesis ( )"),
    ("[", "]", "bracket [ ]"),
    ("{", "}", "brace { }"),
    ("「", "」", "corner bracket 「 」"),
    ("『", "』", "corner bracket 『 』"),
    ("《", "》", "angle bracket 《 》"),
    ("〈", "〉", "angle bracket 〈 〉"),
    ("<", ">", "angle bracket < >"),
)
# Full-width forms are read as their half-width twins.
_WIDE = str.maketrans("（）［］｛｝", "()[]{}")
# Source marks that count as "the same kind" when judging whether the source balances.
_SOURCE_KIND = {
    "「": "“”\"‘’'「」『』",
    "『": "“”\"‘’'「」『』",
    "《": '“”"《》〈〉<>',
    "〈": '“”"《》〈〉<>',
    "<": "<>《》〈〉",
    "(": "()（）",
    "[": "[]",
    "{": "{}",
}
_APOSTROPHE = re.compile(r"(?<=[A-Za-z0-9])['’](?=[A-Za-z])|(?<=[A-Za-z]s)['’](?=\s)")
_DOUBLE_SPACE = re.compile(r"(?<=\S)[ \u00a0]{2}(?=\S)")
_SPACE_BEFORE = re.compile(r"(?<=[\w\uac00-\ud7a3])\s+[,.;:!?](?=\s|$)")
_REPEATED = re.compile(r"(?<![.])\.\.(?![.])|,,+|;;+|::+|[,;:][.]|[.][,;]|!!+|\?\?+|。。")
_QUESTION_END = re.compile(r"\?[\s\"”’')\]」』]*$")
# "했다. ." : a second full stop after the sentence end, apart from a spaced ellipsis.
_STRAY_STOP = re.compile(r"(?<![\s.])[.!?][\"”’')\]]?(\s+\.)(?!\s*\.)")
# A question reported in Korean (…냐고 물었다, …는지 의문): no question mark is due.
_REPORTED_QUESTION = re.compile(
    r"(?:냐|느냐|는가|까|는지|을지|인지|할지|일지)[”\"’']?\s?(?:고|라고|하고)?\s?(?:물|질문|의문|궁금)"
)
# Control (Cc) and format (Cf) characters, and the decoder's replacement mark;
# tab and line ends are layout.  Runs of one character are one suspect.
_INVISIBLE = re.compile(
    r"([\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e"
    r"\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ufffd])\1*"
)
_SPLIT_PARTICLE = re.compile(
    r"[가-힣] (?:에서|에게|으로|은|는|을|를|의|에|와|과|도|이다)(?=[\s,.])"
)


def _mask_apostrophes(text: str) -> str:
    return _APOSTROPHE.sub(" ", text)


def _unbalanced(text: str, opening: str, closing: str) -> int | None:
    """Offset of the first unmatched mark, or None when the pair balances."""
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == opening and opening != closing:
            stack.append(i)
        elif ch == closing:
            if not stack:
                return i
            stack.pop()
    return stack[0] if stack else None


def _closer_like(text: str, i: int, marks: str) -> bool:
    """A lone straight quote that ends a quote opened before the text began.

    It follows a word and comes before a space, a mark or a particle
    (있다"고), and no mark of its family follows that it could open a pair with.
    """
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{“‘\"'" or any(c in marks for c in text[i + 1 :]):
        return False
    return not after.isalnum() or "가" <= after <= "힣"


def _opener_like(text: str, i: int, marks: str) -> bool:
    """A closing curly mark typed for an opening one (”매우 ...다”고): at a word's
    start, with a mark of its family later in the text to close it."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    later = any(c in marks for c in text[i + 1 :])
    return (before.isspace() or before in "([{") and not after.isspace() and later


def _quote_marks(text: str, curly: str, straight: str) -> tuple[list[int], list[int]]:
    """Offsets of the opening marks left open and of the closing marks never opened.

    An opening curly mark opens, a closing one closes, a straight mark closes
    an open quote or else opens one (or, after a word, closes a quote opened
    before the text began); a quote opened inside an open quote of the same
    family is not expected, so the family is read as flat pairs.
    """
    opening, closing = curly[0], curly[1]
    marks = curly + straight
    open_at: int | None = None
    unclosed: list[int] = []
    unopened: list[int] = []
    for i, ch in enumerate(text):
        if ch not in marks:
            continue
        if open_at is None and ch == straight and _closer_like(text, i, marks):
            unopened.append(i)
        elif ch in (opening, straight) or (
            open_at is None and ch == closing and _opener_like(text, i, marks)
        ):
            if ch == opening and open_at is not None:
                unclosed.append(open_at)
            elif open_at is not None:  # a straight mark closes
                open_at = None
                continue
            open_at = i
        elif open_at is None:
            unopened.append(i)
        else:
            open_at = None
    if open_at is not None:
        unclosed.append(open_at)
    return unclosed, unopened


def _quote_family(text: str, curly: str, straight: str) -> tuple[str, int] | None:
    """('unbalanced', offset of the first unmatched mark) for one family, or None."""
    unclosed, unopened = _quote_marks(text, curly, straight)
    marks = unclosed + unopened
    return ("unbalanced", min(marks)) if marks else None


def _tex_quotes(text: str) -> str:
    """``TeX-style'' quotes as curly ones, padded so offsets stay put."""
    return text.replace("``", "“ ").replace("''", "” ")


def _source_balanced(src: str, kinds: str) -> bool:
    """Whether the source's marks of these kinds balance (quotes: as a family)."""
    masked = _masked(src)
    for opening, closing, _ in _PAIRS:
        if opening in kinds and _unbalanced(masked, opening, closing) is not None:
            return False
    if any(q in kinds for q in '“”"') and _quote_family(masked, "“”", '"') is not None:
        return False
    return not (any(q in kinds for q in "‘’'") and _quote_family(masked, "‘’", "'") is not None)


def _suspect(pair: PairText, reason: str, start: int, end: int, suggestion: str = "") -> Suspect:
    return Suspect(
        pair.bead_id,
        NAME,
        Category.PUNCTUATION,
        Severity.MINOR,
        reason,
        (Span("tgt", start, end, pair.tgt[start:end]),),
        suggestion,
    )


_FAMILIES = ("double", "single")
# Per quote family: offsets of the marks left open, and of the closing marks never opened.
Quotes = dict[str, tuple[list[int], list[int]]]


def _family_marks(masked: str, family: str) -> tuple[list[int], list[int]]:
    """Unclosed and unopened marks of one quote family in a masked text."""
    marks, straight = ("“”", '"') if family == "double" else ("‘’", "'")
    # A backtick opens a single quote as often as ‘ in Korean typing (`라이트’).
    return _quote_marks(masked.replace("`", "‘") if family == "single" else masked, marks, straight)


def _masked(text: str) -> str:
    return _mask_apostrophes(_tex_quotes(text)).translate(_WIDE)


def _quotes(masked: str) -> Quotes:
    """Every quote family's unmatched marks in a :func:`_masked` text (source or target)."""
    return {family: _family_marks(masked, family) for family in _FAMILIES}


def _quote_suspects(pair: PairText, tgt: Quotes, prev: Quotes, nxt: Quotes) -> list[Suspect]:
    """Quotes left open or closed unopened, unless the quotation runs over beads.

    A quotation of several sentences opens in one bead and closes in a later
    one.  An open quote is therefore fine when the source leaves one open too
    or the next target closes one it never opened; a closing mark without
    its opening is fine when the source has one too or the previous target
    left a quote open.  (Either family of the source counts: English "..."
    often becomes Korean ‘...’.)  ``prev`` and ``nxt`` are the neighbouring
    targets' marks, read once per bead by :func:`check`.
    """
    src = _quotes(_masked(pair.src))
    src_open = any(unclosed for unclosed, _ in src.values())
    src_close = any(unopened for _, unopened in src.values())
    out = []
    for family in _FAMILIES:
        unclosed, unopened = tgt[family]
        bad = []
        if unclosed and not src_open and not nxt[family][1]:
            bad.append(unclosed[0])
        if unopened and not src_close and not prev[family][0]:
            bad.append(unopened[0])
        if bad:
            at = min(bad)
            out.append(_suspect(pair, reasons.QUOTES_UNBALANCED(family=family), at, at + 1))
    return out


def _tokenised(tgt: str) -> bool:
    """Korean split into words and particles (세계 에서 ... 이다 .), as some corpora are.

    Spaces before its marks are then the tokeniser's, throughout, not a typo.
    """
    spaced = len(re.findall(r"(?<=\S)\s[,.;:!?](?=\s|$)", tgt))
    tight = len(re.findall(r"(?<=[\w\uac00-\ud7a3])[,.;:!?](?=\s|$)", tgt))
    return spaced >= 1 and ((tight == 0 and spaced >= 2) or bool(_SPLIT_PARTICLE.search(tgt)))


def _check_pair(
    pair: PairText, tgt: str, quotes: Quotes, prev: Quotes, nxt: Quotes
) -> list[Suspect]:
    """Suspects of one pair; ``tgt`` is its target :func:`_masked`."""
    out: list[Suspect] = []
    for opening, closing, label in _PAIRS:
        at = _unbalanced(tgt, opening, closing)
        if at is not None and _source_balanced(pair.src, _SOURCE_KIND[opening]):
            told = reasons.BRACKET_UNCLOSED if tgt[at] == opening else reasons.BRACKET_UNOPENED
            out.append(_suspect(pair, told(bracket=label, mark=tgt[at]), at, at + 1))
    out += _quote_suspects(pair, quotes, prev, nxt)
    for m in _DOUBLE_SPACE.finditer(pair.tgt):
        out.append(_suspect(pair, reasons.DOUBLED_SPACE(), m.start(), m.end(), " "))
    if not _tokenised(pair.tgt):
        for m in _SPACE_BEFORE.finditer(pair.tgt):
            mark = m.group().strip()
            out.append(_suspect(pair, reasons.SPACE_BEFORE(mark=mark), m.start(), m.end(), mark))
    out += _invisible_suspects(pair)
    for m in _REPEATED.finditer(pair.tgt):
        reason = reasons.REPEATED_PUNCTUATION(marks=m.group())
        out.append(_suspect(pair, reason, m.start(), m.end()))
    for m in _STRAY_STOP.finditer(pair.tgt):
        out.append(_suspect(pair, reasons.STRAY_STOP(), m.start(1), m.end(1), ""))
    if (
        _QUESTION_END.search(pair.src.strip())
        and "?" not in pair.tgt
        and pair.tgt.strip()
        and not _REPORTED_QUESTION.search(pair.tgt)
    ):
        end = len(pair.tgt.rstrip())
        start = max(0, end - 1)
        out.append(
            _suspect(pair, "the source is a question but the target is not", start, end, "?")
        )
    return out


def _character_name(ch: str) -> str:
    """U+200B ZERO WIDTH SPACE; control characters have no name, only an alias."""
    name = unicodedata.name(ch, "")
    if not name:
        name = {"\x0b": "LINE TABULATION", "\x0c": "FORM FEED", "\x7f": "DELETE"}.get(
            ch, "CONTROL CHARACTER"
        )
    return f"U+{ord(ch):04X} {name}"


def _invisible_suspects(pair: PairText) -> list[Suspect]:
    """Each run of a character the editor cannot see that the source lacks."""
    out = []
    for m in _INVISIBLE.finditer(pair.tgt):
        ch = m.group(1)
        if ch in pair.src:
            continue  # carried over from the source: the source's business
        if ch == "\ufffd":
            reason = reasons.DECODING_LOSS()
        else:
            reason = reasons.INVISIBLE(character=_character_name(ch))
        out.append(_suspect(pair, reason, m.start(), m.end(), ""))
    return out


def check(pairs: Sequence[PairText]) -> list[Suspect]:
    """Form suspects for every bead with a non-empty target.

    Beads are taken in document order: a quotation may run from one into the next.
    """
    none: Quotes = {family: ([], []) for family in _FAMILIES}
    masked = [_masked(p.tgt) for p in pairs]
    quotes = [_quotes(m) for m in masked]
    out: list[Suspect] = []
    for k, pair in enumerate(pairs):
        if pair.tgt.strip():
            prev = quotes[k - 1] if k else none
            nxt = quotes[k + 1] if k + 1 < len(pairs) else none
            out.extend(_check_pair(pair, masked[k], quotes[k], prev, nxt))
    return out
