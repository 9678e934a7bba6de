"""Start a project: two files, one bilingual file, or pasted text."""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from ui.core_text import error_text
from ui.dialogs import MessageLine, PathField, documents_dir, free_name
from ui.i18n import arg
from ui.ops import Op, OpRunner

# Reads a request's documents (in the op runner's worker) and returns them.
Reader = Callable[["NewProjectRequest"], Any]

KINDS = ("pair", "bilingual", "paste")
ALIGNERS = ("embedding", "gale-church")
PROJECT_SUFFIX = ".rvproj"
# "report.en.txt", "report_EN.docx", "report-eng.txt" -> "report"
_LANG_TAG = re.compile(r"[._-](en|eng|english|ko|kor|kr|korean)$", re.IGNORECASE)


@dataclass(frozen=True)
class NewProjectRequest:
    """What the person chose; fields that do not apply to ``kind`` are empty."""

    kind: str  # 'pair' | 'bilingual' | 'paste'
    src_path: str
    tgt_path: str
    bilingual_path: str
    pasted_src: str
    pasted_tgt: str
    project_path: str
    aligner: str  # 'embedding' | 'gale-church'
    # The documents as read and checked while the dialog was open (an ImportResult),
    # so building the project does not read them again; None if not read yet.
    imported: Any = dataclasses.field(default=None, compare=False, repr=False)


def project_path_for(input_path: str) -> str:
    """The default project file beside an input: ``dir/report.en.txt`` -> ``dir/report.rvproj``."""
    path = Path(input_path).expanduser()
    if not path.name:
        return ""  # '/' typed so far: no file name to put a project beside yet
    stem = _LANG_TAG.sub("", path.stem) or path.stem
    return str(free_name(path.with_name(stem + PROJECT_SUFFIX)))


def normalised_project_path(text: str) -> str:
    """The project path as it will be written: absolute, ending in .rvproj."""
    if not text.strip():
        return ""
    path = Path(text.strip()).expanduser()
    if not path.name:  # "/" or "." while typing: no file name yet
        return ""
    if path.suffix.lower() != PROJECT_SUFFIX:
        path = path.with_name(path.name + PROJECT_SUFFIX)
    return str(path.absolute())


