"""The bundled Korean font loads, covers Hangul and Hanja, and renders real glyphs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QPainter,
    QRawFont,
    QTextLayout,
)
from PySide6.QtWidgets import QApplication

from ui import fonts
from ui.fonts import BUNDLED_KOREAN_FAMILY, install_bundled_fonts, korean_font_family

SAMPLE = "에어로빅"


@pytest.fixture
def family(qapp: QApplication) -> str:
    families = install_bundled_fonts()
    assert families == [BUNDLED_KOREAN_FAMILY]
    return families[0]


def glyph_runs(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(r.rawFont().familyName(), list(r.glyphIndexes())) for r in layout.glyphRuns()]


def render(text: str, family: str) -> QImage:
    image = QImage(80, 48, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont(family)
    font.setPixelSize(32)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def ink(image: QImage) -> int:
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).lightness() < 128
    )


def test_font_files_and_licence_ship_together() -> None:
    files = fonts.bundled_font_files()
    assert [p.name for p in files] == ["NotoSansKR-Regular-subset.woff2"]
    licence = (fonts.FONT_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence


def test_install_is_idempotent(family: str) -> None:
    assert install_bundled_fonts() == [family]
    assert QFontDatabase.families().count(family) == 1
    assert korean_font_family() == family


def test_family_covers_korean(family: str) -> None:
    assert QFontDatabase.WritingSystem.Korean in QFontDatabase.writingSystems(family)
    metrics = QFontMetrics(QFont(family))
    for char in "한글에어로빅韓國語ㄱㅏAz,.…「」":
        assert metrics.inFontUcs4(ord(char)), char


def test_subset_keeps_every_hangul_syllable_and_the_fonts_hanja() -> None:
    raw = QRawFont(str(fonts.bundled_font_files()[0]), 12)
    assert raw.isValid()
    missing = [c for c in range(0xAC00, 0xD7A4) if not raw.supportsCharacter(c)]
    assert missing == []
    hanja = "大韓民國漢字學校會社"  # all in KS X 1001
    assert all(raw.supportsCharacter(ord(c)) for c in hanja)
    # Japanese and simplified forms beyond KS X 1001 (a Japanese minister's or ministry's
    # name quoted in a Korean article) were tofu until the subset kept all the font's Hanja.
    assert [c for c in "学気国会議自衛隊" if not raw.supportsCharacter(ord(c))] == []
    assert all(raw.supportsCharacter(c) for c in range(0x1100, 0x1113))  # jamo


def test_bundled_family_renders_distinct_glyphs_not_tofu(family: str) -> None:
    runs = glyph_runs(SAMPLE, QFont(family))
    assert [name for name, _ in runs] == [family]
    assert all(index != 0 for _, glyphs in runs for index in glyphs)  # 0 is .notdef
    images = [render(char, family) for char in SAMPLE]
    assert all(ink(image) > 40 for image in images)
    # Missing glyphs all draw the same box; real syllables differ from each other.
    assert len({bytes(image.constBits()) for image in images}) == len(SAMPLE)


def test_unstyled_text_finds_a_hangul_glyph(family: str) -> None:
    """With no font asked for, Hangul still comes out (bundled font or a system one)."""
    runs = glyph_runs(SAMPLE, QGuiApplication.font())
    # A character no font has is left out of the runs or drawn as glyph 0 (.notdef).
    assert sum(len(glyphs) for _, glyphs in runs) == len(SAMPLE)
    assert all(index != 0 for _, glyphs in runs for index in glyphs)


def test_no_system_korean_font_appends_bundled_family(
    family: str, monkeypatch: pytest.MonkeyPatch, restore_app_font: None
) -> None:
    monkeypatch.setattr(fonts, "system_korean_families", lambda bundled: [])
    install_bundled_fonts()
    families = QGuiApplication.font().families()
    assert families[-1] == family
    assert len(families) == 2
    runs = glyph_runs("Aa " + SAMPLE, QGuiApplication.font())
    assert any(name == family for name, _ in runs)
    assert sum(len(glyphs) for _, glyphs in runs) == len("Aa " + SAMPLE)


@pytest.fixture
def restore_app_font(qapp: QApplication) -> Iterator[None]:
    saved = QFont(QGuiApplication.font())
    yield
    QGuiApplication.setFont(saved)
