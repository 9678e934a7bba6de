"""What each editing action does: pick the beads or sentence, run one core edit.

Every method ends in ``Editor.run`` (one QUndoCommand calling one core
function) or, for re-alignment, in a background op whose result is then
applied as one undoable command.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog, QWidget

from reviewer.edits import alignment, beads, flags, segments
from reviewer.errors import ReviewerError
from reviewer.progress import CancelToken, ProgressFn
from reviewer.store import ProjectStore

from .actions import SPECS
from .commands import Editor
from .detail_pane import DetailPane
from .grid_view import GridView
from .ops import OpRunner
from .rescoring import ScoreFiller

AlignerFactory = Callable[[ProjectStore, ProgressFn, CancelToken], tuple[Any, Any]]


def default_aligner(
    store: ProjectStore, progress: ProgressFn, cancel: CancelToken
) -> tuple[Any, Any]:
    from reviewer.pipeline import realign_aligner

    return realign_aligner(store, "", progress, cancel)


CONFIRM_S = 5.0  # a second Join within this long confirms a join across paragraphs


def _shortcut(action: str) -> str:
    """An action's shortcut as the menus show it."""
    key = SPECS[action][1]
    return "" if key is None else QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def _new_draft(**values: str) -> Any:
    from ui.dialogs.flag_editor import FlagDraft

    return FlagDraft(**values)


