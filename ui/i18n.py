"""The interface language: English (the source strings) or Korean.

Translations live in ``resources/i18n/reviewer_<lang>.ts`` and are built to
``.qm`` by ``bench/build_translations.py``; the built ``.qm`` is committed.
Qt's own strings (standard buttons, file dialogs) come from the ``qtbase``
catalogue that ships with Qt, when it is there.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reviewer.resource_files import resources_dir

log = logging.getLogger(__name__)

RESOURCES = resources_dir()
I18N_DIR = RESOURCES / "i18n"
CATALOGUE = "reviewer"
SOURCE_LANGUAGE = "en"

_LANGUAGES: list[tuple[str, str]] = [("en", "English"), ("ko", "한국어")]

# The translators in use, kept here so Python never frees one Qt still reads.
_installed: list[QTranslator] = []
_current: list[str] = [SOURCE_LANGUAGE]


def available_languages() -> list[tuple[str, str]]:
    """(code, name in that language) for each interface language."""
    return list(_LANGUAGES)


def system_language() -> str:
    """The first interface language the system's locale asks for, else English."""
    codes = {code for code, _ in _LANGUAGES}
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in codes:
            return code
    return SOURCE_LANGUAGE


def install_translator(app: QCoreApplication, language: str | None = None) -> str:
    """Switch ``app`` to ``language`` ('en', 'ko'; None: the system's); return the one used.

    An unknown language, or one whose catalogue is missing, gives English.
    Calling it again replaces the previous translators; widgets receive a
    LanguageChange event.
    """
    wanted = (language or system_language()).lower()
    if wanted not in {code for code, _ in _LANGUAGES}:
        log.info("no interface language %r; using English", wanted)
        wanted = SOURCE_LANGUAGE
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()

    used = wanted
    if wanted != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(f"{CATALOGUE}_{wanted}", str(I18N_DIR)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("missing translation %s_%s.qm in %s", CATALOGUE, wanted, I18N_DIR)
            used = SOURCE_LANGUAGE

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(used), "qtbase", "_", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    _current[0] = used
    return used


def current_language() -> str:
    """The language the last ``install_translator`` call settled on (English before any)."""
    return _current[0]


def arg(text: str, *values: object) -> str:
    """Fill Qt-style ``%1``, ``%2``… place-holders, as ``QString.arg`` would."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text
