"""The sound check: every enabled cue once, in order, named; a clear word when there is no sound."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from floorapp.cues import check
from floorapp.cues.check import SoundCheck
from floorapp.cues.player import CuePlayer

ROOT = Path(__file__).resolve().parents[2]


def test_sound_check_plays_enabled_cues_in_order(
    sound_system: Any, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(check, "sound_seconds", lambda _path: 0.01)
    player = CuePlayer(loader=sound_system.loader(), cache_dir=tmp_path, muted=True,
                       enabled={"overrun": False})
    sound_check = SoundCheck(player, gap=0.01)
    heard: list[tuple[str, str]] = []
    sound_check.playing.connect(lambda name, file: heard.append((name, file)))
    with qtbot.waitSignal(sound_check.finished, timeout=5000) as done:
        assert sound_check.start()
        assert sound_check.running
    assert done.args == [3]
    assert heard == [("warning", "warning.wav"), ("time_up", "time_up.wav"),
                     ("point_of_order", "point_of_order.wav")]
    assert not sound_check.running


def test_sound_check_without_sound_does_not_start(sound_system: Any, tmp_path: Path) -> None:
    sound_system.devices = []
    player = CuePlayer(loader=sound_system.loader(), cache_dir=tmp_path)
    assert not SoundCheck(player).start()


def run_check(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run ``floorapp cues check`` with ``args`` in a fresh process."""
    code = "import sys; from floorapp.cues.check import cues_check_main; " \
           "sys.exit(cues_check_main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=60, env=env, cwd=ROOT, stdin=subprocess.DEVNULL, check=False)


def no_sound_env(tmp_path: Path) -> dict[str, str]:
    """An environment whose PulseAudio server does not exist: no audio output at all."""
    env = dict(os.environ)
    env.update(PULSE_SERVER=f"unix:{tmp_path}/no-such-pulse", XDG_RUNTIME_DIR=str(tmp_path),
               QT_QPA_PLATFORM="offscreen", PIPEWIRE_REMOTE=f"{tmp_path}/no-such-pipewire")
    env.pop("DISPLAY", None)
    return env


def test_cues_check_says_clearly_when_there_is_no_output(tmp_path: Path) -> None:
    done = run_check("--settings", str(tmp_path / "s.ini"), env=no_sound_env(tmp_path))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "floorapp: No audio output was found: cues are visual only." in done.stderr
    assert "Traceback" not in done.stderr


def test_cues_check_lists_outputs_and_checks_its_arguments(tmp_path: Path) -> None:
    env = no_sound_env(tmp_path)
    listed = run_check("--list-outputs", "--settings", str(tmp_path / "s.ini"), env=env)
    assert listed.returncode == 0 and "No audio output was found." in listed.stdout
    bad = run_check("--gap", "-1", env=env)
    assert bad.returncode == 2 and "--gap" in bad.stderr
