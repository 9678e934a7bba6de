"""Crash durability (short version of bench/crash_durability.py) and two processes at once."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

from reviewer.edits.beads import set_status
from reviewer.store import ProjectStore
from tests.core.factory import make_project, run_cli

REPO = Path(__file__).resolve().parents[2]


def load_harness():
    spec = importlib.util.spec_from_file_location(
        "crash_durability", REPO / "bench" / "crash_durability.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_sigkill_during_edits_loses_nothing_acknowledged(tmp_path: Path) -> None:
    harness = load_harness()
    project = tmp_path / "p.rvproj"
    make_project(project).close()
    totals = harness.run(project, kills=4, seed=7)
    assert totals["kills"] == 4
    assert totals["acknowledged"] > 0
    assert (totals["lost"], totals["half_applied"], totals["integrity_failures"]) == (0, 0, 0)


HOLDER = """
import sys, time
from reviewer.store import ProjectStore
from reviewer.edits.beads import set_status
store = ProjectStore.open(sys.argv[1])
set_status(store, store.bead_ids()[1:3], "approved")
print("HELD", flush=True)
sys.stdin.readline()
store.close()
"""


cli = run_cli


def test_cli_edit_is_refused_while_another_process_edits(tmp_path: Path) -> None:
    project = tmp_path / "p.rvproj"
    make_project(project).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(project)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "HELD"
        refused = cli("approve", str(project), "--all")
        assert refused.returncode == 1
        assert f"process {holder.pid}" in refused.stderr
        assert "Traceback" not in refused.stderr
        # Reading is fine meanwhile, and sees the other process's committed edits.
        info = cli("info", str(project), "--json")
        assert info.returncode == 0, info.stderr
        assert json.loads(info.stdout)["status"]["approved"] == 2
        exported = cli("export", str(project), "--format", "jsonl", "-o", str(tmp_path / "o.jsonl"))
        assert exported.returncode == 0, exported.stderr
        assert len((tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()) == 2
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=10)
    # Once the other process has closed, the CLI may edit, and nothing was lost.
    assert cli("approve", str(project), "--all").returncode == 0
    with ProjectStore.open(project, mode="read") as store:
        assert store.status_counts()["approved"] == store.bead_count()
        assert [h.action for h in store.history()][:2] == ["approve_all", "set_status"]


def test_stale_wal_from_a_crash_is_recovered(tmp_path: Path) -> None:
    """A process killed with its edits only in the -wal file: the edits are there on reopen."""
    project = tmp_path / "p.rvproj"
    make_project(project).close()
    script = (
        "import os, sys\n"
        "from reviewer.store import ProjectStore\n"
        "from reviewer.edits.beads import set_status\n"
        "s = ProjectStore.open(sys.argv[1])\n"
        "set_status(s, s.bead_ids(), 'rejected')\n"
        "os._exit(0)\n"  # no close: no checkpoint, the WAL stays behind
    )
    subprocess.run(
        [sys.executable, "-c", script, str(project)],
        cwd=REPO,
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert Path(f"{project}-wal").stat().st_size > 0
    with ProjectStore.open(project) as store:
        assert store.status_counts()["rejected"] == store.bead_count()
        set_status(store, store.bead_ids()[:1], "approved")
