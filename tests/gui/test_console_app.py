"""Settings declared once and kept in QSettings; opening meetings without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from floorapp.core.clock import FakeClock
from floorapp.core.ordering import OrderingPolicy
from floorapp.gui import app as gui_app
from floorapp.gui.app import MeetingTarget, OpenFailure, open_meeting, open_meeting_interactive
from floorapp.qt import settings as S
from floorapp.qt.settings import Setting, Settings, register
from floorapp.service import FloorService
from tests.helpers.factories import small_programme

# -- settings ------------------------------------------------------------------------------


def test_defaults_and_round_trip(tmp_path: Path, qapp: object) -> None:
    ini = tmp_path / "floor.ini"
    s = Settings(ini)
    assert s.get(S.LANGUAGE) == "en"
    assert s.get(S.FONT_SCALE) == 1.0
    assert s.get(S.HIGH_CONTRAST) is False
    assert s.get(S.RECENT_MEETINGS) == []
    assert s.get(S.LIMITS["member_state"]) == 180
    s.set(S.LANGUAGE, "ar")
    s.set(S.FONT_SCALE, 1.5)
    s.set(S.HIGH_CONTRAST, True)
    s.set(S.LIMITS["observer"], 90)
    again = Settings(ini)
    assert again.get(S.LANGUAGE) == "ar"
    assert again.get(S.FONT_SCALE) == 1.5
    assert again.get(S.HIGH_CONTRAST) is True
    assert again.limit_overrides() == {"observer": 90}
    assert ini.exists()


def test_values_that_do_not_fit_fall_back_to_the_default(tmp_path: Path, qapp: object) -> None:
    ini = tmp_path / "floor.ini"
    raw = QSettings(str(ini), QSettings.Format.IniFormat)
    raw.setValue(S.LANGUAGE.key, '"klingon"')
    raw.setValue(S.FONT_SCALE.key, "not json")
    raw.setValue(S.WARNING_SECONDS.key, "-5")
    raw.setValue(S.RECENT_MEETINGS.key, "[1, 2]")
    raw.sync()
    s = Settings(ini)
    assert s.get(S.LANGUAGE) == "en"
    assert s.get(S.FONT_SCALE) == 1.0
    assert s.get(S.WARNING_SECONDS) == 30
    assert s.get(S.RECENT_MEETINGS) == []
    with pytest.raises(ValueError):
        s.set(S.LANGUAGE, "de")
    with pytest.raises(ValueError):
        s.set(S.FONT_SCALE, 9.0)


def test_other_modules_register_their_own_settings(tmp_path: Path, qtbot) -> None:
    volume = register(Setting("test/volume", float, 0.8, "Cue volume", "Loudness, 0 to 1.",
                              minimum=0.0, maximum=1.0))
    assert register(volume) is volume  # declaring the same thing twice is harmless
    assert S.lookup("test/volume") is volume
    assert volume in list(S.declared())
    with pytest.raises(ValueError):
        register(Setting("test/volume", float, 0.5, "Other", "Clash."))
    s = Settings(tmp_path / "floor.ini")
    with qtbot.waitSignal(s.changed) as blocker:
        s.set(volume, 0.25)
    assert blocker.args == ["test/volume"]
    assert s.get(volume) == 0.25
    s.reset(volume)
    assert s.get(volume) == 0.8


def test_recent_meetings_and_new_meeting_settings(tmp_path: Path, qapp: object) -> None:
    s = Settings(tmp_path / "floor.ini")
    for i in range(10):
        s.remember_meeting(f"/m/{i}.floor")
    s.remember_meeting("/m/3.floor")
    recent = s.get(S.RECENT_MEETINGS)
    assert recent[0] == "/m/3.floor" and len(recent) == S.RECENT_MAX
    assert recent.count("/m/3.floor") == 1
    s.set(S.ORDERING, "un_practice")
    s.set(S.WARNING_SECONDS, 15)
    ms = s.meeting_settings()
    assert ms.ordering is OrderingPolicy.UN_PRACTICE and ms.warning_seconds == 15


# -- opening meetings --------------------------------------------------------------------------


def test_create_then_open_with_the_users_defaults(tmp_path: Path, qapp: object,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gui_app, "_load_programme", lambda _p: small_programme())
    s = Settings(tmp_path / "floor.ini")
    s.set(S.LIMITS["civil_society"], 90)
    s.set(S.WARNING_SECONDS, 20)
    db = tmp_path / "sub" / "m.floor"
    svc = open_meeting(MeetingTarget(str(db), "whatever.toml"), FakeClock(), s)
    try:
        assert svc.state.programme is not None
        assert svc.state.programme.limits["civil_society"] == 90
        assert svc.state.programme.limits["member_state"] == 180  # the programme's own wins
        assert svc.state.settings.warning_seconds == 20
        svc.open_segment("panel-1")
    finally:
        svc.close()
    again = open_meeting(MeetingTarget(str(db), "whatever.toml"), FakeClock(), s)
    try:
        assert again.state.current_segment == "panel-1"  # opened, not re-created
    finally:
        again.close()


def test_a_missing_database_without_programme(tmp_path: Path, qapp: object) -> None:
    with pytest.raises(OpenFailure) as err:
        open_meeting(MeetingTarget(str(tmp_path / "nope.floor")))
    assert "nope.floor" in err.value.problems[0]


def test_an_unusable_database_is_a_message_and_left_alone(tmp_path: Path, qapp: object,
                                                          monkeypatch) -> None:
    db = tmp_path / "m.floor"
    db.write_bytes(b"this is not a database at all" * 100)
    before = db.read_bytes()
    with pytest.raises(OpenFailure) as err:
        open_meeting(MeetingTarget(str(db)))
    assert err.value.problems and "m.floor" in err.value.problems[0]
    assert db.read_bytes() == before
    shown: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(gui_app, "show_problems",
                        lambda _parent, title, problems: shown.append((title, list(problems))))
    assert open_meeting_interactive(None, MeetingTarget(str(db))) is None
    assert shown and shown[0][1] == err.value.problems


def test_a_bad_programme_file_lists_every_problem(tmp_path: Path, qapp: object,
                                                  monkeypatch) -> None:
    pytest.importorskip("floorapp.core.programme.file")
    bad = tmp_path / "bad.toml"
    bad.write_text('title = "A meeting"\ndate = "not a date"\n[[segments]]\nid = 3\n',
                   encoding="utf-8")
    shown: list[list[str]] = []
    monkeypatch.setattr(gui_app, "show_problems",
                        lambda _parent, _title, problems: shown.append(list(problems)))
    target = MeetingTarget(str(tmp_path / "m.floor"), str(bad))
    assert open_meeting_interactive(None, target) is None
    assert shown and shown[0]
    assert any("bad.toml" in line for line in shown[0])
    assert not (tmp_path / "m.floor").exists()  # nothing half-created


def test_the_default_is_the_bundled_2012_meeting(tmp_path: Path, qapp: object,
                                                  monkeypatch) -> None:
    pytest.importorskip("floorapp.core.programme.file")
    if not gui_app.bundled_programme().exists():
        pytest.skip("the bundled 2012 programme is not in resources/programmes yet")
    db = tmp_path / "data" / "2012-sample.floor"
    monkeypatch.setattr(gui_app, "default_database", lambda: db)
    svc = open_meeting(MeetingTarget(), FakeClock())
    try:
        assert db.exists()
        assert "2012" in svc.programme.date.isoformat()
    finally:
        svc.close()
    again = open_meeting(MeetingTarget(), FakeClock())
    assert isinstance(again, FloorService)
    again.close()


# -- the app ---------------------------------------------------------------------------------


def test_gui_main_with_an_unusable_database_returns_an_error(tmp_path: Path, qapp: object,
                                                             monkeypatch) -> None:
    db = tmp_path / "broken.floor"
    db.write_bytes(b"\x00garbage" * 50)
    shown: list[str] = []
    monkeypatch.setattr(gui_app, "Settings", lambda: Settings(tmp_path / "floor.ini"))
    monkeypatch.setattr(gui_app, "show_problems",
                        lambda _parent, title, _problems, *_a, **_k: shown.append(title))
    assert gui_app.gui_main([str(db)]) == 1  # offered another meeting; the user gave up
    assert shown == ["The meeting database cannot be used"]


def test_gui_main_shows_the_console_and_quits(tmp_path: Path) -> None:
    db = tmp_path / "m.floor"
    FloorService.create(db, small_programme(), FakeClock()).close()
    child = Path(__file__).with_name("gui_main_child.py")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(child), str(tmp_path / "floor.ini"), str(db), "--lang", "fr"],
        cwd=Path(__file__).resolve().parents[2], env=env, capture_output=True, text=True,
        timeout=120, check=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["status"] == 0
    assert len(report["seen"]) == 1  # one console was shown
    assert report["language"] == "fr"
    assert report["recent"][0].endswith("m.floor")
    assert "Traceback" not in done.stderr
