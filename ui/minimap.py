"""The overview strip: status, confidence and the alignment path of the whole document.

One ``paintEvent`` paints everything. The document part is rendered once into
an image (beads aggregated per pixel row with numpy) and redrawn only when the
index changes; scrolling repaints just the viewport band and the current line.

Columns, left to right: status (green approved, red rejected), confidence
(one pair per pixel: its score, red..green; many pairs per pixel: red where
many unreviewed pairs are below LOW_CONFIDENCE), and the alignment path: how far
the Korean side has run ahead of (right) or behind (left) the English side,
as a share of each document. A straight line means the two sides advance
together; a step is where one side has sentences the other lacks. Red ticks
mark 1:0 / 0:1 pairs, amber ticks 1:2 / 2:1 pairs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reviewer.align.base import LOW_CONFIDENCE

from .doc_index import DocIndex
from .grid_delegate import confidence_colour

STATUS_W = 9
CONF_W = 9
GAP = 3
WIDTH = 70
RERENDER_MS = 200
LOW_SHARE_RED = 0.25  # a pixel row whose unreviewed pairs are this often low is red


GREEN, AMBER, RED = QColor(40, 170, 70), QColor(230, 150, 20), QColor(220, 50, 50)


@dataclass(frozen=True)
class PixelRows:
    """The document folded onto pixel rows (each row stands for one or more beads)."""

    approved: np.ndarray  # share of approved beads
    rejected: np.ndarray  # share of rejected beads
    confidence: np.ndarray  # a bead's score, or 1 - share of low-confidence beads; -1 unknown
    drift: np.ndarray  # Korean progress minus English progress at the row's end
    nulls: np.ndarray  # tick strength (0..1) for 1:0 / 0:1 pairs
    merges: np.ndarray  # tick strength for 1:2 / 2:1 pairs


def _tick_strength(share: np.ndarray) -> np.ndarray:
    """Shares relative to the document's average: clusters stand out, scatter fades."""
    mean = float(share.mean())
    if mean <= 0:
        return share
    strength = np.clip(share / max(3 * mean, 1e-9), 0.25, 1.0)
    return np.where(share > 0, strength, 0.0)


