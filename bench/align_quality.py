"""Alignment quality: strict and lax P/R/F1 on the seed, news and synthetic stress.

Run:  .venv/bin/python bench/align_quality.py [--split test] [--aligners ...]

Strict: a predicted bead counts only if both sides equal a gold bead's.
Lax: a predicted bead counts if it overlaps one gold bead on both sides (an
empty side matches an empty side). Null beads (1:0, 0:1) count like any other.
"Low-10%" is the share of all strictly wrong beads found among the 10% of
beads with the lowest confidence (10% would be no better than chance).
With --thresholds, each aligner also gets a table for "confidence below t
means the bead is wrong" over all its beads (seed, clean and stress
documents): how many beads fall below t, the precision (share of those that
are strictly wrong) and the recall (share of all wrong beads below t). This
is how the app's LOW_CONFIDENCE (reviewer/align/base.py) was chosen.
A benchmark, not a test: it prints figures and checks nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import blingfire
import numpy as np
from synthetic_docs import PERTURBATIONS, Beads, Doc, build_docs, clean_pairs, load_news

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reviewer.align.base import AlignInput, check_cover  # noqa: E402
from reviewer.align.registry import get_aligner  # noqa: E402
from reviewer.embed import Embedder, MemoryCacheEmbedder, ModelEmbedder  # noqa: E402

SEED = ROOT / "seeds" / "korea-japan-defense-talks.en-ko.txt"
SEED_GOLD = ROOT / "tests" / "fixtures" / "seed_gold.json"

Prediction = tuple[Beads, list[float]]
AlignFn = Callable[[Doc], Prediction]


def load_seed() -> tuple[Doc, list[int], list[int]]:
    """The seed article, its gold beads, and paragraph numbers per sentence."""
    paras = [p for p in SEED.read_text(encoding="utf-8").splitlines() if p.strip()]
    doc = Doc(name="seed")
    src_par: list[int] = []
    tgt_par: list[int] = []
    for k, para in enumerate(paras):
        sents = [s for s in blingfire.text_to_sentences(para).split("\n") if s.strip()]
        if k < 7:
            doc.src.extend(sents)
            src_par.extend([k] * len(sents))
        else:
            doc.tgt.extend(sents)
            tgt_par.extend([k] * len(sents))
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    for bead in gold:
        src = tuple(doc.src.index(t) for t in bead["src"])
        tgt = tuple(doc.tgt.index(t) for t in bead["tgt"])
        doc.gold.append((src, tgt))
    return doc, src_par, tgt_par


def score(gold: Beads, pred: Beads) -> dict[str, int]:
    """Counts for strict and lax precision/recall of one document."""
    gold_set = set(gold)
    strict_hit = sum(1 for b in pred if b in gold_set)

    def lax(a: tuple[tuple[int, ...], tuple[int, ...]], b: tuple[tuple[int, ...], ...]) -> bool:
        src_ok = bool(set(a[0]) & set(b[0])) or (not a[0] and not b[0])
        tgt_ok = bool(set(a[1]) & set(b[1])) or (not a[1] and not b[1])
        return src_ok and tgt_ok and (bool(a[0]) or bool(a[1]))

    # the lax rule between beads that share a sentence: index gold by sentence
    by_src: dict[int, list[int]] = defaultdict(list)
    by_tgt: dict[int, list[int]] = defaultdict(list)
    for g, (s, t) in enumerate(gold):
        for i in s:
            by_src[i].append(g)
        for j in t:
            by_tgt[j].append(g)

    def near(b: tuple[tuple[int, ...], tuple[int, ...]]) -> set[int]:
        return {g for i in b[0] for g in by_src[i]} | {g for j in b[1] for g in by_tgt[j]}

    lax_p = sum(1 for b in pred if any(lax(b, gold[g]) for g in near(b)))
    pred_src: dict[int, list[int]] = defaultdict(list)
    pred_tgt: dict[int, list[int]] = defaultdict(list)
    for p, (s, t) in enumerate(pred):
        for i in s:
            pred_src[i].append(p)
        for j in t:
            pred_tgt[j].append(p)
    lax_r = 0
    for g in gold:
        cands = {p for i in g[0] for p in pred_src[i]} | {p for j in g[1] for p in pred_tgt[j]}
        lax_r += any(lax(pred[p], g) for p in cands)
    return {
        "gold": len(gold),
        "pred": len(pred),
        "strict": strict_hit,
        "lax_p": lax_p,
        "lax_r": lax_r,
    }


def prf(c: dict[str, float]) -> tuple[float, float, float, float, float, float]:
    def f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    sp = c["strict"] / max(1, c["pred"])
    sr = c["strict"] / max(1, c["gold"])
    lp = c["lax_p"] / max(1, c["pred"])
    lr = c["lax_r"] / max(1, c["gold"])
    return sp, sr, f(sp, sr), lp, lr, f(lp, lr)


def ours(name: str, embedder: Embedder) -> AlignFn:
    aligner = get_aligner(name, embedder)

    def run(doc: Doc) -> Prediction:
        data = AlignInput(
            doc.src,
            doc.tgt,
            getattr(doc, "src_par", None),
            getattr(doc, "tgt_par", None),
        )
        beads = aligner.align(data)
        check_cover(beads, len(doc.src), len(doc.tgt))
        return [(b.src, b.tgt) for b in beads], [b.score for b in beads]

    return run


def peer_sentalign(embedder: Embedder) -> AlignFn:
    from sentalign import sentalign

    def run(doc: Doc) -> Prediction:
        res = sentalign(doc.src, doc.tgt, embedder, alignment_max_size=4)
        beads = [(tuple(a.src_indices), tuple(a.tgt_indices)) for a in res.alignments]
        return beads, [a.score for a in res.alignments]

    return run


def wrong_and_scores(
    results: Sequence[tuple[Beads, Beads, list[float]]],
) -> tuple[np.ndarray, np.ndarray]:
    """For every predicted bead of every document: not in the gold?, and its score."""
    wrong: list[bool] = []
    conf: list[float] = []
    for gold, pred, scores in results:
        g = set(gold)
        wrong.extend(b not in g for b in pred)
        conf.extend(scores)
    return np.array(wrong, dtype=bool), np.array(conf, dtype=float)


def low_conf_share(results: Sequence[tuple[Beads, Beads, list[float]]]) -> float:
    """Share of strictly wrong beads among the lowest-confidence 10% of all beads."""
    w, c = wrong_and_scores(results)
    if not w.any():
        return float("nan")
    order = np.argsort(c, kind="stable")
    k = max(1, round(0.1 * len(order)))
    return float(w[order[:k]].sum() / w.sum())


def threshold_rows(
    results: Sequence[tuple[Beads, Beads, list[float]]], thresholds: Sequence[float]
) -> list[tuple[float, int, int, float, float]]:
    """Per threshold t: beads below t, wrong ones among them, precision, recall of wrong."""
    w, c = wrong_and_scores(results)
    rows = []
    for t in thresholds:
        below = c < t
        hit = int((below & w).sum())
        rows.append(
            (t, int(below.sum()), hit, hit / max(1, int(below.sum())), hit / max(1, int(w.sum())))
        )
    return rows


def print_thresholds(
    name: str, results: Sequence[tuple[Beads, Beads, list[float]]], thresholds: Sequence[float]
) -> None:
    total = sum(len(pred) for _, pred, _ in results)
    wrong = sum(sum(b not in set(gold) for b in pred) for gold, pred, _ in results)
    print(f"{name}: {total} beads, {wrong} strictly wrong ({wrong / max(1, total):.1%})")
    print(f"  {'below':>6} {'beads':>6} {'share':>6} {'wrong':>6} {'prec':>6} {'recall':>6}")
    for t, n, hit, p, r in threshold_rows(results, thresholds):
        print(f"  {t:6.2f} {n:6d} {n / max(1, total):6.1%} {hit:6d} {p:6.1%} {r:6.1%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", default="test", choices=["dev", "test"])
    ap.add_argument("--doc-len", type=int, default=40, help="pairs per news document")
    ap.add_argument("--rate", type=float, default=0.1, help="perturbation rate per pair")
    ap.add_argument("--aligners", default="embedding,gale-church,sentalign")
    ap.add_argument("--max-docs", type=int, default=0, help="news documents to use (0 = all)")
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument(
        "--thresholds",
        default="",
        help="comma-separated confidences: precision/recall of 'below t means wrong'",
    )
    args = ap.parse_args()
    thresholds = [float(t) for t in args.thresholds.split(",") if t.strip()]

    embedder = MemoryCacheEmbedder(ModelEmbedder(threads=args.threads))
    t0 = time.time()
    pairs = load_news(args.split)
    trusted, stats = clean_pairs(pairs, embedder)
    print(f"news {args.split}: {json.dumps(stats)}")
    docs = build_docs(pairs, trusted, args.doc_len, PERTURBATIONS, rate=args.rate, seed=7)
    if args.max_docs:
        keep = {d.name.split("#")[1] for d in docs[: args.max_docs * len(PERTURBATIONS)]}
        docs = [d for d in docs if d.name.split("#")[1] in keep]
    seed_doc, src_par, tgt_par = load_seed()
    seed_doc.src_par = src_par  # type: ignore[attr-defined]
    seed_doc.tgt_par = tgt_par  # type: ignore[attr-defined]
    groups: dict[str, list[Doc]] = {"seed": [seed_doc]}
    for d in docs:
        groups.setdefault(d.name.split("#")[0], []).append(d)

    aligners: dict[str, AlignFn] = {}
    for name in args.aligners.split(","):
        if name == "sentalign":
            try:
                aligners[name] = peer_sentalign(embedder)
            except ImportError:
                print("sentalign not installed: skipped")
        else:
            aligners[name] = ours(name, embedder)

    header = f"{'aligner':12} {'set':12} {'docs':>4} {'beads':>5}  strict P/R/F1     lax P/R/F1"
    print(header)
    summary: dict[str, dict[str, float]] = {}
    for aname, fn in aligners.items():
        pooled: list[tuple[Beads, Beads, list[float]]] = []
        stress_counts: dict[str, float] = defaultdict(float)
        t_al = time.time()
        for gname, gdocs in groups.items():
            counts: dict[str, float] = defaultdict(float)
            for d in gdocs:
                pred, conf = fn(d)
                for key, v in score(d.gold, pred).items():
                    counts[key] += v
                    if gname not in ("seed", "clean"):
                        stress_counts[key] += v
                pooled.append((d.gold, pred, conf))
            sp, sr, sf, lp, lr, lf = prf(counts)
            summary.setdefault(aname, {})[gname] = round(sf, 4)
            print(
                f"{aname:12} {gname:12} {len(gdocs):4d} {int(counts['gold']):5d}  "
                f"{sp:.3f} {sr:.3f} {sf:.3f}  {lp:.3f} {lr:.3f} {lf:.3f}"
            )
        sp, sr, sf, lp, lr, lf = prf(stress_counts)
        share = low_conf_share(pooled)
        summary[aname]["stress"] = round(sf, 4)
        summary[aname]["low10"] = round(share, 4)
        print(
            f"{aname:12} {'ALL STRESS':12} {'':4} {int(stress_counts['gold']):5d}  "
            f"{sp:.3f} {sr:.3f} {sf:.3f}  {lp:.3f} {lr:.3f} {lf:.3f}   "
            f"wrong beads in lowest-confidence 10%: {share:.1%}   ({time.time() - t_al:.1f} s)"
        )
        if thresholds:
            print_thresholds(aname, pooled, thresholds)
    print(f"total {time.time() - t0:.1f} s")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
