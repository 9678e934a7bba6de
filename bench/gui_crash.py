"""GUI crash durability: SIGKILL the real app while a driver uses it, then reopen.

A child process starts the app through ``ui.app.run_gui`` (offscreen, with its
own HOME and XDG folders so QSettings are isolated) on a real project. A small
driver inside the child uses the window as a person would: it moves between
rows, triggers the window's QActions (approve, reject, pin, merge, split, move
sentences, detach, split and join sentences, undo, redo, re-align in the
background) and types into the detail pane's sentence editors key by key,
committing the text by moving on. It prints

    READY <bead id>        the project is open (the row the window restored)
    ACK <history id>       after the commit of each history entry returned
    SAVING <bead id>       before the current row is written to the project
    ROW <bead id>          after the current row was written
    TYPING start|end       around a burst of typing
    REALIGN start          a background re-align was asked for
    REALIGN end applied|not  its result was applied (or refused, or changed nothing)
    MSG <text> / BUG <text>  a warning / an internal-error message box

The parent kills it with SIGKILL at random moments, one kill in three while
text is being typed and one in three while a re-align runs, then checks: the
file opens in a fresh MainWindow, ``PRAGMA integrity_check`` is ok, every
acknowledged history id is present, replaying the history from the first rows
gives exactly the rows in the file (reviewer.store.audit), and the row the
fresh window restores is the last stored ROW.

    python bench/gui_crash.py                     # 36 kills on a 2,000-bead project
    python bench/gui_crash.py --kills 6 --beads 300
    python bench/gui_crash.py --seed-project      # the seed article (gale-church)

The last line is one JSON object:
``{"kills", "acknowledged", "lost", "half_applied", "integrity_failures",
"row_restored", ...}``; ``row_bead_gone`` counts kills where the stored row's
pair no longer existed (merged away before the new row was stored), in which
case the window correctly falls back to the first pair.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import select
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reviewer.errors import ReviewerError  # noqa: E402
from reviewer.store import ProjectStore  # noqa: E402
from reviewer.store.audit import (  # noqa: E402
    Snapshot,
    differences,
    replay_history,
    snapshot_rows,
    structure_problems,
)

SEED = REPO / "seeds" / "korea-japan-defense-talks.en-ko.txt"
MODES = ("typing", "realign", "random")
READY_TIMEOUT = 90.0  # a loaded machine can take long to import Qt
PHASE_TIMEOUT = 30.0  # waiting for typing or a re-align to start


# ----------------------------------------------------------------- projects
def build_bench_project(path: Path, n_beads: int) -> None:
    """``n_beads`` 1:1 news pairs written directly (bench/crash_durability.py's builder).

    The aligner is recorded as gale-church, so the GUI's re-align uses it.
    """
    spec = importlib.util.spec_from_file_location(
        "crash_durability", REPO / "bench" / "crash_durability.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build_project(path, n_beads)
    with ProjectStore.open(path) as store:
        store.conn.execute("INSERT OR REPLACE INTO meta VALUES ('aligner', 'gale-church')")


def build_seed_project(path: Path) -> None:
    from reviewer.importing.documents import read_bilingual
    from reviewer.pipeline import build_project

    build_project(path, read_bilingual(SEED), aligner_name="gale-church", overwrite=True).close()


# ----------------------------------------------------------------- the child
def child(project: Path, seed: int, phase: str = "") -> int:
    """Run the real app on ``project`` with a driver; never returns normally."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from ui import app

    qapp = app.make_application([sys.argv[0]])
    say = _printer()

    def box(kind: str) -> Any:
        def show(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            say(f"{kind} {' '.join(text.split())}")
            return QMessageBox.StandardButton.Ok

        return show

    QMessageBox.warning = box("MSG")  # type: ignore[method-assign]
    QMessageBox.information = box("MSG")  # type: ignore[method-assign]
    QMessageBox.critical = box("BUG")  # type: ignore[method-assign]

    original = ProjectStore.set_ui_state

    def set_ui_state(store: ProjectStore, key: str, value: Any) -> None:
        if key == "current_bead" and not store.read_only:
            say(f"SAVING {value}")
            original(store, key, value)
            say(f"ROW {value}")
        else:
            original(store, key, value)

    ProjectStore.set_ui_state = set_ui_state  # type: ignore[method-assign]
    drivers: list[Driver | None] = []
    QTimer.singleShot(0, lambda: drivers.append(Driver.attach(random.Random(seed), say, phase)))
    args = argparse.Namespace(project=project, src=None, tgt=None, bilingual=None)
    code = app.run_gui(args)
    del qapp
    return code


def _printer() -> Any:
    def say(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    return say


# Action name -> weight. Structural edits are left out while a re-align runs.
WEIGHTS = {
    "go_row": 5,
    "next_bead": 3,
    "prev_bead": 1,
    "next_unreviewed": 1,
    "next_low": 1,
    "approve": 4,
    "reject": 1,
    "pin": 1,
    "merge_next": 2,
    "merge_prev": 1,
    "split_bead": 1,
    "src_down": 1,
    "tgt_up": 1,
    "detach": 1,
    "split_sentence": 1,
    "join_sentences": 1,
    "undo": 2,
    "redo": 1,
    "type": 4,
    "realign": 2,
    "pause": 1,
}
SAFE_DURING_REALIGN = {
    "go_row",
    "next_bead",
    "prev_bead",
    "next_unreviewed",
    "next_low",
    "approve",
    "reject",
    "type",
    "pause",
}
TYPED = [" (수정)", " edited", " 확인 필요", " — 검토", " OK, 다시", " 다시 봄"]


class Driver:
    """Uses the open MainWindow through its actions and widgets, on timers."""

    def __init__(self, window: Any, rng: random.Random, say: Any, phase: str = "") -> None:
        from PySide6.QtCore import QTimer

        self.window = window
        self.rng = rng
        self.say = say
        self.realigning = False
        self.realign_from = 0
        self.keys: list[str] = []
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)
        store = window.area.store
        self.last_history = int(
            store.conn.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]
        )
        window.changesApplied.connect(lambda _changes: self.acknowledge())
        window.runner.ended.connect(self._op_ended)
        # Store one row early; then a few random actions and the phase the parent waits for.
        self.script = ["go_row", "pause"] + [""] * rng.randint(0, 25)
        if phase in ("typing", "realign"):
            self.script.append("type" if phase == "typing" else "realign")

    @classmethod
    def attach(cls, rng: random.Random, say: Any, phase: str) -> Driver | None:
        from PySide6.QtWidgets import QApplication

        from ui.main_window import MainWindow

        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if window.area is None:
            say("FAILED the project did not open")
            QApplication.exit(3)
            return None
        driver = cls(window, rng, say, phase)
        window.activateWindow()
        say(f"READY {window.area.view.current_bead()}")
        driver.later(10)
        return driver

    # ------------------------------------------------------------- bookkeeping
    @property
    def area(self) -> Any:
        return self.window.area

    def acknowledge(self) -> None:
        """Print every history entry committed since the last call."""
        area = self.area
        if area is None or area.store.conn.in_transaction:
            return
        for (history_id,) in area.store.conn.execute(
            "SELECT id FROM history WHERE id > ? ORDER BY id", (self.last_history,)
        ).fetchall():
            self.last_history = history_id
            self.say(f"ACK {history_id}")

    def _op_ended(self) -> None:
        if self.realigning and not self.window.runner.busy:
            # ``ended`` comes before the result is applied; report after it.
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self._realign_done)

    def _realign_done(self) -> None:
        self.realigning = False
        self.acknowledge()
        store = self.area.store
        newest = store.history(1)[0]
        applied = newest.action == "realign" and newest.id > self.realign_from
        self.say(f"REALIGN end {'applied' if applied else 'not'}")

    def later(self, msecs: int) -> None:
        self.timer.start(msecs)

    def trigger(self, name: str) -> None:
        action = self.window.qactions[name]
        if action.isEnabled():
            action.trigger()

    # ------------------------------------------------------------- one step
    def tick(self) -> None:
        if self.keys:
            self.type_next()
            return
        name = self.script.pop(0) if self.script else ""
        if not name:
            names = [n for n in WEIGHTS if not self.realigning or n in SAFE_DURING_REALIGN]
            name = self.rng.choices(names, [WEIGHTS[n] for n in names])[0]
        delay = self.rng.randint(30, 160)
        if name == "go_row":
            model = self.area.model
            if model.rowCount():
                self.area.view.go_to_row(self.rng.randrange(model.rowCount()))
        elif name == "pause":
            delay = self.rng.randint(1700, 2300)  # reading: the row gets stored meanwhile
        elif name == "type":
            if self.start_typing():
                return
        elif name == "realign":
            self.start_realign()
        elif name == "split_sentence":
            self.place_cursor(middle=True)
            self.trigger(name)
        elif name in ("detach", "join_sentences"):
            self.place_cursor(middle=False)
            self.trigger(name)
        else:
            self.trigger(name)
        self.acknowledge()
        self.later(delay)

    def place_cursor(self, *, middle: bool) -> None:
        from PySide6.QtGui import QTextCursor

        detail = self.area.detail
        editor = self.rng.choice([detail.src, detail.tgt])
        segments = editor.segments()
        if not segments:
            return
        editor.setFocus()
        block = self.rng.randrange(len(segments))
        cursor = QTextCursor(editor.document().findBlockByNumber(block))
        if middle:
            cursor.movePosition(
                QTextCursor.MoveOperation.Right,
                QTextCursor.MoveMode.MoveAnchor,
                max(1, len(segments[block].text) // 2),
            )
        editor.setTextCursor(cursor)
        detail._activate(editor)  # what focusing it by click does

    # ------------------------------------------------------------- typing
    def start_typing(self) -> bool:
        from PySide6.QtGui import QTextCursor

        detail = self.area.detail
        editors = [e for e in (detail.src, detail.tgt) if e.segments() and not e.isReadOnly()]
        if not editors:
            return False
        editor = self.rng.choice(editors)
        segments = editor.segments()
        editor.setFocus()
        block = editor.document().findBlockByNumber(self.rng.randrange(len(segments)))
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        editor.setTextCursor(cursor)
        self.editor = editor
        self.keys = list(self.rng.choice(TYPED) * self.rng.randint(1, 3))
        self.say("TYPING start")
        self.later(self.rng.randint(15, 60))
        return True

    def type_next(self) -> None:
        from PySide6.QtGui import QInputMethodEvent
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        key = self.keys.pop(0)
        if key.isascii():
            QTest.keyClicks(self.editor, key)
        else:  # Hangul comes from an input method: composed, then committed
            QApplication.sendEvent(self.editor, QInputMethodEvent(key, []))
            commit = QInputMethodEvent()
            commit.setCommitString(key)
            QApplication.sendEvent(self.editor, commit)
        if self.keys:
            self.later(self.rng.randint(15, 60))
            return
        # Commit as a person does: move on, or decide the pair.
        self.trigger(self.rng.choice(["next_bead", "prev_bead", "approve"]))
        self.acknowledge()
        self.say("TYPING end")
        self.later(self.rng.randint(30, 160))

    # ------------------------------------------------------------- re-align
    def start_realign(self) -> None:
        if self.realigning:
            return
        model, store = self.area.model, self.area.store
        for _ in range(20):  # an anchor is refused at once: look for a proposed pair
            row = self.rng.randrange(model.rowCount())
            bead = store.bead(model.bead_id(row))
            if bead.status != "approved" and not bead.pinned:
                self.area.view.go_to_row(row)
                break
        self.realigning = True
        self.realign_from = self.last_history
        self.say("REALIGN start")
        self.trigger("realign")
        if not self.window.runner.busy:  # refused before any work started
            self._realign_done()


# ----------------------------------------------------------------- the parent
@dataclass
class KillLog:
    acknowledged: set[int] = field(default_factory=set)
    last_row: int | None = None  # the last ROW printed (or the row stored before)
    saving: list[int | None] = field(default_factory=list)  # a SAVING not yet followed by ROW
    typing: bool = False
    realigning: bool = False
    messages: list[str] = field(default_factory=list)
    bugs: list[str] = field(default_factory=list)
    ready: bool = False
    realigns_applied: int = 0

    def read(self, line: str) -> str:
        word, _, rest = line.rstrip("\n").partition(" ")
        if word == "ACK":
            self.acknowledged.add(int(rest))
        elif word == "SAVING":
            self.saving = [_bead(rest)]
        elif word == "ROW":
            self.last_row, self.saving = _bead(rest), []
        elif word == "TYPING":
            self.typing = rest == "start"
        elif word == "REALIGN":
            self.realigning = rest == "start"
            self.realigns_applied += rest == "end applied"
        elif word == "MSG":
            self.messages.append(rest)
        elif word == "BUG":
            self.bugs.append(rest)
        elif word == "READY":
            self.ready = True
        return word


def _bead(text: str) -> int | None:
    return None if text in ("None", "") else int(text)


def child_env(home: Path) -> dict[str, str]:
    """Offscreen Qt with its own HOME and XDG folders: the child's QSettings are its own."""
    folders = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_RUNTIME_DIR": home / "runtime",
    }
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    folders["XDG_RUNTIME_DIR"].chmod(0o700)
    env = {**os.environ, **{k: str(v) for k, v in folders.items()}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(REPO)
    env["PYTHONHASHSEED"] = "0"
    return env


def reopened_row(project: Path) -> tuple[bool, int | None, Any, list[int]]:
    """Open the just-killed project in a fresh MainWindow, as a person would next.

    Returns (opened writable?, the bead it made current, the stored current bead,
    bead ids). Closing the window stores the row it shows (no history entry).
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.main_window import MainWindow

    window = MainWindow()
    try:
        window.show()
        if not window.open_project(project):
            return False, None, None, []
        store = window.area.store
        ids = store.bead_ids()
        stored = store.ui_state("current_bead")
        return not store.read_only, window.area.view.current_bead(), stored, ids
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def check_after_kill(
    project: Path, start: Snapshot, log: KillLog, totals: dict[str, Any]
) -> int | None:
    """Count this kill's failures into ``totals``; return the row stored now."""
    writable, restored, stored, ids = reopened_row(project)
    if not writable:
        totals["integrity_failures"] += 1
        print("  the fresh window did not open the project for editing", file=sys.stderr)
    elif stored not in [log.last_row, *log.saving]:
        totals["row_mismatch"] += 1
        print(f"  stored row {stored}, last ROW {log.last_row}", file=sys.stderr)
    elif stored in ids and restored == stored:
        totals["row_restored"] += 1
    elif stored not in ids and restored == ids[0]:
        totals["row_bead_gone"] += 1  # its pair was merged away: the first pair, by design
    else:
        totals["row_mismatch"] += 1
        print(f"  stored row {stored}, the window restored {restored}", file=sys.stderr)
    try:
        store = ProjectStore.open(project)
    except ReviewerError as error:
        print(f"  cannot reopen: {error}", file=sys.stderr)
        totals["integrity_failures"] += 1
        return restored
    with store:
        if not store.integrity_ok():
            totals["integrity_failures"] += 1
            print("  integrity check failed", file=sys.stderr)
        present = {r[0] for r in store.conn.execute("SELECT id FROM history")}
        lost = log.acknowledged - present
        if lost:
            print(f"  lost acknowledged history ids {sorted(lost)[:10]}", file=sys.stderr)
        totals["lost"] += len(lost)
        diff = differences(replay_history(store.conn, start), snapshot_rows(store.conn))
        problems = structure_problems(store.conn)
        if diff or problems:
            totals["half_applied"] += 1
            print("  " + "; ".join(diff + problems), file=sys.stderr)
        return store.ui_state("current_bead")


def run(
    project: Path,
    kills: int,
    seed: int,
    *,
    workdir: Path,
    modes: tuple[str, ...] = MODES,
    random_delay: tuple[float, float] = (0.05, 8.0),
    phase_delay: tuple[float, float] = (0.0, 0.35),
    verbose: bool = False,
) -> dict[str, Any]:
    """Kill the GUI ``kills`` times; needs a QApplication in this process (for the checks)."""
    rng = random.Random(seed)
    with ProjectStore.open(project) as store:
        start = snapshot_rows(store.conn)
        stored = store.ui_state("current_bead")
    home = workdir / "home"
    env = child_env(home)
    acknowledged: set[int] = set()
    totals: dict[str, Any] = {
        "kills": 0,
        "acknowledged": 0,
        "lost": 0,
        "half_applied": 0,
        "integrity_failures": 0,
        "row_restored": 0,
        "row_bead_gone": 0,
        "row_mismatch": 0,
        "during_typing": 0,
        "during_realign": 0,
        "child_errors": 0,
        "realigns_applied": 0,
        "messages": 0,
    }
    for k in range(kills):
        mode = modes[k % len(modes)]
        log = KillLog(last_row=stored)
        errors = workdir / f"child-{k}.err"
        command = [sys.executable, __file__, "--child", str(project), "--phase", mode]
        with errors.open("w") as err:
            proc = subprocess.Popen(
                [*command, "--seed", str(seed * 1000 + k)],
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
                env=env,
                cwd=workdir,
            )
        assert proc.stdout is not None
        started = time.monotonic()
        deadline: float | None = None
        died = False
        while True:
            now = time.monotonic()
            ready, _, _ = select.select([proc.stdout], [], [], 0.005)
            if ready:
                line = proc.stdout.readline()
                if not line:
                    died = True
                    break
                word = log.read(line)
                if verbose and word not in ("ACK", "SAVING"):
                    print(f"  [{k}] {now - started:6.2f} {line.rstrip()}", file=sys.stderr)
                if deadline is None:
                    if word == "READY" and mode == "random":
                        deadline = time.monotonic() + rng.uniform(*random_delay)
                    elif (mode, line.strip()) in (
                        ("typing", "TYPING start"),
                        ("realign", "REALIGN start"),
                    ):
                        deadline = time.monotonic() + rng.uniform(*phase_delay)
                continue
            if deadline is None and (
                (not log.ready and now - started > READY_TIMEOUT)
                or (log.ready and now - started > READY_TIMEOUT + PHASE_TIMEOUT)
            ):
                print(f"  [{k}] no {mode} phase in time; killing anyway", file=sys.stderr)
                deadline = now
            if deadline is not None and now >= deadline:
                totals["kills"] += 1
                totals["during_typing"] += log.typing
                totals["during_realign"] += log.realigning
                proc.send_signal(signal.SIGKILL)
                for line in proc.stdout:  # lines already in the pipe count too
                    log.read(line)
                break
        proc.wait()
        if died:
            print(f"  [{k}] the app exited by itself (code {proc.returncode})", file=sys.stderr)
        text = errors.read_text(errors="replace")
        if died or "Traceback" in text or log.bugs:
            totals["child_errors"] += 1
            print(f"  [{k}] child error:\n{text[-3000:]}{log.bugs}", file=sys.stderr)
        totals["messages"] += len(log.messages)
        totals["realigns_applied"] += log.realigns_applied
        acknowledged |= log.acknowledged
        log.acknowledged = acknowledged
        totals["acknowledged"] = len(acknowledged)
        stored = check_after_kill(project, start, log, totals)
        if verbose:
            print(f"  [{k}] {mode}: {json.dumps(totals)}", file=sys.stderr)
    return totals


def parent_application(workdir: Path) -> Any:
    """The checking side's QApplication, offscreen, with settings in ``workdir``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication([sys.argv[0]])
    QCoreApplication.setOrganizationName("translation-reviewer-bench")
    QCoreApplication.setApplicationName("gui-crash")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = workdir / "parent-settings"
    folder.mkdir(exist_ok=True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))

    def report(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        print(f"  reopen message: {text}", file=sys.stderr)
        return QMessageBox.StandardButton.Ok

    QMessageBox.warning = report  # type: ignore[method-assign]
    QMessageBox.critical = report  # type: ignore[method-assign]

    def quiet(kind: Any, _context: Any, message: str) -> None:
        if "propagateSizeHints" not in message:  # said by the offscreen plugin itself
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--phase", default="", help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kills", type=int, default=36)
    parser.add_argument("--beads", type=int, default=2000)
    parser.add_argument("--seed-project", action="store_true", help="use the seed article")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if args.child:
        sys.exit(child(args.child, args.seed, args.phase))
    with tempfile.TemporaryDirectory(prefix="gui-crash-") as tmp:
        workdir = Path(tmp)
        project = workdir / "project.rvproj"
        if args.seed_project:
            build_seed_project(project)
        else:
            build_bench_project(project, args.beads)
        app = parent_application(workdir)
        started = time.monotonic()
        totals = run(project, args.kills, args.seed, workdir=workdir, verbose=args.verbose)
        totals["seconds"] = round(time.monotonic() - started, 1)
        del app
    print(json.dumps(totals))


if __name__ == "__main__":
    main()
