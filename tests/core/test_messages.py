"""The core's messages are built from templates the app can match back and translate.

The English a user (or a script reading the command line's output) sees is
unchanged; what is new is that every message can be found again with its
fields, so the app can show it in Korean.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer import messages
from reviewer.edits import beads as bead_edits
from reviewer.errors import InputFileError, ProjectFileError, ProjectLockedError, ReviewerError
from reviewer.export import export_project
from reviewer.importing import language
from reviewer.importing.documents import (
    Document,
    document_from_text,
    make_document,
    pair_documents,
    read_document,
)
from reviewer.qa.glossary import load_glossary
from reviewer.store import ProjectStore
from reviewer.store.opening import describe_holder
from reviewer.templates import Template, best_match
from tests.core.factory import make_project


def _values(template: Template) -> dict[str, str]:
    return {name: f"값{i} x" for i, name in enumerate(template.fields)}


@pytest.mark.parametrize("template", messages.MESSAGES, ids=lambda t: t.text[:40])
def test_every_message_parses_back_to_its_template_and_values(template: Template) -> None:
    values = _values(template)
    assert messages.parse(template(**values)) == (template, values)


@pytest.mark.parametrize("phrase", messages.PHRASES, ids=lambda t: t.text[:40])
def test_every_phrase_parses_back_to_its_template_and_values(phrase: Template) -> None:
    values = _values(phrase)
    assert best_match(messages.PHRASES, phrase(**values)) == (phrase, values)


def test_templates_are_unique_and_all_handed_to_the_catalogue() -> None:
    texts = [t.text for t in messages.TEMPLATES]
    assert len(texts) == len(set(texts))
    assert {t.context for t in messages.TEMPLATES} == {messages.CONTEXT}
    assert messages.OPENED_FOR_READING in messages.TEMPLATES
    assert messages.READ_ONLY_BECAUSE in messages.TEMPLATES
    # It has no fixed text: matched like the others, it would swallow any message.
    assert messages.READ_ONLY_BECAUSE not in messages.MESSAGES + messages.PHRASES


def test_a_message_the_app_wrote_itself_matches_no_template() -> None:
    assert messages.parse("파일을 읽을 수 없습니다") is None
    assert messages.parse("no such file, or so it seems") is None


def test_words_the_core_puts_into_messages_are_all_translatable() -> None:
    words = set(messages.WORDS)
    assert set(language.NAMES.values()) <= words
    assert describe_holder("not json") in words
    assert {document_from_text("x").name} <= words


def _document(text: str, path: str) -> Document:
    return make_document(text, path, path, "utf-8", "0" * 64)


def _fails(action: object) -> ReviewerError:
    assert callable(action)
    with pytest.raises(ReviewerError) as caught:
        action()
    return caught.value


def test_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "국방회담.ko.txt"
    error = _fails(lambda: read_document(missing))
    assert isinstance(error, InputFileError)
    assert str(error) == f"{missing}: no such file"
    assert error.path == str(missing)
    assert messages.parse(error.message) == (messages.NO_SUCH_FILE, {})


def test_an_undecodable_file(tmp_path: Path) -> None:
    broken = tmp_path / "국방회담.ko.txt"
    broken.write_bytes(bytes([0x80, 0xFF, 0x81, 0xFE]) * 40)
    error = _fails(lambda: read_document(broken))
    assert str(error) == (
        f"{broken}: the text encoding cannot be recognised (it is not UTF-8, UTF-16 or Korean"
        " CP949/EUC-KR); save the file as UTF-8 and try again"
    )
    assert messages.parse(error.message) == (messages.UNKNOWN_ENCODING, {})


def test_a_file_whose_byte_order_mark_lies(tmp_path: Path) -> None:
    lying = tmp_path / "a.txt"
    lying.write_bytes(b"\xef\xbb\xbfgood \xff bad")
    error = _fails(lambda: read_document(lying))
    assert error.message == "the file says it is UTF-8-SIG but byte 5 is not valid UTF-8-SIG"
    assert messages.parse(error.message) == (
        messages.BOM_MISMATCH,
        {"encoding": "UTF-8-SIG", "offset": "5"},
    )


def test_a_file_that_is_not_a_project(tmp_path: Path) -> None:
    text = tmp_path / "notes.rvproj"
    text.write_text("not a database\n" * 20, encoding="utf-8")
    error = _fails(lambda: ProjectStore.open(text))
    assert isinstance(error, ProjectFileError)
    assert str(error) == f"{text}: is not a project file (not an SQLite database)"
    assert messages.parse(error.message) == (messages.NOT_SQLITE, {})


def test_a_locked_project(tmp_path: Path) -> None:
    store = make_project(tmp_path / "p.rvproj")
    try:
        error = _fails(lambda: ProjectStore.open(store.path))
    finally:
        store.close()
    assert isinstance(error, ProjectLockedError)
    found = messages.parse(error.message)
    assert found is not None and found[0] is messages.LOCKED
    assert found[1]["holder"].endswith(")")
    holder = best_match(messages.PHRASES, found[1]["holder"])
    assert holder is not None and holder[0] is messages.HOLDER
    assert error.message == (
        f"is open for editing in {holder[1]['program']} (process {holder[1]['pid']}"
        f" on {holder[1]['host']})"
    )


def test_a_read_only_reason_names_the_file_and_the_error(tmp_path: Path) -> None:
    store = make_project(tmp_path / "p.rvproj")
    try:
        second = ProjectStore.open(store.path, mode="auto")
        try:
            reason = second.read_only_reason
            error = _fails(lambda: bead_edits.set_status(second, second.bead_ids()[:1], "approved"))
        finally:
            second.close()
    finally:
        store.close()
    assert reason.startswith("p.rvproj is open for editing in ")
    assert messages.READ_ONLY_BECAUSE.pattern.fullmatch(reason) is not None
    assert error.message == f"is open read-only ({reason}); changes cannot be saved"
    assert messages.parse(error.message) == (messages.READ_ONLY, {"read_only": reason})


def test_merge_with_no_next_pair(tmp_path: Path) -> None:
    store = make_project(tmp_path / "p.rvproj")
    try:
        last = store.bead_ids()[-1]
        error = _fails(lambda: bead_edits.merge_beads(store, last))
        first = store.bead_ids()[0]
        before = _fails(lambda: bead_edits.merge_beads(store, first, with_next=False))
    finally:
        store.close()
    assert str(error) == "there is no next bead to merge with"
    assert messages.parse(error.message) == (messages.NO_NEXT_TO_MERGE, {})
    assert messages.parse(before.message) == (messages.NO_PREVIOUS_TO_MERGE, {})


def test_files_in_the_wrong_languages_name_them_and_the_language() -> None:
    en = _document("The ministers met in Seoul to talk about drills. " * 3, "a.txt")
    ja = _document("大臣たちはソウルで会い、訓練について話し合った。", "b.txt")
    error = _fails(lambda: pair_documents(en, ja))
    assert str(error) == (
        "b.txt is Japanese, not Korean; this tool reviews English-to-Korean translations"
        " (a.txt and b.txt)."
    )
    assert messages.parse(error.message) == (
        messages.OTHER_SCRIPT,
        {"name": "b.txt", "language": "Japanese", "first": "a.txt", "second": "b.txt"},
    )
    fr = _document("Les ministres se sont rencontrés à Séoul pour parler. " * 3, "c.txt")
    error = _fails(lambda: pair_documents(fr, en))
    found = messages.parse(error.message)
    assert found is not None and found[0] is messages.NEITHER_KOREAN
    looks = best_match(messages.PHRASES, found[1]["src_looks"])
    assert looks == (messages.LOOKS, {"name": "c.txt", "language": "French"})


def test_an_import_note_is_a_message_too() -> None:
    ko = _document("장관들이 서울에서 만나 훈련 재개를 논의했다.", "ko.txt")
    en = _document("The ministers met in Seoul to talk about drills. " * 3, "en.txt")
    [note] = pair_documents(ko, en).messages
    assert note == (
        "The files were given the other way round: ko.txt is Korean, en.txt is English; swapped."
    )
    assert messages.parse(note) == (
        messages.NOTE_SWAPPED,
        {"first": "ko.txt", "second": "en.txt", "language": "English"},
    )


def test_a_glossary_and_an_export_refused(tmp_path: Path) -> None:
    empty = tmp_path / "terms.csv"
    empty.write_text("\n\n", encoding="utf-8")
    error = _fails(lambda: load_glossary(empty))
    assert messages.parse(error.message) == (messages.GLOSSARY_EMPTY, {})
    store = make_project(tmp_path / "p.rvproj")
    try:
        error = _fails(lambda: export_project(store, "tmx", tmp_path))
    finally:
        store.close()
    assert str(error) == f"{tmp_path}: is a folder; choose a file name"
    assert messages.parse(error.message) == (messages.OUTPUT_IS_A_FOLDER, {})


def test_an_unknown_flag_category_keeps_pythons_wording(tmp_path: Path) -> None:
    from reviewer.edits.flags import SpanRef, add_flag

    store = make_project(tmp_path / "p.rvproj")
    try:
        segment = store.bead(store.bead_ids()[1]).src[0]
        span = [SpanRef(segment.id, 0, 5)]
        error = _fails(lambda: add_flag(store, span, "tone", "major"))
        severity = _fails(lambda: add_flag(store, span, "omission", "grave"))
    finally:
        store.close()
    assert error.message == "'tone' is not a valid Category"
    assert messages.parse(error.message) == (messages.INVALID_CATEGORY, {"value": "'tone'"})
    assert severity.message == "'grave' is not a valid Severity"


def test_the_lock_holder_is_described_from_the_lock_file() -> None:
    info = json.dumps({"pid": 12, "host": "desk", "program": "reviewer"})
    assert describe_holder(info) == "reviewer (process 12 on desk)"
