"""Glossary import (CSV/TSV/TBX, hostile XML) and the terminology check."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.errors import InputFileError
from reviewer.qa.glossary import Glossary, Term, load_csv, load_glossary, load_tbx, to_tbx
from reviewer.qa.glossary_check import check, find_target_term, source_pattern
from reviewer.qa.model import Category, PairText, Severity

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_csv_with_english_header(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "g.csv",
        "en,ko,forbidden,note\n"
        'aerobatic team,곡예비행팀; 특수비행팀,에어로빅,"stunt flying, not aerobics"\n'
        "Navy,해군,,\n",
    )
    g = load_glossary(path)
    assert g.terms[0] == Term(
        "aerobatic team", ("곡예비행팀", "특수비행팀"), ("에어로빅",), "stunt flying, not aerobics"
    )
    assert g.terms[1] == Term("Navy", ("해군",))


def test_tsv_and_korean_headers_and_cp949(tmp_path: Path) -> None:
    tsv = _write(tmp_path, "g.tsv", "Source term\tTarget term\tComments\nNavy\t해군\tROKN\n")
    assert load_csv(tsv).terms == (Term("Navy", ("해군",), (), "ROKN"),)
    ko = _write(tmp_path, "k.csv", "영어,한국어,금지어,비고\nArmy,육군,,\n", encoding="cp949")
    assert load_csv(ko).terms == (Term("Army", ("육군",)),)


def test_headerless_csv_is_read_by_position(tmp_path: Path) -> None:
    path = _write(tmp_path, "g.csv", "Air Force,공군\nNavy,해군\n")
    assert [t.source for t in load_csv(path)] == ["Air Force", "Navy"]


def test_wrong_columns_name_the_file_and_the_columns(tmp_path: Path) -> None:
    path = _write(tmp_path, "prices.csv", "item,price\napple,3\n")
    with pytest.raises(InputFileError) as err:
        load_csv(path)
    message = str(err.value)
    assert "prices.csv" in message and "'item'" in message and "'price'" in message
    assert "\n" not in message


def test_rows_without_a_term_are_reported_and_an_open_quote_is_named(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text(
        "en,ko,note\nDefense Minister,국방부 장관,\nOkinawa,,no Korean yet\n"
        ",해상자위대,\nAir Force,공군,\n",
        encoding="utf-8",
    )
    glossary = load_glossary(path)
    assert [t.source for t in glossary] == ["Defense Minister", "Air Force"]
    assert glossary.skipped == (3, 4)
    path.write_text('en,ko\nDefense Minister,"국방부 장관\nAir Force,공군\n', encoding="utf-8")
    with pytest.raises(InputFileError) as error:
        load_glossary(path)
    assert str(path) in str(error.value) and "quote that is never closed" in str(error.value)


def test_seed_glossary_csv_and_tbx_agree() -> None:
    csv_terms = load_glossary(SEEDS / "defense-glossary.csv")
    tbx_terms = load_glossary(SEEDS / "defense-glossary.tbx")
    assert csv_terms.terms == tbx_terms.terms
    assert to_tbx(csv_terms) == (SEEDS / "defense-glossary.tbx").read_text(encoding="utf-8")


TBX3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">
 <text><body>
  <conceptEntry id="c1">
   <langSec xml:lang="en"><termSec><term>Ground Self-Defense Force</term></termSec></langSec>
   <langSec xml:lang="ko">
    <termSec><term>육상자위대</term>
     <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
    <termSec><term>지상자위대</term>
     <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
   </langSec>
  </conceptEntry>
 </body></text>
</tbx>
"""


