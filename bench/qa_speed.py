"""How long a QA run takes, check by check, with a cold embedding cache.

Run:  .venv/bin/python bench/qa_speed.py [--pairs 1000] [--split test]

The first N pairs of the news corpus (../shared/data) as one document, every
check, the real model with two threads and an empty in-memory cache (the app's
project cache would already hold the whole sentences from alignment, so this is
the slow case). Prints seconds per check and in all.
A benchmark, not a test: it prints figures and checks nothing.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from synthetic_docs import load_news  # noqa: E402

from reviewer.embed import MemoryCacheEmbedder, ModelEmbedder  # noqa: E402
from reviewer.qa.model import PairText  # noqa: E402
from reviewer.qa.runner import run_checks  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pairs", type=int, default=1000)
    ap.add_argument("--split", default="test", choices=("dev", "test"))
    args = ap.parse_args()
    pairs = load_news(args.split)[: args.pairs]
    beads = [PairText(i, en, ko) for i, (en, ko) in enumerate(pairs)]
    embedder = MemoryCacheEmbedder(ModelEmbedder(threads=2))
    marks: list[tuple[str, float]] = []
    t0 = time.perf_counter()
    suspects = run_checks(
        beads,
        embedder=embedder,
        progress=lambda _d, _t, name: marks.append((name, time.perf_counter())),
    )
    total = time.perf_counter() - t0
    print("| check | s |\n|---|---:|")
    for (name, start), (_, end) in itertools.pairwise(marks):
        print(f"| {name} | {end - start:.1f} |")
    print(f"| **all** | {total:.1f} |")
    print(f"\n{len(beads)} pairs, {len(suspects)} suspects, {embedder.misses} texts embedded")


if __name__ == "__main__":
    main()
