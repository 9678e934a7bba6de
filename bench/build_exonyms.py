"""Build the list of standard Korean forms of place names that the names check reads.

Run once when the list changes (needs Debian's ``unicode-cldr-core`` package)::

    .venv/bin/python bench/build_exonyms.py

Writes ``reviewer/qa/data/korean_exonyms.txt``: one ``English<TAB>Korean`` line
for each country, region, time-zone city and subdivision (state, province) that
CLDR names in both English and Korean (Russia 러시아, Europe 유럽, Seoul 서울,
Texas 텍사스).  A place has one standard Korean spelling, so a near miss of it
(러아, 뮤럽, 서훌) is a misspelling even where the phonetic similarity of
reviewer.qa.romanize, which must accept every variant a translator may choose
for a person's name, cannot tell.  The Unicode licence asks that its notice
travel with copies, so the file starts with it.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CLDR = Path("/usr/share/unicode/cldr/common")
OUT = Path(__file__).resolve().parent.parent / "reviewer" / "qa" / "data" / "korean_exonyms.txt"
NOTICE = """\
# English and Korean names of places from Unicode CLDR (Debian's unicode-cldr-core
# package, /usr/share/unicode/cldr/common) by bench/build_exonyms.py.
# Copyright © 1991-2022 Unicode, Inc. All rights reserved.  Distributed under the
# Terms of Use in https://www.unicode.org/copyright.html.  Permission is hereby
# granted, free of charge, to any person obtaining a copy of the Unicode data
# files and any associated documentation (the "Data Files") to deal in the Data
# Files without restriction, including without limitation the rights to use,
# copy, modify, merge, publish, distribute, and/or sell copies of the Data Files,
# provided that this copyright and permission notice appear with all copies of
# the Data Files.  THE DATA FILES ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY
# KIND, EXPRESS OR IMPLIED.
"""
# A generic noun after a subdivision's name (텍사스 주, 경기도): the name is before it.
_GENERIC_KO = re.compile(r"\s+(?:주|도|시|현|성|구|군|지방|지역|자치구|특별시|광역시)$")
_ENGLISH = re.compile(r"[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)*")
_HANGUL = re.compile(r"[가-힣]+(?: [가-힣]+)*")


def _by_type(path: Path, tag: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for el in ET.parse(path).getroot().iter(tag):
        if el.text and el.get("type"):
            out.setdefault(el.get("type", ""), []).append(el.text.strip())
    return out


def _zones(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for zone in ET.parse(path).getroot().iter("zone"):
        city = zone.find("exemplarCity")
        if city is not None and city.text:
            out.setdefault(zone.get("type", ""), []).append(city.text.strip())
    return out


def pairs() -> list[tuple[str, str]]:
    """(English, Korean) names of the same place, in file order."""
    if not CLDR.exists():
        sys.exit(f"{CLDR} missing: apt-get install unicode-cldr-core")
    out: list[tuple[str, str]] = []
    tables = [
        (_by_type(CLDR / "main/en.xml", "territory"), _by_type(CLDR / "main/ko.xml", "territory")),
        (
            _by_type(CLDR / "subdivisions/en.xml", "subdivision"),
            _by_type(CLDR / "subdivisions/ko.xml", "subdivision"),
        ),
    ]
    ko_zones = _zones(CLDR / "main/ko.xml")
    en_zones = _zones(CLDR / "main/en.xml")
    # English cities are the zone's id (Asia/Seoul) unless en.xml spells them out.
    tables.append(
        (
            {z: en_zones.get(z, [z.rsplit("/", 1)[-1].replace("_", " ")]) for z in ko_zones},
            ko_zones,
        )
    )
    for en, ko in tables:
        for key, en_names in en.items():
            for e in en_names:
                for raw in ko.get(key, []):
                    k = _GENERIC_KO.sub("", raw)
                    if _ENGLISH.fullmatch(e) and _HANGUL.fullmatch(k):
                        out.append((e, k.replace(" ", "")))
    return list(dict.fromkeys(out))


def main() -> None:
    rows = pairs()
    OUT.write_text(NOTICE + "".join(f"{e}\t{k}\n" for e, k in rows), encoding="utf-8")
    print(f"{len(rows)} place names → {OUT}")


if __name__ == "__main__":
    main()
