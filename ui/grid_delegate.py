"""Painting of grid cells: wrapped texts with paragraph marks and flag highlights,
the confidence bar, status and flag badges. No widgets per row: one delegate
paints every visible cell, and measures a row's height only when asked.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reviewer.align.base import LOW_CONFIDENCE
from reviewer.store.rows import FlagRow

from .grid_model import (
    CONF,
    FLAGS,
    KIND,
    SRC,
    STATUS,
    TGT,
    BeadDataRole,
    GridRow,
    kind_tint,
    status_label,
)

PAD = 4
MAX_LINES = 10
PARA_MARK = "¶ "

CATEGORY_COLOURS = {
    "mistranslation": QColor(230, 70, 70),
    "omission": QColor(200, 90, 220),
    "addition": QColor(150, 100, 240),
    "untranslated": QColor(240, 120, 40),
    "terminology": QColor(40, 150, 230),
    "grammar": QColor(40, 180, 160),
    "spelling": QColor(120, 180, 40),
    "punctuation": QColor(150, 150, 150),
    "style": QColor(220, 180, 30),
    "locale convention": QColor(60, 120, 200),
}
SEVERITY_COLOURS = {
    "minor": QColor(225, 180, 40),
    "major": QColor(235, 120, 30),
    "critical": QColor(215, 45, 45),
}


def category_colour(category: str, alpha: int = 255) -> QColor:
    colour = QColor(CATEGORY_COLOURS.get(category, QColor(200, 120, 60)))
    colour.setAlpha(alpha)
    return colour


def confidence_colour(score: float | None) -> QColor:
    """Red at 0, yellow at LOW_CONFIDENCE, green at 1: a low pair is never yellow-green."""
    if score is None:
        return QColor(150, 150, 150)
    score = max(0.0, min(1.0, score))
    if score < LOW_CONFIDENCE:
        hue = math.floor(60 * score / LOW_CONFIDENCE)
    else:
        hue = 60 + round(60 * (score - LOW_CONFIDENCE) / (1 - LOW_CONFIDENCE))
    return QColor.fromHsv(hue, 190, 215)


def muted(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.PlaceholderText)


def compose(row: GridRow, side: str) -> tuple[str, list[tuple[int, int]], dict[int, int]]:
    """One side's text with paragraph marks; returns text, mark ranges, segment starts."""
    parts: list[str] = []
    marks: list[tuple[int, int]] = []
    starts: dict[int, int] = {}
    offset = 0
    for segment, para in zip(row.bead.side(side), row.breaks(side), strict=True):
        if parts:
            parts.append(" ")
            offset += 1
        if para:
            marks.append((offset, len(PARA_MARK)))
            parts.append(PARA_MARK)
            offset += len(PARA_MARK)
        starts[segment.id] = offset
        parts.append(segment.text)
        offset += len(segment.text)
    return "".join(parts), marks, starts


def flag_ranges(
    flags: tuple[FlagRow, ...], side: str, starts: dict[int, int]
) -> list[tuple[int, int, FlagRow]]:
    result = []
    for flag in flags:
        if flag.status not in ("open", "suspect"):
            continue
        for span in flag.spans:
            if span.side == side and span.segment_id in starts and span.end > span.start:
                result.append((starts[span.segment_id] + span.start, span.end - span.start, flag))
    return result


def text_layout(row: GridRow, side: str, font: QFont, width: int, palette: QPalette) -> QTextLayout:
    text, marks, starts = compose(row, side)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    formats = []
    for start, length in marks:
        fmt = QTextCharFormat()
        fmt.setForeground(muted(palette))
        formats.append(_range(start, length, fmt))
    for start, length, flag in flag_ranges(row.bead.flags, side, starts):
        fmt = QTextCharFormat()
        colour = category_colour(flag.category)
        if flag.status == "suspect":
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(colour)
        else:
            fmt.setBackground(category_colour(flag.category, 90))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(colour)
        formats.append(_range(start, length, fmt))
    layout.setFormats(formats)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(10, width))
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def _range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    found = QTextLayout.FormatRange()
    found.start, found.length, found.format = start, length, fmt
    return found


