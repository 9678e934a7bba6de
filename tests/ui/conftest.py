"""GUI test fixtures: a real project file per test, isolated settings, stubbed dialogs.

Qt warnings fail the test; message boxes are recorded instead of shown; the
op runner's thread pool is drained at teardown.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QtMsgType
from PySide6.QtWidgets import QMessageBox

from reviewer.align.base import Bead
from reviewer.store import ProjectStore
from tests.core.factory import make_project

# (English sentences, Korean sentences, score, English paragraph, Korean paragraph)
SAMPLE: list[tuple[list[str], list[str], float, int, int]] = [
    (
        ["South Korea and Japan agreed to resume joint maritime search-and-rescue drills."],
        ["한국과 일본은 합동 수색·구조 훈련을 9년 만에 재개하기로 합의했다."],
        0.93,
        0,
        0,
    ),
    (
        [
            "Speaking at the outset of the talks, Ahn said the meeting was an opportunity.",
            "He and Koizumi agreed to resume the long-suspended drills.",
        ],
        ["회의 시작에서 안규백 장관은 이 만남이 기회가 되길 바란다고 말했다."],
        0.61,
        1,
        1,
    ),
    (
        ["The agreement was reached during talks in Yokosuka, south of Tokyo."],
        [
            "합의는 도쿄 남쪽의 요코스카에서 이뤄졌다.",
            "훈련 재개는 인도적 목적에서 시행될 예정이다.",
        ],
        0.42,
        2,
        2,
    ),
    ([], ["금요일 양국 장관이 요코스카에서 의장대를 시찰했다."], 0.18, 2, 2),
    (
        ["They noted the visit of Korea's aerobatic team, the Black Eagles."],
        ["블랙 이글스와 일본의 블루 임펄스 에어로빅 팀의 첫 교류를 언급했다."],
        0.55,
        3,
        3,
    ),
    (
        ["The talks took place amid an unstable regional security situation."],
        ["회담은 지역 안보 상황의 불안정성이 커지는 배경에서 진행됐다."],
        0.88,
        4,
        4,
    ),
    (["Both sides recognized the importance of defense exchanges."], [], 0.12, 5, 5),
    (
        ["They agreed to institutionalize regular communication channels."],
        ["정기적 소통 채널을 제도화하기로 합의했다."],
        0.81,
        5,
        5,
    ),
    (
        ["Ahn thanked Japan for its assistance after an emergency landing."],
        ["안규백은 비상착륙에 대한 일본의 지원에 감사를 표했다."],
        0.77,
        6,
        6,
    ),
    (
        ["He invited Koizumi to visit Korea."],
        ["고이즈미에게 한국 방문을 초청했다."],
        0.95,
        6,
        6,
    ),
]


def make_sample_project(path: Path, sample: Sequence[Any] = SAMPLE) -> Path:
    """Write a project straight into the store (no segmenter or aligner needed)."""
    make_project(
        path,
        [(src, tgt) for src, tgt, *_ in sample],
        scores=[score for _, _, score, _, _ in sample],
        paragraphs=[(p_src, p_tgt) for *_, p_src, p_tgt in sample],
    ).close()
    return path


def snapshot(store: ProjectStore) -> dict[str, list[tuple[Any, ...]]]:
    """Every journaled row, for exact before/after comparisons."""
    return {
        table: store.conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
        for table in ("beads", "segments", "flags", "flag_spans", "glossary", "glossary_terms")
    }


class FakeAligner:
    """Pairs sentences 1:1 in order; leftovers get no counterpart."""

    name = "fake"

    def align(self, data: Any, progress: Any = None, cancel: Any = None) -> list[Bead]:
        n, m = len(data.src), len(data.tgt)
        beads = [Bead((i,), (i,), 0.5) for i in range(min(n, m))]
        beads += [Bead((i,), (), 0.3) for i in range(min(n, m), n)]
        beads += [Bead((), (j,), 0.3) for j in range(min(n, m), m)]
        return beads


# ----------------------------------------------------------------- fixtures
# Said by the offscreen platform plugin itself, not by our code.
PLATFORM_NOISE = ("does not support propagateSizeHints",)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "settings"
    folder.mkdir()
    QCoreApplication.setOrganizationName("translation-reviewer-tests")
    QCoreApplication.setApplicationName("reviewer-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def fail_on_qt_warnings(qtlog: Any) -> Iterator[None]:
    yield
    serious = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
    bad = [
        r.message
        for r in qtlog.records
        if r.type in serious and not any(n in r.message for n in PLATFORM_NOISE)
    ]
    assert not bad, f"Qt warnings: {bad}"


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are recorded, never shown."""
    shown: list[str] = []

    def record(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_sample_project(tmp_path / "sample.rvproj")


def fake_aligner(store: Any, progress: Any, cancel: Any) -> tuple[FakeAligner, None]:
    return FakeAligner(), None


@pytest.fixture
def window(
    qtbot: Any, project: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    from ui.editing import EditController
    from ui.main_window import MainWindow

    monkeypatch.setattr(EditController, "aligner_factory", staticmethod(fake_aligner))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_project(project)
    qtbot.waitExposed(win)
    yield win
    win.runner.wait()
    if win.isVisible() or win.area is not None:
        win.close()


# ----------------------------------------------------------------- helpers
def go(win: Any, row: int) -> None:
    win.area.view.go_to_row(row)


def trigger(win: Any, name: str) -> None:
    action = win.qactions[name]
    assert action.isEnabled(), f"{name} is disabled"
    action.trigger()


def bead_at(win: Any, row: int) -> Any:
    return win.area.store.bead(win.area.model.bead_id(row))


def kinds(win: Any) -> list[str]:
    """The grid's pair kinds, row by row, as the model shows them."""
    model = win.area.model
    return [model.grid_row(r).bead.kind for r in range(model.rowCount())]


def assert_undo_redo(win: Any, before: dict[str, Any]) -> None:
    """Undo restores the file exactly; redo brings the edit back exactly."""
    store = win.area.store
    after = snapshot(store)
    assert after != before
    trigger(win, "undo")
    assert snapshot(store) == before
    assert_views_match(win)
    trigger(win, "redo")
    assert snapshot(store) == after
    assert_views_match(win)


def assert_views_match(win: Any) -> None:
    """The patched index and grid agree with a fresh read of the file."""
    from ui.doc_index import DocIndex

    area = win.area
    fresh = DocIndex(area.store)
    doc = area.doc
    assert (doc.ids, doc.ords, doc.status, doc.score, doc.n_src, doc.n_tgt) == (
        fresh.ids,
        fresh.ords,
        fresh.status,
        fresh.score,
        fresh.n_src,
        fresh.n_tgt,
    )
    assert doc.flags == fresh.flags
    model = area.model
    assert model.bead_ids() == fresh.filtered_ids(model.spec) or model.by_confidence
    for row in range(model.rowCount()):
        assert model.grid_row(row).bead == area.store.bead(model.bead_id(row))
