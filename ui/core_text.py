"""Texts the core writes in English, shown in the interface language.

The core builds these from templates (reviewer.templates): a suspect's reason,
stored in the project as the flag's note, is one; so is every error message
(reviewer.messages).  This finds the template again and shows its translation
with the same fields; a note the editor has rewritten, or a message the app
wrote itself, matches no template and is shown as written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from reviewer import messages
from reviewer.qa import reasons
from reviewer.templates import Template, best_match

Nested = Mapping[str, Callable[[str], str]]


def translated(
    templates: Iterable[Template],
    text: str,
    words: Iterable[str] = (),
    *,
    word_context: str = reasons.WORD_CONTEXT,
    nested: Nested | None = None,
) -> str:
    """``text`` in the interface language when one of ``templates`` made it, else unchanged.

    A field holding one of ``words`` (English words of the core's own, like
    'omission') is translated in ``word_context``; a field named in ``nested``
    holds a text of its own (a whole reason, a phrase) and is translated in
    turn by that function; others (names, numbers, quoted text) are shown as
    they are.
    """
    found = best_match(templates, text)
    if found is None:
        return text
    template, values = found
    vocabulary = set(words)
    inner = nested or {}
    shown = {
        name: _field(value, vocabulary, word_context, inner.get(name))
        for name, value in values.items()
    }
    try:
        return QCoreApplication.translate(template.context, template.text).format(**shown)
    except (KeyError, IndexError, ValueError):
        return text  # a translation with broken fields: English beats a crash


def _field(
    value: str, vocabulary: set[str], context: str, inner: Callable[[str], str] | None
) -> str:
    if value in vocabulary:
        return QCoreApplication.translate(context, value)
    if inner is not None:
        return inner(value)
    return value


def reason_text(note: str) -> str:
    """A flag's note or a suspect's reason (or suggestion) in the interface language."""
    return translated(reasons.REASONS, note, reasons.WORDS, nested={"reason": reason_text})


# ------------------------------------------------------------------ core messages
def _word(text: str) -> str:
    if text in messages.WORDS:
        return QCoreApplication.translate(messages.WORD_CONTEXT, text)
    return text


def _phrase(text: str) -> str:
    return translated(
        messages.PHRASES,
        text,
        messages.WORDS,
        word_context=messages.WORD_CONTEXT,
        nested=_NESTED,
    )


def read_only_reason_text(reason: str) -> str:
    """Why a project is open read-only ('x.rvproj is open for editing in …'), translated.

    The reason is a file name and an error message with a space between, and
    a file name may hold spaces itself: the split is the first one after
    which the rest is a message of the core's.
    """
    if messages.OPENED_FOR_READING.pattern.fullmatch(reason):
        return translated([messages.OPENED_FOR_READING], reason)
    for at, character in enumerate(reason):
        if character == " " and messages.parse(reason[at + 1 :]) is not None:
            template = messages.READ_ONLY_BECAUSE
            shown = QCoreApplication.translate(template.context, template.text)
            try:
                return shown.format(name=reason[:at], problem=message_text(reason[at + 1 :]))
            except (KeyError, IndexError, ValueError):
                return reason
    return reason


_NESTED: Nested = {
    **dict.fromkeys(messages.PHRASE_FIELDS, _phrase),
    messages.READ_ONLY_FIELD: read_only_reason_text,
}


def message_text(text: str) -> str:
    """A message of the core's (an error's, an import's note) in the interface language."""
    return translated(
        messages.MESSAGES,
        text,
        messages.WORDS,
        word_context=messages.WORD_CONTEXT,
        nested=_NESTED,
    )


def error_text(error: BaseException) -> str:
    """What ``str(error)`` says, in the interface language: 'PATH: message'.

    The path is shown as it is (unless it is the core's own word for a
    document with none, 'pasted text'); a message no template made (an
    error the app wrote itself, already translated) is shown as written.
    """
    message = getattr(error, "message", None)
    if not isinstance(message, str):
        return str(error)
    path = getattr(error, "path", None)
    shown = message_text(message)
    return f"{_word(path)}: {shown}" if path else shown
