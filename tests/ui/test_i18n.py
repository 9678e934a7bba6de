"""English and Korean interface: the catalogue loads, switches labels, and is complete."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from ui import i18n
from ui.dialogs.shortcuts import plain_text
from ui.i18n import available_languages, install_translator
from ui.start_screen import StartScreen

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "i18n" / "reviewer_ko.ts"
QM = TS.with_suffix(".qm")
sys.path.insert(0, str(REPO / "bench"))
import build_translations  # noqa: E402

# The modules this catalogue must cover completely (others are checked by the lead's run).
OWN_SOURCES = [
    REPO / "ui" / "start_screen.py",
    *sorted((REPO / "ui" / "dialogs").glob("*.py")),
]


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[str]:
    used = install_translator(qapp, "ko")
    yield used
    install_translator(qapp, "en")


def test_available_languages() -> None:
    assert available_languages() == [("en", "English"), ("ko", "한국어")]


def test_korean_translator_translates_and_english_restores(qapp: QApplication) -> None:
    assert install_translator(qapp, "ko") == "ko"
    assert i18n.current_language() == "ko"
    assert QCoreApplication.translate("StartScreen", "&Recent projects") == "최근 프로젝트(&R)"
    assert QCoreApplication.translate("Actions", "Approve") == "승인"
    assert install_translator(qapp, "en") == "en"
    assert QCoreApplication.translate("StartScreen", "&Recent projects") == "&Recent projects"


def test_unknown_or_system_language_falls_back(qapp: QApplication) -> None:
    try:
        assert install_translator(qapp, "fr") == "en"
        assert install_translator(qapp, None) in {"en", "ko"}
    finally:
        install_translator(qapp, "en")


def test_qt_standard_buttons_follow(korean: str, qtbot: QtBot) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "취소"


def test_open_start_screen_switches_language_live(qapp: QApplication, qtbot: QtBot) -> None:
    screen = StartScreen()
    qtbot.addWidget(screen)
    assert screen.new_button.text() == "&New project…"
    try:
        install_translator(qapp, "ko")
        qtbot.waitUntil(lambda: screen.new_button.text() == "새 프로젝트(&N)…", timeout=2000)
        assert screen.recent_label.text() == "최근 프로젝트(&R)"
    finally:
        install_translator(qapp, "en")
    qtbot.waitUntil(lambda: screen.new_button.text() == "&New project…", timeout=2000)


def test_every_string_of_these_modules_is_translated() -> None:
    assert build_translations.untranslated(OWN_SOURCES, TS) == []


def test_every_string_of_the_whole_ui_is_translated() -> None:
    sources = sorted((REPO / "ui").rglob("*.py"))
    assert build_translations.untranslated(sources, TS) == []


def test_translations_keep_placeholders_and_one_mnemonic() -> None:
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        target = message.findtext("translation") or ""
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", target)), source
        assert source.count("&") == target.count("&"), source
        assert source.count("\n") == target.count("\n"), source


def test_committed_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    lrelease = build_translations.qt_tool("lrelease")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run: python bench/build_translations.py"


def _menu_texts(menu: QMenu) -> list[str]:
    """Every item of a menu and of its submenus, as shown (mnemonics left out)."""
    texts: list[str] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        texts.append(plain_text(action.text()))
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return texts


def _english_words(text: str) -> list[str]:
    """Latin-letter words left in a label; 'QA' and the name of the English language are meant."""
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in ("QA", "English")]


def test_main_window_menus_and_toolbar_are_korean(
    korean: str, qtbot: QtBot, project: Path, messages: list[str]
) -> None:
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.open_project(project)
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        titles = [plain_text(menu.title()) for menu in menus]
        assert titles == ["파일", "편집", "쌍", "문장", "이동", "QA", "도움말"]
        items = [text for menu in menus for text in _menu_texts(menu)]
        assert "실행 취소" in items and "다음 쌍과 병합" in items and "단축키" in items
        assert "용어집 가져오기…" in items and "QA 검사 실행" in items
        assert [t for t in items if _english_words(t)] == []

        toolbar = window.findChild(QToolBar, "reviewToolbar")
        assert toolbar.windowTitle() == "검토"
        labels = [a.iconText() for a in toolbar.actions() if not a.isSeparator()]
        assert labels == [
            "승인", "거부", "병합 ↓", "쌍 분할", "문장 분리", "고정", "플래그…",
            "다음 미검토", "다음 저신뢰", "다음 플래그",
        ]  # fmt: skip
        tips = [a.toolTip() for a in toolbar.actions() if not a.isSeparator()]
        assert tips[0] == "승인 (Ctrl+Return)"
        assert [t for t in tips if _english_words(t.split(" (")[0])] == []
        buttons = window.area.detail.findChildren(QToolButton)
        tools = [b.text() for b in buttons if isinstance(b.defaultAction(), QAction)]
        assert tools == ["플래그…", "문장 분할", "문장 합치기", "문장 분리"]
    finally:
        window.close()


def test_check_reasons_show_in_korean_and_free_notes_as_written(korean: str) -> None:
    from reviewer.qa import reasons
    from ui.core_text import reason_text

    assert (
        reason_text(reasons.NUMBER_MISSING(source="‘9’ (9)")) == "원문의 수 ‘9’ (9): 번역문에 없음"
    )
    near = reasons.NAME_NEAR_MISS(name="Kubler", piece="쿠블", reading="kubeul")
    assert reason_text(reasons.FROM_NEIGHBOURS(reason=near)) == (
        "이름 ‘Kubler’의 표기 ‘쿠블’(kubeul) 불일치: 음절이 틀렸거나 빠졌을 수 있음"
        " (앞뒤 문장에 나온 이름)"
    )
    odd = reasons.LENGTH_ODD(category="omission", share="40%")
    assert reason_text(odd) == "누락 가능성: 번역문 길이가 이 문서의 보통 길이의 40%"
    assert reason_text("the talks part is odd") == "the talks part is odd"


def test_reason_translations_keep_every_field() -> None:
    cores = ("QaReason", "QaWord", "ReviewerMessage", "ReviewerWord")
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") not in cores:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            target = message.findtext("translation") or ""
            assert sorted(re.findall(r"\{\w*\}", source)) == sorted(
                re.findall(r"\{\w*\}", target)
            ), source


def test_every_check_reason_is_translated() -> None:
    assert build_translations.core_untranslated(TS) == []


def test_korean_suspect_reason_in_the_flags_panel_and_detail_pane(korean: str, window: Any) -> None:
    from reviewer.edits.flags import store_suspects
    from reviewer.qa import reasons
    from reviewer.qa.model import Category, Severity, Span, Suspect

    store = window.area.store
    bead = store.bead(9)
    reason = reasons.NUMBER_MISSING(source="‘9’ (9)")
    spans = (Span("src", 0, 3, bead.src_text[:3]),)
    suspect = Suspect(bead.id, "numbers", Category.OMISSION, Severity.MINOR, reason, spans)
    window.apply_changes(store_suspects(store, [suspect]))
    panel = window.area.flags_panel
    panel.table.selectRow(0)
    assert "원문의 수 ‘9’ (9): 번역문에 없음" in panel.details.text()
    window.area.view.go_to_row(8)
    assert window.area.detail.flag_list.text().count("번역문에 없음") == 1


# ------------------------------------------------------------ the core's error messages
def test_opening_a_file_that_is_not_a_project_says_so_in_korean(
    korean: str, qtbot: QtBot, tmp_path: Path, messages: list[str]
) -> None:
    from ui.main_window import MainWindow

    notes = tmp_path / "회의 메모.rvproj"
    notes.write_text("장관들이 서울에서 만났다.\n" * 20, encoding="utf-8")
    missing = tmp_path / "없는 프로젝트.rvproj"
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        assert not window.open_project(notes)
        assert not window.open_project(missing)
    finally:
        window.close()
    assert messages == [
        f"{notes}: 프로젝트 파일이 아닙니다(SQLite 데이터베이스가 아님)",
        f"{missing}: 프로젝트 파일이 없습니다",
    ]


def test_the_same_error_stays_english_in_the_english_interface(
    qtbot: QtBot, tmp_path: Path, messages: list[str]
) -> None:
    from ui.main_window import MainWindow

    notes = tmp_path / "notes.rvproj"
    notes.write_text("not a database\n" * 20, encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        assert not window.open_project(notes)
    finally:
        window.close()
    assert messages == [f"{notes}: is not a project file (not an SQLite database)"]


def test_new_project_dialog_names_an_undecodable_file_in_korean(
    korean: str, qtbot: QtBot, tmp_path: Path
) -> None:
    from ui import projects
    from ui.dialogs.new_project import NewProjectDialog
    from ui.ops import OpRunner

    en = tmp_path / "국방회담.en.txt"
    en.write_text("The ministers met in Seoul.\n", encoding="utf-8")
    broken = tmp_path / "국방회담.ko.txt"
    broken.write_bytes(bytes([0x80, 0xFF, 0x81, 0xFE]) * 40)
    runner = OpRunner()
    dialog = NewProjectDialog(None, runner=runner, reader=projects.read_request)
    qtbot.addWidget(dialog)
    dialog.src_field.set_path(str(en))
    dialog.tgt_field.set_path(str(broken))
    with qtbot.waitSignal(runner.ended, timeout=10_000):
        dialog.ok_button.click()
    assert dialog.message.kind == "error"
    assert dialog.message.text.text() == (
        f"{broken}: 텍스트 인코딩을 알아낼 수 없습니다(UTF-8, UTF-16, 한국어 CP949/EUC-KR이 아님)."
        " 파일을 UTF-8로 저장한 뒤 다시 시도하세요"
    )
    assert dialog.tgt_field.edit.selectedText() == str(broken)  # the field to fix


def test_new_project_dialog_names_files_in_the_wrong_language_in_korean(
    korean: str, qtbot: QtBot, tmp_path: Path
) -> None:
    from ui import projects
    from ui.dialogs.new_project import NewProjectDialog
    from ui.ops import OpRunner

    en = tmp_path / "talks.en.txt"
    en.write_text("The ministers met in Seoul to talk about the drills.\n" * 3, encoding="utf-8")
    ja = tmp_path / "talks.ja.txt"
    ja.write_text("大臣たちはソウルで会い、訓練について話し合った。\n", encoding="utf-8")
    runner = OpRunner()
    dialog = NewProjectDialog(None, runner=runner, reader=projects.read_request)
    qtbot.addWidget(dialog)
    dialog.src_field.set_path(str(en))
    dialog.tgt_field.set_path(str(ja))
    with qtbot.waitSignal(runner.ended, timeout=10_000):
        dialog.ok_button.click()
    assert dialog.message.text.text() == (
        f"{ja}: 한국어가 아니라 일본어입니다. 이 도구는 영어→한국어 번역을 검토합니다({en}, {ja})."
    )


def test_a_refused_edit_says_why_in_korean(korean: str, window: Any, messages: list[str]) -> None:
    last = window.area.model.rowCount() - 1
    window.area.view.go_to_row(last)
    window.qactions["merge_next"].trigger()
    assert messages == ["병합할 다음 쌍이 없습니다"]


def test_read_only_banner_names_the_writer_in_korean(
    korean: str, qtbot: QtBot, project: Path, messages: list[str]
) -> None:
    from reviewer.store import ProjectStore
    from ui.main_window import MainWindow

    with ProjectStore.open(project):  # another writer holds the lock
        window = MainWindow()
        qtbot.addWidget(window)
        try:
            assert window.open_project(project)
            banner = window.area.banner.text()
        finally:
            window.close()
    # The holder: the program's name, then 'the process on the host' in Korean.
    holder = r".+\(.+의 프로세스 \d+\)"
    assert re.fullmatch(
        f"읽기 전용: {re.escape(project.name)} 파일은 {holder}에서 편집 중입니다."
        " 검토는 할 수 있지만 변경 내용은 저장할 수 없습니다.",
        banner,
    ), banner


def test_import_notes_show_in_korean_in_the_status_bar(korean: str, window: Any) -> None:
    from reviewer import messages
    from ui import projects

    note = messages.NOTE_SWAPPED(first="talks.ko.txt", second="talks.en.txt", language="English")
    window._open_built(projects.Built(window.area.store.path, (note,)))
    assert window.statusBar().currentMessage() == (
        "파일이 반대로 지정되어 서로 바꾸었습니다(talks.ko.txt: 한국어, talks.en.txt: 영어)."
    )
