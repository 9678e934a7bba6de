"""Hostile and broken input: one clear line naming the file, non-zero exit, nothing changed.

Every case is generated here at test time (no committed binaries). Each runs the
real ``reviewer`` command in a folder that also holds an existing project and an
existing export; their bytes must be identical afterwards.
"""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.core.factory import make_project

REPO = Path(__file__).resolve().parents[2]
EN = "South Korea and Japan agreed to resume joint drills. The talks took place in Yokosuka.\n"
KO = "한국과 일본은 합동 훈련을 재개하기로 합의했다. 회담은 요코스카에서 열렸다.\n"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


@dataclass
class Case:
    name: str
    make: Callable[[Path], list[str]]  # builds files in the folder, returns CLI args
    expect: str  # text the error line must contain ("{file}" = the offending file)
    file: str = ""  # the file the message must name (relative to the folder)


def run_cli(
    args: list[str], cwd: Path, as_nobody: bool = False
) -> subprocess.CompletedProcess[str]:
    def drop() -> None:
        os.setgid(65534)
        os.setuid(65534)

    return subprocess.run(
        [sys.executable, "-m", "reviewer.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=120,
        preexec_fn=drop if as_nobody else None,
    )


def hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and not p.is_symlink()
        and os.access(p, os.R_OK)
        and not p.name.endswith((".lock", "-shm", "-wal"))
    }


def write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def new_with(
    src: bytes | str, tgt: bytes | str = KO, name: str = "en.txt"
) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        write(folder / name, src)
        write(folder / "ko.txt", tgt)
        return ["new", "out.rvproj", "--src", name, "--tgt", "ko.txt", "--aligner", "gale-church"]

    return make


def bilingual(data: bytes | str) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        write(folder / "both.txt", data)
        return ["new", "out.rvproj", "--bilingual", "both.txt", "--aligner", "gale-church"]

    return make


def docx_bytes(document_xml: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
XXE_DOCX = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    f"<w:document {W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
)
BOMB_DOCX = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "lol">'
    + "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    + f"]><w:document {W}><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>"
)


def project_case(
    make_file: Callable[[Path], None], command: str = "info"
) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        make_file(folder / "bad.rvproj")
        if command == "approve":
            return ["approve", "bad.rvproj", "--all"]
        if command == "export":
            return ["export", "bad.rvproj", "--format", "tmx", "-o", "existing.tmx"]
        return ["info", "bad.rvproj"]

    return make


def foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()


