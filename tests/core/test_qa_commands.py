"""QA on a real project: suspects stored once, decisions kept across runs, report escaped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.edits.flags import SpanRef, add_flag, dismiss_suspects
from reviewer.importing.documents import read_bilingual
from reviewer.pipeline import build_project
from reviewer.qa_commands import report_data, run_qa, write_report
from reviewer.store import ProjectStore
from tests.core.factory import make_project, run_cli

SEED = Path(__file__).resolve().parents[2] / "seeds" / "korea-japan-defense-talks.en-ko.txt"


@pytest.fixture(scope="module")
def seed_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("qa") / "seed.rvproj"
    build_project(path, read_bilingual(SEED)).close()
    return path


def suspects_of(store: ProjectStore, check: str) -> list:
    return [f for f in store.flags() if f.check_name == check]


def test_aerobics_loanword_is_a_suspect_without_glossary(seed_project: Path) -> None:
    with ProjectStore.open(seed_project) as store:
        run_qa(store)
        loanwords = suspects_of(store, "loanwords")
        assert any(span.text == "에어로빅" for s in loanwords for span in s.spans)
        assert all(f.status == "suspect" for f in loanwords)


def test_rerun_does_not_duplicate_and_keeps_dismissals(seed_project: Path) -> None:
    with ProjectStore.open(seed_project) as store:
        run_qa(store)
        first = {f.id: f.status for f in store.flags()}
        target = next(f for f in store.flags() if f.check_name == "loanwords")
        dismiss_suspects(store, [target.id])
        run_qa(store)
        again = {f.id: f.status for f in store.flags()}
        assert set(again) == set(first)
        assert again[target.id] == "dismissed"


def test_each_copy_of_a_repeated_pair_has_its_own_suspect(tmp_path: Path) -> None:
    repeated = (["The Black Eagles aerobatic team flew."], ["블랙이글스 에어로빅 팀이 비행했다."])
    other = (["The talks ended."], ["회담이 끝났다."])
    with make_project(tmp_path / "r.rvproj", [repeated, other, repeated, repeated]) as store:
        run_qa(store)
        copies = [f for f in store.flags() if f.check_name == "loanwords"]
        ids = store.bead_ids()
        assert sorted(f.bead_id for f in copies) == [ids[0], ids[2], ids[3]]
        dismiss_suspects(store, [next(f.id for f in copies if f.bead_id == ids[2])])
        run_qa(store)
        status = {f.bead_id: f.status for f in store.flags() if f.check_name == "loanwords"}
        assert status == {ids[0]: "suspect", ids[2]: "dismissed", ids[3]: "suspect"}


def test_html_report_escapes_text(tmp_path: Path) -> None:
    pairs = [(["Click <script>alert(1)</script> here."], ["<script>alert(1)</script> 클릭."])]
    with make_project(tmp_path / "p.rvproj", pairs) as store:
        seg = store.bead(store.bead_ids()[0]).tgt[0]
        add_flag(store, [SpanRef(seg.id, 0, 8)], "addition", "minor", note="<b>note</b>")
        out = tmp_path / "r.html"
        write_report(store, out)
        data = report_data(store)
    html = out.read_text(encoding="utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert data.items[0].spans[0].text == "<script>"


def test_csv_report_defuses_formulas(tmp_path: Path) -> None:
    pairs = [(['=HYPERLINK("http://x")'], ["+1 더하기"])]
    with make_project(tmp_path / "p.rvproj", pairs) as store:
        seg = store.bead(store.bead_ids()[0]).src[0]
        add_flag(store, [SpanRef(seg.id, 0, 3)], "style", "minor", note="@mention")
        out = tmp_path / "r.csv"
        write_report(store, out)
    text = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "'+1 더하기" in text and "'@mention" in text


def test_qa_output_locates_each_suspect_and_its_decision(tmp_path: Path) -> None:
    project = tmp_path / "seed.rvproj"
    build_project(project, read_bilingual(SEED)).close()
    report = tmp_path / "before.html"
    assert run_cli("report", str(project), "-o", str(report)).returncode == 0
    assert "have not been run on this project" in report.read_text(encoding="utf-8")
    assert run_cli("qa", str(project)).returncode == 0
    with ProjectStore.open(project) as store:
        target = next(f for f in store.flags() if f.check_name == "loanwords")
        dismiss_suspects(store, [target.id])
    result = run_cli("qa", str(project), "--json")
    assert result.returncode == 0, result.stderr
    suspects = json.loads(result.stdout)["suspects"]
    aerobics = next(s for s in suspects if s["check"] == "loanwords")
    # The 에어로빅 pair is the eighth bead of the seed (a caption opens it as a 0:1 bead).
    assert aerobics["bead"] == 8 and aerobics["status"] == "dismissed"
    assert "에어로빅" in aerobics["tgt"]
    assert {s["status"] for s in suspects if s is not aerobics} == {"waiting"}
    assert [s["bead"] for s in suspects] == sorted(s["bead"] for s in suspects)
    text = run_cli("qa", str(project)).stdout
    assert "bead 8: [loanwords] major mistranslation (dismissed):" in text
    assert run_cli("report", str(project), "-o", str(report)).returncode == 0
    html = report.read_text(encoding="utf-8")
    assert "QA checks last run" in html
    assert f"{len(suspects) - 1} suspect(s) await a decision" in html
