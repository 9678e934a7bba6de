"""Scale benchmark of the review window on a 100,000-pair project.

Builds a synthetic project by direct bulk insert (no segmenter or aligner),
then, in one process: opens it to a painted window, jumps to random rows,
runs editing actions through the real QActions (each one commits to the
file), and reports peak memory. Targets: open <= 2 s, jump <= 50 ms, edit
<= 20 ms median, RSS <= 600 MB. The last line is one JSON object.

    QT_QPA_PLATFORM=offscreen python bench/gui_scale.py [--beads N] [--keep]
"""

from __future__ import annotations

import time

START = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import multiprocessing  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject  # noqa: E402

from reviewer.align.base import Bead  # noqa: E402
from reviewer.segment import Segment  # noqa: E402
from reviewer.store import ProjectStore  # noqa: E402
from reviewer.store.initial import write_initial  # noqa: E402
from tests.core.factory import document  # noqa: E402

IMPORTS_S = time.perf_counter() - START
OUT = Path(__file__).resolve().parent / "out"
EN_WORDS = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "that",
    "for",
    "on",
    "with",
    "as",
    "by",
    "at",
    "from",
    "defense",
    "talks",
    "minister",
    "agreed",
    "exchange",
    "security",
    "regional",
    "cooperation",
    "joint",
    "drills",
    "navy",
    "japan",
    "korea",
    "annual",
    "meeting",
]
KO_WORDS = [
    "한국",
    "일본",
    "국방부",
    "장관",
    "회담",
    "합의",
    "협력",
    "훈련",
    "재개",
    "교류",
    "안보",
    "지역",
    "해군",
    "연례",
    "회의",
    "기술",
]
KINDS = [(1, 1)] * 90 + [(1, 2)] * 3 + [(2, 1)] * 3 + [(0, 1)] * 2 + [(1, 0)] * 2


def sentence(rng: random.Random, words: list[str], lo: int, hi: int) -> str:
    return " ".join(rng.choice(words) for _ in range(rng.randint(lo, hi))).capitalize() + "."


