"""Choose how to export the reviewed pairs, and whether to write a QA report."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import MessageLine, PathField, documents_dir
from ui.i18n import arg

FORMATS = ("tmx", "tsv", "jsonl")
REPORT_SUFFIXES = (".html", ".csv")


@dataclass(frozen=True)
class ExportOptions:
    format: str  # 'tmx' | 'tsv' | 'jsonl'
    include_all: bool
    path: str
    report_path: str  # '' = no QA report; else ends in .html or .csv


def _base(default_dir: str) -> tuple[Path, str]:
    """Folder and file stem for default names: a project file gives both, a folder the first."""
    if not default_dir:
        return Path(documents_dir()), "export"
    given = Path(default_dir).expanduser()
    if given.suffix.lower() == ".rvproj":
        return given.parent, given.stem
    return given, "export"


class ExportDialog(QDialog):
    """Format, which pairs, where to write, and an optional QA report."""

    def __init__(
        self, parent: QWidget | None, counts: Mapping[str, int], default_dir: str = ""
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(600)
        self.options: ExportOptions | None = None
        self.approved = int(counts.get("approved", 0))
        # Without 'total', the status counts a store gives (proposed/approved/rejected) add up.
        statuses = ("proposed", "approved", "rejected")
        self.total = int(counts.get("total", sum(int(counts.get(k, 0)) for k in statuses)))
        self.open_flags = int(counts.get("open_flags", 0))
        self._folder, self._stem = _base(default_dir)
        self._path_auto = True
        self._report_auto = True

        # Format
        format_box = QGroupBox(self.tr("Format"), self)
        self.format_group = QButtonGroup(self)
        format_layout = QVBoxLayout(format_box)
        labels = {
            "tmx": self.tr("&TMX: translation memory for CAT tools (Trados, memoQ, OmegaT)"),
            "tsv": self.tr("T&SV: a table, one pair per line (spreadsheets, scripts)"),
            "jsonl": self.tr("&JSONL: one JSON object per pair (machine-learning data)"),
        }
        self.format_buttons: dict[str, QRadioButton] = {}
        for number, fmt in enumerate(FORMATS):
            button = QRadioButton(labels[fmt], format_box)
            self.format_group.addButton(button, number)
            format_layout.addWidget(button)
            self.format_buttons[fmt] = button
        self.format_buttons["tmx"].setChecked(True)

        # Which pairs
        scope_box = QGroupBox(self.tr("Pairs"), self)
        scope_layout = QVBoxLayout(scope_box)
        self.approved_only = QRadioButton(self.tr("A&pproved pairs only"), scope_box)
        self.all_pairs = QRadioButton(
            self.tr("&All pairs, including those not yet approved"), scope_box
        )
        self.approved_only.setChecked(True)
        scope_layout.addWidget(self.approved_only)
        scope_layout.addWidget(self.all_pairs)

        # Where
        self.path_field = PathField(self, save=True, caption=self.tr("Export to"))
        self.report_check = QCheckBox(self.tr("Also write a &QA report"), self)
        self.report_field = PathField(self, save=True, caption=self.tr("Write the QA report to"))
        self.report_format = QComboBox(self)
        self.report_format.addItem(self.tr("HTML (to read)"), ".html")
        self.report_format.addItem(self.tr("CSV (for spreadsheets)"), ".csv")
        report_row = QHBoxLayout()
        report_row.addWidget(self.report_field, 1)
        report_row.addWidget(self.report_format)
        form = QFormLayout()
        path_label = QLabel(self.tr("&Output file:"), self)
        path_label.setBuddy(self.path_field)
        form.addRow(path_label, self.path_field)
        form.addRow(self.report_check)
        self.report_label = QLabel(self.tr("&Report file:"), self)
        self.report_label.setBuddy(self.report_field)
        form.addRow(self.report_label, report_row)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        self.flags_note = QLabel(self)
        self.flags_note.setWordWrap(True)
        self.flags_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.message = MessageLine(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(format_box)
        layout.addWidget(scope_box)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.flags_note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.format_group.idToggled.connect(self._format_toggled)
        self.approved_only.toggled.connect(self._validate)
        self.path_field.edited.connect(self._path_edited)
        self.path_field.changed.connect(self._validate)
        self.report_check.toggled.connect(self._report_toggled)
        self.report_field.edited.connect(self._report_edited)
        self.report_field.changed.connect(self._validate)
        self.report_format.currentIndexChanged.connect(self._report_format_changed)

        if self.approved == 0 and self.total > 0:
            self.all_pairs.setChecked(True)
        self.path_field.set_path(self._default_path())
        self.report_field.set_path(self._default_report_path())
        self._report_toggled(False)
        self._update_file_filter()
        self._validate()
        self.format_buttons["tmx"].setFocus()

    # -- (value, ok) ------------------------------------------------------------

    @classmethod
    def get_options(
        cls, parent: QWidget | None, counts: Mapping[str, int], default_dir: str = ""
    ) -> tuple[ExportOptions | None, bool]:
        dialog = cls(parent, counts, default_dir)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        options = dialog.options if ok else None
        return options, options is not None

    def accept(self) -> None:
        if self._validate():
            self.options = self.current_options()
            super().accept()

    # -- state ------------------------------------------------------------------

    def format(self) -> str:
        return FORMATS[max(self.format_group.checkedId(), 0)]

    def set_format(self, fmt: str) -> None:
        self.format_buttons[fmt].setChecked(True)

    def current_options(self) -> ExportOptions:
        report = ""
        if self.report_check.isChecked():
            report = str(Path(self.report_field.path()).expanduser().absolute())
        return ExportOptions(
            format=self.format(),
            include_all=self.all_pairs.isChecked(),
            path=str(Path(self.path_field.path()).expanduser().absolute()),
            report_path=report,
        )

    def summary_text(self) -> str:
        if self.all_pairs.isChecked():
            if self.total == 1:
                return arg(self.tr("The one pair will be exported (%1 approved)."), self.approved)
            return arg(
                self.tr("All %1 pairs will be exported (%2 approved)."), self.total, self.approved
            )
        if self.total == 1:
            return arg(self.tr("%1 approved of 1 pair will be exported."), self.approved)
        return arg(self.tr("%1 approved of %2 pairs will be exported."), self.approved, self.total)

    # -- behaviour --------------------------------------------------------------

    def _default_path(self) -> str:
        return str(self._folder / f"{self._stem}.{self.format()}")

    def _default_report_path(self) -> str:
        suffix = str(self.report_format.currentData())
        return str(self._folder / f"{self._stem}-qa-report{suffix}")

    def _format_toggled(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        current = self.path_field.path()
        if self._path_auto:
            self.path_field.set_path(self._default_path())
        elif Path(current).suffix.lower().lstrip(".") in FORMATS:
            self.path_field.set_path(str(Path(current).with_suffix("." + self.format())))
        self._update_file_filter()
        self._validate()

    def _update_file_filter(self) -> None:
        filters = {
            "tmx": self.tr("TMX files (*.tmx)"),
            "tsv": self.tr("Tab-separated files (*.tsv)"),
            "jsonl": self.tr("JSON Lines files (*.jsonl)"),
        }
        self.path_field.file_filter = filters[self.format()]
        suffix = str(self.report_format.currentData())
        self.report_field.file_filter = (
            self.tr("HTML files (*.html)") if suffix == ".html" else self.tr("CSV files (*.csv)")
        )

    def _path_edited(self, text: str) -> None:
        self._path_auto = not text.strip()

    def _report_edited(self, text: str) -> None:
        self._report_auto = not text.strip()
        suffix = Path(text.strip()).suffix.lower()
        index = self.report_format.findData(suffix)
        if index >= 0 and index != self.report_format.currentIndex():
            self.report_format.blockSignals(True)
            self.report_format.setCurrentIndex(index)
            self.report_format.blockSignals(False)
            self._update_file_filter()

    def _report_format_changed(self) -> None:
        current = self.report_field.path()
        suffix = str(self.report_format.currentData())
        if self._report_auto or not current:
            self.report_field.set_path(self._default_report_path())
        else:
            self.report_field.set_path(str(Path(current).with_suffix(suffix)))
        self._update_file_filter()
        self._validate()

    def _report_toggled(self, checked: bool) -> None:
        for widget in (self.report_label, self.report_field, self.report_format):
            widget.setEnabled(checked)
        self._validate()

    def _validate(self) -> bool:
        self.summary.setText(self.summary_text())
        if self.open_flags == 1:
            self.flags_note.setText(self.tr("1 flag is still open."))
        elif self.open_flags > 1:
            self.flags_note.setText(arg(self.tr("%1 flags are still open."), self.open_flags))
        else:
            self.flags_note.setText("")
        self.flags_note.setVisible(self.open_flags > 0)
        text, icon, blocks = self._problem()
        self.message.show_message(text, icon)
        self.ok_button.setEnabled(not blocks)
        return not blocks

    def _problem(self) -> tuple[str, str, bool]:
        count = self.total if self.all_pairs.isChecked() else self.approved
        if count == 0:
            if self.total == 0:
                return self.tr("The project has no pairs to export."), "error", True
            text = self.tr("No pair is approved yet. Approve pairs first, or export all pairs.")
            return text, "info", True
        problem = self._path_problem(
            self.path_field.path(),
            self.tr("Choose where to write the export."),
            self.tr("The output path is a folder: %1"),
        )
        if problem:
            return problem
        if self.report_check.isChecked():
            report = self.report_field.path()
            problem = self._path_problem(
                report,
                self.tr("Choose where to write the QA report."),
                self.tr("The QA report path is a folder: %1"),
            )
            if problem:
                return problem
            if Path(report).suffix.lower() not in REPORT_SUFFIXES:
                return self.tr("The QA report must end in .html or .csv."), "error", True
            same = Path(report).expanduser().absolute()
            if same == Path(self.path_field.path()).expanduser().absolute():
                text = self.tr("The QA report and the export cannot be the same file.")
                return text, "error", True
        if Path(self.path_field.path()).expanduser().exists():
            return self.tr("The output file exists and will be replaced."), "warning", False
        return "", "", False

    def _path_problem(self, text: str, empty: str, is_folder: str) -> tuple[str, str, bool] | None:
        if not text:
            return empty, "info", True
        path = Path(text).expanduser()
        if path.is_dir():
            return arg(is_folder, text), "error", True
        folder = path.parent
        if not folder.is_dir():
            return arg(self.tr("This folder does not exist: %1"), folder), "error", True
        if not os.access(folder, os.W_OK | os.X_OK):
            return arg(self.tr("You cannot create files in this folder: %1"), folder), "error", True
        return None
