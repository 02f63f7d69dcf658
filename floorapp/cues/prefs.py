"""The cue settings, declared once in the app's settings registry, and players made from them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from floorapp.cues.catalogue import OVERRUN, POINT_OF_ORDER, TIME_UP, WARNING
from floorapp.cues.files import CueFileError

# MUTED is declared apart: the console reads it before the player loads
from floorapp.cues.mute import MUTED as MUTED
from floorapp.cues.player import CuePlayer, MultimediaLoader, load_multimedia, tr
from floorapp.qt.settings import Setting, Settings, register


def enabled_key(cue: str) -> str:
    """The key of the setting that turns a cue on or off."""
    return f"cues/enabled/{cue}"


def file_key(cue: str) -> str:
    """The key of the setting naming a cue's own sound file ("" for the built-in sound)."""
    return f"cues/file/{cue}"


VOLUME = register(Setting(
    "cues/volume", float, 0.8, "Cue volume",
    "Loudness of the sound cues, from 0 (silent) to 1 (full).", minimum=0.0, maximum=1.0))
OUTPUT = register(Setting(
    "cues/output", str, "", "Audio output for cues",
    "The sound device the cues play on, by name or id; empty for the system's default output."))

#: Turning each cue on or off.
ENABLED: dict[str, Setting[Any]] = {
    WARNING: register(Setting(enabled_key(WARNING), bool, True, "Warning cue",
                              "Play a cue when the warning time is reached.")),
    TIME_UP: register(Setting(enabled_key(TIME_UP), bool, True, "Time-up cue",
                              "Play a cue when the speaker's time is up.")),
    OVERRUN: register(Setting(enabled_key(OVERRUN), bool, True, "Overrun reminder",
                              "Play a reminder at every reminder interval while a speaker "
                              "is over time.")),
    POINT_OF_ORDER: register(Setting(enabled_key(POINT_OF_ORDER), bool, True,
                                     "Point-of-order cue",
                                     "Play a cue when a point of order takes the floor.")),
}

#: Each cue's own sound file ("" for the built-in sound).
FILES: dict[str, Setting[Any]] = {
    WARNING: register(Setting(
        file_key(WARNING), str, "", "Warning sound",
        "A sound file (WAV, MP3, OGG or FLAC) played instead of the built-in sound; empty for "
        "the built-in sound.")),
    TIME_UP: register(Setting(
        file_key(TIME_UP), str, "", "Time-up sound",
        "A sound file (WAV, MP3, OGG or FLAC) played instead of the built-in sound; empty for "
        "the built-in sound.")),
    OVERRUN: register(Setting(
        file_key(OVERRUN), str, "", "Overrun reminder sound",
        "A sound file (WAV, MP3, OGG or FLAC) played instead of the built-in sound; empty for "
        "the built-in sound.")),
    POINT_OF_ORDER: register(Setting(
        file_key(POINT_OF_ORDER), str, "", "Point-of-order sound",
        "A sound file (WAV, MP3, OGG or FLAC) played instead of the built-in sound; empty for "
        "the built-in sound.")),
}

#: Every cue setting, in the order a settings page lists them.
CUE_SETTINGS: tuple[Setting[Any], ...] = (
    VOLUME, MUTED, OUTPUT, *ENABLED.values(), *FILES.values())


def make_player(
    settings: Settings,
    output: str | None = None,
    loader: MultimediaLoader = load_multimedia,
    parent: QObject | None = None,
) -> tuple[CuePlayer, list[str]]:
    """A player set up as the settings say, and the problems met (files, output) in words."""
    player = CuePlayer(
        output=settings.get(OUTPUT) if output is None else output,
        volume=float(settings.get(VOLUME)),
        muted=bool(settings.get(MUTED)),
        enabled={name: bool(settings.get(s)) for name, s in ENABLED.items()},
        loader=loader,
        parent=parent,
    )
    problems = [player.output_note] if player.output_note else []
    for name, setting in FILES.items():
        path = settings.get(setting)
        if path:
            try:
                player.set_file(name, path)
            except CueFileError as exc:
                problems.append(exc.translated(tr))
    return player, problems


def apply_setting(settings: Settings, player: CuePlayer, key: str) -> str:
    """Apply one changed setting to the player; a problem in words, or ""."""
    if key == VOLUME.key:
        player.set_volume(float(settings.get(VOLUME)))
    elif key == MUTED.key:
        player.set_muted(bool(settings.get(MUTED)))
    elif key == OUTPUT.key:
        player.set_output(str(settings.get(OUTPUT)))
    for name, setting in ENABLED.items():
        if key == setting.key:
            player.set_enabled(name, bool(settings.get(setting)))
    for name, setting in FILES.items():
        if key == setting.key:
            try:
                player.set_file(name, settings.get(setting) or None)
            except CueFileError as exc:
                return exc.translated(tr)
    return ""