class GridDelegate(QStyledItemDelegate):
    """Paints every column; ``row_height`` measures one row for the view's lazy sizing."""

    def row_height(self, row: GridRow, widths: dict[int, int], font: QFont) -> int:
        """Height of the row's tallest side, from the laid-out lines themselves.

        Hangul falls back to the bundled font, whose lines are taller than the
        base font's ``lineSpacing``: counting lines would clip Korean text.
        """
        height = float(QFontMetrics(font).lineSpacing())
        palette = QApplication.palette()
        for column, side in ((SRC, "src"), (TGT, "tgt")):
            if not row.bead.side(side):
                continue
            layout = text_layout(row, side, font, widths[column] - 2 * PAD, palette)
            shown = min(layout.lineCount(), MAX_LINES)
            height = max(height, sum(layout.lineAt(i).height() for i in range(shown)))
        return math.ceil(height) + 2 * PAD + 1

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # No initStyleOption: it asks the model for a dozen roles per cell; the
        # panel needs only the selection state (already in ``option``) and the tint.
        opt = QStyleOptionViewItem(option)
        row: GridRow = index.data(BeadDataRole)
        tint = kind_tint(row.bead.kind)
        if tint is not None:
            opt.backgroundBrush = QBrush(tint)
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = QPalette(opt.palette)
        if selected:
            palette.setColor(
                QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText)
            )
        painter.save()
        painter.setClipRect(opt.rect)
        column = index.column()
        rect = opt.rect.adjusted(PAD, PAD, -PAD, -PAD)
        if column in (SRC, TGT):
            side = "src" if column == SRC else "tgt"
            self._paint_text(
                painter=painter, rect=rect, row=row, side=side, opt=opt, palette=palette
            )
        elif column == KIND:
            self._paint_kind(painter, rect, row, opt, palette)
        elif column == CONF:
            self._paint_confidence(painter, rect, row, opt, palette)
        elif column == STATUS:
            self._paint_status(painter, rect, row, opt, palette)
        elif column == FLAGS:
            self._paint_flags(painter, rect, row, opt)
        painter.restore()

    def _paint_text(
        self,
        *,
        painter: QPainter,
        rect: QRect,
        row: GridRow,
        side: str,
        opt: QStyleOptionViewItem,
        palette: QPalette,
    ) -> None:
        if row.breaks(side)[:1] == (True,):
            painter.setPen(muted(palette))
            painter.drawLine(opt.rect.left(), opt.rect.top(), opt.rect.right(), opt.rect.top())
        if not row.bead.side(side):
            font = QFont(opt.font)
            font.setItalic(True)
            painter.setFont(font)
            painter.setPen(muted(palette))
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                QCoreApplication.translate("GridDelegate", "— no counterpart —"),
            )
            return
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        layout = text_layout(row, side, opt.font, rect.width(), palette)
        metrics = QFontMetrics(opt.font)
        # Lines that fit whole, by their own laid-out heights (Hangul lines are taller).
        fit = sum(
            1
            for k in range(layout.lineCount())
            if layout.lineAt(k).y() + layout.lineAt(k).height() <= rect.height() + 0.5
        )
        fit = max(1, fit)
        text = layout.text()
        for k in range(min(fit, layout.lineCount())):
            line = layout.lineAt(k)
            origin = QPointF(rect.left(), rect.top())
            if k == fit - 1 and layout.lineCount() > fit:
                rest = text[line.textStart() :]
                elided = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, rect.width())
                y = rect.top() + line.y() + metrics.ascent()
                painter.drawText(QPointF(rect.left(), y), elided)
                break
            line.draw(painter, origin)
        # Selections other than the line draws need the formats: draw with them.

    def _paint_kind(
        self,
        painter: QPainter,
        rect: QRect,
        row: GridRow,
        opt: QStyleOptionViewItem,
        palette: QPalette,
    ) -> None:
        bead = row.bead
        font = QFont(opt.font)
        font.setBold(bead.kind != "1:1")
        painter.setFont(font)
        painter.setPen(
            palette.color(QPalette.ColorRole.Text) if bead.kind != "1:1" else muted(palette)
        )
        painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, bead.kind)
        if bead.pinned:
            line = QFontMetrics(font).lineSpacing()
            below = rect.adjusted(0, line, 0, 0)
            painter.setFont(opt.font)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, "⚓")

    def _paint_confidence(
        self,
        painter: QPainter,
        rect: QRect,
        row: GridRow,
        opt: QStyleOptionViewItem,
        palette: QPalette,
    ) -> None:
        score = row.bead.score
        metrics = QFontMetrics(opt.font)
        bar = QRect(rect.left(), rect.top() + metrics.height() + 2, rect.width(), 5)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QColor(palette.color(QPalette.ColorRole.Text))
        track.setAlpha(40)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 2, 2)
        if score is not None:
            filled = QRect(bar)
            filled.setWidth(max(2, round(bar.width() * max(0.0, min(1.0, score)))))
            painter.setBrush(confidence_colour(score))
            painter.drawRoundedRect(filled, 2, 2)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        label = "—" if score is None else f"{round(score * 100)}%"
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, label)

    def _paint_status(
        self,
        painter: QPainter,
        rect: QRect,
        row: GridRow,
        opt: QStyleOptionViewItem,
        palette: QPalette,
    ) -> None:
        status = row.bead.status
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colours = {"approved": QColor(40, 160, 70), "rejected": QColor(215, 50, 50)}
        marks = {"approved": "✓ ", "rejected": "✗ ", "proposed": ""}
        colour = colours.get(status, muted(palette))
        if selected:
            colour = palette.color(QPalette.ColorRole.Text)
        font = QFont(opt.font)
        font.setBold(status != "proposed")
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            marks.get(status, "") + status_label(status),
        )

    def _paint_flags(
        self, painter: QPainter, rect: QRect, row: GridRow, opt: QStyleOptionViewItem
    ) -> None:
        bead = row.bead
        metrics = QFontMetrics(opt.font)
        x = rect.left()
        height = metrics.height()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for flags, filled in ((bead.open_flags, True), (bead.suspects, False)):
            if not flags:
                continue
            worst = max(
                flags,
                key=lambda f: (
                    ("minor", "major", "critical").index(f.severity)
                    if f.severity in ("minor", "major", "critical")
                    else 0
                ),
            )
            colour = SEVERITY_COLOURS.get(worst.severity, QColor(200, 120, 60))
            label = f"⚑{len(flags)}" if filled else f"?{len(flags)}"
            width = metrics.horizontalAdvance(label) + 8
            badge = QRect(x, rect.top(), width, height)
            if filled:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(badge, height / 2, height / 2)
                painter.setPen(QColor(255, 255, 255))
            else:
                painter.setPen(colour)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(badge.adjusted(0, 0, -1, -1), height / 2, height / 2)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
            x += width + 3
