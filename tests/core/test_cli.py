"""The command-line contract, end to end on the seed article."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from reviewer.edits.beads import merge_beads
from reviewer.store import ProjectStore
from tests.core.factory import run_cli

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "korea-japan-defense-talks.en-ko.txt"


cli = run_cli
CLI = (sys.executable, "-m", "reviewer.cli")


@pytest.fixture(scope="module")
def seed_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("cli") / "seed.rvproj"
    result = cli("new", str(project), "--bilingual", str(SEED))
    assert result.returncode == 0, result.stderr
    assert "13 English and 14 Korean sentences" in result.stdout
    return project


def test_new_approve_export_reopen(seed_project: Path, tmp_path: Path) -> None:
    assert cli("approve", str(seed_project), "--all").returncode == 0
    info = json.loads(cli("info", str(seed_project), "--json").stdout)
    assert info["status"]["approved"] == info["beads"]
    outputs = {}
    for fmt in ("tmx", "tsv", "jsonl"):
        out = tmp_path / f"seed.{fmt}"
        result = cli("export", str(seed_project), "--format", fmt, "-o", str(out))
        assert result.returncode == 0, result.stderr
        outputs[fmt] = out
    records = [json.loads(x) for x in outputs["jsonl"].read_text(encoding="utf-8").splitlines()]
    tus = ElementTree.parse(outputs["tmx"]).getroot().findall("body/tu")
    tsv_rows = outputs["tsv"].read_text(encoding="utf-8").splitlines()[1:]
    assert len(records) == len(tus) == len(tsv_rows) == info["beads"] - info["kinds"].get("0:1", 0)
    assert any("C-130H" in r["src"] and "C-130H" in r["tgt"] for r in records)
    # Reopening shows the same state.
    with ProjectStore.open(seed_project, mode="read") as store:
        assert store.status_counts()["approved"] == info["beads"]
        assert sum(len(b.src) for b in store.beads()) == 13


def test_align_json_contract_presegmented(tmp_path: Path) -> None:
    src = tmp_path / "en.txt"
    tgt = tmp_path / "ko.txt"
    src.write_text(
        "The talks took place in Yokosuka.\n\nThe ministers agreed to meet yearly.\n",
        encoding="utf-8",
    )
    tgt.write_text(
        "회담은 요코스카에서 열렸다.\n장관들은 매년 만나기로 합의했다.\n", encoding="utf-8"
    )
    result = cli("align", str(src), str(tgt), "--presegmented", "--json")
    assert result.returncode == 0, result.stderr
    beads = json.loads(result.stdout)["beads"]
    assert [(b["src"], b["tgt"]) for b in beads] == [([0], [0]), ([1], [1])]
    assert all(0.0 <= b["score"] <= 1.0 for b in beads)


def test_align_swaps_files_given_korean_first(tmp_path: Path) -> None:
    en = tmp_path / "en.txt"
    ko = tmp_path / "ko.txt"
    en.write_text("The talks took place in Yokosuka.\nThe ministers agreed.\n", encoding="utf-8")
    ko.write_text("회담은 요코스카에서 열렸다.\n장관들은 합의했다.\n", encoding="utf-8")
    result = cli("align", str(ko), str(en), "--presegmented")
    assert result.returncode == 0, result.stderr
    assert "given the other way round" in result.stderr
    first = result.stdout.splitlines()[0].split("\t")
    assert first[1:] == ["The talks took place in Yokosuka.", "회담은 요코스카에서 열렸다."]
    both_korean = cli("align", str(ko), str(ko))
    assert both_korean.returncode == 1
    assert "Both files are Korean" in both_korean.stderr


def test_align_gale_church_by_name(tmp_path: Path) -> None:
    src = tmp_path / "en.txt"
    tgt = tmp_path / "ko.txt"
    src.write_text("One sentence here.\nAnother sentence there.\n", encoding="utf-8")
    tgt.write_text("여기 한 문장.\n저기 다른 문장.\n", encoding="utf-8")
    result = cli(
        "align", str(src), str(tgt), "--presegmented", "--aligner", "gale-church", "--json"
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["beads"]) == 2


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["info", "/nonexistent/p.rvproj"], "no such project file"),
        (
            [
                "new",
                "{tmp}/x.rvproj",
                "--src",
                "/nonexistent/en.txt",
                "--tgt",
                "/nonexistent/ko.txt",
            ],
            "/nonexistent/en.txt",
        ),
        (
            ["export", "{tmp}/missing.rvproj", "--format", "tmx", "-o", "{tmp}/o.tmx"],
            "no such project file",
        ),
    ],
)
def test_user_errors_are_one_line_without_traceback(
    tmp_path: Path, args: list[str], expected: str
) -> None:
    filled = [a.format(tmp=tmp_path, seed=SEED) for a in args]
    result = cli(*filled)
    assert result.returncode != 0
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_failed_new_leaves_no_project_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    project = tmp_path / "p.rvproj"
    result = cli("new", str(project), "--src", str(empty), "--tgt", str(empty))
    assert result.returncode == 1
    assert str(empty) in result.stderr
    assert not project.exists()


def test_output_never_overwrites_the_project(seed_project: Path) -> None:
    before = seed_project.read_bytes()
    for args in (("report", "-o"), ("export", "--all", "--format", "tsv", "-o")):
        result = cli(args[0], str(seed_project), *args[1:], str(seed_project))
        assert result.returncode == 1
        assert "is a project file" in result.stderr and str(seed_project) in result.stderr
    assert seed_project.read_bytes() == before
    assert cli("info", str(seed_project)).returncode == 0


def test_output_through_a_link_to_stdout_and_with_umask_permissions(
    seed_project: Path, tmp_path: Path
) -> None:
    real, link = tmp_path / "real.tsv", tmp_path / "link.tsv"
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o664)
    link.symlink_to(real)
    assert (
        cli("export", str(seed_project), "--all", "--format", "tsv", "-o", str(link)).returncode
        == 0
    )
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("index\tsrc\ttgt")
    assert real.stat().st_mode & 0o777 == 0o664  # the old file's permissions are kept
    new = tmp_path / "new.jsonl"
    result = subprocess.run(
        ["sh", "-c", 'umask 022 && exec "$@"', "sh", *CLI, "export", str(seed_project), "--all",
         "--format", "jsonl", "-o", str(new)],
        capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert new.stat().st_mode & 0o777 == 0o644
    piped = cli("export", str(seed_project), "--all", "--format", "jsonl", "-o", "-")
    assert piped.returncode == 0
    assert [json.loads(x) for x in piped.stdout.splitlines()] == [
        json.loads(x) for x in new.read_text(encoding="utf-8").splitlines()
    ]
    assert "standard output" in piped.stderr
    assert not (REPO / "-").exists()


def test_reading_a_project_leaves_nothing_beside_it(seed_project: Path) -> None:
    folder = seed_project.parent
    for extra in folder.glob(seed_project.name + "-*"):
        extra.unlink()
    assert cli("info", str(seed_project)).returncode == 0
    assert sorted(p.name for p in folder.glob(seed_project.name + "-*")) == []


def test_bad_options_get_a_usage_message(seed_project: Path) -> None:
    result = cli("realign", str(seed_project), "--aligner", "foo")
    assert result.returncode == 2
    assert "invalid choice: 'foo'" in result.stderr and "gale-church" in result.stderr
    result = cli("approve", str(seed_project), "--min-score", "1.5")
    assert result.returncode == 2 and "not between 0 and 1" in result.stderr
    module = subprocess.run(
        [sys.executable, "-m", "reviewer", "--help"], capture_output=True, text=True, cwd=REPO
    )
    assert module.returncode == 0 and "export" in module.stdout


def test_realign_says_whether_any_pairing_changed(tmp_path: Path) -> None:
    project = tmp_path / "seed.rvproj"
    assert cli("new", str(project), "--bilingual", str(SEED)).returncode == 0
    result = cli("realign", str(project))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("no pairing changed")
    with ProjectStore.open(project) as store:
        merge_beads(store, store.bead_ids()[5])
    result = cli("realign", str(project))
    assert "2 new pairing(s) replace 1" in result.stdout
