"""Turn the bytes of a text file into text, or say clearly why not.

Order matters: byte-order marks are certain, UTF-8 almost never decodes by
accident, and only then is the encoding guessed (chardet; EUC-KR is read as
CP949, its superset, so that the extra Hangul syllables some EUC-KR files
carry do not fail). Binary files are refused before any guess, because a
legacy 8-bit code page will "decode" anything.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import chardet

from reviewer import messages as msg
from reviewer.errors import InputFileError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# What a refused binary file most likely is, to say so in the message.
_MAGIC = (
    (b"\x89PNG", msg.PNG_IMAGE),
    (b"\xff\xd8\xff", msg.JPEG_IMAGE),
    (b"GIF8", msg.GIF_IMAGE),
    (b"%PDF", msg.PDF_FILE),
    (b"\xd0\xcf\x11\xe0", msg.OFFICE_97_FILE),
    (b"{\\rtf", msg.RTF_FILE),
    (b"\x7fELF", msg.PROGRAM_FILE),
    (b"\x1f\x8b", msg.GZIP_FILE),
)
# Names chardet gives to Korean legacy encodings; CP949 decodes all of them.
_KOREAN = {"euc-kr", "euc_kr", "cp949", "uhc", "ks_c_5601-1987", "ks_c_5601", "windows-949"}
_CONTROL_OK = "\t\n\r\f\v\x1b"
_SNIFF = 64 * 1024


def decode_bytes(data: bytes, path: str | Path) -> tuple[str, str]:
    """(text, encoding) for the raw bytes of a text file; BOM removed, newlines untouched."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, name, path), name, path), name
    for magic, refusal in _MAGIC:
        if data.startswith(magic):
            raise InputFileError(refusal(), path)
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise InputFileError(msg.NUL_BYTES(), path)
        return _checked(_strict(data, utf16, path), utf16, path), utf16
    try:
        return _checked(data.decode("utf-8"), "utf-8", path), "utf-8"
    except UnicodeDecodeError as exc:
        if sum(ch >= "\x80" for ch in data[: exc.start].decode("utf-8")) >= 3:
            # Several multi-byte UTF-8 characters before the bad byte: legacy Korean text
            # almost never gets that far, so this is a damaged UTF-8 file.
            raise InputFileError(msg.DAMAGED_UTF8(offset=str(exc.start)), path) from None
    for name in _candidates(data):
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if name != "cp949" and not _plausible_single_byte(text):
            continue
        return _checked(text, name, path), name
    raise InputFileError(msg.UNKNOWN_ENCODING(), path)


def _strict(data: bytes, name: str, path: str | Path) -> str:
    try:
        text = data.decode(name)
    except UnicodeDecodeError as exc:
        raise InputFileError(
            msg.BOM_MISMATCH(encoding=name.upper(), offset=str(exc.start)), path
        ) from None
    return text.removeprefix("\ufeff")


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit mostly in odd (even) bytes and the text decodes.

    Korean UTF-16 has few NULs (only its ASCII spaces and digits make them), so
    their position, not their number, is the sign.
    """
    if len(data) % 2:
        return None
    even_nuls, odd_nuls = data[0::2].count(0), data[1::2].count(0)
    # Every 256th Hangul syllable (가, 개...) has a zero low byte too, hence "mostly".
    name = "utf-16-le" if odd_nuls > 4 * even_nuls else None
    if even_nuls > 4 * odd_nuls:
        name = "utf-16-be"
    if name is None:
        return None
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    printable = sum(1 for ch in text[:_SNIFF] if ch.isprintable() or ch.isspace())
    return name if printable >= 0.95 * min(len(text), _SNIFF) else None


def _candidates(data: bytes) -> list[str]:
    """Encodings worth a strict try, most likely first."""
    first = next((i for i, byte in enumerate(data) if byte >= 0x80), 0)
    start = max(first - 1024, 0)
    guess = chardet.detect(data[start : start + _SNIFF])
    name = (guess.get("encoding") or "").lower()
    confidence = float(guess.get("confidence") or 0.0)
    out = []
    if name in _KOREAN:
        out.append("cp949")
    # A Korean tool sees CP949 far more often than anything chardet may prefer.
    if _plausible_korean(data):
        out.append("cp949")
    if name and confidence >= 0.5:
        out.append(name)
    out.append("cp1252")  # old English files with curly quotes; it refuses 5 byte values
    return list(dict.fromkeys(out))


def _plausible_korean(data: bytes) -> bool:
    try:
        text = data[: _SNIFF * 4].decode("cp949", errors="ignore")
    except LookupError:  # pragma: no cover - cp949 ships with CPython
        return False
    non_ascii = [ch for ch in text if ord(ch) >= 0x80]
    hangul = sum(1 for ch in non_ascii if 0xAC00 <= ord(ch) <= 0xD7A3)
    return bool(non_ascii) and hangul >= 0.6 * len(non_ascii)


def _plausible_single_byte(text: str) -> bool:
    """A real English/European legacy file is mostly ASCII; random bytes decode to symbol soup."""
    sample = [ch for ch in text[: _SNIFF * 4] if not ch.isspace()]
    non_ascii = sum(1 for ch in sample if ord(ch) >= 0x80)
    return bool(sample) and non_ascii <= 0.3 * len(sample)


def _checked(text: str, name: str, path: str | Path) -> str:
    """Refuse text full of control characters: a binary file that happened to decode."""
    sample = text[: _SNIFF * 4]
    controls = sum(1 for ch in sample if ord(ch) < 0x20 and ch not in _CONTROL_OK)
    if "\x00" in sample or controls > max(2, len(sample) // 200):
        raise InputFileError(msg.CONTROL_CHARACTERS(encoding=name), path)
    return text
