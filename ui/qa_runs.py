"""QA from the app: import a glossary into the project and run the checks.

Both go through the op runner: the slow part (reading the term base, running
the checks with the embedder) happens on a worker with its own read-only
connection; the result is stored on the GUI thread as one undoable edit, so a
cancelled run writes nothing and the views refresh from the returned Changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from reviewer.edits.glossary import GlossaryFile, import_glossary, read_glossary_file
from reviewer.progress import CancelToken, ProgressFn
from reviewer.qa_commands import QaRun, find_suspects, store_qa_run
from reviewer.store import ProjectStore

from .commands import Editor
from .ops import OpRunner


class QaController(QObject):
    """Runs the glossary import and the QA checks for one open project."""

    use_model = True  # tests: False skips the embedder (the coverage check)

    def __init__(
        self,
        parent: QWidget,
        store: ProjectStore,
        *,
        editor: Editor,
        runner: OpRunner,
        report: Callable[[BaseException], None],
        message: Callable[[str], None],
        commit_pending: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.store = store
        self.editor = editor
        self.runner = runner
        self.report = report
        self.message = message
        self.commit_pending = commit_pending

    # ----------------------------------------------------------- glossary
    def choose_glossary(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import glossary"),
            "",
            self.tr("Glossaries (*.csv *.tsv *.txt *.tbx *.xml);;All files (*)"),
        )
        if path:
            self.import_glossary(Path(path))

    def import_glossary(self, path: Path) -> None:
        """Read and check the file off the GUI thread; replace the term base if it is good."""

        def work(progress: ProgressFn, cancel: CancelToken) -> GlossaryFile:
            progress(0, 0, path.name)
            source = read_glossary_file(path)
            cancel.check()
            return source

        def apply(source: GlossaryFile) -> None:
            edit = self.editor.run(self.tr("Import glossary"), lambda s: import_glossary(s, source))
            if edit:
                text = self.tr("Glossary %1: %2 term(s) imported; run the QA checks to use them")
            elif self.editor.last_error is None:
                text = self.tr("Glossary %1 (%2 term(s)) is already in the project")
            else:
                return
            text = text.replace("%1", source.file_name).replace("%2", str(len(source.glossary)))
            if source.glossary.skipped:
                text += self.tr(
                    " (rows skipped, with no source or no target term: line %1)"
                ).replace("%1", source.glossary.skipped_lines())
            self.message(text)

        self.runner.run(
            self.tr("Importing glossary"),
            work,
            apply,
            self.report,
            lambda: self.message(self.tr("Glossary import cancelled: nothing was changed")),
        )

    # ----------------------------------------------------------- checks
    def run_checks(self) -> None:
        """Find suspects in the background, then store them as one undoable step."""
        path = self.store.path
        use_model = self.use_model

        def work(progress: ProgressFn, cancel: CancelToken) -> QaRun:
            with ProjectStore.open(path, mode="read") as reader:
                return find_suspects(reader, use_model=use_model, progress=progress, cancel=cancel)

        def apply(run: QaRun) -> None:
            # Text typed while the checks ran: save it before the views reload.
            self.commit_pending()
            self.editor.run(self.tr("QA checks"), lambda s: store_qa_run(s, run))
            if self.editor.last_error is not None:
                return
            waiting = self.store.flag_counts().get("suspect", 0)
            self.message(
                self.tr("QA checks: %1 suspect(s) found, %2 waiting for a decision")
                .replace("%1", str(len(run.suspects)))
                .replace("%2", str(waiting))
            )

        self.runner.run(
            self.tr("Running QA checks"),
            work,
            apply,
            self.report,
            lambda: self.message(self.tr("QA checks cancelled: nothing was changed")),
        )
