"""The controller: plays what the scheduler says, on time, once; primed at start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from floorapp.core.clock import FakeClock
from floorapp.cues.controller import CueController
from floorapp.cues.player import CuePlayer
from floorapp.qt.floor_qt import QtFloor
from floorapp.service import FloorService


@pytest.fixture
def floor(service: FloorService, qapp: Any) -> Iterator[QtFloor]:
    """The Qt face of the test meeting; its repaint timer is stopped (ticks are emitted by hand)."""
    qt_floor = QtFloor(service)
    qt_floor.stop()
    yield qt_floor
    qt_floor.stop()


@pytest.fixture
def player(sound_system: Any, tmp_path: Path) -> CuePlayer:
    """A player on the fake sound system."""
    return CuePlayer(loader=sound_system.loader(), cache_dir=tmp_path)


def plays(player: CuePlayer) -> dict[str, int]:
    """How often each cue was played (cues never played left out)."""
    return {n: e.plays for n, e in player.effects.items() if e.plays}


def test_cues_play_on_ticks_and_the_threshold_timer_aims_at_the_next(
    service: FloorService, clock: FakeClock, floor: QtFloor, player: CuePlayer, qtbot: QtBot
) -> None:
    controller = CueController(floor, player)
    played: list[str] = []
    controller.cue_played.connect(played.append)
    service.open_segment("panel-1")
    service.request("QAT")
    floor.run(floor.service.next)  # `changed` runs the scheduler and arms the timer
    assert controller.threshold_timer.isActive()
    assert controller.threshold_timer.interval() == 150_000 + 1
    clock.advance(150)
    floor.tick.emit()
    assert played == ["warning"]
    assert controller.threshold_timer.interval() == 30_000 + 1
    clock.advance(30)
    controller.threshold_timer.timeout.emit()  # as if the precise timer fired
    floor.tick.emit()
    assert played == ["warning", "time_up"]
    floor.run(floor.service.pause)
    assert not controller.threshold_timer.isActive()
    assert plays(player) == {"warning": 1, "time_up": 1}
    controller.stop()
    controller.stop()


def test_primed_at_start_nothing_rings_for_the_past(
    service: FloorService, clock: FakeClock, floor: QtFloor, player: CuePlayer
) -> None:
    service.open_segment("panel-1")
    service.request("QAT")
    service.next()
    clock.advance(200)
    controller = CueController(floor, player)
    floor.tick.emit()
    assert plays(player) == {}
    clock.advance(10)
    floor.tick.emit()
    assert plays(player) == {"overrun": 1}
    controller.stop()


def test_muted_cues_fire_silently_and_do_not_come_back_on_unmute(
    service: FloorService, clock: FakeClock, floor: QtFloor, player: CuePlayer
) -> None:
    controller = CueController(floor, player)
    fired: list[str] = []
    controller.cue_fired.connect(fired.append)
    service.open_segment("panel-1")
    service.request("QAT")
    floor.run(floor.service.next)
    controller.player.set_muted(True)  # (the mute setting does this in the app)
    clock.advance(150)
    floor.tick.emit()
    controller.player.set_muted(False)
    floor.tick.emit()
    assert fired == ["warning"] and plays(player) == {}
    floor.run(floor.service.point_of_order, "EU")
    assert fired == ["warning", "point_of_order"]
    assert plays(player) == {"point_of_order": 1}
    controller.stop()


def test_no_sound_is_reported_once_from_the_event_loop(
    sound_system: Any, floor: QtFloor, tmp_path: Path, qtbot: QtBot
) -> None:
    sound_system.devices = []
    player = CuePlayer(loader=sound_system.loader(), cache_dir=tmp_path)
    controller = CueController(floor, player)
    said: list[str] = []
    controller.unavailable.connect(said.append)
    qtbot.waitUntil(lambda: bool(said))
    qtbot.wait(50)
    assert len(said) == 1 and "No audio output" in said[0]
    sound_system.change([sound_system.device("usb", "USB")])
    sound_system.change([])  # unplugged again: said again
    assert len(said) == 2
    controller.stop()
