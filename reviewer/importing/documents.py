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
        what = "is empty" if not text else "contains only whitespace"
        raise InputFileError(f"there is no text to review: it {what}", name)
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
        raise InputFileError("old Word .doc files cannot be read; save it as .docx", name)
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
        raise InputFileError(
            "this is a link to a file that does not exist" if broken else "no such file", name
        ) from None
    except OSError as exc:
        raise InputFileError(_os_message(exc), name) from None
    except ValueError:  # a NUL character in the name
        raise InputFileError("this is not a valid file name", name) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputFileError("this is a folder, not a file", name)
    if not stat.S_ISREG(info.st_mode):
        raise InputFileError("this is not a regular file (a device, pipe or socket)", name)
    if info.st_size > MAX_BYTES:
        size = info.st_size / (1024 * 1024)
        raise InputFileError(f"this file is {size:,.0f} MB; files over 200 MB are refused", name)
    if info.st_size == 0:
        raise InputFileError("there is no text to review: the file is empty", name)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputFileError(_os_message(exc), name) from None
    if len(data) > MAX_BYTES:  # it grew after stat
        raise InputFileError("this file is over 200 MB; files that large are refused", name)
    return data


def _os_message(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "this file cannot be read: permission denied"
    if exc.errno == errno.ELOOP:
        return "this path is a loop of symbolic links"
    if exc.errno == errno.ENAMETOOLONG:
        return "this path is too long"
    if isinstance(exc, IsADirectoryError):
        return "this is a folder, not a file"
    return f"this file cannot be read: {exc.strerror or exc}"


def read_pair(src_path: str | Path, tgt_path: str | Path) -> ImportResult:
    """The English source and Korean translation, swapped back if given the other way round."""
    src, tgt = read_document(src_path), read_document(tgt_path)
    return pair_documents(src, tgt)


def pair_documents(src: Document, tgt: Document) -> ImportResult:
    """Check that one document is Korean and the other is not; put English first."""
    messages: list[str] = []
    both = f"{src.name} and {tgt.name}"
    src_ko, tgt_ko = src.lang == "ko", tgt.lang == "ko"
    if src_ko and tgt_ko:
        raise InputFileError(
            f"Both files are Korean ({both}); give the English source and its Korean translation."
        )
    if not src_ko and not tgt_ko:
        for doc in (tgt, src):
            if doc.lang in ("ja", "zh"):
                raise InputFileError(
                    f"{doc.name} is {language_name(doc.lang)}, not Korean; this tool reviews "
                    f"English-to-Korean translations ({both})."
                )
        if src.lang == tgt.lang != "und":
            raise InputFileError(
                f"Both files are {language_name(src.lang)} ({both}); give the English source "
                "and its Korean translation."
            )
        raise InputFileError(
            f"Neither file is Korean ({_looks(src)}, {_looks(tgt)}); give the English source "
            "and its Korean translation."
        )
    if src_ko:
        messages.append(
            f"The files were given the other way round: {src.name} is Korean, {tgt.name} is "
            f"{language_name(tgt.lang)}; swapped."
        )
        src, tgt = tgt, src
    if src.lang in ("ja", "zh", "und"):
        raise InputFileError(
            f"{_looks(src)}, not English; this tool reviews English-to-Korean translations "
            f"({both})."
        )
    if src.lang != "en":
        messages.append(
            f"{src.name} looks {language_name(src.lang)} rather than English; "
            "it is used as the source anyway."
        )
    return ImportResult(src, tgt, tuple(messages))


def _looks(doc: Document) -> str:
    if doc.lang == "und":
        return f"{doc.name} has no words"
    return f"{doc.name} looks {language_name(doc.lang)}"


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
                f"this file has a {language_name(lang)} paragraph, not Korean: {para[:60]!r}",
                doc.name,
            )
    resolved = _resolve(langs, doc.paragraphs)
    if len(set(resolved)) < 2:
        found = f"only {language_name(resolved[0])}" if any(langs) else "no letters"
        raise InputFileError(
            f"this should hold English and Korean, one after the other, but it has {found}; "
            "give two files instead, or the missing half",
            doc.name,
        )
    messages: list[str] = []
    runs = 1 + sum(a != b for a, b in pairwise(resolved))
    if runs > 2:
        messages.append(
            f"{doc.name} switches between English and Korean {runs - 1} times; the English "
            "paragraphs and the Korean paragraphs were each kept in their order."
        )
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
