"""Where the bundled resources (font, UI translations) are.

A checkout keeps them in ``resources/`` beside the packages; an installed wheel
carries them as ``reviewer/resources`` (see setup.py).  The checkout wins, so
an edited translation is seen without reinstalling.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder that holds ``fonts/`` and ``i18n/``."""
    root = _PACKAGE.parent
    if (root / "pyproject.toml").is_file() and (root / "resources").is_dir():
        return root / "resources"
    return _PACKAGE / "resources"
