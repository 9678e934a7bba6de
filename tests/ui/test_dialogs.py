"""The dialogs: what they return, how they validate, and that they free themselves."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

import ui.dialogs.new_project as new_project_module
from tests.core.test_hostile_inputs import PNG
from ui import projects
from ui.dialogs import free_name
from ui.dialogs.export import ExportDialog, ExportOptions
from ui.dialogs.flag_editor import (
    CATEGORY_GROUPS,
    HEADER_ROLE,
    FlagDialog,
    FlagDraft,
    category_label,
    severity_label,
    strip_mnemonic,
)
from ui.dialogs.new_project import NewProjectDialog, NewProjectRequest, project_path_for
from ui.dialogs.shortcuts import ShortcutsDialog, plain_text
from ui.i18n import install_translator
from ui.ops import OpRunner

COUNTS = {"approved": 12, "total": 40, "open_flags": 3}


def assert_freed_on_close(dialog: QWidget) -> None:
    """novelWriter's check: close it, run deferred deletes, and the C++ object is gone.

    (Not shown first: offscreen, showing a window logs a Qt warning, which fails tests.)
    """
    dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    assert not shiboken6.isValid(dialog)


def fake_exec(fill: Callable[[QDialog], None], accept: bool = True) -> Callable[[QDialog], int]:
    """Stands in for the modal exec(): set fields, then OK or Cancel."""

    def run(dialog: QDialog) -> int:
        fill(dialog)
        if accept:
            dialog.accept()
        else:
            dialog.reject()
        return dialog.result()

    return run


@pytest.fixture
def texts(tmp_path: Path) -> tuple[Path, Path]:
    src = tmp_path / "article.en.txt"
    tgt = tmp_path / "article.ko.txt"
    src.write_text("He does aerobics.\n", encoding="utf-8")
    tgt.write_text("그는 에어로빅을 한다.\n", encoding="utf-8")
    return src, tgt


@pytest.fixture
def keep(qapp: QApplication) -> Iterator[Callable[[QWidget], None]]:
    """Like qtbot.addWidget, for dialogs that may already have deleted themselves."""
    kept: list[QWidget] = []
    yield kept.append
    for widget in kept:
        if shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "ko")
    yield
    install_translator(qapp, "en")


# -- new project -------------------------------------------------------------------


def test_new_project_pair_defaults_project_beside_input(
    qtbot: QtBot, texts: tuple[Path, Path], keep: Callable[[QWidget], None]
) -> None:
    src, tgt = texts
    dialog = NewProjectDialog(None)
    keep(dialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text.text() == "Choose the English text."
    dialog.src_field.set_path(str(src))
    assert not dialog.ok_button.isEnabled()
    dialog.tgt_field.set_path(str(tgt))
    assert dialog.ok_button.isEnabled()
    assert dialog.project_field.path() == str(src.parent / "article.rvproj")
    dialog.aligner_combo.setCurrentIndex(dialog.aligner_combo.findData("gale-church"))
    dialog.accept()
    assert dialog.request == NewProjectRequest(
        kind="pair",
        src_path=str(src),
        tgt_path=str(tgt),
        bilingual_path="",
        pasted_src="",
        pasted_tgt="",
        project_path=str(src.parent / "article.rvproj"),
        aligner="gale-church",
    )


def test_new_project_validation_messages(
    qtbot: QtBot, texts: tuple[Path, Path], keep: Callable[[QWidget], None]
) -> None:
    src, tgt = texts
    dialog = NewProjectDialog(None)
    keep(dialog)
    dialog.src_field.set_path(str(src.parent / "nope.txt"))
    assert dialog.message.kind == "error"
    assert "no such file" in dialog.message.text.text()
    dialog.src_field.set_path(str(src.parent))
    assert "is a folder" in dialog.message.text.text()
    dialog.src_field.set_path(str(src))
    dialog.tgt_field.set_path(str(src))
    assert "same file" in dialog.message.text.text()
    assert not dialog.ok_button.isEnabled()
    dialog.tgt_field.set_path(str(tgt))
    (src.parent / "article.rvproj").write_bytes(b"")
    dialog.project_field.set_path(str(src.parent / "article.rvproj"))
    dialog._project_auto = False
    dialog._validate()
    assert "already exists" in dialog.message.text.text()
    dialog.accept()  # refused while invalid
    assert dialog.request is None
    dialog.project_field.set_path(str(src.parent / "missing-dir" / "x.rvproj"))
    assert "does not exist" in dialog.message.text.text()
    dialog.project_field.set_path(str(src.parent / "review"))
    assert dialog.ok_button.isEnabled()
    assert dialog.message.kind == "info"  # says it will be saved as review.rvproj
    assert dialog.current_request().project_path == str(src.parent / "review.rvproj")


def test_new_project_folder_not_writable(
    qtbot: QtBot,
    texts: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    keep: Callable[[QWidget], None],
) -> None:
    src, tgt = texts
    dialog = NewProjectDialog(None)
    keep(dialog)
    dialog.src_field.set_path(str(src))
    dialog.tgt_field.set_path(str(tgt))
    real_access = new_project_module.os.access
    monkeypatch.setattr(
        new_project_module.os,
        "access",
        lambda path, mode: not (mode & new_project_module.os.W_OK) and real_access(path, mode),
    )
    assert not dialog._validate()
    assert "cannot create files" in dialog.message.text.text()


def test_new_project_typed_project_path_is_kept(
    qtbot: QtBot, texts: tuple[Path, Path], keep: Callable[[QWidget], None]
) -> None:
    src, tgt = texts
    dialog = NewProjectDialog(None)
    keep(dialog)
    dialog.project_field.edit.setFocus()
    qtbot.keyClicks(dialog.project_field.edit, str(src.parent / "mine.rvproj"))
    dialog.src_field.set_path(str(src))
    dialog.tgt_field.set_path(str(tgt))
    assert dialog.project_field.path() == str(src.parent / "mine.rvproj")


def test_new_project_bilingual_and_paste(
    qtbot: QtBot,
    texts: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    keep: Callable[[QWidget], None],
) -> None:
    monkeypatch.setattr(new_project_module, "documents_dir", lambda: str(tmp_path))
    src, _ = texts
    dialog = NewProjectDialog(None)
    keep(dialog)
    dialog.set_kind("bilingual")
    assert dialog.message.text.text() == "Choose the bilingual file."
    dialog.bilingual_field.set_path(str(src))
    assert dialog.current_request().bilingual_path == str(src)
    assert dialog.current_request().src_path == ""
    dialog.set_kind("paste")
    assert dialog.project_field.path() == str(tmp_path / "pasted-text.rvproj")
    dialog.src_text.setPlainText("He does aerobics.")
    assert not dialog.ok_button.isEnabled()
    dialog.tgt_text.setPlainText("그는 에어로빅을 한다.")
    assert dialog.ok_button.isEnabled()
    request = dialog.current_request()
    assert (request.kind, request.pasted_src, request.pasted_tgt) == (
        "paste",
        "He does aerobics.",
        "그는 에어로빅을 한다.",
    )
    assert request.aligner == "embedding"


def test_new_project_get_request(
    qtbot: QtBot, texts: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    src, tgt = texts

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewProjectDialog)
        dialog.src_field.set_path(str(src))
        dialog.tgt_field.set_path(str(tgt))

    monkeypatch.setattr(NewProjectDialog, "exec", fake_exec(fill))
    request, ok = NewProjectDialog.get_request(None)
    assert ok
    assert request is not None
    assert request.project_path.endswith("article.rvproj")
    monkeypatch.setattr(NewProjectDialog, "exec", fake_exec(fill, accept=False))
    assert NewProjectDialog.get_request(None) == (None, False)


def test_new_project_input_being_typed_from_the_root(
    qtbot: QtBot, keep: Callable[[QWidget], None]
) -> None:
    """The English file's path typed from '/': before, the default project path raised."""
    dialog = NewProjectDialog(None)
    keep(dialog)
    qtbot.keyClicks(dialog.src_field.edit, "/")
    assert dialog.project_field.path() == ""
    assert not dialog.ok_button.isEnabled()


