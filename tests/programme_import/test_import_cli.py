"""``floorapp import``: stdout, -o, stdin, and clear failures."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from floorapp.cli import main
from floorapp.core.programme.file import load_programme, parse_programme

NOTE = ("Interactive dialogue on water, Tuesday, 3 April 2012, Conference Room 2, New York\n"
        "10am – 11 am Opening Remarks\n11.45 Visit\n12:00 - 1:00 Panel I\n")


def test_stdout_and_doubts_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "note.txt"
    src.write_text(NOTE, encoding="utf-8")
    assert main(["import", str(src)]) == 0
    out, err = capsys.readouterr()
    programme = parse_programme(out, "<stdout>")
    assert [s.title for s in programme.segments] == ["Opening Remarks", "Panel I"]
    assert f"{src}:3: not in the programme" in err and "11.45 Visit" in err
    assert "afternoon" in err  # "12:00 - 1:00" read as 12:00-13:00, said so


def test_output_file_and_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NOTE.encode("utf-8"))))
    out = tmp_path / "p.toml"
    assert main(["import", "-", "-o", str(out), "-q"]) == 0
    assert capsys.readouterr().err == ""
    assert load_programme(out).venue.startswith("Conference Room 2")
    assert out.read_text("utf-8").startswith("# Proposed by `floorapp import` from <stdin>")


def test_refused_and_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(tmp_path / "none.txt")]) == 2
    assert "cannot read" in capsys.readouterr().err
    bad = tmp_path / "bad.txt"
    bad.write_text("Programme \ufffd\ufffd 10:00 \ufffd 11:00 S\ufffdance\n" * 4, encoding="utf-8")
    assert main(["import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "broken encoding" in err and "Traceback" not in err


def test_unwritable_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "note.txt"
    src.write_text(NOTE, encoding="utf-8")
    assert main(["import", str(src), "-o", str(tmp_path / "no-such-dir" / "p.toml")]) == 2
    assert "cannot write" in capsys.readouterr().err
