"""One side of the current pair, one sentence per text block, editable in place.

Typing changes a sentence; leaving the sentence (or the editor) commits it as
one ``edit_text``. Enter splits the sentence at the cursor. Block structure is
protected: nothing typed or pasted can merge two sentences or add a line.
Flag spans are shown as extra selections, so highlighting never alters text.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from reviewer.edits.flags import SpanRef
from reviewer.store.rows import FlagRow, SegmentRow

from .core_text import reason_text
from .grid_delegate import category_colour
from .grid_model import category_label, severity_label

GUTTER = 26


class SentenceEditor(QTextEdit):
    sentenceEdited = Signal(int, str)  # noqa: N815 (Qt signal naming)
    splitRequested = Signal(int, int)  # noqa: N815 (Qt signal naming)
    activated = Signal()  # got focus: the pane's "current side"

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setAcceptRichText(False)
        self.setAcceptDrops(False)
        self.setTabChangesFocus(True)
        self._segments: list[SegmentRow] = []
        self._breaks: list[bool] = []
        self._flags: tuple[FlagRow, ...] = ()
        self._read_only = False
        self._loading = False
        self._last_block = 0
        self.cursorPositionChanged.connect(self._cursor_moved)

    # ----------------------------------------------------------- content
    def load(
        self,
        segments: tuple[SegmentRow, ...],
        breaks: tuple[bool, ...],
        flags: tuple[FlagRow, ...],
        *,
        read_only: bool,
    ) -> None:
        """Show a bead's sentences, keeping the cursor where it was when they are the same."""
        same = [s.id for s in segments] == [s.id for s in self._segments]
        block, offset = self._cursor_place()
        self._loading = True
        try:
            self._segments = list(segments)
            self._breaks = list(breaks)
            self._flags = flags
            self._read_only = read_only
            self.setReadOnly(read_only or not segments)
            document = self.document()
            # Loading is no edit: with undo off, Ctrl+Z in the box undoes only what
            # the editor typed, never the sentences themselves (it emptied them).
            document.setUndoRedoEnabled(False)
            document.clear()
            cursor = QTextCursor(document)
            for k, segment in enumerate(segments):
                fmt = QTextBlockFormat()
                fmt.setLeftMargin(GUTTER)
                fmt.setBottomMargin(6)
                fmt.setTopMargin(10 if k and breaks[k] else 0)
                if k:
                    cursor.insertBlock(fmt)
                else:
                    cursor.setBlockFormat(fmt)
                cursor.insertText(segment.text, QTextCharFormat())
            if not segments:
                self.setPlaceholderText(self.tr("— no counterpart —"))
            self._highlight(flags)
            if same:
                self._place_cursor(block, offset)
            else:
                self.moveCursor(QTextCursor.MoveOperation.Start)
            self._last_block = self.textCursor().blockNumber()
        finally:
            self.document().setUndoRedoEnabled(True)
            self._loading = False
        self.viewport().update()

    def _highlight(self, flags: tuple[FlagRow, ...]) -> None:
        selections = []
        starts = {
            s.id: self.document().findBlockByNumber(k).position()
            for k, s in enumerate(self._segments)
        }
        for flag in flags:
            if flag.status not in ("open", "suspect"):
                continue
            for span in flag.spans:
                if span.segment_id not in starts or span.end <= span.start:
                    continue
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.document())
                cursor.setPosition(starts[span.segment_id] + span.start)
                cursor.setPosition(
                    starts[span.segment_id] + span.end, QTextCursor.MoveMode.KeepAnchor
                )
                selection.cursor = cursor
                fmt = QTextCharFormat()
                colour = category_colour(flag.category)
                if flag.status == "suspect":
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                else:
                    fmt.setBackground(category_colour(flag.category, 90))
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(colour)
                category, severity = category_label(flag.category), severity_label(flag.severity)
                fmt.setToolTip(f"{category} ({severity}) {reason_text(flag.note)}".strip())
                selection.format = fmt
                selections.append(selection)
        self.setExtraSelections(selections)

    def segments(self) -> list[SegmentRow]:
        return list(self._segments)

    # ----------------------------------------------------------- cursor and selection
    def _cursor_place(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return cursor.blockNumber(), cursor.positionInBlock()

    def _place_cursor(self, block_number: int, offset: int) -> None:
        block = self.document().findBlockByNumber(
            min(block_number, self.document().blockCount() - 1)
        )
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + min(offset, block.length() - 1))
        self.setTextCursor(cursor)

    def segment_at_cursor(self) -> tuple[int, int] | None:
        """(segment id, offset in its text) of the cursor."""
        if not self._segments:
            return None
        block, offset = self._cursor_place()
        if block >= len(self._segments):
            return None
        return self._segments[block].id, offset

    def select_sentence(self, segment_id: int, start: int, end: int) -> None:
        ids = [s.id for s in self._segments]
        if segment_id not in ids:
            return
        block = self.document().findBlockByNumber(ids.index(segment_id))
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def selected_spans(self) -> list[SpanRef]:
        """The selection as spans on sentences (one per sentence it covers)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return []
        lo, hi = cursor.selectionStart(), cursor.selectionEnd()
        spans = []
        for k, segment in enumerate(self._segments):
            block = self.document().findBlockByNumber(k)
            b_lo, b_hi = block.position(), block.position() + block.length() - 1
            start, end = max(lo, b_lo), min(hi, b_hi)
            if start < end:
                spans.append(SpanRef(segment.id, start - b_lo, end - b_lo))
        return spans

    # ----------------------------------------------------------- committing
    def pending(self) -> list[tuple[int, str]]:
        """Sentences whose text differs from the stored one."""
        if self.document().blockCount() != len(self._segments):
            return []
        changed = []
        for k, segment in enumerate(self._segments):
            text = self.document().findBlockByNumber(k).text()
            if text != segment.text:
                changed.append((segment.id, text))
        return changed

    def commit(self) -> None:
        for segment_id, text in self.pending():
            self.sentenceEdited.emit(segment_id, text)

    def revert(self) -> None:
        self.load(
            tuple(self._segments), tuple(self._breaks), self._flags, read_only=self._read_only
        )

    def _cursor_moved(self) -> None:
        if self._loading:
            return
        block = self.textCursor().blockNumber()
        if block != self._last_block:
            previous, self._last_block = self._last_block, block
            if previous < len(self._segments):
                segment = self._segments[previous]
                text = self.document().findBlockByNumber(previous).text()
                if text != segment.text and self.document().blockCount() == len(self._segments):
                    self.sentenceEdited.emit(segment.id, text)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.activated.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if not self._loading:
            self.commit()

    # ----------------------------------------------------------- protecting the structure
    def _crosses_blocks(self) -> bool:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return False
        start = self.document().findBlock(cursor.selectionStart())
        end = self.document().findBlock(cursor.selectionEnd())
        return start.blockNumber() != end.blockNumber()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        cursor = self.textCursor()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
            place = self.segment_at_cursor()
            if place is not None:
                self.commit()
                self.splitRequested.emit(*place)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        if key == Qt.Key.Key_Escape:
            self.revert()
            return
        edits = bool(event.text() and event.text().isprintable()) or key in (
            Qt.Key.Key_Backspace,
            Qt.Key.Key_Delete,
        )
        edits = (
            edits
            or event.matches(QKeySequence.StandardKey.Cut)
            or event.matches(QKeySequence.StandardKey.Paste)
        )
        if edits and self._crosses_blocks():
            return
        if not cursor.hasSelection():
            if key == Qt.Key.Key_Backspace and cursor.atBlockStart():
                return
            if key == Qt.Key.Key_Delete and cursor.atBlockEnd():
                return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return source.hasText() and not self._crosses_blocks()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        if self._crosses_blocks() or not source.hasText():
            return
        text = " ".join(source.text().split())
        self.textCursor().insertText(text)

    # ----------------------------------------------------------- gutter
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._segments:
            return
        painter = QPainter(self.viewport())
        colour = QColor(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.setPen(colour)
        font = self.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.7))
        painter.setFont(font)
        layout = self.document().documentLayout()
        dy = -self.verticalScrollBar().value()
        for k in range(len(self._segments)):
            block = self.document().findBlockByNumber(k)
            rect = layout.blockBoundingRect(block)
            top = rect.top() + dy + (10 if k and self._breaks[k] else 0)
            label = ("¶" if self._breaks[k] else "") + str(k + 1)
            painter.drawText(
                QRectF(0, top, GUTTER - 4, 20),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                label,
            )
        painter.end()
