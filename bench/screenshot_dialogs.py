"""Screenshots of the start screen and the dialogs, for a person to look at.

    python bench/screenshot_dialogs.py [--lang ko] [--dark] [--no-system-cjk] [--tag=-name]

Writes PNGs to bench/out/screens/ (not committed), offscreen unless
QT_QPA_PLATFORM says otherwise (``xvfb-run -a`` with ``QT_QPA_PLATFORM=xcb`` works too).

``--no-system-cjk`` hides every system font but DejaVu from fontconfig (a
private FONTCONFIG_FILE, so nothing is uninstalled), which shows what a machine
with no Korean font sees; ``--no-bundled-font`` then shows the empty boxes the
bundled font prevents (the flag dialog loads it anyway, as the app does).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent))
import no_system_cjk  # noqa: E402, F401  (before Qt starts fontconfig)
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu, QStyleFactory, QWidget  # noqa: E402

from ui import projects  # noqa: E402
from ui.dialogs.export import ExportDialog  # noqa: E402
from ui.dialogs.flag_editor import FlagDialog, FlagDraft  # noqa: E402
from ui.dialogs.new_project import NewProjectDialog  # noqa: E402
from ui.dialogs.shortcuts import ShortcutsDialog  # noqa: E402
from ui.fonts import install_bundled_fonts  # noqa: E402
from ui.i18n import install_translator  # noqa: E402
from ui.ops import OpRunner  # noqa: E402
from ui.start_screen import StartScreen  # noqa: E402

OUT = REPO / "bench" / "out" / "screens"


def dark_palette() -> QPalette:
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: QColor(45, 45, 48),
        QPalette.ColorRole.WindowText: QColor(230, 230, 230),
        QPalette.ColorRole.Base: QColor(30, 30, 30),
        QPalette.ColorRole.AlternateBase: QColor(40, 40, 44),
        QPalette.ColorRole.Text: QColor(230, 230, 230),
        QPalette.ColorRole.Button: QColor(55, 55, 60),
        QPalette.ColorRole.ButtonText: QColor(230, 230, 230),
        QPalette.ColorRole.Highlight: QColor(42, 130, 218),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.PlaceholderText: QColor(150, 150, 150),
        QPalette.ColorRole.ToolTipBase: QColor(60, 60, 60),
        QPalette.ColorRole.ToolTipText: QColor(230, 230, 230),
    }
    for role, colour in colours.items():
        p.setColor(role, colour)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 120, 120))
    return p


def save(widget: QWidget, name: str, tag: str) -> None:
    widget.show()
    QApplication.processEvents()
    path = OUT / f"{name}{tag}.png"
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--tag", default="")
    parser.add_argument("--no-bundled-font", action="store_true")
    parser.add_argument("--no-system-cjk", action="store_true")
    args = parser.parse_args()
    app = QApplication([])
    app.setStyle(QStyleFactory.create("Fusion"))
    if args.dark:
        app.setPalette(dark_palette())
    if not args.no_bundled_font:
        install_bundled_fonts()
    install_translator(app, args.lang)
    OUT.mkdir(parents=True, exist_ok=True)
    tag = args.tag or f"-{args.lang}{'-dark' if args.dark else ''}"

    work = Path(tempfile.mkdtemp(prefix="screens-"))
    en = work / "국방회담.en.txt"
    ko = work / "국방회담.ko.txt"
    en.write_text("The ministers met in Seoul.\n", encoding="utf-8")
    ko.write_text("장관들이 서울에서 만났다.\n", encoding="utf-8")
    kept = work / "defense-talks.rvproj"
    kept.write_bytes(b"")

    start = StartScreen()
    start.resize(900, 620)
    start.set_recent(
        [str(kept), str(work / "에어로빅 기사.rvproj"), "/home/editor/old/report.rvproj"]
    )
    save(start, "start", tag)

    new = NewProjectDialog(None)
    save(new, "new-project-empty", tag)
    new.src_field.set_path(str(en))
    new.tgt_field.set_path(str(ko))
    save(new, "new-project-pair", tag)
    new.set_kind("paste")
    new.src_text.setPlainText("He does aerobics every morning.")
    new.tgt_text.setPlainText("그는 매일 아침 에어로빅을 한다.")
    save(new, "new-project-paste", tag)
    new.close()

    # A file the import refuses: the dialog stays open and names it (read inline here).
    broken = work / "국방회담.ko.txt"
    broken.write_bytes(bytes([0x80, 0xFF, 0x81, 0xFE]) * 40)
    runner = OpRunner()
    runner.inline = True
    failed = NewProjectDialog(None, runner=runner, reader=projects.read_request)
    failed.src_field.set_path(str(en))
    failed.tgt_field.set_path(str(broken))
    failed.ok_button.click()
    save(failed, "new-project-error", tag)
    failed.close()

    export = ExportDialog(None, {"approved": 12, "total": 40, "open_flags": 3}, str(kept))
    export.report_check.setChecked(True)
    save(export, "export", tag)
    export.close()

    flag = FlagDialog(
        None,
        FlagDraft(
            category="mistranslation",
            severity="major",
            note="",
            src_span_text="aerobics",
            tgt_span_text="에어로빅",
        ),
    )
    save(flag, "flag", tag)
    flag.close()

    menu = QMenu("&Edit")
    actions = []
    for text, keys in [
        ("&Approve", "Ctrl+Return"),
        ("&Reject", "Ctrl+Backspace"),
        ("&Undo", QKeySequence.StandardKey.Undo),
        ("Merge with &next", "Ctrl+M"),
        ("&Split bead…", "Ctrl+Shift+S"),
    ]:
        action = QAction(text, menu)
        action.setShortcut(QKeySequence(keys))
        menu.addAction(action)
        actions.append(action)
    shortcuts = ShortcutsDialog(None, actions)
    save(shortcuts, "shortcuts", tag)
    shortcuts.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