def test_tbx_v3(tmp_path: Path) -> None:
    g = load_tbx(_write(tmp_path, "g.tbx", TBX3))
    assert g.terms == (Term("Ground Self-Defense Force", ("육상자위대",), ("지상자위대",)),)


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE martif [
 <!ENTITY a "aaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&c;</term></tig></langSet>
<langSet xml:lang="ko"><tig><term>x</term></tig></langSet></termEntry></body></text></martif>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&secret;</term></tig>
</langSet></termEntry></body></text></martif>
"""


@pytest.mark.parametrize("text", [BILLION_LAUGHS, EXTERNAL], ids=["billion-laughs", "xxe"])
def test_hostile_tbx_is_refused(tmp_path: Path, text: str) -> None:
    path = _write(tmp_path, "evil.tbx", text)
    with pytest.raises(InputFileError) as err:
        load_tbx(path)
    assert "evil.tbx" in str(err.value) and "refused" in str(err.value)
    assert "root:" not in str(err.value)


def test_broken_tbx(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="well-formed"):
        load_tbx(_write(tmp_path, "bad.tbx", "<martif><text>"))


# --- the check --------------------------------------------------------------------------

GLOSSARY = Glossary(
    (
        Term("aerobatic team", ("곡예비행팀", "특수비행팀"), ("에어로빅",)),
        Term("Korean Navy", ("해군",)),
        Term("Defense Ministry", ("국방부",)),
        Term("Defense Minister", ("국방부 장관", "국방장관")),
        Term("search-and-rescue", ("수색·구조",)),
        Term("Self-Defense Forces", ("자위대",)),
        Term("Japan Maritime Self-Defense Force", ("해상자위대",), ("일본 해군",)),
        Term("AI", ("인공지능", "AI")),
    )
)


def _check(src: str, tgt: str) -> list[tuple[Category, Severity, str]]:
    found = check([PairText(0, src, tgt)], GLOSSARY)
    return [(s.category, s.severity, s.spans[0].text) for s in found]


def test_forbidden_term_is_major() -> None:
    got = check(
        [PairText(3, "Japan's aerobatic team Blue Impulse", "일본의 블루 임펄스 에어로빅 팀")],
        GLOSSARY,
    )
    assert len(got) == 1
    s = got[0]
    assert (s.bead_id, s.category, s.severity) == (3, Category.TERMINOLOGY, Severity.MAJOR)
    assert [x.text for x in s.spans] == ["aerobatic team", "에어로빅"]
    assert s.suggestion == "곡예비행팀"


def test_missing_approved_term_is_minor() -> None:
    assert _check("Defense Minister Ahn Gyu-back said", "안규백 장관은 말했다.") == [
        (Category.TERMINOLOGY, Severity.MINOR, "Defense Minister")
    ]


@pytest.mark.parametrize(
    ("src", "tgt"),
    [
        ("exercises between the Korean Navy and others", "한국 해군과 다른 나라 간의 훈련"),
        ("the Korean Navy's ships", "해군의 함정"),
        ("the defense ministries said", "양측 국방부는 말했다"),
        ("search and rescue drills", "수색 구조 훈련"),
        ("Defense Minister Ahn", "국방부장관 안규백"),
        ("Japan Maritime Self-Defense Force headquarters", "일본해상자위대 본부"),
        ("The aerobatic teams flew", "특수비행팀들이 비행했다"),
        ("they said it was aid", "그들은 그것이 원조라고 말했다"),  # 'AI' is case-sensitive
        ("The Black Eagles flew", "블랙이글스가 비행했다"),  # no term at all
    ],
)
def test_not_flagged(src: str, tgt: str) -> None:
    assert _check(src, tgt) == []


def test_longest_source_term_wins() -> None:
    got = _check("the Japan Maritime Self-Defense Force", "일본 해군")
    assert got == [(Category.TERMINOLOGY, Severity.MAJOR, "Japan Maritime Self-Defense Force")]


def test_patterns() -> None:
    assert source_pattern("Defense Ministry").search("two defense ministries")
    assert source_pattern("search-and-rescue").search("search and rescue")
    assert not source_pattern("Navy").search("navys-blue")
    assert find_target_term("해군", "한국 해군은") == (3, 5)
    assert find_target_term("군", "해군은") is None  # one syllable must start an eojeol
    assert find_target_term("군", "군은") == (0, 1)


def test_no_glossary_no_suspects() -> None:
    assert check([PairText(0, "aerobatic team", "에어로빅 팀")], None) == []


def test_seed_glossary_on_the_seed() -> None:
    """Every terminology suspect on the seed is one of its real problems."""
    import json

    gold = json.loads((SEEDS.parent / "tests" / "fixtures" / "seed_gold.json").read_text("utf-8"))
    pairs = [PairText(i, " ".join(b["src"]), " ".join(b["tgt"])) for i, b in enumerate(gold)]
    found = check(pairs, load_glossary(SEEDS / "defense-glossary.csv"))
    got = {(s.bead_id, s.spans[0].text, s.severity) for s in found}
    assert got == {
        (1, "maritime search-and-rescue", Severity.MINOR),  # 해상 dropped
        (2, "Defense Minister", Severity.MINOR),  # 국방부 dropped
        (3, "Shinjiro Koizumi", Severity.MINOR),  # name dropped
        (7, "Ground Self-Defense Force", Severity.MAJOR),  # 지상자위대
        (7, "Officer Candidate School", Severity.MINOR),  # 사관 후보생학교
        (7, "aerobatic team", Severity.MAJOR),  # 에어로빅
        (7, "Okinawa", Severity.MINOR),  # dropped
        (11, "Saudi Arabia", Severity.MINOR),  # dropped with its clause
    }
