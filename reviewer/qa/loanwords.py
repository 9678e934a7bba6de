"""Loanword false friends: a Hangul loanword that spells a different English word.

Translators sometimes pick the loanword that sounds like the source word but
means something else: "aerobatic team" rendered 에어로빅 팀 (에어로빅 is
*aerobics*), "radar" rendered 레이저 (*laser*).  No list of such pairs is kept;
the check reads the target's Hangul words phonetically
(:mod:`reviewer.qa.romanize`):

1. a Hangul word that transliterates some word of the source is fine
   (팀 = team, 드론 = drone);
2. a Hangul word only *near* a source word is looked up, by consonant skeleton,
   in SCOWL's list of common English words; if a listed word that is not in
   the source (nor a form of a source word) explains it clearly better, the
   translator wrote that other word: a suspect naming both words.

Native Korean words are by far the most Hangul tokens and they also sound like
some English word now and then (모든 ~ modern, 되길 ~ decal), so a token is
only read as a loanword when it could be one (:func:`readings.is_native`: the
loanword orthography, 것 and -ㄴ다, a hand list of common native words and
verb stems) and does not transliterate a name of the source (페더러 for
Federer); step 2 then asks three things of the pair
before reporting it: the Hangul word is at least two syllables and three
consonants long, the listed word explains it nearly perfectly, and the
listed word is itself close to the source word, as a false friend is.
Source words count in their inflected and derived forms (services renders
서비스, digitize is related to digital).  Thresholds were tuned on the dev
split's news pairs (false positives) and synthetic swaps (recall) in
bench/qa_eval_lexical.py.

Sound misleads now and then (레스토랑 reads nearer *restoring* than
*restaurant*; native 무슨 reads like *motion*), so when the app has the
sentence model, it vetoes a suspect whose Hangul word it reads as the source
word, or as nothing like the other word (:func:`_meant`). It is a veto only:
the model itself finds 에어로빅 about as close to *aerobatic* as to *aerobic*.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from reviewer.embed import Embedder
from reviewer.qa import reasons
from reviewer.qa.model import Category, PairText, Severity, Span, Suspect
from reviewer.qa.readings import is_native
from reviewer.qa.romanize import (
    data_lines,
    english_phones,
    hangul_phones,
    hard_edits,
    is_sino,
    phone_similarity,
    skeleton,
    skeletons,
)
from reviewer.qa.transliteration import common_words, tokens

NAME = "loanwords"

FINE = 0.9  # a Hangul word this close to a source word renders it
NEAR = 0.5  # a Hangul word at least this close to a source word may be meant for it
EXPLAINS = 0.88  # the other English word explains the Hangul word this well...
MARGIN = 0.12  # ...and this much better than the source word does
LOOSE = 0.7  # a source word this close with only soft edits renders the Hangul word too
LIKE_BONUS = 0.02  # among near-equal explanations, one spelled like the source word wins
FRIENDS = 0.4  # at most this share of letters differs between the two words

_WORD_RE = re.compile(r"(?<![A-Za-z])[A-Za-z][a-z-]*[a-z]")
# Function words are never rendered by a loanword; they only add chance matches.
_FUNCTION = frozenset(
    """about above after again against also among been before being below between both
    could does doing down during each even every from further have having here into just
    many more most much must near once only other over same should some such than that
    their them then there these they this those through under until very were what when
    where which while whom will with within without would your year years said says
    nine seven eight three four five""".split()  # noqa: SIM905
)
_SUFFIXES: tuple[str, ...] = ("ations", "ation", "ings", "ing", "ers", "er", "ics", "ic", "ies")
_SUFFIXES += ("izes", "ized", "ize", "ises", "ised", "ise")
_SUFFIXES += ("es", "s", "ed", "ists", "ist", "isms", "ism", "al", "ally", "ly", "y", "e")
# A verb form or adverb (concerned, running, clearly) is rendered by a native word,
# not by a loanword: no false friend's source.
_VERBAL = re.compile(r"(?:ed|ing|ly)$")
NAME_LIKE = 0.7  # a Hangul word this close to a capitalised word of the story is that name
STORY = 15  # names of this many beads either way count (a name given once, then used)


RARE_PENALTY = 0.04  # a word only in SCOWL's larger list must explain this much better
MEANS_OTHER = 0.33  # the model reads the Hangul word as the other word at least this well
MEANS_SOURCE = 0.8  # ...and as the source word less than this (레스토랑 = restaurant: 0.89)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, list[tuple[str, float]]]:
    """SCOWL's words by consonant skeleton, with a penalty for the rarer ones."""
    index: dict[str, list[tuple[str, float]]] = {}
    common = set(data_lines("english_words.txt"))
    for w in common_words():
        penalty = 0.0 if w in common else RARE_PENALTY
        for key in skeletons(w):
            index.setdefault(key, []).append((w, penalty))
    return index


