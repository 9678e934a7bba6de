"""Run the quality checks over a project's beads and collect their suspects.

Each check is a module ``reviewer.qa.<module>`` with ``NAME`` and
``check(pairs, ...)``; this runner imports them by name, so a check module
added later is picked up without changes here. A check whose module is not
installed is skipped (and so is one that needs an embedder or a glossary when
none is given); any other import error is a bug and propagates.
"""

from __future__ import annotations

import importlib
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from reviewer.embed import Embedder
from reviewer.progress import CancelToken, ProgressFn
from reviewer.qa.glossary import Glossary
from reviewer.qa.model import PairText, Suspect


@dataclass(frozen=True)
class CheckSpec:
    name: str
    module: str
    needs_embedder: bool = False  # skipped without an embedder
    takes_embedder: bool = False  # given the embedder (or None) as a keyword
    needs_glossary: bool = False  # skipped without a glossary
    takes_glossary: bool = False  # given the glossary (or None) as a keyword


CHECKS: tuple[CheckSpec, ...] = (
    CheckSpec("language", "reviewer.qa.language_check"),
    CheckSpec("numbers", "reviewer.qa.numbers"),
    CheckSpec("names", "reviewer.qa.names"),
    CheckSpec("loanwords", "reviewer.qa.loanwords", takes_embedder=True),
    CheckSpec("glossary", "reviewer.qa.glossary_check", needs_glossary=True, takes_glossary=True),
    CheckSpec("coverage", "reviewer.qa.coverage", needs_embedder=True),
    CheckSpec("consistency", "reviewer.qa.consistency", takes_glossary=True),
    CheckSpec("form", "reviewer.qa.form"),
)
ALL_CHECKS: tuple[str, ...] = tuple(spec.name for spec in CHECKS)


def _load(spec: CheckSpec) -> ModuleType | None:
    try:
        return importlib.import_module(spec.module)
    except ModuleNotFoundError as e:
        if e.name == spec.module:
            return None
        raise


def available_checks() -> tuple[str, ...]:
    """The checks whose modules are installed, in running order."""
    return tuple(spec.name for spec in CHECKS if _load(spec) is not None)


def run_checks(
    pairs: Sequence[PairText],
    *,
    embedder: Embedder | None = None,
    glossary: Glossary | None = None,
    checks: Collection[str] | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> list[Suspect]:
    """All suspects of the chosen checks (default: all), by bead then check order.

    Raises ValueError for an unknown check name and ``Cancelled`` when
    ``cancel`` is set (checked between checks). Identical suspects (same bead
    and key) are reported once.
    """
    wanted = ALL_CHECKS if checks is None else tuple(checks)
    unknown = sorted(set(wanted) - set(ALL_CHECKS))
    if unknown:
        raise ValueError(f"unknown check(s) {unknown}; known: {', '.join(ALL_CHECKS)}")
    specs = [
        s
        for s in CHECKS
        if s.name in wanted
        and not (s.needs_embedder and embedder is None)
        and not (s.needs_glossary and glossary is None)
    ]
    found: list[Suspect] = []
    for done, spec in enumerate(specs):
        if cancel is not None:
            cancel.check()
        if progress is not None:
            progress(done, len(specs), spec.name)
        module = _load(spec)
        if module is None:
            continue
        kwargs: dict[str, Any] = {}
        if spec.needs_embedder or spec.takes_embedder:
            kwargs["embedder"] = embedder
        if spec.takes_glossary:
            kwargs["glossary"] = glossary
        found.extend(module.check(pairs, **kwargs))
    if progress is not None:
        progress(len(specs), len(specs), "done")
    order = {name: i for i, name in enumerate(ALL_CHECKS)}
    unique: dict[tuple[int, str], Suspect] = {}
    for suspect in found:
        unique.setdefault((suspect.bead_id, suspect.key()), suspect)
    return sorted(unique.values(), key=lambda s: (s.bead_id, order.get(s.check, len(order))))
