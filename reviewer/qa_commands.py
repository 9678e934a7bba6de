"""QA over a project: run the checks, store their suspects, and write the report.

Shared by the ``reviewer qa`` / ``reviewer report`` commands and the GUI.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reviewer.export.atomic import output_name, writes_stdout
from reviewer.progress import CancelToken, ProgressFn
from reviewer.qa.glossary import Glossary
from reviewer.qa.model import PairText, Span, Suspect
from reviewer.qa.report import ReportData, ReportItem, build_report, write_csv, write_html
from reviewer.qa.runner import run_checks
from reviewer.qa.score import count_words
from reviewer.store import Changes, ProjectStore
from reviewer.store.embedding_cache import CachedEmbedder
from reviewer.store.rows import BeadRow, FlagRow


def pair_texts(beads: Sequence[BeadRow]) -> list[PairText]:
    return [
        PairText(b.id, b.src_text, b.tgt_text, b.score if b.score is not None else 1.0)
        for b in beads
    ]


@dataclass(frozen=True)
class QaRun:
    """Suspects found on a snapshot of the pairs, to be stored afterwards.

    The app finds them on a worker's read-only connection while the editor may
    keep editing; ``texts`` lets :func:`store_qa_run` drop the suspects of
    pairs whose text changed meanwhile (their spans would point astray).
    """

    suspects: tuple[Suspect, ...]
    texts: dict[int, tuple[str, str]]


def find_suspects(
    store: ProjectStore,
    *,
    glossary: Glossary | None = None,
    use_model: bool = True,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> QaRun:
    """Run every check without writing; ``glossary`` None means the project's term base.

    Raises ``Cancelled`` when ``cancel`` is set (the embedding cache may keep
    what it computed; no flag is written).
    """
    from reviewer.edits.glossary import stored_glossary

    if glossary is None:
        glossary = stored_glossary(store)
    beads = store.beads(flags=False)
    embedder = None
    if use_model:
        from reviewer.embed import ModelEmbedder

        embedder = CachedEmbedder(ModelEmbedder(), store.path, progress=progress, cancel=cancel)
    try:
        suspects = run_checks(
            pair_texts(beads),
            embedder=embedder,
            glossary=glossary,
            progress=progress,
            cancel=cancel,
        )
    finally:
        if embedder is not None:
            embedder.close()
    return QaRun(tuple(suspects), {b.id: (b.src_text, b.tgt_text) for b in beads})


def store_qa_run(store: ProjectStore, run: QaRun) -> Changes:
    """Store a run's suspects (one undoable action), skipping pairs edited since."""
    from reviewer.edits.flags import store_suspects

    wanted = sorted({s.bead_id for s in run.suspects})
    current = {b.id: (b.src_text, b.tgt_text) for b in store.beads(wanted, flags=False)}
    fresh = [s for s in run.suspects if current.get(s.bead_id) == run.texts.get(s.bead_id)]
    return store_suspects(store, fresh)


