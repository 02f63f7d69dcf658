"""``floorapp export``: every format from a meeting database; bad input gives a message."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QApplication

from floorapp.cli.export import export_main
from floorapp.core.categories import RequestKind
from floorapp.core.clock import FakeClock
from floorapp.service import FloorService
from tests.helpers.factories import small_programme


@pytest.fixture
def db(tmp_path: Path, clock: FakeClock) -> Path:
    """A meeting database on disk with three turns in Panel I."""
    path = tmp_path / "meeting.floor"
    svc = FloorService.create(path, small_programme(), clock)
    svc.open_segment("panel-1")
    svc.request("QAT")
    svc.request("EGY", RequestKind.GROUP, on_behalf_of="African Group")
    svc.next()
    clock.advance(150)
    svc.add_note("=HYPERLINK(\"x\")", ["political-will"])
    svc.next()
    clock.advance(200)
    svc.end()
    svc.close()
    return path


@pytest.mark.parametrize(("fmt", "name"), [("json", "log.json"), ("csv", "log.csv"),
                                           ("md", "log.md"), ("summary-docx", "s.docx"),
                                           ("record-docx", "r.docx"), ("record", "r2.docx")])
def test_exports_without_qt(db: Path, tmp_path: Path, fmt: str, name: str,
                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / name
    assert export_main([str(db), "--format", fmt, "--lang", "ru", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert out.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    if fmt == "json":
        assert len(json.loads(out.read_text("utf-8"))["interventions"]) == 2
    if fmt == "csv":
        assert "'=HYPERLINK" in out.read_text("utf-8-sig")
    if fmt == "summary-docx":
        assert docx.Document(str(out)).paragraphs[0].text == "Резюме Председателя"
    if fmt.startswith("record"):
        assert docx.Document(str(out)).paragraphs[0].text == \
            "Запись заседания (с указанием ораторов)"


@pytest.mark.parametrize("fmt", ["summary-pdf", "record-pdf", "speakers-pdf"])
def test_pdf_exports(db: Path, tmp_path: Path, fmt: str, qapp: QApplication) -> None:
    out = tmp_path / "out.pdf"
    args = [str(db), "--format", fmt, "--lang", "ar", "-o", str(out), "--segment", "panel-1"]
    assert export_main(args) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_the_database_is_left_as_it_was(db: Path, tmp_path: Path) -> None:
    before = db.read_bytes()
    export_main([str(db), "-f", "json", "-o", str(tmp_path / "a.json")])
    assert FloorService.open(db).state.last_seq > 0
    assert len(db.read_bytes()) == len(before)


@pytest.mark.parametrize(("args", "message"), [
    (["missing.floor", "-f", "json", "-o", "x.json"], "There is no meeting database"),
    (["{db}", "-f", "xls", "-o", "x.xls"], "invalid choice: 'xls'"),
    (["{db}", "-f", "json", "--lang", "de", "-o", "x.json"], "invalid choice: 'de'"),
    (["{db}", "-f", "json", "-o", "{tmp}/no/such/folder/x.json"], "does not exist"),
    (["{db}", "-f", "json", "-o", "{tmp}"], "is a folder"),
    (["{db}", "-f", "speakers-pdf", "-o", "{tmp}/l.pdf", "--segment", "nope"],
     "no segment 'nope' (segments: opening, panel-1, panel-2)"),
    (["{tmp}/not-a-meeting.txt", "-f", "json", "-o", "{tmp}/x.json"], "not a Floor meeting"),
    (["{db}", "-o", "x.json"], "the following arguments are required: --format"),
])
def test_bad_input_gives_a_message_and_no_traceback(
        db: Path, tmp_path: Path, args: list[str], message: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "not-a-meeting.txt").write_text("hello")
    argv = [a.format(db=db, tmp=tmp_path) for a in args]
    assert export_main(argv) != 0
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_unwritable_output(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        code = export_main([str(db), "-f", "json", "-o", str(folder / "x.json")])
    finally:
        folder.chmod(0o700)
    import os

    if os.geteuid() == 0:  # root writes anywhere: the export simply succeeds
        assert code == 0
    else:
        assert code == 2 and "Cannot write" in capsys.readouterr().err


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert export_main(["--help"]) == 0
    assert "summary-docx" in capsys.readouterr().out
