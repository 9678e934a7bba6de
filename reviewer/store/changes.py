"""What a write changed, so views refresh from it instead of polling (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Ids of rows a write touched, and whether bead order/count changed.

    ``structure`` means beads were inserted, deleted or reordered: a grid must
    reload its id list. Otherwise only the rows in ``beads`` need repainting.
    ``glossary`` means the project's term base was replaced (or restored).
    """

    beads: frozenset[int] = field(default_factory=frozenset)
    segments: frozenset[int] = field(default_factory=frozenset)
    flags: frozenset[int] = field(default_factory=frozenset)
    structure: bool = False
    glossary: bool = False
    history_id: int | None = None

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            beads=self.beads | other.beads,
            segments=self.segments | other.segments,
            flags=self.flags | other.flags,
            structure=self.structure or other.structure,
            glossary=self.glossary or other.glossary,
            history_id=other.history_id or self.history_id,
        )

    @property
    def empty(self) -> bool:
        return not (self.beads or self.segments or self.flags or self.structure or self.glossary)
