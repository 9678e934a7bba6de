"""Importing documents: encodings, .docx, language checks, bilingual files, hostile input.

Every hostile file is generated in tmp_path at test time; none is committed.
"""

from __future__ import annotations

import hashlib
import io
import os
import time
import zipfile
from pathlib import Path

import docx
import pytest

from reviewer.errors import InputFileError
from reviewer.importing import (
    document_from_text,
    documents,
    docx_reader,
    read_bilingual,
    read_document,
    read_pair,
    split_bilingual,
)
from reviewer.importing.language import detect_language, hangul_share

EN = (
    "South Korea and Japan agreed to resume joint maritime search-and-rescue drills for the "
    "first time in nine years. The agreement was reached during talks in Yokosuka."
)
KO = (
    "한국과 일본은 합동 수색·구조 훈련을 9년 만에 처음으로 재개하기로 합의했다. "
    "합의는 도쿄 남쪽의 요코스카에서 가진 회담 중에 이뤄졌다."
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def make_docx(tmp_path: Path, name: str, paragraphs: list[str], table: bool = False) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        cell = document.add_table(rows=1, cols=1).cell(0, 0)
        cell.text = "표 안의 문장이다."
    path = tmp_path / name
    document.save(str(path))
    return path


def replace_member(path: Path, member: str, data: bytes) -> None:
    """Rewrite one part of a zip (a .docx) in place."""
    with zipfile.ZipFile(path) as src:
        items = [(info, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, content in items:
            out.writestr(info, data if info.filename == member else content)


def error_for(path: Path | str) -> str:
    with pytest.raises(InputFileError) as caught:
        read_document(path)
    message = str(caught.value)
    assert str(path) in message  # every message names the file
    assert "\n" not in message
    return message


# --- encodings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (KO.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + KO.encode("utf-8"), "utf-8-sig"),
        (KO.encode("utf-16"), "utf-16"),  # with BOM, native order
        (b"\xff\xfe" + KO.encode("utf-16-le"), "utf-16"),
        (b"\xfe\xff" + KO.encode("utf-16-be"), "utf-16"),
        (KO.encode("utf-16-le"), "utf-16-le"),  # no BOM: found by its NUL pattern
        (KO.encode("cp949"), "cp949"),
        (KO.encode("euc-kr"), "cp949"),
        ("똠방각하 펲시콜라".encode("cp949"), "cp949"),  # syllables EUC-KR lacks
        ("3G 아이폰".encode("cp949"), "cp949"),  # one short line
    ],
)
def test_encodings(tmp_path, data, encoding):
    doc = read_document(write(tmp_path, "ko.txt", data))
    assert doc.encoding == encoding
    assert doc.text.startswith(KO[:10]) or doc.text in ("똠방각하 펲시콜라", "3G 아이폰")
    assert not doc.text.startswith("\ufeff")
    assert doc.lang == "ko"
    assert doc.sha256 == hashlib.sha256(data).hexdigest()


def test_cp949_article_from_news(tmp_path, news_pairs):
    text = "\n".join(ko for _, ko in news_pairs[:40])
    try:
        data = text.encode("cp949")
    except UnicodeEncodeError:
        data = text.encode("cp949", errors="ignore")
        text = data.decode("cp949")
    doc = read_document(write(tmp_path, "news.txt", data))
    assert (doc.encoding, doc.text) == ("cp949", text)


def test_legacy_english_with_curly_quotes(tmp_path):
    text = "He said “yes” – and left. It cost £5."
    doc = read_document(write(tmp_path, "en.txt", text.encode("cp1252")))
    assert doc.text == text
    assert doc.lang == "en"


def test_newlines_normalised_and_text_kept_exact(tmp_path):
    raw = "First line.\r\nSecond\u200b line.\rThird  line.\n\n  Fourth.  \n"
    doc = read_document(write(tmp_path, "a.md", raw.encode("utf-8")))
    assert doc.text == "First line.\nSecond\u200b line.\nThird  line.\n\n  Fourth.  \n"
    assert doc.paragraphs == ("First line.", "Second\u200b line.", "Third  line.", "Fourth.")


def test_fifty_megabytes(tmp_path):
    line = (EN + "\n").encode("utf-8")
    path = write(tmp_path, "big.txt", line * (50 * 1024 * 1024 // len(line)))
    start = time.perf_counter()
    doc = read_document(path)
    assert time.perf_counter() - start < 8
    assert doc.lang == "en"
    assert len(doc.paragraphs) == 50 * 1024 * 1024 // len(line)


def test_too_big_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "MAX_BYTES", 1000)
    assert "200 MB" in error_for(write(tmp_path, "big.txt", b"a" * 1001))


# --- hostile or wrong paths and files ------------------------------------------------------


def test_missing_file(tmp_path):
    assert "no such file" in error_for(tmp_path / "nope.txt")


def test_directory(tmp_path):
    assert "folder" in error_for(tmp_path)


def test_symlink_loop_and_dangling_link(tmp_path):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    assert "loop" in error_for(tmp_path / "a")
    (tmp_path / "c").symlink_to(tmp_path / "gone.txt")
    assert "does not exist" in error_for(tmp_path / "c")


def test_fifo_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    assert "not a regular file" in error_for(tmp_path / "pipe")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read anything")
def test_permission_denied(tmp_path):
    path = write(tmp_path, "secret.txt", b"text")
    path.chmod(0)
    assert "permission denied" in error_for(path)


def test_permission_denied_message(tmp_path, monkeypatch):
    path = write(tmp_path, "secret.txt", b"text")

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    assert "permission denied" in error_for(path)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (b" \n\t\r\n  ", "only whitespace"),
        ("\u200b\ufeff \u200e\n".encode(), "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"Hello\x00world, this has a NUL byte", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
        (b"Hello \x81\x81\x81 world", "encoding cannot be recognised"),
        ("정상적인 UTF-8 한국어 텍스트".encode() + b"\xff\xfe broken", "damaged"),
    ],
)
def test_bad_text_files(tmp_path, data, expected):
    assert expected in error_for(write(tmp_path, "bad.txt", data))


def test_random_bytes(tmp_path):
    data = hashlib.sha512(b"seed").digest() * 64  # deterministic "random" binary
    error_for(write(tmp_path, "noise.txt", data))


def test_old_doc_format(tmp_path):
    assert ".docx" in error_for(write(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"))


# --- .docx -------------------------------------------------------------------------------


def test_docx(tmp_path):
    path = make_docx(tmp_path, "ko.docx", [KO, "", "  둘째 문단이다.  "], table=True)
    doc = read_document(path)
    assert doc.encoding == "docx"
    assert doc.lang == "ko"
    assert doc.paragraphs == (KO, "둘째 문단이다.", "표 안의 문장이다.")
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_docx_tracked_insertion_and_line_break(tmp_path):
    path = make_docx(tmp_path, "en.docx", ["PLACEHOLDER"])
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode()
    run = "<w:r><w:t>PLACEHOLDER</w:t></w:r>"
    assert run in xml
    new = (
        '<w:r><w:t xml:space="preserve">Kept </w:t></w:r>'
        '<w:ins w:id="1" w:author="A"><w:r><w:t>inserted</w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="A"><w:r><w:delText>deleted</w:delText></w:r></w:del>'
        "<w:r><w:br/><w:t>after a break.</w:t></w:r>"
    )
    replace_member(path, "word/document.xml", xml.replace(run, new).encode())
    assert read_document(path).paragraphs == ("Kept inserted after a break.",)


def test_docx_renamed_to_txt_is_still_read(tmp_path):
    path = make_docx(tmp_path, "en.docx", [EN])
    renamed = write(tmp_path, "en.txt", path.read_bytes())
    assert read_document(renamed).paragraphs == (EN,)


def test_docx_that_is_not_a_zip(tmp_path):
    assert "not a Word .docx" in error_for(write(tmp_path, "fake.docx", EN.encode()))


def test_password_protected_docx(tmp_path):
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)
    assert "password-protected" in error_for(write(tmp_path, "locked.docx", data))


def test_zip_that_is_not_a_docx(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert "not a Word document" in error_for(write(tmp_path, "x.docx", buffer.getvalue()))


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL_ENTITY])
@pytest.mark.parametrize("member", ["word/document.xml", "[Content_Types].xml"])
def test_docx_with_entities_is_refused(tmp_path, xml, member):
    path = make_docx(tmp_path, "evil.docx", [EN])
    replace_member(path, member, xml.encode())
    start = time.perf_counter()
    message = error_for(path)
    assert time.perf_counter() - start < 2
    assert "DOCTYPE" in message
    assert "root:" not in message


def test_docx_with_broken_xml(tmp_path):
    path = make_docx(tmp_path, "broken.docx", [EN])
    replace_member(path, "word/document.xml", b"<w:document><w:body>")
    assert "damaged" in error_for(path)


def test_docx_zip_bomb_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED", 10_000)
    path = make_docx(tmp_path, "bomb.docx", [EN])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/zeros.bin", bytes(20_000))
    assert "zip bomb" in error_for(path)


def test_docx_with_only_empty_paragraphs(tmp_path):
    assert "no text" in error_for(make_docx(tmp_path, "empty.docx", ["", "  "]))


# --- languages and pairs -------------------------------------------------------------------


def test_language_detection():
    assert detect_language(EN) == "en"
    assert detect_language(KO) == "ko"
    assert detect_language("ASCI White로 알려진 이 수퍼컴퓨터는 IBM社가 고안했다.") == "ko"
    assert detect_language("日本語のテキストです。東京で会談した。") == "ja"
    assert detect_language("中文文本，这是一个测试。两国同意恢复演习。") == "zh"
    assert detect_language("Seoul") == "en"  # too short for langdetect ("fi")
    long_french = "Le ministre a déclaré que la réunion devait être une occasion de regarder "
    assert detect_language(long_french * 3) == "fr"
    assert detect_language("12345 --- 678") == "und"
    assert hangul_share("abc 가나다") == 0.5


def test_pair(tmp_path):
    result = read_pair(
        write(tmp_path, "en.txt", EN.encode()), write(tmp_path, "ko.txt", KO.encode())
    )
    assert (result.src.lang, result.tgt.lang, result.messages) == ("en", "ko", ())


def test_pair_given_the_other_way_round(tmp_path):
    en, ko = write(tmp_path, "en.txt", EN.encode()), write(tmp_path, "ko.txt", KO.encode())
    result = read_pair(ko, en)
    assert result.src.path == str(en)
    assert result.tgt.path == str(ko)
    assert len(result.messages) == 1
    assert "other way round" in result.messages[0]
    assert "swapped" in result.messages[0]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (EN, EN, "Both files are English"),
        (KO, KO, "Both files are Korean"),
        (EN, "日本語のテキストです。東京で会談した。", "Japanese, not Korean"),
        (EN, "中文文本，这是一个测试。两国同意恢复演习。", "Chinese, not Korean"),
        (KO, "12345 678", "has no words, not English"),
    ],
)
def test_pair_errors_name_both_files(tmp_path, first, second, expected):
    a, b = write(tmp_path, "a.txt", first.encode()), write(tmp_path, "b.txt", second.encode())
    with pytest.raises(InputFileError) as caught:
        read_pair(a, b)
    assert expected in str(caught.value)
    assert str(a) in str(caught.value)
    assert str(b) in str(caught.value)


