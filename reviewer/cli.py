"""The ``reviewer`` command: everything the GUI does, headless.

User errors print one line to stderr and exit 1; there is never a traceback
for them. ``REVIEWER_DEBUG=1`` shows tracebacks of real bugs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from reviewer import messages as msg
from reviewer.align.base import LOW_CONFIDENCE
from reviewer.align.registry import ALIGNER_NAMES
from reviewer.errors import Cancelled, ReviewerError
from reviewer.export.atomic import output_name, writes_stdout


def _score(text: str) -> float:
    """A confidence threshold: a number from 0 to 1 (argparse reports anything else)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 <= value <= 1.0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reviewer",
        description="Align English and Korean texts, review the pairs, flag problems, export.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    new = sub.add_parser("new", help="create and align a project")
    new.add_argument("project", type=Path)
    _add_inputs(new, required=True)
    new.add_argument("--aligner", choices=ALIGNER_NAMES, help="default: embedding")
    new.add_argument("--force", action="store_true", help="replace an existing project file")

    align = sub.add_parser("align", help="align two files without a project")
    align.add_argument("src", type=Path)
    align.add_argument("tgt", type=Path)
    align.add_argument("--presegmented", action="store_true", help="one segment per non-blank line")
    align.add_argument("--aligner", choices=ALIGNER_NAMES, help="default: embedding")
    align.add_argument("--json", action="store_true", help="print the beads as JSON")

    approve = sub.add_parser("approve", help="approve beads")
    approve.add_argument("project", type=Path)
    which = approve.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--min-score",
        type=_score,
        metavar="X",
        help="approve 1:1 and other matched beads whose confidence is at least X (0 to 1)",
    )
    which.add_argument("--all", action="store_true", help="approve every bead")

    info = sub.add_parser("info", help="counts by status, flags")
    info.add_argument("project", type=Path)
    info.add_argument("--json", action="store_true")

    export = sub.add_parser("export", help="export pairs to TMX, TSV or JSONL")
    export.add_argument("project", type=Path)
    export.add_argument("--format", required=True, choices=("tmx", "tsv", "jsonl"))
    export.add_argument("--all", action="store_true", help="all beads, not only approved ones")
    export.add_argument(
        "-o", "--output", required=True, type=Path, help="file to write; - for standard output"
    )

    realign = sub.add_parser("realign", help="re-align everything not approved or pinned")
    realign.add_argument("project", type=Path)
    realign.add_argument(
        "--aligner", choices=ALIGNER_NAMES, help="default: the one the project was aligned with"
    )

    qa = sub.add_parser("qa", help="run the QA checks and store suspects")
    qa.add_argument("project", type=Path)
    qa.add_argument(
        "--glossary",
        type=Path,
        help="CSV, TSV or TBX term base to import into the project (replacing the one there);"
        " later runs use it",
    )
    qa.add_argument("--json", action="store_true")

    report = sub.add_parser("report", help="write the QA report")
    report.add_argument("project", type=Path)
    report.add_argument("-o", "--output", required=True, type=Path)
    report.add_argument("--format", choices=("html", "csv"), default=None)

    gui = sub.add_parser("gui", help="open the review app")
    gui.add_argument("project", nargs="?", type=Path)
    _add_inputs(gui, required=False)
    return parser


