"""Omission and addition recall of the coverage check, on a sample large enough to trust.

Run:  .venv/bin/python bench/qa_coverage.py [--split test] [--seeds 1,2,3] [--rate 0.1]

bench/qa_quality.py corrupts one bead in five with one of nine corruptions, so a
split holds only 15-30 dropped clauses and its omission recall swings by ±0.1
between seeds. Here every document of trusted news pairs (30 beads each, as in
qa_quality) gets clause drops at ``--rate`` and appended foreign sentences at a
third of that, for each seed; the check runs on each document as the app runs
it. Printed: recall per corruption, and the share of untouched beads flagged
(an upper bound on false alarms: qa_news_verdicts.json shows most of those are
real omissions and additions of the news translators).
A benchmark, not a test: it prints figures and checks nothing.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa_quality import DiskCache, add_sentence, drop_clause  # noqa: E402
from synthetic_docs import clean_pairs, load_news  # noqa: E402

from reviewer.embed import ModelEmbedder  # noqa: E402
from reviewer.qa import coverage  # noqa: E402
from reviewer.qa.model import Category, PairText  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="test", choices=("dev", "test"))
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--rate", type=float, default=0.1, help="share of beads with a clause dropped")
    ap.add_argument("--doc-size", type=int, default=30)
    args = ap.parse_args()
    embedder = DiskCache(ModelEmbedder(threads=2), ROOT / "bench" / "out" / "qa_vectors.npz")
    pairs = load_news(args.split)
    trusted, _ = clean_pairs(pairs, embedder)
    counts = {"drop": [0, 0], "add": [0, 0], "untouched": [0, 0]}  # beads, flagged
    t0 = time.perf_counter()
    for seed in (int(s) for s in args.seeds.split(",")):
        rng = random.Random(seed)
        for d in range(len(trusted) // args.doc_size):
            lines = trusted[d * args.doc_size : (d + 1) * args.doc_size]
            beads, kinds = [], []
            for b, k in enumerate(lines):
                en, ko = pairs[k]
                kind = "untouched"
                draw = rng.random()
                if draw < args.rate:
                    if got := drop_clause(en, ko, rng):
                        ko, kind = got[0], "drop"
                elif draw < args.rate * 4 / 3:
                    far = trusted[(trusted.index(k) + len(trusted) // 2) % len(trusted)]
                    ko, kind = add_sentence(ko, pairs[far][1])[0], "add"
                beads.append(PairText(b, en, ko))
                kinds.append(kind)
            found = coverage.check(beads, embedder)
            omitted = {s.bead_id for s in found if s.category == Category.OMISSION}
            added = {s.bead_id for s in found if s.category == Category.ADDITION}
            for b, kind in enumerate(kinds):
                counts[kind][0] += 1
                if kind == "drop":
                    counts[kind][1] += b in omitted
                elif kind == "add":
                    counts[kind][1] += b in added
                else:
                    counts[kind][1] += b in omitted or b in added
    embedder.save()
    print(f"news {args.split}, seeds {args.seeds}, threshold omission "
          f"{coverage.OMISSION_THRESHOLD}, addition {coverage.ADDITION_THRESHOLD}\n")  # fmt: skip
    print("| beads | n | flagged | share |")
    print("|---|---:|---:|---:|")
    names = {
        "drop": "clause dropped (omission recall)",
        "add": "sentence added (addition recall)",
        "untouched": "untouched (flagged either way)",
    }
    for kind, (n, hit) in counts.items():
        print(f"| {names[kind]} | {n} | {hit} | {hit / max(1, n):.3f} |")
    print(f"\n{time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
