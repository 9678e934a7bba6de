"""Build the Korean word list that the names check reads to tell words from slips.

Run once when the list changes (needs Debian's ``hunspell-ko`` package)::

    .venv/bin/python bench/build_korean_words.py

Writes ``reviewer/qa/data/korean_words.txt.gz``: the Hangul stems of two
syllables or more of the hunspell Korean dictionary (about 99,000: 기반, 대만,
왕위, 컴퓨터, 그룹), one per line.  The dictionary lists words, native,
Sino-Korean and established loanwords, but no foreign names; so a Hangul piece
near a name that is in it (왕위 "throne") may be the translator's word, while one
that is not (오나마, 무주) is no word of the language and, near a name, a slip.
The dictionary is under MPL-1.1 / GPL-2+ / LGPL-2.1+; its notice travels at the
head of the file.
"""

from __future__ import annotations

import gzip
import re
import sys
import unicodedata
from pathlib import Path

DIC = Path("/usr/share/hunspell/ko.dic")
OUT = Path(__file__).resolve().parent.parent / "reviewer" / "qa" / "data" / "korean_words.txt.gz"
NOTICE = """\
# Korean words of two syllables or more from the hunspell Korean dictionary
# (hunspell-dict-ko, https://github.com/spellcheck-ko/hunspell-dict-ko; Debian's
# hunspell-ko package, /usr/share/hunspell/ko.dic) by bench/build_korean_words.py.
# Copyright (C) 2008-2019 spellcheck-ko contributors.  The contents of this file
# are subject to the Mozilla Public License Version 1.1; you may not use this file
# except in compliance with the License.  You may obtain a copy of the License at
# http://www.mozilla.org/MPL/ (alternatively GPL-2+ or LGPL-2.1+).  Software
# distributed under the License is distributed on an "AS IS" basis, WITHOUT
# WARRANTY OF ANY KIND, either express or implied.
"""
_WORD = re.compile(r"[가-힣]{2,}")


def main() -> None:
    if not DIC.exists():
        sys.exit(f"{DIC} not found: apt-get install hunspell-ko")
    lines = DIC.read_text(encoding="utf-8").split("\n")[1:]  # the first line is a count
    # The dictionary spells Hangul in decomposed jamo; the checks read composed text.
    words = {unicodedata.normalize("NFC", line.split("/")[0]) for line in lines}
    kept = sorted(w for w in words if _WORD.fullmatch(w))
    text = NOTICE + "\n".join(kept) + "\n"
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as f:  # the same bytes each run
        f.write(text.encode("utf-8"))
    print(f"{len(kept)} words -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