class NewProjectDialog(QDialog):
    """Choose the texts to review, where the project file goes, and the aligner.

    With a ``runner`` and a ``reader``, Create Project first reads the files in
    the background while the dialog stays open; a file that cannot be used
    (an image, an unknown encoding, two English texts...) is named in the
    dialog, every field keeps what the editor chose, and the field at fault
    gets the focus: fix it and create again. Only files that read well close it.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        runner: OpRunner | None = None,
        reader: Reader | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("New Project"))
        self.setMinimumWidth(620)
        self.request: NewProjectRequest | None = None
        self._project_auto = True
        self._runner = runner
        self._reader = reader
        self._reading: Op | None = None
        self._closed = False
        text_filter = self.tr("Texts (*.txt *.md *.docx);;All files (*)")

        # Two files
        self.src_field = PathField(self, caption=self.tr("English text"), file_filter=text_filter)
        self.tgt_field = PathField(
            self, caption=self.tr("Korean translation"), file_filter=text_filter
        )
        pair_page = QWidget(self)
        pair_form = QFormLayout(pair_page)
        pair_form.addRow(self._buddy(self.tr("&English text:"), self.src_field), self.src_field)
        pair_form.addRow(
            self._buddy(self.tr("&Korean translation:"), self.tgt_field), self.tgt_field
        )
        pair_form.addRow(
            self._note(
                self.tr(
                    "Plain text (.txt, .md; any common encoding) or Word (.docx). "
                    "You can also drop a file on a field."
                )
            )
        )

        # One bilingual file
        self.bilingual_field = PathField(
            self, caption=self.tr("Bilingual file"), file_filter=text_filter
        )
        bilingual_page = QWidget(self)
        bilingual_form = QFormLayout(bilingual_page)
        bilingual_form.addRow(
            self._buddy(self.tr("&Bilingual file:"), self.bilingual_field), self.bilingual_field
        )
        bilingual_form.addRow(
            self._note(
                self.tr(
                    "One file holding the English text and its Korean translation: all English "
                    "then all Korean, or paragraph by paragraph. Each paragraph's language is "
                    "recognised on its own."
                )
            )
        )

        # Pasted text
        self.src_text = QPlainTextEdit(self)
        self.src_text.setTabChangesFocus(True)
        self.src_text.setPlaceholderText(self.tr("Paste the English text here."))
        self.tgt_text = QPlainTextEdit(self)
        self.tgt_text.setTabChangesFocus(True)
        self.tgt_text.setPlaceholderText(self.tr("Paste the Korean translation here."))
        paste_page = QWidget(self)
        paste_grid = QGridLayout(paste_page)
        paste_grid.addWidget(self._buddy(self.tr("E&nglish"), self.src_text), 0, 0)
        paste_grid.addWidget(self._buddy(self.tr("Ko&rean"), self.tgt_text), 0, 1)
        paste_grid.addWidget(self.src_text, 1, 0)
        paste_grid.addWidget(self.tgt_text, 1, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(pair_page, self.tr("Two files"))
        self.tabs.addTab(bilingual_page, self.tr("One bilingual file"))
        self.tabs.addTab(paste_page, self.tr("Pasted text"))

        # Project file and aligner
        self.project_field = PathField(
            self,
            save=True,
            caption=self.tr("Save the project as"),
            file_filter=self.tr("Review projects (*.rvproj)"),
        )
        self.aligner_combo = QComboBox(self)
        self.aligner_combo.addItem(self.tr("Sentence meaning (recommended)"), "embedding")
        self.aligner_combo.addItem(self.tr("Sentence length (Gale–Church, fast)"), "gale-church")
        self.aligner_note = self._note("")
        settings = QFormLayout()
        settings.addRow(
            self._buddy(self.tr("&Project file:"), self.project_field), self.project_field
        )
        settings.addRow(self._buddy(self.tr("&Aligner:"), self.aligner_combo), self.aligner_combo)
        settings.addRow("", self.aligner_note)

        self.message = MessageLine(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create Project"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addSpacing(6)
        layout.addLayout(settings)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        for field in (self.src_field, self.tgt_field, self.bilingual_field):
            field.changed.connect(self._inputs_changed)
        self.src_text.textChanged.connect(self._inputs_changed)
        self.tgt_text.textChanged.connect(self._inputs_changed)
        self.tabs.currentChanged.connect(self._inputs_changed)
        self.project_field.edited.connect(self._project_edited)
        self.project_field.changed.connect(self._validate)
        self.aligner_combo.currentIndexChanged.connect(self._aligner_changed)
        self._aligner_changed()
        self._inputs_changed()
        self.src_field.setFocus()

    # -- (value, ok) ------------------------------------------------------------

    @classmethod
    def get_request(
        cls,
        parent: QWidget | None,
        *,
        runner: OpRunner | None = None,
        reader: Reader | None = None,
    ) -> tuple[NewProjectRequest | None, bool]:
        """The request, its documents read (``imported``) when a reader is given."""
        dialog = cls(parent, runner=runner, reader=reader)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        request = dialog.request if ok else None
        return request, request is not None

    def accept(self) -> None:
        if self._reading is not None or not self._validate():
            return
        request = self.current_request()
        if self._runner is None or self._reader is None:
            self.request = request
            super().accept()
            return
        reader = self._reader
        self._set_busy(True)
        op = self._runner.run(
            self.tr("Reading the files"),
            lambda _progress, _cancel: reader(request),
            lambda imported: self._read(request, imported),
            self._read_failed,
            self._read_cancelled,
        )
        self._reading = None if op.done else op  # an inline runner has finished already

    def reject(self) -> None:
        if self._reading is not None:
            self._reading.token.cancel()  # the files are left unread; nothing was created
        self._closed = True
        super().reject()

    # -- reading the files --------------------------------------------------------

    def _read(self, request: NewProjectRequest, imported: Any) -> None:
        if self._closed:  # cancelled meanwhile: the dialog may be gone
            return
        self._reading = None
        self._set_busy(False)
        self.request = replace(request, imported=imported)
        self._closed = True
        super().accept()

    def _read_failed(self, error: BaseException) -> None:
        if self._closed:
            return
        self._reading = None
        self._set_busy(False)
        if isinstance(error, ReviewerError):
            text = error_text(error)
        else:
            text = arg(self.tr("Internal error: %1"), f"{type(error).__name__}: {error}")
        self.message.show_message(text, "error")
        culprit = self._field_at_fault(error)
        if culprit is not None:
            culprit.setFocus()
            culprit.edit.selectAll()

    def _read_cancelled(self) -> None:
        self._reading = None
        if not self._closed:  # cancelled from elsewhere: the dialog is usable again
            self._set_busy(False)
            self._validate()

    def _field_at_fault(self, error: BaseException) -> PathField | None:
        """The field holding the file the error is about (the Korean one if it names both)."""
        fields = {
            "pair": (self.tgt_field, self.src_field),
            "bilingual": (self.bilingual_field,),
        }.get(self.kind(), ())
        named = getattr(error, "path", None)
        for candidate in fields:
            path = candidate.path()
            if path and named and str(Path(path).expanduser().absolute()) == named:
                return candidate
        for candidate in fields:
            path = candidate.path()
            if path and str(Path(path).expanduser().absolute()) in str(error):
                return candidate
        return None

    def _set_busy(self, busy: bool) -> None:
        """While the files are read: nothing to change, only Cancel."""
        for widget in (self.tabs, self.project_field, self.aligner_combo):
            widget.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        if busy:
            self.message.show_message(self.tr("Reading the files…"), "info")

    # -- state ------------------------------------------------------------------

    def kind(self) -> str:
        return KINDS[self.tabs.currentIndex()]

    def set_kind(self, kind: str) -> None:
        self.tabs.setCurrentIndex(KINDS.index(kind))

    def current_request(self) -> NewProjectRequest:
        kind = self.kind()

        def absolute(text: str) -> str:
            return str(Path(text).expanduser().absolute()) if text else ""

        return NewProjectRequest(
            kind=kind,
            src_path=absolute(self.src_field.path()) if kind == "pair" else "",
            tgt_path=absolute(self.tgt_field.path()) if kind == "pair" else "",
            bilingual_path=absolute(self.bilingual_field.path()) if kind == "bilingual" else "",
            pasted_src=self.src_text.toPlainText() if kind == "paste" else "",
            pasted_tgt=self.tgt_text.toPlainText() if kind == "paste" else "",
            project_path=normalised_project_path(self.project_field.path()),
            aligner=str(self.aligner_combo.currentData()),
        )

    # -- behaviour --------------------------------------------------------------

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _note(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def _project_edited(self, text: str) -> None:
        self._project_auto = not text.strip()
        if self._project_auto:
            self._inputs_changed()

    def _inputs_changed(self) -> None:
        if self._project_auto:
            self.project_field.set_path(self._default_project_path())
        self._validate()

    def _default_project_path(self) -> str:
        kind = self.kind()
        source = {
            "pair": self.src_field.path() or self.tgt_field.path(),
            "bilingual": self.bilingual_field.path(),
        }.get(kind, "")
        if source and Path(source).expanduser().parent.is_dir():
            return project_path_for(source)
        if kind == "paste":
            name = self.tr("pasted-text") + PROJECT_SUFFIX
            return str(free_name(Path(documents_dir()) / name))
        return ""

    def _aligner_changed(self) -> None:
        if self.aligner_combo.currentData() == "embedding":
            note = self.tr(
                "Compares what sentences mean, with a model that ships with the program. "
                "Best when sentences were merged, split or left out in translation."
            )
        else:
            note = self.tr(
                "Compares sentence lengths only. Fast, and fine for a translation that "
                "follows the original sentence by sentence."
            )
        self.aligner_note.setText(note)

    def _validate(self) -> bool:
        """Show the first thing to do or fix; enable OK only when nothing blocks."""
        text, icon, blocks = self._problem()
        self.message.show_message(text, icon)
        self.ok_button.setEnabled(not blocks)
        return not blocks

    def _problem(self) -> tuple[str, str, bool]:
        """(message, icon kind, blocks OK): a step still to do, a fault, or a note."""
        kind = self.kind()
        if kind == "pair":
            for field, empty, label in (
                (self.src_field, self.tr("Choose the English text."), self.tr("English text")),
                (
                    self.tgt_field,
                    self.tr("Choose the Korean translation."),
                    self.tr("Korean translation"),
                ),
            ):
                problem = self._input_problem(field.path(), empty, label)
                if problem:
                    return problem
            src = Path(self.src_field.path()).expanduser()
            tgt = Path(self.tgt_field.path()).expanduser()
            if src.resolve() == tgt.resolve() or os.path.samefile(src, tgt):  # a hard link too
                text = self.tr("The English text and the Korean translation are the same file.")
                return text, "error", True
        elif kind == "bilingual":
            problem = self._input_problem(
                self.bilingual_field.path(),
                self.tr("Choose the bilingual file."),
                self.tr("Bilingual file"),
            )
            if problem:
                return problem
        else:
            if not self.src_text.toPlainText().strip():
                return self.tr("Paste the English text."), "info", True
            if not self.tgt_text.toPlainText().strip():
                return self.tr("Paste the Korean translation."), "info", True
        return self._project_problem()

    def _input_problem(self, text: str, empty: str, label: str) -> tuple[str, str, bool] | None:
        if not text:
            return empty, "info", True
        path = Path(text).expanduser()
        if path.is_dir():
            return arg(self.tr("%1 is a folder, not a file: %2"), label, text), "error", True
        if not path.is_file():
            return arg(self.tr("%1: there is no such file: %2"), label, text), "error", True
        if not os.access(path, os.R_OK):
            message = arg(self.tr("%1 cannot be read (no permission): %2"), label, text)
            return message, "error", True
        return None

    def _project_problem(self) -> tuple[str, str, bool]:
        typed = self.project_field.path()
        text = normalised_project_path(typed)
        if not text:
            return self.tr("Choose where to save the project file."), "info", True
        path = Path(text)
        folder = path.parent
        if path.exists():
            message = self.tr(
                "A project file with this name already exists. Choose another name, "
                "or open that project from the start screen."
            )
            return message, "error", True
        if not folder.is_dir():
            message = arg(self.tr("The folder for the project file does not exist: %1"), folder)
            return message, "error", True
        if not os.access(folder, os.W_OK | os.X_OK):
            message = arg(self.tr("You cannot create files in this folder: %1"), folder)
            return message, "error", True
        if not typed.lower().endswith(PROJECT_SUFFIX):
            return arg(self.tr("The project will be saved as %1."), path.name), "info", False
        return "", "", False
