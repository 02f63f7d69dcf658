"""The console's panels and window: countdown states, projection, RTL, display, hooks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from floorapp.core.clock import FakeClock
from floorapp.gui.console import main_window
from floorapp.gui.console.main_window import ConsoleWindow
from floorapp.gui.console.speakers_model import Role
from floorapp.gui.floor_qt import QtFloor
from floorapp.gui.settings import FONT_SCALE, LANGUAGE, Settings
from floorapp.service import FloorService


def plain(text: str) -> str:
    """Text without the left-to-right isolation marks put around times."""
    return text.replace("\u2066", "").replace("\u2069", "")


STATES = ["QAT", "BLR", "PHL", "EGY", "MEX", "JPN", "BRA", "DEU", "CHE", "CAN", "IND", "KEN"]


@pytest.fixture
def settings(tmp_path: Path, qapp: QApplication) -> Settings:
    """Settings in a temporary file, never the user's."""
    return Settings(tmp_path / "floor.ini")


@pytest.fixture
def make_console(service: FloorService, settings: Settings, qtbot) -> Iterator:
    """Builds consoles on the test meeting; stops their timers at the end."""
    floors: list[QtFloor] = []

    def make(**kwargs: object) -> ConsoleWindow:
        floor = QtFloor(service)
        floors.append(floor)
        window = ConsoleWindow(floor, settings, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    yield make
    for f in floors:
        f.stop()


def _speaking(service: FloorService, clock: FakeClock, waiting: int = 4) -> None:
    service.open_segment("panel-1")
    for pid in STATES[: waiting + 1]:
        service.request(pid)
    service.next()
    clock.advance(50)


def test_countdown_states_show_in_words_and_shapes(make_console, service, clock) -> None:
    window = make_console()
    view = window.current
    assert "Floor is free" in view.state_label.text()
    _speaking(service, clock)
    view.refresh()
    assert view.clock.text() == "02:10"
    assert "▶" in view.state_label.text() and "Speaking" in view.state_label.text()
    assert "Qatar" in view.name.text()
    assert "Limit 03:00" in plain(view.limit.text())
    service.pause()
    view.refresh()
    assert "PAUSED" in view.state_label.text() and "❚❚" in view.state_label.text()
    service.resume()
    clock.advance(120)
    view.refresh()
    assert "Time almost up" in view.state_label.text()
    service.extend(-30)  # 150 s allotted, 170 s spoken
    view.refresh()
    assert view.clock.text() == "+00:20"
    assert "Over time" in view.state_label.text()
    assert "Limit 02:30, shortened by 00:30" in plain(view.limit.text())


def test_the_clock_repaints_from_the_service_on_tick(make_console, service, clock,
                                                    qtbot) -> None:
    window = make_console()
    _speaking(service, clock)
    clock.advance(10)
    window.floor.tick.emit()
    assert window.current.clock.text() == "02:00"


def test_projection_sentences(make_console, service, clock) -> None:
    window = make_console()
    assert "No segment is open" in window.segment_clock.title.text()
    _speaking(service, clock, waiting=3)
    window.segment_clock.refresh()
    text = window.segment_clock.projection.text()
    assert "before the scheduled end" in text
    assert "Now 11:00" in plain(window.segment_clock.times.text())  # New York time
    for pid in STATES[4:]:
        service.request(pid)
    service.change_limit("member_state", 900)
    window.segment_clock.refresh()
    text = window.segment_clock.projection.text()
    assert "over" in text and "closing the list" in text
    service.close_list()
    window.segment_clock.refresh()
    assert "closing the list" not in window.segment_clock.projection.text()


def test_right_to_left_layout(service, settings, clock, qtbot, qapp, tmp_path) -> None:
    settings.set(LANGUAGE, "ar")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    floor = QtFloor(service)
    try:
        window = ConsoleWindow(floor, settings)
        qtbot.addWidget(window)
        _speaking(service, clock)
        service.add_note("نقطة", ["political-will"], "i1")
        for size in ((1366, 768), (1920, 1080)):
            window.resize(*size)
            window.show()
            qtbot.waitExposed(window)
            image = window.grab().toImage()
            assert not image.isNull() and image.width() == size[0]
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.speakers.waiting.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert "قطر" in window.current.name.text()  # Qatar in Arabic
        first = window.speakers.waiting_model.index(0)
        assert first.data(Role.NAME) == "بيلاروس"
        # The docks are mirrored: the list of speakers sits on the left in RTL.
        speakers = window.docks[1]
        assert speakers.geometry().center().x() < window.width() // 2
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        floor.stop()


def test_language_switch_renames_live(make_console, service, clock, settings) -> None:
    window = make_console()
    _speaking(service, clock)
    window.set_language("fr")
    assert settings.get(LANGUAGE) == "fr"
    assert window.speakers.waiting_model.index(0).data(Role.NAME) == "Bélarus"
    assert "Qatar" in window.current.name.text()
    window.set_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_font_scale_and_high_contrast(make_console, settings) -> None:
    window = make_console()
    size = window.font().pointSizeF()
    QTest.keyClick(window.speakers.bar.field, Qt.Key.Key_Equal,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert settings.get(FONT_SCALE) == pytest.approx(1.1)
    assert window.font().pointSizeF() > size
    window.actions_by_id["high_contrast"].trigger()
    assert window.current.high_contrast


def test_speaker_display_toggles(make_console, qtbot) -> None:
    made: list[QWidget] = []

    def factory(floor: QtFloor, settings: Settings) -> QWidget:
        w = QWidget()
        qtbot.addWidget(w)
        made.append(w)
        return w

    window = make_console(display_factory=factory)
    with qtbot.waitSignal(window.display_toggled) as shown:
        QTest.keyClick(window.speakers.bar.field, Qt.Key.Key_D,
                       Qt.KeyboardModifier.ControlModifier)
    assert shown.args == [True] and made[0].isVisible()
    window.toggle_display()
    assert not made[0].isVisible() and len(made) == 1


def test_no_display_module_is_a_message(make_console) -> None:
    window = make_console()
    window.toggle_display()
    assert "not available" in window.statusBar().currentMessage()


def test_export_hook_fills_the_export_menu(make_console, monkeypatch) -> None:
    seen: list[QtFloor] = []

    def hook(menu: QMenu, floor: QtFloor) -> None:
        seen.append(floor)
        menu.addAction("Log as CSV…")

    monkeypatch.setattr(main_window, "EXPORT_HOOKS", [hook])
    window = make_console()
    assert [a.text() for a in window.menus["export"].actions()] == ["Log as CSV…"]
    assert seen == [window.floor]


def test_a_database_failure_is_a_dialog_and_a_status(make_console, qtbot) -> None:
    window = make_console()
    window.floor.failed.emit("The disk is full.")
    assert "The disk is full." in window.statusBar().currentMessage()
    box = window.findChild(QMessageBox, "failure-box")
    assert box is not None and box.isVisible()
    assert "not recorded" in box.text()
    box.close()


def test_menus_show_every_action_with_its_keys(make_console) -> None:
    window = make_console()
    floor_menu = window.menus["Floor"]
    texts = {a.objectName(): a for a in floor_menu.actions() if a.objectName()}
    assert "action-next" in texts
    assert texts["action-next"].shortcut().toString() == "Ctrl+N"
    assert "Ctrl+N" in texts["action-next"].toolTip()


def test_the_real_speaker_display_follows_the_console(make_console, service, clock) -> None:
    from floorapp.gui.app import load_display_factory

    factory = load_display_factory()
    if factory is None:
        pytest.skip("the speaker display module is not installed")
    window = make_console(display_factory=factory)
    _speaking(service, clock)
    window.toggle_display()
    assert window.display is not None and window.display.isVisible()
    window.ask_before_closing = False  # the question while someone speaks: test_newcomer
    window.close()
    assert not window.display.isVisible()


def test_no_key_is_given_to_two_actions() -> None:
    from floorapp.gui.console.add_field import KIND_KEYS
    from floorapp.gui.console.shortcuts import ACTIONS

    keys = [k for s in ACTIONS for k in s.keys] + [k for _kind, k in KIND_KEYS] + ["Alt+B"]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
