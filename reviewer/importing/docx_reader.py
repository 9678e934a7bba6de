"""Paragraph text of a .docx file, checked before python-docx sees it.

A .docx is a zip of XML parts, so a hostile one can be a zip bomb or carry a
DOCTYPE whose entities read local files or expand to gigabytes. Every part is
size-checked and every XML part is parsed by defusedxml with DTDs forbidden
before python-docx opens the package.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError
from defusedxml.ElementTree import fromstring as safe_fromstring

from reviewer import messages as msg
from reviewer.errors import InputFileError

MAX_UNPACKED = 200 * 1024 * 1024  # all parts together, as python-docx holds them in memory
MAX_PARTS = 5_000
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # encrypted .docx files are OLE containers
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Subtrees whose text is not (or not here) part of the paragraph: deleted or moved-away
# text, field codes, and text boxes, whose own paragraphs are visited separately.
_SKIP = {_W + "del", _W + "moveFrom", _W + "instrText", _W + "txbxContent", _FALLBACK}


def read_docx(data: bytes, path: str | Path) -> list[str]:
    """The text of every paragraph in the body, tables and text boxes included, in order."""
    _check_package(data, path)
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except Exception as exc:  # python-docx raises many types on a bad package
        raise InputFileError(msg.DOCX_DAMAGED(problem=str(exc)), path) from None
    return [_paragraph_text(p) for p in _paragraphs(body)]


def _check_package(data: bytes, path: str | Path) -> None:
    if data.startswith(_OLE_MAGIC):
        raise InputFileError(msg.DOCX_ENCRYPTED(), path)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InputFileError(msg.DOCX_NOT_ZIP(), path) from None
    with archive:
        infos = archive.infolist()
        names = {info.filename for info in infos}
        if "word/document.xml" not in names:
            raise InputFileError(msg.DOCX_NO_DOCUMENT(), path)
        if len(infos) > MAX_PARTS or sum(info.file_size for info in infos) > MAX_UNPACKED:
            raise InputFileError(msg.DOCX_ZIP_BOMB(), path)
        for info in infos:
            if info.filename.endswith((".xml", ".rels")):
                _check_xml(archive, info, path)


def _check_xml(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: str | Path) -> None:
    try:
        raw = archive.read(info)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise InputFileError(
            msg.DOCX_PART_DAMAGED(part=info.filename, problem=str(exc)), path
        ) from None
    try:
        safe_fromstring(raw, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise InputFileError(msg.DOCX_DOCTYPE(part=info.filename), path) from None
    except ParseError as exc:
        raise InputFileError(msg.DOCX_BAD_XML(part=info.filename, problem=str(exc)), path) from None


def _paragraphs(body: Any) -> Iterator[Any]:
    """Every w:p in document order, except copies kept for old Word versions."""
    for p in body.iter(_W + "p"):
        if not any(a.tag == _FALLBACK for a in p.iterancestors()):
            yield p


def _paragraph_text(p: Any) -> str:
    """Visible text of one paragraph; tabs kept, soft line breaks become spaces.

    python-docx's ``Paragraph.text`` skips tracked insertions and content
    controls, which reviewers do see, so the runs are walked here instead.
    """
    parts: list[str] = []

    def walk(element: Any) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == _W + "t":
                parts.append(child.text or "")
            elif tag == _W + "tab":
                parts.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                parts.append(" ")  # one paragraph stays one line of Document.text
            elif tag == _W + "noBreakHyphen":
                parts.append("-")
            elif tag != _W + "p":
                walk(child)

    walk(p)
    return "".join(parts)
