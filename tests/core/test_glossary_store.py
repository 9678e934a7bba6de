"""The term base kept in the project: imported once, used by every later QA run."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.edits.glossary import (
    glossary_info,
    import_glossary,
    read_glossary_file,
    stored_glossary,
)
from reviewer.errors import InputFileError
from reviewer.qa.glossary import load_glossary
from reviewer.store import ProjectStore
from reviewer.store.schema import SCHEMA_VERSION
from tests.core.factory import PAIRS, layout, make_project, run_cli, snapshot

REPO = Path(__file__).resolve().parents[2]
CSV = REPO / "seeds" / "defense-glossary.csv"
TBX = REPO / "seeds" / "defense-glossary.tbx"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_version_1(path: Path) -> Path:
    """A project as version 1 wrote it: no glossary tables, user_version 1."""
    make_project(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE glossary")
    conn.execute("DROP TABLE glossary_terms")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def glossary_suspects(store: ProjectStore) -> list[str]:
    return [f.note for f in store.flags() if f.check_name == "glossary"]


def test_import_round_trips_and_is_one_undoable_action(tmp_path: Path) -> None:
    with make_project(tmp_path / "p.rvproj") as store:
        before = snapshot(store)
        changes = import_glossary(store, read_glossary_file(CSV))
        assert changes.glossary and changes.history_id is not None
        assert stored_glossary(store) == load_glossary(CSV)
        info = glossary_info(store)
        assert info is not None
        assert (info.file_name, info.sha256, info.terms) == (
            "defense-glossary.csv",
            digest(CSV),
            33,
        )
        assert store.history(1)[0].action == "import_glossary"
        after = snapshot(store)
        store.undo_last()
        assert snapshot(store) == before
        assert stored_glossary(store) is None
        store.redo_last()
        assert snapshot(store) == after


def test_a_new_import_replaces_the_term_base_and_the_same_file_is_a_no_op(
    tmp_path: Path,
) -> None:
    with make_project(tmp_path / "p.rvproj") as store:
        import_glossary(store, read_glossary_file(CSV))
        history = len(store.history())
        assert import_glossary(store, read_glossary_file(CSV)).history_id is None
        assert len(store.history()) == history
        import_glossary(store, read_glossary_file(TBX))
        info = glossary_info(store)
        assert info is not None and info.file_name == "defense-glossary.tbx"
        assert stored_glossary(store) == load_glossary(TBX)
        store.undo_last()
        assert stored_glossary(store) == load_glossary(CSV)


def test_cli_import_then_plain_rerun_keeps_glossary_suspects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.rvproj"
    make_project(path).close()
    assert main(["qa", str(path), "--glossary", str(CSV)]) == 0
    assert "defense-glossary.csv: 33 term(s)" in capsys.readouterr().out
    with ProjectStore.open(path, mode="read") as store:
        first = glossary_suspects(store)
    assert any("에어로빅" in note for note in first)
    assert main(["qa", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert any(s["check"] == "glossary" for s in out["suspects"])
    with ProjectStore.open(path, mode="read") as store:
        assert glossary_suspects(store) == first
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["glossary"]["terms"] == 33


def test_bad_glossary_is_one_line_naming_the_file_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.rvproj"
    with make_project(path) as store:
        import_glossary(store, read_glossary_file(CSV))
        before = snapshot(store)
    bad = tmp_path / "terms.csv"
    bad.write_text("colour,size\nred,big\n", encoding="utf-8")
    result = run_cli("qa", str(path), "--glossary", str(bad))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert f"{bad}: no source/target term columns" in result.stderr
    with ProjectStore.open(path, mode="read") as store:
        assert snapshot(store) == before
    with pytest.raises(InputFileError, match=r"terms\.csv"):
        read_glossary_file(bad)


def test_version_1_file_reads_without_migration_and_migrates_for_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_version_1(tmp_path / "old.rvproj")
    before = digest(path)
    with ProjectStore.open(path, mode="read") as store:
        assert glossary_info(store) is None and stored_glossary(store) is None
        assert layout(store) == PAIRS
    assert main(["info", str(path)]) == 0
    assert "glossary: none" in capsys.readouterr().out
    assert digest(path) == before  # reading never migrates
    with ProjectStore.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
        assert layout(store) == PAIRS
        assert glossary_info(store) is None
        import_glossary(store, read_glossary_file(CSV))
    with ProjectStore.open(path, mode="read") as store:
        info = glossary_info(store)
        assert info is not None and info.terms == 33
