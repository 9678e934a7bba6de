"""What the window shows with no project open: new, open, and the recent projects."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import arg

PRODUCT_NAME = "Translation Reviewer"
PATH_ROLE = Qt.ItemDataRole.UserRole
MISSING_ROLE = Qt.ItemDataRole.UserRole + 1
# A double click also ends in a click: the same path within this time is one request.
REPEAT_GUARD_S = 0.8
_clock = time.monotonic


class _RecentDelegate(QStyledItemDelegate):
    """Two lines per project: its file name, then its folder in a quieter colour."""

    PAD = 6

    def sizeHint(  # noqa: N802 (Qt override)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, fm.height() * 2 + self.PAD * 3)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        missing = bool(index.data(MISSING_ROLE))
        group = QPalette.ColorGroup.Disabled if missing else QPalette.ColorGroup.Normal
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        main_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        quiet_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        path = Path(str(index.data(PATH_ROLE)))
        fm = QFontMetrics(opt.font)
        rect = opt.rect.adjusted(self.PAD * 2, self.PAD, -self.PAD * 2, -self.PAD)
        line1 = QRect(rect.left(), rect.top(), rect.width(), fm.height())
        line2 = QRect(
            rect.left(), rect.top() + fm.height() + self.PAD // 2, rect.width(), fm.height()
        )
        folder = str(path.parent)
        if missing:
            folder = arg(QCoreApplication.translate("StartScreen", "Not found: %1"), folder)

        painter.save()
        name_font = QFont(opt.font)
        name_font.setBold(not missing)
        painter.setFont(name_font)
        painter.setPen(opt.palette.color(group, main_role))
        name = QFontMetrics(name_font).elidedText(
            path.name, Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(line1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, quiet_role))
        folder = fm.elidedText(folder, Qt.TextElideMode.ElideMiddle, rect.width())
        painter.drawText(line2, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, folder)
        painter.restore()


class _RecentList(QListWidget):
    """A list whose items open on one click, or on Enter."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_RecentDelegate(self))
        self.setUniformItemSizes(True)
        self.setMouseTracking(True)
        self.setFrameShape(QListWidget.Shape.StyledPanel)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.itemClicked.connect(self._choose)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._choose(self.currentItem())
            return
        super().keyPressEvent(event)

    def _choose(self, item: QListWidgetItem) -> None:
        if item.data(MISSING_ROLE):
            return
        self.chosen.emit(str(item.data(PATH_ROLE)))


class StartScreen(QWidget):
    """Product name, New/Open buttons, the recent projects and a hint."""

    newProjectRequested = Signal()  # noqa: N815 (Qt signal naming)
    openProjectRequested = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartScreen")
        self._recent: list[str] = []
        self._last_request: tuple[str, float] = ("", 0.0)

        self.title = QLabel(PRODUCT_NAME, self)
        title_font = QFont(self.font())
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) * 2.0)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)

        self.new_button = QPushButton(self)
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.newProjectRequested)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._browse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)

        self.recent_label = QLabel(self)
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        self.recent_label.setFont(heading_font)
        self.recent_list = _RecentList(self)
        self.recent_list.chosen.connect(self._request_open)
        self.recent_label.setBuddy(self.recent_list)
        self.empty_label = QLabel(self)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(16)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent_list)
        column.addWidget(self.empty_label)
        column.addSpacing(8)
        column.addWidget(self.hint)
        column.addStretch(3)

        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(640)
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addWidget(holder, 4)
        outer.addStretch(1)

        self._retranslate()
        self.set_recent([])

    # -- public -------------------------------------------------------------

    def set_recent(self, paths: list[str]) -> None:
        """Show these project files, most recent first; missing ones greyed out."""
        self._recent = list(paths)
        self.recent_list.clear()
        for path in self._recent:
            item = QListWidgetItem(Path(path).name)
            item.setData(PATH_ROLE, path)
            self._decorate(item)
            self.recent_list.addItem(item)
        has_items = bool(self._recent)
        self.recent_list.setVisible(has_items)
        self.empty_label.setVisible(not has_items)
        if has_items:
            # Current (for the keyboard) but not selected: nothing looks chosen yet.
            self.recent_list.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._fit_list()

    def _fit_list(self) -> None:
        """As tall as its rows, up to eight; the space below stays empty."""
        rows = min(max(self.recent_list.count(), 1), 8)
        row_height = self.recent_list.sizeHintForRow(0) if self.recent_list.count() else 40
        frame = self.recent_list.frameWidth() * 2
        self.recent_list.setFixedHeight(rows * row_height + frame)

    # -- internals ----------------------------------------------------------

    def _decorate(self, item: QListWidgetItem) -> None:
        path = str(item.data(PATH_ROLE))
        missing = not Path(path).is_file()
        item.setData(MISSING_ROLE, missing)
        if missing:
            item.setToolTip(arg(self.tr("This project file is no longer there:\n%1"), path))
        else:
            item.setToolTip(path)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, item.toolTip())

    def _browse(self) -> None:
        start = str(Path(self._recent[0]).parent) if self._recent else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open project"),
            start,
            self.tr("Review projects (*.rvproj);;All files (*)"),
        )
        if path:
            self._request_open(path)

    def _request_open(self, path: str) -> None:
        now = _clock()
        last_path, last_time = self._last_request
        if path == last_path and now - last_time < REPEAT_GUARD_S:
            return
        self._last_request = (path, now)
        self.openProjectRequested.emit(path)

    def _retranslate(self) -> None:
        self.subtitle.setText(
            self.tr(
                "Pair English sentences with their Korean translation, review each pair, "
                "flag errors and export a translation memory."
            )
        )
        self.new_button.setText(self.tr("&New project…"))
        self.open_button.setText(self.tr("&Open project…"))
        self.recent_label.setText(self.tr("&Recent projects"))
        self.empty_label.setText(self.tr("Projects you open will be listed here."))
        self.hint.setText(
            self.tr(
                "A project file (.rvproj) keeps the aligned pairs, your decisions and flags. "
                "It is saved as you work."
            )
        )
        for row in range(self.recent_list.count()):
            self._decorate(self.recent_list.item(row))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