def test_new_project_path_being_typed_from_the_root(
    qtbot: QtBot, texts: tuple[Path, Path], keep: Callable[[QWidget], None]
) -> None:
    """Typing a path starts with '/' (or '.'): before, that first key raised ValueError."""
    src, tgt = texts
    dialog = NewProjectDialog(None)
    keep(dialog)
    dialog.src_field.set_path(str(src))
    dialog.tgt_field.set_path(str(tgt))
    for typed in ("/", "."):
        dialog.project_field.set_path("")
        qtbot.keyClicks(dialog.project_field.edit, typed)
        assert dialog.message.text.text() == "Choose where to save the project file."
        assert not dialog.ok_button.isEnabled()
    dialog.project_field.set_path("")
    qtbot.keyClicks(dialog.project_field.edit, str(src.parent / "mine"))
    assert dialog.current_request().project_path == str(src.parent / "mine.rvproj")


def test_new_project_same_file_by_another_name_is_refused(
    qtbot: QtBot, texts: tuple[Path, Path], keep: Callable[[QWidget], None]
) -> None:
    src, _tgt = texts
    link = src.with_name("article.ko.txt.link")
    os.link(src, link)  # a hard link: another path, the same file
    dialog = NewProjectDialog(None)
    keep(dialog)
    dialog.src_field.set_path(str(src))
    dialog.tgt_field.set_path(str(link))
    assert "same file" in dialog.message.text.text()
    assert not dialog.ok_button.isEnabled()


