"""TMX 1.4b export with lxml.

Text rule: XML 1.0 cannot carry most C0 control characters (U+0000–U+0008,
U+000B, U+000C, U+000E–U+001F), U+FFFE, U+FFFF or lone surrogates. They are
removed from ``<seg>`` text, and the ``tu`` records what was removed in a
``<prop type="x-removed-characters">`` (code points, e.g. ``U+0001``). Tabs and
newlines are kept. TSV and JSONL keep the text exactly.

A one-sided bead (a caption with no English, exported with ``--all``) has a
``<tuv>`` for its one language only: TMX allows a ``tu`` of one ``tuv``, while
an empty ``<seg>`` would tell a CAT tool the sentence translates to nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import IO, Any

from lxml import etree

from reviewer import __version__
from reviewer.export.pairs import ExportPair

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> tuple[str, list[str]]:
    """Text with the characters XML cannot carry removed, and what was removed."""
    removed = [f"U+{ord(c):04X}" for c in NOT_IN_XML.findall(text)]
    return NOT_IN_XML.sub("", text), removed


def flag_note(flag: dict[str, Any]) -> str:
    spans = flag.get("spans") or []
    quoted = "; ".join(
        f"{'EN' if s['side'] == 'src' else 'KO'} “{s['text']}”" for s in spans if s["text"]
    )
    text = f"[{flag['severity']} {flag['category']}, {flag['status']}] {flag['note']}".strip()
    if flag.get("suggestion"):
        text += f" — suggestion: {flag['suggestion']}"
    if quoted:
        text += f" — on {quoted}"
    return text


def write_tmx(
    pairs: Sequence[ExportPair], out: IO[bytes], src_lang: str = "en", tgt_lang: str = "ko"
) -> None:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(
        root,
        "header",
        creationtool="translation-reviewer",
        creationtoolversion=__version__,
        segtype="sentence",
        **{"o-tmf": "translation-reviewer"},
        adminlang="en",
        srclang=src_lang,
        datatype="plaintext",
        creationdate=stamp,
    )
    body = etree.SubElement(root, "body")
    for pair in pairs:
        tu = etree.SubElement(body, "tu", tuid=str(pair.index), creationdate=stamp)
        src, removed_src = xml_safe(pair.src)
        tgt, removed_tgt = xml_safe(pair.tgt)
        props = [("x-status", pair.status), ("x-bead", pair.kind)]
        if pair.score is not None:
            props.append(("x-score", f"{pair.score:.3f}"))
        if removed_src or removed_tgt:
            props.append(("x-removed-characters", " ".join(removed_src + removed_tgt)))
        for flag in pair.flags:
            note = etree.SubElement(tu, "note")
            note.text = xml_safe(flag_note(flag))[0]
        for kind, value in props:
            prop = etree.SubElement(tu, "prop", type=kind)
            prop.text = value
        for lang, raw, text in ((src_lang, pair.src, src), (tgt_lang, pair.tgt, tgt)):
            if not raw:
                # A one-sided bead (exported with --all): an empty <seg> would read
                # as "translated as nothing" in a CAT tool, so that side is left out.
                continue
            tuv = etree.SubElement(tu, "tuv", {XML_LANG: lang})
            seg = etree.SubElement(tuv, "seg")
            seg.text = text
    out.write(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
