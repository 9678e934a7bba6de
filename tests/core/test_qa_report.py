"""Reports (HTML, CSV, atomic writes), MQM scoring and the check runner."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from reviewer.errors import Cancelled, ReviewerError
from reviewer.progress import CancelToken
from reviewer.qa.glossary import Glossary, Term
from reviewer.qa.model import Category, PairText, Severity, Span
from reviewer.qa.report import (
    ReportItem,
    build_report,
    highlight,
    render_html,
    safe_cell,
    write_csv,
    write_html,
)
from reviewer.qa.runner import ALL_CHECKS, run_checks
from reviewer.qa.score import count_words, mqm_score

SRC = "Japan's aerobatic team <script>alert(1)</script> flew."
TGT = "일본의 에어로빅 팀이 비행했다."


def _items() -> list[ReportItem]:
    at = TGT.index("에어로빅")
    return [
        ReportItem(
            "flag", Category.TERMINOLOGY, Severity.MAJOR, "accepted", "editor",
            "aerobatic is not aerobics", "곡예비행팀", SRC, TGT,
            (Span("tgt", at, at + 4, "에어로빅"),), 2,
        ),
        ReportItem(
            "flag", Category.OMISSION, Severity.MINOR, "dismissed", "editor",
            "=cmd|' /C calc'!A0", "", SRC, TGT, (), 5,
        ),
        ReportItem(
            "suspect", Category.PUNCTUATION, Severity.MINOR, "suspect", "form",
            "doubled space", "+1", "A  b", "-가  나", (Span("src", 1, 3, "  "),), 0,
        ),
        ReportItem(
            "suspect", Category.OMISSION, Severity.MAJOR, "dismissed", "coverage",
            "possible omission", "", SRC, TGT, (), 2,
        ),
    ]  # fmt: skip


def _data():  # type: ignore[no-untyped-def]
    return build_report(
        "Defense <talks>", _items(), approved_beads=3, total_beads=12, source_words=500
    )


def test_score_counts_open_and_accepted_flags_only() -> None:
    score = _data().score
    assert score.penalty == 5  # the dismissed flag and the suspect do not count
    assert score.per_1000 == pytest.approx(10.0)
    assert score.quality == pytest.approx(99.0)


def test_mqm_score() -> None:
    s = mqm_score([("omission", "critical"), ("terminology", "minor"), ("omission", "major")], 200)
    assert s.penalty == 31 and s.by_category[Category.OMISSION] == 30
    assert s.per_1000 == pytest.approx(155.0)
    assert s.quality == pytest.approx(84.5)
    assert s.category_per_1000(Category.TERMINOLOGY) == pytest.approx(5.0)
    assert mqm_score([("omission", "critical")] * 10, 100).quality == 0.0  # floored
    assert mqm_score([], 0).quality == 100.0
    assert count_words(["Korea’s Army 3rd Military Academy, C-130H."]) == 6


def test_html_escapes_and_marks() -> None:
    page = render_html(_data())
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Defense &lt;talks&gt;" in page
    assert "<mark>에어로빅</mark>" in page
    assert "Pair 3" in page and "3 / 12" in page
    assert "http" not in page.replace("http-equiv", "")  # nothing fetched


def test_html_carries_the_hangul_font_only_when_needed() -> None:
    """A reader's machine without a Korean font still sees Hangul, not boxes."""
    page = render_html(_data())
    assert '@font-face { font-family: "Reviewer Hangul"' in page
    assert "data:font/woff2;base64,d09GM" in page  # "wOF2", the WOFF2 signature, inline
    english = build_report("Plain", [], approved_beads=0, total_beads=1, source_words=3)
    assert "@font-face" not in render_html(english)  # no 2 MB for an English-only page


def test_highlight_handles_stale_and_overlapping_spans() -> None:
    text = "a <b> c"
    spans = [Span("tgt", 0, 1, "a"), Span("tgt", 0, 3, "a <"), Span("tgt", 40, 50, "c")]
    assert highlight(text, spans) == "<mark>a &lt;</mark>b&gt; <mark>c</mark>"
    assert highlight(text, [Span("tgt", 2, 3, "zz")]) == "a &lt;b&gt; c"


def test_csv_bom_and_formula_guard(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    write_csv(_data(), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][0] == "bead" and len(rows) == 5  # header and every item, decided or not
    cells = [c for row in rows[1:] for c in row]
    assert "'=cmd|' /C calc'!A0" in cells and "'+1" in cells and "'-가  나" in cells
    assert TGT in cells
    assert [safe_cell(v) for v in ("@x", "\tx", "\rx", "x=1", "")] == [
        "'@x",
        "'\tx",
        "'\rx",
        "x=1",
        "",
    ]


def test_writes_are_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "report.html"
    path.write_text("old", encoding="utf-8")

    def boom(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(ReviewerError, match=r"report\.html"):
        write_html(_data(), path)
    assert path.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["report.html"]  # no temporary file left behind
    monkeypatch.undo()
    write_html(_data(), path)
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_unwritable_folder(tmp_path: Path) -> None:
    with pytest.raises(ReviewerError, match="folder does not exist"):
        write_csv(_data(), tmp_path / "missing" / "r.csv")


# --- runner ---------------------------------------------------------------------------

PAIRS = [
    PairText(0, "", "금요일 두 장관이 의장대를 시찰했다."),
    PairText(1, "Japan's aerobatic team flew.", "일본의 에어로빅 팀이  비행했다."),
]


def test_runner_runs_what_it_can() -> None:
    glossary = Glossary((Term("aerobatic team", ("곡예비행팀",), ("에어로빅",)),))
    seen: list[tuple[int, int, str]] = []
    mine = ["language", "glossary", "coverage", "consistency", "form"]
    found = run_checks(
        PAIRS, glossary=glossary, checks=mine, progress=lambda d, t, w: seen.append((d, t, w))
    )
    checks = {s.check for s in found}
    assert {"language", "glossary", "form"} <= checks
    assert "coverage" not in checks  # no embedder: skipped, no error
    assert [s.bead_id for s in found] == sorted(s.bead_id for s in found)
    assert seen[-1][0] == seen[-1][1] and seen[-1][2] == "done"
    assert "coverage" in ALL_CHECKS and "glossary" in ALL_CHECKS


def test_runner_selection_and_errors() -> None:
    only = run_checks(PAIRS, checks=["form"])
    assert {s.check for s in only} == {"form"}
    assert run_checks(PAIRS, checks=["glossary"]) == []  # no glossary given
    with pytest.raises(ValueError, match="spelling"):
        run_checks(PAIRS, checks=["spelling"])
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        run_checks(PAIRS, checks=["form"], cancel=token)


def test_html_gives_each_category_its_mqm_penalty() -> None:
    """Terminology carries the accepted major flag: 5 points over 500 words = 10.0."""
    page = render_html(_data())
    flags_table = page.split("Suspects from the checks")[0]
    assert "<th>per 1,000 words</th>" in flags_table
    assert "<tr><td>terminology</td>" in flags_table
    row = flags_table.split("<tr><td>terminology</td>")[1].split("</tr>")[0]
    assert row.endswith("<td>1</td><td>10.0</td>")  # one flag, 10 points per 1,000 words


def test_dismissed_suspects_are_not_counted_as_waiting() -> None:
    page = render_html(_data())
    assert "1 suspect(s) await a decision" in page
    table = page.split("awaiting a decision (1 dismissed not counted)")[1].split("</table>")[0]
    assert "<tr><td>omission</td>" not in table  # the dismissed one
    assert "<tr><td>punctuation</td>" in table
