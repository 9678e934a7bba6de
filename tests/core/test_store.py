"""The project file: creation, reopening, refusal of bad files, undo/redo, history."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from reviewer.edits.beads import merge_beads, set_status
from reviewer.errors import ProjectFileError, ProjectLockedError
from reviewer.store import ProjectStore
from reviewer.store import schema as schema_module
from tests.core.factory import PAIRS, layout, make_project, snapshot


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_decisions_survive_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "p.rvproj"
    with make_project(path) as store:
        ids = store.bead_ids()
        set_status(store, [ids[1]], "approved")
        set_status(store, [ids[2]], "rejected")
    with ProjectStore.open(path) as store:
        beads = store.beads()
        assert [b.status for b in beads[:3]] == ["proposed", "approved", "rejected"]
        assert layout(store) == PAIRS
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_every_action_is_in_the_history(tmp_path: Path) -> None:
    with make_project(tmp_path / "p.rvproj") as store:
        ids = store.bead_ids()
        set_status(store, [ids[3]], "approved")
        merge_beads(store, ids[3])
        store.undo_last()
        actions = [h.action for h in store.history()]
        assert actions[:3] == ["undo", "merge", "set_status"]
        assert store.history()[0].summary.startswith("undo: merge")


def test_undo_redo_restore_exact_rows(tmp_path: Path) -> None:
    with make_project(tmp_path / "p.rvproj") as store:
        before = snapshot(store)
        ids = store.bead_ids()
        merge_beads(store, ids[2])
        after = snapshot(store)
        assert after != before
        store.undo_last()
        assert snapshot(store) == before
        store.redo_last()
        assert snapshot(store) == after


def test_a_new_edit_ends_the_redo_chain(tmp_path: Path) -> None:
    with make_project(tmp_path / "p.rvproj") as store:
        ids = store.bead_ids()
        set_status(store, [ids[0]], "approved")
        store.undo_last()
        set_status(store, [ids[1]], "rejected")
        assert store.redo_last() is None
        assert store.bead(ids[0]).status == "proposed"


def test_second_writer_is_refused_with_the_holder_named(tmp_path: Path) -> None:
    path = tmp_path / "p.rvproj"
    with make_project(path):
        with pytest.raises(ProjectLockedError, match=r"is open for editing in .*process"):
            ProjectStore.open(path)
        with ProjectStore.open(path, mode="auto") as second:
            assert second.read_only
            assert "open for editing" in second.read_only_reason
            with pytest.raises(ProjectFileError, match="read-only"):
                set_status(second, second.bead_ids()[:1], "approved")
        with ProjectStore.open(path, mode="read") as reader:
            assert reader.bead_count() == len(PAIRS)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"hello, this is a text file\n" * 10, "not an SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 20, "truncated"),
    ],
)
def test_files_that_are_not_projects_are_refused_unchanged(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.rvproj"
    path.write_bytes(content)
    with pytest.raises(ProjectFileError, match=message) as info:
        ProjectStore.open(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content


def test_foreign_sqlite_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(ProjectFileError, match="not a project of this tool"):
        ProjectStore.open(path)
    assert digest(path) == before


def test_newer_schema_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "p.rvproj"
    make_project(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(ProjectFileError, match="newer version"):
        ProjectStore.open(path)
    assert digest(path) == before


def test_truncated_project_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.rvproj"
    store = make_project(path)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ProjectFileError, match="damaged"):
        ProjectStore.open(path)


def test_older_schema_is_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.rvproj"
    make_project(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE glossary")  # back to version 1's tables
    conn.execute("DROP TABLE glossary_terms")
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()

    def add_column(c: sqlite3.Connection) -> None:
        c.execute("ALTER TABLE beads ADD COLUMN reviewer TEXT")

    monkeypatch.setitem(schema_module.MIGRATIONS, 0, add_column)
    with ProjectStore.open(path) as store:
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == schema_module.SCHEMA_VERSION
        cols = [r[1] for r in store.conn.execute("PRAGMA table_info(beads)")]
        assert "reviewer" in cols


def test_read_only_file_opens_read_only_in_auto_mode(tmp_path: Path) -> None:
    path = tmp_path / "p.rvproj"
    make_project(path).close()
    path.chmod(0o444)
    try:
        with pytest.raises(ProjectFileError, match="read-only"):
            ProjectStore.open(path)
        with ProjectStore.open(path, mode="auto") as store:
            assert store.read_only
            assert store.bead_count() == len(PAIRS)
    finally:
        path.chmod(0o644)


def test_project_in_read_only_folder_opens_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "p.rvproj"
    make_project(path).close()
    assert not (folder / "p.rvproj.lock").exists()
    folder.chmod(0o555)
    try:
        with pytest.raises(ProjectFileError, match="read-only folder"):
            ProjectStore.open(path)
        with ProjectStore.open(path, mode="auto") as store:
            assert store.read_only
            assert store.bead_count() == len(PAIRS)
    finally:
        folder.chmod(0o755)


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "p.rvproj"
    make_project(path).close()
    with pytest.raises(ProjectFileError, match="already exists"):
        ProjectStore.create(path)
