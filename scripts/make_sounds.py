"""Synthesise the default cue sounds into ``resources/sounds/`` with pydub, reproducibly.

Usage: .venv/bin/python scripts/make_sounds.py [--out DIR] [--check]

Each cue is built from pydub's signal generators (sine and triangle waves), shaped
with fades so that it starts and ends without a click, normalised to one RMS level
(``TARGET_DBFS``) and written as 16-bit 44.1 kHz mono WAV. Nothing random goes in, so
every run writes the same bytes; ``--check`` verifies that the committed files match.
"""

from __future__ import annotations

import argparse
import io
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

with warnings.catch_warnings():
    # pydub warns at import when ffmpeg is missing (not needed to write WAV) and
    # Python 3.11 warns that audioop, which pydub uses, is deprecated.
    warnings.simplefilter("ignore")
    from pydub import AudioSegment
    from pydub.generators import Sine, Triangle

from floorapp.cues.catalogue import CUES, TARGET_DBFS, cue_info  # noqa: E402
from tests.helpers.sound_analysis import dominant_frequency, pcm16_to_mono, peak_dbfs, rms_dbfs  # noqa: E402

RATE = 44100


def sine(freq: float, ms: int, volume: float = 0.0) -> AudioSegment:
    """A sine tone of ``ms`` milliseconds at ``volume`` dBFS (peak)."""
    return Sine(freq, sample_rate=RATE, bit_depth=16).to_audio_segment(ms, volume)


def triangle(freq: float, ms: int, volume: float = 0.0) -> AudioSegment:
    """A triangle tone (soft odd harmonics) of ``ms`` milliseconds."""
    return Triangle(freq, sample_rate=RATE, bit_depth=16).to_audio_segment(ms, volume)


def silence(ms: int) -> AudioSegment:
    """Silence in the cue format."""
    return AudioSegment.silent(ms, frame_rate=RATE).set_sample_width(2).set_channels(1)


def shaped(tone: AudioSegment, attack: int, release: int) -> AudioSegment:
    """A tone with a fade in of ``attack`` ms and a fade out of ``release`` ms (no clicks)."""
    return tone.fade_in(attack).fade_out(release)


def warning() -> AudioSegment:
    """Two soft rising tones, 660 Hz then a longer, louder 880 Hz (dominant)."""
    low = sine(660, 150, -8).overlay(sine(1320, 150, -26))
    high = sine(880, 300, -2).overlay(sine(1760, 300, -22))
    return shaped(low, 10, 90) + silence(50) + shaped(high, 10, 220)


def time_up() -> AudioSegment:
    """A bell-like chime on 1046.5 Hz (C6) with a soft octave and a low partial, decaying."""
    body = sine(1046.5, 800, -2)
    body = body.overlay(sine(2093.0, 800, -18)).overlay(sine(523.25, 800, -16))
    return body.fade_in(6).fade(from_gain=0, to_gain=-10, start=40, end=400).fade_out(400)


def overrun() -> AudioSegment:
    """A short, low reminder: a 440 Hz triangle tone."""
    return shaped(triangle(440, 300, -2), 12, 200)


def point_of_order() -> AudioSegment:
    """An alert: a fast double beep on 1318.5 Hz (E6)."""
    beep = shaped(sine(1318.5, 110, -2).overlay(sine(3955.5, 110, -28)), 8, 40)
    return beep + silence(60) + beep + silence(10)


BUILDERS: dict[str, Callable[[], AudioSegment]] = {
    "warning": warning,
    "time_up": time_up,
    "overrun": overrun,
    "point_of_order": point_of_order,
}


def normalised(seg: AudioSegment) -> AudioSegment:
    """The segment at ``TARGET_DBFS`` RMS, 16-bit 44.1 kHz mono."""
    seg = seg.set_frame_rate(RATE).set_sample_width(2).set_channels(1)
    return seg.apply_gain(TARGET_DBFS - seg.dBFS)


def wav_bytes(seg: AudioSegment) -> bytes:
    """The segment as WAV file bytes (Python's wave module: no ffmpeg, no timestamps)."""
    buf = io.BytesIO()
    seg.export(buf, format="wav")
    return buf.getvalue()


def build_all() -> dict[str, bytes]:
    """Every default cue's WAV bytes, by cue name."""
    missing = [c.name for c in CUES if c.name not in BUILDERS]
    if missing:
        raise SystemExit(f"no sound builder for: {', '.join(missing)}")
    return {c.name: wav_bytes(normalised(BUILDERS[c.name]())) for c in CUES}


def describe(name: str, data: bytes) -> str:
    """One line of measurements for a built sound."""
    seg = AudioSegment.from_wav(io.BytesIO(data))
    samples = pcm16_to_mono(seg.raw_data)
    return (f"{name:15} {len(seg):4d} ms  rms {rms_dbfs(samples):6.2f} dBFS  "
            f"peak {peak_dbfs(samples):6.2f} dBFS  dominant "
            f"{dominant_frequency(samples, seg.frame_rate):7.1f} Hz "
            f"(documented {cue_info(name).frequency:g} Hz)")


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) the default sounds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "sounds")
    parser.add_argument("--check", action="store_true",
                        help="compare with the files in --out instead of writing")
    args = parser.parse_args(argv)
    built = build_all()
    stale = []
    for name, data in built.items():
        path = args.out / f"{name}.wav"
        if args.check:
            if not path.is_file() or path.read_bytes() != data:
                stale.append(path.name)
        else:
            args.out.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        print(describe(name, data))
    if stale:
        print(f"out of date: {', '.join(stale)} (run scripts/make_sounds.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
