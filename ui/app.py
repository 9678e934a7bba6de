"""Start the review app: ``reviewer gui [PROJECT | --src F --tgt F | --bilingual F]``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from reviewer.errors import ReviewerError

from . import projects

ORGANIZATION = "translation-reviewer"
APPLICATION = "reviewer"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names (for QSettings), bundled fonts and translations."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion("0.1.0")
    try:
        from ui.fonts import install_bundled_fonts
    except ImportError:
        pass
    else:
        install_bundled_fonts()
    try:
        from ui.i18n import install_translator
    except ImportError:
        pass
    else:
        install_translator(app, str(projects.settings().value("language", "")) or None)
    return app


def open_inputs(window: object, args: argparse.Namespace) -> None:
    """Open the project named on the command line, or build one from the inputs."""
    from .main_window import MainWindow

    assert isinstance(window, MainWindow)
    project = getattr(args, "project", None)
    src, tgt = getattr(args, "src", None), getattr(args, "tgt", None)
    bilingual = getattr(args, "bilingual", None)
    if project is not None and not (src or tgt or bilingual):
        window.open_project(Path(project))
        return
    if src or tgt or bilingual:
        read, first = projects.args_reader(src, tgt, bilingual)
        window.build_project(read, first, None if project is None else Path(project))


def _check_display() -> None:
    """Qt aborts the process when it finds no display; say so in one line instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise ReviewerError(
            "no display to open the window on (DISPLAY is not set): start it from a desktop"
            " session; the reviewer commands qa, report and export work without one"
        )


def run_gui(args: argparse.Namespace) -> int:
    _check_display()
    app = make_application()
    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    open_inputs(window, args)
    return int(app.exec())