def newer_project(path: Path) -> None:
    make_project(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()


def truncated_project(path: Path) -> None:
    store = make_project(path)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def symlink_loop(folder: Path) -> list[str]:
    (folder / "loop.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop.txt")
    write(folder / "ko.txt", KO)
    return ["new", "out.rvproj", "--src", "loop.txt", "--tgt", "ko.txt"]


def directory_input(folder: Path) -> list[str]:
    (folder / "adir").mkdir()
    write(folder / "ko.txt", KO)
    return ["new", "out.rvproj", "--src", "adir", "--tgt", "ko.txt"]


def mixed_encodings() -> bytes:
    return EN.encode() + KO.encode("utf-8") + "국방부 장관은 말했다.\n".encode("cp949")


CASES = [
    Case("empty", new_with(""), "empty", "en.txt"),
    Case("whitespace only", new_with("  \n\t\n   \n"), "no text", "en.txt"),
    Case("image", new_with(PNG, name="photo.txt"), "", "photo.txt"),
    Case("png extension", new_with(PNG, name="photo.png"), "", "photo.png"),
    Case("nul bytes", new_with(b"Hello\x00world\x00" * 50), "", "en.txt"),
    Case(
        "invalid utf-8",
        new_with(b"\xc3\x28\xa0\xa1\xe2\x28\xa1 \xf0\x28\x8c\xbc" * 20),
        "",
        "en.txt",
    ),
    Case("both korean", new_with(KO, KO), "Korean", "en.txt"),
    Case("both english", new_with(EN, EN), "English", "ko.txt"),
    Case(
        "japanese for korean",
        new_with(EN, "日本と韓国は合同訓練を再開することで合意した。会談は横須賀で行われた。\n"),
        "",
        "ko.txt",
    ),
    Case(
        "chinese for korean",
        new_with(EN, "韩国和日本同意恢复联合搜救演习。会谈在横须贺举行。\n"),
        "",
        "ko.txt",
    ),
    Case(
        "missing path",
        lambda f: ["new", "out.rvproj", "--src", "nothere.txt", "--tgt", "ko.txt"],
        "",
        "nothere.txt",
    ),
    Case("directory", directory_input, "", "adir"),
    Case("symlink loop", symlink_loop, "", "loop.txt"),
    Case(
        "docx not a zip", new_with(b"this is not a zip file at all", name="en.docx"), "", "en.docx"
    ),
    Case(
        "zip not a docx",
        new_with(docx_bytes("")[:0] or b"PK\x05\x06" + b"\x00" * 18, name="en.docx"),
        "",
        "en.docx",
    ),
    Case("docx external entity", new_with(docx_bytes(XXE_DOCX), name="en.docx"), "", "en.docx"),
    Case("docx entity bomb", new_with(docx_bytes(BOMB_DOCX), name="en.docx"), "", "en.docx"),
    Case("bilingual one language", bilingual(EN * 3), "", "both.txt"),
    Case("bilingual empty", bilingual(""), "", "both.txt"),
    Case(
        "project not sqlite",
        project_case(lambda p: write(p, "just text\n" * 30)),
        "not a project",
        "bad.rvproj",
    ),
    Case("project zero bytes", project_case(lambda p: write(p, b"")), "empty", "bad.rvproj"),
    Case("project foreign schema", project_case(foreign_sqlite), "not a project", "bad.rvproj"),
    Case("project newer version", project_case(newer_project), "newer version", "bad.rvproj"),
    Case("project truncated", project_case(truncated_project), "damaged", "bad.rvproj"),
    Case(
        "approve on foreign sqlite",
        project_case(foreign_sqlite, "approve"),
        "not a project",
        "bad.rvproj",
    ),
    Case(
        "export from truncated", project_case(truncated_project, "export"), "damaged", "bad.rvproj"
    ),
    Case(
        "project is a folder",
        lambda f: ((f / "dir.rvproj").mkdir(), ["info", "dir.rvproj"])[1],
        "folder",
        "dir.rvproj",
    ),
    Case(
        "project already exists",
        lambda f: ["new", "existing.rvproj", "--src", "en.txt", "--tgt", "ko.txt"],
        "already exists",
        "existing.rvproj",
    ),
    Case(
        "project folder missing",
        lambda f: ["new", "no/such/dir/p.rvproj", "--src", "en.txt", "--tgt", "ko.txt"],
        "folder",
        "no/such/dir/p.rvproj",
    ),
    Case(
        "export to a folder",
        lambda f: (
            (f / "outdir").mkdir(),
            ["export", "existing.rvproj", "--format", "tsv", "-o", "outdir"],
        )[1],
        "folder",
        "outdir",
    ),
    Case(
        "export folder missing",
        lambda f: ["export", "existing.rvproj", "--format", "tsv", "-o", "nodir/o.tsv"],
        "folder",
        "nodir/o.tsv",
    ),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    make_project(tmp_path / "existing.rvproj").close()
    write(tmp_path / "existing.tmx", "<tmx/>\n")
    write(tmp_path / "en.txt", EN)
    write(tmp_path / "ko.txt", KO)
    return tmp_path


def check_refused(
    folder: Path, args: list[str], expect: str, file: str, as_nobody: bool = False
) -> None:
    before = hashes(folder)
    result = run_cli(args, folder, as_nobody)
    lines = result.stderr.strip().splitlines()
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    assert len(lines) == 1, result.stderr
    assert file in lines[0], lines[0]
    assert expect.lower() in lines[0].lower(), lines[0]
    after = hashes(folder)
    assert {k: v for k, v in after.items() if k in before} == before
    assert not (folder / "out.rvproj").exists()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input_is_refused_cleanly(folder: Path, case: Case) -> None:
    args = case.make(folder)
    check_refused(folder, args, case.expect, case.file)


def test_unreadable_file(folder: Path) -> None:
    if os.geteuid() == 0:
        try:
            run_cli(["--help"], folder, as_nobody=True)
        except PermissionError:
            pytest.skip("root here cannot give up its permission override; runs as a normal user")
    secret = write(folder / "secret.txt", EN)
    secret.chmod(0o000)
    folder.chmod(0o777)
    try:
        check_refused(
            folder,
            ["new", "out.rvproj", "--src", "secret.txt", "--tgt", "ko.txt"],
            "",
            "secret.txt",
            as_nobody=os.geteuid() == 0,
        )
    finally:
        secret.chmod(0o644)
        folder.chmod(0o755)


def test_read_only_project_refuses_edits_but_reads(folder: Path) -> None:
    project = folder / "existing.rvproj"
    project.chmod(0o444)
    try:
        check_refused(
            folder, ["approve", "existing.rvproj", "--all"], "read-only", "existing.rvproj"
        )
        assert run_cli(["info", "existing.rvproj"], folder).returncode == 0
    finally:
        project.chmod(0o644)


# Inputs that are odd but legitimate: they must work, with the text intact.
ODD_BUT_FINE = {
    "crlf": (EN.replace("\n", "\r\n"), KO.replace("\n", "\r\n")),
    "lone cr": (EN.replace("\n", "\r") * 2, KO.replace("\n", "\r") * 2),
    "utf-8 bom": ("\ufeff" + EN, "\ufeff" + KO),
    "utf-16 bom": (EN.encode("utf-16"), KO.encode("utf-16")),
    "cp949": (EN, KO.encode("cp949")),
    "zero-width and bidi": (
        EN.replace("Japan", "Ja\u200bpan\u202e"),
        KO.replace("일본", "일\u200d본"),
    ),
    "emoji and astral": (
        EN.replace("drills.", "drills 🎉."),
        KO.replace("합의했다.", "합의했다 𠜎🎉."),
    ),
}


@pytest.mark.parametrize("name", list(ODD_BUT_FINE))
def test_odd_but_valid_input_imports(folder: Path, name: str) -> None:
    en, ko = ODD_BUT_FINE[name]
    write(folder / "odd-en.txt", en)
    write(folder / "odd-ko.txt", ko)
    result = run_cli(
        [
            "new",
            "odd.rvproj",
            "--src",
            "odd-en.txt",
            "--tgt",
            "odd-ko.txt",
            "--aligner",
            "gale-church",
        ],
        folder,
    )
    assert result.returncode == 0, result.stderr
    info = run_cli(["info", "odd.rvproj", "--json"], folder)
    assert info.returncode == 0


def test_one_5mb_line_without_punctuation_stays_one_sentence(tmp_path: Path) -> None:
    from reviewer.importing.documents import read_document
    from reviewer.segment import segment_paragraphs

    words = ("drills talks ministers cooperation exchange " * 120_000)[: 5 * 1024 * 1024].strip()
    path = write(tmp_path / "long.txt", words)
    doc = read_document(path)
    segments = segment_paragraphs(doc.paragraphs, doc.lang)
    assert len(segments) == 1
    assert segments[0].text == words
