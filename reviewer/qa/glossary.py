"""Term bases: import a glossary from CSV/TSV or TBX, and write one as TBX.

CSV/TSV columns are found by their header names (``en,ko,forbidden,note``,
``Source term,Target term,...``, ``영어,한국어,금지어,비고``); a file without a
header is read by position when its first row looks like a term (Latin text,
then Hangul). One cell may hold several terms separated by ``;`` or ``|``.

TBX (v2 ``martif`` and v3 ``tbx``) is parsed with defusedxml: a file that
declares entities (billion laughs) or refers to external ones is refused and
nothing is resolved. Korean terms marked preferred/admitted are approved, the
ones marked deprecated/superseded are forbidden.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import defusedxml
import defusedxml.ElementTree as SafeET

from reviewer import messages as msg
from reviewer.errors import InputFileError


@dataclass(frozen=True)
class Term:
    """One concept: an English term, its approved and forbidden Korean renderings."""

    source: str
    approved: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...] = field(default_factory=tuple)
    name: str = ""
    skipped: tuple[int, ...] = ()  # CSV lines with a source but no target term, or neither

    def __len__(self) -> int:
        return len(self.terms)

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def skipped_lines(self, shown: int = 10) -> str:
        """The skipped lines for a message: '3, 5' (the first ``shown``, then …)."""
        more = "…" if len(self.skipped) > shown else ""
        return ", ".join(map(str, self.skipped[:shown])) + more


# Header names, compared after lower-casing and dropping everything but letters.
def _names(words: str) -> tuple[str, ...]:
    return tuple(words.split())


_ROLES: dict[str, tuple[str, ...]] = {
    "source": _names(
        "en eng english enus engb source src sourceterm term sourcetext sourcelanguage "
        "영어 원문 원어 용어 영문"
    ),
    "approved": _names(
        "ko kr kor korean kokr target tgt targetterm approved approvedterm translation "
        "preferred preferredterm 한국어 국문 번역 번역어 승인 승인어 대역어"
    ),
    "forbidden": _names(
        "forbidden forbiddenterm forbiddenterms donotuse dontuse avoid rejected deprecated "
        "deprecatedterm banned 금지 금지어 사용금지"
    ),
    "note": _names(
        "note notes comment comments definition context remark remarks description "
        "비고 설명 메모 참고 주석"
    ),
}
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z]")
_MULTI = re.compile(r"\s*[;|]\s*")


def load_glossary(path: str | Path) -> Glossary:
    """Read a term base; the format follows the file extension (.tbx/.xml or text)."""
    path = Path(path)
    if path.suffix.lower() in (".tbx", ".xml"):
        return load_tbx(path)
    return load_csv(path)


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputFileError(msg.GLOSSARY_UNREADABLE(problem=str(e.strerror or e)), path) from e
    for encoding in ("utf-8-sig", "cp949"):  # Korean Excel saves CSV as cp949
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputFileError(msg.GLOSSARY_ENCODING(), path)


def _norm_header(cell: str) -> str:
    return "".join(ch for ch in cell.lower() if ch.isalpha())


def _split_terms(cell: str) -> tuple[str, ...]:
    parts = (" ".join(p.split()) for p in _MULTI.split(cell))
    return tuple(dict.fromkeys(p for p in parts if p))


def _header_roles(row: Sequence[str]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for i, cell in enumerate(row):
        key = _norm_header(cell)
        for role, names in _ROLES.items():
            if key in names and role not in roles:
                roles[role] = i
                break
    return roles


def _looks_like_term_row(row: Sequence[str]) -> bool:
    return (
        len(row) >= 2
        and bool(_LATIN.search(row[0]))
        and not _HANGUL.search(row[0])
        and bool(_HANGUL.search(row[1]))
    )


def _sniff_delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in ("\t", ",", ";")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def load_csv(path: str | Path) -> Glossary:
    """Read a CSV or TSV term base (see the module docstring for the columns)."""
    path = Path(path)
    text = _read_text(path)
    reader = csv.reader(io.StringIO(text), delimiter=_sniff_delimiter(text), strict=True)
    numbered: list[tuple[int, list[str]]] = []
    try:
        numbered = [(reader.line_num, r) for r in reader if any(r)]
    except csv.Error as error:
        quote = "quote" in str(error) or "end of data" in str(error)
        refusal = msg.GLOSSARY_CSV_QUOTE if quote else msg.GLOSSARY_CSV
        raise InputFileError(refusal(line=str(reader.line_num), problem=str(error)), path) from None
    rows = [r for _, r in numbered]
    if not rows:
        raise InputFileError(msg.GLOSSARY_EMPTY(), path)
    roles = _header_roles(rows[0])
    if "source" in roles and ("approved" in roles or "forbidden" in roles):
        body = numbered[1:]
    elif _looks_like_term_row(rows[0]):
        body = numbered
        roles = {"source": 0, "approved": 1}
        if len(rows[0]) > 2:
            roles["forbidden"] = 2
        if len(rows[0]) > 3:
            roles["note"] = 3
    else:
        found = ", ".join(repr(c.strip()) for c in rows[0]) or "none"
        raise InputFileError(msg.GLOSSARY_NO_COLUMNS(found=found), path)

    def cell(row: Sequence[str], role: str) -> str:
        i = roles.get(role)
        return row[i].strip() if i is not None and i < len(row) else ""

    terms: list[Term] = []
    skipped: list[int] = []
    for line, row in body:
        approved = _split_terms(cell(row, "approved"))
        forbidden = _split_terms(cell(row, "forbidden"))
        note = cell(row, "note")
        sources = _split_terms(cell(row, "source"))
        if not sources or not (approved or forbidden):
            skipped.append(line)
        for source in sources:
            if approved or forbidden:
                terms.append(Term(source, approved, forbidden, note))
    if not terms:
        raise InputFileError(msg.GLOSSARY_NO_TERMS(), path)
    return Glossary(tuple(terms), name=path.stem, skipped=tuple(skipped))


# --- TBX ----------------------------------------------------------------------------

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_APPROVED_STATUS = ("preferred", "admitted", "standardized", "normative")
_FORBIDDEN_STATUS = ("deprecated", "superseded", "forbidden", "rejected", "notrecommended")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _lang(elem: SafeET.Element, default: str) -> str:
    value = elem.get(_XML_LANG) or elem.get("lang") or default
    return value.lower().split("-")[0].split("_")[0]


def _text(elem: SafeET.Element) -> str:
    return " ".join("".join(elem.itertext()).split())


def _term_status(term_holder: SafeET.Element) -> str:
    """'approved', 'forbidden' or '' from the termNotes beside a <term>."""
    for child in term_holder.iter():
        if _local(child.tag) != "termNote":
            continue
        if child.get("type") not in ("administrativeStatus", "normativeAuthorization"):
            continue
        value = _text(child).lower().replace(" ", "")
        if value.startswith(_FORBIDDEN_STATUS):
            return "forbidden"
        if value.startswith(_APPROVED_STATUS):
            return "approved"
    return ""


def _entry_terms(lang_set: SafeET.Element) -> list[tuple[str, str]]:
    """(term, status) for each <tig>/<ntig>/<termSec> (or bare <term>) in a language set."""
    holders = [c for c in lang_set.iter() if _local(c.tag) in ("tig", "ntig", "termSec")]
    if not holders:
        holders = [lang_set]
    out: list[tuple[str, str]] = []
    for holder in holders:
        for t in holder.iter():
            if _local(t.tag) == "term" and _text(t):
                out.append((_text(t), _term_status(holder)))
                break
    return out


def load_tbx(path: str | Path) -> Glossary:
    """Read a TBX term base; entity declarations and external references are refused."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputFileError(msg.GLOSSARY_UNREADABLE(problem=str(e.strerror or e)), path) from e
    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as e:
        raise InputFileError(msg.TBX_ENTITIES(problem=type(e).__name__), path) from e
    except SafeET.ParseError as e:
        raise InputFileError(msg.TBX_MALFORMED(problem=str(e)), path) from e
    doc_lang = _lang(root, "en")
    terms: list[Term] = []
    for entry in root.iter():
        if _local(entry.tag) not in ("termEntry", "conceptEntry"):
            continue
        notes = [
            _text(c)
            for c in entry
            if _local(c.tag) in ("note", "descrip", "descripGrp") and _text(c)
        ]
        sources: list[str] = []
        approved: list[str] = []
        forbidden: list[str] = []
        for lang_set in entry:
            if _local(lang_set.tag) not in ("langSet", "langSec"):
                continue
            lang = _lang(lang_set, doc_lang)
            for term, status in _entry_terms(lang_set):
                if lang == "en" and status != "forbidden":
                    sources.append(term)
                elif lang == "ko":
                    (forbidden if status == "forbidden" else approved).append(term)
        for source in dict.fromkeys(sources):
            if approved or forbidden:
                terms.append(Term(source, tuple(approved), tuple(forbidden), "; ".join(notes)))
    if not terms:
        raise InputFileError(msg.TBX_NO_TERMS(), path)
    return Glossary(tuple(terms), name=path.stem)


