"""The default sounds: short, clickless, one loudness, each with its own documented pitch."""

from __future__ import annotations

import subprocess
import sys
import wave
from pathlib import Path

import pytest

from tests.helpers.sound_analysis import dominant_frequency, read_wav, rms_dbfs
from floorapp.cues.catalogue import CUES, TARGET_DBFS, CueInfo, default_sound

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("cue", CUES, ids=lambda c: c.name)
def test_default_sound_format_and_length(cue: CueInfo) -> None:
    with wave.open(str(default_sound(cue.name)), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 44100)
        assert 0.1 < w.getnframes() / w.getframerate() < 1.0


@pytest.mark.parametrize("cue", CUES, ids=lambda c: c.name)
def test_default_sound_pitch_and_loudness(cue: CueInfo) -> None:
    samples, rate = read_wav(default_sound(cue.name))
    assert dominant_frequency(samples, rate) == pytest.approx(cue.frequency, rel=0.01)
    assert abs(rms_dbfs(samples) - TARGET_DBFS) <= 1.0
    ms = rate // 1000
    # Fades in and out: the first and last millisecond are far below the body (no clicks).
    assert rms_dbfs(samples[:ms]) < TARGET_DBFS - 15
    assert rms_dbfs(samples[-ms:]) < TARGET_DBFS - 15
    assert max(abs(s) for s in samples) < 0.5  # headroom, nowhere near clipping


def test_default_sounds_are_distinct() -> None:
    pitches = sorted(c.frequency for c in CUES)
    assert all(b / a > 1.1 for a, b in zip(pitches, pitches[1:], strict=False))


def test_make_sounds_reproduces_the_committed_files(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_sounds.py"), "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    for cue in CUES:
        made = (tmp_path / cue.file_name).read_bytes()
        assert made == default_sound(cue.name).read_bytes(), f"{cue.file_name} differs"
    check = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_sounds.py"), "--check"],
        capture_output=True, text=True, timeout=120, check=False)
    assert check.returncode == 0, check.stderr
