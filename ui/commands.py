"""Thin undo commands: the first redo calls one core edit, later ones replay the journal.

Every core edit commits its own transaction and returns ``Changes`` whose
``history_id`` names the journal entry; ``store.undo``/``store.redo`` replay it
exactly, so the file always equals what the screen shows. An edit that
changed nothing (no history entry) or failed makes its command obsolete, and
QUndoStack drops it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from reviewer.errors import ReviewerError
from reviewer.store import Changes, ProjectStore

Edit = Callable[[ProjectStore], Changes]
Notify = Callable[[Changes], None]
Report = Callable[[ReviewerError], None]

TEXT_EDIT_ID = 1
MERGE_SECONDS = 3.0


class EditCommand(QUndoCommand):
    """One user action: one core edit function, undone and redone by history id."""

    def __init__(
        self,
        text: str,
        store: ProjectStore,
        edit: Edit,
        notify: Notify,
        report: Report,
        *,
        merge_key: object = None,
    ) -> None:
        super().__init__(text)
        self.store = store
        self._edit: Edit | None = edit
        self._notify = notify
        self._report = report
        self.merge_key = merge_key
        self.history_ids: list[int] = []
        self.changes = Changes()
        self._stamp = time.monotonic()

    def redo(self) -> None:
        if self._edit is not None:
            edit, self._edit = self._edit, None
            try:
                changes = edit(self.store)
            except ReviewerError as error:
                self.setObsolete(True)
                self._report(error)
                return
            if changes.history_id is None:
                self.setObsolete(True)
                if not changes.empty:
                    self._notify(changes)
                return
            self.history_ids = [changes.history_id]
            self.changes = changes
            self._notify(changes)
            return
        self._replay(undo=False)

    def undo(self) -> None:
        self._replay(undo=True)

    def _replay(self, *, undo: bool) -> None:
        changes = Changes()
        try:
            for history_id in reversed(self.history_ids) if undo else self.history_ids:
                step = self.store.undo(history_id) if undo else self.store.redo(history_id)
                changes = changes | step
        except ReviewerError as error:
            self._report(error)
        self._notify(changes)

    def id(self) -> int:
        return TEXT_EDIT_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        """Typing bursts on one sentence become one step; undo replays each entry in turn."""
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        if not other.history_ids or other._stamp - self._stamp > MERGE_SECONDS:
            return False
        self.history_ids += other.history_ids
        self.changes = self.changes | other.changes
        self._stamp = other._stamp
        return True


class Editor:
    """Pushes edits onto the undo stack and says whether they did anything."""

    def __init__(
        self, store: ProjectStore, stack: QUndoStack, notify: Notify, report: Report
    ) -> None:
        self.store = store
        self.stack = stack
        self._notify = notify
        self._report = report
        self.last_error: ReviewerError | None = None
        # Called after the views with every change set of this stack's commands
        # (first run, undo, redo) and with those passed to ``changed``.
        self.listeners: list[Notify] = []

    def changed(self, changes: Changes) -> None:
        """Refresh the views from a change set, then tell the listeners."""
        self._notify(changes)
        for listener in list(self.listeners):
            listener(changes)

    def run(self, text: str, edit: Edit, *, merge_key: object = None) -> bool:
        """Run ``edit`` as one undoable step; False when it failed or changed nothing.

        An error raised by the first redo is shown after ``push`` returns, so no
        message box opens in the middle of the undo stack's bookkeeping.
        """
        self.last_error = None
        pushing = True
        failed: list[ReviewerError] = []
        done: list[bool] = []

        def notify(changes: Changes) -> None:
            done.append(True)
            self.changed(changes)

        def report(error: ReviewerError) -> None:
            if pushing:
                failed.append(error)
            else:
                self._report(error)

        command = EditCommand(text, self.store, edit, notify, report, merge_key=merge_key)
        self.stack.push(command)
        pushing = False
        if failed:
            self.last_error = failed[0]
            self._report(failed[0])
            return False
        return bool(done)
