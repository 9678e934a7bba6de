"""The current pair, large: both sides' sentences, their flags, and sentence tools.

The sentence boxes get the room: the list of the pair's flags and suspects
below them is as tall as its lines up to a share of the pane, and scrolls
beyond that, so a pair with a dozen suspects leaves the text usable.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.edits.flags import SpanRef

from .core_text import reason_text
from .grid_delegate import category_colour
from .grid_model import GridRow, category_label, severity_label, status_label
from .sentence_editor import SentenceEditor

FONT_SCALE = 1.25
EDITOR_MIN_LINES = 3  # a sentence box never shows fewer lines than this
FLAGS_SHARE = 0.3  # the flag list takes at most this share of the pane's height,
FLAGS_MIN_LINES = 2  # but may always show this many lines


class DetailPane(QWidget):
    sentenceEdited = Signal(int, str)  # noqa: N815 (Qt signal naming)
    splitRequested = Signal(int, int)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: GridRow | None = None
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.src = SentenceEditor("src")
        self.tgt = SentenceEditor("tgt")
        self.src.setObjectName("englishText")
        self.tgt.setObjectName("koreanText")
        self._active = self.src
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * FONT_SCALE)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for editor, title in ((self.src, self.tr("English")), (self.tgt, self.tr("Korean"))):
            editor.setFont(big)
            margins = 2 * (editor.frameWidth() + round(editor.document().documentMargin()))
            editor.setMinimumHeight(EDITOR_MIN_LINES * QFontMetrics(big).lineSpacing() + margins)
            editor.sentenceEdited.connect(self.sentenceEdited)
            editor.splitRequested.connect(self.splitRequested)
            editor.activated.connect(lambda e=editor: self._activate(e))
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            label = QLabel(title)
            label.setBuddy(editor)
            column.addWidget(label)
            column.addWidget(editor)
            splitter.addWidget(box)
        self.flag_list = QLabel()
        self.flag_list.setWordWrap(True)
        self.flag_list.setTextFormat(Qt.TextFormat.RichText)
        self.flag_list.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.flag_scroll = QScrollArea()
        self.flag_scroll.setObjectName("flagList")
        self.flag_scroll.setWidget(self.flag_list)
        self.flag_scroll.setWidgetResizable(True)
        self.flag_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.flag_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.flag_scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.tools = QHBoxLayout()
        self.tools.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addLayout(self.tools)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.flag_scroll)
        self.show_row(None, None, 0, read_only=True)

    def add_tools(self, actions: list[QAction]) -> None:
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.tools.addWidget(button)

    def _activate(self, editor: SentenceEditor) -> None:
        self._active = editor

    # ----------------------------------------------------------- showing
    @property
    def bead_id(self) -> int | None:
        return None if self.row is None else self.row.bead.id

    def show_row(
        self, row: GridRow | None, position: int | None, total: int, *, read_only: bool
    ) -> None:
        self.row = row
        if row is None:
            self.header.setText(self.tr("No pair selected"))
            for editor in (self.src, self.tgt):
                editor.load((), (), (), read_only=True)
            self.flag_list.clear()
            self.flag_scroll.hide()
            return
        bead = row.bead
        parts = [
            self.tr("Pair %1 of %2")
            .replace("%1", f"{(position or 0) + 1:,}")
            .replace("%2", f"{total:,}")
        ]
        parts.append(bead.kind)
        score = "—" if bead.score is None else f"{round(bead.score * 100)}%"
        parts.append(self.tr("confidence %1").replace("%1", score))
        parts.append(status_label(bead.status))
        if bead.pinned:
            parts.append(self.tr("⚓ pinned"))
        self.header.setText("  ·  ".join(parts))
        self.src.load(bead.src, row.src_breaks, bead.flags, read_only=read_only)
        self.tgt.load(bead.tgt, row.tgt_breaks, bead.flags, read_only=read_only)
        self._show_flags(row)

    def _show_flags(self, row: GridRow) -> None:
        lines = []
        for flag in (*row.bead.open_flags, *row.bead.suspects):
            colour = category_colour(flag.category).name()
            kind = self.tr("suspect") if flag.status == "suspect" else self.tr("flag")
            quoted = " / ".join(html.escape(s.text) for s in flag.spans if s.text)
            text = (
                f'<span style="color:{colour}">■</span>'
                f" <b>{html.escape(category_label(flag.category))}</b>"
                f" ({html.escape(severity_label(flag.severity))}, {kind})"
            )
            if quoted:
                text += f" “{quoted}”"
            if flag.note:
                text += f" — {html.escape(reason_text(flag.note))}"
            if flag.suggestion:
                text += f" → <i>{html.escape(reason_text(flag.suggestion))}</i>"
            lines.append(text)
        self.flag_list.setText("<br>".join(lines))
        self.flag_scroll.setVisible(bool(lines))
        self.flag_scroll.verticalScrollBar().setValue(0)
        self._fit_flags()

    def _fit_flags(self) -> None:
        """As tall as the flag lines, up to FLAGS_SHARE of the pane; the rest scrolls."""
        if self.flag_scroll.isHidden():
            return
        margins = self.layout().contentsMargins()
        width = max(1, self.width() - margins.left() - margins.right())
        content = self.flag_list.heightForWidth(width)
        line = QFontMetrics(self.flag_list.font()).lineSpacing()
        cap = max(FLAGS_MIN_LINES * line, int(FLAGS_SHARE * self.height()))
        if content > cap:  # a scroll bar takes some of the width; show whole lines only
            bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            content = self._whole_lines(max(1, width - bar), cap)
        self.flag_scroll.setFixedHeight(min(content, cap))

    def _whole_lines(self, width: int, cap: int) -> int:
        """The height of the flag list's first lines that fit in ``cap`` whole.

        Lines differ in height (a Hangul line is taller), so they are measured.
        """
        document = QTextDocument()
        document.setDefaultFont(self.flag_list.font())
        document.setDocumentMargin(0)
        document.setHtml(self.flag_list.text())
        document.setTextWidth(width)
        document.size()  # lays the lines out
        fit = 0
        block = document.begin()
        while block.isValid():
            layout = block.layout()
            top = layout.position().y()
            for k in range(layout.lineCount()):
                bottom = math.ceil(top + layout.lineAt(k).rect().bottom())
                if bottom > cap:
                    return fit or cap
                fit = bottom
            block = block.next()
        return fit or cap

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_flags()

    # ----------------------------------------------------------- reading the editor's intent
    def active_editor(self) -> SentenceEditor:
        return self._active

    def current_segment(self) -> tuple[int, int] | None:
        """The sentence (and offset) under the cursor of the side last used."""
        found = self._active.segment_at_cursor()
        if found is None:
            other = self.tgt if self._active is self.src else self.src
            found = other.segment_at_cursor()
        return found

    def selected_spans(self) -> list[SpanRef]:
        return self.src.selected_spans() + self.tgt.selected_spans()

    def commit_pending(self) -> None:
        """Commit typed changes on both sides (collected first: each commit reloads the pane)."""
        for segment_id, text in self.src.pending() + self.tgt.pending():
            self.sentenceEdited.emit(segment_id, text)
