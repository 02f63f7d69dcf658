"""Fixtures for the cue tests: a fake Qt Multimedia (audio outputs and sound effects).

The fake stands in for ``PySide6.QtMultimedia`` through ``CuePlayer(loader=...)``, so
the player's logic is tested without touching the machine's sound system (Qt
Multimedia connects to PulseAudio once per process and never retries).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QObject, QUrl, Signal


class FakeDevice:
    """An audio output of the fake sound system."""

    def __init__(self, ident: str, description: str) -> None:
        self._id = ident
        self._description = description

    def id(self) -> QByteArray:
        """The device id."""
        return QByteArray(self._id.encode())

    def description(self) -> str:
        """The device's name for people."""
        return self._description

    def isNull(self) -> bool:  # noqa: N802 (Qt's name)
        """Whether this is the null device."""
        return not self._id


class FakeStatus(enum.Enum):
    """QSoundEffect.Status."""

    Null = 0
    Loading = 1
    Ready = 2
    Error = 3


class FakeSoundEffect(QObject):
    """Records what a QSoundEffect was asked to do; a file named "broken…" fails to load."""

    Status = FakeStatus
    statusChanged = Signal()  # noqa: N815 (Qt's name)

    def __init__(self, device: FakeDevice, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.device = device
        self._status = FakeStatus.Null
        self._source = QUrl()
        self.volume = 1.0
        self.loops = 1
        self.plays = 0
        self.stops = 0

    def setSource(self, url: QUrl) -> None:  # noqa: N802
        """Load a sound (at once, in the fake)."""
        self._source = url
        broken = "broken" in Path(url.toLocalFile()).name
        self._status = FakeStatus.Error if broken else FakeStatus.Ready
        self.statusChanged.emit()

    def source(self) -> QUrl:
        """The sound's address."""
        return self._source

    def status(self) -> FakeStatus:
        """Loading state."""
        return self._status

    def setVolume(self, volume: float) -> None:  # noqa: N802
        """Linear volume."""
        self.volume = volume

    def setLoopCount(self, n: int) -> None:  # noqa: N802
        """Times to play."""
        self.loops = n

    def play(self) -> None:
        """Count a play."""
        self.plays += 1

    def stop(self) -> None:
        """Count a stop."""
        self.stops += 1

    def isPlaying(self) -> bool:  # noqa: N802
        """Never sounding, in the fake."""
        return False


class FakeSoundSystem:
    """The machine's audio outputs, changeable by the test."""

    def __init__(self) -> None:
        self.devices: list[FakeDevice] = [FakeDevice("hdmi-0", "HDMI Audio"),
                                          FakeDevice("speakers", "Built-in Speakers")]
        self.default_index = 1
        self.watchers: list[Any] = []
        self.effects: list[FakeSoundEffect] = []

    def module(self) -> Any:
        """An object shaped like the ``PySide6.QtMultimedia`` module."""
        system = self

        class FakeMediaDevices(QObject):
            audioOutputsChanged = Signal()  # noqa: N815

            def __init__(self, parent: QObject | None = None) -> None:
                super().__init__(parent)
                system.watchers.append(self)

            @staticmethod
            def audioOutputs() -> list[FakeDevice]:  # noqa: N802
                return list(system.devices)

            @staticmethod
            def defaultAudioOutput() -> FakeDevice:  # noqa: N802
                if not system.devices:
                    return FakeDevice("", "")
                return system.devices[min(system.default_index, len(system.devices) - 1)]

        def effect(device: FakeDevice, parent: QObject | None = None) -> FakeSoundEffect:
            made = FakeSoundEffect(device, parent)
            system.effects.append(made)
            return made

        effect.Status = FakeStatus  # type: ignore[attr-defined]
        return SimpleNamespace(QMediaDevices=FakeMediaDevices, QSoundEffect=effect)

    def loader(self) -> Callable[[], Any]:
        """A loader for ``CuePlayer(loader=...)``."""
        return self.module

    @staticmethod
    def device(ident: str, description: str) -> FakeDevice:
        """A new output, to plug in with :meth:`change`."""
        return FakeDevice(ident, description)

    def change(self, devices: list[FakeDevice]) -> None:
        """Plug or unplug outputs; the watchers hear of it."""
        self.devices = devices
        for w in self.watchers:
            w.audioOutputsChanged.emit()


@pytest.fixture
def sound_system(qapp: Any) -> FakeSoundSystem:
    """A fake sound system with two outputs (the second is the default)."""
    return FakeSoundSystem()
