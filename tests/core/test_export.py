"""Exports are read back exactly by independent readers; a failed export leaves nothing."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from reviewer.edits.beads import approve_all, set_status
from reviewer.edits.flags import SpanRef, add_flag
from reviewer.export import export_project
from reviewer.export.tmx import xml_safe
from tests.core.factory import make_project

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

TRICKY = [
    (["Fish & chips <b>bold</b> \"quoted\" 'single'"], ["피시 앤 칩스 & <태그> “인용”"]),
    (["Tab\there, and a\nnewline"], ["탭\t여기, 그리고\n줄바꿈"]),
    (["Emoji 🎉 and 𝔘 outside the BMP"], ["이모지 🎉 와 𠜎 한자"]),
    (["Control \x01 and \x1f characters"], ["제어 \x0b 문자"]),
    (["=SUM(A1) looks like a formula"], ["-1 더하기 +2 @멘션"]),
]


def read_tmx_pairs(path: Path) -> list[tuple[str, str]]:
    root = ElementTree.parse(path).getroot()
    pairs = []
    for tu in root.iter("tu"):
        texts = {tuv.get(XML_LANG): "".join(tuv.find("seg").itertext()) for tuv in tu.iter("tuv")}
        pairs.append((texts["en"], texts["ko"]))
    return pairs


@pytest.fixture
def tricky_project(tmp_path: Path):
    store = make_project(tmp_path / "t.rvproj", TRICKY)
    approve_all(store)
    yield store
    store.close()


def test_tmx_round_trip_with_stdlib_parser(tricky_project, tmp_path: Path) -> None:
    out = tmp_path / "out.tmx"
    assert export_project(tricky_project, "tmx", out) == len(TRICKY)
    expected = [(xml_safe(en[0])[0], xml_safe(ko[0])[0]) for en, ko in TRICKY]
    assert read_tmx_pairs(out) == expected
    root = ElementTree.parse(out).getroot()
    assert root.get("version") == "1.4"
    header = root.find("header")
    assert header is not None and header.get("srclang") == "en"
    removed = [p.text for p in root.iter("prop") if p.get("type") == "x-removed-characters"]
    assert removed == ["U+0001 U+001F U+000B"]


def test_tmx_read_by_translate_toolkit(tricky_project, tmp_path: Path) -> None:
    from translate.storage import tmx

    out = tmp_path / "out.tmx"
    export_project(tricky_project, "tmx", out)
    store = tmx.tmxfile.parsefile(str(out))
    got = [(u.source, u.target) for u in store.units]
    assert got == [(xml_safe(en[0])[0], xml_safe(ko[0])[0]) for en, ko in TRICKY]


def test_tmx_converts_to_po_with_translate_toolkit(tricky_project, tmp_path: Path) -> None:
    """translate-toolkit 3.20 ships no tmx2po; its storage classes do the same conversion."""
    from translate.storage import po, tmx

    out = tmp_path / "out.tmx"
    export_project(tricky_project, "tmx", out)
    catalogue = po.pofile()
    for unit in tmx.tmxfile.parsefile(str(out)).units:
        catalogue.addsourceunit(unit.source).target = unit.target
    po_path = tmp_path / "out.po"
    po_path.write_bytes(bytes(catalogue))
    reread = po.pofile.parsefile(str(po_path))
    got = [(u.source, u.target) for u in reread.units if not u.isheader()]
    assert got == [(xml_safe(en[0])[0], xml_safe(ko[0])[0]) for en, ko in TRICKY]


def test_tsv_keeps_text_exactly(tricky_project, tmp_path: Path) -> None:
    out = tmp_path / "out.tsv"
    export_project(tricky_project, "tsv", out)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, dialect="excel-tab"))
    assert [(r["src"], r["tgt"]) for r in rows] == [(en[0], ko[0]) for en, ko in TRICKY]


def test_jsonl_keeps_text_exactly_with_flags(tricky_project, tmp_path: Path) -> None:
    bead = tricky_project.bead(tricky_project.bead_ids()[0])
    add_flag(tricky_project, [SpanRef(bead.tgt[0].id, 0, 2)], "mistranslation", "minor", note="x")
    out = tmp_path / "out.jsonl"
    export_project(tricky_project, "jsonl", out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["src"], r["tgt"]) for r in records] == [(en[0], ko[0]) for en, ko in TRICKY]
    assert records[0]["flags"][0]["category"] == "mistranslation"
    assert records[0]["flags"][0]["spans"][0]["text"] == "피시"
    assert records[0]["status"] == "approved"


def test_only_approved_pairs_unless_all(tmp_path: Path) -> None:
    store = make_project(tmp_path / "p.rvproj")
    ids = store.bead_ids()
    set_status(store, ids[1:3], "approved")
    assert export_project(store, "jsonl", tmp_path / "a.jsonl") == 2
    assert export_project(store, "jsonl", tmp_path / "b.jsonl", include_all=True) == len(ids)
    store.close()


def test_disk_full_during_export_leaves_no_file(tmp_path: Path) -> None:
    """A small file-size limit stands in for a full disk; the old output stays intact."""
    big = [
        ([f"Sentence number {i} is long enough."], [f"{i}번째 문장은 충분히 길다."])
        for i in range(3000)
    ]
    store = make_project(tmp_path / "p.rvproj", big)
    approve_all(store)
    store.close()
    out = tmp_path / "out.tsv"
    out.write_text("previous export\n", encoding="utf-8")
    script = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))\n"
        "from reviewer.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            "export",
            str(tmp_path / "p.rvproj"),
            "--format",
            "tsv",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    assert result.returncode == 1
    assert str(out) in result.stderr and "nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8") == "previous export\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_tmx_one_sided_bead_has_no_empty_segment(tmp_path: Path) -> None:
    beads = [(["The drills resume."], ["훈련이 재개된다."]), ([], ["사진: 국방부 제공"])]
    store = make_project(tmp_path / "p.rvproj", beads)
    out = tmp_path / "all.tmx"
    assert export_project(store, "tmx", out, include_all=True) == 2
    store.close()
    tus = ElementTree.parse(out).getroot().findall("body/tu")
    langs = [[tuv.get(XML_LANG) for tuv in tu.findall("tuv")] for tu in tus]
    assert langs == [["en", "ko"], ["ko"]]
    assert tus[1].find("tuv/seg").text == "사진: 국방부 제공"
