"""The cue settings: declared as plain data, registered, shown and applied by the settings page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from floorapp.cues import files, prefs
from floorapp.cues.catalogue import CUE_NAMES, default_sound
from floorapp.cues.player import CuePlayer
from floorapp.cues.settings_widget import CueSettingsWidget
from floorapp.qt import settings as registry
from floorapp.qt.settings import Settings


@pytest.fixture
def settings(tmp_path: Path, qapp: QApplication) -> Settings:
    """Settings in a temporary file, never the user's."""
    return Settings(tmp_path / "floor.ini")


@pytest.fixture
def player(sound_system: Any, tmp_path: Path) -> CuePlayer:
    """A player on the fake sound system."""
    return CuePlayer(loader=sound_system.loader(), cache_dir=tmp_path / "cache")


def test_every_cue_has_its_settings_and_they_register_once() -> None:
    assert set(prefs.ENABLED) == set(prefs.FILES) == set(CUE_NAMES)
    assert len({s.key for s in prefs.CUE_SETTINGS}) == len(prefs.CUE_SETTINGS) == 11
    for spec in prefs.CUE_SETTINGS:
        assert registry.lookup(spec.key) == spec  # declared once, in the registry
        assert registry.register(spec) is spec  # the same declaration again is accepted
        assert spec.title and spec.description
        assert spec.accepts(spec.default)


def test_a_player_is_made_as_the_settings_say(
    settings: Settings, sound_system: Any, tmp_path: Path
) -> None:
    mine = tmp_path / "mine.wav"
    shutil.copy(default_sound("overrun"), mine)
    settings.set(prefs.VOLUME, 0.25)
    settings.set(prefs.MUTED, True)
    settings.set(prefs.OUTPUT, "HDMI Audio")
    settings.set(prefs.ENABLED["warning"], False)
    settings.set(prefs.FILES["time_up"], str(mine))
    settings.set(prefs.FILES["overrun"], str(tmp_path / "gone.wav"))
    player, problems = prefs.make_player(settings, loader=sound_system.loader())
    assert player.volume == 0.25 and player.muted
    assert player.device.description() == "HDMI Audio"
    assert player.enabled["warning"] is False and player.enabled["time_up"] is True
    assert player.sources["time_up"] == mine
    assert player.sources["overrun"] == default_sound("overrun")
    assert len(problems) == 1 and "gone.wav" in problems[0]


def page(settings: Settings, player: CuePlayer, qtbot: QtBot, choose: str = "") -> Any:
    """The settings page; its file dialog answers ``choose``."""
    widget = CueSettingsWidget(settings, player, choose_file=lambda _parent, _caption: choose)
    qtbot.addWidget(widget)
    return widget


def test_the_page_shows_and_changes_the_settings(
    settings: Settings, player: CuePlayer, qtbot: QtBot
) -> None:
    widget = page(settings, player, qtbot)
    combo = widget.output
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "System default", "HDMI Audio", "Built-in Speakers"]
    assert widget.volume.value() == 80 and widget.volume_label.text() == "80 %"
    combo.setCurrentIndex(1)
    assert settings.get(prefs.OUTPUT) == "hdmi-0"
    assert player.device.description() == "HDMI Audio"
    widget.volume.setValue(30)
    assert settings.get(prefs.VOLUME) == 0.3 and player.volume == 0.3
    widget.muted.setChecked(True)
    assert settings.get(prefs.MUTED) is True and player.muted
    widget.rows["overrun"].enabled.setChecked(False)
    assert settings.get(prefs.ENABLED["overrun"]) is False and not player.enabled["overrun"]
    widget.rows["time_up"].preview.click()
    assert player.effects["time_up"].plays == 1  # preview plays even when muted
    assert widget.rows["warning"].file.text() == "built-in sound"
    assert not widget.rows["warning"].builtin.isEnabled()


def test_a_chosen_file_is_prepared_in_the_background_then_used(
    settings: Settings, player: CuePlayer, qtbot: QtBot, tmp_path: Path
) -> None:
    mine = tmp_path / "bell.wav"
    shutil.copy(default_sound("point_of_order"), mine)
    widget = page(settings, player, qtbot, choose=str(mine))
    with qtbot.waitSignal(widget.converter.converted, timeout=10_000):
        widget.rows["warning"].choose.click()
    assert settings.get(prefs.FILES["warning"]) == str(mine)
    assert player.sources["warning"] == mine
    assert widget.rows["warning"].file.text() == "bell.wav"
    assert "bell.wav" in widget.status.text()
    widget.rows["warning"].builtin.click()
    assert settings.get(prefs.FILES["warning"]) == ""
    assert player.sources["warning"] == default_sound("warning")


def test_an_mp3_without_ffmpeg_keeps_the_sound_and_says_why(
    settings: Settings, player: CuePlayer, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    song = tmp_path / "fanfare.mp3"
    song.write_bytes(b"ID3")
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # the converter process finds no ffmpeg
    widget = page(settings, player, qtbot, choose=str(song))
    with qtbot.waitSignal(widget.converter.failed, timeout=10_000):
        widget.rows["time_up"].choose.click()
    assert "ffmpeg" in widget.status.text() and "fanfare.mp3" in widget.status.text()
    assert settings.get(prefs.FILES["time_up"]) == ""
    assert player.sources["time_up"] == default_sound("time_up")
    assert widget.rows["time_up"].choose.isEnabled()


@pytest.mark.skipif(shutil.which("ffmpeg") is None or shutil.which("ffprobe") is None,
                    reason="ffmpeg is not installed: no MP3 to convert")
def test_an_mp3_is_converted_in_another_process_then_used(
    settings: Settings, player: CuePlayer, qtbot: QtBot, tmp_path: Path
) -> None:
    song = tmp_path / "gong.mp3"
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-i",
                    str(default_sound("time_up")), str(song)], check=True, timeout=60)
    widget = page(settings, player, qtbot, choose=str(song))
    with qtbot.waitSignal(widget.converter.converted, timeout=30_000) as done:
        widget.rows["overrun"].choose.click()
    cue, chosen, playable = done.args
    assert (cue, chosen) == ("overrun", str(song))
    assert Path(playable).parent == tmp_path / "cache" and files.is_plain_wav(Path(playable))
    assert player.sources["overrun"] == Path(playable)
    assert settings.get(prefs.FILES["overrun"]) == str(song)
    assert not widget.converter.busy()


def test_the_sound_check_button_runs_and_stops(
    settings: Settings, player: CuePlayer, qtbot: QtBot
) -> None:
    widget = page(settings, player, qtbot)
    widget.check_button.click()
    assert widget.sound_check.running and widget.check_button.text() == "Stop sound check"
    qtbot.waitUntil(lambda: "Playing: warning (warning.wav)" in widget.status.text())
    widget.check_button.click()
    assert not widget.sound_check.running
    assert widget.check_button.text() == "Sound check"


def test_without_sound_the_page_says_so_and_disables_playing(
    settings: Settings, sound_system: Any, tmp_path: Path, qtbot: QtBot
) -> None:
    sound_system.devices = []
    player = CuePlayer(loader=sound_system.loader(), cache_dir=tmp_path)
    widget = page(settings, player, qtbot)
    assert "No audio output" in widget.status.text()
    assert not widget.check_button.isEnabled()
    assert not widget.rows["warning"].preview.isEnabled()
    sound_system.change([sound_system.device("usb", "USB Speaker")])
    assert widget.check_button.isEnabled() and widget.status.text() == ""
    assert widget.output.itemText(1) == "USB Speaker"
