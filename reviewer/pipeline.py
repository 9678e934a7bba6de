"""From documents to a saved, aligned project; and re-alignment of a project.

Used by ``reviewer new``, ``reviewer align`` and the GUI's new-project worker.
Progress goes through callbacks and cancellation through a token, so the same
code runs headless and behind a progress bar.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from reviewer import messages as msg
from reviewer.align.base import Aligner, AlignInput, Bead
from reviewer.align.registry import DEFAULT_ALIGNER, get_aligner
from reviewer.errors import ReviewerError
from reviewer.importing.documents import ImportResult
from reviewer.progress import CancelToken, ProgressFn, no_progress
from reviewer.segment import Segment, segment_paragraphs
from reviewer.store import ProjectStore
from reviewer.store.embedding_cache import CachedEmbedder
from reviewer.store.initial import write_initial


@dataclass(frozen=True)
class Segmented:
    src: list[Segment]
    tgt: list[Segment]


def segment_import(imported: ImportResult) -> Segmented:
    src = segment_paragraphs(imported.src.paragraphs, imported.src.lang)
    tgt = segment_paragraphs(imported.tgt.paragraphs, imported.tgt.lang)
    if not src or not tgt:
        empty = imported.src if not src else imported.tgt
        raise ReviewerError(msg.NO_SENTENCES(), empty.path or "pasted text")
    return Segmented(src, tgt)


def make_aligner(
    name: str, project: Path | None, progress: ProgressFn, cancel: CancelToken | None
) -> tuple[Aligner, CachedEmbedder | None]:
    """The named aligner; the embedding one gets a model cached in the project file."""
    if name != "embedding":
        return get_aligner(name), None
    from reviewer.embed import ModelEmbedder

    cache = CachedEmbedder(ModelEmbedder(), project, progress=progress, cancel=cancel)
    return get_aligner(name, embedder=cache), cache


def align_segments(
    segmented: Segmented,
    aligner_name: str = DEFAULT_ALIGNER,
    *,
    project: Path | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> list[Bead]:
    data = AlignInput(
        src=[s.text for s in segmented.src],
        tgt=[s.text for s in segmented.tgt],
        src_paragraphs=[s.paragraph for s in segmented.src],
        tgt_paragraphs=[s.paragraph for s in segmented.tgt],
    )
    aligner, cache = make_aligner(aligner_name, project, progress, cancel)
    try:
        return aligner.align(data, progress=progress, cancel=cancel)
    finally:
        if cache is not None:
            cache.close()


def build_project(
    path: str | Path,
    imported: ImportResult,
    *,
    aligner_name: str = DEFAULT_ALIGNER,
    overwrite: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ProjectStore:
    """Create, segment, align and save a project; on cancel or error leave no file."""
    path = Path(path)
    progress(0, 0, "segmenting")
    segmented = segment_import(imported)
    store = ProjectStore.create(path, overwrite=overwrite)
    try:
        beads = align_segments(
            segmented, aligner_name, project=path, progress=progress, cancel=cancel
        )
        progress(0, 0, "saving")
        meta = {"aligner": aligner_name, "messages": json.dumps(list(imported.messages))}
        write_initial(
            store, (imported.src, imported.tgt), (segmented.src, segmented.tgt), beads, meta
        )
    except BaseException:
        # Cancelled, bad input or a bug: never leave a half-made project behind.
        store.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.lock")):
            leftover.unlink(missing_ok=True)
        raise
    return store


def realign_aligner(
    store: ProjectStore, name: str, progress: ProgressFn, cancel: CancelToken | None
) -> tuple[Aligner, CachedEmbedder | None]:
    """The aligner the project was made with, with its embedding cache."""
    return make_aligner(
        name or store.meta("aligner", DEFAULT_ALIGNER), store.path, progress, cancel
    )
