"""How long rescoring costs an edit, and what the model costs when a text changed.

    python bench/rescore_speed.py [--beads N] [--aligner embedding|gale-church] [--repeat R]

Builds the synthetic project of ``gui_scale.py`` (N pairs, default 50,000) with
the given aligner recorded and, for the embedding aligner, a vector cached for
every sentence (random unit vectors: the cost of a lookup and of the scoring
does not depend on what the vectors mean). Then times each edit that rescores
(merge, split, shift, detach, split sentence, and a text edit, which leaves
the score unknown: its vector is missing) as the app runs it, on random pairs,
undoing each. Last, the model: load, one sentence, and filling the unknown
score (embed the text into the cache, then ``fill_scores``). One JSON line.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gui_scale import make_project

from reviewer.edits import beads as bead_edits
from reviewer.edits import rescore
from reviewer.edits import segments as segment_edits
from reviewer.store import ProjectStore
from reviewer.store.embedding_cache import text_key


def cache_random_vectors(store: ProjectStore) -> None:
    rng = np.random.default_rng(3)
    texts = [r[0] for r in store.conn.execute("SELECT DISTINCT text FROM segments")]
    store.conn.execute("BEGIN IMMEDIATE")
    for start in range(0, len(texts), 5000):
        part = texts[start : start + 5000]
        vecs = rng.standard_normal((len(part), 512)).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        store.conn.executemany(
            "INSERT OR REPLACE INTO embeddings (key, dim, vector) VALUES (?, 512, ?)",
            [(text_key(t, "usem3"), v.tobytes()) for t, v in zip(part, vecs, strict=True)],
        )
    store.conn.execute("COMMIT")


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def edits(store: ProjectStore, bead_id: int, seg_id: int) -> list[tuple[str, Callable[[], object]]]:
    """The edits that rescore, on one pair and its first sentence, where they apply."""
    bead, seg = store.bead(bead_id), store.segment(seg_id)
    out: list[tuple[str, Callable[[], object]]] = [
        ("merge", partial(bead_edits.merge_beads, store, bead_id)),
        ("split_sentence", partial(segment_edits.split_segment, store, seg_id, len(seg.text) // 2)),
        ("edit_text", partial(segment_edits.edit_text, store, seg_id, seg.text + " (edited)")),
    ]
    if bead.src and bead.tgt:
        shift = partial(bead_edits.shift_segment, store, bead_id, seg.side, down=True)
        out.append(("shift", shift))
        out.append(("detach", partial(bead_edits.detach_segment, store, seg_id)))
    if max(len(bead.src), len(bead.tgt)) > 1:
        out.append(("split", partial(bead_edits.split_bead, store, bead_id)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--beads", type=int, default=50_000)
    parser.add_argument("--aligner", default="embedding", choices=("embedding", "gale-church"))
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(11)
    out: dict[str, object] = {"beads": args.beads, "aligner": args.aligner}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scale.rvproj"
        make_project(path, args.beads)
        store = ProjectStore.open(path)
        store.conn.execute("UPDATE meta SET value = ? WHERE key = 'aligner'", (args.aligner,))
        if args.aligner == "embedding":
            cache_random_vectors(store)
        ids = store.bead_ids()
        times: dict[str, list[float]] = {}

        def edit(name: str, run: Callable[[], object]) -> None:
            times.setdefault(name, []).append(timed(run))
            store.undo_last()

        for _ in range(args.repeat):
            bead = store.bead(rng.choice(ids[1:-1]))
            seg = (bead.src or bead.tgt)[0]
            for name, run in edits(store, bead.id, seg.id):
                edit(name, run)
        out["edit_ms_median"] = {k: round(statistics.median(v), 1) for k, v in times.items()}
        out["edit_ms_max"] = {k: round(max(v), 1) for k, v in times.items()}
        if args.aligner == "embedding":
            from reviewer.embed import ModelEmbedder

            model = ModelEmbedder()
            out["model_load_and_first_sentence_ms"] = round(timed(lambda: model.encode(["x."])))
            out["one_sentence_ms"] = round(timed(lambda: model.encode(["The talks went well."])))
            seg = store.bead(ids[len(ids) // 2]).tgt[0]
            changes = segment_edits.edit_text(store, seg.id, seg.text + " (고침)")
            missing = rescore.missing_vectors(store, changes.beads)
            out["fill_embed_ms"] = round(timed(lambda: rescore.embed_texts(path, missing, model)))
            out["fill_write_ms"] = round(timed(lambda: rescore.fill_scores(store, changes.beads)))
            out["filled_score"] = store.bead(seg.bead_id).score
        store.close()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
