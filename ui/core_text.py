"""Texts the core writes in English, shown in the interface language.

The core builds these from templates (reviewer.templates): a suspect's reason,
stored in the project as the flag's note, is one.  This finds the template
again and shows its translation with the same fields; a note the editor has
rewritten matches no template and is shown as written.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from reviewer.qa import reasons
from reviewer.templates import Template, best_match


def translated(templates: Iterable[Template], text: str, words: Iterable[str] = ()) -> str:
    """``text`` in the interface language when one of ``templates`` made it, else unchanged.

    A field holding one of ``words`` (English words of the core's own, like
    'omission') is translated in the word context; a field named ``reason``
    holds a whole reason and is translated in turn; others (names, numbers,
    quoted text) are shown as they are.
    """
    found = best_match(templates, text)
    if found is None:
        return text
    template, values = found
    vocabulary = set(words)
    shown = {name: _field(name, value, vocabulary) for name, value in values.items()}
    try:
        return QCoreApplication.translate(template.context, template.text).format(**shown)
    except (KeyError, IndexError, ValueError):
        return text  # a translation with broken fields: English beats a crash


def _field(name: str, value: str, vocabulary: set[str]) -> str:
    if name == "reason":
        return reason_text(value)
    if value in vocabulary:
        return QCoreApplication.translate(reasons.WORD_CONTEXT, value)
    return value


def reason_text(note: str) -> str:
    """A flag's note or a suspect's reason (or suggestion) in the interface language."""
    return translated(reasons.REASONS, note, reasons.WORDS)
