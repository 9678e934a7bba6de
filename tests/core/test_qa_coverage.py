"""Coverage check: clause splitting (no model) and omissions/additions (real model)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from reviewer.embed import ModelEmbedder
from reviewer.qa.coverage import check, split_clauses
from reviewer.qa.model import Category, PairText, Suspect

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "seed_gold.json"


def _parts(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_clauses(text, lang)]


def test_english_clauses() -> None:
    text = (
        "Ahn thanked Japan for its assistance after a transport aircraft made an emergency "
        "landing, citing a minor technical issue."
    )
    assert _parts(text, "en") == [
        "Ahn thanked Japan for its assistance",
        "after a transport aircraft made an emergency landing,",
        "citing a minor technical issue.",
    ]
    # short list items stay with their neighbours
    assert len(_parts("AI, unmanned systems and space were discussed at length.", "en")) == 1


def test_korean_clauses() -> None:
    text = "정기적 소통 채널을 제도화하기로 합의하고, 첨단 국방 기술 분야의 협력도 모색하기로 했다."
    assert _parts(text, "ko") == [
        "정기적 소통 채널을 제도화하기로 합의하고,",
        "첨단 국방 기술 분야의 협력도 모색하기로 했다.",
    ]
    # 사고 (accident) is a noun, not the connective -고
    assert len(_parts("비행기 사고 원인을 조사하는 당국이 발표했다.", "ko")) == 1


def test_no_embedder_no_suspects() -> None:
    assert check([PairText(0, "A sentence.", "문장.")], None) == []


class CountingEmbedder:
    def __init__(self, inner: ModelEmbedder) -> None:
        self.inner = inner
        self.calls = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        return self.inner.encode(texts)


@pytest.fixture(scope="module")
def embedder() -> CountingEmbedder:
    return CountingEmbedder(ModelEmbedder(threads=2))


@pytest.fixture(scope="module")
def seed() -> list[PairText]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return [PairText(i, " ".join(b["src"]), " ".join(b["tgt"])) for i, b in enumerate(gold)]


def _by_bead(found: list[Suspect]) -> dict[int, list[Suspect]]:
    out: dict[int, list[Suspect]] = {}
    for s in found:
        out.setdefault(s.bead_id, []).append(s)
    return out


def test_seed_real_problems(embedder: CountingEmbedder, seed: list[PairText]) -> None:
    before = embedder.calls
    found = _by_bead(check(seed, embedder))
    assert embedder.calls == before + 1  # every text in one encode call
    # bead 11 drops three clauses of the source (destination, cause, Ahn's statement)
    (om,) = found[11]
    assert om.category == Category.OMISSION
    marked = " ".join(s.text for s in om.spans)
    assert "citing a minor technical issue" in marked and "Saudi Arabia" in marked
    # bead 4 names both ministers where the source does not
    assert [s.category for s in found[4]] == [Category.ADDITION]
    # faithful beads are left alone
    assert not set(found) & {2, 6, 8, 9}


def test_synthetic_drop_and_addition(embedder: CountingEmbedder, seed: list[PairText]) -> None:
    pairs = list(seed)
    tgt = pairs[8].tgt  # three Korean clauses; drop the first
    first_end = split_clauses(tgt, "ko")[1][0]
    pairs[8] = PairText(8, pairs[8].src, tgt[first_end:])
    extra = "한편 이날 서울에서는 가을 축제가 열려 많은 시민들이 거리로 나왔다."
    pairs[9] = PairText(9, pairs[9].src, f"{pairs[9].tgt} {extra}")
    found = _by_bead(check(pairs, embedder))
    assert Category.OMISSION in [s.category for s in found.get(8, [])]
    (add,) = [s for s in found.get(9, []) if s.category == Category.ADDITION]
    assert extra in " ".join(s.text for s in add.spans)
