"""The aligner interface: two segment lists in, monotone beads out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from reviewer.progress import CancelToken, ProgressFn

# Below this confidence a bead is worth a look first: the app's "next low-confidence
# pair", the minimap and the colour scale, and ``reviewer new``'s count all use it.
# Measured with ``bench/align_quality.py --thresholds`` (embedding aligner, seed
# plus synthetic news documents): beads below 0.55 are 11 % wrong against 1.4 %
# overall and hold 79 % of the wrong ones (test split; dev: 11 %, 76 %), from 10 %
# of all beads. Between 0.55 and 0.70 beads are wrong no more often than average
# (0.7 % and 0.8 % on dev and test), so a higher threshold only adds pairs to look
# at; at 0.5 a third of the wrong beads were missed, while beads of 50-55 % are
# still wrong 2.5 times as often as average (3.4 %, 3.5 %).
LOW_CONFIDENCE = 0.55


@dataclass(frozen=True)
class Bead:
    """One alignment unit: consecutive source and target segment indices.

    ``score`` is the aligner's confidence in [0, 1]: reviewing beads in order of
    rising score should meet the wrong ones first. Either side may be empty
    (a 1:0 or 0:1 bead: a sentence with no counterpart).
    """

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float = 0.0

    @property
    def kind(self) -> str:
        return f"{len(self.src)}:{len(self.tgt)}"


@dataclass(frozen=True)
class AlignInput:
    """What an aligner gets: the texts, paragraph hints and fixed anchors.

    ``src_paragraphs[i]`` is the paragraph number of source segment i; a change
    of number is a paragraph break, a strong hint that a bead does not cross.
    ``anchors`` are beads that must appear unchanged in the output (approved or
    pinned by the editor); the aligner fills only the gaps between them.
    """

    src: Sequence[str]
    tgt: Sequence[str]
    src_paragraphs: Sequence[int] | None = None
    tgt_paragraphs: Sequence[int] | None = None
    anchors: Sequence[Bead] = field(default_factory=tuple)


@dataclass(frozen=True)
class BeadWindow:
    """Beads of an alignment to score again, amid their neighbours.

    ``data`` holds a stretch of the document as it is now (one gap: its ends
    are bead boundaries and it has no anchors), ``cover`` the stretch's beads
    in order (indices into ``data``), ``targets`` which of them to score. An
    aligner's confidence in a target is the probability that its alignment of
    the stretch passes through that bead, as for the beads it proposes.
    """

    data: AlignInput
    cover: tuple[Bead, ...]
    targets: tuple[int, ...]

    def triples(
        self, types: Sequence[tuple[int, int]]
    ) -> tuple[list[int], list[tuple[int, int, int]]]:
        """(which targets, their (type, end i, end j)) for the targets of a shape in ``types``.

        A shape the aligner never proposes (3:2, 2:0...) has no confidence.
        """
        ends: list[tuple[int, int]] = []
        i = j = 0
        for bead in self.cover:
            i, j = i + len(bead.src), j + len(bead.tgt)
            ends.append((i, j))
        slots: list[int] = []
        triples: list[tuple[int, int, int]] = []
        for slot, k in enumerate(self.targets):
            shape = (len(self.cover[k].src), len(self.cover[k].tgt))
            if shape in types:
                slots.append(slot)
                triples.append((types.index(shape), *ends[k]))
        return slots, triples

    def one_sided(self) -> list[float | None]:
        """Confidence when the stretch has sentences on one side only: a lone
        sentence has no counterpart beyond doubt (as ``align`` says), a run has none."""
        return [
            1.0 if len(self.cover[k].src) + len(self.cover[k].tgt) == 1 else None
            for k in self.targets
        ]


class Aligner(Protocol):
    """Every aligner returns beads that cover both sides exactly once, in order."""

    name: str

    def align(
        self,
        data: AlignInput,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
    ) -> list[Bead]: ...


def check_cover(beads: Sequence[Bead], n_src: int, n_tgt: int) -> None:
    """Raise ValueError unless ``beads`` is a monotone cover of both sides.

    Every aligner's output passes through this in tests: a gap, an overlap or a
    crossing would silently lose or duplicate sentences in exports.
    """
    next_src = next_tgt = 0
    for bead in beads:
        if not bead.src and not bead.tgt:
            raise ValueError("empty bead")
        for i in bead.src:
            if i != next_src:
                raise ValueError(f"source index {i} out of order (expected {next_src})")
            next_src += 1
        for j in bead.tgt:
            if j != next_tgt:
                raise ValueError(f"target index {j} out of order (expected {next_tgt})")
            next_tgt += 1
    if next_src != n_src or next_tgt != n_tgt:
        raise ValueError(f"cover ends at {next_src}/{n_src} source, {next_tgt}/{n_tgt} target")


def split_at_anchors(
    data: AlignInput,
) -> list[tuple[range, range] | Bead]:
    """Cut the problem into gaps (src range, tgt range) and the anchors between them.

    Anchors must be monotone and non-overlapping; an aligner aligns each gap on
    its own and emits the anchors unchanged.
    """
    parts: list[tuple[range, range] | Bead] = []
    s = t = 0
    # Anchors come in document order; a 1:0 or 0:1 anchor has no index on one
    # side, so no sort key can place it: the loop checks the order instead.
    for anchor in data.anchors:
        a_s = anchor.src[0] if anchor.src else s
        a_t = anchor.tgt[0] if anchor.tgt else t
        if a_s < s or a_t < t:
            raise ValueError("anchors overlap or cross")
        if a_s > s or a_t > t:
            parts.append((range(s, a_s), range(t, a_t)))
        parts.append(anchor)
        s = anchor.src[-1] + 1 if anchor.src else a_s
        t = anchor.tgt[-1] + 1 if anchor.tgt else a_t
    if s < len(data.src) or t < len(data.tgt):
        parts.append((range(s, len(data.src)), range(t, len(data.tgt))))
    return parts
