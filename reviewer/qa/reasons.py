"""Every reason a check gives, as a template, so the app can show it in Korean.

A suspect's reason is stored as English text (the flag's note): it is part of
the suspect's identity across re-runs (:meth:`Suspect.key`), so a dismissed
suspect stays dismissed, and the command line, the report and the exports
print it as it is.  The checks build their reasons only from the templates
here; the app matches a stored note back to its template (:func:`parse`) and
shows the template's translation with the same fields filled in.  A note the
editor has rewritten matches no template and is shown as written.

A field whose value is one of :data:`WORDS` (double, omission, Japanese) is
English too and is translated on its own; every other field (names, numbers,
Hangul, quoted text) is shown as it is.  ``bench/build_translations.py``
copies the templates and the words into the translation catalogue.
"""

from __future__ import annotations

from reviewer.templates import Template, best_match

CONTEXT = "QaReason"
WORD_CONTEXT = "QaWord"
REASONS: list[Template] = []


def _reason(text: str) -> Template:
    reason = Template(CONTEXT, text)
    REASONS.append(reason)
    return reason


# Names and Latin-script codes (names.py, codes.py).
NAME_NEAR_MISS = _reason(
    "name ‘{name}’ does not match its rendering ‘{piece}’ ({reading}):"
    " a syllable may be wrong or missing"
)
NAME_OTHER_NAME = _reason(
    "name ‘{name}’ is rendered as ‘{piece}’, which reads as ‘{other}’: a different name"
)
NAME_MISSPELT = _reason(
    "name ‘{name}’ is written ‘{piece}’ ({reading}), unlike Korean spelling: perhaps ‘{candidate}’"
)
NAME_STORY_SLIP = _reason(
    "name ‘{name}’ is written ‘{piece}’ here but ‘{form}’ elsewhere in the story"
)
PLACE_MISSPELT = _reason("place ‘{name}’ is written ‘{piece}’; its Korean form is ‘{form}’")
FROM_NEIGHBOURS = _reason("{reason} (a name from the neighbouring sentences)")
CODE_ALTERED = _reason("‘{code}’ appears as ‘{found}’ in the translation")
CODE_MISSING = _reason("code ‘{code}’ is missing from the translation")

# Numbers (numbers.py).
NUMBER_CHANGED = _reason("source number {source} is rendered as {target}")
NUMBER_MISSING = _reason("source number {source} is missing from the translation")

# Loanwords (loanwords.py); the second is the suggestion, not the reason.
FALSE_FRIEND = _reason(
    "‘{loanword}’ is the loanword for ‘{other}’, not ‘{word}’ as in the source: a false friend?"
)
FALSE_FRIEND_FIX = _reason("a loanword or translation of ‘{word}’")

# Glossary (glossary_check.py) and consistency (consistency.py).
TERM_FORBIDDEN = _reason("'{term}' is rendered with the forbidden term '{word}'")
TERM_FORBIDDEN_NOTE = _reason("'{term}' is rendered with the forbidden term '{word}' ({note})")
TERM_MISSING = _reason("'{term}' should be translated as {wanted}")
TERM_MISSING_NOTE = _reason("'{term}' should be translated as {wanted} ({note})")
TERM_INCONSISTENT = _reason("'{term}' is rendered inconsistently in the project ({variants})")
SOURCE_INCONSISTENT = _reason("the same source is translated differently elsewhere ({pairs})")

# Omission and addition by length and coverage (coverage.py).
LENGTH_ODD = _reason(
    "possible {category}: the translation is {share} of the usual length for this document"
)
LENGTH_ODD_CLAUSES = _reason(
    "possible {category}: the translation is {share} of the usual length for this document;"
    " the marked {side} clauses have no clear counterpart"
)

# Language, empty sides, untranslated text (language_check.py).
NO_TRANSLATION = _reason("source sentence with no translation (1:0 bead)")
NO_SOURCE = _reason("target sentence with no source (0:1 bead)")
IDENTICAL = _reason("the target is identical to the source")
SIDES_SWAPPED = _reason("the source is Korean and the target is not: are the sides swapped?")
SOURCE_KOREAN = _reason("the source is Korean, not English: is the English missing?")
NOT_KOREAN = _reason("the target is not Korean")
OTHER_LANGUAGE = _reason("the target is not Korean but {language}")
ENGLISH_LEFT = _reason("English left untranslated: '{text}'")

# Form (form.py).
QUOTES_UNBALANCED = _reason("unbalanced {family} quotes")
BRACKET_UNCLOSED = _reason("unbalanced {bracket}: {mark} opened but not closed")
BRACKET_UNOPENED = _reason("unbalanced {bracket}: {mark} closed but never opened")
DOUBLED_SPACE = _reason("doubled space")
SPACE_BEFORE = _reason("space before '{mark}'")
REPEATED_PUNCTUATION = _reason("repeated punctuation '{marks}'")
STRAY_STOP = _reason("stray '.' after the sentence end")
DECODING_LOSS = _reason("U+FFFD REPLACEMENT CHARACTER: text was lost when a file was decoded")
INVISIBLE = _reason("invisible character {character}")

# Field values that are English words of the checks' own (not quoted from the text).
WORDS: tuple[str, ...] = (
    "omission",
    "addition",
    "source",
    "target",
    "double",
    "single",
    "English",
    "Japanese",
    "Chinese",
    "parenthesis ( )",
    "bracket [ ]",
    "brace { }",
    "corner bracket 「 」",
    "corner bracket 『 』",
    "angle bracket 《 》",
    "angle bracket 〈 〉",
    "angle bracket < >",
)


def parse(text: str) -> tuple[Template, dict[str, str]] | None:
    """The template a reason was made from and its fields, or None for free text."""
    return best_match(REASONS, text)
