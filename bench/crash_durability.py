"""Crash durability: SIGKILL an editing process at random moments, 100 times.

A child process opens the project and performs random edits through the core
(approve, reject, merge, split, shift, detach, flag, edit text, split and join
sentences, undo, redo), printing each action's history id after its commit
returns. The parent kills it at a random moment, reopens the file and checks:
it opens, ``PRAGMA integrity_check`` is ok, every acknowledged action is in the
history, and replaying the history from the starting rows gives exactly the
rows in the file (no half-applied action). Then it starts the next child.

    python bench/crash_durability.py                 # seed-sized and 10,000-bead projects
    python bench/crash_durability.py --kills 5 --beads 0   # a quick run (used by the tests)

The last line is one JSON object per project kind.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reviewer.align.base import Bead  # noqa: E402
from reviewer.edits import beads as B  # noqa: E402, N812
from reviewer.edits import flags as F  # noqa: E402, N812
from reviewer.edits import segments as S  # noqa: E402, N812
from reviewer.errors import ReviewerError  # noqa: E402
from reviewer.qa.model import Category, Severity  # noqa: E402
from reviewer.segment import Segment  # noqa: E402
from reviewer.store import ProjectStore  # noqa: E402
from reviewer.store.audit import (  # noqa: E402
    differences,
    replay_history,
    snapshot_rows,
    structure_problems,
)
from reviewer.store.initial import write_initial  # noqa: E402
from tests.core.factory import document  # noqa: E402

NEWS = REPO.parent / "shared" / "data" / "korean-english-news"


def build_project(path: Path, n_beads: int) -> None:
    """A project of ``n_beads`` 1:1 beads from the news data (repeated if needed)."""
    en = (NEWS / "korean-english-park.test.en").read_text(encoding="utf-8").splitlines()
    ko = (NEWS / "korean-english-park.test.ko").read_text(encoding="utf-8").splitlines()
    pairs = [
        (e.strip(), k.strip()) for e, k in zip(en, ko, strict=False) if e.strip() and k.strip()
    ]
    chosen = [pairs[i % len(pairs)] for i in range(n_beads)]
    src = [Segment(e, i // 10) for i, (e, _) in enumerate(chosen)]
    tgt = [Segment(k, i // 10) for i, (_, k) in enumerate(chosen)]
    beads = [Bead((i,), (i,), 0.5) for i in range(n_beads)]
    docs = (document([e for e, _ in chosen], "en"), document([k for _, k in chosen], "ko"))
    with ProjectStore.create(path, overwrite=True) as store:
        write_initial(store, docs, (src, tgt), beads, {"aligner": "bench"})


def random_action(store: ProjectStore, rng: random.Random) -> tuple[str, int | None]:
    """Perform one random edit; return its name and history id (None if it changed nothing)."""
    ids = store.bead_ids()
    bead_id = rng.choice(ids)
    kind = rng.choice(
        [
            "approve",
            "reject",
            "merge",
            "split",
            "shift",
            "detach",
            "flag",
            "edit",
            "split_sentence",
            "join",
            "undo",
            "undo",
            "redo",
            "pin",
        ]
    )
    bead = store.bead(bead_id)
    segments = [*bead.src, *bead.tgt]
    seg = rng.choice(segments)
    if kind == "approve":
        changes = B.set_status(store, [bead_id], "approved")
    elif kind == "reject":
        changes = B.set_status(store, [bead_id], "rejected")
    elif kind == "pin":
        changes = B.set_pinned(store, [bead_id], not bead.pinned)
    elif kind == "merge":
        changes = B.merge_beads(store, bead_id, with_next=rng.random() < 0.5)
    elif kind == "split":
        changes = B.split_bead(store, bead_id)
    elif kind == "shift":
        changes = B.shift_segment(store, bead_id, seg.side, down=rng.random() < 0.5)
    elif kind == "detach":
        changes = B.detach_segment(store, seg.id)
    elif kind == "flag":
        start = rng.randrange(0, max(1, len(seg.text) - 3))
        changes = F.add_flag(
            store,
            [F.SpanRef(seg.id, start, min(len(seg.text), start + 3))],
            rng.choice(list(Category)).value,
            rng.choice(list(Severity)).value,
            note="crash test",
        )
    elif kind == "edit":
        changes = S.edit_text(store, seg.id, seg.text + rng.choice([" (수정)", " [edited]", "!"]))
    elif kind == "split_sentence":
        changes = S.split_segment(store, seg.id, max(1, len(seg.text) // 2))
    elif kind == "join":
        changes = S.join_segments(store, seg.id)
    elif kind == "undo":
        result = store.undo_last()
        return kind, None if result is None else _last_history_id(store)
    else:
        result = store.redo_last()
        return kind, None if result is None else _last_history_id(store)
    return kind, changes.history_id


def _last_history_id(store: ProjectStore) -> int:
    return int(store.conn.execute("SELECT max(id) FROM history").fetchone()[0])


def child(project: Path, seed: int) -> None:
    rng = random.Random(seed)
    store = ProjectStore.open(project)
    print("READY", flush=True)
    while True:
        try:
            kind, history_id = random_action(store, rng)
        except ReviewerError:
            continue
        if history_id is not None:
            print(f"ACK {history_id} {kind}", flush=True)


def check_after_kill(project: Path, start: dict, acknowledged: set[int]) -> dict[str, int]:
    outcome = {"lost": 0, "half_applied": 0, "integrity_failures": 0}
    try:
        store = ProjectStore.open(project)
    except ReviewerError as error:
        print(f"  cannot reopen: {error}", file=sys.stderr)
        outcome["integrity_failures"] += 1
        return outcome
    with store:
        if not store.integrity_ok():
            outcome["integrity_failures"] += 1
        present = {r[0] for r in store.conn.execute("SELECT id FROM history")}
        outcome["lost"] = len(acknowledged - present)
        diff = differences(replay_history(store.conn, start), snapshot_rows(store.conn))
        problems = structure_problems(store.conn)
        if diff or problems:
            outcome["half_applied"] += 1
            print("  " + "; ".join(diff + problems), file=sys.stderr)
    return outcome


def run(project: Path, kills: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    with ProjectStore.open(project) as store:
        start = snapshot_rows(store.conn)
    acknowledged: set[int] = set()
    totals = {"kills": 0, "acknowledged": 0, "lost": 0, "half_applied": 0, "integrity_failures": 0}
    for k in range(kills):
        proc = subprocess.Popen(
            [sys.executable, __file__, "--child", str(project), "--seed", str(seed * 1000 + k)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        deadline = None
        while True:
            ready, _, _ = select.select([proc.stdout], [], [], 0.01)
            if ready:
                line = proc.stdout.readline()
                if line.startswith("READY"):
                    deadline = time.monotonic() + rng.uniform(0.02, 0.6)
                elif line.startswith("ACK"):
                    acknowledged.add(int(line.split()[1]))
                elif not line:
                    break
            if deadline is not None and time.monotonic() >= deadline:
                proc.send_signal(signal.SIGKILL)
                # Acknowledgements already written to the pipe count too.
                for line in proc.stdout:
                    if line.startswith("ACK"):
                        acknowledged.add(int(line.split()[1]))
                break
        proc.wait()
        totals["kills"] += 1
        outcome = check_after_kill(project, start, acknowledged)
        for key, value in outcome.items():
            totals[key] += value
    totals["acknowledged"] = len(acknowledged)
    return totals


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--beads", type=int, default=10_000, help="0 skips the large project")
    parser.add_argument("--project", type=Path, help="use this project (a copy is edited)")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.seed)
        return
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "seed.rvproj"
        if args.project:
            small.write_bytes(args.project.read_bytes())
        else:
            build_project(small, 17)
        started = time.monotonic()
        results["seed"] = run(small, args.kills, args.seed)
        results["seed"]["seconds"] = round(time.monotonic() - started, 1)  # type: ignore[assignment]
        print("seed:", json.dumps(results["seed"]), flush=True)
        if args.beads:
            big = Path(tmp) / "big.rvproj"
            build_project(big, args.beads)
            started = time.monotonic()
            results[f"{args.beads}_beads"] = run(big, args.kills, args.seed + 1)
            results[f"{args.beads}_beads"]["seconds"] = round(time.monotonic() - started, 1)  # type: ignore[assignment]
            print(f"{args.beads} beads:", json.dumps(results[f"{args.beads}_beads"]), flush=True)
    print(json.dumps(results))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
