"""The app's settings: declared once (key, type, default, title, description), kept in QSettings.

Any module adds its own settings through :func:`register`::

    VOLUME = register(Setting("cues/volume", float, 0.8, "Cue volume",
                              "Loudness of the sound cues, 0 to 1.", minimum=0.0, maximum=1.0))

and reads or writes them through one :class:`Settings` object::

    settings.get(VOLUME)        # typed: float
    settings.set(VOLUME, 0.5)

Values are stored as JSON text, so every type reads back exactly as written, and a
value that no longer fits its declaration (edited by hand, an old version) falls
back to the default instead of breaking the app.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from floorapp.core.categories import DEFAULT_LIMITS, LANGUAGES, LIMIT_KEYS
from floorapp.core.meeting_settings import MeetingSettings
from floorapp.core.ordering import OrderingPolicy
from floorapp.core.programme.values import slug

ORGANISATION = "Floor"
APPLICATION = "floorapp"

T = TypeVar("T")


def data_folder() -> Path:
    """The user's data folder for Floor, where meetings are kept unless the user says otherwise."""
    import platformdirs

    return platformdirs.user_data_path(APPLICATION, ORGANISATION)


def meeting_file_for(name: str) -> str:
    """A suggested file for a new meeting named ``name`` (a title or a file's stem)."""
    return str(data_folder() / f"{slug(name) or 'meeting'}.floor")


