"""The near-miss search of the names check: a Hangul piece one syllable off a name.

A name none of whose readings the target renders is a suspect only when a
close-but-different transliteration stands in the target (이스탄둘 for
Istanbul).  This finds that piece: near the name by phonetic similarity, no
native Korean word, and one syllable repair away from rendering it
(:func:`one_off`).  Farther pieces count when a respelling renders the name
(라입 → 타입) or when they stand in the slot the rest of the name puts the word
in (내리 카스파로프); a Korean word (기반, 대만) counts only when close or
beside the rest of the name.  The thresholds come from bench/qa_eval_lexical.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from reviewer.qa.name_spelling import respelt
from reviewer.qa.name_words import word_readings
from reviewer.qa.readings import is_korean_word, is_native
from reviewer.qa.romanize import hangul_phones, is_sino, phone_similarity
from reviewer.qa.transliteration import MATCH, Match, Token, comparable, one_off, renders

NEAR = 0.6  # below a match but at least this similar: the rendering may be off by a syllable
FAR = 0.45  # farther off still, when a respelling renders the name (라입 → 타입)
SLOT_NEAR = 0.45  # in the slot beside the rest of the name's rendering (내리 카스파로프)
WORD_NEAR = 0.7  # the same for a piece that is a Korean word (기반, 대만)
GUESSED_BASE = 0.05  # a reading of a guessed base form (Jackso) ranks this much lower
# Particles that are also the last syllable of many names (올랜도, 나이아가라, 몬테네그로).
_NAME_ENDINGS = frozenset(["이", "가", "도", "나", "만", "로"])


def adjective(piece: str) -> bool:
    """A Sino-Korean adjective in 적 (개인적 "personal", 국제적): never a transliteration."""
    return len(piece) >= 3 and piece.endswith("적") and is_sino(piece)


def near_miss(
    word: str,
    toks: Sequence[Token],
    story: tuple[Sequence[str], Sequence[str]],
    anchored: set[int],
    *,
    taken: frozenset[int] = frozenset(),
    slot: int | None = None,
) -> Match | None:
    """The near miss of one name word none of whose readings the target renders;
    tokens in ``taken`` render another word of its name (루소 for Rocco Russo),
    and token ``slot`` stands where the rest of the name puts this word."""
    if len(word) < 3:
        return None  # In, Li: too short for a near miss to mean anything
    readings = word_readings(word)
    sure = set(word_readings(word, guesses=False))
    near: list[tuple[float, float, int, str]] = []
    for i, tok in enumerate(toks):
        # Without its particle when it has one: 미첼은 reads like Madeleine, 미첼 does not;
        # but a particle that may end a name too (도 of 올랜도) keeps both.
        bare = len(tok.text) - len(tok.particle) >= 2 and tok.particle not in _NAME_ENDINGS
        for piece in (
            [s for s in tok.stems if s != tok.text] if tok.particle and bare else tok.stems
        ):
            if i in taken or len(piece) < 2 or is_native(piece, name=True) or adjective(piece):
                continue
            hp = hangul_phones(piece)
            sims = [(phone_similarity(r, hp), r in sure) for r in readings if comparable(r, hp)]
            sim = max((x for x, _ in sims), default=0.0)
            if sim >= FAR:
                # A guessed base (Jackso) ranks below the word itself: 토크쇼 is no
                # nearer miss of Jackson than 잭근.
                rank = max(x if known else x - GUESSED_BASE for x, known in sims)
                near.append((rank, sim, i, piece))
    # The closest piece that passes every test below, not just the closest piece:
    # 파키스탄 renders Pakistan, so the suspect for Balochistan is 발로스탄.
    for _, sim, i, piece in sorted(near, key=lambda c: -c[0]):
        if _is_near_miss(word, readings, (sim, i, piece), toks, story, anchored, i == slot):
            start = toks[i].start + toks[i].text.find(piece)
            return Match(sim, i, piece, start)
    return None


def _is_near_miss(  # noqa: PLR0917
    word: str,
    readings: Sequence[str],
    cand: tuple[float, int, str],
    toks: Sequence[Token],
    story: tuple[Sequence[str], Sequence[str]],
    anchored: set[int],
    in_slot: bool,
) -> bool:
    """Whether ``cand`` (similarity, token, piece) is a near miss of ``word``; in
    the name's slot a farther piece counts (내리 카스파로프 for Garry Kasparov)."""
    sim, i, piece = cand
    far = sim < (SLOT_NEAR if in_slot else NEAR)
    if far:
        # Farther off (라입 for Tayyip) only when a spelling one syllable away reads
        # as Korean and renders the name (타입).
        fix = respelt(word, piece)
        if fix is None or not any(renders(r, fix) for r in readings):
            return False
    # A Korean word (기반, 대만) near a name is mostly a translated name's stand-in;
    # it counts beside another part of the name (고이즈미 신조) or when close.
    # ...unless it is spelt unlike Korean, and one syllable from a spelling that is
    # Korean and renders the name better (사우니 → 사우디): a far piece has one.
    korean = any(is_korean_word(s) for s in toks[i].stems if piece.startswith(s))
    word_like = not far and ("-" in word or korean) and respelt(word, piece) is None
    word_ok = i in anchored or sim >= WORD_NEAR or not word_like
    if not word_ok or not any(one_off(r, piece) for r in readings):
        return False
    # Another name of the story (페더러, 미첼 of 미첼은) or a loanword (라운드).
    for stem in (s for s in toks[i].stems if s in piece and len(s) >= 2):
        hp = hangul_phones(stem)
        if any(phone_similarity(p, hp) >= MATCH for p in (*story[0], *story[1])):
            return False
    return True
