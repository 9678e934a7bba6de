"""Build small real project files for tests, without the embedding model."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from reviewer.align.base import Bead
from reviewer.importing.documents import Document
from reviewer.segment import Segment
from reviewer.store import ProjectStore
from reviewer.store.initial import write_initial

# Real pairs (the seed article) in 1:1, 1:2 and 0:1 shapes.
PAIRS: list[tuple[list[str], list[str]]] = [
    ([], ["금요일 한국의 안규백 국방부 장관과 일본의 고이즈미 신조 방위상이 의장대를 시찰했다."]),
    (
        [
            "South Korea and Japan agreed to resume joint maritime search-and-rescue drills "
            "for the first time in nine years."
        ],
        ["한국과 일본은 합동 수색·구조 훈련을 9년 만에 처음으로 재개하기로 합의했다."],
    ),
    (
        ["The agreement was reached during talks in Yokosuka, south of Tokyo."],
        ["합의는 도쿄 남쪽의 요코스카에서 가진 회담 중에 이뤄졌다.", "회담은 금요일에 열렸다."],
    ),
    (
        ["They welcomed exchanges between the two academies."],
        ["양측은 두 사관학교 간 교류를 환영했다."],
    ),
    (
        ["Korea's Air Force aerobatic team, the Black Eagles, visited Naha."],
        ["한국 공군 블랙 이글스 에어로빅 팀이 나하를 방문했다."],
    ),
    (
        ["Ahn thanked Japan for its assistance.", "He invited Koizumi to visit Korea."],
        ["안규백은 일본의 지원에 감사를 표했고 고이즈미에게 한국 방문을 초청했다."],
    ),
]


def make_project(
    path: Path,
    pairs: list[tuple[list[str], list[str]]] = PAIRS,
    scores: list[float] | None = None,
    paragraphs: list[tuple[int, int]] | None = None,
) -> ProjectStore:
    """A real project file with exactly these beads (no segmenter or aligner involved).

    ``paragraphs[k]`` gives bead k's (source, target) paragraph numbers; by
    default each bead is its own paragraph.
    """
    src: list[Segment] = []
    tgt: list[Segment] = []
    beads = []
    for k, (en, ko) in enumerate(pairs):
        p_src, p_tgt = paragraphs[k] if paragraphs else (k, k)
        s0, t0 = len(src), len(tgt)
        src += [Segment(t, p_src) for t in en]
        tgt += [Segment(t, p_tgt) for t in ko]
        score = scores[k] if scores else 0.5 + 0.05 * k
        beads.append(Bead(tuple(range(s0, len(src))), tuple(range(t0, len(tgt))), score))
    docs = (document([s.text for s in src], "en"), document([t.text for t in tgt], "ko"))
    store = ProjectStore.create(path)
    write_initial(store, docs, (src, tgt), beads, {"aligner": "test"})
    return store


def document(sentences: list[str], lang: str) -> Document:
    """The imported document these sentences would have come from."""
    text = "\n".join(sentences)
    sha = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    return Document(None, text, "utf-8", lang, tuple(sentences), sha)


def snapshot(store: ProjectStore) -> dict[str, list[tuple[object, ...]]]:
    """Every row a user could see, for exact before/after comparisons."""
    tables = {
        "beads": "SELECT id, ord, status, score, pinned, note FROM beads ORDER BY id",
        "segments": "SELECT id, side, ord, paragraph, text, bead_id FROM segments ORDER BY id",
        "flags": "SELECT * FROM flags ORDER BY id",
        "flag_spans": "SELECT * FROM flag_spans ORDER BY id",
        "glossary": "SELECT * FROM glossary ORDER BY id",
        "glossary_terms": "SELECT * FROM glossary_terms ORDER BY id",
    }
    return {name: store.conn.execute(sql).fetchall() for name, sql in tables.items()}


def layout(store: ProjectStore) -> list[tuple[list[str], list[str]]]:
    """The alignment as text pairs, in document order."""
    return [([s.text for s in b.src], [s.text for s in b.tgt]) for b in store.beads(flags=False)]


REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str, cwd: Path = REPO, **kwargs: object) -> subprocess.CompletedProcess[str]:
    """The real ``reviewer`` command in a fresh interpreter, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "reviewer.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        **kwargs,  # type: ignore[call-overload]
    )
