"""Build the small English word lists that the names and loanwords checks read.

Run once when the lists change (needs Debian's ``wamerican``,
``wamerican-small`` and ``unicode-data`` packages)::

    .venv/bin/python bench/build_lexicon.py

Writes ``reviewer/qa/data/english_words.txt`` (common lowercase words, base
forms only, those of SCOWL's smaller list) and ``english_words_rare.txt`` (the
rest of the standard list): the loanwords check asks "which real English word
does this Hangul loanword spell?" and prefers a common answer;
``reviewer/qa/data/english_names.txt`` (capitalised
entries: first names, surnames, places; the names check asks "does this Hangul
token look like some foreign name?"), and ``reviewer/qa/data/sino_syllables.txt``
(every Hangul reading of a CJK ideograph in Unihan: a word made only of these
syllables can be Sino-Korean, one with any other syllable, like 빅 or 레, is a
transliteration or native).  SCOWL's licence asks that its notice
travel with copies, so each file starts with it.

``reviewer/qa/data/korean_native.txt`` (common native Korean words and verb
stems that the names and loanwords checks must not read as transliterations)
is written by hand and not built here.
"""

from __future__ import annotations

import bz2
import re
import sys
from pathlib import Path

DICT = Path("/usr/share/dict")
OUT = Path(__file__).resolve().parent.parent / "reviewer" / "qa" / "data"
NOTICE = """\
# Derived from SCOWL via Debian's {package} package (/usr/share/dict/{name}) by
# bench/build_lexicon.py.  SCOWL: Copyright 2000-2011 by Kevin Atkinson.
# Permission to use, copy, modify, distribute and sell these word lists, the
# associated scripts, the output created from the scripts, and its documentation
# for any purpose is hereby granted without fee, provided that the above
# copyright notice appears in all copies and that both that copyright notice and
# this permission notice appear in supporting documentation. Kevin Atkinson
# makes no representations about the suitability of this array for any purpose.
# It is provided "as is" without express or implied warranty.
"""
# Inflections dropped when their base is listed: Korean loanwords render the base.
_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ly", ""))


def _read(name: str) -> list[str]:
    path = DICT / name
    if not path.exists():
        sys.exit(f"{path} missing: apt-get install wamerican wamerican-small")
    return [w for w in path.read_text(encoding="utf-8").split() if "'" not in w]


def _bases(words: list[str]) -> list[str]:
    known = set(words)
    keep = []
    for w in words:
        inflected = any(
            w.endswith(suf) and len(w) - len(suf) >= 3 and w[: len(w) - len(suf)] + rep in known
            for suf, rep in _INFLECTIONS
        )
        if not inflected:
            keep.append(w)
    return keep


def sino_syllables() -> str:
    """All kHangul readings in Unihan (Debian's unicode-data package)."""
    path = Path("/usr/share/unicode/Unihan_Readings.txt.bz2")
    if not path.exists():
        sys.exit(f"{path} missing: apt-get install unicode-data")
    readings = set()
    with bz2.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1] == "kHangul":
                readings.update(r.split(":")[0] for r in parts[2].split())
    return "".join(sorted(readings))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    small = set(_read("american-english-small"))
    every = _bases(sorted({w for w in _read("american-english") if re.fullmatch("[a-z]{3,}", w)}))
    common = [w for w in every if w in small]
    rare = [w for w in every if w not in small]
    names = _bases(
        sorted({w for w in _read("american-english") if re.fullmatch("[A-Z][a-z]{2,}", w)})
    )
    for fname, words, package, src in (
        ("english_words.txt", common, "wamerican-small", "american-english-small"),
        ("english_words_rare.txt", rare, "wamerican", "american-english"),
        ("english_names.txt", names, "wamerican", "american-english"),
    ):
        text = NOTICE.format(package=package, name=src) + "\n".join(words) + "\n"
        (OUT / fname).write_text(text, encoding="utf-8")
        print(f"{fname}: {len(words)} words, {len(text.encode()) // 1024} KiB")
    syllables = sino_syllables()
    header = "# Hangul readings (kHangul) of CJK ideographs, from Unicode's Unihan database\n"
    (OUT / "sino_syllables.txt").write_text(header + syllables + "\n", encoding="utf-8")
    print(f"sino_syllables.txt: {len(syllables)} syllables")


if __name__ == "__main__":
    main()
