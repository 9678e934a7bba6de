"""Benchmark documents with a known alignment, built from the shared news pairs.

The news data (../shared/data/korean-english-news, CC BY-NC-ND, read in place,
never copied) is a list of 1:1 pairs in document order. It is a little noisy,
so :func:`clean_pairs` drops:

1. junk lines: empty, a URL or e-mail, the Korean glossary stubs
   ("어휘 :", "번역 :"), no letter at all, or a character ratio ko/en outside
   0.12..1.6 (the corpus median is about 0.5);
2. pairs the model itself doubts: cosine below 0.25, or a line within two
   positions that is more similar to either side than the listed partner (the
   listed pair is then most likely wrong; SOURCE.md measured about 1 in 9).

Step 2 uses the same model as the aligner, which flatters it a little on
clean documents; the perturbations below (merges, deletions, captions) are
what the benchmark measures, and those are built on top of trusted pairs.

:func:`perturb` then merges neighbours (1:2, 2:1), deletes sentences on
either side (leaving 0:1 or 1:0 beads), or inserts an untranslated "caption"
(a sentence from a nearby stretch of the corpus, often the same story, so it
is on topic like a real caption) at a known rate, and returns the gold beads.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "korean-english-news"
JUNK = re.compile(r"https?://|www\.|@|어휘\s*:|번역\s*:")
LETTER = re.compile(r"[A-Za-z가-힣]")

Beads = list[tuple[tuple[int, ...], tuple[int, ...]]]


def load_news(split: str) -> list[tuple[str, str]]:
    """The raw (en, ko) pairs of ``split`` ("dev" or "test")."""
    en = (DATA / f"korean-english-park.{split}.en").read_text(encoding="utf-8").splitlines()
    ko = (DATA / f"korean-english-park.{split}.ko").read_text(encoding="utf-8").splitlines()
    n = min(len(en), len(ko))
    return [(en[k].strip(), ko[k].strip()) for k in range(n)]


def is_junk(en: str, ko: str) -> bool:
    if not en or not ko or JUNK.search(en) or JUNK.search(ko):
        return True
    if not LETTER.search(en) or not LETTER.search(ko):
        return True
    ratio = len(ko) / max(1, len(en))
    return not 0.12 <= ratio <= 1.6


def clean_pairs(
    pairs: Sequence[tuple[str, str]], encode: object
) -> tuple[list[int], dict[str, int]]:
    """Indices of trusted pairs, and how many each rule dropped.

    ``encode`` is an embedder (``.encode(list) -> unit rows``).
    """
    keep = [k for k, (e, c) in enumerate(pairs) if not is_junk(e, c)]
    stats = {"raw": len(pairs), "junk": len(pairs) - len(keep)}
    en = np.asarray(encode.encode([pairs[k][0] for k in keep]))  # type: ignore[attr-defined]
    ko = np.asarray(encode.encode([pairs[k][1] for k in keep]))  # type: ignore[attr-defined]
    sim = en @ ko.T
    trusted = []
    low = rival = 0
    for x in range(len(keep)):
        s = sim[x, x]
        if s < 0.25:
            low += 1
            continue
        lo, hi = max(0, x - 2), min(len(keep), x + 3)
        if sim[x, lo:hi].max() > s or sim[lo:hi, x].max() > s:
            rival += 1
            continue
        trusted.append(keep[x])
    stats.update(low_similarity=low, nearby_rival=rival, kept=len(trusted))
    return trusted, stats


@dataclass
class Doc:
    """A document pair and its gold beads (index tuples)."""

    src: list[str] = field(default_factory=list)
    tgt: list[str] = field(default_factory=list)
    gold: Beads = field(default_factory=list)
    name: str = ""

    def add(self, src: Sequence[str], tgt: Sequence[str]) -> None:
        s0, t0 = len(self.src), len(self.tgt)
        self.src.extend(src)
        self.tgt.extend(tgt)
        self.gold.append((tuple(range(s0, s0 + len(src))), tuple(range(t0, t0 + len(tgt)))))


PERTURBATIONS = (
    "clean",
    "merge-1:2",
    "merge-2:1",
    "delete-src",
    "delete-tgt",
    "caption-tgt",
    "caption-src",
    "mixed",
)


def perturb(
    pairs: Sequence[tuple[str, str]],
    kind: str,
    rate: float,
    rng: random.Random,
    foreign: Sequence[tuple[str, str]],
) -> Doc:
    """One document from consecutive ``pairs`` with perturbation ``kind``.

    ``rate`` is the chance per pair that the perturbation happens there
    ("mixed" picks one of the others each time). Captions are drawn from
    ``foreign``: pairs near, but not in, this document.
    """
    doc = Doc(name=kind)
    k = 0
    kinds = [p for p in PERTURBATIONS if p not in ("clean", "mixed")]
    while k < len(pairs):
        en, ko = pairs[k]
        what = kind if rng.random() < rate else "clean"
        if what == "mixed":
            what = rng.choice(kinds)
        if what in ("merge-1:2", "merge-2:1") and k + 1 < len(pairs):
            en2, ko2 = pairs[k + 1]
            if what == "merge-1:2":
                doc.add([f"{en} {en2}"], [ko, ko2])
            else:
                doc.add([en, en2], [f"{ko} {ko2}"])
            k += 2
            continue
        if what == "delete-src":
            doc.add([], [ko])
        elif what == "delete-tgt":
            doc.add([en], [])
        elif what in ("caption-tgt", "caption-src") and foreign:
            cap_en, cap_ko = rng.choice(foreign)
            if what == "caption-tgt":
                doc.add([], [cap_ko])
            else:
                doc.add([cap_en], [])
            doc.add([en], [ko])
        else:
            doc.add([en], [ko])
        k += 1
    return doc


def build_docs(
    pairs: Sequence[tuple[str, str]],
    trusted: Sequence[int],
    doc_len: int,
    kinds: Sequence[str],
    *,
    rate: float,
    seed: int,
) -> list[Doc]:
    """Cut trusted pairs into documents of ``doc_len`` and perturb each copy."""
    rng = random.Random(seed)
    chunks = [trusted[s : s + doc_len] for s in range(0, len(trusted) - doc_len + 1, doc_len)]
    docs = []
    for c, chunk in enumerate(chunks):
        nearby = chunks[c + 1] if c + 1 < len(chunks) else chunks[c - 1]
        foreign = [pairs[k] for k in nearby]
        doc_pairs = [pairs[k] for k in chunk]
        for kind in kinds:
            doc = perturb(doc_pairs, kind, rate, rng, foreign)
            doc.name = f"{kind}#{c}"
            docs.append(doc)
    return docs
