"""The project file: one SQLite database holding texts, segments, beads, flags and history."""

from reviewer.store.changes import Changes
from reviewer.store.project import ProjectStore
from reviewer.store.rows import BeadRow, FlagRow, SegmentRow

__all__ = ["BeadRow", "Changes", "FlagRow", "ProjectStore", "SegmentRow"]