def run_qa(
    store: ProjectStore,
    *,
    glossary: Glossary | None = None,
    use_model: bool = True,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> tuple[list[Suspect], Changes]:
    """Run every check; store new suspects (dismissed ones stay dismissed).

    Without ``glossary`` the term base imported into the project is used.
    """
    run = find_suspects(
        store, glossary=glossary, use_model=use_model, progress=progress, cancel=cancel
    )
    return list(run.suspects), store_qa_run(store, run)


def _joined_spans(bead: BeadRow, flag: FlagRow) -> tuple[Span, ...]:
    """Segment offsets → offsets in the bead's joined side text (segments joined by a space)."""
    starts: dict[int, int] = {}
    for side in (bead.src, bead.tgt):
        offset = 0
        for segment in side:
            starts[segment.id] = offset
            offset += len(segment.text) + 1
    return tuple(
        Span(s.side, starts[s.segment_id] + s.start, starts[s.segment_id] + s.end, s.text)
        for s in flag.spans
        if s.segment_id in starts
    )


def report_data(store: ProjectStore) -> ReportData:
    beads = store.beads()
    items = []
    for index, bead in enumerate(beads):
        for flag in bead.flags:
            items.append(
                ReportItem(
                    kind=flag.kind,
                    category=flag.category,
                    severity=flag.severity,
                    status=flag.status,
                    author=flag.check_name or flag.author,
                    note=flag.note,
                    suggestion=flag.suggestion,
                    src=bead.src_text,
                    tgt=bead.tgt_text,
                    spans=_joined_spans(bead, flag),
                    bead_index=index,
                )
            )
    counts = store.status_counts()
    return build_report(
        store.path.stem,
        items,
        approved_beads=counts["approved"],
        total_beads=sum(counts.values()),
        source_words=count_words(b.src_text for b in beads),
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        qa_run=_when(store.last_done("qa")),
    )


def _when(ts: str | None) -> str | None:
    """A history timestamp as the report's date line writes dates."""
    if ts is None:
        return None
    try:
        return datetime.fromisoformat(ts).astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return ts


def write_report(store: ProjectStore, path: str | Path, fmt: str | None = None) -> ReportData:
    path = Path(path)
    fmt = fmt or ("csv" if path.suffix.lower() == ".csv" else "html")
    data = report_data(store)
    (write_csv if fmt == "csv" else write_html)(data, path)
    return data


# A stored suspect's status as the editor sees it.
_DECISIONS = {"suspect": "waiting", "dismissed": "dismissed", "open": "accepted"}


def suspect_json(suspect: Suspect, bead: BeadRow, number: int, status: str) -> dict[str, object]:
    """The contract of ``reviewer qa --json``; ``bead`` (1-based, as in the grid and
    the report) and ``status`` (waiting, dismissed, accepted) locate the suspect."""
    return {
        "bead": number,
        "status": status,
        "check": suspect.check,
        "category": str(suspect.category),
        "severity": str(suspect.severity),
        "reason": suspect.reason,
        "src": bead.src_text,
        "tgt": bead.tgt_text,
        "spans": [
            {"side": s.side, "start": s.start, "end": s.end, "text": s.text} for s in suspect.spans
        ],
    }


def run_qa_command(args: argparse.Namespace) -> int:
    if args.command == "report":
        with ProjectStore.open(args.project, mode="read") as store:
            data = write_report(store, args.output, args.format)
        status = sys.stderr if writes_stdout(args.output) else sys.stdout  # keep it clean
        print(
            f"wrote the QA report ({len(data.items)} flag(s) and suspect(s))"
            f" to {output_name(args.output)}",
            file=status,
        )
        return 0
    from reviewer.edits.glossary import import_glossary, read_glossary_file

    # Read before opening: a bad glossary file changes nothing in the project.
    source = read_glossary_file(args.glossary) if args.glossary else None
    with ProjectStore.open(args.project) as store:
        if source is not None:
            import_glossary(store, source)
            if not args.json:
                print(f"glossary {source.file_name}: {len(source.glossary)} term(s) in the project")
                if source.glossary.skipped:
                    print(
                        f"  {len(source.glossary.skipped)} row(s) skipped, with no source or"
                        f" no target term: line(s) {source.glossary.skipped_lines()}"
                    )
        suspects, _changes = run_qa(store)
        rows = store.beads()
        waiting = store.flag_counts().get("suspect", 0)
    beads = {b.id: (n, b) for n, b in enumerate(rows, start=1)}
    decided = {
        (b.id, f.check_name, f.note): _DECISIONS.get(f.status, f.status)
        for b in rows
        for f in b.flags
        if f.check_name
    }
    found = sorted(
        (
            (beads[s.bead_id][0], s, decided.get((s.bead_id, s.check, s.reason), "waiting"))
            for s in suspects
            if s.bead_id in beads
        ),
        key=lambda f: f[0],
    )  # in document order
    if args.json:
        out = {
            "suspects": [suspect_json(s, beads[s.bead_id][1], n, status) for n, s, status in found]
        }
        print(json.dumps(out, ensure_ascii=False))
    else:
        for n, s, status in found:
            mark = "" if status == "waiting" else f" ({status})"
            print(f"bead {n}: [{s.check}] {s.severity} {s.category}{mark}: {s.reason}")
        print(f"{len(suspects)} suspect(s) found; {waiting} waiting for a decision")
    return 0
