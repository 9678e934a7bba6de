"""Precision and recall of the numbers, names and loanwords checks.

    .venv/bin/python bench/qa_eval_lexical.py [--split dev|test|all] [--show N] [--seed S]

Tune on ``--split dev``; report ``--split test`` (``all``, both, is the default
for comparison with older figures).

Negatives: the cleaned real news pairs (bench/qa_corruptions.clean_pairs),
where every suspect counts as a false positive, although some are real
translation problems (print them with --show and judge).  Positives: for each
clean pair that offers something to corrupt, one corrupted copy (a number
changed, a name altered, a loanword swapped for a near-homophone's); it is
found when the check reports a suspect on it that it did not report on the
clean pair and whose target span overlaps a place the corruption changed (an
omission suspect has no target span and counts when it is new).

Precision = found / (found + suspects on clean pairs + new suspects on
corrupted pairs that miss the corruption).  The second table is the share of
clean pairs that get any suspect: what an editor wades through.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from qa_corruptions import clean_pairs, corrupt_loanword, corrupt_names, corrupt_numbers

from reviewer.embed import Embedder, ModelEmbedder
from reviewer.qa import loanwords, names, numbers
from reviewer.qa.model import PairText, Span, Suspect

Corrupt = Callable[[str, str, random.Random], "tuple[str, tuple[Span, ...]] | None"]
CHECKS: list[tuple[str, Callable[[Sequence[PairText]], list[Suspect]], Corrupt]] = [
    ("numbers", numbers.check, corrupt_numbers),
    ("names", names.check, corrupt_names),
    ("loanwords", lambda pairs: loanwords.check(pairs, embedder=_embedder()), corrupt_loanword),
]


def _embedder() -> Embedder:
    """The model behind a disk cache, as the app runs the loanwords check (with its veto)."""
    from qa_quality import DiskCache

    global _EMBEDDER  # noqa: PLW0603 - one model for the whole run, made only when needed
    if _EMBEDDER is None:
        root = Path(__file__).resolve().parent.parent
        _EMBEDDER = DiskCache(ModelEmbedder(threads=2), root / "bench" / "out" / "qa_vectors.npz")
    return _EMBEDDER


_EMBEDDER: Embedder | None = None


def _hits(s: Suspect, changed: tuple[Span, ...]) -> bool:
    tgt = [sp for sp in s.spans if sp.side == "tgt"]
    if not tgt:
        return True
    return any(a.start < b.end and b.start < a.end for a in tgt for b in changed)


PASSES = 5  # in-context runs: each corrupts every fifth pair, among clean neighbours


def _corrupted_run(
    check: Callable[[Sequence[PairText]], list[Suspect]],
    clean: list[PairText],
    corrupted: list[PairText],
    in_context: bool,
) -> list[Suspect]:
    """The check's suspects on the corrupted pairs and on any pair they change.

    Isolated (the older measure), the corrupted pairs run as one list, so each
    has other corrupted pairs, from other stories, as its neighbours. In
    context, they run in place among the untouched pairs of their own story,
    a fifth at a time (no two neighbours corrupted), as in a real document
    where the rest of the article gives the name as the translator writes it.
    """
    if not in_context:
        return check(corrupted)
    out: list[Suspect] = []
    for k in range(PASSES):
        part = {p.bead_id: p for p in corrupted if p.bead_id % PASSES == k}
        out += check([part.get(p.bead_id, p) for p in clean])
    return out


def evaluate(
    pairs: list[tuple[str, str]], seed: int, show: int, in_context: bool = True
) -> list[tuple[str, int, int, int, int, int, float]]:
    rows = []
    for name, check, corrupt in CHECKS:
        rng = random.Random(seed)
        clean = [PairText(i, e, k) for i, (e, k) in enumerate(pairs)]
        t0 = time.perf_counter()
        clean_sus = check(clean)
        by_pair: dict[int, set[str]] = {}
        for s in clean_sus:
            by_pair.setdefault(s.bead_id, set()).add(s.key())
        corrupted, spans = [], {}
        for i, (e, k) in enumerate(pairs):
            c = corrupt(e, k, rng)
            if c is not None:
                corrupted.append(PairText(i, e, c[0]))
                spans[i] = c[1]
        bad_sus = _corrupted_run(check, clean, corrupted, in_context)
        elapsed = time.perf_counter() - t0
        found, stray, seen = set(), 0, set()
        for s in bad_sus:
            if s.key() in by_pair.get(s.bead_id, set()) or (s.bead_id, s.key()) in seen:
                continue  # there before the corruption, or met in an earlier pass
            seen.add((s.bead_id, s.key()))
            if s.bead_id in spans and _hits(s, spans[s.bead_id]):
                found.add(s.bead_id)
            else:
                stray += 1
        fp = len(clean_sus) + stray
        rows.append((name, len(corrupted), len(found), len(clean_sus), len(by_pair), fp, elapsed))
        if show:
            print(f"\n== {name}: sample of suspects on clean pairs")
            for s in random.Random(seed).sample(clean_sus, min(show, len(clean_sus))):
                print(f"  [{s.bead_id}] {s.reason}")
                print(f"      EN {pairs[s.bead_id][0][:160]}")
                print(f"      KO {pairs[s.bead_id][1][:160]}")
            missed = [p for p in corrupted if p.bead_id not in found]
            print(f"== {name}: sample of missed corruptions")
            for p in random.Random(seed).sample(missed, min(show, len(missed))):
                print(f"  [{p.bead_id}] corrupted ‘{spans[p.bead_id][0].text}’")
                print(f"      EN {p.src[:160]}")
                print(f"      KO {p.tgt[:160]}")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", type=int, default=0, help="print N sample suspects/misses")
    ap.add_argument("--checks", default="numbers,names,loanwords", help="comma-separated")
    ap.add_argument("--split", default="all", choices=("dev", "test", "all"))
    ap.add_argument(
        "--isolated",
        action="store_true",
        help="run the corrupted pairs as one list, away from their stories (the older measure)",
    )
    args = ap.parse_args()
    CHECKS[:] = [c for c in CHECKS if c[0] in args.checks.split(",")]
    pairs = clean_pairs(splits=("dev", "test") if args.split == "all" else (args.split,))
    rows = evaluate(pairs, args.seed, args.show, in_context=not args.isolated)
    where = "isolated" if args.isolated else f"in context, {PASSES} passes"
    print(f"\n{len(pairs)} clean news pairs, split {args.split} (seed {args.seed}), {where}\n")
    head = "check | corrupted | found | recall | FP (clean + stray) | precision | clean flagged | s"
    print(f"| {head} |")
    print("|---|---|---|---|---|---|---|---|")
    tp_all = fp_all = 0
    for name, n, found, _n_clean, flagged, fp, secs in rows:
        recall = found / n if n else 0.0
        precision = found / (found + fp) if found + fp else 0.0
        tp_all += found
        fp_all += fp
        share = flagged / len(pairs)
        print(
            f"| {name} | {n} | {found} | {recall:.3f} | {fp} | {precision:.3f} |"
            f" {flagged} ({share:.1%}) | {secs:.1f} |"
        )
    print(f"\noverall precision {tp_all / max(1, tp_all + fp_all):.3f}")
    if hasattr(_EMBEDDER, "save"):
        _EMBEDDER.save()


if __name__ == "__main__":
    main()
