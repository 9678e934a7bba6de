"""Read the English and Korean documents to review, whatever the user gives.

Every problem a user can cause (wrong path, a folder, an image, an unreadable
or empty file, the files given the other way round) becomes one
``InputFileError`` that names the file, never a traceback.
"""

from __future__ import annotations

import errno
import hashlib
import re
import stat
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from reviewer import messages as msg
from reviewer.errors import InputFileError
from reviewer.importing.docx_reader import read_docx
from reviewer.importing.encoding import decode_bytes
from reviewer.importing.language import detect_language, language_name, paragraph_language

MAX_BYTES = 200 * 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
# Anything but whitespace and invisible format characters (zero-width, bidi marks, BOM).
_VISIBLE = re.compile("[^\\s\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


@dataclass(frozen=True)
class Document:
    path: str | None  # None for pasted text
    text: str  # decoded, newlines normalised to \n, BOM stripped
    encoding: str  # 'utf-8', 'utf-8-sig', 'utf-16', 'cp949', 'docx', 'text' (pasted)...
    lang: str  # 'en', 'ko', or another langdetect code
    paragraphs: tuple[str, ...]  # non-empty paragraphs, stripped
    sha256: str  # of the raw bytes (of the text encoded UTF-8 when there are none)

    @property
    def name(self) -> str:
        """What to call the document in messages."""
        return self.path if self.path is not None else "pasted text"


@dataclass(frozen=True)
class ImportResult:
    src: Document  # English
    tgt: Document  # Korean
    messages: tuple[str, ...]  # things the user should know, e.g. that the files were swapped


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; nothing else in the text changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def make_document(text: str, name: str, path: str | None, encoding: str, sha256: str) -> Document:
    """A Document from decoded text: newlines normalised, paragraphs found, language detected."""
    text = normalise_newlines(text).removeprefix("\ufeff")
    if not _VISIBLE.search(text):
        raise InputFileError(msg.NO_TEXT_EMPTY() if not text else msg.NO_TEXT_WHITESPACE(), name)
    paragraphs = tuple(line.strip() for line in text.split("\n") if line.strip())
    return Document(path, text, encoding, detect_language(text), paragraphs, sha256)


def document_from_text(text: str, name: str = "pasted text") -> Document:
    """A Document from text typed or pasted by the user (it has no file)."""
    sha = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    return make_document(text, name, None, "text", sha)


def read_document(path: str | Path) -> Document:
    """Read a .txt, .md or .docx file (encoding and format are detected)."""
    name = str(path)
    data = _read_bytes(Path(path), name)
    sha = hashlib.sha256(data).hexdigest()
    suffix = Path(path).suffix.lower()
    if suffix == ".doc":
        raise InputFileError(msg.OLD_DOC(), name)
    if suffix == ".docx" or data.startswith(_ZIP_MAGIC):
        text = "\n".join(read_docx(data, name))
        return make_document(text, name, name, "docx", sha)
    text, encoding = decode_bytes(data, name)
    return make_document(text, name, name, encoding, sha)


def _read_bytes(path: Path, name: str) -> bytes:
    """The whole file, after checks that turn every OS failure into a clear message."""
    try:
        info = path.stat()
    except FileNotFoundError:
        broken = path.is_symlink()
        raise InputFileError(msg.BROKEN_LINK() if broken else msg.NO_SUCH_FILE(), name) from None
    except OSError as exc:
        raise InputFileError(_os_message(exc), name) from None
    except ValueError:  # a NUL character in the name
        raise InputFileError(msg.BAD_FILE_NAME(), name) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputFileError(msg.IS_A_FOLDER(), name)
    if not stat.S_ISREG(info.st_mode):
        raise InputFileError(msg.NOT_A_REGULAR_FILE(), name)
    if info.st_size > MAX_BYTES:
        size = info.st_size / (1024 * 1024)
        raise InputFileError(msg.TOO_LARGE(size=f"{size:,.0f}"), name)
    if info.st_size == 0:
        raise InputFileError(msg.EMPTY_FILE(), name)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputFileError(_os_message(exc), name) from None
    if len(data) > MAX_BYTES:  # it grew after stat
        raise InputFileError(msg.GREW_TOO_LARGE(), name)
    return data


def _os_message(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return msg.NO_PERMISSION()
    if exc.errno == errno.ELOOP:
        return msg.LINK_LOOP()
    if exc.errno == errno.ENAMETOOLONG:
        return msg.PATH_TOO_LONG()
    if isinstance(exc, IsADirectoryError):
        return msg.IS_A_FOLDER()
    return msg.UNREADABLE(problem=str(exc.strerror or exc))


def read_pair(src_path: str | Path, tgt_path: str | Path) -> ImportResult:
    """The English source and Korean translation, swapped back if given the other way round."""
    src, tgt = read_document(src_path), read_document(tgt_path)
    return pair_documents(src, tgt)


def pair_documents(src: Document, tgt: Document) -> ImportResult:
    """Check that one document is Korean and the other is not; put English first."""
    messages: list[str] = []
    both = {"first": src.name, "second": tgt.name}
    src_ko, tgt_ko = src.lang == "ko", tgt.lang == "ko"
    if src_ko and tgt_ko:
        raise InputFileError(msg.ONE_LANGUAGE_PAIR(language=language_name("ko"), **both))
    if not src_ko and not tgt_ko:
        for doc in (tgt, src):
            if doc.lang in ("ja", "zh"):
                raise InputFileError(
                    msg.OTHER_SCRIPT(name=doc.name, language=language_name(doc.lang), **both)
                )
        if src.lang == tgt.lang != "und":
            raise InputFileError(msg.ONE_LANGUAGE_PAIR(language=language_name(src.lang), **both))
        raise InputFileError(msg.NEITHER_KOREAN(src_looks=_looks(src), tgt_looks=_looks(tgt)))
    if src_ko:
        messages.append(
            msg.NOTE_SWAPPED(first=src.name, second=tgt.name, language=language_name(tgt.lang))
        )
        src, tgt = tgt, src
    if src.lang in ("ja", "zh", "und"):
        raise InputFileError(msg.SOURCE_NOT_ENGLISH(looks=_looks(src), **both))
    if src.lang != "en":
        messages.append(msg.NOTE_SOURCE_LANGUAGE(name=src.name, language=language_name(src.lang)))
    return ImportResult(src, tgt, tuple(messages))


def _looks(doc: Document) -> str:
    if doc.lang == "und":
        return msg.NO_WORDS(name=doc.name)
    return msg.LOOKS(name=doc.name, language=language_name(doc.lang))


def read_bilingual(path: str | Path) -> ImportResult:
    """One file holding the English text and then its Korean translation (or the reverse)."""
    return split_bilingual(read_document(path))


def split_bilingual(doc: Document) -> ImportResult:
    """Separate a bilingual document into its English and Korean paragraphs.

    Each paragraph is classified on its own, by script. One with a little
    Hangul goes with its neighbours (Korean where the languages switch); one
    with no letters goes with the next paragraph if it holds a digit ("1.",
    "2024": numbering belongs to what follows) and with the previous one
    otherwise ("* * *"). Nothing is lost or duplicated.
    """
    langs = [paragraph_language(para) for para in doc.paragraphs]
    for para, lang in zip(doc.paragraphs, langs, strict=True):
        if lang in ("ja", "zh"):
            raise InputFileError(
                msg.OTHER_SCRIPT_PARAGRAPH(language=language_name(lang), paragraph=repr(para[:60])),
                doc.name,
            )
    resolved = _resolve(langs, doc.paragraphs)
    if len(set(resolved)) < 2:
        raise InputFileError(
            msg.ONLY_ONE_LANGUAGE(language=language_name(resolved[0]))
            if any(langs)
            else msg.NO_LETTERS(),
            doc.name,
        )
    messages: list[str] = []
    runs = 1 + sum(a != b for a, b in pairwise(resolved))
    if runs > 2:
        messages.append(msg.NOTE_SWITCHES(name=doc.name, count=str(runs - 1)))
    result = pair_documents(_half(doc, "en", resolved), _half(doc, "ko", resolved))
    return ImportResult(result.src, result.tgt, tuple(messages) + result.messages)


def _resolve(langs: list[str | None], paragraphs: tuple[str, ...]) -> list[str]:
    """'en' or 'ko' for every paragraph, settling unsure ones from their neighbours."""
    strong = [lang if lang in ("en", "ko") else None for lang in langs]
    before: list[str | None] = []  # the nearest sure language before each paragraph
    last: str | None = None
    for lang in strong:
        before.append(last)
        last = lang or last
    after: list[str | None] = []
    last = None
    for lang in reversed(strong):
        after.append(last)
        last = lang or last
    after.reverse()
    out: list[str] = []
    for raw, sure, para, prev, nxt in zip(langs, strong, paragraphs, before, after, strict=True):
        if sure is not None:
            out.append(sure)
        elif raw == "mixed":
            sides = {side for side in (prev, nxt) if side is not None}
            out.append(sides.pop() if len(sides) == 1 else "ko")
        elif any(ch.isdigit() for ch in para):
            out.append(nxt or prev or "en")
        else:
            out.append(prev or nxt or "en")
    return out


def _half(doc: Document, lang: str, langs: list[str]) -> Document:
    paragraphs = tuple(p for p, lg in zip(doc.paragraphs, langs, strict=True) if lg == lang)
    text = "\n".join(paragraphs)
    sha = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    return Document(doc.path, text, doc.encoding, detect_language(text), paragraphs, sha)
