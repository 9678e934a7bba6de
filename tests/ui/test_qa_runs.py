"""QA from the app: run the checks and import a glossary through the op runner."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from reviewer.edits.glossary import glossary_info
from ui.grid_model import FLAGS
from ui.qa_runs import QaController

from .conftest import assert_views_match, snapshot, trigger

GLOSSARY = Path(__file__).resolve().parents[2] / "seeds" / "defense-glossary.csv"
WAIT_MS = 120_000  # the first run loads the embedding model


def run_and_wait(qtbot: Any, win: Any, name: str) -> None:
    with qtbot.waitSignal(win.runner.ended, timeout=WAIT_MS):
        trigger(win, name)


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def suspect_rows(win: Any) -> list[Any]:
    model = win.area.flags_panel.model
    return [model.flag(r) for r in range(model.rowCount()) if model.flag(r).status == "suspect"]


def badges(win: Any) -> list[str]:
    model = win.area.model
    return [model.index(r, FLAGS).data() for r in range(model.rowCount())]


def test_run_qa_fills_the_flags_panel_and_badges_undoably(
    window: Any, qtbot: Any, messages: list[str]
) -> None:
    before = snapshot(window.area.store)
    assert not suspect_rows(window)
    run_and_wait(qtbot, window, "run_qa")
    found = suspect_rows(window)
    assert {"language", "loanwords", "coverage"} <= {f.check_name for f in found}
    assert any(badges(window))
    assert "suspect(s) found" in window.statusBar().currentMessage()
    assert "Suspects" in window.counts.text()
    assert not messages
    assert_views_match(window)
    trigger(window, "undo")
    assert snapshot(window.area.store) == before
    assert not suspect_rows(window) and not any(badges(window))


def test_cancel_writes_nothing(
    window: Any, qtbot: Any, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QaController, "use_model", False)
    before = snapshot(window.area.store)
    history = window.area.store.history()
    with qtbot.waitSignal(window.runner.ended, timeout=WAIT_MS):
        trigger(window, "run_qa")
        assert window.progress.isVisible()
        window.progress.cancel_button.click()
    assert snapshot(window.area.store) == before
    assert window.area.store.history() == history
    assert not suspect_rows(window)
    assert "cancelled" in window.statusBar().currentMessage()
    assert not messages


def test_bad_glossary_shows_one_message_and_changes_nothing(
    window: Any, qtbot: Any, messages: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bad = tmp_path / "terms.tbx"
    bad.write_text("<martif><text><body>", encoding="utf-8")
    choose_file(monkeypatch, bad)
    before = snapshot(window.area.store)
    run_and_wait(qtbot, window, "import_glossary")
    assert len(messages) == 1
    assert messages[0].startswith(f"{bad}: ") and "Traceback" not in messages[0]
    assert snapshot(window.area.store) == before
    assert glossary_info(window.area.store) is None


def test_imported_glossary_is_used_by_the_next_run(
    window: Any, qtbot: Any, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QaController, "use_model", False)
    choose_file(monkeypatch, GLOSSARY)
    run_and_wait(qtbot, window, "import_glossary")
    assert "33 term(s) imported" in window.statusBar().currentMessage()
    info = glossary_info(window.area.store)
    assert info is not None and info.file_name == GLOSSARY.name
    assert "Glossary defense-glossary.csv (33 terms)" in window.counts.text()  # always in view
    run_and_wait(qtbot, window, "run_qa")
    glossary = [f for f in suspect_rows(window) if f.check_name == "glossary"]
    assert any(span.text == "에어로빅" for f in glossary for span in f.spans)
    assert not messages
    assert_views_match(window)
    trigger(window, "undo")  # the QA run
    trigger(window, "undo")  # the import: the status bar no longer names a glossary
    assert glossary_info(window.area.store) is None
    assert "Glossary" not in window.counts.text()


def test_read_only_project_disables_qa_and_says_why(
    qtbot: Any, project: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from reviewer.store import ProjectStore
    from ui.main_window import MainWindow

    monkeypatch.setattr(QaController, "use_model", False)
    with ProjectStore.open(project):  # another writer holds the lock
        win = MainWindow()
        qtbot.addWidget(win)
        assert win.open_project(project)
        assert not win.qactions["run_qa"].isEnabled()
        assert not win.qactions["import_glossary"].isEnabled()
        with qtbot.waitSignal(win.runner.ended, timeout=WAIT_MS):
            win.area.qa.run_checks()  # e.g. started just before the lock was lost
        assert len(messages) == 1 and messages[0].startswith(f"{project}: ")
        assert "read-only" in messages[0]
        win.close()


def test_glossary_rows_without_a_term_are_named_on_import(
    window: Any, qtbot: Any, messages: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    terms = tmp_path / "terms.csv"
    terms.write_text("en,ko\nDefense Minister,국방부 장관\nOkinawa,\nAir Force,공군\n", "utf-8")
    choose_file(monkeypatch, terms)
    run_and_wait(qtbot, window, "import_glossary")
    status = window.statusBar().currentMessage()
    assert "2 term(s) imported" in status and "no target term: line 3)" in status
    assert not messages
