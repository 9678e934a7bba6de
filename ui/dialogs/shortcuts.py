"""A searchable table of the keyboard shortcuts, grouped by menu."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

ACTION_ROLE = Qt.ItemDataRole.UserRole


def plain_text(text: str) -> str:
    """An action's text as shown in a menu: without '&' mnemonics or a tab-separated key."""
    text = text.split("\t", 1)[0]
    text = re.sub(r"\s*\(&[^&\s]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


# Keys every PC keyboard has besides the characters and F1-F12.
PC_KEYS = frozenset(
    {
        Qt.Key.Key_Escape,
        Qt.Key.Key_Tab,
        Qt.Key.Key_Backtab,
        Qt.Key.Key_Backspace,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Insert,
        Qt.Key.Key_Delete,
        Qt.Key.Key_Pause,
        Qt.Key.Key_Print,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_Left,
        Qt.Key.Key_Up,
        Qt.Key.Key_Right,
        Qt.Key.Key_Down,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Menu,
    }
)


def pressable(sequence: QKeySequence) -> bool:
    """Can every key of the sequence be pressed on a normal PC keyboard?

    Qt's standard keys carry extra bindings for keys few keyboards have: F13-F35
    (Sun keyboards' Undo is F14), and dedicated Undo, Redo, Open, Find or Help keys.
    """
    for k in range(sequence.count()):
        key = sequence[k].key()
        if key.value < Qt.Key.Key_Escape.value:  # a letter, digit or punctuation key
            continue
        if Qt.Key.Key_F1.value <= key.value <= Qt.Key.Key_F12.value or key in PC_KEYS:
            continue
        return False
    return True


def shortcut_text(action: QAction) -> str:
    """The action's shortcuts an editor can press, as the platform writes keys (⌘ on macOS).

    Bindings for keys a PC keyboard lacks are left out (the primary shortcut is
    shown even so when it is the only one), and each key once.
    """
    sequences = [s for s in action.shortcuts() if not s.isEmpty()]
    shown = [s for s in sequences if pressable(s)] or sequences[:1]
    keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in shown]
    return ", ".join(dict.fromkeys(keys))


def menu_of(action: QAction) -> str:
    """The title of the first menu that holds the action ('' if none)."""
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu) and owner.title():
            return plain_text(owner.title())
    return ""


class ShortcutsDialog(QDialog):
    """Lists the actions that have a shortcut, grouped by menu; type to filter.

    It deletes itself when closed: make a new one each time (it is cheap).
    """

    def __init__(self, parent: QWidget | None, actions: list[QAction]) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(520, 560)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search actions or keys"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

        self._fill(actions)
        self.search.textChanged.connect(self.filter)
        self.search.setFocus()

    def _fill(self, actions: list[QAction]) -> None:
        groups: dict[str, list[tuple[str, str]]] = {}
        seen: set[int] = set()
        for action in actions:
            if id(action) in seen or action.isSeparator():
                continue
            seen.add(id(action))
            keys = shortcut_text(action)
            text = plain_text(action.text())
            if not keys or not text:
                continue
            group = menu_of(action) or self.tr("Other")  # the same text as ``other`` below
            groups.setdefault(group, []).append((text, keys))
        bold = QFont(self.tree.font())
        bold.setBold(True)
        other = self.tr("Other")
        for group, rows in sorted(groups.items(), key=lambda g: g[0] == other):
            top = QTreeWidgetItem(self.tree, [group])
            top.setFirstColumnSpanned(True)
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for text, keys in sorted(rows, key=lambda r: r[0].casefold()):
                item = QTreeWidgetItem(top, [text, keys])
                item.setToolTip(0, text)
            top.setExpanded(True)

    def filter(self, text: str) -> None:
        """Show the rows whose action or keys contain ``text`` (any case)."""
        needle = text.casefold().strip()
        for top in self._groups():
            group_match = bool(needle) and needle in top.text(0).casefold()
            visible = 0
            for item in self._rows(top):
                hay = f"{item.text(0)}\t{item.text(1)}".casefold()
                show = not needle or group_match or needle in hay
                item.setHidden(not show)
                visible += show
            top.setHidden(visible == 0)

    def visible_rows(self) -> list[tuple[str, str]]:
        """(action, keys) of the rows shown now, in order (for tests and screen readers)."""
        rows: list[tuple[str, str]] = []
        for top in self._groups():
            if top.isHidden():
                continue
            rows.extend((i.text(0), i.text(1)) for i in self._rows(top) if not i.isHidden())
        return rows

    def _groups(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(g) for g in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    @staticmethod
    def _rows(top: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        items = (top.child(r) for r in range(top.childCount()))
        return [item for item in items if item is not None]
