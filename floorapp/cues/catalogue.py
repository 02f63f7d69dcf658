"""The cues the app knows: their names, words for the user, default files and pitches.

Pure data, no Qt: the scheduler, the player, the settings and ``scripts/make_sounds.py``
all read it from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from floorapp.resources_paths import SOURCE_RESOURCES, resource


@dataclass(frozen=True)
class CueInfo:
    """One cue: its name, its title (English, translated where shown) and its default sound."""

    name: str
    title: str  # for a label: "Time is up"
    phrase: str  # within a sentence: "Playing: time is up (time_up.wav)"
    description: str
    #: The dominant frequency of the default sound, in Hz (checked by the tests).
    frequency: float

    @property
    def file_name(self) -> str:
        """The default sound's file name under ``resources/sounds/``."""
        return f"{self.name}.wav"


WARNING = "warning"
TIME_UP = "time_up"
OVERRUN = "overrun"
POINT_OF_ORDER = "point_of_order"

#: The translation context of the cue words (translated where they are shown).
CONTEXT = "Cues"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark ``text`` for translation in ``context``; translated where it is shown."""
    return text


N = QT_TRANSLATE_NOOP

#: Every cue, in the order the sound check plays them.
CUES: tuple[CueInfo, ...] = (
    CueInfo(WARNING, N(CONTEXT, "Warning"), N(CONTEXT, "warning"),
            N(CONTEXT, "When the warning time is reached (e.g. 30 s left)."), 880.0),
    CueInfo(TIME_UP, N(CONTEXT, "Time is up"), N(CONTEXT, "time is up"),
            N(CONTEXT, "When the speaker's time is up."), 1046.5),
    CueInfo(OVERRUN, N(CONTEXT, "Overrun reminder"), N(CONTEXT, "overrun reminder"),
            N(CONTEXT, "Repeated at the reminder interval while a speaker is over time."),
            440.0),
    CueInfo(POINT_OF_ORDER, N(CONTEXT, "Point of order"), N(CONTEXT, "point of order"),
            N(CONTEXT, "When a point of order takes the floor."), 1318.5),
)

CUE_NAMES: tuple[str, ...] = tuple(c.name for c in CUES)

#: The loudness every default sound is normalised to (RMS, dBFS).
TARGET_DBFS = -20.0


def cue_info(name: str) -> CueInfo:
    """The cue called ``name``; KeyError when there is none."""
    for c in CUES:
        if c.name == name:
            return c
    raise KeyError(name)


def default_sound(name: str) -> Path:
    """The bundled sound of a cue, as a file path QSoundEffect can open."""
    found = resource("sounds", cue_info(name).file_name)
    path = Path(str(found))
    if path.is_file():
        return path
    return SOURCE_RESOURCES / "sounds" / cue_info(name).file_name
