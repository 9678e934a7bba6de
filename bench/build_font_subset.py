"""Build the bundled Korean UI font: a subset of Noto Sans KR Regular.

Source: Noto Sans KR Regular OTF, version 2.004 (Adobe/Google, SIL Open Font
License 1.1), as shipped inside the PyPI package ``pylopdf-fonts-ko`` 0.1.1
(``pylopdf_fonts_ko/NotoSansKR-Regular.otf``, 4,644,748 bytes). Get it with::

    python -m venv /tmp/fontwork && /tmp/fontwork/bin/pip install pylopdf-fonts-ko fonttools brotli
    /tmp/fontwork/bin/python bench/build_font_subset.py

The subset keeps Basic Latin, Latin-1 and Latin Extended-A, general
punctuation and common symbols, all 11,172 precomposed Hangul syllables, the
Hangul jamo blocks, every character of KS X 1001 (its symbols, Greek, Cyrillic
and kana), every CJK ideograph the font has (8,473, beyond KS X 1001's 4,888
Hanja also Japanese and simplified forms such as 学 and 気, which a Korean
article quoting a Japanese name may carry: 3.0 MB against 2.3 MB for KS X 1001's
alone), CJK punctuation and full-width forms. It
is written as WOFF2 (Qt 6 loads it through FreeType) to
``resources/fonts/NotoSansKR-Regular-subset.woff2``; the licence text sits
beside it as ``OFL.txt``. The family name stays "Noto Sans KR": the upstream
Reserved Font Name is "Source", which this font does not use.

Neither this script nor fontTools is a dependency of the application.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "resources" / "fonts" / "NotoSansKR-Regular-subset.woff2"

RANGES: list[tuple[int, int]] = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x0100, 0x017F),  # Latin Extended-A
    (0x02B0, 0x02FF),  # spacing modifier letters
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x2000, 0x206F),  # General Punctuation
    (0x20A0, 0x20CF),  # currency symbols
    (0x2100, 0x214F),  # letterlike symbols
    (0x2150, 0x218F),  # number forms
    (0x2190, 0x21FF),  # arrows
    (0x2460, 0x24FF),  # enclosed alphanumerics
    (0x25A0, 0x25FF),  # geometric shapes
    (0x2600, 0x26FF),  # miscellaneous symbols
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3130, 0x318F),  # Hangul Compatibility Jamo
    (0x3200, 0x32FF),  # enclosed CJK letters and months
    (0x3400, 0x4DBF),  # CJK Unified Ideographs Extension A (those the font has)
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs (those the font has: 学, 気 beside 學, 氣)
    (0xA960, 0xA97F),  # Hangul Jamo Extended-A
    (0xAC00, 0xD7A3),  # Hangul syllables (11,172)
    (0xD7B0, 0xD7FF),  # Hangul Jamo Extended-B
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0xFF00, 0xFFEF),  # half-width and full-width forms
]


def ks_x_1001() -> set[int]:
    """Every character of KS X 1001 (the EUC-KR code set), Hanja included."""
    chars: set[int] = set()
    for lead in range(0xA1, 0xFF):
        for trail in range(0xA1, 0xFF):
            try:
                text = bytes([lead, trail]).decode("euc_kr")
            except UnicodeDecodeError:
                continue
            chars.update(ord(c) for c in text)
    return chars


def hanja_count(codepoints: set[int]) -> int:
    return sum(1 for c in codepoints if 0x4E00 <= c <= 0x9FFF or 0xF900 <= c <= 0xFAFF)


def source_font() -> Path:
    try:
        import pylopdf_fonts_ko  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        sys.exit("install pylopdf-fonts-ko (PyPI) in this interpreter, or pass --source")
    return Path(pylopdf_fonts_ko.sans_path())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="NotoSansKR-Regular.otf")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--flavor", choices=["woff2", "otf"], default="woff2")
    args = parser.parse_args(argv)

    from fontTools import subset  # type: ignore[import-not-found, unused-ignore]

    src = args.source or source_font()
    wanted: set[int] = set()
    for lo, hi in RANGES:
        wanted.update(range(lo, hi + 1))
    wanted |= ks_x_1001()

    options = subset.Options()
    options.layout_features = [*options.layout_features, "ljmo", "vjmo", "tjmo", "locl"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_bounds = True
    if args.flavor == "woff2":
        options.flavor = "woff2"
    font = subset.load_font(str(src), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(wanted))
    subsetter.subset(font)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    subset.save_font(font, str(args.out), options)

    cmap = set(font.getBestCmap())
    syllables = sum(1 for c in cmap if 0xAC00 <= c <= 0xD7A3)
    size = args.out.stat().st_size
    print(
        f"{args.out.name}: {size:,} bytes, {len(cmap):,} code points "
        f"({syllables:,} Hangul syllables, {hanja_count(cmap):,} Hanja) from {src.name}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