def test_new_project_dialog_stays_open_on_a_file_it_cannot_read(
    qtbot: QtBot, texts: tuple[Path, Path], tmp_path: Path, keep: Callable[[QWidget], None]
) -> None:
    """The files are read while the dialog is open; a bad one is named there, every
    choice is kept, and after fixing that one field Create Project goes through."""
    src, tgt = texts
    photo = tmp_path / "photo.png"
    photo.write_bytes(PNG)
    runner = OpRunner()
    dialog = NewProjectDialog(None, runner=runner, reader=projects.read_request)
    keep(dialog)
    dialog.src_field.set_path(str(photo))
    dialog.tgt_field.set_path(str(tgt))
    dialog.aligner_combo.setCurrentIndex(dialog.aligner_combo.findData("gale-church"))
    project = dialog.project_field.path()
    with qtbot.waitSignal(runner.ended, timeout=10_000):
        dialog.ok_button.click()
        assert not dialog.ok_button.isEnabled()  # reading: Create cannot be pressed twice
        assert dialog.message.text.text() == "Reading the files…"
    assert shiboken6.isValid(dialog) and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.request is None
    assert dialog.message.kind == "error"
    shown = dialog.message.text.text()
    assert "photo.png" in shown and "PNG image" in shown, shown
    assert (dialog.src_field.path(), dialog.tgt_field.path()) == (str(photo), str(tgt))
    assert dialog.project_field.path() == project
    assert dialog.aligner_combo.currentData() == "gale-church"
    assert dialog.src_field.edit.selectedText() == str(photo)  # the field to fix, selected
    assert dialog.ok_button.isEnabled()
    dialog.src_field.set_path(str(src))
    assert dialog.message.kind != "error"
    with qtbot.waitSignal(runner.ended, timeout=10_000):
        dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    request = dialog.request
    assert request is not None and request.src_path == str(src)
    assert request.imported.src.paragraphs == ("He does aerobics.",)  # read once, kept


