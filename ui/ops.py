"""One runner for background work (Anki's CollectionOp/QueryOp, in small).

``OpRunner.run`` executes a callable in a thread pool with a progress callback
and a cancel token, and delivers success or failure on the GUI thread through
queued signals. Work that writes the project returns a result that the GUI
thread then applies as an undoable command, so the worker never writes.
Tests can set ``inline`` to run the callable synchronously.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from reviewer.errors import Cancelled
from reviewer.progress import CancelToken, ProgressFn

Work = Callable[[ProgressFn, CancelToken], Any]
PROGRESS_INTERVAL = 0.05


@dataclass
class Op:
    id: int
    label: str
    token: CancelToken
    on_success: Callable[[Any], object]
    on_failure: Callable[[BaseException], object] | None
    on_cancel: Callable[[], object] | None
    done: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues to the GUI thread."""

    succeeded = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int, str)


class _Job(QRunnable):
    def __init__(self, op_id: int, work: Work, token: CancelToken, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._op_id = op_id
        self._work = work
        self._token = token
        self._relay = relay
        self._last = 0.0

    def _progress(self, done: int, total: int, what: str) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL or (total and done >= total):
            self._last = now
            self._relay.progressed.emit(self._op_id, done, total, what)

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._token)
        except BaseException as error:  # delivered to the GUI thread, never lost
            self._relay.failed.emit(self._op_id, error)
            return
        self._relay.succeeded.emit(self._op_id, result)


class OpRunner(QObject):
    """Runs work off the GUI thread; ``started``/``progressed``/``ended`` drive a progress UI."""

    started = Signal(str)
    progressed = Signal(int, int, str)
    ended = Signal()
    inline = False  # tests: run synchronously on the calling thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)
        self._relay.progressed.connect(self._progressed)
        self._ops: dict[int, Op] = {}
        self._ids = itertools.count(1)

    @property
    def busy(self) -> bool:
        return bool(self._ops)

    def run(
        self,
        label: str,
        work: Work,
        on_success: Callable[[Any], object],
        on_failure: Callable[[BaseException], object] | None = None,
        on_cancel: Callable[[], object] | None = None,
    ) -> Op:
        op = Op(next(self._ids), label, CancelToken(), on_success, on_failure, on_cancel)
        self._ops[op.id] = op
        self.started.emit(label)
        if self.inline:
            try:
                result = work(lambda d, t, w: self._progressed(op.id, d, t, w), op.token)
            except BaseException as error:
                self._failed(op.id, error)
            else:
                self._succeeded(op.id, result)
            return op
        self.pool.start(_Job(op.id, work, op.token, self._relay))
        return op

    def cancel(self) -> None:
        """Ask every running op to stop at its next check."""
        for op in self._ops.values():
            op.token.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (teardown and tests); queued results still arrive."""
        return self.pool.waitForDone(msecs)

    def _finish(self, op_id: int) -> Op | None:
        op = self._ops.pop(op_id, None)
        if op is not None:
            op.done = True
            self.ended.emit()
        return op

    @Slot(int, object)
    def _succeeded(self, op_id: int, result: object) -> None:
        op = self._finish(op_id)
        if op is None:
            return
        if op.token.cancelled:
            if op.on_cancel is not None:
                op.on_cancel()
            return
        op.on_success(result)

    @Slot(int, object)
    def _failed(self, op_id: int, error: object) -> None:
        op = self._finish(op_id)
        if op is None:
            return
        if isinstance(error, Cancelled) or op.token.cancelled:
            if op.on_cancel is not None:
                op.on_cancel()
            return
        if op.on_failure is not None and isinstance(error, BaseException):
            op.on_failure(error)
        elif isinstance(error, BaseException):
            raise error

    @Slot(int, int, int, str)
    def _progressed(self, op_id: int, done: int, total: int, what: str) -> None:
        if op_id in self._ops:
            self.progressed.emit(done, total, what)


class ProgressIndicator(QWidget):
    """Status-bar progress: what is running, a bar, and Cancel."""

    def __init__(self, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.clicked.connect(runner.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.bar, self.cancel_button):
            layout.addWidget(widget)
        runner.started.connect(self._started)
        runner.progressed.connect(self._progressed)
        runner.ended.connect(self._ended)
        self.hide()

    def _started(self, label: str) -> None:
        self._title = label
        self.label.setText(label)
        self.bar.setRange(0, 0)
        self.show()

    def _progressed(self, done: int, total: int, what: str) -> None:
        self.label.setText(f"{self._title}: {what}" if what else self._title)
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        else:
            self.bar.setRange(0, 0)

    def _ended(self) -> None:
        if not self.runner.busy:
            self.hide()
