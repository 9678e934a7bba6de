"""Aligners by name, so the CLI, the GUI and the project store agree on them."""

from __future__ import annotations

from reviewer import messages as msg
from reviewer.align.base import Aligner
from reviewer.embed import Embedder
from reviewer.errors import ReviewerError

DEFAULT_ALIGNER = "embedding"
ALIGNER_NAMES = ("embedding", "gale-church")


def get_aligner(name: str, embedder: Embedder | None = None) -> Aligner:
    """Build the aligner called ``name``.

    ``embedder`` serves the embedding aligner (the project store passes its
    caching one); without it the bundled model is used, loaded on first need.
    The length-based Gale-Church aligner needs no embedder and ignores it.
    """
    if name == "embedding":
        from reviewer.align.embedding import EmbeddingAligner

        if embedder is None:
            from reviewer.embed import ModelEmbedder

            embedder = ModelEmbedder()
        return EmbeddingAligner(embedder)
    if name == "gale-church":
        from reviewer.align.gale_church import GaleChurchAligner

        return GaleChurchAligner()
    raise ReviewerError(msg.UNKNOWN_ALIGNER(name=repr(name), names=", ".join(ALIGNER_NAMES)))
