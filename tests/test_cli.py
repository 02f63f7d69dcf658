"""The ``floorapp`` command as a user types it: exit statuses and messages, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from floorapp.cli import main

ROOT = Path(__file__).resolve().parents[1]
PROGRAMME = ROOT / "resources" / "programmes" / "2012-human-trafficking-dialogue.toml"
EXAMPLE = ROOT / "docs" / "examples" / "panel-one.jsonl"
BAD = ROOT / "tests" / "data" / "programmes"


def _script(tmp_path: Path, *lines: dict[str, object]) -> Path:
    path = tmp_path / "s.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                    encoding="utf-8")
    return path


def test_check_passes_the_bundled_programmes(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in (ROOT / "resources" / "programmes").glob("*.toml"))
    assert len(files) == 3
    assert main(["check", *files]) == 0


def test_check_reports_file_and_line(capsys: pytest.CaptureFixture[str]) -> None:
    bad = BAD / "bad_end_before_start.toml"
    assert main(["check", str(bad)]) != 0
    err = capsys.readouterr()
    text = err.out + err.err
    assert f"{bad}:" in text
    assert "Traceback" not in text


def test_roster_find_ranks_informal_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["roster", "find", "ivory coast"]) == 0
    first = capsys.readouterr().out.strip().splitlines()[0]
    assert "CIV" in first


def test_the_documented_example_runs_and_logs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "m.floor"
    assert main(["script", str(EXAMPLE), "--db", str(db), "--programme", str(PROGRAMME)]) == 0
    assert "5 interventions" in capsys.readouterr().out
    assert main(["log", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Egypt [EGY]" in out and "African Group" in out
    assert "Syrian Arab Republic [SYR]" in out and "point_of_order" in out
    assert main(["log", str(db), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "floorapp.log/1"
    speakers = [e["speaker"]["id"] for e in doc["interventions"]]
    assert speakers == ["EGY", "PHL", "SYR", "GBR", "BRA"]
    assert doc["interventions"][0]["on_behalf_of"] == "African Group"


def test_a_bad_line_applies_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "m.floor"
    script = _script(tmp_path, {"t": 0, "cmd": "open_segment", "segment": "panel-1"},
                     {"t": 1, "cmd": "request", "who": "UK"},
                     {"t": 2, "cmd": "extend"})
    assert main(["script", str(script), "--db", str(db), "--programme", str(PROGRAMME)]) == 1
    err = capsys.readouterr().err
    assert f"{script}:3:" in err and "seconds" in err
    assert not db.exists()


def test_a_refused_command_stops_and_keeps_what_came_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "m.floor"
    script = _script(tmp_path, {"t": 0, "cmd": "open_segment", "segment": "panel-1"},
                     {"t": 1, "cmd": "request", "who": "Бразилия"},
                     {"t": 2, "cmd": "request", "who": "Atlantis"})
    assert main(["script", str(script), "--db", str(db), "--programme", str(PROGRAMME)]) == 1
    err = capsys.readouterr().err
    assert f"{script}:3:" in err and "Atlantis" in err
    assert "Traceback" not in err
    script2 = _script(tmp_path, {"t": 0, "cmd": "next"}, {"t": 60, "cmd": "end"})
    assert main(["script", str(script2), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["log", str(db), "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)["interventions"]
    assert len(entries) == 1
    assert "BRA" in json.dumps(entries[0])


def test_log_of_a_file_that_is_not_a_meeting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    junk = tmp_path / "notes.floor"
    junk.write_bytes(b"just some notes\n")
    assert main(["log", str(junk)]) == 2
    err = capsys.readouterr().err
    assert "not a Floor meeting" in err
    assert junk.read_bytes() == b"just some notes\n"


def test_export_accepts_short_format_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "m.floor"
    assert main(["script", str(EXAMPLE), "--db", str(db), "--programme", str(PROGRAMME)]) == 0
    out = tmp_path / "summary.docx"
    assert main(["export", str(db), "--format", "docx", "--lang", "es", "-o", str(out)]) == 0
    assert out.stat().st_size > 0
    assert main(["export", str(db), "--format", "xls", "-o", str(out)]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_a_script_creates_its_meeting_in_a_file_or_a_database_url(
    db_target: str, capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["script", str(EXAMPLE), "--db", db_target, "--programme", str(PROGRAMME)]
    assert main(args) == 0
    capsys.readouterr()
    assert main(["log", db_target, "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["interventions"]) == 5
    # With --programme again, the meeting that is there now is opened, not replaced:
    # the script's first line (opening the segment again) is refused, the log kept.
    assert main(args) == 1
    assert "already open" in capsys.readouterr().err
    assert main(["log", db_target, "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["interventions"]) == 5


def test_a_meeting_file_as_first_argument_opens_the_console(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import floorapp.gui.app as gui_app

    seen: list[object] = []
    monkeypatch.setattr(gui_app, "gui_main", lambda args: seen.append(args) or 0)
    assert main([str(tmp_path / "meeting.floor"), "--lang", "fr"]) == 0
    assert seen and seen[0].db.endswith("meeting.floor") and seen[0].lang == "fr"
    with pytest.raises(SystemExit):
        main(["chek", "x"])  # a mistyped command is still a usage error
