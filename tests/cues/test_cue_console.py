"""The cues in the podium console: the mute key, the status bar, the settings entry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from floorapp.core.clock import FakeClock
from floorapp.cues import prefs
from floorapp.gui.console.main_window import ConsoleWindow
from floorapp.gui.cues_hook import ConsoleCues
from floorapp.qt.floor_qt import QtFloor
from floorapp.qt.settings import Settings
from floorapp.service import FloorService


@pytest.fixture
def settings(tmp_path: Path, qapp: QApplication) -> Settings:
    """Settings in a temporary file, never the user's."""
    return Settings(tmp_path / "floor.ini")


@pytest.fixture
def console(service: FloorService, settings: Settings, qtbot: QtBot) -> Iterator[ConsoleWindow]:
    """A console on the test meeting."""
    floor = QtFloor(service)
    window = ConsoleWindow(floor, settings)
    qtbot.addWidget(window)
    yield window
    floor.stop()


def test_the_mute_key_mutes_the_cues_and_is_remembered(
    console: ConsoleWindow, settings: Settings, sound_system: Any, service: FloorService,
    clock: FakeClock,
) -> None:
    cues = ConsoleCues(console, console.floor, settings, loader=sound_system.loader())
    console.actions_by_id["mute"].trigger()
    assert cues.player.muted and settings.get(prefs.MUTED) is True
    service.open_segment("panel-1")
    service.request("QAT")
    console.floor.run(console.floor.service.next)
    clock.advance(150)
    console.floor.tick.emit()
    assert cues.player.effects["warning"].plays == 0
    console.actions_by_id["mute"].trigger()
    assert not cues.player.muted and settings.get(prefs.MUTED) is False
    cues.controller.stop()


def test_muted_at_start_shows_in_the_console(
    console: ConsoleWindow, settings: Settings, sound_system: Any
) -> None:
    settings.set(prefs.MUTED, True)
    cues = ConsoleCues(console, console.floor, settings, loader=sound_system.loader())
    assert console.controller.muted and cues.player.muted
    assert console.actions_by_id["mute"].isChecked()
    settings.set(prefs.MUTED, False)  # unmuted from the settings page
    assert not console.controller.muted and not cues.player.muted
    cues.controller.stop()


def test_no_sound_is_said_in_the_status_bar(
    console: ConsoleWindow, settings: Settings, sound_system: Any, qtbot: QtBot
) -> None:
    sound_system.devices = []
    cues = ConsoleCues(console, console.floor, settings, loader=sound_system.loader())
    qtbot.waitUntil(lambda: "No audio output" in console.statusBar().currentMessage())
    cues.controller.stop()


def test_the_meeting_menu_opens_the_cue_settings(
    console: ConsoleWindow, settings: Settings, sound_system: Any, qtbot: QtBot
) -> None:
    cues = ConsoleCues(console, console.floor, settings, loader=sound_system.loader())
    action = console.findChild(QAction, "action-cue-settings")
    assert action is not None
    action.trigger()
    dialog = console.findChild(QDialog, "cue-settings-dialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    cues.controller.stop()
