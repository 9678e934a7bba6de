"""Review reports: a self-contained HTML page and a CSV for spreadsheets.

HTML: one file with its own CSS, no scripts and nothing fetched; a summary
(beads approved, source words, MQM penalty per 1,000 words and quality), a
category x severity table of flags (open and accepted) and one of suspects,
then every item with its pair's text, the marked spans in <mark>. All text is
HTML-escaped, so a sentence containing ``<script>`` shows as text.

CSV: UTF-8 with a byte-order mark (so Excel reads Korean correctly), one row
per item. Formula-injection rule: a cell that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is written with a single quote in front
(``'=1+1``), so a spreadsheet shows it as text and never runs it as a formula.
This changes such cells (``-5%`` is written ``'-5%``) and is the price of
opening untrusted text safely.

Both writers are atomic: the file is written to a temporary file in the same
folder and moved over the target with ``os.replace``, so a failure leaves the
old file (or none), never half a report.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reviewer.export.atomic import atomic_output
from reviewer.qa.model import Category, Severity, Span
from reviewer.qa.score import MQMScore, mqm_score
from reviewer.resource_files import resources_dir

COUNTED_STATUSES = frozenset({"open", "accepted"})
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ReportItem:
    """One flag (an editor's decision) or suspect (a check's suggestion) on a bead.

    ``author`` is the check's name for a suspect, the editor's for a flag;
    ``note`` is the check's reason or the editor's note. ``bead_index`` is the
    bead's position in the document (0-based; shown 1-based).
    """

    kind: str  # 'flag' | 'suspect'
    category: Category | str
    severity: Severity | str
    status: str
    author: str
    note: str
    suggestion: str
    src: str
    tgt: str
    spans: tuple[Span, ...] = ()
    bead_index: int = 0


@dataclass(frozen=True)
class ReportData:
    project_name: str
    items: tuple[ReportItem, ...]
    approved_beads: int
    total_beads: int
    source_words: int
    score: MQMScore
    generated: str = ""  # a date line for the header, when given
    qa_run: str | None = ""  # when the checks last ran; None: never ("" when not known)


def build_report(
    project_name: str,
    items: Iterable[ReportItem],
    *,
    approved_beads: int,
    total_beads: int,
    source_words: int,
    generated: str = "",
    qa_run: str | None = "",
) -> ReportData:
    """Report data with the MQM score computed from the open and accepted flags."""
    items = tuple(sorted(items, key=lambda i: (i.bead_index, i.kind != "flag")))
    counted = [
        (i.category, i.severity) for i in items if i.kind == "flag" and i.status in COUNTED_STATUSES
    ]
    score = mqm_score(counted, source_words)
    return ReportData(
        project_name, items, approved_beads, total_beads, source_words, score, generated, qa_run
    )


# --- HTML ----------------------------------------------------------------------------

_CSS = """
:root { --ink:#1f2328; --muted:#5b636e; --line:#d8dee4; --soft:#f6f8fa; --accent:#1f6feb; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.55;
  font: 15px/1.55 "Reviewer Hangul", system-ui, -apple-system, "Segoe UI", "Noto Sans KR",
  "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; }
main { max-width: 1080px; margin: 0 auto; padding: 32px 28px 56px; }
h1 { font-size: 26px; margin: 0 0 2px; }
h2 { font-size: 18px; margin: 36px 0 12px; padding-bottom: 6px;
  border-bottom: 1px solid var(--line); }
.sub { color: var(--muted); margin: 0 0 24px; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px;
  background: var(--soft); }
.card .k { color: var(--muted); font-size: 13px; }
.card .v { font-size: 22px; font-weight: 600; margin-top: 2px; }
.bar { height: 6px; background: #e3e8ee; border-radius: 3px; margin-top: 8px; overflow: hidden; }
.bar span { display: block; height: 100%; background: #2da44e; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: 6px 10px; text-align: right; }
th:first-child, td:first-child { text-align: left; }
thead th { background: var(--soft); font-weight: 600; }
tfoot td { font-weight: 600; background: var(--soft); }
td.zero { color: #b8bfc7; }
.tables { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; align-items: start; }
.tables h3 { font-size: 15px; margin: 0 0 8px; }
.item { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 14px; break-inside: avoid; }
.item header { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 8px 12px;
  background: var(--soft); border-bottom: 1px solid var(--line); border-radius: 8px 8px 0 0; }
.bead { font-weight: 600; }
.badge { font-size: 12px; padding: 1px 8px; border-radius: 10px; border: 1px solid var(--line);
  background: #fff; white-space: nowrap; }
.sev-minor { background: #fff8c5; border-color: #e3d277; }
.sev-major { background: #ffe2cc; border-color: #f0a36a; }
.sev-critical { background: #ffd7d5; border-color: #e5736c; color: #82071e; }
.kind-flag { background: #ddf4ff; border-color: #8cc8f5; }
.who { color: var(--muted); font-size: 13px; margin-left: auto; }
.entries { list-style: none; margin: 0; padding: 0; }
.entry { padding: 8px 12px 10px; }
.entry + .entry { border-top: 1px dashed var(--line); }
.line { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.note { margin: 6px 0 0; }
.suggestion { margin: 4px 0 0; color: var(--muted); }
.marks { margin: 6px 0 0; font-size: 13px; color: var(--muted); }
.chip { margin-right: 10px; }
.suggestion b { color: var(--ink); font-weight: 600; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0;
  border-top: 1px solid var(--line); background: #fcfdfe; border-radius: 0 0 8px 8px; }
.pair > div { padding: 10px 12px; }
.pair > div + div { border-left: 1px solid var(--line); }
.pair .lab { display: block; font-size: 12px; color: var(--muted); text-transform: uppercase;
  letter-spacing: .04em; margin-bottom: 2px; }
[lang="ko"] { word-break: keep-all; overflow-wrap: anywhere; }
mark { background: #ffe066; padding: 0 1px; border-radius: 2px; }
.empty { color: var(--muted); font-style: italic; }
@media print { main { padding: 0; } .item { page-break-inside: avoid; } }
@media (max-width: 760px) { .cards, .tables, .pair { grid-template-columns: 1fr; } }
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _intervals(text: str, spans: Iterable[Span]) -> list[tuple[int, int]]:
    """Valid, merged (start, end) ranges of ``spans`` in ``text``."""
    found: list[tuple[int, int]] = []
    for span in spans:
        start, end = span.start, span.end
        if not (0 <= start < end <= len(text)) or (span.text and text[start:end] != span.text):
            at = text.find(span.text) if span.text else -1
            if at < 0:
                continue
            start, end = at, at + len(span.text)
        found.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, spans: Iterable[Span]) -> str:
    """``text`` HTML-escaped, with ``spans`` wrapped in <mark>."""
    out: list[str] = []
    pos = 0
    for start, end in _intervals(text, spans):
        out += [_e(text[pos:start]), "<mark>", _e(text[start:end]), "</mark>"]
        pos = end
    out.append(_e(text[pos:]))
    return "".join(out)


def _table(items: Sequence[ReportItem], title: str, score: MQMScore | None = None) -> str:
    """Counts by category and severity; with ``score``, each category's MQM penalty
    per 1,000 source words too (the per-category quality the issue's editors ask for)."""
    counts: dict[tuple[str, str], int] = {}
    for item in items:
        key = (str(item.category), str(item.severity))
        counts[key] = counts.get(key, 0) + 1
    severities = [str(s) for s in Severity]
    categories = [str(c) for c in Category if any(k[0] == str(c) for k in counts)]
    categories += sorted({k[0] for k in counts} - set(categories))
    head = "".join(f"<th>{_e(s)}</th>" for s in severities)
    rows = []
    for cat in categories:
        cells = []
        for sev in severities:
            n = counts.get((cat, sev), 0)
            cells.append('<td class="zero">0</td>' if n == 0 else f"<td>{n}</td>")
        total = sum(counts.get((cat, s), 0) for s in severities)
        cells.append(f"<td>{total}</td>")
        if score is not None:
            known = cat in {str(c) for c in Category}
            per = score.category_per_1000(Category(cat)) if known else 0.0
            cells.append(f"<td>{per:.1f}</td>")
        rows.append(f"<tr><td>{_e(cat)}</td>{''.join(cells)}</tr>")
    extra = 1 if score is not None else 0
    if not rows:
        rows.append(f'<tr><td colspan="{len(severities) + 2 + extra}" class="empty">none</td></tr>')
    foot = "".join(
        f"<td>{sum(v for (c, s), v in counts.items() if s == sev)}</td>" for sev in severities
    )
    foot += f"<td>{len(items)}</td>"
    if score is not None:
        head += "<th>Total</th><th>per 1,000 words</th>"
        foot += f"<td>{score.per_1000:.1f}</td>" if score.source_words else "<td>–</td>"
    else:
        head += "<th>Total</th>"
    return (
        f"<div><h3>{_e(title)}</h3><table><thead><tr><th>Category</th>{head}"
        f"</tr></thead><tbody>{''.join(rows)}</tbody><tfoot><tr><td>Total</td>{foot}"
        f"</tr></tfoot></table></div>"
    )


def _entry(item: ReportItem) -> str:
    """One item's line inside its bead: badges, note, suggestion, marked words."""
    sev = str(item.severity)
    who = ("check " if item.kind == "suspect" else "by ") + item.author if item.author else ""
    marks = " ".join(
        f'<span class="chip">{"source" if s.side == "src" else "target"}: '
        f"<mark>{_e(s.text)}</mark></span>"
        for s in item.spans
        if s.text and len(s.text) <= 80
    )
    parts = [
        '<li class="entry"><div class="line">',
        f'<span class="badge kind-{_e(item.kind)}">{_e(item.kind)}</span>',
        f'<span class="badge">{_e(item.category)}</span>',
        f'<span class="badge sev-{_e(sev)}">{_e(sev)}</span>',
        # A suspect's status is "suspect" until decided: say it once, not twice.
        f'<span class="badge">{_e(item.status)}</span>' if item.status != item.kind else "",
        f'<span class="who">{_e(who)}</span></div>',
    ]
    if item.note:
        parts.append(f'<p class="note">{_e(item.note)}</p>')
    if item.suggestion:
        parts.append(f'<p class="suggestion"><b>Suggestion:</b> {_e(item.suggestion)}</p>')
    if marks:
        parts.append(f'<p class="marks">{marks}</p>')
    parts.append("</li>")
    return "".join(parts)


def _bead(items: Sequence[ReportItem]) -> str:
    """A bead's items, then its pair once with every item's spans marked."""
    first = items[0]
    spans = [s for i in items for s in i.spans]
    src_spans = [s for s in spans if s.side == "src"]
    tgt_spans = [s for s in spans if s.side == "tgt"]
    none = '<span class="empty">(none)</span>'
    src = highlight(first.src, src_spans) if first.src else none
    tgt = highlight(first.tgt, tgt_spans) if first.tgt else none
    count = f"{len(items)} item" + ("s" if len(items) != 1 else "")
    return (
        f'<article class="item"><header><span class="bead">Pair {first.bead_index + 1}</span>'
        f'<span class="who">{count}</span></header>'
        f'<ul class="entries">{"".join(_entry(i) for i in items)}</ul>'
        f'<div class="pair"><div lang="en"><span class="lab">Source</span>{src}</div>'
        f'<div lang="ko"><span class="lab">Target</span>{tgt}</div></div></article>'
    )


def _beads(items: Sequence[ReportItem]) -> str:
    groups: dict[tuple[int, str, str], list[ReportItem]] = {}
    for item in items:
        groups.setdefault((item.bead_index, item.src, item.tgt), []).append(item)
    return "".join(_bead(g) for g in groups.values())


# The app's bundled Noto Sans KR subset (SIL OFL 1.1): embedded in a report that holds
# Hangul, so the page reads the same on a machine with no Korean font (a reviewer's
# client, a CI box) as on the editor's. Limited by unicode-range to Hangul and Hanja,
# so Latin text keeps the reader's system font.
REPORT_FONT = resources_dir() / "fonts" / "NotoSansKR-Regular-subset.woff2"
_FONT_RANGE = "U+1100-11FF, U+3000-303F, U+3130-318F, U+4E00-9FFF, U+AC00-D7A3, U+F900-FAFF"
_HANGUL_OR_HANJA = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3\u4e00-\u9fff]")


def _font_face(page_text: str) -> str:
    """An @font-face with the bundled font inline, when the page has Hangul or Hanja."""
    if not _HANGUL_OR_HANJA.search(page_text) or not REPORT_FONT.is_file():
        return ""
    data = base64.b64encode(REPORT_FONT.read_bytes()).decode("ascii")
    return (
        '@font-face { font-family: "Reviewer Hangul"; font-display: swap; '
        f'src: url(data:font/woff2;base64,{data}) format("woff2"); unicode-range: {_FONT_RANGE}; }}'
    )


def render_html(data: ReportData) -> str:
    """The whole report as one self-contained HTML page (fonts included)."""
    score = data.score
    share = data.approved_beads / data.total_beads if data.total_beads else 0.0
    flags = [i for i in data.items if i.kind == "flag" and i.status in COUNTED_STATUSES]
    suspects = [i for i in data.items if i.kind == "suspect"]
    per_1000 = f"{score.per_1000:.1f}" if data.source_words else "–"
    quality = f"{score.quality:.1f}%" if data.source_words else "–"
    sub = "Translation review report" + (f" · {data.generated}" if data.generated else "")
    if data.qa_run is None:
        sub += " · the QA checks have not been run on this project (reviewer qa PROJECT)"
    elif data.qa_run:
        sub += f" · QA checks last run {data.qa_run}"
    # A dismissed suspect is the editor's "false alarm": listed among the items,
    # never counted with those still waiting.
    open_suspects = [i for i in suspects if i.status == "suspect"]
    waiting = len(open_suspects)
    dismissed = len(suspects) - waiting
    suspects_title = "Suspects from the checks, awaiting a decision" + (
        f" ({dismissed} dismissed not counted)" if dismissed else ""
    )
    # The score counts the editor's flags only: say so while suspects wait, so that
    # 100% is not read as "nothing wrong".
    basis = f"from {len(flags)} flag(s)" + (
        f"; {waiting} suspect(s) await a decision" if waiting else ""
    )
    cards = (
        '<section class="cards">'
        f'<div class="card"><div class="k">Pairs approved</div><div class="v">'
        f"{data.approved_beads:,} / {data.total_beads:,}</div>"
        f'<div class="bar"><span style="width:{share * 100:.1f}%"></span></div></div>'
        f'<div class="card"><div class="k">Source words</div>'
        f'<div class="v">{data.source_words:,}</div></div>'
        f'<div class="card"><div class="k">MQM penalty per 1,000 words</div>'
        f'<div class="v">{per_1000}</div></div>'
        f'<div class="card"><div class="k">Quality (MQM)</div>'
        f'<div class="v">{quality}</div><div class="k">{_e(basis)}</div></div></section>'
    )
    items = _beads(data.items) or '<p class="empty">No flags or suspects.</p>'
    body = (
        f'<body><main><h1>{_e(data.project_name)}</h1><p class="sub">{_e(sub)}</p>{cards}'
        f'<h2>Summary</h2><section class="tables">'
        f"{_table(flags, f'Flags, open and accepted ({score.penalty} penalty points)', score)}"
        f"{_table(open_suspects, suspects_title)}</section>"
        f"<h2>Items</h2>{items}</main></body></html>\n"
    )
    title = f"{_e(data.project_name)} · review report"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{_font_face(title + body)}{_CSS}</style></head>{body}"
    )


# --- CSV and writing -----------------------------------------------------------------

CSV_COLUMNS = (
    "bead", "kind", "category", "severity", "status", "check or author", "note",
    "suggestion", "source", "target", "marked",
)  # fmt: skip


def safe_cell(value: object) -> str:
    """A CSV cell that a spreadsheet will not run as a formula (see module docstring)."""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv_text(data: ReportData) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for i in data.items:
        marked = " | ".join(f"{s.side}: {s.text}" for s in i.spans)
        row = [i.bead_index + 1, i.kind, i.category, i.severity, i.status, i.author, i.note]
        row += [i.suggestion, i.src, i.tgt, marked]
        writer.writerow([safe_cell(v) for v in row])
    return buf.getvalue()


def _atomic_write(path: str | Path, text: str, encoding: str) -> None:
    with atomic_output(path, binary=True) as out:
        out.write(text.encode(encoding))  # type: ignore[arg-type]


def write_html(data: ReportData, path: str | Path) -> None:
    _atomic_write(path, render_html(data), "utf-8")


def write_csv(data: ReportData, path: str | Path) -> None:
    _atomic_write(path, _csv_text(data), "utf-8-sig")