def to_tbx(glossary: Glossary) -> str:
    """The glossary as TBX-Basic (v2 ``martif``), which CAT tools import."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<martif type="TBX-Basic" xml:lang="en">',
        "  <martifHeader><fileDesc><sourceDesc>",
        f"    <p>{escape(glossary.name or 'glossary')}</p>",
        "  </sourceDesc></fileDesc></martifHeader>",
        "  <text><body>",
    ]
    for i, term in enumerate(glossary.terms, 1):
        out.append(f'    <termEntry id="t{i}">')
        if term.note:
            out.append(f"      <note>{escape(term.note)}</note>")
        out.append('      <langSet xml:lang="en"><tig>')
        out.append(f"        <term>{escape(term.source)}</term>")
        out.append("      </tig></langSet>")
        out.append('      <langSet xml:lang="ko">')
        statuses = [
            (t, "preferredTerm-admn-sts" if i == 0 else "admittedTerm-admn-sts")
            for i, t in enumerate(term.approved)
        ]
        statuses += [(t, "deprecatedTerm-admn-sts") for t in term.forbidden]
        for value, status in statuses:
            out.append(f"        <tig><term>{escape(value)}</term>")
            note_type = quoteattr("administrativeStatus")
            out.append(f"          <termNote type={note_type}>{status}</termNote></tig>")
        out.append("      </langSet>")
        out.append("    </termEntry>")
    out += ["  </body></text>", "</martif>", ""]
    return "\n".join(out)
