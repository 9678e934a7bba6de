"""Ship the top-level ``resources/`` (font, UI translations) inside the wheel.

The repository keeps ``resources/`` beside the packages, where the app finds it
when run from a checkout; an installed copy has no checkout around it, so the
build copies the folder into the wheel as ``reviewer/resources``, where
:mod:`reviewer.resource_files` looks next.  Everything else is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        source = Path(__file__).resolve().parent / "resources"
        target = Path(self.build_lib) / "reviewer" / "resources"
        shutil.copytree(source, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.ts"))


setup(cmdclass={"build_py": BuildWithResources})
