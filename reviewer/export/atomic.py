"""Write an output file completely or not at all.

The data goes to a temporary file beside the target, is flushed to disk, then
renamed over the target. A full disk or a crash leaves the old file (or none)
and never a half-written one.

What the user names is respected: a symbolic link is written through (the
file it points to is replaced, the link stays), a device or pipe
(``/dev/stdout``, a FIFO) is written to directly, ``-`` is standard output, and
the new file gets the old file's permissions or the umask's (not mkstemp's
0600). A project file (or any SQLite database) is never overwritten: one slip
of ``-o`` must not destroy the review.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import secrets
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from reviewer import messages as msg
from reviewer.errors import ReviewerError
from reviewer.store.opening import SQLITE_HEADER

STDOUT = "-"


def writes_stdout(path: str | Path) -> bool:
    """Whether ``-o path`` means standard output (the status line then goes to stderr)."""
    return str(path) == STDOUT


def output_name(path: str | Path) -> str:
    """``path`` as a status line names it."""
    return "standard output" if writes_stdout(path) else str(path)


def _is_database(path: Path) -> bool:
    """Whether ``path`` (or the database it is the journal of) is an SQLite file."""
    candidates = [path]
    for suffix in ("-wal", "-shm", "-journal"):
        if path.name.endswith(suffix):
            candidates.append(path.with_name(path.name[: -len(suffix)]))
    for candidate in candidates:
        try:
            with candidate.open("rb") as handle:
                if handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                    return True
        except OSError:
            continue
    return False


def _temporary_beside(path: Path) -> tuple[int, Path]:
    """A new temporary file next to ``path`` with the permissions a new file gets
    (0666 less the umask, applied by open itself: reading the umask would mean
    setting it, which other threads would see), or the old file's."""
    try:
        old_mode: int | None = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        old_mode = None
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    if old_mode is not None:
        os.fchmod(fd, old_mode)
    return fd, tmp


@contextlib.contextmanager
def _direct_output(stream: IO[bytes], binary: bool) -> Iterator[IO[str] | IO[bytes]]:
    """Standard output, a device or a pipe: written in place, never renamed over."""
    if binary:
        yield stream
    else:
        text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)
        try:
            yield text
        finally:
            text.detach()
    stream.flush()


@contextlib.contextmanager
def atomic_output(path: str | Path, *, binary: bool = False) -> Iterator[IO[str] | IO[bytes]]:
    if writes_stdout(path):
        with _direct_output(sys.stdout.buffer, binary) as out:
            yield out
        return
    named = Path(path)
    path = Path(os.path.realpath(named))  # through a symbolic link to its file
    if path.is_dir():
        raise ReviewerError(msg.OUTPUT_IS_A_FOLDER(), named)
    if path.exists() and not path.is_file():
        try:
            stream = path.open("ab" if path.is_char_device() else "wb")
        except OSError as error:
            raise ReviewerError(msg.CANNOT_WRITE(problem=str(error.strerror)), named) from None
        with stream, _direct_output(stream, binary) as out:
            yield out
        return
    if _is_database(path):
        raise ReviewerError(msg.OUTPUT_IS_A_PROJECT(), named)
    folder = path.parent
    if not folder.is_dir():
        raise ReviewerError(msg.NO_FOLDER(), named)
    try:
        fd, tmp = _temporary_beside(path)
    except OSError as error:
        raise ReviewerError(msg.CANNOT_WRITE(problem=str(error.strerror)), named) from None
    try:
        if binary:
            handle: IO[str] | IO[bytes] = os.fdopen(fd, "wb")
        else:
            handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        reasons = {errno.ENOSPC: "the disk is full", errno.EFBIG: "the file size limit was reached"}
        reason = reasons.get(error.errno or 0, error.strerror or str(error))
        raise ReviewerError(msg.WRITE_FAILED(problem=reason), named) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(path: str | Path, write: Callable[[IO[str]], None]) -> None:
    with atomic_output(path) as handle:
        write(handle)  # type: ignore[arg-type]