def _add_inputs(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--src", type=Path, help="English document")
    parser.add_argument("--tgt", type=Path, help="Korean document")
    parser.add_argument("--bilingual", type=Path, help="one file: English, then Korean")
    parser.set_defaults(_inputs_required=required)


def _read_inputs(args: argparse.Namespace) -> object:
    from reviewer.importing.documents import read_bilingual, read_pair

    if args.bilingual and (args.src or args.tgt):
        raise ReviewerError(msg.CLI_BOTH_KINDS())
    if args.bilingual:
        return read_bilingual(args.bilingual)
    if args.src and args.tgt:
        return read_pair(args.src, args.tgt)
    if args.src or args.tgt:
        raise ReviewerError(msg.CLI_ONE_FILE())
    raise ReviewerError(msg.CLI_NO_FILES())


def _stderr_progress(done: int, total: int, what: str) -> None:
    if sys.stderr.isatty():
        shown = f"{done}/{total}" if total else ""
        print(f"\r{what} {shown}   ", end="", file=sys.stderr, flush=True)


def cmd_new(args: argparse.Namespace) -> int:
    from reviewer.align.registry import DEFAULT_ALIGNER
    from reviewer.pipeline import build_project

    imported = _read_inputs(args)
    for message in imported.messages:  # type: ignore[attr-defined]
        print(message, file=sys.stderr)
    with build_project(
        args.project,
        imported,  # type: ignore[arg-type]
        aligner_name=args.aligner or DEFAULT_ALIGNER,
        overwrite=args.force,
        progress=_stderr_progress,
    ) as store:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        beads = store.beads(flags=False)
        kinds = Counter(b.kind for b in beads)
        n_src = sum(len(b.src) for b in beads)
        n_tgt = sum(len(b.tgt) for b in beads)
        low = sum(1 for b in beads if (b.score or 0) < LOW_CONFIDENCE)
        print(f"created {args.project}")
        print(f"  {n_src} English and {n_tgt} Korean sentences in {len(beads)} beads")
        print("  beads: " + ", ".join(f"{k} ×{n}" for k, n in sorted(kinds.items())))
        print(f"  {low} bead(s) with confidence below {LOW_CONFIDENCE} to check first")
    return 0


def cmd_align(args: argparse.Namespace) -> int:
    from reviewer.align.registry import DEFAULT_ALIGNER
    from reviewer.importing.documents import read_pair
    from reviewer.pipeline import Segmented, align_segments, segment_import
    from reviewer.segment import Segment

    # The same language checks as `new`: Korean first is swapped back, with a note.
    imported = read_pair(args.src, args.tgt)
    for message in imported.messages:
        print(message, file=sys.stderr)
    src, tgt = imported.src, imported.tgt
    if args.presegmented:
        segmented = Segmented(
            [Segment(p, 0) for p in src.paragraphs], [Segment(p, 0) for p in tgt.paragraphs]
        )
    else:
        segmented = segment_import(imported)
    beads = align_segments(segmented, args.aligner or DEFAULT_ALIGNER)
    if args.json:
        out = {
            "beads": [
                {"src": list(b.src), "tgt": list(b.tgt), "score": round(float(b.score), 4)}
                for b in beads
            ]
        }
        print(json.dumps(out, ensure_ascii=False))
    else:
        for b in beads:
            en = " ".join(segmented.src[i].text for i in b.src)
            ko = " ".join(segmented.tgt[j].text for j in b.tgt)
            print(f"{b.score:.2f}\t{en}\t{ko}")
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    from reviewer.edits.beads import approve_all, approve_min_score
    from reviewer.store import ProjectStore

    with ProjectStore.open(args.project) as store:
        changes = approve_all(store) if args.all else approve_min_score(store, args.min_score)
        counts = store.status_counts()
    total = sum(counts.values())
    print(f"approved {len(changes.beads)} bead(s); now {counts['approved']} of {total} approved")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from reviewer.edits.glossary import glossary_info
    from reviewer.store import ProjectStore

    with ProjectStore.open(args.project, mode="read") as store:
        counts = store.status_counts()
        flags = store.flag_counts()
        beads = store.beads(flags=False)
        docs = store.documents()
        glossary = glossary_info(store)
    kinds = Counter(b.kind for b in beads)
    info = {
        "project": str(args.project),
        "beads": sum(counts.values()),
        "status": counts,
        "kinds": dict(sorted(kinds.items())),
        "flags": {
            "open": flags.get("open", 0),
            "resolved": flags.get("resolved", 0),
            "dismissed": flags.get("dismissed", 0),
            "suspects": flags.get("suspect", 0),
        },
        "documents": {side: d.get("path") for side, d in docs.items()},
        "glossary": None
        if glossary is None
        else {"file": glossary.file_name, "sha256": glossary.sha256, "terms": glossary.terms},
    }
    if args.json:
        print(json.dumps(info, ensure_ascii=False))
        return 0
    print(f"{args.project}: {info['beads']} beads")
    print("  status: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print("  beads:  " + ", ".join(f"{k} ×{n}" for k, n in info["kinds"].items()))  # type: ignore[attr-defined]
    print("  flags:  " + ", ".join(f"{k} {v}" for k, v in info["flags"].items()))  # type: ignore[attr-defined]
    if glossary is None:
        print("  glossary: none (reviewer qa PROJECT --glossary FILE imports one)")
    else:
        print(f"  glossary: {glossary.terms} term(s) from {glossary.file_name}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from reviewer.export import export_project
    from reviewer.store import ProjectStore

    with ProjectStore.open(args.project, mode="read") as store:
        n = export_project(store, args.format, args.output, include_all=args.all)
    status = sys.stderr if writes_stdout(args.output) else sys.stdout  # keep the data clean
    print(f"wrote {n} pair(s) to {output_name(args.output)}", file=status)
    return 0


def cmd_realign(args: argparse.Namespace) -> int:
    from reviewer.edits.alignment import apply_realignment, plan_realignment
    from reviewer.pipeline import realign_aligner
    from reviewer.store import ProjectStore

    with ProjectStore.open(args.project) as store:
        aligner, cache = realign_aligner(store, args.aligner or "", _stderr_progress, None)
        try:
            plan = plan_realignment(store, aligner)
        finally:
            if cache is not None:
                cache.close()
        apply_realignment(store, plan)
    added, replaced = plan.repaired()
    checked = f"re-aligned {len(plan.old_beads)} bead(s) that are neither approved nor pinned"
    if added or replaced:
        print(f"{checked}: {added} new pairing(s) replace {replaced}; the rest are unchanged")
    else:
        print(f"{checked}: no pairing changed")
    return 0


def run_gui_app(args: argparse.Namespace) -> int:
    """Start the GUI; the core never imports Qt, so this import happens only here."""
    import importlib

    app = importlib.import_module("ui.app")
    return int(app.run_gui(args))


COMMANDS = {
    "new": cmd_new,
    "align": cmd_align,
    "approve": cmd_approve,
    "info": cmd_info,
    "export": cmd_export,
    "realign": cmd_realign,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "gui":
            return run_gui_app(args)
        if args.command in ("qa", "report"):
            from reviewer.qa_commands import run_qa_command

            return run_qa_command(args)
        return COMMANDS[args.command](args)
    except ReviewerError as error:
        print(f"reviewer: {error}", file=sys.stderr)
        return 1
    except Cancelled:
        print("reviewer: cancelled", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("\nreviewer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (reviewer qa P | head): stop quietly, as cat does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except MemoryError:
        print("reviewer: out of memory: the input is too large", file=sys.stderr)
        return 1
    except Exception as error:
        if os.environ.get("REVIEWER_DEBUG"):
            raise
        print(
            f"reviewer: internal error ({type(error).__name__}: {error}); "
            "set REVIEWER_DEBUG=1 to see details",
            file=sys.stderr,
        )
        return 70


if __name__ == "__main__":
    sys.exit(main())
