"""Which language a text is in: Korean by its script, others by langdetect.

Hangul is unmistakable, so Korean is decided by the share of Hangul letters
(fast and right even for one short line). Japanese and Chinese are decided by
their scripts too, because the useful question is "Korean or not". langdetect
(seeded, so the answer never changes between runs) only has to tell English
from other Latin-script languages, and only on texts long enough for it to be
reliable.
"""

from __future__ import annotations

from langdetect import DetectorFactory, LangDetectException, detect

from reviewer.messages import LANGUAGE_CODE

DetectorFactory.seed = 0

KOREAN_SHARE = 0.3  # of letters; Korean prose quoting English names stays well above it
SHORT_TEXT = 60  # letters; below this langdetect guesses ("Seoul" -> Finnish)
SAMPLE_CHARS = 20_000  # langdetect on a 50 MB file would take minutes; a sample suffices

NAMES = {
    "en": "English",
    "ko": "Korean",
    "ja": "Japanese",
    "zh": "Chinese",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "und": "no recognisable language",
}


def language_name(code: str) -> str:
    return NAMES.get(code) or LANGUAGE_CODE(code=code)


def _script(ch: str) -> str:
    """A coarse script class for one letter: hangul, kana, han, latin or other."""
    code = ord(ch)
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9D:
        return "kana"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "han"
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF:
        return "latin"
    return "other"


def script_counts(text: str) -> dict[str, int]:
    """Letters per script class (see ``_script``)."""
    counts = {"hangul": 0, "kana": 0, "han": 0, "latin": 0, "other": 0}
    for ch in text:
        if ch.isalpha():
            counts[_script(ch)] += 1
    return counts


def hangul_share(text: str) -> float:
    """Share of Hangul among the letters of ``text`` (0.0 when it has none)."""
    counts = script_counts(text)
    letters = sum(counts.values())
    return counts["hangul"] / letters if letters else 0.0


def script_language(text: str) -> str | None:
    """'ko', 'ja' or 'zh' when the script decides; 'und' with no letters; else None."""
    return _by_script(script_counts(text))


def paragraph_language(text: str) -> str | None:
    """One paragraph of a bilingual file: 'ko', 'ja', 'zh', 'en' (no Hangul at all),
    'mixed' (some Hangul, too little to be sure) or None (no letters)."""
    counts = script_counts(text)
    lang = _by_script(counts)
    if lang == "und":
        return None
    if lang is not None:
        return lang
    return "mixed" if counts["hangul"] else "en"


def _by_script(counts: dict[str, int]) -> str | None:
    letters = sum(counts.values())
    if not letters:
        return "und"
    if counts["hangul"] >= KOREAN_SHARE * letters:
        return "ko"
    if counts["kana"] >= 0.1 * letters:
        return "ja"
    if counts["han"] + counts["kana"] >= KOREAN_SHARE * letters:
        return "zh"
    return None


def detect_language(text: str) -> str:
    """'en', 'ko', another langdetect code ('zh' for both Chinese scripts), or 'und'."""
    sample = _sample(text)
    by_script = script_language(sample)
    if by_script is not None:
        return by_script
    counts = script_counts(sample)
    if counts["latin"] < SHORT_TEXT and counts["latin"] >= counts["other"]:
        return "en"  # too short to tell; in an English-Korean tool Latin text is English
    try:
        code: str = detect(sample)
    except LangDetectException:
        return "und"
    return "zh" if code.startswith("zh") else code


def _sample(text: str) -> str:
    """Up to SAMPLE_CHARS characters from the start, the middle and the end."""
    if len(text) <= SAMPLE_CHARS:
        return text
    third = SAMPLE_CHARS // 3
    middle = len(text) // 2
    return "\n".join((text[:third], text[middle : middle + third], text[-third:]))
