"""ProjectStore: open, create and read a project file; run journaled actions.

One connection per store. Writes happen only inside :meth:`ProjectStore.action`
(one transaction per user action, committed before it returns) or undo/redo.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import stat
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlite_utils

from reviewer import messages as msg
from reviewer.errors import ProjectFileError, ProjectLockedError
from reviewer.store import opening
from reviewer.store.changes import Changes
from reviewer.store.journal import (
    Action,
    apply_images,
    changes_of,
    decode_journal,
    encode_journal,
    now_iso,
)
from reviewer.store.rows import BeadRow, FlagRow, HistoryRow, SegmentRow, SpanRow
from reviewer.store.schema import SCHEMA_VERSION, create_schema, migrate

CHUNK = 500


class ProjectStore:
    """A project file opened for reading, or for writing under an exclusive lock."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        lock: opening.ProjectLock | None,
        read_only_reason: str = "",
    ) -> None:
        self.path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self._lock = lock
        self.read_only_reason = read_only_reason
        self.last_changes = Changes()

    # ----------------------------------------------------------- opening
    @classmethod
    def create(cls, path: str | Path, *, overwrite: bool = False) -> ProjectStore:
        """Create an empty project file; the importer fills it in one action."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise ProjectFileError(msg.PROJECT_EXISTS(), path)
        if path.is_dir():
            raise ProjectFileError(msg.PROJECT_PATH_IS_A_FOLDER(), path)
        if not path.parent.exists():
            raise ProjectFileError(msg.NO_FOLDER(), path)
        lock = opening.acquire_lock(path, opening.program_name())
        try:
            if path.exists():
                opening.validate_existing(path)
                for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                    extra.unlink(missing_ok=True)
            conn = _connect(path)
            conn.execute("BEGIN IMMEDIATE")
            create_schema(conn)
            conn.execute("INSERT INTO meta VALUES ('created', ?)", (now_iso(),))
            conn.execute("COMMIT")
        except sqlite3.OperationalError as error:
            lock.release()
            raise ProjectFileError(msg.CANNOT_CREATE(problem=str(error)), path) from None
        except BaseException:
            lock.release()
            raise
        return cls(path, conn, lock)

    @classmethod
    def open(cls, path: str | Path, *, mode: str = "write") -> ProjectStore:
        """Open an existing project.

        ``mode`` is 'write' (refuse when another process edits it), 'read'
        (never writes), or 'auto' (write if possible, else read-only with a
        reason in ``read_only_reason`` for the GUI to show).
        """
        path = Path(path)
        version = opening.validate_existing(path)
        if mode == "read":
            return cls(
                path,
                _connect(path, read_only=True),
                None,
                msg.OPENED_FOR_READING(name=path.name),
            )
        reason = ""
        lock = None
        try:
            _check_writable(path)
            lock = opening.acquire_lock(path, opening.program_name())
        except ProjectFileError as error:
            if mode == "write":
                raise
            # A whole sentence for the banner.
            reason = msg.READ_ONLY_BECAUSE(name=path.name, problem=error.message)
        if lock is None:
            return cls(path, _connect(path, read_only=True), None, reason)
        try:
            conn = _connect(path)
            if version < SCHEMA_VERSION:
                migrate(conn, version)
        except BaseException:
            lock.release()
            raise
        return cls(path, conn, lock)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def read_only(self) -> bool:
        return self._lock is None

    # ----------------------------------------------------------- writing
    @contextlib.contextmanager
    def action(self, name: str, summary: str, *, undoable: bool = True) -> Iterator[Action]:
        """Run the body as one transaction; on success record it in history.

        The resulting change set is in ``self.last_changes`` after the block.
        """
        if self.read_only:
            raise ProjectFileError(msg.READ_ONLY(read_only=self.read_only_reason), self.path)
        self._begin()
        act = Action(self.conn, name, summary)
        try:
            yield act
            journal, changes = act.finish()
            history_id = None
            if journal or not undoable:
                if undoable:
                    # A new edit ends any redo chain: undone actions stay in the
                    # audit trail but can no longer be redone.
                    self.conn.execute("UPDATE history SET undone = 2 WHERE undone = 1")
                cursor = self.conn.execute(
                    "INSERT INTO history (ts, action, summary, journal, undoable)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (now_iso(), name, summary, encode_journal(journal), int(undoable)),
                )
                history_id = cursor.lastrowid
            self.conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise
        self.last_changes = Changes(
            beads=changes.beads,
            segments=changes.segments,
            flags=changes.flags,
            structure=changes.structure,
            glossary=changes.glossary,
            history_id=history_id,
        )

    def _begin(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise ProjectLockedError(msg.BUSY(problem=str(error)), self.path) from None

    def undo(self, history_id: int) -> Changes:
        return self._replay(history_id, undo=True)

    def redo(self, history_id: int) -> Changes:
        return self._replay(history_id, undo=False)

    def _replay(self, history_id: int, *, undo: bool) -> Changes:
        if self.read_only:
            raise ProjectFileError(msg.READ_ONLY_HISTORY(), self.path)
        self._begin()
        try:
            row = self.conn.execute(
                "SELECT journal, undone, summary FROM history WHERE id = ? AND undoable = 1",
                (history_id,),
            ).fetchone()
            if row is None or row[1] != (0 if undo else 1):
                refusal = msg.CANNOT_UNDO if undo else msg.CANNOT_REDO
                raise ProjectFileError(refusal(action=str(history_id)), self.path)
            journal = decode_journal(row[0])
            apply_images(self.conn, journal, use_before=undo)
            self.conn.execute(
                "UPDATE history SET undone = ? WHERE id = ?", (1 if undo else 0, history_id)
            )
            verb = "undo" if undo else "redo"
            self.conn.execute(
                "INSERT INTO history (ts, action, summary, journal, undoable, refers_to)"
                " VALUES (?, ?, ?, '{}', 0, ?)",
                (now_iso(), verb, f"{verb}: {row[2]}", history_id),
            )
            self.conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise
        changes = changes_of(journal)
        self.last_changes = changes
        return changes

    def undo_last(self) -> Changes | None:
        """Undo the newest action still in effect (None when there is none)."""
        row = self.conn.execute(
            "SELECT max(id) FROM history WHERE undoable = 1 AND undone = 0"
        ).fetchone()
        return None if row[0] is None else self.undo(int(row[0]))

    def redo_last(self) -> Changes | None:
        """Redo the action undone most recently, if no new edit came after it."""
        row = self.conn.execute(
            "SELECT min(id) FROM history WHERE undoable = 1 AND undone = 1"
        ).fetchone()
        return None if row[0] is None else self.redo(int(row[0]))

    # ----------------------------------------------------------- metadata
    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def ui_state(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM ui_state WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_ui_state(self, key: str, value: Any) -> None:
        """Remember where the editor was (not an edit: no history entry)."""
        if self.read_only:
            return
        self._begin()
        self.conn.execute("INSERT OR REPLACE INTO ui_state VALUES (?, ?)", (key, json.dumps(value)))
        self.conn.execute("COMMIT")

    # ----------------------------------------------------------- reading
    def bead_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM beads ORDER BY ord")]

    def bead_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM beads").fetchone()[0])

    def bead(self, bead_id: int) -> BeadRow:
        rows = self.beads([bead_id])
        if not rows:
            raise KeyError(bead_id)
        return rows[0]

    def beads(self, bead_ids: Sequence[int] | None = None, *, flags: bool = True) -> list[BeadRow]:
        """Full rows for the given beads (all, in document order, when None)."""
        if bead_ids is None:
            bead_ids = self.bead_ids()
        result: dict[int, BeadRow] = {}
        for start in range(0, len(bead_ids), CHUNK):
            chunk = list(bead_ids[start : start + CHUNK])
            marks = ",".join("?" * len(chunk))
            segs: dict[int, list[SegmentRow]] = {i: [] for i in chunk}
            for r in self.conn.execute(
                "SELECT id, side, ord, paragraph, text, bead_id FROM segments"
                f" WHERE bead_id IN ({marks}) ORDER BY ord",
                chunk,
            ):
                segs[r[5]].append(SegmentRow(*r))
            bead_flags = self._flags_of_beads(chunk) if flags else {}
            for r in self.conn.execute(
                f"SELECT id, ord, status, score, pinned, note FROM beads WHERE id IN ({marks})",
                chunk,
            ):
                own = segs[r[0]]
                result[r[0]] = BeadRow(
                    id=r[0],
                    ord=r[1],
                    status=r[2],
                    score=r[3],
                    pinned=bool(r[4]),
                    note=r[5],
                    src=tuple(s for s in own if s.side == "src"),
                    tgt=tuple(s for s in own if s.side == "tgt"),
                    flags=tuple(bead_flags.get(r[0], ())),
                )
        return [result[i] for i in bead_ids if i in result]

    def segments(self, side: str) -> list[SegmentRow]:
        return [
            SegmentRow(*r)
            for r in self.conn.execute(
                "SELECT id, side, ord, paragraph, text, bead_id FROM segments"
                " WHERE side = ? ORDER BY ord",
                (side,),
            )
        ]

    def segment(self, segment_id: int) -> SegmentRow:
        r = self.conn.execute(
            "SELECT id, side, ord, paragraph, text, bead_id FROM segments WHERE id = ?",
            (segment_id,),
        ).fetchone()
        if r is None:
            raise KeyError(segment_id)
        return SegmentRow(*r)

    def _flags_of_beads(self, bead_ids: Sequence[int]) -> dict[int, list[FlagRow]]:
        marks = ",".join("?" * len(bead_ids))
        flag_ids = [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT fs.flag_id FROM flag_spans fs JOIN segments s"
                f" ON s.id = fs.segment_id WHERE s.bead_id IN ({marks})",
                list(bead_ids),
            )
        ]
        grouped: dict[int, list[FlagRow]] = {}
        for flag in self.flags(flag_ids):
            if flag.bead_id is not None:
                grouped.setdefault(flag.bead_id, []).append(flag)
        return grouped

    def flags(self, flag_ids: Iterable[int] | None = None) -> list[FlagRow]:
        """Flags and suspects with their spans; all of them when ``flag_ids`` is None."""
        cols = (
            "id, kind, status, category, severity, note, suggestion, author,"
            " check_name, needs_attention, created, updated"
        )
        if flag_ids is None:
            rows = self.conn.execute(f"SELECT {cols} FROM flags ORDER BY id").fetchall()
        else:
            ids = list(flag_ids)
            rows = []
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                marks = ",".join("?" * len(chunk))
                rows += self.conn.execute(
                    f"SELECT {cols} FROM flags WHERE id IN ({marks}) ORDER BY id", chunk
                ).fetchall()
        spans: dict[int, list[SpanRow]] = {}
        bead_of: dict[int, int] = {}
        ids = [r[0] for r in rows]
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            marks = ",".join("?" * len(chunk))
            for r in self.conn.execute(
                'SELECT fs.flag_id, fs.segment_id, fs.side, fs.start, fs."end", fs.text,'
                " s.bead_id FROM flag_spans fs LEFT JOIN segments s ON s.id = fs.segment_id"
                f" WHERE fs.flag_id IN ({marks}) ORDER BY fs.id",
                chunk,
            ):
                spans.setdefault(r[0], []).append(SpanRow(r[1], r[2], r[3], r[4], r[5]))
                if r[6] is not None:
                    bead_of.setdefault(r[0], r[6])
        return [
            FlagRow(
                id=r[0],
                kind=r[1],
                status=r[2],
                category=r[3],
                severity=r[4],
                note=r[5],
                suggestion=r[6],
                author=r[7],
                check_name=r[8],
                needs_attention=bool(r[9]),
                created=r[10],
                updated=r[11],
                spans=tuple(spans.get(r[0], ())),
                bead_id=bead_of.get(r[0]),
            )
            for r in rows
        ]

    def status_counts(self) -> dict[str, int]:
        counts = {"proposed": 0, "approved": 0, "rejected": 0}
        for status, n in self.conn.execute("SELECT status, count(*) FROM beads GROUP BY status"):
            counts[status] = n
        return counts

    def flag_counts(self) -> dict[str, int]:
        """Flags by status; suspects waiting for a decision count as 'suspect'."""
        return dict(self.conn.execute("SELECT status, count(*) FROM flags GROUP BY status"))

    def last_done(self, action: str) -> str | None:
        """When ``action`` (e.g. 'qa') was last done and not undone, or None."""
        row = self.conn.execute(
            "SELECT max(ts) FROM history WHERE action = ? AND undone = 0", (action,)
        ).fetchone()
        return None if row is None else row[0]

    def history(self, limit: int | None = None) -> list[HistoryRow]:
        sql = (
            "SELECT id, ts, action, summary, undoable, undone, refers_to FROM history"
            " ORDER BY id DESC"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [
            HistoryRow(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6])
            for r in self.conn.execute(sql)
        ]

    def documents(self) -> dict[str, dict[str, Any]]:
        docs = {}
        for row in self.db.query("SELECT * FROM documents"):
            row["paragraphs"] = json.loads(row["paragraphs"])
            docs[row["side"]] = row
        return docs

    def integrity_ok(self) -> bool:
        return [tuple(r) for r in self.conn.execute("PRAGMA integrity_check")] == [("ok",)]


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    try:
        if read_only:
            conn = sqlite3.connect(
                opening.read_only_uri(path),
                uri=True,
                isolation_level=None,
                check_same_thread=False,
            )
        else:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 5000")
        return conn
    except sqlite3.Error as error:
        raise ProjectFileError(msg.CANNOT_OPEN(problem=str(error)), path) from None


def _writable(path: Path) -> bool:
    """Write permission, judged by the mode bits too: root ignores them, an editor does not."""
    return os.access(path, os.W_OK) and bool(path.stat().st_mode & stat.S_IWUSR)


def _check_writable(path: Path) -> None:
    if not _writable(path):
        raise ProjectFileError(msg.READ_ONLY_FILE(), path)
    if not _writable(path.parent):
        raise ProjectFileError(msg.READ_ONLY_FOLDER(), path)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
