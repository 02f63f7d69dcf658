"""The settings of the sound cues, as plain data for the app's settings registry.

Each :class:`CueSettingSpec` has the fields of ``floorapp.qt.settings.Setting``
(key, type, default, title, description, minimum, maximum), so the registry turns
them into settings with ``register(Setting(**spec.fields()))``. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from floorapp.cues.catalogue import OVERRUN, POINT_OF_ORDER, TIME_UP, WARNING


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark ``text`` for translation in ``context``; translated where it is shown."""
    return text


CONTEXT = "Settings"


@dataclass(frozen=True)
class CueSettingSpec:
    """One setting of the cues: where it is stored, its type, default and words for the user."""

    key: str
    type: type
    default: Any
    title: str
    description: str
    minimum: float | None = None
    maximum: float | None = None

    def fields(self) -> dict[str, Any]:
        """Keyword arguments for ``floorapp.qt.settings.Setting``."""
        return {
            "key": self.key, "type": self.type, "default": self.default, "title": self.title,
            "description": self.description, "minimum": self.minimum, "maximum": self.maximum,
        }


def enabled_key(cue: str) -> str:
    """The key of the setting that turns a cue on or off."""
    return f"cues/enabled/{cue}"


def file_key(cue: str) -> str:
    """The key of the setting naming a cue's own sound file ("" for the built-in sound)."""
    return f"cues/file/{cue}"


VOLUME_KEY = "cues/volume"
MUTED_KEY = "cues/muted"
OUTPUT_KEY = "cues/output"

VOLUME = CueSettingSpec(
    VOLUME_KEY, float, 0.8, QT_TRANSLATE_NOOP(CONTEXT, "Cue volume"),
    QT_TRANSLATE_NOOP(CONTEXT, "Loudness of the sound cues, from 0 (silent) to 1 (full)."),
    minimum=0.0, maximum=1.0,
)
MUTED = CueSettingSpec(
    MUTED_KEY, bool, False, QT_TRANSLATE_NOOP(CONTEXT, "Mute sound cues"),
    QT_TRANSLATE_NOOP(CONTEXT, "Silence every sound cue; the countdown colours still change."),
)
OUTPUT = CueSettingSpec(
    OUTPUT_KEY, str, "", QT_TRANSLATE_NOOP(CONTEXT, "Audio output for cues"),
    QT_TRANSLATE_NOOP(CONTEXT, "The sound device the cues play on, by name or id; empty for "
                               "the system's default output."),
)
N = QT_TRANSLATE_NOOP

#: Turning each cue on or off.
ENABLED: dict[str, CueSettingSpec] = {
    spec.key.rsplit("/", 1)[1]: spec
    for spec in (
        CueSettingSpec(enabled_key(WARNING), bool, True, N(CONTEXT, "Warning cue"),
                       N(CONTEXT, "Play a cue when the warning time is reached.")),
        CueSettingSpec(enabled_key(TIME_UP), bool, True, N(CONTEXT, "Time-up cue"),
                       N(CONTEXT, "Play a cue when the speaker's time is up.")),
        CueSettingSpec(enabled_key(OVERRUN), bool, True, N(CONTEXT, "Overrun reminder"),
                       N(CONTEXT, "Play a reminder at every reminder interval while a speaker "
                                  "is over time.")),
        CueSettingSpec(enabled_key(POINT_OF_ORDER), bool, True,
                       N(CONTEXT, "Point-of-order cue"),
                       N(CONTEXT, "Play a cue when a point of order takes the floor.")),
    )
}

_FILE_HELP = N(CONTEXT, "A sound file (WAV, MP3, OGG or FLAC) played instead of the built-in "
                        "sound; empty for the built-in sound.")

#: Each cue's own sound file ("" for the built-in sound).
FILES: dict[str, CueSettingSpec] = {
    spec.key.rsplit("/", 1)[1]: spec
    for spec in (
        CueSettingSpec(file_key(WARNING), str, "", N(CONTEXT, "Warning sound"), _FILE_HELP),
        CueSettingSpec(file_key(TIME_UP), str, "", N(CONTEXT, "Time-up sound"), _FILE_HELP),
        CueSettingSpec(file_key(OVERRUN), str, "", N(CONTEXT, "Overrun reminder sound"),
                       _FILE_HELP),
        CueSettingSpec(file_key(POINT_OF_ORDER), str, "", N(CONTEXT, "Point-of-order sound"),
                       _FILE_HELP),
    )
}

#: Every cue setting, in the order a settings page lists them.
CUE_SETTINGS: tuple[CueSettingSpec, ...] = (
    VOLUME, MUTED, OUTPUT, *ENABLED.values(), *FILES.values())