def make_project(path: Path, n_beads: int, seed: int = 7) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.lock")):
        leftover.unlink(missing_ok=True)
    rng = random.Random(seed)
    src: list[Segment] = []
    tgt: list[Segment] = []
    beads = []
    for _ in range(n_beads):
        n_src, n_tgt = rng.choice(KINDS)
        score = rng.betavariate(5, 1.5) if (n_src, n_tgt) == (1, 1) else rng.random() * 0.6
        s0, t0 = len(src), len(tgt)
        for segs, n, words, lo, hi in (
            (src, n_src, EN_WORDS, 6, 32),
            (tgt, n_tgt, KO_WORDS, 4, 18),
        ):
            for _ in range(n):
                segs.append(Segment(sentence(rng, words, lo, hi), len(segs) // 6))
        beads.append(Bead(tuple(range(s0, len(src))), tuple(range(t0, len(tgt))), score))
    store = ProjectStore.create(path)
    docs = (document([s.text for s in src], "en"), document([t.text for t in tgt], "ko"))
    write_initial(store, docs, (src, tgt), beads, {"aligner": "bench"})
    with store.action("import", "synthetic flags", undoable=False) as act:
        conn = act.conn
        stamp = "2026-01-01T00:00:00.000+00:00"
        seg_ids = [r[0] for r in conn.execute("SELECT id FROM segments WHERE side = 'tgt'")]
        for flag_id, segment_id in enumerate(rng.sample(seg_ids, min(500, len(seg_ids))), 1):
            kind = "suspect" if flag_id % 3 else "flag"
            conn.execute(
                "INSERT INTO flags (id, kind, status, category, severity, note, suggestion, author,"
                " check_name, suspect_key, needs_attention, created, updated)"
                " VALUES (?, ?, ?, 'terminology', 'minor', 'synthetic', '', '', '', ?, 0, ?, ?)",
                (
                    flag_id,
                    kind,
                    "suspect" if kind == "suspect" else "open",
                    f"k{flag_id}",
                    stamp,
                    stamp,
                ),
            )
            conn.execute(
                'INSERT INTO flag_spans (flag_id, segment_id, side, start, "end", text)'
                " VALUES (?, ?, 'tgt', 0, 2, '')",
                (flag_id, segment_id),
            )
    store.close()


class PaintWatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def isolate_settings() -> None:
    """A fresh, private QSettings: no remembered layout, and the user's own are untouched."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="qs-")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--beads", type=int, default=100_000)
    parser.add_argument("--jumps", type=int, default=60)
    parser.add_argument("--keep", action="store_true", help="reuse an existing project file")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"gui_scale_{args.beads}.rvproj"
    if not (args.keep and path.exists()):
        t = time.perf_counter()
        # In a child process, so building the file does not count in the app's peak RSS.
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            pool.apply(make_project, (path, args.beads))
        print(f"built {args.beads:,} pairs in {time.perf_counter() - t:.1f} s", file=sys.stderr)

    started = time.perf_counter()
    from ui.app import make_application
    from ui.main_window import MainWindow

    isolate_settings()
    app = make_application()
    from PySide6.QtWidgets import QMessageBox

    def note(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        print(f"  (message: {text})", file=sys.stderr)
        return QMessageBox.StandardButton.Ok

    QMessageBox.warning = note  # type: ignore[method-assign]

    print(
        f"imports and QApplication: {IMPORTS_S + time.perf_counter() - started:.2f} s"
        " (not counted in open_s)",
        file=sys.stderr,
    )
    t0 = time.perf_counter()
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    assert window.open_project(path)
    watcher = PaintWatcher()
    window.area.view.viewport().installEventFilter(watcher)
    while not watcher.painted:
        app.processEvents()
    open_s = time.perf_counter() - t0
    print(f"open to painted window: {open_s:.2f} s", file=sys.stderr)

    area = window.area
    view = area.view
    rng = random.Random(3)
    jumps = []
    for _ in range(args.jumps):
        row = rng.randrange(area.model.rowCount())
        watcher.painted = False
        t = time.perf_counter()
        view.go_to_row(row)
        while not watcher.painted:  # the grid, detail pane and minimap paint in one pass
            app.processEvents()
        jumps.append((time.perf_counter() - t) * 1000)
    jumps.sort()
    jump_p95 = jumps[int(len(jumps) * 0.95) - 1]
    print(
        f"jump: median {statistics.median(jumps):.1f} ms, p95 {jump_p95:.1f} ms,"
        f" max {jumps[-1]:.1f} ms",
        file=sys.stderr,
    )

    edits: dict[str, list[float]] = {}
    plan = [
        "pin",
        "merge_next",
        "split_bead",
        "src_down",
        "undo",
        "undo",
        "undo",
        "reject",
        "approve",
    ]
    for _ in range(6):
        view.go_to_row(rng.randrange(area.model.rowCount() - 2))
        app.processEvents()
        for name in plan:
            if not window.qactions[name].isEnabled():
                continue
            t = time.perf_counter()
            window.qactions[name].trigger()
            edits.setdefault(name, []).append((time.perf_counter() - t) * 1000)
            app.processEvents()
    all_edits = sorted(ms for values in edits.values() for ms in values)
    for name, values in edits.items():
        print(f"  {name:<11} median {statistics.median(values):6.1f} ms", file=sys.stderr)
    edit_ms = statistics.median(all_edits)
    print(f"edit (committed, views refreshed): median {edit_ms:.1f} ms", file=sys.stderr)

    t = time.perf_counter()
    area.filter_bar.text.setText("cooperation navy")
    area.filter_bar._emit()
    print(
        f"text filter over all pairs: {(time.perf_counter() - t) * 1000:.0f} ms,"
        f" {area.model.rowCount():,} shown",
        file=sys.stderr,
    )
    area.filter_bar.clear()
    t = time.perf_counter()
    area.minimap.invalidate()
    area.minimap.repaint()
    print(f"minimap full render: {(time.perf_counter() - t) * 1000:.0f} ms", file=sys.stderr)

    window.close()
    result = {
        "beads": args.beads,
        "open_s": round(open_s, 3),
        "jump_ms": round(jump_p95, 1),
        "edit_ms": round(edit_ms, 1),
        "rss_mb": round(rss_mb(), 1),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
