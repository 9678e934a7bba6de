"""Confidences an edit left unknown, computed in the background.

Every edit rescores the pairs it changes inside its own action, from the
sentence vectors the project caches (a few milliseconds). A pair whose text
changed has no vector yet: the model needs 1-2 s to load and a few ms per
sentence after that, too long for the GUI thread, so the edit commits at once
with that pair's confidence unknown ("—"). This filler sees such pairs in every
change set, embeds the missing texts in the op runner (the model is loaded
there, once per open project), and then writes the scores in one quick action
that is no undo step of its own: undoing the edit restores the scores from
before it, and after a redo they are filled again from the cache at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from reviewer.edits import rescore
from reviewer.embed import Embedder
from reviewer.errors import ReviewerError
from reviewer.progress import CancelToken, ProgressFn
from reviewer.store import Changes, ProjectStore

from .core_text import error_text
from .ops import Op, OpRunner


def default_embedder() -> Embedder:
    from reviewer.embed import ModelEmbedder

    return ModelEmbedder()  # loads the model on its first text, on the worker thread


class ScoreFiller(QObject):
    """Watches change sets; fills unknown confidences once their vectors exist."""

    embedder_factory: Callable[[], Embedder] = staticmethod(default_embedder)

    def __init__(
        self,
        parent: QObject,
        store: ProjectStore,
        *,
        runner: OpRunner,
        notify: Callable[[Changes], None],
        message: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.notify = notify
        self.message = message
        self.pending: set[int] = set()
        self.op: Op | None = None
        self._embedder: Embedder | None = None
        self._embedded: set[str] = set()  # texts sent to the model already
        self._sent: list[str] = []  # by the op running now

    def changed(self, changes: Changes) -> None:
        """After every change set: note pairs whose confidence is now unknown."""
        if self.store.read_only or not (changes.segments or changes.structure):
            return  # a decision, a flag or a score: no pair changed its sentences
        ids = rescore.unscored(self.store, changes.beads)
        if ids:
            self.pending.update(ids)
            self._start()

    def _start(self) -> None:
        if self.op is not None or not self.pending:
            return
        missing = [
            t for t in rescore.missing_vectors(self.store, self.pending) if t not in self._embedded
        ]
        if not missing:
            self._fill()
            return
        if self._embedder is None:
            self._embedder = self.embedder_factory()
        embedder, path = self._embedder, self.store.path
        self._embedded.update(missing)
        self._sent = missing

        def work(progress: ProgressFn, cancel: CancelToken) -> None:
            rescore.embed_texts(path, missing, embedder, progress, cancel)

        self.op = self.runner.run(
            self.tr("Computing confidence"), work, self._done, self._failed, self._cancelled
        )

    def _done(self, _result: object) -> None:
        self.op = None
        self._fill()
        self._start()  # pairs that became unknown while the model ran

    def _fill(self) -> None:
        ids, self.pending = self.pending, set()
        try:
            changes = rescore.fill_scores(self.store, ids)
        except ReviewerError as error:  # the file became busy: leave them unknown
            self.message(self.tr("Confidence not computed: %1").replace("%1", error_text(error)))
            return
        if not changes.empty:
            self.notify(changes)

    def _failed(self, error: BaseException) -> None:
        self.op = None
        self.pending.clear()
        self.message(self.tr("Confidence not computed: %1").replace("%1", error_text(error)))

    def _cancelled(self) -> None:
        # Cancel (or closing the project) leaves the pairs unknown; the next edit
        # that needs the filler tries them again. No Qt call: the window may be gone.
        self.op = None
        self._embedded.difference_update(self._sent)
