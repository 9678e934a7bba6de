"""A check's reason in the interface language.

The store keeps a suspect's reason in English (see reviewer.qa.reasons for
why); this shows it translated when it still is one of the checks' own
reasons, and as written when the editor has changed it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reviewer.qa import reasons

CONTEXT = "QaReason"
WORD_CONTEXT = "QaWord"


def reason_text(note: str) -> str:
    """``note`` in the interface language when it is a check's reason, else unchanged."""
    found = reasons.parse(note)
    if found is None:
        return note
    reason, values = found
    shown = {name: _value(name, value) for name, value in values.items()}
    translated = QCoreApplication.translate(CONTEXT, reason.text)
    try:
        return translated.format(**shown)
    except (KeyError, IndexError, ValueError):
        return note  # a translation with broken fields: English beats a crash


def _value(name: str, value: str) -> str:
    if name == "reason":
        return reason_text(value)
    if value in reasons.WORDS:
        return QCoreApplication.translate(WORD_CONTEXT, value)
    return value
