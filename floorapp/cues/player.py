"""Playing cues with Qt Multimedia's ``QSoundEffect``, or silently when there is no sound.

Qt Multimedia is imported when a player is made, inside ``try``: on Linux it needs
``libpulse0``, and the app must keep working (visual cues only) without it. Each cue
is loaded ahead of time, so it starts within a few tens of milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal

from floorapp.cues.catalogue import CUE_NAMES, cue_info, default_sound
from floorapp.cues.files import prepare_sound

#: Returns the ``PySide6.QtMultimedia`` module (tests pass fakes); may raise ImportError.
MultimediaLoader = Callable[[], Any]


def tr(text: str) -> str:
    """Translate in the Cues context."""
    return QCoreApplication.translate("Cues", text)


def load_multimedia() -> Any:
    """The Qt Multimedia module (ImportError or OSError when it cannot load)."""
    from PySide6 import QtMultimedia

    return QtMultimedia


@dataclass(frozen=True)
class OutputInfo:
    """An audio output the cues can play on."""

    id: str
    description: str
    is_default: bool


def device_id(device: Any) -> str:
    """The id of a ``QAudioDevice`` as text."""
    return bytes(device.id().data()).decode("utf-8", "replace")


def choose_output(devices: list[Any], default: Any, name: str) -> tuple[Any | None, str]:
    """The device to play on for the user's choice ``name`` (id or description), and a note.

    An empty name means the system's default output. A name that matches no device
    falls back to the default, with a note saying so.
    """
    if not devices:
        return None, ""
    fallback = default if default is not None and not default.isNull() else devices[0]
    if not name:
        return fallback, ""
    key = name.casefold()
    for match in (
        lambda d: device_id(d) == name,
        lambda d: d.description().casefold() == key,
        lambda d: key in d.description().casefold(),
    ):
        found = [d for d in devices if match(d)]
        if found:
            return found[0], ""
    return fallback, tr("The audio output “{name}” was not found; the cues play on "
                        "{fallback}.").format(name=name, fallback=fallback.description())


class CuePlayer(QObject):
    """Plays the cues on one audio output, with a master volume, mute and per-cue switches.

    When Qt Multimedia cannot load or there is no audio output, ``available`` is False,
    ``reason`` says why in words for the user, and :meth:`play` does nothing.

    Signals:
        played(str): a cue started playing.
        problem(str): something the user should know: a sound that could not be played
            (the previous one is kept), an output that was not found.
        availability_changed(bool, str): sound became available (True, "") or not
            (False, the reason), e.g. when a device is plugged in or removed.
    """

    played = Signal(str)
    problem = Signal(str)
    availability_changed = Signal(bool, str)

    def __init__(
        self,
        output: str = "",
        volume: float = 0.8,
        muted: bool = False,
        enabled: Mapping[str, bool] | None = None,
        cache_dir: Path | None = None,
        loader: MultimediaLoader = load_multimedia,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.output_name = output
        self.volume = min(1.0, max(0.0, volume))
        self.muted = muted
        self.enabled: dict[str, bool] = {name: True for name in CUE_NAMES}
        self.enabled.update(enabled or {})
        self.cache_dir = cache_dir
        self.sources: dict[str, Path] = {name: default_sound(name) for name in CUE_NAMES}
        self._fallback: dict[str, Path] = {}
        self.effects: dict[str, Any] = {}
        self.available = False
        self.reason = ""
        self.output_note = ""
        self.device: Any = None
        self._qm: Any = None
        self._devices: Any = None
        try:
            self._qm = loader()
        except (ImportError, OSError) as exc:
            self.reason = tr("Qt Multimedia cannot be loaded ({error}): cues are visual only. "
                             "On Linux it needs the libpulse0 package.").format(error=exc)
            return
        self._devices = self._qm.QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._outputs_changed)
        self._setup()

    # -- outputs ------------------------------------------------------------------------------

    def outputs(self) -> list[OutputInfo]:
        """The audio outputs of this machine (none without Qt Multimedia)."""
        if self._qm is None:
            return []
        default = self._qm.QMediaDevices.defaultAudioOutput()
        default_id = "" if default.isNull() else device_id(default)
        return [OutputInfo(device_id(d), d.description(), device_id(d) == default_id)
                for d in self._qm.QMediaDevices.audioOutputs()]

    def set_output(self, name: str) -> None:
        """Play on the output named ``name`` (id or description; "" for the default)."""
        if name == self.output_name and (self.effects or self._qm is None):
            return
        self.output_name = name
        if self._qm is not None:
            self._setup()

    def _choose(self) -> tuple[Any | None, str]:
        qmd = self._qm.QMediaDevices
        return choose_output(list(qmd.audioOutputs()), qmd.defaultAudioOutput(),
                             self.output_name)

    def _setup(self) -> None:
        """(Re)create the sound effects on the chosen output; silent mode when there is none."""
        was = self.available
        for effect in self.effects.values():
            effect.stop()
            effect.setParent(None)  # dropped with our reference (deleteLater crashed shiboken)
        self.effects = {}
        device, note = self._choose()
        self.device = device
        if device is None:
            self.available = False
            self.reason = tr("No audio output was found: cues are visual only.")
        else:
            self.available = True
            self.reason = ""
            for name in CUE_NAMES:
                self.effects[name] = self._effect(name, device)
        if note and note != self.output_note:
            self.problem.emit(note)
        self.output_note = note
        if was != self.available:
            self.availability_changed.emit(self.available, self.reason)

    def _effect(self, name: str, device: Any) -> Any:
        effect = self._qm.QSoundEffect(device, self)
        effect.setObjectName(f"cue-{name}")
        effect.setLoopCount(1)
        effect.setVolume(self.volume)
        effect.statusChanged.connect(partial(self._status_changed, name))
        effect.setSource(QUrl.fromLocalFile(str(self.sources[name])))
        return effect

    def _outputs_changed(self) -> None:
        device, _note = self._choose()
        new_id = None if device is None else device_id(device)
        old_id = None if self.device is None else device_id(self.device)
        if new_id != old_id:
            self._setup()

    # -- sounds -------------------------------------------------------------------------------

    def set_file(self, name: str, path: Path | str | None) -> Path:
        """Use the sound at ``path`` for cue ``name`` (None or "" for the built-in sound).

        Returns the playable file. Raises ``CueFileError`` (the current sound is kept)
        when the file cannot be used, e.g. an MP3 without ffmpeg installed.
        """
        cue_info(name)  # KeyError for an unknown cue
        playable = prepare_sound(path, self.cache_dir) if path else default_sound(name)
        if playable != self.sources[name]:
            self._fallback[name] = self.sources[name]
            self.sources[name] = playable
            effect = self.effects.get(name)
            if effect is not None:
                effect.setSource(QUrl.fromLocalFile(str(playable)))
        return playable

    def _status_changed(self, name: str) -> None:
        effect = self.effects.get(name)
        if effect is None or effect.status() != self._qm.QSoundEffect.Status.Error:
            return
        failed = self.sources[name]
        fallback = self._fallback.pop(name, default_sound(name))
        if fallback == failed:
            self.problem.emit(tr("{file}: the sound for “{cue}” cannot be played.").format(
                file=failed, cue=tr(cue_info(name).phrase)))
            return
        self.sources[name] = fallback
        effect.setSource(QUrl.fromLocalFile(str(fallback)))
        self.problem.emit(tr("{file}: the sound for “{cue}” cannot be played; the previous "
                             "sound is kept.").format(file=failed, cue=tr(cue_info(name).phrase)))

    def is_loaded(self, name: str) -> bool:
        """Whether a cue's sound is loaded and ready to start at once."""
        effect = self.effects.get(name)
        return effect is not None and effect.status() == self._qm.QSoundEffect.Status.Ready

    # -- playing ------------------------------------------------------------------------------

    def set_volume(self, volume: float) -> None:
        """The master volume, 0 to 1."""
        self.volume = min(1.0, max(0.0, volume))
        for effect in self.effects.values():
            effect.setVolume(self.volume)

    def set_muted(self, muted: bool) -> None:
        """Silence every cue (a sounding one stops), or bring them back."""
        self.muted = muted
        if muted:
            for effect in self.effects.values():
                effect.stop()

    def set_enabled(self, name: str, enabled: bool) -> None:
        """Turn one cue on or off."""
        cue_info(name)
        self.enabled[name] = enabled

    def play(self, name: str) -> bool:
        """Play a cue if sound is available, not muted and the cue is on; True if it plays."""
        if self.muted or not self.enabled.get(name, False):
            return False
        return self.preview(name)

    def preview(self, name: str) -> bool:
        """Play a cue even when muted or turned off (the settings' preview button)."""
        effect = self.effects.get(name)
        if not self.available or effect is None:
            return False
        effect.play()
        self.played.emit(name)
        return True

    def stop(self) -> None:
        """Stop every sounding cue."""
        for effect in self.effects.values():
            effect.stop()
