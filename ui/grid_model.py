"""The alignment grid's model: bead ids in view order plus a lazily filled row cache.

Rows are fetched from the store in chunks only when the view asks for them,
and a ``Changes`` marks cached rows stale (Anki's browser table does the same).
Filtering and sorting compute a new id list in one pass over the DocIndex; the
model then tells the view only what differs (a removed and an inserted block)
so the current row and the selection elsewhere survive an edit.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from reviewer.edits import rescore
from reviewer.store import BeadRow, Changes, ProjectStore

from .core_text import reason_text
from .doc_index import DocIndex, FilterSpec, score_percent

Index = QModelIndex | QPersistentModelIndex

KIND, SRC, TGT, CONF, STATUS, FLAGS = range(6)
COLUMN_COUNT = 6
FETCH = 64  # rows fetched around a cache miss
CACHE_LIMIT = 4000
BeadDataRole = Qt.ItemDataRole.UserRole + 1
BeadIdRole = Qt.ItemDataRole.UserRole + 2


def status_label(status: str) -> str:
    return {
        "proposed": QCoreApplication.translate("GridModel", "proposed"),
        "approved": QCoreApplication.translate("GridModel", "approved"),
        "rejected": QCoreApplication.translate("GridModel", "rejected"),
    }.get(status, status)


# Flag categories and severities are stored in English; these are their names on screen.
_CATEGORY_NAMES = {
    "mistranslation": QT_TRANSLATE_NOOP("GridModel", "mistranslation"),
    "omission": QT_TRANSLATE_NOOP("GridModel", "omission"),
    "addition": QT_TRANSLATE_NOOP("GridModel", "addition"),
    "untranslated": QT_TRANSLATE_NOOP("GridModel", "untranslated"),
    "terminology": QT_TRANSLATE_NOOP("GridModel", "terminology"),
    "grammar": QT_TRANSLATE_NOOP("GridModel", "grammar"),
    "spelling": QT_TRANSLATE_NOOP("GridModel", "spelling"),
    "punctuation": QT_TRANSLATE_NOOP("GridModel", "punctuation"),
    "style": QT_TRANSLATE_NOOP("GridModel", "style"),
    "locale convention": QT_TRANSLATE_NOOP("GridModel", "locale convention"),
}
_SEVERITY_NAMES = {
    "minor": QT_TRANSLATE_NOOP("GridModel", "minor"),
    "major": QT_TRANSLATE_NOOP("GridModel", "major"),
    "critical": QT_TRANSLATE_NOOP("GridModel", "critical"),
}


def category_label(category: str) -> str:
    """A flag category as shown (the stored value itself in English, or if unknown)."""
    name = _CATEGORY_NAMES.get(category)
    return category if name is None else QCoreApplication.translate("GridModel", name)


def severity_label(severity: str) -> str:
    """A flag severity as shown (the stored value itself in English, or if unknown)."""
    name = _SEVERITY_NAMES.get(severity)
    return severity if name is None else QCoreApplication.translate("GridModel", name)


def kind_tint(kind: str) -> QColor | None:
    """Semi-transparent tints (they work on light and dark palettes)."""
    n_src, n_tgt = (int(x) for x in kind.split(":"))
    if n_src == 0 or n_tgt == 0:
        return QColor(220, 60, 60, 46)
    if n_src != 1 or n_tgt != 1:
        return QColor(230, 150, 20, 46)
    return None


@dataclass(frozen=True)
class GridRow:
    """A bead as the grid paints it: the row plus where paragraphs begin."""

    bead: BeadRow
    src_breaks: tuple[bool, ...]  # per source sentence: does a paragraph start here?
    tgt_breaks: tuple[bool, ...]

    def breaks(self, side: str) -> tuple[bool, ...]:
        return self.src_breaks if side == "src" else self.tgt_breaks


class GridModel(QAbstractTableModel):
    """Columns: kind, English, Korean, confidence, status, flags."""

    rowsRefreshed = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(self, store: ProjectStore, index: DocIndex, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.doc = index
        self.spec = FilterSpec()
        self.by_confidence = False
        self._rows: list[int] = list(index.ids)
        self._row_of: dict[int, int] | None = None
        self._cache: OrderedDict[int, GridRow] = OrderedDict()

    # ----------------------------------------------------------- ids
    def bead_id(self, row: int) -> int:
        return self._rows[row]

    def bead_ids(self) -> list[int]:
        return self._rows

    def row_of(self, bead_id: int) -> int | None:
        """The row showing a bead: a binary search in document order, a map when sorted."""
        if not self.by_confidence:
            ord_ = self.doc.ord_of.get(bead_id)
            if ord_ is None:
                return None
            row = bisect_left(self._rows, ord_, key=self.doc.ord_of.__getitem__)
            return row if row < len(self._rows) and self._rows[row] == bead_id else None
        if self._row_of is None:
            self._row_of = {bead_id: row for row, bead_id in enumerate(self._rows)}
        return self._row_of.get(bead_id)

    def grid_row(self, row: int) -> GridRow:
        bead_id = self._rows[row]
        found = self._cache.get(bead_id)
        if found is None:
            self._fetch(row)
            found = self._cache[bead_id]
        return found

    def _fetch(self, row: int) -> None:
        start = max(0, row - FETCH // 4)
        wanted = [i for i in self._rows[start : start + FETCH] if i not in self._cache]
        for bead in self.store.beads(wanted):
            self._cache[bead.id] = GridRow(
                bead, self._breaks(bead, "src"), self._breaks(bead, "tgt")
            )
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)

    def _breaks(self, bead: BeadRow, side: str) -> tuple[bool, ...]:
        segments = bead.side(side)
        if not segments:
            return ()
        row = self.store.conn.execute(
            "SELECT paragraph FROM segments WHERE side = ? AND ord < ? ORDER BY ord DESC LIMIT 1",
            (side, segments[0].ord),
        ).fetchone()
        previous = None if row is None else row[0]
        result = []
        for segment in segments:
            result.append(previous is not None and segment.paragraph != previous)
            previous = segment.paragraph
        return tuple(result)

    # ----------------------------------------------------------- Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        names = (
            self.tr("Kind"),
            self.tr("English"),
            self.tr("Korean"),
            self.tr("Conf."),
            self.tr("Status"),
            self.tr("Flags"),
        )
        return names[section] if 0 <= section < COLUMN_COUNT else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == BeadIdRole:
            return self._rows[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
            BeadDataRole,
        ):
            return None
        grid_row = self.grid_row(index.row())
        if role == BeadDataRole:
            return grid_row
        bead = grid_row.bead
        if role == Qt.ItemDataRole.BackgroundRole:
            return kind_tint(bead.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(bead, index.column())
        return self._display(bead, index.column())

    def _display(self, bead: BeadRow, column: int) -> str:
        if column == KIND:
            return bead.kind + (" ⚓" if bead.pinned else "")
        if column == SRC:
            return bead.src_text
        if column == TGT:
            return bead.tgt_text
        if column == CONF:
            return "—" if bead.score is None else f"{score_percent(bead.score)}%"
        if column == STATUS:
            return status_label(bead.status)
        n = len(bead.open_flags) + len(bead.suspects)
        return str(n) if n else ""

    def _tooltip(self, bead: BeadRow, column: int) -> str | None:
        if column == KIND:
            text = self.tr("%1 English : %2 Korean sentences")
            text = text.replace("%1", str(len(bead.src))).replace("%2", str(len(bead.tgt)))
            return text + (
                "\n" + self.tr("Pinned: an anchor for re-alignment") if bead.pinned else ""
            )
        if column == FLAGS:
            suspect, flag = self.tr("suspect"), self.tr("flag")
            lines = [
                f"{suspect if f.status == 'suspect' else flag}: "
                f"{category_label(f.category)} ({severity_label(f.severity)}) {reason_text(f.note)}"
                for f in (*bead.open_flags, *bead.suspects)
            ]
            return "\n".join(lines) or None
        if column == CONF and bead.score is None:
            return self._no_score(bead)
        return None

    def _no_score(self, bead: BeadRow) -> str:
        aligner = rescore.scoring_aligner(self.store)
        if aligner is None:
            return self.tr("No confidence: this version cannot score this project's aligner")
        if not rescore.scorable(aligner, len(bead.src), len(bead.tgt)):
            return self.tr("No confidence: the aligner never proposes %1 pairs").replace(
                "%1", bead.kind
            )
        return self.tr("Confidence not known yet: it is computed after the text changed")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by confidence (lowest first when ascending); any other column: document order."""
        self.set_view(self.spec, by_confidence=column == CONF)

    # ----------------------------------------------------------- filtering
    def set_view(self, spec: FilterSpec, *, by_confidence: bool | None = None) -> None:
        self.spec = spec
        if by_confidence is not None:
            self.by_confidence = by_confidence
        self.refresh_rows()

    def _compute_rows(self) -> list[int]:
        rows = self.doc.filtered_ids(self.spec)
        if self.by_confidence:
            score_of = {
                i: -1.0 if score is None else score
                for i, score in zip(self.doc.ids, self.doc.score, strict=True)
            }
            rows.sort(key=score_of.__getitem__)
        return rows

    def refresh_rows(self) -> None:
        """Recompute the visible ids and announce the difference as one remove + one insert."""
        new = self._compute_rows()
        old = self._rows
        if new == old:
            return
        head = _common_prefix(old, new)
        tail = _common_prefix(old[head:][::-1], new[head:][::-1])
        old_mid = len(old) - head - tail
        new_mid = len(new) - head - tail
        if old_mid:
            self.beginRemoveRows(QModelIndex(), head, head + old_mid - 1)
            self._rows = old[:head] + old[len(old) - tail :]
            self._row_of = None
            self.endRemoveRows()
        if new_mid:
            self.beginInsertRows(QModelIndex(), head, head + new_mid - 1)
            self._rows = new
            self._row_of = None
            self.endInsertRows()
        self._rows = new
        self._row_of = None
        self.rowsRefreshed.emit()

    def apply_changes(self, changes: Changes) -> None:
        """Drop stale cached rows, repaint them, and follow structure changes.

        Call after ``DocIndex.apply`` so filters see the new facts.
        """
        stale = self.doc.touched | set(changes.beads)
        if changes.flags or changes.segments:
            stale |= {i for i, row in self._cache.items() if _touches(row, changes)}
        if changes.segments:
            # A moved sentence can change where the next pair's paragraph starts.
            ids = self.doc.ids
            after = [self.doc.position(i) for i in stale]
            stale |= {ids[p + 1] for p in after if p is not None and p + 1 < len(ids)}
        for bead_id in stale:
            self._cache.pop(bead_id, None)
        self.refresh_rows()
        rows = [r for r in map(self.row_of, stale) if r is not None]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), FLAGS))

    def reload(self) -> None:
        self.beginResetModel()
        self._cache.clear()
        self._rows = self._compute_rows()
        self._row_of = None
        self.endResetModel()
        self.rowsRefreshed.emit()


def _touches(row: GridRow, changes: Changes) -> bool:
    bead = row.bead
    if any(f.id in changes.flags for f in bead.flags):
        return True
    return any(s.id in changes.segments for s in (*bead.src, *bead.tgt))


def _common_prefix(a: list[int], b: list[int]) -> int:
    """Length of the common prefix, comparing slices in blocks (C speed)."""
    n = min(len(a), len(b))
    lo = 0
    step = 4096
    while lo + step <= n and a[lo : lo + step] == b[lo : lo + step]:
        lo += step
    while lo < n and a[lo] == b[lo]:
        lo += 1
    return lo
