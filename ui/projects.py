"""Where projects live: recent list, the project made from input files, building it.

Building runs in the op runner (it reads, segments and aligns), so the window
stays responsive; the worker closes the new project and the GUI thread opens it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths

from reviewer import messages as msg
from reviewer.errors import ReviewerError
from reviewer.progress import CancelToken, ProgressFn
from reviewer.store import ProjectStore

RECENT_KEY = "recent_projects"
RECENT_LIMIT = 10
SUFFIX = ".rvproj"


def settings() -> QSettings:
    return QSettings()


def recent_projects() -> list[str]:
    value = settings().value(RECENT_KEY, [])
    items = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return [str(p) for p in items if Path(str(p)).exists()]


def remember_project(path: Path) -> None:
    entry = str(Path(path).resolve())
    recent = [p for p in recent_projects() if p != entry]
    settings().setValue(RECENT_KEY, [entry, *recent][:RECENT_LIMIT])


def data_dir() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    path = Path(folder or Path.home() / ".local" / "share" / "translation-reviewer") / "projects"
    path.mkdir(parents=True, exist_ok=True)
    return path


def project_path_for(first_input: Path, fallback_dir: Path) -> Path:
    """``seeds/x.en-ko.txt`` -> ``seeds/x.rvproj`` (in the data folder if seeds/ is read-only)."""
    stem = first_input.name.split(".")[0] or "project"
    folder = first_input.parent if os.access(first_input.parent, os.W_OK) else fallback_dir
    return folder / f"{stem}{SUFFIX}"


def built_from(path: Path, imported: Any) -> bool:
    """Was the project at ``path`` built from these very documents (same hashes)?"""
    try:
        with ProjectStore.open(path, mode="read") as store:
            docs = store.documents()
    except ReviewerError:
        return False
    return bool(
        docs.get("src", {}).get("sha256") == imported.src.sha256
        and docs.get("tgt", {}).get("sha256") == imported.tgt.sha256
    )


def choose_project(first_input: Path, imported: Any, fallback_dir: Path) -> tuple[Path, bool]:
    """A path for the new project, and whether a matching one is already there."""
    base = project_path_for(first_input, fallback_dir)
    for k in range(1, 1000):
        path = base if k == 1 else base.with_name(f"{base.stem}-{k}{SUFFIX}")
        if not path.exists():
            return path, False
        if built_from(path, imported):
            return path, True
    raise ReviewerError(msg.TOO_MANY_PROJECTS(), base.parent)


def read_inputs(src: Path | None, tgt: Path | None, bilingual: Path | None) -> Any:
    from reviewer.importing.documents import read_bilingual, read_pair

    if bilingual is not None and (src or tgt):
        raise ReviewerError(msg.APP_BOTH_KINDS())
    if bilingual is not None:
        return read_bilingual(bilingual)
    if src is not None and tgt is not None:
        return read_pair(src, tgt)
    raise ReviewerError(msg.APP_ONE_FILE())


def read_request(request: Any) -> Any:
    """Read and check a NewProjectRequest's documents (the dialog's reader, in a worker)."""
    read, _first, _project = request_reader(request)
    return read()


def request_reader(request: Any) -> tuple[Callable[[], Any], Path | None, Path | None]:
    """Adapt a NewProjectRequest: (read its documents, the first input, the project path).

    Documents the dialog has read already (``request.imported``) are not read again.
    """
    project = Path(request.project_path) if request.project_path else None
    imported = getattr(request, "imported", None)
    if imported is not None:
        first = {"pair": request.src_path, "bilingual": request.bilingual_path}.get(request.kind)
        return lambda: imported, Path(first) if first else None, project
    if request.kind == "paste":
        from reviewer.importing.documents import document_from_text, pair_documents

        src_text, tgt_text = request.pasted_src, request.pasted_tgt
        return (
            lambda: pair_documents(
                document_from_text(src_text, "pasted English"),
                document_from_text(tgt_text, "pasted Korean"),
            ),
            None,
            project,
        )
    if request.kind == "bilingual":
        bilingual = Path(request.bilingual_path)
        return lambda: read_inputs(None, None, bilingual), bilingual, project
    src, tgt = Path(request.src_path), Path(request.tgt_path)
    return lambda: read_inputs(src, tgt, None), src, project


def args_reader(
    src: Path | None, tgt: Path | None, bilingual: Path | None
) -> tuple[Callable[[], Any], Path | None]:
    """Read the documents named on the command line (in the worker)."""
    first = bilingual or src
    return lambda: read_inputs(src, tgt, bilingual), first


@dataclass(frozen=True)
class Built:
    """A project ready to open, and what the import wants the editor to know
    (files swapped back, an encoding guessed)."""

    path: Path
    notes: tuple[str, ...] = ()


def build_work(
    read: Callable[[], Any],
    first_input: Path | None,
    project: Path | None,
    *,
    aligner_name: str | None = None,
) -> Callable[[ProgressFn, CancelToken], Built]:
    """Work for the op runner: import, then reuse a matching project or build a new one."""

    def work(progress: ProgressFn, cancel: CancelToken) -> Built:
        from reviewer.pipeline import build_project

        progress(0, 0, "reading")
        imported = read()
        cancel.check()
        if project is not None:
            path, existing = project, False
        elif first_input is not None:
            path, existing = choose_project(first_input, imported, data_dir())
        else:
            path, existing = choose_project(data_dir() / "pasted.txt", imported, data_dir())
        notes = tuple(imported.messages)
        if existing:
            return Built(path, notes)
        from reviewer.align.registry import DEFAULT_ALIGNER

        store = build_project(
            path,
            imported,
            aligner_name=aligner_name or DEFAULT_ALIGNER,
            progress=progress,
            cancel=cancel,
        )
        with contextlib.suppress(ReviewerError):
            store.close()
        return Built(path, notes)

    return work
