"""Measuring sounds without numpy: loudness, dominant frequency and onsets of PCM samples.

Used by ``scripts/make_sounds.py`` to report what it made and by the tests to check
the default sounds and the recording of a real run.
"""

from __future__ import annotations

import cmath
import math
import wave
from array import array
from collections.abc import Sequence
from pathlib import Path

FULL_SCALE = 32768.0


def read_wav(path: Path) -> tuple[list[float], int]:
    """The samples of a 16-bit PCM WAV file (mixed to mono, -1..1) and its sample rate."""
    with wave.open(str(path), "rb") as w:
        if w.getsampwidth() != 2:
            raise ValueError(f"{path}: expected 16-bit samples, got {8 * w.getsampwidth()}-bit")
        channels = w.getnchannels()
        rate = w.getframerate()
        raw = w.readframes(w.getnframes())
    return pcm16_to_mono(raw, channels), rate


def pcm16_to_mono(raw: bytes, channels: int = 1) -> list[float]:
    """Little-endian signed 16-bit interleaved samples, averaged to mono, scaled to -1..1."""
    data = array("h")
    data.frombytes(raw[: len(raw) - len(raw) % (2 * channels)])
    if channels == 1:
        return [s / FULL_SCALE for s in data]
    return [
        sum(data[i : i + channels]) / (channels * FULL_SCALE)
        for i in range(0, len(data), channels)
    ]


def rms_dbfs(samples: Sequence[float]) -> float:
    """Loudness as RMS in dB relative to full scale (pydub's ``dBFS``); -inf for silence."""
    if not samples:
        return -math.inf
    power = math.fsum(s * s for s in samples) / len(samples)
    return 10 * math.log10(power) if power > 0 else -math.inf


def peak_dbfs(samples: Sequence[float]) -> float:
    """The highest absolute sample, in dB relative to full scale."""
    peak = max((abs(s) for s in samples), default=0.0)
    return 20 * math.log10(peak) if peak > 0 else -math.inf


def _fft(values: list[complex]) -> list[complex]:
    """An iterative radix-2 FFT; ``len(values)`` must be a power of two."""
    n = len(values)
    out = list(values)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            out[i], out[j] = out[j], out[i]
    size = 2
    while size <= n:
        half = size // 2
        step = cmath.exp(-2j * math.pi / size)
        for start in range(0, n, size):
            w = 1 + 0j
            for k in range(start, start + half):
                t = w * out[k + half]
                out[k + half] = out[k] - t
                out[k] = out[k] + t
                w *= step
        size *= 2
    return out


def dominant_frequency(samples: Sequence[float], rate: int, max_points: int = 32768) -> float:
    """The frequency (Hz) of the strongest spectral peak, Hann-windowed and interpolated.

    Long inputs are cut to their first ``max_points`` samples to
    keep the pure-Python FFT fast; the resolution is then refined by fitting a parabola
    to the peak bin and its neighbours.
    """
    if len(samples) < 16:
        raise ValueError("too few samples to measure a frequency")
    x = list(samples[:max_points])
    n = 1 << (len(x) - 1).bit_length()
    m = len(x)
    windowed = [
        complex(v * (0.5 - 0.5 * math.cos(2 * math.pi * i / (m - 1))), 0.0)
        for i, v in enumerate(x)
    ]
    windowed += [0j] * (n - m)
    spectrum = _fft(windowed)
    mags = [abs(c) for c in spectrum[: n // 2]]
    k = max(range(1, len(mags) - 1), key=mags.__getitem__)
    a, b, c = (math.log(mags[i] + 1e-12) for i in (k - 1, k, k + 1))
    denom = a - 2 * b + c
    shift = 0.5 * (a - c) / denom if denom else 0.0
    return (k + shift) * rate / n


def frame_energies(samples: Sequence[float], rate: int, frame_ms: float = 2.0) -> list[float]:
    """RMS level (dBFS) of consecutive frames of ``frame_ms`` milliseconds."""
    size = max(1, int(rate * frame_ms / 1000))
    return [rms_dbfs(samples[i : i + size]) for i in range(0, len(samples) - size + 1, size)]


def onsets(
    samples: Sequence[float], rate: int, threshold_dbfs: float = -45.0,
    min_silence_ms: float = 150.0, frame_ms: float = 2.0,
) -> list[float]:
    """Times (s from the first sample) where sound starts after at least ``min_silence_ms``.

    A frame is sound when its RMS level reaches ``threshold_dbfs``; the onset is the
    start of the first such frame after a long enough quiet stretch, so the short gaps
    inside a cue (two tones, a double beep) do not count as new cues.
    """
    levels = frame_energies(samples, rate, frame_ms)
    quiet_needed = int(min_silence_ms / frame_ms)
    out: list[float] = []
    quiet = quiet_needed
    for i, level in enumerate(levels):
        if level >= threshold_dbfs:
            if quiet >= quiet_needed:
                out.append(i * frame_ms / 1000)
            quiet = 0
        else:
            quiet += 1
    return out
