"""Dialogs that ask for one thing and return ``(value, ok)`` from a class method.

Each dialog deletes itself when it closes (``WA_DeleteOnClose``); the value is
captured in ``accept`` so it can be read after the Qt object has gone. This
module also holds the two small widgets the dialogs share.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QWidget,
)


def documents_dir() -> str:
    """The user's documents folder, or home if there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else str(Path.home())


def free_name(path: Path) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext``… the first that does not exist."""
    if not path.exists():
        return path
    for number in range(2, 1000):
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        if not candidate.exists():
            return candidate
    return path


class _PathEdit(QLineEdit):
    """A line edit that takes a dropped file as its path."""

    dropped = Signal(str)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.setText(urls[0].toLocalFile())
            self.dropped.emit(self.text())
            event.acceptProposedAction()
            return
        super().dropEvent(event)


class PathField(QWidget):
    """A file path: a line edit (typing or dropping a file) and a Browse… button.

    ``edited`` fires when the person changes the path (typing, dropping or
    browsing), ``changed`` on every change, programmatic ones included.
    """

    changed = Signal(str)
    edited = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        *,
        save: bool = False,
        caption: str = "",
        file_filter: str = "",
    ) -> None:
        super().__init__(parent)
        self.save = save
        self.caption = caption
        self.file_filter = file_filter
        self.edit = _PathEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.button = QPushButton(QCoreApplication.translate("PathField", "Browse…"), self)
        self.button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)
        self.edit.textEdited.connect(self.edited)
        self.edit.dropped.connect(self.edited)
        self.button.clicked.connect(self.browse)

    def path(self) -> str:
        return self.edit.text().strip()

    def set_path(self, path: str) -> None:
        self.edit.setText(path)

    def browse(self) -> None:
        current = self.path()
        start = current or documents_dir()
        if self.save:
            chosen, _ = QFileDialog.getSaveFileName(self, self.caption, start, self.file_filter)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.caption, start, self.file_filter)
        if chosen:
            self.edit.setText(chosen)
            self.edited.emit(chosen)


class MessageLine(QWidget):
    """One inline message with a standard icon: a problem to fix, or a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setFixedWidth(size)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumHeight(self.text.fontMetrics().height() * 2)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0)
        layout.addWidget(self.text, 1)
        self.kind = ""
        self.show_message("", "")

    def show_message(self, text: str, kind: str = "info") -> None:
        """``kind``: 'error' (it blocks OK), 'warning' or 'info'; empty text clears it.

        The line keeps its height when empty, so the dialog does not jump.
        """
        self.kind = kind if text else ""
        self.text.setText(text)
        self.text.setAccessibleName(text)
        icons = {
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
        }
        if text and kind in icons:
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            self.icon.setPixmap(self.style().standardIcon(icons[kind]).pixmap(size, size))
        else:
            self.icon.clear()
