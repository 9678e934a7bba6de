"""Names check: English proper names and Latin codes against the Korean target.

Korean renders a foreign name by transliteration (Stephen Walker → 스티븐 워커),
so a name can be checked without any list of names: every capitalised source
word is compared with the Hangul of the target by the phonetic similarity of
:mod:`reviewer.qa.romanize`, in its English reading and in the readings of
other languages (:func:`readings.name_phones`: Jorge 호르헤, Sarajevo 사라예보).
A name is fine when some piece of a token renders it (a whole token, its stem
without particle, or a prefix or suffix of a compound: 멕시코만, 반기문).

A name is a suspect only when a *close-but-different* transliteration stands in
the target (:mod:`reviewer.qa.name_near_miss` finds it): a piece that is near
the name, is no native Korean word (:func:`readings.is_native`), and would
render it if one syllable were repaired (:func:`one_off`: 이스탄둘 for Istanbul, 신조
for Shinjiro). A name with no such piece is not flagged, because translators
often translate names (Japan → 일본, White House → 백악관, 기상청) or drop given names;
demonyms (Greek → 그리스) are translated by the country. A Korean word (기반, 대만:
the hunspell dictionary, :func:`readings.is_korean_word`) is a near miss only
when close or beside the rest of the name; a piece that merely looks
Sino-Korean but is no word (오나마) is judged like any other. In the slot where
the rest of the name puts a word (the token before 카스파로프 for Garry Kasparov) a
farther piece counts (내리). A piece that renders another name of the story (a
window of beads) belongs to that name. A prefix or suffix of a compound renders
a name only beside a word of its own (멕시코만, 반기문; not 놀림픽). One more case: when
the surname matches and the token before it is itself a foreign name (it
transliterates some entry of the SCOWL name list) that does not match the given
name, the given name was swapped (John Gordon → 제임스 고든).

Two Hangul-to-Hangul checks catch slips the phonetic similarity, loose enough
for every accepted variant, cannot: a place with a standard Korean form
(:mod:`reviewer.qa.exonyms`: Russia 러시아) whose form is missing and a near
miss of it present (러아, 뮤럽, 서훌), and a name written as a near miss (오라마)
of the better rendering the translator gives it in other beads of the story
(오바마).  A third, for slips the phonetic similarity passes (헤마스 for Hermas,
솔림픽): a rendering spelt unlike Korean text (a syllable pair Korean never has,
:mod:`reviewer.qa.plausibility`) while a spelling one syllable away is Korean and
renders the name better (헤르마스, 올림픽).  The same test lets a Sino-looking
piece (사우니, which is no word: 사우디) be a suspect.

Capitalised common words are mostly translated (Minister, House), but some are
part of a name and transliterated: a common word right after a name (Manchester
United, New York Times) is checked against the token after the name's rendering
(뉴욕 자임스), and one the translator transliterates in other beads of the story
(타임스) against that rendering (타임브).  A token that renders another word of
the same name (루소 of Rocco Russo), a capitalised loanword of the sentence
(라디오 for Radio) and a Sino adjective in 적 (개인적) are no near misses.  On
the dev news pairs (bench/qa_eval_lexical.py, seed 7, corrupted pairs in their
story) the check finds 90% of corrupted names at a precision of 0.97, flagging
1.1% of clean pairs (seeds 11 and 23: 92% and 90%).

Codes and acronyms (C-130H, FDA) are checked by :mod:`reviewer.qa.codes`, under
this check's name.  Thresholds come from bench/qa_eval_lexical.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from reviewer.qa import codes, exonyms, reasons
from reviewer.qa.model import Category, PairText, Severity, Span, Suspect
from reviewer.qa.name_near_miss import near_miss
from reviewer.qa.name_spelling import misspelt_rendering
from reviewer.qa.name_words import (
    CALENDAR,
    CAPITALISED,
    SENTENCE_START,
    is_common,
    is_demonym,
    is_word,
    source_names,
    word_readings,
)
from reviewer.qa.readings import is_korean_word, is_native, name_phones
from reviewer.qa.romanize import (
    english_phones,
    hangul_phones,
    is_sino,
    phone_similarity,
    romanize,
)
from reviewer.qa.transliteration import (
    NOUNS,
    Match,
    Token,
    best_match,
    common_words,
    listed_names,
    looks_like_name,
    rendered,
    rendering,
    renders,
    tokens,
)

__all__ = ["NAME", "Match", "Token", "best_match", "check", "common_words", "tokens"]

NAME = "names"

STORY = 15  # names of this many beads either way are the story's
_HYPHENATED = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
_CAPITAL_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
_CAPITAL_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")


def _suspect(pair: PairText, reason: str, src: tuple[int, str], tgt: Match | None) -> Suspect:
    spans = [Span("src", src[0], src[0] + len(src[1]), src[1])]
    if tgt is not None:
        spans.append(Span("tgt", tgt.start, tgt.start + len(tgt.text), tgt.text))
    # A wrong name misleads (major); a designation left out (C-130H) loses a detail.
    if tgt is not None:
        return Suspect(
            pair.bead_id, NAME, Category.MISTRANSLATION, Severity.MAJOR, reason, tuple(spans)
        )
    return Suspect(pair.bead_id, NAME, Category.OMISSION, Severity.MINOR, reason, tuple(spans))


def _near_miss_suspect(pair: PairText, off: int, word: str, miss: Match) -> Suspect:
    reason = reasons.NAME_NEAR_MISS(name=word, piece=miss.text, reading=romanize(miss.text))
    return _suspect(pair, reason, (off, word), miss)


def _check_place(
    pair: PairText, off: int, word: str, forms: tuple[str, ...], toks: Sequence[Token]
) -> Suspect | None:
    """A suspect for a place name whose standard form is missing and misspelt."""
    if not forms:
        return None
    others = {f for w in CAPITALISED.findall(pair.src) for f in exonyms.forms(w)} - set(forms)
    miss = exonyms.misspelt(forms, [(t.start, t.text) for t in toks], others)
    if miss is None:
        return None
    start, piece = miss
    reason = reasons.PLACE_MISSPELT(name=word, piece=piece, form=forms[0])
    return _suspect(pair, reason, (off, word), Match(0.0, -1, piece, start))


def _rest_ok(src: str) -> Callable[[str], bool]:
    """Whether the rest of a compound beside a name's rendering is a word of its
    own: a place noun (멕시코만), or the rendering of another word of the source
    (반기문's 반 for Ban, 이스트예루살렘's 이스트 for East)."""
    phones = list(
        dict.fromkeys(r for w in re.findall(r"[A-Za-z]{2,}", src) for r in name_phones(w))
    )
    memo: dict[str, bool] = {}

    def ok(rest: str) -> bool:
        if rest not in memo:
            memo[rest] = rest in NOUNS or any(renders(p, rest) for p in phones)
        return memo[rest]

    return ok


def _check_spelling(
    pair: PairText, off: int, word: str, toks: Sequence[Token], rest_ok: Callable[[str], bool]
) -> Suspect | None:
    """A suspect for a name whose rendering passes the phonetic test but is spelt
    unlike Korean (:func:`name_spelling.misspelt_rendering`: 헤마스 for Hermas)."""
    found = misspelt_rendering(word, toks, rest_ok)
    if found is None:
        return None
    i, piece, cand = found
    start = toks[i].start + toks[i].text.find(piece)
    reason = reasons.NAME_MISSPELT(name=word, piece=piece, reading=romanize(piece), candidate=cand)
    return _suspect(pair, reason, (off, word), Match(0.0, i, piece, start))


def _check_run(
    pair: PairText,
    run: list[tuple[int, str]],
    toks: list[Token],
    story: Sequence[str],
    used: Collection[str] = (),
) -> list[Suspect]:
    """Suspects for the words of one run of capitalised source words.

    ``used`` holds the Hangul words the translator writes in other beads of the
    story: such a word is their rendering or a word of their own (캄차카, 대만),
    not a slip here, so a suspect pointing at one is dropped, except a misspelt
    place, which is judged by its standard form.
    """

    def add(hit: Suspect | None) -> bool:
        """Keep ``hit`` unless it points at a word of the story; whether there was one."""
        if hit is None:
            return False
        if not any(sp.side == "tgt" and sp.text in used for sp in hit.spans):
            out.append(hit)
        return True

    ko_lower = pair.tgt.lower()
    words = [(o, w) for o, w in run if w.lower() not in ko_lower]
    if not words or len(run) > 4:
        return []
    # Fung-Wong, Khmer Rouge, Hun Sen: the words of a name may be one Korean word.
    joined = {w: m.group() for o, w in run if (m := _HYPHENATED.match(pair.src, o))}
    # New Orleans, Khmer Rouge: a capitalised common word beside a name may belong to it.
    before = _CAPITAL_BEFORE.search(pair.src, 0, run[0][0])
    after = _CAPITAL_AFTER.match(pair.src, run[-1][0] + len(run[-1][1]))
    ext = [before.group(1)] if before else []
    ext += [w for _, w in run] + ([after.group(1)] if after else [])
    lead = 1 if before else 0

    def whole(k: int) -> list[str]:
        """Readings of the words around word ``k`` of the run written as one (뉴욕)."""
        k += lead
        return [
            r
            for a in range(k + 1)
            for b in range(max(a + 2, k + 1), len(ext) + 1)
            for r in word_readings("".join(ext[a:b]))
        ]

    rest_ok = _rest_ok(pair.src)
    found = {
        w: rendered(word_readings(joined.get(w, w)) + word_readings(w) + whole(k), toks, rest_ok)
        for k, (_, w) in enumerate(run)
    }
    anchored = {j + d for j in found.values() if j is not None for d in (-1, 1)}
    own = {r for _, w in run for r in word_readings(joined.get(w, w)) + word_readings(w)}
    others = [p for p in story if p not in own]
    # A loanword of the sentence's own (라운드 for "round", 라디오 for "Radio") is no
    # name's rendering.
    loans = _LOWER_WORD.findall(pair.src)
    loans += [w for w in CAPITALISED.findall(pair.src) if is_word(w)]
    words_ph = [english_phones(m) for m in loans]
    out: list[Suspect] = []
    pos = {w: k for k, (_, w) in enumerate(run)}
    places = exonyms.run_forms([w for _, w in run], [t.text for t in toks])
    for off, w in words:
        if w in places:
            hit = _check_place(pair, off, w, places[w], toks)
            if hit is not None:
                out.append(hit)
            if hit is not None or not places[w]:
                continue  # misspelt, or written in its standard form
        spelt = found[w] is not None and not places.get(w)
        if spelt and add(_check_spelling(pair, off, w, toks, rest_ok)):
            continue
        taken = frozenset(j for v, j in found.items() if j is not None and v != w)
        # A listed name that is a common word too (Rich, North, Boyd) is a name
        # when another word of its run is rendered (칼라 노이드 for Carla Boyd).
        maybe_not = is_common(w) and w in listed_names() and not taken
        if found[w] is not None or is_demonym(w) or maybe_not:
            continue  # rendered, translated (Greek), or perhaps no name at all
        # Its slot: beside the rendering of a neighbour in the run, on the same side.
        slot = next((j + pos[w] - pos[v] for v, j in found.items() if j is not None), None)
        miss = near_miss(w, toks, (others, words_ph), anchored, taken=taken, slot=slot)
        if miss is not None:
            add(_near_miss_suspect(pair, off, w, miss))
            continue
        # A given name swapped: the surname is rendered and the token beside it
        # reads as another listed name: before it (John Gordon → 제임스 고든), or
        # after it in East Asian order (Shigeo Tokuda → 도쿠다 로버트).
        last = found[run[-1][1]]
        if (
            len(run) < 2
            or w != run[0][1]
            or last is None
            or len(w) < 3  # An, Al: an article or too short to tell
            or w.lower() in common_words()
        ):
            continue
        # After it only when the surname is bare: 부그티가 ends its name at the particle.
        after_ok = last + 1 < len(toks) and not toks[last].particle
        for j in (last - 1, last + 1) if after_ok else (last - 1,):
            if j < 0 or j in taken:
                continue  # 타보 of 타보 음베키 renders Thabo, another word of the run
            stem = min(toks[j].stems, key=len)
            if (
                len(stem) < 2
                or (is_sino(stem) and is_korean_word(stem))
                or is_native(stem, name=True)
            ):
                continue
            other = looks_like_name(stem)
            if other is not None and not any(renders(p, stem) for p in others):
                reason = reasons.NAME_OTHER_NAME(name=w, piece=stem, other=other)
                add(_suspect(pair, reason, (off, w), Match(0.0, j, stem, toks[j].start)))
                break
    # A common word after the name may be part of it and transliterated (Manchester
    # United → 맨체스터 유나이티드, New York Times → 뉴욕 타임스): a near miss of it
    # in the token right after the name's rendering counts.
    last = found[run[-1][1]]
    if after is not None and last is not None and last + 1 < len(toks):
        off, w = after.start(1), after.group(1)
        if not (
            len(w) < 4
            or w in CALENDAR
            or is_demonym(w)
            or w.lower() in ko_lower
            or rendered(word_readings(w), toks, rest_ok) is not None
        ):
            miss = near_miss(w, toks[last + 1 : last + 2], (others, words_ph), {0})
            if miss is not None:
                add(_near_miss_suspect(pair, off, w, miss))
    return out


def _story_slip(
    pair: PairText, off: int, word: str, toks: Sequence[Token], forms: Sequence[str]
) -> Suspect | None:
    """A suspect for a name written as a near miss (포다, 오라마) of the rendering
    the translator gives it in other beads of the story (포사다, 오바마)."""
    texts = [t.text for t in toks]
    if not forms or exonyms.has_form(forms, texts):
        return None
    miss = exonyms.misspelt(forms, [(t.start, t.text) for t in toks])
    if miss is None:
        return None
    start, piece = miss
    form = next(f for f in forms if exonyms.near_miss(f, piece))
    sims = [
        max(phone_similarity(r, hangul_phones(h)) for r in word_readings(word))
        for h in (form, piece)
    ]
    if sims[1] >= sims[0]:
        return None  # this bead's is the better rendering: the slip is elsewhere
    reason = reasons.NAME_STORY_SLIP(name=word, piece=piece, form=form)
    return _suspect(pair, reason, (off, word), Match(0.0, -1, piece, start))


def _target_only(
    pair: PairText,
    story_runs: Sequence[list[list[tuple[int, str]]]],
    pairs: Sequence[PairText],
    window: range,
    toks: list[Token],
) -> list[Suspect]:
    """A sentence with no source (a caption, an added line) checked against the
    names of the story around it: 고이즈미 신조 under a story of Shinjiro Koizumi.

    Only full names whose surname this sentence renders are checked, as in a
    pair; the suspect marks the target only, since there is no source to mark.
    """
    out: list[Suspect] = []
    seen: set[str] = set()
    for j, runs in zip(window, story_runs, strict=True):
        for run in runs:
            words = [w for _, w in run]
            name = " ".join(words)
            if len(words) < 2 or name in seen:
                continue
            seen.add(name)
            if rendering(word_readings(words[-1]), toks, _rest_ok(pairs[j].src)) is None:
                continue  # the name is not in this sentence
            stand_in = PairText(pair.bead_id, name, pair.tgt)
            for hit in _check_run(stand_in, source_names(name)[0], toks, []):
                spans = tuple(sp for sp in hit.spans if sp.side == "tgt")
                if spans:
                    reason = reasons.FROM_NEIGHBOURS(reason=hit.reason)
                    out.append(replace(hit, reason=reason, spans=spans))
    return out


def check(pairs: Sequence[PairText]) -> list[Suspect]:
    """Suspects for names and codes that do not survive into the target."""
    runs = [source_names(p.src) for p in pairs]
    phones = [[r for run in rs for _, w in run for r in word_readings(w)] for rs in runs]
    toks = [tokens(p.tgt) for p in pairs]
    stems = [{s for t in ts for s in t.stems} for ts in toks]
    memo: dict[tuple[int, str], str | None] = {}

    def rendering_in(j: int, word: str) -> str | None:
        """The piece that renders ``word`` in bead ``j``, if its source has the word."""
        if (j, word) not in memo:
            found = None
            if word in pairs[j].src and word.lower() not in pairs[j].tgt.lower():
                found = rendering(word_readings(word), toks[j], _rest_ok(pairs[j].src))
            memo[j, word] = None if found is None else found[1]
        return memo[j, word]

    def window_of(k: int) -> range:
        return range(max(0, k - STORY), min(len(pairs), k + STORY + 1))

    def slip(k: int, off: int, word: str) -> Suspect | None:
        """``word`` written in bead ``k`` as a near miss of its rendering in the story."""
        forms = [f for j in window_of(k) if j != k and (f := rendering_in(j, word))]
        return _story_slip(pairs[k], off, word, toks[k], list(dict.fromkeys(forms)))

    out: list[Suspect] = []
    for k, pair in enumerate(pairs):
        out += codes.check(pair)
        if not toks[k]:
            continue
        window = window_of(k)
        if not pair.src.strip():
            out += _target_only(pair, [runs[j] for j in window], pairs, window, toks[k])
            continue
        story = [p for j in window for p in phones[j]]
        # A word the translator writes in another bead of the story too is their
        # rendering or a word of their own (캄차카, 대만), not a slip in this bead.
        used = {s for j in window if j != k for s in stems[j]}
        texts = [t.text for t in toks[k]]
        for run in runs[k]:
            own = {r for _, w in run for r in word_readings(w)}
            others = [p for p in story if p not in own]
            hits = _check_run(pair, run, toks[k], others, used)
            flagged = {sp.text for s in hits for sp in s.spans if sp.side == "src"}
            for off, w in run:
                # A place is judged by its standard form, unless the bead lacks it:
                # then the translator's own form in the story (아들레이드) is the yardstick.
                forms = exonyms.forms(w)
                if (
                    w in flagged
                    or w.lower() in pair.tgt.lower()
                    or (forms and exonyms.has_form(forms, texts))
                ):
                    continue
                if (hit := slip(k, off, w)) is not None:
                    hits.append(hit)
            out += hits
        # A capitalised common word the translator transliterates in other beads of
        # the story is a name there (Yankees 양키스, Times 타임스): a near miss of
        # that rendering here is a slip (양키, 타임브).
        for m in CAPITALISED.finditer(pair.src):
            off, w = m.start(), m.group()
            if (
                len(w) < 4
                or not is_word(w)
                or w in CALENDAR
                or w.lower() in pair.tgt.lower()
                or SENTENCE_START.search(pair.src[:off])
                or exonyms.forms(w)
            ):
                continue
            if (hit := slip(k, off, w)) is not None:
                out.append(hit)
    return out
