"""TSV and JSONL exports: text kept exactly, for pipelines.

TSV uses the csv module's tab dialect with CRLF line ends: a field containing a
tab, CR, LF or double quote is quoted (RFC 4180 style), so any reader with CSV quoting (pandas,
Python's csv, spreadsheets) gets the exact text back. No formula escaping here:
these files feed pipelines, and changing text would corrupt training data.
(The CSV QA report, meant for spreadsheets, does escape formulas.)
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import IO

from reviewer.export.pairs import ExportPair

TSV_COLUMNS = ("index", "src", "tgt", "score", "status", "kind", "flags")


def write_tsv(pairs: Sequence[ExportPair], out: IO[str]) -> None:
    # CRLF line ends (the dialect's default) make the writer quote any field
    # holding a lone CR or LF, so every reader gets the exact text back.
    writer = csv.writer(out, dialect="excel-tab")
    writer.writerow(TSV_COLUMNS)
    for p in pairs:
        flags = "; ".join(f"{f['severity']} {f['category']}: {f['note']}" for f in p.flags)
        score = "" if p.score is None else f"{p.score:.3f}"
        writer.writerow((p.index, p.src, p.tgt, score, p.status, p.kind, flags))


def write_jsonl(pairs: Sequence[ExportPair], out: IO[str]) -> None:
    for p in pairs:
        record = {
            "index": p.index,
            "src": p.src,
            "tgt": p.tgt,
            "score": p.score,
            "status": p.status,
            "kind": p.kind,
            "flags": list(p.flags),
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
