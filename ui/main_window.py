"""The main window: wires menus, toolbar, docks and status bar to the open project.

It keeps no editing logic: actions call the review area's controller and
navigator; every write's ``Changes`` goes out through ``changesApplied``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from reviewer.edits.glossary import GlossaryInfo, glossary_info
from reviewer.errors import ReviewerError
from reviewer.store import Changes, ProjectStore

from . import projects
from .actions import TOOLBAR, Actions
from .core_text import error_text, message_text
from .ops import OpRunner, ProgressIndicator
from .review_area import ReviewArea

APP_TITLE = "Translation Reviewer"
NOTE_MS = 20_000  # how long an import note stays in the status bar


class MainWindow(QMainWindow):
    changesApplied = Signal(object)  # noqa: N815 (Qt signal naming)
    projectOpened = Signal(str)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.resize(1280, 820)
        self.area: ReviewArea | None = None
        self.runner = OpRunner(self)
        self.undo_group = QUndoGroup(self)
        self.qactions = Actions(self, self.undo_group)
        self._glossary: GlossaryInfo | None = None  # the open project's term base
        self._queue: list[Changes] = []
        self._applying = False
        self.stack = QStackedWidget()
        self.start = self._start_screen()
        self.stack.addWidget(self.start)
        self.setCentralWidget(self.stack)
        self.flags_dock = QDockWidget(self.tr("Flags and QA suspects"), self)
        self.flags_dock.setObjectName("flagsDock")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.flags_dock)
        self.resizeDocks([self.flags_dock], [340], Qt.Orientation.Horizontal)
        self._menus()
        self._status_bar()
        self._connect()
        self.changesApplied.connect(self._changes_applied)
        self._set_project_state()
        self._restore_window()

    # ----------------------------------------------------------- building
    def _start_screen(self) -> QWidget:
        try:
            from ui.start_screen import StartScreen
        except ImportError:
            label = QLabel(self.tr("Open a project (File ▸ Open) or create one (File ▸ New)."))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label
        screen = StartScreen(self)
        screen.newProjectRequested.connect(self.new_project)
        screen.openProjectRequested.connect(lambda path: self.open_project(Path(path)))
        screen.set_recent(projects.recent_projects())
        return screen

    def _menus(self) -> None:
        bar = self.menuBar()
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "pairs": self.tr("&Pairs"),
            "sentence": self.tr("&Sentence"),
            "go": self.tr("&Go"),
            "qa": self.tr("&QA"),
            "help": self.tr("&Help"),
        }
        for key, title in titles.items():
            menu = bar.addMenu(title)
            menu.setObjectName(f"menu_{key}")
            for action in self.qactions.menu(key):
                menu.addAction(action)
                if action.objectName() in ("action_export", "action_redo", "action_pin"):
                    menu.addSeparator()
            if key == "help":
                self._language_menu(menu)
                menu.addAction(self.tr("&About"), self._about)
            if key == "go":
                menu.addSeparator()
                menu.addAction(self.flags_dock.toggleViewAction())
        toolbar = self.addToolBar(self.tr("Review"))
        toolbar.setObjectName("reviewToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name in TOOLBAR:
            if name is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.qactions[name])

    def _language_menu(self, parent: QMenu) -> None:
        """Interface language, remembered in QSettings; applied at the next start."""
        try:
            from ui.i18n import available_languages, current_language
        except ImportError:
            return
        menu = parent.addMenu(self.tr("Interface &language"))
        group = QActionGroup(menu)
        for code, name in available_languages():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(self._language_chosen)

    def _language_chosen(self, action: QAction) -> None:
        projects.settings().setValue("language", action.data())
        self.show_message(self.tr("The interface language changes when the app starts again."))

    def _status_bar(self) -> None:
        status = self.statusBar()
        self.progress = ProgressIndicator(self.runner)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("readOnly")
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.read_only_label)
        status.addPermanentWidget(self.counts)

    def _connect(self) -> None:
        a = self.qactions
        plain: dict[str, Callable[[], Any]] = {
            "new": self.new_project,
            "open": self.choose_project,
            "export": self.export,
            "close_project": self.close_project,
            "quit": self.close,
            "shortcuts": self.show_shortcuts,
        }
        for name, slot in plain.items():
            a[name].triggered.connect(slot)
        on_area: dict[str, Callable[[ReviewArea], Any]] = {
            "approve": lambda r: r.controller.set_status("approved"),
            "reject": lambda r: r.controller.set_status("rejected"),
            "approve_above": lambda r: r.controller.approve_above(),
            "pin": lambda r: r.controller.toggle_pin(),
            "merge_next": lambda r: r.controller.merge(with_next=True),
            "merge_prev": lambda r: r.controller.merge(with_next=False),
            "split_bead": lambda r: r.controller.split_bead(),
            "src_up": lambda r: r.controller.shift("src", down=False),
            "src_down": lambda r: r.controller.shift("src", down=True),
            "tgt_up": lambda r: r.controller.shift("tgt", down=False),
            "tgt_down": lambda r: r.controller.shift("tgt", down=True),
            "detach": lambda r: r.controller.detach(),
            "realign": lambda r: r.controller.realign(),
            "edit_text": lambda r: r.controller.focus_text(),
            "split_sentence": lambda r: r.controller.split_sentence(),
            "join_sentences": lambda r: r.controller.join_sentences(),
            "flag": lambda r: r.controller.flag_selection(),
            "next_bead": lambda r: r.navigator.step(1),
            "prev_bead": lambda r: r.navigator.step(-1),
            "next_unreviewed": lambda r: r.navigator.unreviewed(1),
            "prev_unreviewed": lambda r: r.navigator.unreviewed(-1),
            "next_low": lambda r: r.navigator.low_confidence_pair(1),
            "prev_low": lambda r: r.navigator.low_confidence_pair(-1),
            "next_flag": lambda r: r.navigator.flagged(1),
            "prev_flag": lambda r: r.navigator.flagged(-1),
            "find": lambda r: r.filter_bar.focus_search(),
            "clear_filters": lambda r: r.filter_bar.clear(),
            "sort_confidence": lambda r: r.set_sort_by_confidence(a["sort_confidence"].isChecked()),
            "import_glossary": lambda r: r.qa.choose_glossary(),
            "run_qa": lambda r: r.qa.run_checks(),
        }
        for name, handler in on_area.items():
            a[name].triggered.connect(lambda _checked=False, h=handler: self._on_area(h))

    def _on_area(self, handler: Callable[[ReviewArea], Any]) -> None:
        if self.area is not None:
            handler(self.area)

    # ----------------------------------------------------------- projects
    def open_project(self, path: Path) -> bool:
        try:
            store = ProjectStore.open(path, mode="auto")
        except ReviewerError as error:
            self.show_error(error)
            return False
        self.close_project()
        area = ReviewArea(
            store,
            runner=self.runner,
            notify=self.apply_changes,
            report=self.show_error,
            message=self.show_message,
        )
        self.area = area
        self.stack.addWidget(area)
        self.stack.setCurrentWidget(area)
        self.flags_dock.setWidget(area.flags_panel)
        self.undo_group.addStack(area.stack)
        self.undo_group.setActiveStack(area.stack)
        area.detail.add_tools(
            [self.qactions[n] for n in ("flag", "split_sentence", "join_sentences", "detach")]
        )
        area.model.rowsRefreshed.connect(self._update_counts)
        splitter = projects.settings().value("window/splitter")
        if splitter is not None:
            area.splitter.restoreState(splitter)
        area.restore_state()
        self.qactions["sort_confidence"].setChecked(area.model.by_confidence)
        projects.remember_project(store.path)
        self._set_project_state()
        self.projectOpened.emit(str(store.path))
        return True

    def close_project(self) -> None:
        area, self.area = self.area, None
        if area is None:
            return
        self.runner.cancel()
        self.runner.wait()
        area.detail.commit_pending()
        area.save_state()
        self.undo_group.removeStack(area.stack)
        self.flags_dock.setWidget(QWidget())
        self.stack.removeWidget(area)
        area.store.close()
        area.deleteLater()
        if hasattr(self.start, "set_recent"):
            self.start.set_recent(projects.recent_projects())
        self.stack.setCurrentWidget(self.start)
        self._set_project_state()

    def choose_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), "", self.tr("Review projects (*.rvproj);;All files (*)")
        )
        if path:
            self.open_project(Path(path))

    def new_project(self) -> None:
        from ui.dialogs.new_project import NewProjectDialog

        # The dialog reads the files before it closes: a file that cannot be used is
        # shown there, with the editor's choices kept, not after the dialog is gone.
        request, ok = NewProjectDialog.get_request(
            self, runner=self.runner, reader=projects.read_request
        )
        if ok and request is not None:
            read, first, project = projects.request_reader(request)
            self.build_project(read, first, project, aligner=request.aligner or None)

    def build_project(
        self,
        read: Callable[[], Any],
        first: Path | None,
        project: Path | None,
        *,
        aligner: str | None = None,
    ) -> None:
        """Import and align in the background; open the project when it is ready."""
        work = projects.build_work(read, first, project, aligner_name=aligner)
        self.runner.run(
            self.tr("Creating project"),
            work,
            self._open_built,
            self.show_error,
            lambda: self.show_message(self.tr("Cancelled: no project was created")),
        )

    def _open_built(self, built: projects.Built) -> None:
        if self.open_project(built.path) and built.notes:
            # Files swapped back, an encoding guessed: long enough to be read.
            self.show_message("  ".join(message_text(note) for note in built.notes), NOTE_MS)

    def export_counts(self) -> dict[str, int]:
        """Pairs by status and the open flags: what the export dialog warns about."""
        assert self.area is not None
        store = self.area.store
        return {**store.status_counts(), "open_flags": store.flag_counts().get("open", 0)}

    def export(self) -> None:
        from reviewer.export import export_project
        from ui.dialogs.export import ExportDialog

        if self.area is None:
            return
        store = self.area.store
        options, ok = ExportDialog.get_options(self, self.export_counts(), str(store.path))
        if not ok or options is None:
            return
        target = Path(options.path)
        path = store.path

        def work(_progress: Any, _cancel: Any) -> int:
            with ProjectStore.open(path, mode="read") as reader:
                count = export_project(
                    reader, options.format, target, include_all=options.include_all
                )
                if options.report_path:
                    from reviewer.qa_commands import write_report

                    write_report(reader, options.report_path)
                return count

        def done(count: int) -> None:
            self.show_message(
                self.tr("Wrote %1 pair(s) to %2")
                .replace("%1", str(count))
                .replace("%2", str(target))
            )

        self.runner.run(self.tr("Exporting"), work, done, self.show_error)

    # ----------------------------------------------------------- changes
    def apply_changes(self, changes: Changes) -> None:
        """Patch the index, then tell every view (re-entrant calls are queued)."""
        self._queue.append(changes)
        if self._applying:
            return
        self._applying = True
        try:
            while self._queue:
                step = self._queue.pop(0)
                if self.area is not None:
                    self.area.doc.apply(step)
                self.changesApplied.emit(step)
        finally:
            self._applying = False

    def _changes_applied(self, changes: Changes) -> None:
        if self.area is not None:
            self.area.on_changes(changes)
        if changes.glossary:
            self._read_glossary()
        self._update_counts()

    def _read_glossary(self) -> None:
        """The term base named in the status bar: read when it may have changed, not per edit."""
        self._glossary = None if self.area is None else glossary_info(self.area.store)

    def _update_counts(self) -> None:
        area = self.area
        if area is None:
            self.counts.clear()
            self.read_only_label.clear()
            return
        approved = area.doc.status.count("approved")
        total = len(area.doc)
        flags = area.store.flag_counts()
        text = (
            self.tr("Approved %1 / %2").replace("%1", f"{approved:,}").replace("%2", f"{total:,}")
        )
        text += "  ·  " + self.tr("Open flags %1").replace("%1", str(flags.get("open", 0)))
        if flags.get("suspect"):
            text += "  ·  " + self.tr("Suspects %1").replace("%1", str(flags["suspect"]))
        if self._glossary is not None:
            text += "  ·  " + self.tr("Glossary %1 (%2 terms)").replace(
                "%1", self._glossary.file_name
            ).replace("%2", f"{self._glossary.terms:,}")
        shown = area.model.rowCount()
        if shown != total:
            text += "  ·  " + self.tr("Showing %1").replace("%1", f"{shown:,}")
        self.counts.setText(text)

    def _set_project_state(self) -> None:
        store = None if self.area is None else self.area.store
        writable = store is not None and not store.read_only
        self.qactions.set_project_state(has_project=store is not None, writable=writable)
        title = APP_TITLE
        if store is not None:
            title = f"{store.path.name} — {APP_TITLE}"
            if store.read_only:
                title += " " + self.tr("[read-only]")
        self.setWindowTitle(title)
        self.read_only_label.setText(
            self.tr("READ-ONLY") if store is not None and store.read_only else ""
        )
        self.read_only_label.setStyleSheet("QLabel { color: #d03030; font-weight: bold; }")
        self._read_glossary()
        self._update_counts()

    # ----------------------------------------------------------- messages and help
    def show_error(self, error: BaseException) -> None:
        if isinstance(error, ReviewerError):
            QMessageBox.warning(self, APP_TITLE, error_text(error))
        else:
            QMessageBox.critical(
                self,
                APP_TITLE,
                self.tr("Internal error: %1").replace("%1", f"{type(error).__name__}: {error}"),
            )

    def show_message(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def show_shortcuts(self) -> None:
        from ui.dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self, self.qactions.with_shortcuts())
        dialog.exec()

    def _about(self) -> None:
        QMessageBox.about(
            self, APP_TITLE, self.tr("Review English→Korean translations: align, flag, export.")
        )

    def all_actions(self) -> list[QAction]:
        return self.qactions.with_shortcuts()

    # ----------------------------------------------------------- window state
    def _restore_window(self) -> None:
        settings = projects.settings()
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        settings = projects.settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self.area is not None:
            settings.setValue("window/splitter", self.area.splitter.saveState())
        self.close_project()
        self.runner.wait()
        super().closeEvent(event)
