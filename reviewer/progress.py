"""Progress reporting and cancellation for long work, with no GUI dependency."""

from __future__ import annotations

import threading
from collections.abc import Callable

from reviewer.errors import Cancelled

# Called with (done, total, what); total 0 means "unknown".
ProgressFn = Callable[[int, int, str], None]


class CancelToken:
    """Set from the GUI thread, checked by the worker between small steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def no_progress(done: int, total: int, what: str) -> None:
    """The default: report nothing."""