def test_new_project_dialog_cancelled_while_reading(
    qtbot: QtBot, texts: tuple[Path, Path], keep: Callable[[QWidget], None]
) -> None:
    src, tgt = texts
    runner = OpRunner()
    gate = threading.Event()

    def slow_read(request: NewProjectRequest) -> object:
        gate.wait(5)
        return projects.read_request(request)

    dialog = NewProjectDialog(None, runner=runner, reader=slow_read)
    keep(dialog)
    dialog.src_field.set_path(str(src))
    dialog.tgt_field.set_path(str(tgt))
    with qtbot.waitSignal(runner.ended, timeout=10_000):
        dialog.ok_button.click()
        dialog.reject()
        gate.set()
    assert dialog.request is None
    assert not list(src.parent.glob("*.rvproj*"))


def test_project_path_for_strips_language_tags(tmp_path: Path) -> None:
    assert project_path_for(str(tmp_path / "report.en.txt")) == str(tmp_path / "report.rvproj")
    assert project_path_for(str(tmp_path / "report_KO.docx")) == str(tmp_path / "report.rvproj")
    (tmp_path / "report.rvproj").write_bytes(b"")
    assert project_path_for(str(tmp_path / "report-eng.txt")) == str(tmp_path / "report-2.rvproj")
    assert free_name(tmp_path / "other.rvproj") == tmp_path / "other.rvproj"


def test_new_project_dialog_freed_on_close(qapp: QApplication) -> None:
    assert_freed_on_close(NewProjectDialog(None))


# -- export ------------------------------------------------------------------------


def test_export_defaults_summary_and_options(
    qtbot: QtBot, tmp_path: Path, keep: Callable[[QWidget], None]
) -> None:
    dialog = ExportDialog(None, COUNTS, str(tmp_path))
    keep(dialog)
    assert dialog.summary.text() == "12 approved of 40 pairs will be exported."
    assert dialog.flags_note.text() == "3 flags are still open."
    assert dialog.path_field.path() == str(tmp_path / "export.tmx")
    assert dialog.ok_button.isEnabled()
    dialog.set_format("jsonl")
    assert dialog.path_field.path() == str(tmp_path / "export.jsonl")
    dialog.all_pairs.setChecked(True)
    assert dialog.summary.text() == "All 40 pairs will be exported (12 approved)."
    dialog.accept()
    assert dialog.options == ExportOptions(
        format="jsonl", include_all=True, path=str(tmp_path / "export.jsonl"), report_path=""
    )


def test_export_names_after_project_and_report_paths(
    qtbot: QtBot, tmp_path: Path, keep: Callable[[QWidget], None]
) -> None:
    project = tmp_path / "talks.rvproj"
    dialog = ExportDialog(None, COUNTS, str(project))
    keep(dialog)
    assert dialog.path_field.path() == str(tmp_path / "talks.tmx")
    assert not dialog.report_field.isEnabled()
    dialog.report_check.setChecked(True)
    assert dialog.report_field.path() == str(tmp_path / "talks-qa-report.html")
    dialog.report_format.setCurrentIndex(dialog.report_format.findData(".csv"))
    assert dialog.report_field.path() == str(tmp_path / "talks-qa-report.csv")
    dialog.report_field.set_path(str(tmp_path / "report.pdf"))
    assert "must end in .html or .csv" in dialog.message.text.text()
    assert not dialog.ok_button.isEnabled()
    dialog.report_field.set_path(str(tmp_path / "talks.tmx"))
    assert not dialog.ok_button.isEnabled()
    dialog.report_field.set_path(str(tmp_path / "qa.html"))
    assert dialog.ok_button.isEnabled()
    assert dialog.current_options().report_path == str(tmp_path / "qa.html")
    dialog.path_field.set_path(str(tmp_path / "nowhere" / "x.tmx"))
    assert not dialog.ok_button.isEnabled()
    (tmp_path / "x.tmx").write_text("", encoding="utf-8")
    dialog.path_field.set_path(str(tmp_path / "x.tmx"))
    assert dialog.ok_button.isEnabled()
    assert dialog.message.kind == "warning"


