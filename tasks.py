#!/usr/bin/env python3
"""Set up and run the project with nothing but Python 3.11 and pip.

    python3 tasks.py run     # create .venv if needed, open the app on the sample
    python3 tasks.py test    # create .venv if needed, lint, type-check, run all tests

A plain script rather than a Makefile: a fresh machine may have no ``make``.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".installed"
SAMPLE = ROOT / "seeds" / "korea-japan-defense-talks.en-ko.txt"


def sh(*args: str | Path, env: dict[str, str] | None = None) -> None:
    result = subprocess.run([str(a) for a in args], cwd=ROOT, env=env)
    if result.returncode != 0:
        sys.exit(result.returncode)


def ensure_venv() -> None:
    """Install the project (with test tools) into .venv; again only when pyproject changes."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not (BIN / "python").exists():
        print("creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    sh(BIN / "python", "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    sh(BIN / "python", "-m", "pip", "install", "--quiet", "-e", ".[test]")
    STAMP.write_text(wanted)


def run() -> None:
    ensure_venv()
    sh(BIN / "reviewer", "gui", "--bilingual", SAMPLE)


def test() -> None:
    ensure_venv()
    sh(BIN / "ruff", "check", "reviewer", "ui", "tests", "bench", "tasks.py")
    sh(BIN / "ruff", "format", "--check", "reviewer", "ui", "tests", "bench", "tasks.py")
    sh(BIN / "mypy")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    sh(BIN / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", *sys.argv[2:], env=env)


if __name__ == "__main__":
    task = sys.argv[1] if len(sys.argv) > 1 else ""
    if task not in ("run", "test"):
        sys.exit(__doc__)
    run() if task == "run" else test()
