"""The player: output choice, volume, mute, per-cue switches, user files, silent mode."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from floorapp.cues import files
from floorapp.cues.catalogue import CUE_NAMES, default_sound
from floorapp.cues.files import CueFileError, prepare_sound
from floorapp.cues.player import CuePlayer

HAVE_FFMPEG = shutil.which("ffmpeg") is not None and shutil.which("ffprobe") is not None


def make_player(sound_system: Any, tmp_path: Path, **kwargs: Any) -> CuePlayer:
    """A player on the fake sound system, caching conversions under ``tmp_path``."""
    return CuePlayer(loader=sound_system.loader(), cache_dir=tmp_path / "cache", **kwargs)


def source_of(player: CuePlayer, name: str) -> Path:
    """The file a cue's sound effect was given."""
    return Path(player.effects[name].source().toLocalFile())


def test_loads_every_cue_ahead_on_the_default_output(sound_system: Any, tmp_path: Path) -> None:
    player = make_player(sound_system, tmp_path, volume=0.5)
    assert player.available and player.reason == ""
    assert player.device.description() == "Built-in Speakers"
    assert set(player.effects) == set(CUE_NAMES)
    for name in CUE_NAMES:
        assert source_of(player, name) == default_sound(name)
        assert player.is_loaded(name)
        assert player.effects[name].volume == 0.5
        assert player.effects[name].loops == 1
    assert [o.description for o in player.outputs()] == ["HDMI Audio", "Built-in Speakers"]
    assert [o.is_default for o in player.outputs()] == [False, True]


@pytest.mark.parametrize("name", ["hdmi-0", "HDMI Audio", "hdmi"])
def test_output_chosen_by_id_description_or_part_of_it(
    sound_system: Any, tmp_path: Path, name: str
) -> None:
    player = make_player(sound_system, tmp_path, output=name)
    assert player.device.description() == "HDMI Audio"
    assert all(e.device.description() == "HDMI Audio" for e in player.effects.values())


def test_an_output_not_found_falls_back_to_the_default_and_says_so(
    sound_system: Any, tmp_path: Path, qtbot: QtBot
) -> None:
    player = make_player(sound_system, tmp_path)
    with qtbot.waitSignal(player.problem) as said:
        player.set_output("USB Headset")
    assert "USB Headset" in said.args[0] and "Built-in Speakers" in said.args[0]
    assert player.available and player.device.description() == "Built-in Speakers"
    player.set_output("hdmi")
    assert player.device.description() == "HDMI Audio" and player.output_note == ""


def test_play_obeys_mute_and_switches_preview_does_not(
    sound_system: Any, tmp_path: Path, qtbot: QtBot
) -> None:
    player = make_player(sound_system, tmp_path, enabled={"overrun": False})
    with qtbot.waitSignal(player.played) as played:
        assert player.play("warning")
    assert played.args == ["warning"]
    assert not player.play("overrun")
    player.set_muted(True)
    assert not player.play("time_up")
    assert player.preview("overrun")
    player.set_muted(False)
    player.set_enabled("overrun", True)
    assert player.play("overrun")
    plays = {n: e.plays for n, e in player.effects.items()}
    assert plays == {"warning": 1, "time_up": 0, "overrun": 2, "point_of_order": 0}
    player.set_volume(1.7)
    assert player.volume == 1.0 and player.effects["warning"].volume == 1.0


def test_muting_stops_a_sounding_cue(sound_system: Any, tmp_path: Path) -> None:
    player = make_player(sound_system, tmp_path)
    player.play("time_up")
    player.set_muted(True)
    assert player.effects["time_up"].stops >= 1


@pytest.mark.parametrize("error", [ImportError("libpulse.so.0: cannot open shared object"),
                                   OSError("libpulse-mainloop-glib.so.0: wrong ELF class")])
def test_without_qt_multimedia_the_player_is_silent_and_says_why(
    tmp_path: Path, qapp: Any, error: Exception
) -> None:
    def broken() -> Any:
        raise error

    player = CuePlayer(loader=broken, cache_dir=tmp_path)
    assert not player.available
    assert "libpulse0" in player.reason and str(error) in player.reason
    assert not player.play("warning") and not player.preview("warning")
    assert player.outputs() == []
    player.set_volume(0.3)
    player.set_muted(True)
    player.set_output("anything")
    player.stop()