def test_export_with_nothing_approved(
    qtbot: QtBot, tmp_path: Path, keep: Callable[[QWidget], None]
) -> None:
    dialog = ExportDialog(None, {"approved": 0, "total": 5, "open_flags": 0}, str(tmp_path))
    keep(dialog)
    assert dialog.all_pairs.isChecked()
    assert not dialog.flags_note.isVisibleTo(dialog)
    dialog.approved_only.setChecked(True)
    assert not dialog.ok_button.isEnabled()
    assert "No pair is approved yet" in dialog.message.text.text()
    empty = ExportDialog(None, {"approved": 0, "total": 0, "open_flags": 0}, str(tmp_path))
    keep(empty)
    assert not empty.ok_button.isEnabled()
    one = ExportDialog(None, {"approved": 1, "total": 1, "open_flags": 1}, str(tmp_path))
    keep(one)
    assert one.summary.text() == "1 approved of 1 pair will be exported."
    assert one.flags_note.text() == "1 flag is still open."


def test_export_counts_from_store_status_counts(
    tmp_path: Path, keep: Callable[[QWidget], None]
) -> None:
    dialog = ExportDialog(None, {"proposed": 5, "approved": 3, "rejected": 2}, str(tmp_path))
    keep(dialog)
    assert dialog.summary.text() == "3 approved of 10 pairs will be exported."
    assert dialog.ok_button.isEnabled()


