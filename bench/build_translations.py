"""Build the interface translations: ``resources/i18n/*.ts`` -> ``.qm``.

    python bench/build_translations.py            # compile every .ts to .qm
    python bench/build_translations.py --check    # list tr() strings with no translation
    python bench/build_translations.py --update   # add new tr() strings to the .ts files

The compiler is ``pyside6-lrelease``, which PySide6-Essentials installs next
to the Python interpreter; Debian's ``lrelease`` (package ``qt6-l10n-tools``,
``/usr/lib/qt6/bin/lrelease``) works too. The built ``.qm`` files are
committed, so people running the program need neither.

``--update`` runs ``pyside6-lupdate`` over ``ui/``: new strings arrive
unfinished, strings no longer in the code are marked vanished (and left out of
the ``.qm``), translations already made are kept.  The QA checks' reasons
(``reviewer/qa/reasons.py``, context ``QaReason``, and their words,
``QaWord``) and the core's error messages and import notes
(``reviewer/messages.py``, contexts ``ReviewerMessage`` and ``ReviewerWord``)
live in the core, which has no Qt; lupdate reads them from a generated file of
``QCoreApplication.translate`` calls.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
I18N = REPO / "resources" / "i18n"
UI = REPO / "ui"


def qt_tool(name: str) -> str:
    """Path of a Qt tool: the venv's pyside6-<name>, else one on PATH, else Debian's."""
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    for command in (f"pyside6-{name}", name, f"/usr/lib/qt6/bin/{name}"):
        found = shutil.which(command)
        if found:
            return found
    raise SystemExit(f"no {name}: install PySide6-Essentials, or Debian's qt6-l10n-tools")


def ts_files() -> list[Path]:
    return sorted(I18N.glob("*.ts"))


def source_files() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def core_strings(folder: Path) -> Path:
    """Write the checks' reasons, the core's messages and their words as translate() calls
    lupdate can read."""
    sys.path.insert(0, str(REPO))
    from reviewer import messages
    from reviewer.qa import reasons

    calls = [(r.context, r.text) for r in reasons.REASONS]
    calls += [(reasons.WORD_CONTEXT, word) for word in reasons.WORDS]
    calls += [(m.context, m.text) for m in messages.TEMPLATES]
    calls += [(messages.WORD_CONTEXT, word) for word in messages.WORDS]
    path = folder / "qa_reasons.py"
    path.write_text(
        "".join(
            f"QCoreApplication.translate({json.dumps(c)}, {json.dumps(t, ensure_ascii=False)})\n"
            for c, t in calls
        ),
        encoding="utf-8",
    )
    return path


def build() -> list[Path]:
    """Compile every .ts; return the .qm files written."""
    lrelease = qt_tool("lrelease")
    written: list[Path] = []
    for ts in ts_files():
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def messages(ts: Path, *, finished_only: bool = False) -> set[tuple[str, str]]:
    """(context, source) of the messages in a .ts file (vanished/obsolete left out)."""
    found: set[tuple[str, str]] = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            text = translation.text if translation is not None else ""
            if finished_only and (kind == "unfinished" or not (text or "").strip()):
                continue
            found.add((name, message.findtext("source") or ""))
    return found


def extract(files: Iterable[Path]) -> set[tuple[str, str]]:
    """(context, source) of every translatable string in these Python files."""
    lupdate = qt_tool("lupdate")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "extract.ts"
        subprocess.run(
            [lupdate, *map(str, files), "-ts", str(out), "-locations", "none"],
            check=True,
            capture_output=True,
        )
        return messages(out)


def untranslated(files: Iterable[Path], ts: Path) -> list[tuple[str, str]]:
    """Strings in ``files`` that ``ts`` has no finished translation for."""
    return sorted(extract(files) - messages(ts, finished_only=True))


def core_untranslated(ts: Path) -> list[tuple[str, str]]:
    """The checks' reasons, the core's messages and their words that ``ts`` has no finished
    translation for."""
    with tempfile.TemporaryDirectory() as tmp:
        return untranslated([core_strings(Path(tmp))], ts)


def update() -> None:
    lupdate = qt_tool("lupdate")
    with tempfile.TemporaryDirectory() as tmp:
        files = [*source_files(), core_strings(Path(tmp))]
        for ts in ts_files():
            subprocess.run(
                [lupdate, *map(str, files), "-ts", str(ts), "-locations", "none"], check=True
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="list untranslated strings")
    group.add_argument("--update", action="store_true", help="merge new strings into the .ts")
    args = parser.parse_args(argv)
    if args.check:
        missing = 0
        for ts in ts_files():
            for context, source in untranslated(source_files(), ts) + core_untranslated(ts):
                print(f"{ts.name}: {context}: {source!r}")
                missing += 1
        print(f"{missing} untranslated string(s)")
        return 1 if missing else 0
    if args.update:
        update()
    for qm in build():
        print(f"{qm.relative_to(REPO)}: {qm.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
