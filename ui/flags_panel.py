"""The flags panel: the editor's flags and the QA suspects, filterable, click to jump.

The panel only shows and asks: it emits what the editor wants (jump, edit,
resolve, delete, accept, dismiss) and the window runs it as an undoable edit.
Once a suspect is accepted or dismissed, the panel selects the next one still
waiting and asks the grid to go to its pair, so the editor can work through
the suspects from the keyboard.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.qa.model import Category
from reviewer.store import Changes, ProjectStore
from reviewer.store.rows import FlagRow

from .core_text import reason_text
from .grid_delegate import category_colour
from .grid_model import category_label, severity_label

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 4
PAIR, KIND, ISSUE, TEXT = range(COLUMNS)


class FlagsModel(QAbstractTableModel):
    """Flags in document order of their pairs; filtered by status and category."""

    def __init__(
        self, position_of: Callable[[int], int | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._position_of = position_of
        self._all: list[FlagRow] = []
        self._rows: list[FlagRow] = []
        self.status = ""
        self.category = ""

    def load(self, flags: list[FlagRow]) -> None:
        self.beginResetModel()
        self._all = sorted(flags, key=lambda f: (self._position(f), f.id))
        self._rows = [f for f in self._all if self._accepts(f)]
        self.endResetModel()

    def set_filter(self, status: str, category: str) -> None:
        self.status, self.category = status, category
        self.load(self._all)

    def _position(self, flag: FlagRow) -> int:
        found = None if flag.bead_id is None else self._position_of(flag.bead_id)
        return -1 if found is None else found

    def _accepts(self, flag: FlagRow) -> bool:
        if self.status == "@active" and flag.status not in ("open", "suspect"):
            return False
        if self.status not in ("", "@active", flag.status):
            return False
        return not self.category or flag.category == self.category

    def flag(self, row: int) -> FlagRow:
        return self._rows[row]

    def all_flags(self) -> list[FlagRow]:
        return self._all

    def row_of(self, flag_id: int) -> int | None:
        return next((r for r, f in enumerate(self._rows) if f.id == flag_id), None)

    def next_waiting(self, after: FlagRow, decided: Collection[int]) -> tuple[int | None, bool]:
        """The listed suspect to decide after ``after``, and whether the search wrapped.

        Another suspect on the same pair comes first (the next one in the list,
        else the pair's first), then the first on a later pair, then, wrapping
        around, the first of the document. ``decided`` are never chosen.
        """
        waiting = [
            (r, f)
            for r, f in enumerate(self._rows)
            if f.status == "suspect" and f.id not in decided
        ]
        if not waiting:
            return None, False
        if after.bead_id is not None:
            same = [(r, f) for r, f in waiting if f.bead_id == after.bead_id]
            if same:
                return next((r for r, f in same if f.id > after.id), same[0][0]), False
        position = self._position(after)
        later = next((r for r, f in waiting if self._position(f) > position), None)
        if later is not None:
            return later, False
        return waiting[0][0], True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = (self.tr("Pair"), self.tr("Kind"), self.tr("Issue"), self.tr("Text"))
        return names[section] if 0 <= section < COLUMNS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        flag = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(flag, column)
        if role == Qt.ItemDataRole.ForegroundRole and flag.status in ("resolved", "dismissed"):
            return QColor(140, 140, 140)
        if role == Qt.ItemDataRole.DecorationRole and column == ISSUE:
            return category_colour(flag.category)
        if role == Qt.ItemDataRole.ToolTipRole:
            quoted = " / ".join(s.text for s in flag.spans if s.text)
            parts = [
                quoted and f"“{quoted}”",
                reason_text(flag.note),
                flag.suggestion and f"→ {reason_text(flag.suggestion)}",
            ]
            if flag.check_name:
                parts.append(self.tr("QA check: %1").replace("%1", flag.check_name))
            return "\n".join(p for p in parts if p) or None
        return None

    def _display(self, flag: FlagRow, column: int) -> str:
        if column == PAIR:
            position = self._position(flag)
            return "—" if position < 0 else str(position + 1)
        if column == KIND:
            names = {
                "suspect": self.tr("QA suspect"),
                "open": self.tr("flag"),
                "resolved": self.tr("resolved"),
                "dismissed": self.tr("dismissed"),
            }
            label = names.get(flag.status, flag.status)
            return label + (" ⚠" if flag.needs_attention else "")
        if column == ISSUE:
            return f"{category_label(flag.category)} · {severity_label(flag.severity)}"
        return " / ".join(s.text for s in flag.spans if s.text)


class FlagsPanel(QWidget):
    jumpRequested = Signal(int)  # noqa: N815 (Qt signal naming)
    editRequested = Signal(int)  # noqa: N815 (Qt signal naming)
    statusRequested = Signal(list, str)  # noqa: N815 (Qt signal naming)
    deleteRequested = Signal(int)  # noqa: N815 (Qt signal naming)
    acceptRequested = Signal(list)  # noqa: N815 (Qt signal naming)
    dismissRequested = Signal(list)  # noqa: N815 (Qt signal naming)
    message = Signal(str)

    def __init__(
        self, position_of: Callable[[int], int | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = FlagsModel(position_of, self)
        self.status_box = QComboBox()
        self.status_box.setObjectName("flagStatusFilter")
        for label, value in (
            (self.tr("Open flags and suspects"), "@active"),
            (self.tr("All"), ""),
            (self.tr("Open flags"), "open"),
            (self.tr("Suspects"), "suspect"),
            (self.tr("Resolved"), "resolved"),
            (self.tr("Dismissed"), "dismissed"),
        ):
            self.status_box.addItem(label, value)
        self.category_box = QComboBox()
        self.category_box.setObjectName("flagCategoryFilter")
        self.category_box.addItem(self.tr("All categories"), "")
        for category in Category:
            self.category_box.addItem(category_label(category.value), category.value)
        self.status_box.currentIndexChanged.connect(self._filter_changed)
        self.category_box.currentIndexChanged.connect(self._filter_changed)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.details = QLabel()
        self.details.setObjectName("flagDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(lambda _i: self._emit_one(self.editRequested))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.buttons: dict[str, QPushButton] = {}
        # Two columns, in pairs that undo each other (accept / dismiss, resolve /
        # reopen, edit / delete): four in a row kept the dock, and so the window,
        # from going narrower than 1014 px.
        place = {"accept": 0, "dismiss": 1, "resolve": 2, "reopen": 3, "edit": 4, "delete": 5}
        rows = QGridLayout()
        for key, label, tip in (
            (
                "edit",
                self.tr("Edit…"),
                self.tr("Change the category, severity, note or suggestion"),
            ),
            ("resolve", self.tr("Resolve"), self.tr("The problem is fixed")),
            ("reopen", self.tr("Reopen"), self.tr("Open a resolved flag again")),
            ("delete", self.tr("Delete"), self.tr("Remove the flag")),
            # Alt+A / Alt+D from anywhere in the window; A / D in the list.
            ("accept", self.tr("&Accept suspect"), self.tr("Make the QA suspect a flag (A)")),
            (
                "dismiss",
                self.tr("&Dismiss suspect"),
                self.tr("The QA suspect is not a problem (D)"),
            ),
        ):
            button = QPushButton(label)
            button.setObjectName(f"flag_{key}")
            button.setToolTip(tip)
            self.buttons[key] = button
            rows.addWidget(button, place[key] // 2, place[key] % 2)
        self.buttons["edit"].clicked.connect(lambda: self._emit_one(self.editRequested))
        self.buttons["delete"].clicked.connect(lambda: self._emit_one(self.deleteRequested))
        self.buttons["resolve"].clicked.connect(lambda: self._set_status(("open",), "resolved"))
        self.buttons["reopen"].clicked.connect(
            lambda: self._set_status(("resolved", "dismissed"), "open")
        )
        self.buttons["accept"].clicked.connect(lambda: self._decide(self.acceptRequested))
        self.buttons["dismiss"].clicked.connect(lambda: self._decide(self.dismissRequested))
        # Working through suspects from the keyboard: the arrows walk the list and the
        # grid follows; A or D decides the selected ones and moves on.
        for key, name in ((Qt.Key.Key_A, "accept"), (Qt.Key.Key_D, "dismiss")):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.buttons[name].click)
        self.table.selectionModel().currentRowChanged.connect(self._current_moved)
        # While a decision runs: the last suspect decided and the ids decided.
        self._deciding: tuple[FlagRow, set[int]] | None = None
        self._advanced: tuple[FlagRow | None, bool] | None = None  # where reload went
        filters = QHBoxLayout()
        filters.addWidget(self.status_box)
        filters.addWidget(self.category_box)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(rows)
        self.model.status = "@active"
        self._update_buttons()

    def reload(self, store: ProjectStore) -> None:
        selected = self.selected_ids()
        self.model.load(store.flags())
        if not self._select_next_waiting():
            for flag_id in selected:
                row = self.model.row_of(flag_id)
                if row is not None:
                    self.table.selectRow(row)
        self._update_buttons()

    def _decide(self, signal: SignalInstance) -> None:
        """Ask for the selected suspects to be accepted or dismissed; then go to the next.

        The edit reloads the panel before ``emit`` returns; the reload selects
        the next suspect before the buttons are updated, so a button pressed
        from the keyboard stays enabled and keeps the focus.
        """
        chosen = [f for f in self.selected_flags() if f.status == "suspect"]
        if not chosen:
            return
        self._deciding = (chosen[-1], {f.id for f in chosen})
        self._advanced = None
        try:
            signal.emit([f.id for f in chosen])
        finally:
            self._deciding = None
        advanced, self._advanced = self._advanced, None
        if advanced is None:
            return  # the edit failed or changed nothing: stay
        flag, wrapped = advanced
        if flag is None:
            hidden = sum(f.status == "suspect" for f in self.model.all_flags())
            if hidden:
                text = self.tr("No QA suspect left in the list; its filters hide %1 more")
                self.message.emit(text.replace("%1", str(hidden)))
            else:
                self.message.emit(self.tr("No QA suspect left to decide"))
            return
        if flag.bead_id is not None:
            self.jumpRequested.emit(flag.bead_id)
        if wrapped:
            self.message.emit(self.tr("Search wrapped around the document"))

    def _select_next_waiting(self) -> bool:
        """Just after a decision went through: select the next suspect still waiting."""
        if self._deciding is None:
            return False
        after, decided = self._deciding
        if any(f.id in decided and f.status == "suspect" for f in self.model.all_flags()):
            return False  # not decided after all
        row, wrapped = self.model.next_waiting(after, decided)
        self._advanced = (None if row is None else self.model.flag(row), wrapped)
        if row is None:
            return False  # keep what was selected: the editor sees the decision
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, PAIR))
        return True

    def affected_by(self, changes: Changes) -> bool:
        """Do these changes alter a listed flag, or move a sentence one is on?"""
        if changes.flags:
            return True
        if not changes.segments:
            return False
        on = {span.segment_id for flag in self.model.all_flags() for span in flag.spans}
        return not on.isdisjoint(changes.segments)

    def select_flag(self, flag_id: int) -> bool:
        row = self.model.row_of(flag_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def follow_pair(self, bead_id: int | None) -> None:
        """The grid moved to pair ``bead_id``: select its flags, or none.

        A, D and Alt+A / Alt+D act on the panel's selection, so it must not stay
        on a suspect of another pair: the editor would dismiss what they do not
        see. A selection already on this pair (the panel moved the grid) stays;
        otherwise the pair's first waiting suspect is selected, or its first flag.
        """
        chosen = self.selected_flags()
        if chosen and all(f.bead_id == bead_id for f in chosen):
            return
        rows = [r for r in range(self.model.rowCount()) if self.model.flag(r).bead_id == bead_id]
        waiting = [r for r in rows if self.model.flag(r).status == "suspect"]
        if waiting or rows:
            row = (waiting or rows)[0]
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, PAIR))
        else:
            self.table.clearSelection()

    def _filter_changed(self) -> None:
        self.model.set_filter(self.status_box.currentData(), self.category_box.currentData())
        self._update_buttons()

    def selected_flags(self) -> list[FlagRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.flag(r) for r in rows]

    def selected_ids(self, kind: str = "") -> list[int]:
        return [f.id for f in self.selected_flags() if not kind or f.status == kind]

    def _show_details(self, flag: FlagRow | None) -> None:
        """The selected flag in full: its words, note, suggestion and check."""
        if flag is None:
            self.details.setText(self.tr("Select a flag to see its note and suggestion."))
            return
        quoted = " / ".join(html.escape(s.text) for s in flag.spans if s.text)
        category, severity = category_label(flag.category), severity_label(flag.severity)
        parts = [f"<b>{html.escape(category)}</b> · {html.escape(severity)}"]
        if quoted:
            parts.append(f"“{quoted}”")
        if flag.note:
            parts.append(html.escape(reason_text(flag.note)))
        if flag.suggestion:
            parts.append("→ <i>" + html.escape(reason_text(flag.suggestion)) + "</i>")
        if flag.check_name:
            parts.append(self.tr("QA check: %1").replace("%1", html.escape(flag.check_name)))
        if flag.needs_attention:
            parts.append(self.tr("⚠ the text under this flag was edited: check it"))
        self.details.setText("<br>".join(parts))

    def _set_status(self, from_statuses: tuple[str, ...], status: str) -> None:
        ids = [
            f.id for f in self.selected_flags() if f.kind == "flag" and f.status in from_statuses
        ]
        if ids:
            self.statusRequested.emit(ids, status)

    def _emit_one(self, signal: SignalInstance) -> None:
        flags = self.selected_flags()
        if flags:
            signal.emit(flags[0].id)

    def _current_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The editor moved through the list by keyboard: show that flag's pair."""
        if current.isValid() and self.table.hasFocus() and self._deciding is None:
            self._clicked(current)

    def _clicked(self, index: QModelIndex) -> None:
        flag = self.model.flag(index.row())
        if flag.bead_id is not None:
            self.jumpRequested.emit(flag.bead_id)

    def _update_buttons(self, *_args: object) -> None:
        flags = self.selected_flags()
        self._show_details(flags[0] if len(flags) == 1 else None)
        suspects = [f for f in flags if f.status == "suspect"]
        own = [f for f in flags if f.kind == "flag"]
        self.buttons["edit"].setEnabled(len(flags) == 1)
        self.buttons["delete"].setEnabled(len(own) == 1 and len(flags) == 1)
        self.buttons["resolve"].setEnabled(any(f.status == "open" for f in own))
        self.buttons["reopen"].setEnabled(any(f.status in ("resolved", "dismissed") for f in own))
        self.buttons["accept"].setEnabled(bool(suspects))
        self.buttons["dismiss"].setEnabled(bool(suspects))
