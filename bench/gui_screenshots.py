"""Screenshots of the review window on the seed article, mid-review, for a person to look at.

    python bench/gui_screenshots.py [--dark] [--no-system-cjk] [--aligner NAME] [--lang ko]
                                    [--size 1400x860] [--suspects N]

Builds the seed project (``seeds/korea-japan-defense-talks.en-ko.txt``) in a
temporary folder, approves and rejects a few pairs, pins one, runs the QA
checks, flags "에어로빅", selects the 1:2 pair that holds it, and writes PNGs
of the window, the grid, the detail pane, the minimap and the flags panel to
bench/out/screens/ (not committed). ``--no-system-cjk`` hides every system
font but DejaVu from fontconfig, so Hangul comes from the bundled font only.
``--suspects N`` gives that pair N more QA suspects (one on each of its words),
to see how the detail pane copes with a long flag list; ``--size`` sets the
window size.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = REPO / "bench" / "out" / "screens"
SEED = REPO / "seeds" / "korea-japan-defense-talks.en-ko.txt"

sys.path.insert(0, str(Path(__file__).resolve().parent))
import no_system_cjk  # noqa: E402, F401  (before Qt starts fontconfig)
from PySide6.QtGui import QColor, QPalette, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2d30"),
        (roles.WindowText, "#dfe1e5"),
        (roles.Base, "#1e1f22"),
        (roles.AlternateBase, "#26282b"),
        (roles.Text, "#dfe1e5"),
        (roles.Button, "#35373b"),
        (roles.ButtonText, "#dfe1e5"),
        (roles.Highlight, "#2f65ca"),
        (roles.HighlightedText, "#ffffff"),
        (roles.PlaceholderText, "#8c8f94"),
        (roles.ToolTipBase, "#35373b"),
        (roles.ToolTipText, "#dfe1e5"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6c6f74"))
    return palette


def settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def isolate_settings() -> None:
    """A fresh, private QSettings: no remembered layout, and the user's own are untouched."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="qs-")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--no-system-cjk", action="store_true")
    parser.add_argument("--aligner", default="embedding")
    parser.add_argument("--lang", default="en", help="interface language (en, ko)")
    parser.add_argument("--size", default="1400x860", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--suspects", type=int, default=0, help="extra suspects on the pair")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    OUT.mkdir(parents=True, exist_ok=True)
    tag = ("-dark" if args.dark else "") + ("-nocjk" if args.no_system_cjk else "")
    tag += "" if args.lang == "en" else f"-{args.lang}"
    tag += "" if args.size == "1400x860" else f"-{args.size}"
    tag += f"-{args.suspects}suspects" if args.suspects else ""

    from reviewer.edits import beads as bead_edits
    from reviewer.edits.flags import SpanRef, add_flag, store_suspects
    from reviewer.importing.documents import read_bilingual
    from reviewer.pipeline import build_project
    from reviewer.qa.model import Category, Severity, Span, Suspect
    from reviewer.qa_commands import run_qa
    from ui.app import make_application
    from ui.i18n import install_translator
    from ui.main_window import MainWindow

    isolate_settings()
    app = make_application()
    install_translator(app, args.lang)
    if args.dark:
        app.setPalette(dark_palette())
    folder = Path(tempfile.mkdtemp(prefix="screens-"))
    path = folder / "korea-japan-defense-talks.rvproj"
    store = build_project(path, read_bilingual(SEED), aligner_name=args.aligner)
    ids = store.bead_ids()
    rows = store.beads()
    target = next(b for b in rows if "에어로빅" in b.tgt_text)
    bead_edits.set_status(store, ids[:4], "approved")
    bead_edits.set_pinned(store, [ids[4]], True)
    bead_edits.set_status(store, [ids[-1]], "rejected")
    segment = next(s for s in target.tgt if "에어로빅" in s.text)
    start = segment.text.index("에어로빅")
    add_flag(
        store,
        [SpanRef(segment.id, start, start + len("에어로빅"))],
        "terminology",
        "major",
        note="'aerobatic team' is 곡예비행팀, not an aerobics team",
        suggestion="곡예비행팀",
    )
    found, _ = run_qa(store, use_model=args.aligner == "embedding")
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", target.src_text)]
    # With the run's own suspects: a run stores what it reports and drops the rest.
    store_suspects(
        store,
        found
        + [
            Suspect(
                target.id,
                "screenshot",
                Category.OMISSION,
                Severity.MINOR,
                f"'{word}' may be missing from the Korean: check the translation",
                (Span("src", start, start + len(word), word),),
            )
            for start, word in words[: args.suspects]
        ],
    )
    store.close()

    window = MainWindow()
    window.resize(width, height)
    window.show()
    window.open_project(path)
    settle(app)
    area = window.area
    area.view.go_to_bead(target.id)
    settle(app)
    editor = area.detail.tgt
    body = editor.toPlainText()
    cursor = editor.textCursor()
    cursor.setPosition(body.index("에어로빅"))
    cursor.setPosition(body.index("에어로빅") + 4, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    settle(app)
    flag_id = next(f.id for f in area.store.flags() if f.kind == "flag")
    area.flags_panel.select_flag(flag_id)
    settle(app)
    shots = {
        "window": window,
        "grid": area.view,
        "detail": area.detail,
        "minimap": area.minimap,
        "flags-panel": window.flags_dock,
    }
    for name, widget in shots.items():
        file = OUT / f"review-{name}{tag}.png"
        widget.grab().save(str(file))
        print(file)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
