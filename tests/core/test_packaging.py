"""An installed copy finds its font and translations with no checkout around it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_built_packages_carry_the_resources_and_find_them(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(lib)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert (lib / "reviewer" / "resources" / "fonts" / "NotoSansKR-Regular-subset.woff2").is_file()
    assert (lib / "reviewer" / "resources" / "i18n" / "reviewer_ko.qm").is_file()
    # Run from elsewhere, importing the built copy only: it must use its own resources.
    probe = (
        "from reviewer.resource_files import resources_dir;"
        "from reviewer.qa.report import REPORT_FONT;"
        "print(resources_dir());print(REPORT_FONT.is_file())"
    )
    env = {**os.environ, "PYTHONPATH": str(lib)}
    out = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    assert out == [str(lib / "reviewer" / "resources"), "True"]


def test_a_checkout_uses_its_own_resources_folder() -> None:
    from reviewer.resource_files import resources_dir

    assert resources_dir() == ROOT / "resources"