def renders(phones: str, hangul_ph: str) -> bool:
    """The names check's test: close, or a little less close with only soft edits."""
    sim = phone_similarity(phones, hangul_ph)
    return sim >= FINE or (sim >= LOOSE and hard_edits(phones, hangul_ph) == 0)


def native(hangul: str) -> bool:
    """True when ``hangul`` cannot be an English loanword (see ``readings.is_native``)."""
    return is_native(hangul)


def spelled_alike(a: str, b: str) -> bool:
    """Letter edit distance at most FRIENDS of the longer word: a false friend is
    a near-spelling (aerobic/aerobatic, motel/model, laser/radar), not any word."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= FRIENDS * max(len(a), len(b))


def stem(word: str) -> str:
    """Crude suffix stripping, enough to tell 'a form of' from 'another word'."""
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)]
    return word


def related(a: str, b: str) -> bool:
    """True when a and b are forms of one word (terrorist/terror, computers/computer)."""
    return stem(a) == stem(b) or a in b or b in a


def explain(hangul: str, like: str = "") -> tuple[str, float] | None:
    """The listed English word this Hangul word spells best, with its similarity.

    Among words that explain it about equally well (레이저: laser, lazy, razor),
    one spelled like ``like`` (the source word) wins: that is the false friend.
    """
    phones = hangul_phones(hangul)
    best: tuple[str, float] | None = None
    best_key = -1.0
    for w, penalty in _lexicon().get(skeleton(phones), ()):
        sim = phone_similarity(english_phones(w), phones) - penalty
        key = sim + (LIKE_BONUS if like and spelled_alike(w, like) else 0.0)
        if key > best_key:
            best, best_key = (w, sim), key
    return best


def forms(word: str) -> set[str]:
    """The word and its plausible bases: services → service, rockets → rocket."""
    out = {word, stem(word)}
    for suf, rep in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", "")):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            out.add(word[: -len(suf)] + rep)
    return out


def _source_words(en: str) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """All source words and their forms (for 'renders some source word'), the
    content words and their forms (a false friend's source) → their phones, and
    the phones of capitalised words that are no common word (names)."""
    every: dict[str, str] = {}
    content: dict[str, str] = {}
    names: list[str] = []
    for m in _WORD_RE.finditer(en):
        for part in m.group().split("-"):
            low = part.lower()
            if len(low) < 3:
                continue
            for form in forms(low):
                every[form] = english_phones(form)
            if part != low and low not in common_words():
                names.append(english_phones(part))
            elif len(low) >= 4 and low not in _FUNCTION and not _VERBAL.search(low):
                for form in forms(low) if part == low else {low}:
                    if len(form) >= 4:
                        content[form] = english_phones(form)
    return every, content, names


def _candidate(
    tok_text: str, stems: tuple[str, ...], every: dict[str, str], names: list[str]
) -> list[str]:
    """The stems of a token that may be a loanword no source word or name explains."""
    # Native only when every reading is: 게이트의 is 게이트 and the genitive 의, whose
    # vowel ㅢ no loanword has, so the whole token alone would read as native.
    if all(is_native(s) for s in stems):
        return []
    out = [h for h in stems[1:] or stems if len(h) >= 2 and not is_sino(h) and not native(h)]
    if not out:
        return []
    for h in stems:
        phones = hangul_phones(h)
        if any(renders(p, phones) for p in every.values()):
            return []
        if any(phone_similarity(p, phones) >= NAME_LIKE for p in names):
            return []
    return out


@dataclass(frozen=True)
class _Found:
    """A suspect with the three words it is about, for the model's veto."""

    suspect: Suspect
    source: str  # the source word
    hangul: str  # the Hangul word in the target
    other: str  # the English word the Hangul word spells


def _pair_suspects(pair: PairText, story: Sequence[str] = ()) -> list[_Found]:
    every, words, names = _source_words(pair.src)
    if not words:
        return []
    out = []
    for tok in tokens(pair.tgt):
        # A token with a particle is judged by its stem (레이더를 → 레이더).
        stems = _candidate(tok.text, tok.stems, every, names)
        if not stems:
            continue
        best: tuple[float, str, str] | None = None  # (similarity, source word, stem)
        for h in stems:
            phones = hangul_phones(h)
            for w, wp in words.items():
                sim = phone_similarity(wp, phones)
                if best is None or sim > best[0]:
                    best = (sim, w, h)
        if best is None or best[0] < NEAR:
            continue
        for h in stems:
            if len(skeleton(hangul_phones(h))) < 2:
                continue
            source_word = best[1]
            hit = explain(h, like=source_word)
            if hit is None:
                continue
            other, sim = hit
            src_sim = max(phone_similarity(wp, hangul_phones(h)) for wp in words.values())
            other_phones = english_phones(other)
            if (
                sim >= EXPLAINS
                and sim - src_sim >= MARGIN
                and hard_edits(other_phones, hangul_phones(h)) == 0
                and hard_edits(words[source_word], hangul_phones(h)) >= 1
                and other not in words
                and not any(related(other, w) for w in every)
                and spelled_alike(other, source_word)
            ):
                reason = reasons.FALSE_FRIEND(loanword=h, other=other, word=source_word)
                # A name of the story (given in another sentence) explains it too.
                if any(phone_similarity(p, hangul_phones(h)) >= NAME_LIKE for p in story):
                    break
                s = re.search(rf"\b{re.escape(source_word)}[a-z]*", pair.src, re.IGNORECASE)
                spans = [Span("tgt", tok.start, tok.start + len(h), h)]
                if s is not None:
                    spans.insert(0, Span("src", s.start(), s.end(), source_word))
                suspect = Suspect(
                    pair.bead_id,
                    NAME,
                    Category.MISTRANSLATION,
                    Severity.MAJOR,
                    reason,
                    tuple(spans),
                    suggestion=reasons.FALSE_FRIEND_FIX(word=source_word),
                )
                out.append(_Found(suspect, source_word, h, other))
                break
    return out


def _meant(found: list[_Found], embedder: Embedder) -> list[Suspect]:
    """Keep the suspects whose Hangul word the model reads as the other English word.

    Sound alone misreads some loanwords (레스토랑 sounds nearer *restoring* than
    *restaurant*) and native words (무슨 ~ *motion*); the sentence model knows
    what the Hangul word means. It cannot tell aerobics from aerobatics, so it
    only vetoes: the Hangul word must be plausibly the other word (cosine
    ≥ MEANS_OTHER) and not clearly the source word (cosine < MEANS_SOURCE).
    """
    texts = sorted({t for f in found for t in (f.source, f.hangul, f.other)})
    vectors = np.asarray(embedder.encode(texts), dtype=np.float32)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    at = {t: vectors[i] for i, t in enumerate(texts)}
    return [
        f.suspect
        for f in found
        if float(at[f.hangul] @ at[f.other]) >= MEANS_OTHER
        and float(at[f.hangul] @ at[f.source]) < MEANS_SOURCE
    ]


def check(pairs: Sequence[PairText], embedder: Embedder | None = None) -> list[Suspect]:
    """Suspects for Hangul loanwords that render a near-homophone of a source word.

    With an embedder, the sentence model vetoes readings it disagrees with
    (see :func:`_meant`).
    """
    words = [_source_words(p.src) for p in pairs]
    found: list[_Found] = []
    for i, pair in enumerate(pairs):
        story = [n for _, _, names in words[max(0, i - STORY) : i + STORY + 1] for n in names]
        found += _pair_suspects(pair, story)
    if embedder is not None and found:
        return _meant(found, embedder)
    return [f.suspect for f in found]