def aggregate(doc: DocIndex, height: int) -> PixelRows:
    """Per pixel row: status shares, confidence, alignment drift and tick strengths."""
    n = len(doc)
    y = np.arange(height)
    starts = (y * n) // height
    counts = np.maximum(1, np.maximum(starts + 1, ((y + 1) * n) // height) - starts)
    ends = starts + counts
    status = np.array(doc.status, dtype=object)
    scores = np.array([-1.0 if s is None else s for s in doc.score], dtype=np.float64)
    n_src = np.array(doc.n_src, dtype=np.int64)
    n_tgt = np.array(doc.n_tgt, dtype=np.int64)

    def share(flags: np.ndarray) -> np.ndarray:
        return np.add.reduceat(flags.astype(np.int64), starts) / counts

    if n <= height:
        confidence = scores[starts]
    else:
        low = share((scores < LOW_CONFIDENCE) & (status == "proposed"))
        confidence = 1.0 - np.minimum(1.0, low / LOW_SHARE_RED)
    cum_src = np.cumsum(n_src) / max(1, int(n_src.sum()))
    cum_tgt = np.cumsum(n_tgt) / max(1, int(n_tgt.sum()))
    return PixelRows(
        approved=share(status == "approved"),
        rejected=share(status == "rejected"),
        confidence=confidence,
        drift=(cum_tgt - cum_src)[ends - 1],
        nulls=_tick_strength(share((n_src == 0) | (n_tgt == 0))),
        merges=_tick_strength(share((n_src > 1) | (n_tgt > 1))),
    )


class Minimap(QWidget):
    positionClicked = Signal(int)  # noqa: N815 (Qt signal naming)

    def __init__(self, index: DocIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = index
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(WIDTH)
        self.setMouseTracking(False)
        self._image: QImage | None = None
        self._key: tuple[int, int, float] | None = None
        self._band = (0, 0)
        self._current: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RERENDER_MS)
        self._timer.timeout.connect(self._rerender)
        self.setToolTip(
            self.tr(
                "Overview of the whole document. Left: status (green approved, red rejected). "
                "Middle: confidence (red where unreviewed pairs are unsure). "
                "Right: the alignment path; "
                "it moves sideways where one side has sentences the other lacks. "
                "Red ticks: pairs with no counterpart; amber: 1:2 or 2:1 pairs. Click to jump."
            )
        )

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(WIDTH, 400)

    def set_band(self, first: int, last: int, current: int | None) -> None:
        """Document positions shown in the grid, and the current one."""
        if (first, last) != self._band or current != self._current:
            self._band = (first, last)
            self._current = current
            self.update()

    def invalidate(self) -> None:
        """Re-render soon: a burst of edits costs one render, not one each."""
        if not self._timer.isActive():
            self._timer.start()

    def _rerender(self) -> None:
        self._key = None
        self.update()

    # ----------------------------------------------------------- rendering
    def _render(self) -> QImage:
        ratio = self.devicePixelRatioF()
        width, height = self.width(), max(1, self.height())
        image = QImage(
            round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32_Premultiplied
        )
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        n = len(self.doc)
        if n == 0:
            return image
        painter = QPainter(image)
        rows = aggregate(self.doc, height)
        neutral = QColor(self.palette().color(QPalette.ColorRole.Text))
        neutral.setAlpha(35)
        conf_x = STATUS_W + 1
        for row in range(height):
            if rows.rejected[row] > 0:
                colour = QColor(RED)
                colour.setAlpha(round(110 + 145 * min(1.0, rows.rejected[row] * 4)))
            elif rows.approved[row] > 0:
                colour = QColor(GREEN)
                colour.setAlpha(round(80 + 175 * rows.approved[row]))
            else:
                colour = neutral
            painter.fillRect(0, row, STATUS_W, 1, colour)
            score = rows.confidence[row]
            painter.fillRect(
                conf_x, row, CONF_W, 1, confidence_colour(None if score < 0 else score)
            )
        self._paint_path(painter, height, rows)
        painter.end()
        return image

    def _paint_path(self, painter: QPainter, height: int, rows: PixelRows) -> None:
        left = STATUS_W + CONF_W + 2 + GAP
        width = self.width() - left - 6
        centre = left + width / 2
        axis = QColor(self.palette().color(QPalette.ColorRole.Text))
        axis.setAlpha(60)
        painter.setPen(QPen(axis, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(centre, 0), QPointF(centre, height))
        scale = max(float(np.abs(rows.drift).max()), 0.02)
        xs = centre + rows.drift / scale * (width / 2 - 1)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 1.4))
        painter.drawPolyline([QPointF(float(xs[row]), row + 0.5) for row in range(height)])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        tick_x = self.width() - 5
        for strength, base in ((rows.merges, AMBER), (rows.nulls, RED)):
            for row in np.flatnonzero(strength):
                colour = QColor(base)
                colour.setAlphaF(float(strength[row]))
                painter.fillRect(tick_x, int(row), 5, 1, colour)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        key = (self.width(), self.height(), self.devicePixelRatioF())
        if self._image is None or key != self._key:
            self._image = self._render()
            self._key = key
        painter = QPainter(self)
        painter.drawImage(0, 0, self._image)
        n = len(self.doc)
        if n:
            height = self.height()
            first, last = self._band
            top = int(first * height / n)
            bottom = max(top + 2, int((last + 1) * height / n))
            highlight = self.palette().color(QPalette.ColorRole.Highlight)
            band = QColor(highlight)
            band.setAlpha(28)
            painter.setPen(QPen(highlight, 1))
            painter.setBrush(band)
            painter.drawRect(QRect(0, top, self.width() - 1, bottom - top - 1))
            if self._current is not None:
                y = int((self._current + 0.5) * height / n)
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
                painter.drawLine(0, y, self.width(), y)
        painter.end()

    # ----------------------------------------------------------- clicking
    def _position_at(self, y: float) -> int:
        n = len(self.doc)
        return max(0, min(n - 1, int(y * n / max(1, self.height()))))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and len(self.doc):
            self.positionClicked.emit(self._position_at(event.position().y()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton and len(self.doc):
            self.positionClicked.emit(self._position_at(event.position().y()))
