"""Every QAction of the window with its shortcut, in one place.

The list feeds the menus, the toolbar and the shortcuts help dialog. Standard
key sequences are used where Qt has them (Undo, Redo, Find, Open, New, Quit,
HelpContents), so each platform keeps its own conventions.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup

from .dialogs.shortcuts import plain_text

Key = QKeySequence.StandardKey

# name: (label, shortcut (str or StandardKey or None), menu)
SPECS: dict[str, tuple[str, str | QKeySequence.StandardKey | None, str]] = {
    "new": (QT_TRANSLATE_NOOP("Actions", "&New project…"), Key.New, "file"),
    "open": (QT_TRANSLATE_NOOP("Actions", "&Open project…"), Key.Open, "file"),
    "export": (QT_TRANSLATE_NOOP("Actions", "&Export…"), "Ctrl+E", "file"),
    "close_project": (QT_TRANSLATE_NOOP("Actions", "&Close project"), "Ctrl+W", "file"),
    "quit": (QT_TRANSLATE_NOOP("Actions", "&Quit"), Key.Quit, "file"),
    "undo": (QT_TRANSLATE_NOOP("Actions", "&Undo"), Key.Undo, "edit"),
    "redo": (QT_TRANSLATE_NOOP("Actions", "&Redo"), Key.Redo, "edit"),
    "approve": (QT_TRANSLATE_NOOP("Actions", "&Approve"), "Ctrl+Return", "edit"),
    "reject": (QT_TRANSLATE_NOOP("Actions", "&Reject"), "Ctrl+Delete", "edit"),
    "approve_above": (
        QT_TRANSLATE_NOOP("Actions", "Approve all &above confidence…"),
        "Ctrl+Shift+A",
        "edit",
    ),
    "pin": (QT_TRANSLATE_NOOP("Actions", "&Pin / unpin (anchor)"), "Ctrl+P", "edit"),
    "merge_next": (QT_TRANSLATE_NOOP("Actions", "&Merge with next pair"), "Ctrl+M", "pairs"),
    "merge_prev": (
        QT_TRANSLATE_NOOP("Actions", "Merge with &previous pair"),
        "Ctrl+Shift+M",
        "pairs",
    ),
    "split_bead": (
        QT_TRANSLATE_NOOP("Actions", "&Split pair into sentences"),
        "Ctrl+Shift+B",
        "pairs",
    ),
    "src_up": (
        QT_TRANSLATE_NOOP("Actions", "Move first English sentence &up"),
        "Ctrl+Shift+Up",
        "pairs",
    ),
    "src_down": (
        QT_TRANSLATE_NOOP("Actions", "Move last English sentence &down"),
        "Ctrl+Shift+Down",
        "pairs",
    ),
    "tgt_up": (
        QT_TRANSLATE_NOOP("Actions", "Move first Korean sentence u&p"),
        "Alt+Shift+Up",
        "pairs",
    ),
    "tgt_down": (
        QT_TRANSLATE_NOOP("Actions", "Move last Korean sentence do&wn"),
        "Alt+Shift+Down",
        "pairs",
    ),
    "detach": (
        QT_TRANSLATE_NOOP("Actions", "Make sentence its own pair (&no counterpart)"),
        "Ctrl+D",
        "pairs",
    ),
    "realign": (QT_TRANSLATE_NOOP("Actions", "&Re-align unapproved stretch"), "Ctrl+L", "pairs"),
    "edit_text": (QT_TRANSLATE_NOOP("Actions", "&Edit sentence text"), "F2", "sentence"),
    "split_sentence": (
        QT_TRANSLATE_NOOP("Actions", "&Split sentence at cursor"),
        "Alt+Return",
        "sentence",
    ),
    "join_sentences": (
        QT_TRANSLATE_NOOP("Actions", "&Join with next sentence"),
        "Ctrl+J",
        "sentence",
    ),
    "flag": (QT_TRANSLATE_NOOP("Actions", "&Flag selection…"), "Ctrl+I", "sentence"),
    "next_bead": (QT_TRANSLATE_NOOP("Actions", "&Next pair"), "Alt+Down", "go"),
    "prev_bead": (QT_TRANSLATE_NOOP("Actions", "&Previous pair"), "Alt+Up", "go"),
    "next_unreviewed": (QT_TRANSLATE_NOOP("Actions", "Next &unreviewed"), "F8", "go"),
    "prev_unreviewed": (QT_TRANSLATE_NOOP("Actions", "Previous unreviewed"), "Shift+F8", "go"),
    "next_low": (QT_TRANSLATE_NOOP("Actions", "Next &low-confidence"), "F7", "go"),
    "prev_low": (QT_TRANSLATE_NOOP("Actions", "Previous low-confidence"), "Shift+F7", "go"),
    "next_flag": (QT_TRANSLATE_NOOP("Actions", "Next &flag"), "F9", "go"),
    "prev_flag": (QT_TRANSLATE_NOOP("Actions", "Previous flag"), "Shift+F9", "go"),
    "find": (QT_TRANSLATE_NOOP("Actions", "&Find…"), Key.Find, "go"),
    "clear_filters": (QT_TRANSLATE_NOOP("Actions", "&Clear filters"), "Ctrl+Shift+L", "go"),
    "sort_confidence": (
        QT_TRANSLATE_NOOP("Actions", "&Sort by confidence (lowest first)"),
        "Ctrl+Shift+C",
        "go",
    ),
    "import_glossary": (QT_TRANSLATE_NOOP("Actions", "&Import glossary…"), None, "qa"),
    "run_qa": (QT_TRANSLATE_NOOP("Actions", "&Run QA checks"), "Ctrl+Shift+Q", "qa"),
    "shortcuts": (QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), Key.HelpContents, "help"),
}
CHECKABLE = {"sort_confidence"}
# Short labels for toolbar buttons (and for Korean, labels with no "(&A)" mnemonic).
SHORT = {
    "approve": QT_TRANSLATE_NOOP("Actions", "Approve"),
    "reject": QT_TRANSLATE_NOOP("Actions", "Reject"),
    "merge_next": QT_TRANSLATE_NOOP("Actions", "Merge ↓"),
    "split_bead": QT_TRANSLATE_NOOP("Actions", "Split pair"),
    "detach": QT_TRANSLATE_NOOP("Actions", "Detach sentence"),
    "pin": QT_TRANSLATE_NOOP("Actions", "Pin"),
    "flag": QT_TRANSLATE_NOOP("Actions", "Flag…"),
    "next_unreviewed": QT_TRANSLATE_NOOP("Actions", "Next unreviewed"),
    "next_low": QT_TRANSLATE_NOOP("Actions", "Next low-confidence"),
    "next_flag": QT_TRANSLATE_NOOP("Actions", "Next flag"),
    "split_sentence": QT_TRANSLATE_NOOP("Actions", "Split sentence"),
    "join_sentences": QT_TRANSLATE_NOOP("Actions", "Join sentences"),
}
# Shown on the toolbar, in this order (None: a separator).
TOOLBAR = (
    "approve",
    "reject",
    None,
    "merge_next",
    "split_bead",
    "detach",
    "pin",
    None,
    "flag",
    None,
    "next_unreviewed",
    "next_low",
    "next_flag",
)
# Actions that need an open project (the rest always work).
NEEDS_PROJECT = set(SPECS) - {"new", "open", "quit", "shortcuts", "undo", "redo"}
# Actions that write the project (disabled when it is open read-only).
WRITES = {
    "approve",
    "reject",
    "approve_above",
    "pin",
    "merge_next",
    "merge_prev",
    "split_bead",
    "src_up",
    "src_down",
    "tgt_up",
    "tgt_down",
    "detach",
    "realign",
    "edit_text",
    "split_sentence",
    "join_sentences",
    "flag",
    "import_glossary",
    "run_qa",
}


class Actions(QObject):
    """Named QActions; ``action(name)`` or attribute-style ``actions['approve']``."""

    def __init__(self, parent: QObject, undo_group: QUndoGroup) -> None:
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        for name, (label, shortcut, _menu) in SPECS.items():
            text = QCoreApplication.translate("Actions", label)
            if name == "undo":
                action = undo_group.createUndoAction(parent, plain_text(text))
            elif name == "redo":
                action = undo_group.createRedoAction(parent, plain_text(text))
            else:
                action = QAction(text, parent)
            action.setObjectName(f"action_{name}")
            if isinstance(shortcut, QKeySequence.StandardKey):
                action.setShortcuts(shortcut)
            elif shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setCheckable(name in CHECKABLE)
            if name in SHORT:
                action.setIconText(QCoreApplication.translate("Actions", SHORT[name]))
            tip = plain_text(action.text())
            if not action.shortcut().isEmpty():
                tip += f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            action.setToolTip(tip)
            self._actions[name] = action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def menu(self, menu: str) -> list[QAction]:
        return [self._actions[n] for n, spec in SPECS.items() if spec[2] == menu]

    def with_shortcuts(self) -> list[QAction]:
        """Every action that has a shortcut, for the help dialog."""
        return [a for a in self._actions.values() if not a.shortcut().isEmpty()]

    def set_project_state(self, *, has_project: bool, writable: bool) -> None:
        for name, action in self._actions.items():
            enabled = True
            if name in NEEDS_PROJECT:
                enabled = has_project
            if name in WRITES:
                enabled = has_project and writable
            if name not in ("undo", "redo"):  # the undo group enables these itself
                action.setEnabled(enabled)
