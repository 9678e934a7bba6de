"""Write an output file completely or not at all.

The data goes to a temporary file beside the target, is flushed to disk, then
renamed over the target. A full disk or a crash leaves the old file (or none)
and never a half-written one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from reviewer.errors import ReviewerError


@contextlib.contextmanager
def atomic_output(path: str | Path, *, binary: bool = False) -> Iterator[IO[str] | IO[bytes]]:
    path = Path(path)
    if path.is_dir():
        raise ReviewerError("is a folder; choose a file name", path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ReviewerError("its folder does not exist", path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ReviewerError(f"cannot be written ({error.strerror})", path) from None
    tmp = Path(tmp_name)
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
        raise ReviewerError(f"cannot be written ({reason}); nothing was changed", path) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(path: str | Path, write: Callable[[IO[str]], None]) -> None:
    with atomic_output(path) as handle:
        write(handle)  # type: ignore[arg-type]