class EditController(QObject):
    """Turns the window's actions into undoable edits of the open project."""

    aligner_factory: AlignerFactory = staticmethod(default_aligner)

    def __init__(
        self,
        window: QWidget,
        store: ProjectStore,
        *,
        editor: Editor,
        view: GridView,
        detail: DetailPane,
        runner: OpRunner,
        report: Callable[[BaseException], None],
        message: Callable[[str], None],
        refresh_detail: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.editor = editor
        self.view = view
        self.detail = detail
        self.runner = runner
        self.report = report
        self.message = message
        self.refresh_detail = refresh_detail
        self._join_asked: tuple[int, float] | None = None  # sentence, when
        self.scores = ScoreFiller(
            self, store, runner=runner, notify=editor.changed, message=message
        )
        editor.listeners.append(self.scores.changed)
        detail.sentenceEdited.connect(self.edit_text)
        detail.splitRequested.connect(self.split_sentence)

    def _current(self) -> int | None:
        self.detail.commit_pending()
        return self.view.current_bead()

    def _say(self, text: str) -> None:
        self.report(ReviewerError(text))

    # ----------------------------------------------------------- decisions
    def set_status(self, status: str) -> None:
        self.detail.commit_pending()
        ids = self.view.selected_beads()
        if not ids:
            return
        single = len(ids) == 1
        row = self.view.currentIndex().row()
        label = self.tr("Approve") if status == "approved" else self.tr("Reject")
        if not self.editor.run(label, lambda s: beads.set_status(s, ids, status)):
            return
        if status == "approved":
            self._warn_waiting(ids)
        if single:
            self._advance(ids[0], row)

    def _warn_waiting(self, ids: list[int]) -> None:
        """Approving is the editor's call, but not one made blind: say what still waits."""
        doc = self.view.grid_model.doc
        waiting = sum(f[2] == "suspect" for bead_id in ids for f in doc.open_flags(bead_id))
        if waiting == 1:
            self.message(self.tr("Approved with 1 QA suspect still waiting on it"))
        elif waiting:
            text = self.tr("Approved with %1 QA suspects still waiting on it")
            self.message(text.replace("%1", str(waiting)))

    def _advance(self, bead_id: int, old_row: int) -> None:
        """After deciding one pair, go to the next one (the same row if it left the view)."""
        row = self.view.grid_model.row_of(bead_id)
        self.view.go_to_row(old_row if row is None else row + 1)

    def approve_above(self) -> None:
        percent, ok = QInputDialog.getInt(
            self.window,
            self.tr("Approve above confidence"),
            self.tr("Approve every proposed pair with confidence of at least (%):"),
            90,
            0,
            100,
        )
        if ok:
            self.editor.run(
                self.tr("Approve above %1%").replace("%1", str(percent)),
                lambda s: beads.approve_min_score(s, percent / 100),
            )

    def toggle_pin(self) -> None:
        self.detail.commit_pending()
        ids = self.view.selected_beads()
        if not ids:
            return
        pin = not all(self.store.bead(i).pinned for i in ids)
        self.editor.run(
            self.tr("Pin") if pin else self.tr("Unpin"), lambda s: beads.set_pinned(s, ids, pin)
        )

    # ----------------------------------------------------------- structure
    def merge(self, *, with_next: bool) -> None:
        bead_id = self._current()
        if bead_id is None:
            return
        row = self.view.currentIndex().row()
        merged = self.editor.run(
            self.tr("Merge pairs"), lambda s: beads.merge_beads(s, bead_id, with_next=with_next)
        )
        # Merging into the previous pair keeps that pair: follow it.
        if merged and not self.view.go_to_bead(bead_id):
            self.view.go_to_row(max(0, row - 1))

    def split_bead(self) -> None:
        bead_id = self._current()
        if bead_id is not None:
            self.editor.run(self.tr("Split pair"), lambda s: beads.split_bead(s, bead_id))

    def shift(self, side: str, *, down: bool) -> None:
        bead_id = self._current()
        if bead_id is None:
            return
        row = self.view.currentIndex().row()
        moved = self.editor.run(
            self.tr("Move sentence"), lambda s: beads.shift_segment(s, bead_id, side, down=down)
        )
        if moved and self.view.grid_model.row_of(bead_id) is None:
            # The pair lost its last sentence: go to the pair that received it.
            last = self.view.grid_model.rowCount() - 1
            self.view.go_to_row(min(row, last) if down else max(0, row - 1))

    def detach(self) -> None:
        self.detail.commit_pending()
        found = self.detail.current_segment()
        if found is None:
            return
        segment_id = found[0]
        self.editor.run(
            self.tr("Make sentence its own pair"), lambda s: beads.detach_segment(s, segment_id)
        )

    # ----------------------------------------------------------- sentences
    def edit_text(self, segment_id: int, text: str) -> None:
        self.editor.run(
            self.tr("Edit sentence"),
            lambda s: segments.edit_text(s, segment_id, text),
            merge_key=("edit_text", segment_id),
        )
        if self.editor.last_error is not None:
            self.refresh_detail()  # show the stored text again

    def focus_text(self) -> None:
        editor = self.detail.active_editor()
        editor.setFocus()

    def split_sentence(self, segment_id: int | None = None, offset: int | None = None) -> None:
        if segment_id is None or offset is None:
            self.detail.commit_pending()
            found = self.detail.current_segment()
            if found is None:
                return
            segment_id, offset = found
        seg, at = segment_id, offset
        self.editor.run(self.tr("Split sentence"), lambda s: segments.split_segment(s, seg, at))

    def join_sentences(self) -> None:
        """Join the current sentence with the next one of its pair.

        A join into the next pair is refused (the pairing change would hide inside
        a text fix: merge the pairs first); one across a paragraph break, almost
        always a slip, only on asking twice. Both say so in the status bar, not
        in a box, so a stray Ctrl+J costs one glance and changes nothing.
        """
        self.detail.commit_pending()
        found = self.detail.current_segment()
        if found is None:
            return
        seg = found[0]
        obstacle = segments.join_obstacle(self.store, seg)
        again, self._join_asked = self._join_asked, None
        if obstacle == "none":
            self.message(self.tr("Not joined: this is the last sentence."))
            return
        if obstacle == "pair":
            self.message(
                self.tr(
                    "Not joined: the next sentence belongs to the next pair. "
                    "Merge the two pairs first (%1), then join."
                ).replace("%1", _shortcut("merge_next"))
            )
            return
        across = obstacle == "paragraph"
        if across and not (
            again is not None and again[0] == seg and time.monotonic() - again[1] < CONFIRM_S
        ):
            self._join_asked = (seg, time.monotonic())
            self.message(
                self.tr(
                    "Not joined: the next sentence starts a new paragraph. "
                    "Press %1 again to join across the paragraph break."
                ).replace("%1", _shortcut("join_sentences"))
            )
            return
        joined = self.editor.run(
            self.tr("Join sentences"),
            lambda s: segments.join_segments(s, seg, across_paragraphs=across),
        )
        if joined and across:  # in place of the warning the first press left
            self.message(self.tr("Joined across the paragraph break"))

    # ----------------------------------------------------------- flags
    def flag_selection(self) -> None:
        from ui.dialogs.flag_editor import FlagDialog

        self.detail.commit_pending()
        spans = self.detail.selected_spans()
        if not spans:
            self._say(self.tr("Select the words the flag is about, in the English or Korean text."))
            return
        src_text = " … ".join(self._span_text(span) for span in spans if self._side(span) == "src")
        tgt_text = " … ".join(self._span_text(span) for span in spans if self._side(span) == "tgt")
        draft, ok = FlagDialog.get_flag(
            self.window,
            _new_draft(
                category="mistranslation",
                severity="minor",
                src_span_text=src_text,
                tgt_span_text=tgt_text,
            ),
        )
        if not ok or draft is None:
            return
        self.editor.run(
            self.tr("Flag"),
            lambda s: flags.add_flag(
                s,
                spans,
                draft.category,
                draft.severity,
                note=draft.note,
                suggestion=draft.suggestion,
            ),
        )

    def _side(self, span: flags.SpanRef) -> str:
        return self.store.segment(span.segment_id).side

    def _span_text(self, span: flags.SpanRef) -> str:
        return self.store.segment(span.segment_id).text[span.start : span.end]

    def edit_flag(self, flag_id: int) -> None:
        from ui.dialogs.flag_editor import FlagDialog

        (flag,) = self.store.flags([flag_id])
        current = _new_draft(
            category=flag.category,
            severity=flag.severity,
            note=flag.note,
            suggestion=flag.suggestion,
            src_span_text=" … ".join(s.text for s in flag.spans if s.side == "src"),
            tgt_span_text=" … ".join(s.text for s in flag.spans if s.side == "tgt"),
        )
        draft, ok = FlagDialog.get_flag(self.window, current)
        if not ok or draft is None:
            return
        self.editor.run(
            self.tr("Edit flag"),
            lambda s: flags.update_flag(
                s,
                flag_id,
                category=draft.category,
                severity=draft.severity,
                note=draft.note,
                suggestion=draft.suggestion,
            ),
        )

    def set_flag_status(self, flag_ids: list[int], status: str) -> None:
        if flag_ids:
            label = self.tr("Resolve flag") if status == "resolved" else self.tr("Reopen flag")
            self.editor.run(label, lambda s: flags.set_flag_status(s, flag_ids, status))

    def delete_flag(self, flag_id: int) -> None:
        self.editor.run(self.tr("Delete flag"), lambda s: flags.delete_flag(s, flag_id))

    def accept_suspects(self, flag_ids: list[int]) -> None:
        if flag_ids:
            self.editor.run(self.tr("Accept suspect"), lambda s: flags.accept_suspects(s, flag_ids))

    def dismiss_suspects(self, flag_ids: list[int]) -> None:
        if flag_ids:
            self.editor.run(
                self.tr("Dismiss suspect"), lambda s: flags.dismiss_suspects(s, flag_ids)
            )

    # ----------------------------------------------------------- re-alignment
    def realign(self) -> None:
        bead_id = self._current()
        if bead_id is None:
            return
        path = self.store.path
        factory = self.aligner_factory

        def work(progress: ProgressFn, cancel: CancelToken) -> alignment.RealignPlan:
            reader = ProjectStore.open(path, mode="read")
            try:
                aligner, cache = factory(reader, progress, cancel)
                try:
                    return alignment.plan_realignment(reader, aligner, bead_id, progress, cancel)
                finally:
                    if cache is not None:
                        cache.close()
            finally:
                reader.close()

        def apply(plan: alignment.RealignPlan) -> None:
            if plan.empty:
                return
            # Text typed while the plan was computed: save it before the pane reloads.
            self.detail.commit_pending()
            if self.editor.run(self.tr("Re-align"), lambda s: alignment.apply_realignment(s, plan)):
                added, replaced = plan.repaired()
                if added or replaced:
                    text = self.tr("Re-aligned: %1 new pairing(s) replace %2")
                    self.message(text.replace("%1", str(added)).replace("%2", str(replaced)))
                else:
                    self.message(self.tr("Re-aligned: no pairing changed"))

        self.runner.run(self.tr("Re-aligning"), work, apply, self.report)
