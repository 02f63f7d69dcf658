"""The command line as a newcomer meets it (issue 16): clear words, nothing left behind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from floorapp.cli import main

ROOT = Path(__file__).resolve().parents[1]
PROGRAMME = ROOT / "resources" / "programmes" / "2012-human-trafficking-dialogue.toml"
EXAMPLE = ROOT / "docs" / "examples" / "panel-one.jsonl"


def _script(tmp_path: Path, *lines: dict[str, object]) -> Path:
    path = tmp_path / "s.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                    encoding="utf-8")
    return path


def test_a_script_whose_first_line_fails_creates_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "m.floor"
    script = _script(tmp_path, {"t": 0, "cmd": "next"}, {"t": 1, "cmd": "end"})
    assert main(["script", str(script), "--db", str(db), "--programme", str(PROGRAMME)]) == 1
    err = capsys.readouterr().err
    assert f"{script}:1:" in err and "nothing was applied" in err and "not created" in err
    assert not db.exists()
    assert list(tmp_path.glob("m.floor*")) == []


def test_one_command_is_said_in_the_singular(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "m.floor"
    script = _script(tmp_path, {"t": 0, "cmd": "open_segment", "segment": "panel-1"},
                     {"t": 1, "cmd": "next"})
    assert main(["script", str(script), "--db", str(db), "--programme", str(PROGRAMME)]) == 1
    err = capsys.readouterr().err
    assert "the command before it is recorded" in err and "1 commands" not in err
    assert db.exists()
    one = _script(tmp_path, {"t": 0, "cmd": "request", "who": "Qatar"})
    assert main(["script", str(one), "--db", str(db)]) == 0
    assert "Applied 1 command;" in capsys.readouterr().out


def test_running_the_example_twice_says_to_use_a_new_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "m.floor"
    args = ["script", str(EXAMPLE), "--db", str(db), "--programme", str(PROGRAMME)]
    assert main(args) == 0
    capsys.readouterr()
    assert main(args) == 1
    assert "give a new --db file" in capsys.readouterr().err
    assert db.exists()  # the meeting of the first run is untouched


def test_roster_find_gives_advice_the_command_line_can_follow(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["roster", "find", "Atlantis"]) == 1
    out = capsys.readouterr().out
    assert "Atlantis" in out and "Add them to the meeting" not in out
    assert "spelling" in out


def test_the_log_numbers_rows_uses_the_venues_time_and_lists_announcements(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "m.floor"
    script = _script(
        tmp_path,
        {"t": 0, "cmd": "open_segment", "segment": "panel-1"},
        {"t": 1, "cmd": "request", "who": "Qatar"},
        {"t": 2, "cmd": "next"},
        {"t": 30, "cmd": "note", "text": "Stressed prevention."},
        {"t": 60, "cmd": "announce", "text": "Contribution to the Trust Fund",
         "amount": 100000, "currency": "USD"},
        {"t": 70, "cmd": "announce", "text": "Will host a regional meeting"},
        {"t": 120, "cmd": "end"})
    assert main(["script", str(script), "--db", str(db), "--programme", str(PROGRAMME),
                 "--start", "2012-04-03T11:05:00-04:00"]) == 0
    capsys.readouterr()
    assert main(["log", str(db)]) == 0
    out = capsys.readouterr().out
    header, _rule, row = out.splitlines()[:3]
    assert header.startswith("#") and "(UTC)" not in header
    assert row.startswith("1 ") and "11:05:02" in row  # New York time, not 15:05 UTC
    assert "#1 note: Stressed prevention." in out
    assert "#1 pledge: Contribution to the Trust Fund (100,000 USD)" in out
    assert "#1 announcement: Will host a regional meeting" in out
    assert " i1 " not in out and "America/New_York" in out
