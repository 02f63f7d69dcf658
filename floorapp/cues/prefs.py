"""The cue settings in the app's settings registry, and players configured from them.

The declarations themselves live in :mod:`floorapp.cues.settings_keys` (plain data);
registering them here too is harmless, since the registry accepts a setting declared
twice the same way.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from floorapp.cues import settings_keys as keys
from floorapp.cues.files import CueFileError
from floorapp.cues.player import CuePlayer, MultimediaLoader, load_multimedia, tr
from floorapp.qt.settings import Setting, Settings, register


def _declare(spec: keys.CueSettingSpec) -> Setting[Any]:
    setting: Setting[Any] = register(Setting(**spec.fields()))
    return setting


VOLUME = _declare(keys.VOLUME)
MUTED = _declare(keys.MUTED)
OUTPUT = _declare(keys.OUTPUT)
ENABLED: dict[str, Setting[Any]] = {name: _declare(s) for name, s in keys.ENABLED.items()}
FILES: dict[str, Setting[Any]] = {name: _declare(s) for name, s in keys.FILES.items()}


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