# --- bilingual files and pasted text -------------------------------------------------------


def test_seed_splits_into_7_english_and_10_korean_paragraphs(seed_path):
    original = tuple(ln.strip() for ln in seed_path.read_text("utf-8").splitlines() if ln.strip())
    result = read_bilingual(seed_path)
    assert len(result.src.paragraphs) == 7
    assert len(result.tgt.paragraphs) == 10
    assert result.src.paragraphs + result.tgt.paragraphs == original  # nothing lost or doubled
    assert (result.src.lang, result.tgt.lang, result.messages) == ("en", "ko", ())
    assert result.src.path == result.tgt.path == str(seed_path)
    assert result.src.text == "\n".join(result.src.paragraphs)
    assert result.tgt.sha256 == hashlib.sha256(result.tgt.text.encode()).hexdigest()


def test_bilingual_korean_first_and_paragraphs_without_letters(tmp_path):
    text = f"1.\n{KO}\n2024\n둘째 문단.\n* * *\n{EN}\n(3)\nSecond paragraph.\n"
    result = read_bilingual(write(tmp_path, "bi.txt", text.encode()))
    assert result.tgt.paragraphs == ("1.", KO, "2024", "둘째 문단.", "* * *")
    assert result.src.paragraphs == (EN, "(3)", "Second paragraph.")


