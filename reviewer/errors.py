"""User-facing errors: one clear line naming the file and the problem."""

from __future__ import annotations

from pathlib import Path


class ReviewerError(Exception):
    """An error caused by the user's input or environment, never a bug.

    The CLI prints ``str(error)`` as one line and exits non-zero; the GUI shows
    it in a dialog, in the interface language: ``message`` is built from a
    template in :mod:`reviewer.messages`, which the GUI matches back and
    translates (the path is shown as it is). No traceback is ever shown for these.
    """

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        self.path = None if path is None else str(path)
        self.message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class InputFileError(ReviewerError):
    """A document to import cannot be read or makes no sense."""


class ProjectFileError(ReviewerError):
    """A project file cannot be opened, or refuses a change."""


class ProjectLockedError(ProjectFileError):
    """Another process is writing the project file."""


class Cancelled(Exception):  # noqa: N818 - it is a signal, not a failure
    """Long work stopped because the user pressed Cancel."""
