"""The settings dialog: declared settings stored, this meeting's rules journaled."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDoubleSpinBox, QSpinBox
from pytestqt.qtbot import QtBot

from floorapp.core import events as ev
from floorapp.core.categories import RequestKind
from floorapp.core.ordering import OrderingPolicy
from floorapp.gui import settings as reg
from floorapp.gui.console.main_window import ConsoleWindow
from floorapp.gui.dialogs.settings_dialog import SettingsDialog, make_editor
from floorapp.gui.floor_qt import QtFloor
from floorapp.gui.settings import Settings
from floorapp.service import FloorService


@pytest.fixture
def settings(tmp_path: Path, qapp: QApplication) -> Settings:
    """Settings in a temporary file, never the user's."""
    return Settings(tmp_path / "floor.ini")


@pytest.fixture
def floor(service: FloorService, qapp: QApplication) -> Iterator[QtFloor]:
    """The Qt face of the test meeting."""
    f = QtFloor(service)
    yield f
    f.stop()


def _dialog(floor: QtFloor, settings: Settings, qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(floor, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_every_declared_kind_of_setting_gets_a_fitting_editor(qapp: QApplication) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    assert isinstance(make_editor(reg.HIGH_CONTRAST, True, parent), QCheckBox)
    combo = make_editor(reg.LANGUAGE, "ar", parent)
    assert isinstance(combo, QComboBox) and combo.currentData() == "ar"
    assert combo.count() == 6
    spin = make_editor(reg.WARNING_SECONDS, 30, parent)
    assert isinstance(spin, QSpinBox) and spin.maximum() == 3600 and spin.value() == 30
    scale = make_editor(reg.FONT_SCALE, 1.5, parent)
    assert isinstance(scale, QDoubleSpinBox) and scale.minimum() == 0.5
    assert spin.toolTip() == reg.WARNING_SECONDS.description_text()
    parent.deleteLater()


def test_defaults_for_new_meetings_are_stored(floor: QtFloor, settings: Settings,
                                              qtbot: QtBot) -> None:
    dialog = _dialog(floor, settings, qtbot)
    member = dialog.findChild(QSpinBox, "setting-limits/member_state")
    assert member is not None and member.value() == 180
    member.setValue(240)
    ordering = dialog.findChild(QComboBox, "setting-meeting/ordering")
    assert ordering is not None
    ordering.setCurrentIndex(ordering.findData(OrderingPolicy.UN_PRACTICE.value))
    dialog.accept()
    assert settings.get(reg.LIMITS["member_state"]) == 240
    assert settings.meeting_settings().ordering is OrderingPolicy.UN_PRACTICE
    assert settings.limit_overrides() == {"member_state": 240}
    # Nothing about the open meeting changed: those are commands, on the other tab.
    assert floor.service.state.settings.ordering is OrderingPolicy.FIRST_COME


def test_this_meetings_rules_are_journaled_and_undoable(
    floor: QtFloor, settings: Settings, qtbot: QtBot,
) -> None:
    service = floor.service
    service.open_segment("panel-1")
    service.request("QAT")
    dialog = _dialog(floor, settings, qtbot)
    page = dialog.meeting
    page.warning.setValue(45)
    page.ordering.setCurrentIndex(page.ordering.findData(OrderingPolicy.UN_PRACTICE.value))
    page.limits["member_state"].setValue(120)
    before = len(service.floor.events)
    dialog.accept()
    assert not dialog.isVisible()
    types = [e.type for e in service.floor.events[before:]]
    assert ev.SETTINGS_CHANGED in types and ev.LIMIT_CHANGED in types
    assert service.state.settings.warning_seconds == 45
    assert service.state.settings.ordering is OrderingPolicy.UN_PRACTICE
    assert service.state.live_limit("panel-1", "member_state") == 120
    service.next()
    cd = service.countdown()
    assert cd is not None and cd.allotted == 120
    assert service.state.current is not None
    assert service.state.current.kind is RequestKind.STATEMENT
    service.undo()  # the turn
    service.undo()  # the limit
    assert service.state.live_limit("panel-1", "member_state") == 180


def test_limits_wait_for_an_open_segment(floor: QtFloor, settings: Settings,
                                         qtbot: QtBot) -> None:
    dialog = _dialog(floor, settings, qtbot)
    assert not dialog.meeting.limits["member_state"].isEnabled()
    before = len(floor.service.floor.events)
    dialog.accept()
    assert len(floor.service.floor.events) == before  # nothing changed, nothing journaled


def test_the_console_opens_it_and_follows_display_settings(
    floor: QtFloor, settings: Settings, qtbot: QtBot,
) -> None:
    window = ConsoleWindow(floor, settings)
    qtbot.addWidget(window)
    window.show()
    window.settings_pages.append(("Extra", lambda parent: QCheckBox("extra", parent)))
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    assert dialog.tabs.count() == 5 and dialog.tabs.tabText(4) == "Extra"
    contrast = dialog.findChild(QCheckBox, "setting-display/high_contrast")
    assert contrast is not None
    contrast.setChecked(True)
    language = dialog.findChild(QComboBox, "setting-display/language")
    assert language is not None
    language.setCurrentIndex(language.findData("fr"))
    dialog.accept()
    assert window.actions_by_id["high_contrast"].isChecked()
    assert window.language == "fr"
    assert settings.get(reg.LANGUAGE) == "fr"
