"""The filter and search bar above the grid; emits a FilterSpec."""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from reviewer.qa.model import Category

from .doc_index import FilterSpec
from .grid_model import category_label

TYPING_DELAY_MS = 250


class FilterBar(QWidget):
    filterChanged = Signal(object)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        for label, value in (
            (self.tr("Any status"), ""),
            (self.tr("Proposed"), "proposed"),
            (self.tr("Approved"), "approved"),
            (self.tr("Rejected"), "rejected"),
        ):
            self.status.addItem(label, value)
        self.flag = QComboBox()
        self.flag.setObjectName("flagFilter")
        self.flag.addItem(self.tr("Any flags"), "")
        self.flag.addItem(self.tr("Flagged or suspect"), "@any")
        self.flag.addItem(self.tr("QA suspects"), "@suspect")
        for category in Category:
            self.flag.addItem(category_label(category.value), category.value)
        self.min_conf = self._percent_box(0)
        self.max_conf = self._percent_box(100)
        self.min_conf.setObjectName("minConfidence")
        self.max_conf.setObjectName("maxConfidence")
        self.text = QLineEdit()
        self.text.setObjectName("searchText")
        self.text.setPlaceholderText(self.tr("Search text…"))
        self.text.setClearButtonEnabled(True)
        # Which side, spaces and regular expressions: one menu button, so the bar
        # (and the window) can stay narrow; its label shows what is on.
        self.options = QPushButton()  # its menu arrow is part of its size, unlike a tool button's
        self.options.setObjectName("searchOptions")
        self.options.setToolTip(self.tr("Where and how the search looks"))
        menu = QMenu(self.options)
        self.sides = QActionGroup(self)
        for label, value in (
            (self.tr("Both sides"), "both"),
            (self.tr("English"), "src"),
            (self.tr("Korean"), "tgt"),
        ):
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setData(value)
            self.sides.addAction(action)
        self.sides.actions()[0].setChecked(True)
        menu.addSeparator()
        self.spaces = menu.addAction(self.tr("Ignore spaces"))
        self.spaces.setObjectName("searchIgnoreSpaces")
        self.spaces.setCheckable(True)
        self.spaces.setToolTip(
            self.tr("Find a word however it is spaced: 국방장관 finds 국방 장관 too")
        )
        menu.setToolTipsVisible(True)
        self.regex = menu.addAction(self.tr("Regular expression"))
        self.regex.setObjectName("searchRegex")
        self.regex.setCheckable(True)
        self.options.setMenu(menu)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Show every pair again"))
        self.clear_button.clicked.connect(self.clear)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.status)
        layout.addWidget(self.flag)
        confidence = QLabel(self.tr("Conf."))
        confidence.setToolTip(self.tr("Confidence range, in percent"))
        layout.addWidget(confidence)
        layout.addWidget(self.min_conf)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.max_conf)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.options)
        layout.addWidget(self.clear_button)
        self.sides.triggered.connect(self._emit)
        for combo in (self.status, self.flag):
            combo.currentIndexChanged.connect(self._emit)
            # Full width when there is room, but the window may still be narrow.
            combo.setMinimumWidth(64)
        self.text.setMinimumWidth(80)
        for box in (self.min_conf, self.max_conf):
            box.valueChanged.connect(self._timer.start)
        self.regex.toggled.connect(self._emit)
        self.spaces.toggled.connect(self._emit)
        self._show_options()
        self.text.textChanged.connect(self._timer.start)
        self.text.returnPressed.connect(self._emit)

    def _percent_box(self, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 100)
        box.setSuffix("%")
        box.setValue(value)
        return box

    def spec(self) -> FilterSpec:
        low, high = sorted((self.min_conf.value(), self.max_conf.value()))
        return FilterSpec(
            status=self.status.currentData(),
            flag=self.flag.currentData(),
            min_conf=low,
            max_conf=high,
            text=self.text.text(),
            regex=self.regex.isChecked(),
            side=self.side(),
            ignore_spaces=self.spaces.isChecked(),
        )

    def side(self) -> str:
        checked = self.sides.checkedAction()
        return "both" if checked is None else str(checked.data())

    def _show_options(self) -> None:
        """The button's label: the side searched, then what else is on."""
        checked = self.sides.checkedAction()
        parts = [checked.text() if checked is not None else ""]
        # A regular expression says itself where spaces may stand.
        self.spaces.setEnabled(not self.regex.isChecked())
        if self.spaces.isChecked() and self.spaces.isEnabled():
            parts.append(self.tr("no spaces"))
        if self.regex.isChecked():
            parts.append(self.tr("regex"))
        self.options.setText(" · ".join(parts))

    def set_spec(self, spec: FilterSpec) -> None:
        """Show ``spec`` without emitting (restoring a project's filters)."""
        widgets = (
            self.status,
            self.flag,
            self.sides,
            self.min_conf,
            self.max_conf,
            self.text,
            self.regex,
            self.spaces,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for combo, value in ((self.status, spec.status), (self.flag, spec.flag)):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            sides = self.sides.actions()
            next((a for a in sides if a.data() == spec.side), sides[0]).setChecked(True)
            self.min_conf.setValue(spec.min_conf)
            self.max_conf.setValue(spec.max_conf)
            self.text.setText(spec.text)
            self.regex.setChecked(spec.regex)
            self.spaces.setChecked(spec.ignore_spaces)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._show_options()
        self._show_validity(spec)

    def clear(self) -> None:
        self.set_spec(FilterSpec())
        self._emit()

    def focus_search(self) -> None:
        self.text.setFocus()
        self.text.selectAll()

    def _emit(self) -> None:
        self._timer.stop()
        self._show_options()
        spec = self.spec()
        self._show_validity(spec)
        self.filterChanged.emit(spec)

    def _show_validity(self, spec: FilterSpec) -> None:
        error = ""
        if spec.regex and spec.text:
            try:
                re.compile(spec.text)
            except re.error as problem:
                error = self.tr("Invalid regular expression: %1").replace("%1", str(problem))
        self.text.setToolTip(error)
        self.text.setStyleSheet("QLineEdit { border: 1px solid #d03030; }" if error else "")
