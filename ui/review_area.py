"""Everything shown for one open project: filter bar, grid, minimap, detail pane, flags.

The area owns the project's store, index, model and undo stack. The main
window forwards each ``Changes`` to ``on_changes`` through its single
``changesApplied`` signal; the area refreshes every view from it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from reviewer.store import Changes, ProjectStore

from .commands import Editor
from .core_text import read_only_reason_text
from .detail_pane import DetailPane
from .doc_index import DocIndex, FilterSpec
from .editing import EditController
from .filter_bar import FilterBar
from .flags_panel import FlagsPanel
from .grid_model import GridModel
from .grid_view import GridView
from .minimap import Minimap
from .navigation import Navigator
from .ops import OpRunner
from .qa_runs import QaController

SAVE_DELAY_MS = 1500


class ReviewArea(QWidget):
    def __init__(
        self,
        store: ProjectStore,
        *,
        runner: OpRunner,
        notify: Callable[[Changes], None],
        report: Callable[[BaseException], None],
        message: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._message = message
        self.doc = DocIndex(store)
        self.model = GridModel(store, self.doc, self)
        self.view = GridView()
        self.view.setObjectName("grid")
        self.view.setModel(self.model)
        self.minimap = Minimap(self.doc)
        self.filter_bar = FilterBar()
        self.detail = DetailPane()
        self.flags_panel = FlagsPanel(self.doc.position)
        self.stack = QUndoStack(self)
        self.editor = Editor(store, self.stack, notify, report)
        self.controller = EditController(
            self,
            store,
            editor=self.editor,
            view=self.view,
            detail=self.detail,
            runner=runner,
            report=report,
            message=message,
            refresh_detail=self.show_current,
        )
        self.qa = QaController(
            self,
            store,
            editor=self.editor,
            runner=runner,
            report=report,
            message=message,
            commit_pending=self.detail.commit_pending,
        )
        self.navigator = Navigator(self.view, self.doc, self)
        self.navigator.message.connect(message)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: rgba(230, 160, 20, 70);"
            " border: 1px solid rgba(230, 160, 20, 160); padding: 4px; }"
        )
        self.banner.setVisible(store.read_only)
        if store.read_only:
            self.banner.setText(
                self.tr("Read-only: %1. You can review, but no change can be saved.").replace(
                    "%1",
                    read_only_reason_text(store.read_only_reason)
                    or self.tr("the file cannot be written"),
                )
            )
        self._layout()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_state)
        self.view.currentBeadChanged.connect(self._current_changed)
        self.view.verticalScrollBar().valueChanged.connect(self._update_band)
        self.model.rowsRefreshed.connect(self._update_band)
        self.minimap.positionClicked.connect(self.jump_to_position)
        self.filter_bar.filterChanged.connect(self.set_filter)
        self.flags_panel.jumpRequested.connect(self.jump_to_bead)
        self.flags_panel.message.connect(message)
        panel, controller = self.flags_panel, self.controller
        panel.editRequested.connect(controller.edit_flag)
        panel.statusRequested.connect(controller.set_flag_status)
        panel.deleteRequested.connect(controller.delete_flag)
        panel.acceptRequested.connect(controller.accept_suspects)
        panel.dismissRequested.connect(controller.dismiss_suspects)
        self.flags_panel.reload(store)

    def _layout(self) -> None:
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.view, 1)
        row.addWidget(self.minimap)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("reviewSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([560, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.banner)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)

    # ----------------------------------------------------------- changes
    def on_changes(self, changes: Changes) -> None:
        """Refresh every view of this project from one change set (index already patched)."""
        self.model.apply_changes(changes)
        current = self.view.current_bead()
        if current is None and self.model.rowCount():
            self.view.go_to_row(0)
        elif current is not None and (
            current in self.doc.touched or changes.structure or current != self.detail.bead_id
        ):
            self.show_current()
        self.minimap.invalidate()
        self._update_band()
        if self.flags_panel.affected_by(changes):
            self.flags_panel.reload(self.store)
        else:
            self.flags_panel.table.viewport().update()  # pair numbers may have moved

    def show_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.detail.show_row(None, None, len(self.doc), read_only=True)
            return
        row = self.model.grid_row(index.row())
        position = self.doc.position(row.bead.id)
        self.detail.show_row(row, position, len(self.doc), read_only=self.store.read_only)

    def _current_changed(self, _bead_id: int) -> None:
        self.detail.commit_pending()
        self.show_current()
        self.flags_panel.follow_pair(self.view.current_bead())
        self._update_band()
        self._save_timer.start()

    def _update_band(self, *_args: object) -> None:
        model = self.model
        if model.rowCount() == 0:
            self.minimap.set_band(0, -1, None)
            return
        first = max(0, self.view.rowAt(0))
        last = self.view.rowAt(self.view.viewport().height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        current = self.view.current_bead()
        current_pos = None if current is None else self.doc.position(current)
        if model.by_confidence:
            self.minimap.set_band(0, -1, current_pos)
            return
        lo = self.doc.position(model.bead_id(first)) or 0
        hi = self.doc.position(model.bead_id(last)) or lo
        self.minimap.set_band(lo, hi, current_pos)

    # ----------------------------------------------------------- jumping and filtering
    def jump_to_position(self, position: int) -> None:
        """Go to the pair at a document position, or the nearest one the filters show."""
        ids = self.doc.ids
        for distance in range(len(ids)):
            for candidate in (position + distance, position - distance):
                if 0 <= candidate < len(ids) and self.model.row_of(ids[candidate]) is not None:
                    self.view.go_to_bead(ids[candidate])
                    return

    def jump_to_bead(self, bead_id: int) -> None:
        if self.model.row_of(bead_id) is None and self.doc.position(bead_id) is not None:
            self.filter_bar.set_spec(FilterSpec())
            self.set_filter(FilterSpec())
            self._message(self.tr("Filters cleared to show the pair"))
        self.view.go_to_bead(bead_id)

    def set_filter(self, spec: FilterSpec) -> None:
        current = self.view.current_bead()
        self.model.set_view(spec)
        self._after_view_change(current)

    def set_sort_by_confidence(self, on: bool) -> None:
        current = self.view.current_bead()
        self.model.set_view(self.model.spec, by_confidence=on)
        self._after_view_change(current)

    def _after_view_change(self, current: int | None) -> None:
        if current is not None and self.model.row_of(current) is not None:
            self.view.go_to_bead(current)
        elif self.model.rowCount():
            self.view.go_to_row(0)
        else:
            self.view.setCurrentIndex(QModelIndex())
            self._message(self.tr("No pair matches the filters"))
        self._save_timer.start()

    # ----------------------------------------------------------- state
    def restore_state(self) -> None:
        spec = FilterSpec.from_json(self.store.ui_state("filters", {}))
        by_confidence = bool(self.store.ui_state("sort_by_confidence", False))
        self.filter_bar.set_spec(spec)
        if spec.active or by_confidence:
            self.model.set_view(spec, by_confidence=by_confidence)
        current = self.store.ui_state("current_bead")
        if (
            not (isinstance(current, int) and self.view.go_to_bead(current))
            and self.model.rowCount()
        ):
            # The pair is gone (merged away after the row was saved, say): stay
            # near where the editor was rather than jumping to the top.
            row = self.store.ui_state("current_row", 0)
            row = row if isinstance(row, int) else 0
            self.view.go_to_row(max(0, min(row, self.model.rowCount() - 1)))
        self.view.setFocus()

    def save_state(self) -> None:
        self._save_timer.stop()
        if self.store.read_only:
            return
        current = self.view.current_bead()
        state = {
            "current_bead": current,
            "current_row": self.view.currentIndex().row(),
            "filters": self.model.spec.to_json(),
            "sort_by_confidence": self.model.by_confidence,
        }
        for key, value in state.items():
            if self.store.ui_state(key) != value:
                self.store.set_ui_state(key, value)
