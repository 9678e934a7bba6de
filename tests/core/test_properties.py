"""Property-based tests on arbitrary Unicode and arbitrary edit sequences."""

from __future__ import annotations

import csv
import json
import tempfile
from pathlib import Path
from xml.etree import ElementTree

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.edits import beads as B  # noqa: N812
from reviewer.edits import segments as S  # noqa: N812
from reviewer.edits.beads import EditError, approve_all
from reviewer.export import export_project
from reviewer.export.tmx import xml_safe
from tests.core.factory import make_project, snapshot

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Sentences as they come out of import: stripped, non-empty, any code point but
# lone surrogates (which no file on disk can hold).
sentence = (
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
    .map(str.strip)
    .filter(bool)
)
pairs_strategy = st.lists(
    st.tuples(
        st.lists(sentence, min_size=1, max_size=2), st.lists(sentence, min_size=1, max_size=2)
    ),
    min_size=1,
    max_size=6,
)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def expected_pairs(pairs: list[tuple[list[str], list[str]]]) -> list[tuple[str, str]]:
    return [(" ".join(en), " ".join(ko)) for en, ko in pairs]


@SETTINGS
@given(pairs=pairs_strategy)
def test_exports_read_back_the_same_pairs(pairs: list[tuple[list[str], list[str]]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with make_project(folder / "p.rvproj", pairs) as store:
            approve_all(store)
            for fmt in ("tmx", "tsv", "jsonl"):
                export_project(store, fmt, folder / f"out.{fmt}")
        want = expected_pairs(pairs)
        jsonl = [
            json.loads(x)
            for x in (folder / "out.jsonl").read_text(encoding="utf-8").split("\n")
            if x
        ]
        assert [(r["src"], r["tgt"]) for r in jsonl] == want
        with (folder / "out.tsv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, dialect="excel-tab"))
        assert [(r["src"], r["tgt"]) for r in rows] == want
        root = ElementTree.parse(folder / "out.tmx").getroot()
        tmx = [
            tuple("".join(tuv.find("seg").itertext()) for tuv in tu.iter("tuv"))
            for tu in root.iter("tu")
        ]

        # TMX drops what XML 1.0 cannot carry (the documented rule); a CR survives as &#13;.
        assert tmx == [(xml_safe(en)[0], xml_safe(ko)[0]) for en, ko in want]


ACTIONS = [
    "approve",
    "reject",
    "pin",
    "merge_next",
    "merge_prev",
    "split",
    "shift_down",
    "shift_up",
    "detach",
    "edit",
    "split_sentence",
    "join",
]


def apply(store, action: str, pick: int, text: str) -> None:
    ids = store.bead_ids()
    bead = store.bead(ids[pick % len(ids)])
    segments = [*bead.src, *bead.tgt]
    seg = segments[pick % len(segments)]
    try:
        if action == "approve":
            B.set_status(store, [bead.id], "approved")
        elif action == "reject":
            B.set_status(store, [bead.id], "rejected")
        elif action == "pin":
            B.set_pinned(store, [bead.id], not bead.pinned)
        elif action in ("merge_next", "merge_prev"):
            B.merge_beads(store, bead.id, with_next=action == "merge_next")
        elif action == "split":
            B.split_bead(store, bead.id)
        elif action in ("shift_down", "shift_up"):
            B.shift_segment(store, bead.id, seg.side, down=action == "shift_down")
        elif action == "detach":
            B.detach_segment(store, seg.id)
        elif action == "edit":
            S.edit_text(store, seg.id, text)
        elif action == "split_sentence":
            S.split_segment(store, seg.id, 1 + pick % max(1, len(seg.text) - 1))
        else:
            S.join_segments(store, seg.id)
    except EditError:
        pass  # an edit that makes no sense here is refused and changes nothing


@SETTINGS
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(ACTIONS), st.integers(0, 50), sentence), min_size=1, max_size=12
    )
)
def test_undoing_any_edit_sequence_restores_the_project(steps: list[tuple[str, int, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp, make_project(Path(tmp) / "p.rvproj") as store:
        original = snapshot(store)
        for action, pick, text in steps:
            apply(store, action, pick, text)
        while store.undo_last() is not None:
            pass
        assert snapshot(store) == original
