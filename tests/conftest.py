"""Shared fixtures. Qt needs a platform even where there is no display."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "korea-japan-defense-talks.en-ko.txt"
SHARED_DATA = REPO.parent / "shared" / "data" / "korean-english-news"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def news_pairs() -> list[tuple[str, str]]:
    """The first 200 news pairs from ../shared/data (read in place, never copied)."""
    en = (SHARED_DATA / "korean-english-park.dev.en").read_text(encoding="utf-8").splitlines()
    ko = (SHARED_DATA / "korean-english-park.dev.ko").read_text(encoding="utf-8").splitlines()
    if not en:
        pytest.skip("shared news data is missing")
    return list(zip(en[:200], ko[:200], strict=True))
