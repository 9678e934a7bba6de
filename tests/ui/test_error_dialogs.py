"""Hostile files through the real window: one clear message, nothing changed, still usable.

Every error reaches the person through ``MainWindow.show_error`` (a warning box
for a ``ReviewerError``, a critical "Internal error" box for anything else).
The boxes are intercepted here. Each case goes through the window's own paths:
File ▸ Open (with the file dialog answered) or File ▸ New (with the new-project
dialog answered), while a good project is open. The file named in the message
and every other file in its folder must be byte-for-byte unchanged, and the
window must keep working afterwards.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from reviewer.store import ProjectStore
from reviewer.store.schema import SCHEMA_VERSION
from tests.core.factory import make_project
from tests.core.test_hostile_inputs import EN, KO, PNG, XXE_DOCX, docx_bytes
from tests.ui.conftest import make_sample_project, snapshot, trigger
from ui.actions import WRITES
from ui.dialogs.new_project import NewProjectDialog, NewProjectRequest
from ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]
TRACEBACK_MARKS = ("Traceback", 'File "', "Error:", "line ")


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(kind, text) of every message box the window opens; none is shown."""
    shown: list[tuple[str, str]] = []

    def recorder(kind: str) -> Callable[..., Any]:
        def record(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return record

    for kind in ("warning", "critical", "information", "about", "question"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return shown


@pytest.fixture
def win(qtbot: Any, tmp_path: Path, boxes: list[tuple[str, str]]) -> Iterator[MainWindow]:
    """The window with a good project open (the one an error must not disturb)."""
    good = make_sample_project(tmp_path / "good.rvproj")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(good)
    qtbot.waitExposed(window)
    yield window
    window.runner.wait()
    window.close()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in the folder (lock and WAL files too) with its content hash."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def assert_still_usable(window: MainWindow, tmp_path: Path) -> None:
    """The good project is still open and editable; another project opens."""
    area = window.area
    assert area is not None and area.store.path.name == "good.rvproj"
    assert not area.store.read_only
    area.view.go_to_row(0)
    before = area.store.bead(1).status
    trigger(window, "approve")
    assert area.store.bead(1).status == "approved" != before
    trigger(window, "undo")
    assert area.store.bead(1).status == before
    other = make_sample_project(tmp_path / f"other-{len(list(tmp_path.iterdir()))}.rvproj")
    assert window.open_project(other)
    # The main loop deletes the closed project's widgets (deleteLater) before their
    # pending timers run; processEvents alone would not, so do what the loop does.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.area is not None and window.area.store.path == other


def assert_one_clear_message(boxes: list[tuple[str, str]], named: Path, *words: str) -> None:
    assert len(boxes) == 1, boxes
    kind, text = boxes[0]
    assert kind == "warning", f"an internal error instead of a clear message: {text}"
    assert named.name in text, text
    for word in words:
        assert word in text, text
    assert "\n" not in text.strip(), text
    assert not any(mark in text for mark in TRACEBACK_MARKS), text


# ----------------------------------------------------------------- opening a project
def not_sqlite(path: Path) -> None:
    path.write_text("These are notes, not a review project.\n" * 40, encoding="utf-8")


def zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Kim', '010-0000-0000')")
    conn.commit()
    conn.close()


def newer_version(path: Path) -> None:
    make_project(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def truncated(path: Path) -> None:
    store = make_project(path)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


OPEN_CASES = {
    "not sqlite": (not_sqlite, ["not a project file"]),
    "zero bytes": (zero_bytes, ["empty"]),
    "foreign sqlite": (foreign_sqlite, ["not a project of this tool"]),
    "newer version": (newer_version, ["newer version"]),
    "truncated": (truncated, ["damaged"]),
}


@pytest.mark.parametrize("case", list(OPEN_CASES))
def test_opening_a_hostile_project_file(
    case: str,
    win: MainWindow,
    tmp_path: Path,
    boxes: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make, words = OPEN_CASES[case]
    folder = tmp_path / "hostile"
    folder.mkdir()
    bad = folder / "bad.rvproj"
    make(bad)
    before = folder_state(folder)
    chosen = (str(bad), "Review projects (*.rvproj)")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: chosen)
    trigger(win, "open")
    assert_one_clear_message(boxes, bad, *words)
    assert folder_state(folder) == before
    assert_still_usable(win, tmp_path)


# ----------------------------------------------------------------- creating a project
def request(folder: Path, src: str, tgt: str) -> NewProjectRequest:
    return NewProjectRequest(
        kind="pair",
        src_path=str(folder / src),
        tgt_path=str(folder / tgt),
        bilingual_path="",
        pasted_src="",
        pasted_tgt="",
        project_path=str(folder / "out.rvproj"),
        aligner="gale-church",
    )


# case: (English file name, its bytes, Korean file bytes, the file the message names, words)
NEW_CASES: dict[str, tuple[str, bytes, bytes, str, list[str]]] = {
    "empty file": ("en.txt", b"", KO.encode(), "en.txt", ["empty"]),
    "binary image": ("photo.png", PNG, KO.encode(), "photo.png", ["image"]),
    "docx external entity": (
        "en.docx",
        docx_bytes(XXE_DOCX),
        KO.encode(),
        "en.docx",
        ["refused"],
    ),
    "both english": ("en.txt", EN.encode(), EN.encode(), "ko.txt", ["English"]),
}


@pytest.mark.parametrize("case", list(NEW_CASES))
def test_new_project_from_hostile_input(
    case: str,
    *,
    win: MainWindow,
    qtbot: Any,
    tmp_path: Path,
    boxes: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name, data, korean, named, words = NEW_CASES[case]
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / name).write_bytes(data)
    (folder / "ko.txt").write_bytes(korean)
    before = folder_state(folder)
    answer = (request(folder, name, "ko.txt"), True)
    monkeypatch.setattr(NewProjectDialog, "get_request", lambda *a, **k: answer)
    with qtbot.waitSignal(win.runner.ended, timeout=60_000):
        trigger(win, "new")
    qtbot.waitUntil(lambda: bool(boxes), timeout=10_000)
    assert_one_clear_message(boxes, folder / named, *words)
    assert "root:" not in boxes[0][1]  # nothing of /etc/passwd leaked into the message
    assert folder_state(folder) == before  # inputs unchanged, no project file left behind
    assert not win.progress.isVisibleTo(win)
    assert_still_usable(win, tmp_path)


def test_new_project_dialog_keeps_the_inputs_after_a_bad_file(
    win: MainWindow,
    qtbot: Any,
    tmp_path: Path,
    boxes: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """File ▸ New with a bad file: the error is in the open dialog, not in a box after it
    closed; the editor fixes that one field, and the project is made from the rest."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "photo.png").write_bytes(PNG)
    (folder / "en.txt").write_text(EN, encoding="utf-8")
    (folder / "ko.txt").write_text(KO, encoding="utf-8")
    seen: list[tuple[str, str, str, str]] = []

    def editor(dialog: NewProjectDialog) -> int:
        dialog.src_field.set_path(str(folder / "photo.png"))
        dialog.tgt_field.set_path(str(folder / "ko.txt"))
        dialog.project_field.set_path("")
        qtbot.keyClicks(dialog.project_field.edit, str(folder / "out.rvproj"))  # typed
        dialog.aligner_combo.setCurrentIndex(dialog.aligner_combo.findData("gale-church"))
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.message.kind == "error", timeout=10_000)
        assert dialog.result() != QDialog.DialogCode.Accepted  # still open
        seen.append(
            (
                dialog.message.text.text(),
                dialog.src_field.path(),
                dialog.tgt_field.path(),
                dialog.project_field.path(),
            )
        )
        dialog.src_field.set_path(str(folder / "en.txt"))
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.request is not None, timeout=10_000)
        # Accepted (and, closed, deleted by the events the wait ran: exec would return).
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(NewProjectDialog, "exec", editor)
    with qtbot.waitSignal(win.projectOpened, timeout=60_000):
        trigger(win, "new")
    ((text, src, tgt, project),) = seen
    assert "photo.png" in text and "image" in text, text
    assert (src, tgt, project) == (
        str(folder / "photo.png"),
        str(folder / "ko.txt"),
        str(folder / "out.rvproj"),
    )
    assert not boxes  # nothing after the dialog closed
    assert win.area is not None and win.area.store.path == folder / "out.rvproj"
    assert win.area.store.beads()[0].src_text.startswith("South Korea and Japan")


# ----------------------------------------------------------------- held by another process
HOLDER = """
import sys
from reviewer.store import ProjectStore
store = ProjectStore.open(sys.argv[1])
print("HELD", flush=True)
sys.stdin.readline()
store.close()
"""


def test_project_held_by_another_process_opens_read_only(
    win: MainWindow,
    qtbot: Any,
    tmp_path: Path,
    boxes: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    held = make_sample_project(tmp_path / "held.rvproj")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(held)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "HELD"
        with ProjectStore.open(held, mode="read") as reader:
            rows_before = snapshot(reader)
        chosen = (str(held), "Review projects (*.rvproj)")
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: chosen)
        trigger(win, "open")
        area = win.area
        assert area is not None and area.store.path == held
        assert area.store.read_only
        assert not boxes  # a banner, not an error
        assert area.banner.isVisibleTo(win)
        banner = area.banner.text()
        assert "Read-only" in banner and "open for editing" in banner, banner
        assert f"process {holder.pid}" in banner, banner
        assert win.read_only_label.isVisibleTo(win) and win.read_only_label.text()
        assert "read-only" in win.windowTitle()
        for name in sorted(WRITES):
            assert not win.qactions[name].isEnabled(), name
        assert area.detail.src.isReadOnly() and area.detail.tgt.isReadOnly()
        # Trying anyway (a shortcut on a disabled action does nothing) changes nothing.
        area.view.go_to_row(1)
        win.qactions["approve"].trigger()
        area.controller.set_status("approved")  # even reached directly, refused clearly
        assert len(boxes) == 1 and boxes[0][0] == "warning" and "read-only" in boxes[0][1]
        win.close_project()
        with ProjectStore.open(held, mode="read") as reader:
            assert snapshot(reader) == rows_before
    finally:
        if holder.stdin is not None:
            holder.stdin.write("\n")
            holder.stdin.flush()
        holder.wait(timeout=30)
    # Once the other process lets go, the project opens for editing again.
    assert win.open_project(held)
    assert win.area is not None and not win.area.store.read_only
    assert not win.area.banner.isVisibleTo(win)
    assert win.qactions["approve"].isEnabled()