def test_export_get_options(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.set_format("tsv")

    monkeypatch.setattr(ExportDialog, "exec", fake_exec(fill))
    options, ok = ExportDialog.get_options(None, COUNTS, str(tmp_path))
    assert ok
    assert options == ExportOptions("tsv", False, str(tmp_path / "export.tsv"), "")
    monkeypatch.setattr(ExportDialog, "exec", fake_exec(fill, accept=False))
    assert ExportDialog.get_options(None, COUNTS, str(tmp_path)) == (None, False)


def test_export_dialog_freed_on_close(qapp: QApplication, tmp_path: Path) -> None:
    assert_freed_on_close(ExportDialog(None, COUNTS, str(tmp_path)))


# -- flag ------------------------------------------------------------------------


DRAFT = FlagDraft(
    category="omission",
    severity="major",
    note="",
    suggestion="",
    src_span_text="aerobics",
    tgt_span_text="에어로빅",
)


def test_flag_dialog_prefills_and_returns_edits(
    qtbot: QtBot, keep: Callable[[QWidget], None]
) -> None:
    dialog = FlagDialog(None, DRAFT)
    keep(dialog)
    assert dialog.src_span.text() == "aerobics"
    assert dialog.tgt_span.text() == "에어로빅"
    assert dialog.category() == "omission"
    assert dialog.severity() == "major"
    assert dialog.category_help.text().startswith("Accuracy: ")
    dialog.set_category("locale convention")
    dialog.severity_buttons[list(dialog.severity_buttons)[2]].setChecked(True)
    qtbot.keyClicks(dialog.note_edit, "Wrong word")
    dialog.suggestion_edit.setPlainText("에어로빅스")  # QTest.keyClicks takes Latin-1 only
    dialog.accept()
    assert dialog.flag == FlagDraft(
        category="locale convention",
        severity="critical",
        note="Wrong word",
        suggestion="에어로빅스",
        src_span_text="aerobics",
        tgt_span_text="에어로빅",
    )


def test_flag_categories_grouped_as_mqm(qtbot: QtBot, keep: Callable[[QWidget], None]) -> None:
    dialog = FlagDialog(None, FlagDraft("no-such", "no-such"))
    keep(dialog)
    combo = dialog.category_combo
    headers = [combo.itemText(i) for i in range(combo.count()) if combo.itemData(i, HEADER_ROLE)]
    assert headers == ["Accuracy", "Terminology", "Fluency", "Style", "Locale"]
    values = [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]
    assert len(values) == 10
    assert values == [c.value for _, members in CATEGORY_GROUPS for c in members]
    for i in range(combo.count()):
        if combo.itemData(i, HEADER_ROLE):
            assert not combo.model().flags(combo.model().index(i, 0)) & Qt.ItemFlag.ItemIsEnabled
    # unknown values fall back to the first category and the mildest severity
    assert (dialog.category(), dialog.severity()) == ("mistranslation", "minor")
    assert "(25 points)" in dialog.severity_buttons[list(dialog.severity_buttons)[2]].text()
    assert dialog.src_span.text().startswith("(nothing selected")


def test_flag_dialog_keyboard(qtbot: QtBot, keep: Callable[[QWidget], None]) -> None:
    dialog = FlagDialog(None, DRAFT)
    keep(dialog)
    assert dialog.focusWidget() is dialog.category_combo
    qtbot.keyClick(dialog.category_combo, Qt.Key.Key_Down)
    assert dialog.category() == "addition"
    qtbot.keyClick(dialog.category_combo, Qt.Key.Key_Down)
    assert dialog.category() == "untranslated"
    qtbot.keyClick(dialog.category_combo, Qt.Key.Key_Down)  # skips the "Terminology" heading
    assert dialog.category() == "terminology"
    assert dialog.note_edit.tabChangesFocus()
    assert dialog.suggestion_edit.tabChangesFocus()
    # Ctrl+Enter saves from anywhere (a real key press needs a shown, active window).
    keys = {s.key().toString() for s in dialog.findChildren(QShortcut)}
    assert {"Ctrl+Return", "Ctrl+Enter"} <= keys
    shortcut = next(
        s for s in dialog.findChildren(QShortcut) if s.key().toString() == "Ctrl+Return"
    )
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        shortcut.activated.emit()
    assert dialog.flag is not None
    assert dialog.flag.category == "terminology"


def test_flag_get_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, FlagDialog)
        dialog.note_edit.setPlainText("  check this  ")

    monkeypatch.setattr(FlagDialog, "exec", fake_exec(fill))
    flag, ok = FlagDialog.get_flag(None, DRAFT)
    assert ok
    assert flag is not None
    assert flag.note == "check this"
    monkeypatch.setattr(FlagDialog, "exec", fake_exec(fill, accept=False))
    assert FlagDialog.get_flag(None, DRAFT) == (None, False)


def test_flag_labels_in_korean(qtbot: QtBot, korean: None, keep: Callable[[QWidget], None]) -> None:
    dialog = FlagDialog(None, DRAFT)
    keep(dialog)
    assert dialog.category_combo.currentText() == "누락"
    assert category_label("mistranslation") == "오역"
    assert severity_label("major") == "중대"
    assert dialog.windowTitle() == "플래그 지정"
    assert strip_mnemonic("Ma&jor") == "Major"
    assert strip_mnemonic("R&&D") == "R&D"


def test_flag_dialog_freed_on_close(qapp: QApplication) -> None:
    assert_freed_on_close(FlagDialog(None, DRAFT))


# -- shortcuts ---------------------------------------------------------------------


@pytest.fixture
def menu_actions(qapp: QApplication) -> Iterator[list[QAction]]:
    edit = QMenu("&Edit")
    nav = QMenu("&Navigate")
    actions: list[QAction] = []
    for menu, text, keys in [
        (edit, "&Reject", "Ctrl+Backspace"),
        (edit, "&Approve", "Ctrl+Return"),
        (nav, "Next &flag", "F8"),
        (None, "Pin", "Ctrl+P"),
        (edit, "No key", ""),
    ]:
        action = QAction(text, menu or edit)
        if keys:
            action.setShortcut(QKeySequence(keys))
        if menu is not None:
            menu.addAction(action)
        actions.append(action)
    yield actions
    edit.deleteLater()
    nav.deleteLater()


