"""Safe opening of a project file: refuse what is not ours, never modify it.

Every check here runs before the file is opened for writing, so a foreign,
damaged or too-new file is left byte-for-byte as it was.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from reviewer import messages as msg
from reviewer.errors import ProjectFileError, ProjectLockedError
from reviewer.store.schema import APPLICATION_ID, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"


def read_only_uri(path: Path) -> str:
    """An SQLite URI that reads ``path`` and never writes beside it.

    With no -wal there is nothing to recover and no writer (a WAL project's
    writer always keeps one), so the file is read as it is (immutable): that
    needs no -shm, works in a read-only folder and leaves no -wal or -shm behind.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return uri if Path(f"{path}-wal").exists() else uri + "&immutable=1"


def validate_existing(path: Path) -> int:
    """Check that ``path`` is one of our projects; return its schema version."""
    if not path.exists():
        raise ProjectFileError(msg.NO_SUCH_PROJECT(), path)
    if path.is_dir():
        raise ProjectFileError(msg.PROJECT_IS_A_FOLDER(), path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError:
        raise ProjectFileError(msg.PROJECT_NO_PERMISSION(), path) from None
    except OSError as error:
        raise ProjectFileError(msg.PROJECT_UNREADABLE(problem=str(error.strerror)), path) from None
    if not header:
        raise ProjectFileError(msg.PROJECT_EMPTY(), path)
    if not header.startswith(SQLITE_HEADER):
        raise ProjectFileError(msg.NOT_SQLITE(), path)
    if len(header) < 100:
        raise ProjectFileError(msg.TRUNCATED_HEADER(), path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    wal = Path(f"{path}-wal")
    short = bool(page_size and page_count and path.stat().st_size < page_size * page_count)
    if short and not wal.exists():
        raise ProjectFileError(msg.TRUNCATED_FILE(), path)
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as error:
        raise ProjectFileError(msg.CANNOT_OPEN(problem=str(error)), path) from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if app_id != APPLICATION_ID:
            raise ProjectFileError(msg.FOREIGN_DATABASE(), path)
        if version > SCHEMA_VERSION:
            raise ProjectFileError(
                msg.NEWER_FORMAT(version=str(version), supported=str(SCHEMA_VERSION)), path
            )
        result = conn.execute("PRAGMA quick_check").fetchall()
        if [tuple(r) for r in result] != [("ok",)]:
            raise ProjectFileError(msg.FAILED_CHECK(problem=str(result[0][0])), path)
    except sqlite3.OperationalError as error:
        raise ProjectFileError(msg.PROJECT_UNREADABLE(problem=str(error)), path) from None
    except sqlite3.DatabaseError as error:
        raise ProjectFileError(msg.DAMAGED_OR_FOREIGN(problem=str(error)), path) from None
    finally:
        conn.close()
    return version


@dataclass
class ProjectLock:
    """An advisory lock held while a process may write the project.

    ``flock`` is released by the kernel when the holder dies, so a crash never
    leaves a stale lock behind; the file's content only names the holder in
    the message another process shows.
    """

    path: Path
    handle: IO[str]

    def release(self) -> None:
        """Remove the lock file while still holding it, then unlock.

        A process that opened the old file meanwhile notices (see
        :func:`acquire_lock`) that it locked a removed file and tries again.
        """
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):
            fcntl.flock(self.handle.fileno(), fcntl.LOCK_UN)
        self.handle.close()


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


def acquire_lock(project: Path, program: str) -> ProjectLock:
    """Take the writer's lock or raise ProjectLockedError naming the holder."""
    path = lock_path(project)
    for _attempt in range(20):
        try:
            handle = path.open("a+", encoding="utf-8")
        except OSError as error:
            raise ProjectFileError(
                msg.NO_LOCK_FILE(name=path.name, problem=str(error.strerror)), project
            ) from None
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = describe_holder(handle.read())
            handle.close()
            raise ProjectLockedError(msg.LOCKED(holder=holder), project) from None
        try:
            same = os.fstat(handle.fileno()).st_ino == path.stat().st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        handle.close()  # the holder removed it as we opened it: take the new one
    else:
        raise ProjectLockedError(msg.LOCK_CHURN(), project)
    handle.seek(0)
    handle.truncate()
    info = {"pid": os.getpid(), "host": socket.gethostname(), "program": program}
    handle.write(json.dumps(info))
    handle.flush()
    return ProjectLock(path, handle)


def describe_holder(content: str) -> str:
    try:
        info = json.loads(content)
        return msg.HOLDER(
            program=str(info["program"]), pid=str(info["pid"]), host=str(info["host"])
        )
    except (ValueError, KeyError, TypeError):
        return "another process"


def program_name() -> str:
    return Path(sys.argv[0]).name or "python"
