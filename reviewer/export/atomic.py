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
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from reviewer.errors import ReviewerError

STDOUT = "-"
_SQLITE_MAGIC = b"SQLite format 3\x00"


def _is_database(path: Path) -> bool:
    """Whether ``path`` (or the database it is the journal of) is an SQLite file."""
    candidates = [path]
    for suffix in ("-wal", "-shm", "-journal"):
        if path.name.endswith(suffix):
            candidates.append(path.with_name(path.name[: -len(suffix)]))
    for candidate in candidates:
        try:
            with candidate.open("rb") as handle:
                if handle.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC:
                    return True
        except OSError:
            continue
    return False


def _new_file_mode(path: Path) -> int:
    """The old file's permissions, or what the umask gives a new file."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


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
    if str(path) == STDOUT:
        with _direct_output(sys.stdout.buffer, binary) as out:
            yield out
        return
    named = Path(path)
    path = Path(os.path.realpath(named))  # through a symbolic link to its file
    if path.is_dir():
        raise ReviewerError("is a folder; choose a file name", named)
    if path.exists() and not path.is_file():
        try:
            stream = path.open("ab" if path.is_char_device() else "wb")
        except OSError as error:
            raise ReviewerError(f"cannot be written ({error.strerror})", named) from None
        with stream, _direct_output(stream, binary) as out:
            yield out
        return
    if _is_database(path):
        raise ReviewerError(
            "is a project file (an SQLite database); write the output to another file", named
        )
    folder = path.parent
    if not folder.is_dir():
        raise ReviewerError("its folder does not exist", named)
    mode = _new_file_mode(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ReviewerError(f"cannot be written ({error.strerror})", named) from None
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, mode)
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
        raise ReviewerError(f"cannot be written ({reason}); nothing was changed", named) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(path: str | Path, write: Callable[[IO[str]], None]) -> None:
    with atomic_output(path) as handle:
        write(handle)  # type: ignore[arg-type]
