"""Exports of the reviewed pairs: TMX for CAT tools, TSV and JSONL for pipelines."""

from reviewer.export.pairs import ExportPair, collect_pairs
from reviewer.export.writer import FORMATS, export_project

__all__ = ["FORMATS", "ExportPair", "collect_pairs", "export_project"]
