"""The alignment grid: a QTableView whose row heights are measured lazily.

``resizeRowsToContents`` over 100,000 rows would take seconds, so every row
starts at a uniform height and only rows that scroll into view are measured
(through the delegate) and resized. Scrolling is per item, so measuring the
rows on screen never moves the row at the top.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .grid_delegate import PAD, GridDelegate
from .grid_model import CONF, FLAGS, KIND, SRC, STATUS, TGT, GridModel


class GridView(QTableView):
    currentBeadChanged = Signal(int)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate = GridDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setAlternatingRowColors(False)
        self.setSortingEnabled(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        vertical.setMinimumSectionSize(8)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._heights: dict[int, int] = {}  # bead id -> measured height
        self._timer = QTimer(self)  # owned: it dies with the view
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._measure_and_follow)
        # Keep the current row on screen through resizes, until the editor scrolls away.
        self._follow = False
        self.verticalScrollBar().actionTriggered.connect(self._scrolled_by_hand)
        self.verticalScrollBar().valueChanged.connect(self.schedule_measure)
        self.horizontalHeader().sectionResized.connect(self._columns_resized)

    @property
    def grid_model(self) -> GridModel:
        model = self.model()
        assert isinstance(model, GridModel)
        return model

    def setModel(self, model: GridModel) -> None:  # type: ignore[override]  # noqa: N802
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SRC, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TGT, QHeaderView.ResizeMode.Stretch)
        metrics = QFontMetrics(self.font())
        header.resizeSection(KIND, metrics.horizontalAdvance("8:8 ") + 2 * PAD + 6)
        header.resizeSection(CONF, metrics.horizontalAdvance("100%") + 2 * PAD + 14)
        header.resizeSection(STATUS, metrics.horizontalAdvance("✓ approved") + 2 * PAD + 14)
        header.resizeSection(FLAGS, metrics.horizontalAdvance("⚑99 ?99") + 2 * PAD + 16)
        self.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() * 2 + 2 * PAD + 1)
        self._heights.clear()
        model.rowsInserted.connect(self.schedule_measure)
        model.rowsRemoved.connect(self.schedule_measure)
        model.modelReset.connect(self._forget)
        model.dataChanged.connect(self._data_changed)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        self.schedule_measure()

    # ----------------------------------------------------------- current bead
    def current_bead(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.grid_model.bead_id(index.row())

    def selected_beads(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if not rows:
            current = self.current_bead()
            return [] if current is None else [current]
        return [self.grid_model.bead_id(r) for r in rows]

    def go_to_row(self, row: int, *, select: bool = True) -> None:
        """Make ``row`` current, scroll it into view and measure what is shown."""
        model = self.grid_model
        if not 0 <= row < model.rowCount():
            return
        index = model.index(row, SRC)
        flags = QItemSelectionModel.SelectionFlag.NoUpdate
        if select:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self.show_whole_row(index)
        self._follow = True

    def _scrolled_by_hand(self, _action: int) -> None:
        self._follow = False

    def show_whole_row(self, index: QModelIndex) -> None:
        """Scroll until the row is entirely on screen (rows grow as they are measured)."""
        Hint = QAbstractItemView.ScrollHint  # noqa: N806
        for _ in range(4):
            self.measure_visible()
            rect = self.visualRect(index)
            height = self.viewport().height()
            if rect.top() >= 0 and rect.bottom() <= height:
                return
            below = rect.top() >= 0 and rect.height() <= height
            self.scrollTo(index, Hint.PositionAtBottom if below else Hint.PositionAtTop)

    def go_to_bead(self, bead_id: int) -> bool:
        row = self.grid_model.row_of(bead_id)
        if row is None:
            return False
        self.go_to_row(row)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._follow = True
        if current.isValid():
            self.currentBeadChanged.emit(self.grid_model.bead_id(current.row()))
        else:
            self.currentBeadChanged.emit(-1)

    # ----------------------------------------------------------- lazy heights
    def schedule_measure(self, *_args: object) -> None:
        self._timer.start()

    def _measure_and_follow(self) -> None:
        if self._follow and self.currentIndex().isValid():
            self.show_whole_row(self.currentIndex())
        else:
            self.measure_visible()

    def measure_visible(self) -> None:
        """Give every row on screen its measured height (three passes settle it)."""
        model = self.model()
        if not isinstance(model, GridModel) or model.rowCount() == 0:
            return
        header = self.verticalHeader()
        widths = {c: self.columnWidth(c) for c in (SRC, TGT)}
        font = self.font()
        for _ in range(3):
            first = max(0, self.rowAt(0))
            last = self.rowAt(self.viewport().height() - 1)
            if last < 0:
                last = min(model.rowCount() - 1, first + self.viewport().height() // 8)
            changed = False
            for row in range(first, last + 1):
                bead_id = model.bead_id(row)
                height = self._heights.get(bead_id)
                if height is None:
                    height = self.delegate.row_height(model.grid_row(row), widths, font)
                    self._heights[bead_id] = height
                if header.sectionSize(row) != height:
                    header.resizeSection(row, height)
                    changed = True
            if not changed:
                break

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        model = self.grid_model
        if bottom.row() - top.row() > 200:
            self._heights.clear()
        else:
            for row in range(top.row(), bottom.row() + 1):
                self._heights.pop(model.bead_id(row), None)
        self.schedule_measure()

    def _forget(self) -> None:
        self._heights.clear()
        self.schedule_measure()

    def _columns_resized(self, column: int, _old: int, _new: int) -> None:
        if column in (SRC, TGT):
            self._forget()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.schedule_measure()
