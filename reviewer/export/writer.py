"""Export a project to a file in one of the supported formats."""

from __future__ import annotations

from pathlib import Path
from typing import IO, cast

from reviewer import messages as msg
from reviewer.errors import ReviewerError
from reviewer.export.atomic import atomic_output
from reviewer.export.pairs import collect_pairs
from reviewer.export.tabular import write_jsonl, write_tsv
from reviewer.export.tmx import write_tmx
from reviewer.store import ProjectStore

FORMATS = ("tmx", "tsv", "jsonl")


def export_project(
    store: ProjectStore, fmt: str, path: str | Path, *, include_all: bool = False
) -> int:
    """Write the approved pairs (or all with ``include_all``); return how many."""
    if fmt not in FORMATS:
        raise ReviewerError(msg.UNKNOWN_FORMAT(format=repr(fmt), formats=", ".join(FORMATS)))
    pairs = collect_pairs(store, include_all=include_all)
    docs = store.documents()
    src_lang = docs.get("src", {}).get("lang", "en")
    tgt_lang = docs.get("tgt", {}).get("lang", "ko")
    if fmt == "tmx":
        with atomic_output(path, binary=True) as out:
            write_tmx(pairs, cast(IO[bytes], out), src_lang, tgt_lang)
    else:
        with atomic_output(path) as out:
            (write_tsv if fmt == "tsv" else write_jsonl)(pairs, cast(IO[str], out))
    return len(pairs)
