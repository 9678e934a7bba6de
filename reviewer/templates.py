"""Messages with named fields that the app can match back and translate.

The core has no Qt, so it cannot translate; it writes English.  Where the app
must show such a text in the interface language (a QA reason stored in the
project, an error message), the core builds it from a :class:`Template`.  The
app finds the template again from the finished text (:func:`best_match`),
translates the template in the template's context and fills in the same
fields.  ``bench/build_translations.py`` hands every template to lupdate.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Template:
    """One English text with ``{named}`` fields; calling it fills them in."""

    context: str
    text: str
    fields: tuple[str, ...] = field(init=False, compare=False)
    pattern: re.Pattern[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        regex = ""
        names: list[str] = []
        for literal, name, _, _ in string.Formatter().parse(self.text):
            regex += re.escape(literal)
            if name and name in names:  # the same value again ("says UTF-16 ... not UTF-16")
                regex += f"(?P={name})"
            elif name:
                regex += f"(?P<{name}>.+?)"
                names.append(name)
        object.__setattr__(self, "fields", tuple(names))
        object.__setattr__(self, "pattern", re.compile(regex, re.DOTALL))

    def __call__(self, **values: str) -> str:
        if set(values) != set(self.fields):
            raise TypeError(f"{self.text!r} takes {self.fields}, got {sorted(values)}")
        return self.text.format(**values)

    @property
    def fixed_length(self) -> int:
        """Characters outside the fields: the more, the more specific the template."""
        parts = string.Formatter().parse(self.text)
        return len(self.text) - sum(len(name) + 2 for _, name, _, _ in parts if name)


def best_match(templates: Iterable[Template], text: str) -> tuple[Template, dict[str, str]] | None:
    """The template ``text`` was made from and its fields, or None for free text.

    The template with the most fixed text wins when two fit (a glossary reason
    with a note also fits the one without, with the note inside ``wanted``).
    """
    best: tuple[Template, dict[str, str]] | None = None
    for template in templates:
        m = template.pattern.fullmatch(text)
        if m is not None and (best is None or template.fixed_length > best[0].fixed_length):
            best = (template, m.groupdict())
    return best
