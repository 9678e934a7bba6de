"""Which English words are names: the source side of the names check.

A capitalised word is a name candidate unless it is a common English word
that no name list holds (Minister, Navy: translated, not transliterated), a
day or month, or a common word starting a sentence; neighbouring candidates
form a run (Shinjiro Koizumi).  A name word is read in its own form and in
its base (Russian → Russia, Islamic → Islam), in every reading
:func:`readings.name_phones` knows (English, and continental for Jorge 호르헤).
"""

from __future__ import annotations

import re

from reviewer.qa.readings import name_phones
from reviewer.qa.transliteration import common_words, listed_names

CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
CALENDAR = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December""".split()  # noqa: SIM905
)
# Translated by the country's or people's name, never transliterated as written.
_DEMONYMS = frozenset("Greek French Dutch Swiss Thai Czech Welsh Scots Scottish Irish".split())  # noqa: SIM905
# Words after a hyphen that make a name an adjective (Mugabe-led, Melbourne-bound).
_COMPOUNDS = frozenset(
    """led based bound born owned backed run made style like winning funded linked
    controlled dominated era type class sponsored supported speaking trained
    educated inspired wide free friendly area related born""".split()  # noqa: SIM905
)

# Korean given names keep their hyphen (Gyu-back, Jong-il); Frank-Walter is two names.
_NAME_RE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['-][a-z]+)*")
SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|[\"“‘(]\s*)$")


def stems(word: str, *, guesses: bool = True) -> list[str]:
    """The word and its base if it is a demonym or plural (Russian → Russia); with
    ``guesses``, also what is left when a common ending is cut (Islamic → Islam,
    Marxist → Marx), which may be no word at all (Jackson → Jackso)."""
    out = [word]
    for suf, rep in (("ians", "ia"), ("ian", "ia"), ("ans", "a"), ("an", "a"), ("ish", "")):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            out.append(word[: -len(suf)] + rep)
    cut = ("ese", "ian", "ists", "ist", "ism", "ic", "s", "i", "n") if guesses else ("s",)
    for suf in cut:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            out.append(word[: -len(suf)])
    return out


def is_common(w: str) -> bool:
    """Whether ``w`` is a common English word in some form (Pirates, Centre, Games)."""
    low = w.lower()
    # es is a plural ending only after a sibilant (boxes, churches): James is no jam.
    forms = {low, re.sub("s$", "", low), re.sub("([sxz]|ch|sh)es$", r"\1", low)}
    forms.add(re.sub("re$", "er", low))
    forms |= {re.sub("d$", "", low), re.sub("ed$", "", low)}  # United
    forms.add(low.replace("our", "or"))
    # The word list keeps base forms only: finally is there as final, companies as company.
    forms |= {re.sub("ly$", "", low), re.sub("ies$", "y", low)}
    return any(f in common_words() for f in forms)


def is_word(w: str) -> bool:
    """A capitalised common word that is no listed name (Minister, Navy, The), or a
    day or month (translated: 월요일, 8월)."""
    return (is_common(w) and w not in listed_names()) or w in CALENDAR


def source_names(en: str) -> list[list[tuple[int, str]]]:
    """Runs of capitalised words (offset, word) that may be names.

    Titles and organisation words (Defense Minister, Air Force) are translated,
    not transliterated: a capitalised common word that is no listed name splits
    the run and is dropped, and so is a sentence-initial common word.
    """
    runs: list[list[tuple[int, str]]] = []
    last_end = -10
    for m in _NAME_RE.finditer(en):
        w, start = m.group(), m.start()
        head, _, tail = w.partition("-")
        if tail in _COMPOUNDS:
            w = head
        w = re.sub("'s$", "", w)
        at_start = bool(SENTENCE_START.search(en[:start]))
        if is_word(w) or (at_start and is_common(w)):
            last_end = -10
            continue
        if runs and en[last_end:start] == " ":
            runs[-1].append((start, w))
        else:
            runs.append([(start, w)])
        last_end = start + len(w)
    return runs


def word_readings(word: str, *, guesses: bool = True) -> list[str]:
    """Phone strings of a name word in every reading and base form (see :func:`stems`)."""
    return list(
        dict.fromkeys(r for form in stems(word, guesses=guesses) for r in name_phones(form))
    )


def is_demonym(word: str) -> bool:
    """Greek, Portuguese, Jordanian, Frenchman: rendered by the country (그리스), not read."""
    return word in _DEMONYMS or bool(re.search(r"(?:ese|ish|men|man)$", word))