def test_bilingual_numbering_and_mixed_paragraphs():
    text = (
        f"1.\n{EN}\nThe word chaebol (재벌) names a conglomerate.\n2.\nSecond point.\n"
        f"1.\n{KO}\nBlack Eagles와 Blue Impulse\n2.\n둘째 문단이다.\n"
    )
    result = split_bilingual(document_from_text(text))
    assert result.src.paragraphs == (
        "1.",
        EN,
        "The word chaebol (재벌) names a conglomerate.",
        "2.",
        "Second point.",
    )
    assert result.tgt.paragraphs == (
        "1.",
        KO,
        "Black Eagles와 Blue Impulse",
        "2.",
        "둘째 문단이다.",
    )
    assert result.messages == ()


def test_bilingual_interleaved_paragraphs(tmp_path):
    text = f"{EN}\n{KO}\nSecond paragraph here.\n둘째 문단이다.\n"
    result = split_bilingual(document_from_text(text))
    assert result.src.paragraphs == (EN, "Second paragraph here.")
    assert result.tgt.paragraphs == (KO, "둘째 문단이다.")
    assert any("switches" in m for m in result.messages)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "\nMore English.", "only English"),
        (KO, "only Korean"),
        ("123\n---", "no letters"),
        ("Only 한 word", "only Korean"),
    ],
)
def test_bilingual_with_one_language(tmp_path, text, expected):
    path = write(tmp_path, "one.txt", text.encode())
    with pytest.raises(InputFileError) as caught:
        read_bilingual(path)
    assert expected in str(caught.value)
    assert str(path) in str(caught.value)


def test_bilingual_with_japanese(tmp_path):
    path = write(tmp_path, "ja.txt", f"{EN}\n日本語のテキストです。東京で会談した。".encode())
    with pytest.raises(InputFileError, match="Japanese"):
        read_bilingual(path)


def test_pasted_text():
    doc = document_from_text("\ufeffFirst.\r\nSecond.\r\n")
    assert doc.path is None
    assert doc.text == "First.\nSecond.\n"
    assert doc.paragraphs == ("First.", "Second.")
    assert doc.sha256 == hashlib.sha256("\ufeffFirst.\r\nSecond.\r\n".encode()).hexdigest()
    with pytest.raises(InputFileError, match=r"^pasted text: "):
        document_from_text("   \n ")
