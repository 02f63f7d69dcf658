"""User sound files for cues: WAV used as is, MP3/OGG/FLAC converted once to a cached WAV.

Conversion uses pydub, which needs ffmpeg (and ffprobe). When they are missing, or a
file cannot be read, :class:`CueFileError` says so in words for the user, and the
caller keeps the sound it had. Conversion may take a moment: GUI callers run
:func:`prepare_sound` off the GUI thread (see ``settings_widget``).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import warnings
import wave
from collections.abc import Callable
from pathlib import Path

from floorapp.cues.catalogue import CONTEXT, QT_TRANSLATE_NOOP

#: Extensions read directly (PCM WAV) or through pydub and ffmpeg.
WAV_SUFFIXES = (".wav", ".wave")
CONVERTED_SUFFIXES = (".mp3", ".ogg", ".oga", ".flac")
SUPPORTED_SUFFIXES = WAV_SUFFIXES + CONVERTED_SUFFIXES

#: Longest user sound kept, in seconds: a cue must not drown the speaker.
MAX_SECONDS = 10.0

N = QT_TRANSLATE_NOOP

FFMPEG_MISSING = N(
    CONTEXT,
    "{file}: MP3, OGG and FLAC sounds are converted with ffmpeg, which is not installed "
    "(Debian/Ubuntu: apt install ffmpeg). Choose a WAV file, or install ffmpeg.",
)


class CueFileError(Exception):
    """A sound file that cannot be used as a cue; the message is for the user.

    The message is kept as a template (English, marked for translation) and its
    fields, so the GUI can show it in the user's language with :meth:`translated`.
    """

    def __init__(self, template: str, **fields: str) -> None:
        super().__init__(template.format(**fields))
        self.template = template
        self.fields = fields

    def translated(self, translate: Callable[[str], str]) -> str:
        """The message in the user's language (``translate`` is the caller's ``tr``)."""
        try:
            return translate(self.template).format(**self.fields)
        except (KeyError, IndexError, ValueError):  # a translation with broken fields
            return str(self)

    def to_json(self) -> str:
        """The error as one line of JSON (passed from the converter process)."""
        return json.dumps({"template": self.template, "fields": self.fields})

    @classmethod
    def from_json(cls, text: str) -> CueFileError | None:
        """The error :meth:`to_json` wrote, or None when ``text`` is not one."""
        try:
            data = json.loads(text)
            return cls(str(data["template"]), **{k: str(v) for k, v in data["fields"].items()})
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


def default_cache_dir() -> Path:
    """Where converted sounds are kept: the user's cache folder."""
    import platformdirs

    return platformdirs.user_cache_path("floorapp", "Floor") / "cues"


def ffmpeg_available() -> bool:
    """Whether ffmpeg and ffprobe, which pydub needs to read compressed sounds, are installed."""
    return shutil.which("ffmpeg") is not None and shutil.which("ffprobe") is not None


def is_plain_wav(path: Path) -> bool:
    """Whether ``path`` is a PCM WAV file that Qt can play without conversion."""
    try:
        with wave.open(str(path), "rb") as w:
            return w.getsampwidth() in (1, 2) and w.getnframes() > 0
    except (wave.Error, EOFError, OSError):
        return False


def prepare_sound(path: Path | str, cache_dir: Path | None = None) -> Path:
    """A playable WAV file for the sound at ``path`` (the file itself, or a cached copy).

    Raises :class:`CueFileError` with a message naming the file and the problem.
    """
    path = Path(path).expanduser()
    if not path.is_file():
        raise CueFileError(N(CONTEXT, "{file}: there is no such sound file."), file=str(path))
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise CueFileError(N(CONTEXT, "{file}: not a sound file Floor can play (use WAV, MP3, "
                                      "OGG or FLAC)."), file=str(path))
    if suffix in WAV_SUFFIXES and is_plain_wav(path):
        return path
    if not ffmpeg_available():
        raise CueFileError(FFMPEG_MISSING, file=str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CueFileError(N(CONTEXT, "{file}: cannot be read ({error})."), file=str(path),
                           error=str(exc.strerror or exc)) from exc
    cache = cache_dir or default_cache_dir()
    target = cache / f"{hashlib.sha256(data).hexdigest()[:24]}.wav"
    if target.is_file() and is_plain_wav(target):
        return target
    _convert(path, target)
    return target


def _convert(source: Path, target: Path) -> None:
    """Decode ``source`` with pydub and write it as 16-bit 44.1 kHz WAV at ``target``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pydub's import warnings (audioop, ffmpeg lookup)
        from pydub import AudioSegment
        from pydub.exceptions import CouldntDecodeError

        try:
            sound = AudioSegment.from_file(str(source))
        except (CouldntDecodeError, IndexError, KeyError, ValueError, OSError) as exc:
            raise CueFileError(N(CONTEXT, "{file}: cannot be decoded as a sound ({error})."),
                               file=str(source), error=_summary(exc)) from exc
    if len(sound) == 0:
        raise CueFileError(N(CONTEXT, "{file}: the sound is empty."), file=str(source))
    if len(sound) > MAX_SECONDS * 1000:
        sound = sound[: int(MAX_SECONDS * 1000)].fade_out(200)
    sound = sound.set_frame_rate(44100).set_sample_width(2)
    if sound.channels > 2:
        sound = sound.set_channels(2)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    try:
        with partial.open("wb") as out:
            sound.export(out, format="wav")  # a file object: pydub leaves a named one open
        partial.replace(target)
    except OSError as exc:
        raise CueFileError(N(CONTEXT, "{file}: cannot write the converted sound ({error})."),
                           file=str(target), error=str(exc.strerror or exc)) from exc


def _summary(exc: BaseException) -> str:
    """The last line of an error (ffmpeg puts the reason there), shortened."""
    text = str(exc).strip().splitlines()
    return text[-1][:200] if text else type(exc).__name__


def main(argv: list[str] | None = None) -> int:
    """``python -m floorapp.cues.files FILE [--cache DIR]``: print the playable WAV's path.

    Used by the settings page to convert off the GUI thread; a failure goes to stderr
    as one line of JSON (:meth:`CueFileError.to_json`) with exit status 1.
    """
    import argparse
    import sys

    parser = argparse.ArgumentParser(prog="python -m floorapp.cues.files")
    parser.add_argument("file")
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args(argv)
    try:
        print(prepare_sound(args.file, args.cache))
    except CueFileError as exc:
        print(exc.to_json(), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