def tr(text: str) -> str:
    """Translate in the Settings context."""
    return QCoreApplication.translate("Settings", text)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting: where it is stored, its type, default and words for the user."""

    key: str
    type: type[T]
    default: T
    title: str
    description: str
    choices: tuple[T, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    #: An int of seconds, entered and shown as mm:ss.
    duration: bool = False

    def title_text(self) -> str:
        """The title in the user's language."""
        return tr(self.title)

    def description_text(self) -> str:
        """The description in the user's language."""
        return tr(self.description)

    def accepts(self, value: object) -> bool:
        """Whether ``value`` fits this setting's type, choices and bounds."""
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if self.type is list:
            if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
                return False
        elif self.type is dict:
            if not isinstance(value, dict) or not all(
                    isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
                return False
        elif not isinstance(value, self.type) or (
            self.type is int and isinstance(value, bool)
        ):
            return False
        if self.choices and value not in self.choices:
            return False
        if isinstance(value, int | float) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                return False
            if self.maximum is not None and value > self.maximum:
                return False
        return True


_REGISTRY: dict[str, Setting[Any]] = {}


def register(setting: Setting[T]) -> Setting[T]:
    """Declare a setting (once per key) and return it, for use as a module constant."""
    known = _REGISTRY.get(setting.key)
    if known is not None and known != setting:
        raise ValueError(f"setting {setting.key!r} is already declared differently")
    if not setting.accepts(setting.default):
        raise ValueError(f"the default of {setting.key!r} does not fit its declaration")
    _REGISTRY[setting.key] = setting
    return setting


def declared() -> Iterator[Setting[Any]]:
    """Every declared setting, in order of declaration."""
    return iter(list(_REGISTRY.values()))


def lookup(key: str) -> Setting[Any]:
    """The declared setting with this key; KeyError when there is none."""
    return _REGISTRY[key]


# -- the settings of the console and the meeting defaults ------------------------------

#: Default speaking limit per kind of speaker (seconds), used for new meetings where
#: the programme sets none.
LIMITS: dict[str, Setting[int]] = {
    key: register(Setting(
        f"limits/{key}", int, DEFAULT_LIMITS[key],
        f"Speaking limit: {key.replace('_', ' ')}",
        "Seconds allotted to this kind of speaker in new meetings, unless the programme "
        "sets its own limit (0: no limit, the default for the chair, moderators and "
        "panellists).",
        minimum=0, maximum=7200, duration=True,
    ))
    for key in LIMIT_KEYS
}
WARNING_SECONDS = register(Setting(
    "meeting/warning_seconds", int, MeetingSettings.warning_seconds, "Warning time",
    "The countdown turns to its warning state when this many seconds are left.",
    minimum=0, maximum=3600, duration=True,
))
REMINDER_SECONDS = register(Setting(
    "meeting/reminder_seconds", int, MeetingSettings.reminder_seconds,
    "Overrun reminder interval",
    "While a speaker is over time, a reminder comes every this many seconds (0: none).",
    minimum=0, maximum=3600, duration=True,
))
ORDERING = register(Setting(
    "meeting/ordering", str, OrderingPolicy.FIRST_COME.value, "Order of the list",
    "first_come: in the order the floor was asked; un_practice: groups of States first, "
    "then Member States, observers and others.",
    choices=tuple(p.value for p in OrderingPolicy),
))
LANGUAGE = register(Setting(
    "display/language", str, "en", "Console language",
    "Language of the console: its menus, dialogs and messages, the names and the "
    "programme it shows, dates and numbers.",
    choices=LANGUAGES,
))
ROOM_LANGUAGE = register(Setting(
    "display/room_language", str, "", "Speaker display language",
    "Language of the speaker display for the room (names, words and the programme); "
    "empty: the console's language.",
    choices=("", *LANGUAGES),
))
FONT_SCALE = register(Setting(
    "display/font_scale", float, 1.0, "Font scale",
    "Scales the text of the console (1.0 is the system size).", minimum=0.5, maximum=3.0,
))
HIGH_CONTRAST = register(Setting(
    "display/high_contrast", bool, False, "High contrast",
    "Pure black, white, yellow and red for the countdown states.",
))
DISPLAY_SCREEN = register(Setting(
    "display/screen", int, -1, "Speaker display screen",
    "Index of the screen for the speaker display; -1 picks the second screen if there is one.",
    minimum=-1, maximum=16,
))
RECENT_MEETINGS = register(Setting(
    "meetings/recent", list, [], "Recent meetings",
    "Meeting databases opened lately, newest first.",
))
PROGRAMME_FILES = register(Setting(
    "meetings/programme_files", dict, {}, "Programme files",
    "The programme file each meeting was created from (the programme editor saves to it).",
))
EXPORT_FOLDERS = register(Setting(
    "meetings/export_folders", dict, {}, "Export folders",
    "Where each meeting's exports were last saved.",
))
WINDOW_STATE = register(Setting(
    "console/window_state", str, "", "Console layout",
    "Where the console's panels were left (kept by the app).",
))

RECENT_MAX = 8


class Settings(QObject):
    """Typed access to the declared settings, stored with QSettings.

    Signals:
        changed(str): the key of a setting whose value was set or reset.
    """

    changed = Signal(str)

    def __init__(
        self, path: str | os.PathLike[str] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        if path is None:
            self.store = QSettings(ORGANISATION, APPLICATION, self)
        else:
            self.store = QSettings(os.fspath(path), QSettings.Format.IniFormat, self)

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default when none (or a misfit) is stored."""
        raw = self.store.value(setting.key)
        if raw is None:
            return _copy(setting.default)
        try:
            value = json.loads(str(raw))
        except ValueError:
            return _copy(setting.default)
        if setting.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        return cast(T, value) if setting.accepts(value) else _copy(setting.default)

    def set(self, setting: Setting[T], value: T) -> None:
        """Store a value; ValueError when it does not fit the declaration."""
        if not setting.accepts(value):
            raise ValueError(f"{value!r} is not a valid value for {setting.key}")
        self.store.setValue(setting.key, json.dumps(value, ensure_ascii=False))
        self.store.sync()
        self.changed.emit(setting.key)

    def reset(self, setting: Setting[Any]) -> None:
        """Forget the stored value: the default applies again."""
        self.store.remove(setting.key)
        self.store.sync()
        self.changed.emit(setting.key)

    # -- helpers for the settings the app itself uses -----------------------------------

    def remember_meeting(self, target: str) -> None:
        """Put a meeting database at the top of the recent list."""
        recent = [t for t in self.get(RECENT_MEETINGS) if t != target]
        self.set(RECENT_MEETINGS, [target, *recent][:RECENT_MAX])

    def remember_for_meeting(self, setting: Setting[dict[str, str]], target: str,
                             value: str) -> None:
        """Keep ``value`` for one meeting in a per-meeting setting (a map by meeting)."""
        known = self.get(setting)
        if known.get(target) != value:
            self.set(setting, {**known, target: value})

    def for_meeting(self, setting: Setting[dict[str, str]], target: str) -> str:
        """What a per-meeting setting keeps for one meeting ("" when nothing)."""
        return self.get(setting).get(target, "")

    def meeting_settings(self) -> MeetingSettings:
        """The settings a new meeting starts with."""
        return MeetingSettings(
            ordering=OrderingPolicy(self.get(ORDERING)),
            warning_seconds=self.get(WARNING_SECONDS),
            reminder_seconds=self.get(REMINDER_SECONDS),
        )

    def limit_overrides(self) -> dict[str, int]:
        """The default limits the user changed from the built-in ones (seconds)."""
        out: dict[str, int] = {}
        for key, setting in LIMITS.items():
            value = self.get(setting)
            if value != DEFAULT_LIMITS[key]:
                out[key] = value
        return out


def meeting_key(target: str) -> str:
    """How per-meeting settings name a meeting: its URL, or its file's full path."""
    if "://" in target or target == ":memory:":
        return target
    from pathlib import Path

    return str(Path(target).expanduser().resolve())


def _copy(value: T) -> T:
    if isinstance(value, dict):
        return cast(T, dict(value))
    return cast(T, list(value)) if isinstance(value, list) else value