def test_shortcuts_grouped_sorted_and_searchable(
    qtbot: QtBot, menu_actions: list[QAction], keep: Callable[[QWidget], None]
) -> None:
    dialog = ShortcutsDialog(None, menu_actions)
    keep(dialog)
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert groups == ["Edit", "Navigate", "Other"]
    native = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
    rows = dialog.visible_rows()
    assert rows[:2] == [("Approve", native), ("Reject", rows[1][1])]
    assert ("No key", "") not in rows
    qtbot.keyClicks(dialog.search, "flag")
    assert dialog.visible_rows() == [("Next flag", "F8")]
    dialog.search.setText("ctrl+p")
    assert [r[0] for r in dialog.visible_rows()] == ["Pin"]
    dialog.search.setText("edit")
    assert [r[0] for r in dialog.visible_rows()] == ["Approve", "Reject"]
    dialog.search.clear()
    assert len(dialog.visible_rows()) == 4
    assert plain_text("Split &bead…\tCtrl+S") == "Split bead…"
    assert plain_text("분할(&S)") == "분할"


def test_shortcuts_dialog_freed_on_close(menu_actions: list[QAction]) -> None:
    assert_freed_on_close(ShortcutsDialog(None, menu_actions))


def native(*keys: str) -> str:
    return ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


def test_shortcuts_list_only_keys_a_pc_keyboard_has(
    menu_actions: list[QAction], keep: Callable[[QWidget], None]
) -> None:
    """Qt's X11 bindings add F14 (a Sun key) and dedicated Undo/Redo/Help keys: left out."""
    edit = menu_actions[0].parent()
    specs = {
        "&Undo": ["Ctrl+Z", "Alt+Backspace", "F14", QKeySequence(Qt.Key.Key_Undo)],
        "&Redo": ["Ctrl+Y", "Ctrl+Shift+Z", QKeySequence(Qt.Key.Key_Redo), "Ctrl+Shift+Z"],
        "&Keyboard shortcuts": ["F1", QKeySequence(Qt.Key.Key_Help)],
        "&Open project…": ["Ctrl+O", QKeySequence(Qt.Key.Key_Open)],
        "Odd": ["F13"],  # the only key the action has: still shown
    }
    actions = []
    for text, keys in specs.items():
        action = QAction(text, edit)
        action.setShortcuts([k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys])
        actions.append(action)
    dialog = ShortcutsDialog(None, actions)
    keep(dialog)
    assert dict(dialog.visible_rows()) == {
        "Undo": native("Ctrl+Z", "Alt+Backspace"),
        "Redo": native("Ctrl+Y", "Ctrl+Shift+Z"),
        "Keyboard shortcuts": "F1",
        "Open project…": native("Ctrl+O"),
        "Odd": "F13",
    }


def test_app_shortcuts_list_no_dedicated_keys(
    qapp: QApplication, keep: Callable[[QWidget], None]
) -> None:
    """The app's own actions on this platform: no row names a key a PC keyboard lacks."""
    from ui.main_window import MainWindow

    window = MainWindow()
    keep(window)
    dialog = ShortcutsDialog(window, window.all_actions())
    keep(dialog)
    rows = dict(dialog.visible_rows())
    keys = {k.strip() for text in rows.values() for k in text.split(", ")}
    assert not keys & {"Undo", "Redo", "Help", "Find", "Open", "New", "F14", "F16", "F18", "F19"}
    assert rows["Undo"].startswith(native("Ctrl+Z"))
    assert native("Ctrl+Shift+Z") in rows["Redo"]
    assert rows["Keyboard shortcuts"] == "F1"
