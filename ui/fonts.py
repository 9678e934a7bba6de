"""The bundled Korean font, so Hangul renders on systems with no Korean font.

``resources/fonts`` holds a subset of Noto Sans KR Regular (SIL OFL 1.1, see
``OFL.txt`` there and ``bench/build_font_subset.py``). Loading it makes it a
fallback for every font on fontconfig systems; where no system font covers
Korean, it is also appended to the application font's families, so unstyled
widgets render Hangul wherever they are.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from reviewer.resource_files import resources_dir

log = logging.getLogger(__name__)

RESOURCES = resources_dir()
FONT_DIR = RESOURCES / "fonts"
FONT_SUFFIXES = (".otf", ".ttf", ".woff2", ".woff")
BUNDLED_KOREAN_FAMILY = "Noto Sans KR"

# path -> families Qt reported for it; lives as long as the process, like Qt's own list.
_loaded: dict[str, list[str]] = {}


def bundled_font_files() -> list[Path]:
    """The font files shipped in ``resources/fonts``."""
    if not FONT_DIR.is_dir():
        return []
    return sorted(p for p in FONT_DIR.iterdir() if p.suffix.lower() in FONT_SUFFIXES)


def install_bundled_fonts() -> list[str]:
    """Add the bundled fonts to Qt's database; return their family names.

    Needs a QGuiApplication. Calling it again adds nothing twice.
    """
    families: list[str] = []
    known = set(QFontDatabase.families())
    for path in bundled_font_files():
        key = str(path)
        cached = _loaded.get(key)
        if cached is None or not set(cached) <= known:
            font_id = QFontDatabase.addApplicationFont(key)
            if font_id < 0:
                log.warning("Qt could not load the bundled font %s", path)
                continue
            cached = QFontDatabase.applicationFontFamilies(font_id)
            _loaded[key] = cached
        families.extend(f for f in cached if f not in families)
    if families:
        _ensure_hangul_fallback(families)
    return families


def _ensure_hangul_fallback(bundled: list[str]) -> None:
    """Where no system font covers Korean, put the bundled one after the app font."""
    korean = [f for f in bundled if _covers_korean(f)]
    if not korean:
        return
    if system_korean_families(bundled):
        return  # the platform's own fallback already finds a Korean font
    app_font = QGuiApplication.font()
    if korean[0] in app_font.families():
        return
    # The family Qt really uses ("Sans Serif" is only an alias), so Latin keeps its font.
    resolved = QFontInfo(app_font).family()
    app_font.setFamilies([resolved, korean[0]])
    QGuiApplication.setFont(app_font)


def system_korean_families(bundled: list[str]) -> list[str]:
    """Families covering Korean other than the bundled ones."""
    korean = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    return [f for f in korean if f not in bundled]


def _covers_korean(family: str) -> bool:
    return QFontDatabase.WritingSystem.Korean in QFontDatabase.writingSystems(family)


def korean_font_family() -> str:
    """The family for the text panes: the bundled Noto Sans KR.

    The same font on every machine keeps line breaks and widths predictable.
    If the bundled font cannot be loaded, the first system family covering
    Korean is used, and failing that the application's default family.
    """
    for family in install_bundled_fonts():
        if _covers_korean(family):
            return family
    system = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    if system:
        return system[0]
    return QFont().defaultFamily()
