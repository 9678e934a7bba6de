"""Keyboard navigation over the grid's rows: next bead, unreviewed, low confidence, flag."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from reviewer.align.base import LOW_CONFIDENCE

from .doc_index import DocIndex
from .grid_model import GridModel
from .grid_view import GridView

Predicate = Callable[[int], bool]  # document position -> wanted?


def find_row(
    model: GridModel, doc: DocIndex, start: int, step: int, wanted: Predicate
) -> tuple[int | None, bool]:
    """First row after ``start`` (in direction ``step``) whose bead is wanted; wraps once.

    Returns (row or None, whether the search wrapped past the end).
    """
    ids = model.bead_ids()
    n = len(ids)
    if n == 0:
        return None, False
    position = doc.position
    for k in range(1, n + 1):
        row = start + step * k
        wrapped = not 0 <= row < n
        row %= n
        index = position(ids[row])
        if index is not None and wanted(index):
            return row, wrapped
    return None, False


class Navigator(QObject):
    """Moves the grid's current row; tells the status bar when it wrapped or found nothing."""

    message = Signal(str)

    def __init__(self, view: GridView, doc: DocIndex, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.doc = doc
        self.low_confidence = LOW_CONFIDENCE

    def _go(self, step: int, wanted: Predicate, what: str) -> bool:
        model = self.view.grid_model
        current = self.view.currentIndex()
        start = current.row() if current.isValid() else (-1 if step > 0 else model.rowCount())
        row, wrapped = find_row(model, self.doc, start, step, wanted)
        if row is None:
            self.message.emit(self.tr("No %1 in view").replace("%1", what))
            return False
        self.view.go_to_row(row)
        if wrapped:
            self.message.emit(self.tr("Search wrapped around the document"))
        return True

    def step(self, step: int) -> bool:
        model = self.view.grid_model
        current = self.view.currentIndex()
        row = (current.row() + step) if current.isValid() else 0
        if not 0 <= row < model.rowCount():
            return False
        self.view.go_to_row(row)
        return True

    def unreviewed(self, step: int = 1) -> bool:
        status = self.doc.status
        return self._go(step, lambda i: status[i] == "proposed", self.tr("unreviewed pair"))

    def low_confidence_pair(self, step: int = 1) -> bool:
        score, status, threshold = self.doc.score, self.doc.status, self.low_confidence

        def wanted(i: int) -> bool:
            value = score[i]
            return status[i] == "proposed" and (value is None or value < threshold)

        return self._go(step, wanted, self.tr("unreviewed low-confidence pair"))

    def flagged(self, step: int = 1) -> bool:
        ids = self.doc.ids
        return self._go(step, lambda i: bool(self.doc.open_flags(ids[i])), self.tr("flagged pair"))
