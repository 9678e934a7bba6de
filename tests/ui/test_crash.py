"""GUI crash durability (short version of bench/gui_crash.py).

The real app runs in a child process on a 2,000-pair project while a driver
types, approves, merges and re-aligns through the window; it is killed with
SIGKILL while typing, while a background re-align runs, and at a random
moment. After each kill the project must open, pass the integrity check, hold
every acknowledged action, replay from its history to exactly its rows, and
reopen on the row last stored.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtGui import QTextCursor

from tests.ui.conftest import FakeAligner, go, trigger
from ui.editing import EditController

REPO = Path(__file__).resolve().parents[2]


def load_harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gui_crash", REPO / "bench" / "gui_crash.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_sigkill_while_typing_and_realigning_loses_nothing(
    tmp_path: Path, qtbot: Any, messages: list[str]
) -> None:
    harness = load_harness()
    project = tmp_path / "big.rvproj"
    harness.build_bench_project(project, 2000)
    totals = harness.run(
        project,
        kills=3,
        seed=11,
        workdir=tmp_path,
        modes=("typing", "realign", "random"),
        phase_delay=(0.0, 0.03),
        random_delay=(0.3, 2.5),
    )
    assert totals["kills"] == 3, totals
    assert totals["acknowledged"] > 0, totals
    assert (totals["lost"], totals["half_applied"], totals["integrity_failures"]) == (0, 0, 0)
    assert totals["row_mismatch"] == 0, totals
    assert totals["row_restored"] + totals["row_bead_gone"] == 3, totals
    assert totals["during_typing"] >= 1, totals
    assert totals["child_errors"] == 0, totals
    assert not messages  # the checking window opened every time without a message


def test_text_typed_while_a_realign_runs_is_kept(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The re-align's result reloads the pane: what was typed meanwhile is saved first."""
    gate = threading.Event()

    class Slow(FakeAligner):
        def align(self, data: Any, progress: Any = None, cancel: Any = None) -> Any:
            gate.wait(20)
            return super().align(data, progress, cancel)

    monkeypatch.setattr(EditController, "aligner_factory", staticmethod(lambda *_a: (Slow(), None)))
    go(window, 0)  # pair 1 keeps its sentences, so the pane reloads the same pair
    trigger(window, "realign")
    editor = window.area.detail.tgt
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " typed")
    with qtbot.waitSignal(window.runner.ended, timeout=20_000):
        gate.set()
    qtbot.waitUntil(lambda: window.area.store.history(1)[0].action == "realign", timeout=20_000)
    store = window.area.store
    assert store.bead(1).tgt[0].text.endswith(" typed")
    assert [h.action for h in store.history(2)] == ["realign", "edit_text"]
    assert editor.toPlainText().endswith(" typed")