def test_without_an_audio_output_the_player_is_silent(
    sound_system: Any, tmp_path: Path, qtbot: QtBot
) -> None:
    sound_system.devices = []
    player = make_player(sound_system, tmp_path)
    assert not player.available and "No audio output" in player.reason
    assert not player.play("time_up")
    with qtbot.waitSignal(player.availability_changed) as changed:
        sound_system.change([sound_system.device("usb", "USB Speaker")])
    assert changed.args == [True, ""]
    assert player.play("time_up")
    with qtbot.waitSignal(player.availability_changed) as changed:
        sound_system.change([])
    assert changed.args[0] is False and "No audio output" in changed.args[1]


def test_a_user_wav_is_used_directly(sound_system: Any, tmp_path: Path) -> None:
    player = make_player(sound_system, tmp_path)
    mine = tmp_path / "gong.wav"
    shutil.copy(default_sound("overrun"), mine)
    assert player.set_file("time_up", mine) == mine
    assert source_of(player, "time_up") == mine
    assert player.set_file("time_up", None) == default_sound("time_up")
    assert source_of(player, "time_up") == default_sound("time_up")


def test_a_missing_or_foreign_file_keeps_the_current_sound(
    sound_system: Any, tmp_path: Path
) -> None:
    player = make_player(sound_system, tmp_path)
    with pytest.raises(CueFileError, match="no such sound file"):
        player.set_file("warning", tmp_path / "nothing.wav")
    text = tmp_path / "notes.txt"
    text.write_text("not a sound")
    with pytest.raises(CueFileError, match="WAV, MP3, OGG or FLAC"):
        player.set_file("warning", text)
    assert source_of(player, "warning") == default_sound("warning")


def test_a_sound_qt_cannot_load_reverts_to_the_previous_one(
    sound_system: Any, tmp_path: Path, qtbot: QtBot
) -> None:
    player = make_player(sound_system, tmp_path)
    broken = tmp_path / "broken.wav"
    shutil.copy(default_sound("warning"), broken)
    with qtbot.waitSignal(player.problem) as said:
        player.set_file("time_up", broken)
    assert "broken.wav" in said.args[0] and "previous sound is kept" in said.args[0]
    assert source_of(player, "time_up") == default_sound("time_up")
    assert player.sources["time_up"] == default_sound("time_up")


def test_compressed_sound_without_ffmpeg_says_so_and_keeps_the_sound(
    sound_system: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    player = make_player(sound_system, tmp_path)
    song = tmp_path / "bell.mp3"
    song.write_bytes(b"ID3 not really an mp3")
    monkeypatch.setattr(files.shutil, "which", lambda _name: None)
    with pytest.raises(CueFileError) as caught:
        player.set_file("warning", song)
    message = str(caught.value)
    assert "bell.mp3" in message and "ffmpeg" in message and "not installed" in message
    assert source_of(player, "warning") == default_sound("warning")


def encode(source: Path, target: Path) -> None:
    """Encode a sound with ffmpeg (the format from the target's extension)."""
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", str(source),
                    str(target)], check=True, timeout=60)


@pytest.mark.skipif(not HAVE_FFMPEG, reason="ffmpeg is not installed: no MP3/OGG/FLAC to test")
@pytest.mark.parametrize("suffix", [".mp3", ".ogg", ".flac"])
def test_compressed_sounds_are_converted_once_to_a_cached_wav(
    sound_system: Any, tmp_path: Path, suffix: str
) -> None:
    song = tmp_path / f"chime{suffix}"
    encode(default_sound("time_up"), song)
    player = make_player(sound_system, tmp_path)
    wav = player.set_file("warning", song)
    assert wav.parent == tmp_path / "cache" and wav.suffix == ".wav"
    assert files.is_plain_wav(wav)
    assert source_of(player, "warning") == wav
    stamp = wav.stat().st_mtime_ns
    assert prepare_sound(song, tmp_path / "cache") == wav  # from the cache
    assert wav.stat().st_mtime_ns == stamp


@pytest.mark.skipif(not HAVE_FFMPEG, reason="ffmpeg is not installed")
def test_a_file_that_does_not_decode_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "noise.ogg"
    bad.write_bytes(b"OggS" + bytes(200))
    with pytest.raises(CueFileError, match="noise.ogg: cannot be decoded"):
        prepare_sound(bad, tmp_path / "cache")


def test_qt_multimedia_is_imported_only_when_a_player_is_made() -> None:
    code = ("import sys, floorapp.cues.player, floorapp.cues.controller, floorapp.cues.check; "
            "print('PySide6.QtMultimedia' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "False"
