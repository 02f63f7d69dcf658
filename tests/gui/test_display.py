"""The speaker display: same time as the console, speaker changes, sizes, RTL, states, place."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from floorapp.core.categories import RequestKind
from floorapp.core.clock import FakeClock
from floorapp.gui.display import SpeakerDisplay
from floorapp.gui.display.fitting import FittedLabel
from floorapp.gui.display.placement import choose_screen, windowed_geometry
from floorapp.qt.floor_qt import QtFloor
from floorapp.qt.settings import LANGUAGE, Settings
from floorapp.service import FloorService

MakeDisplay = Callable[..., SpeakerDisplay]


def shown(label: FittedLabel) -> str:
    """A label's text without the direction mark in front."""
    return label.text().lstrip("\u200e\u200f")


@pytest.fixture
def floor(service: FloorService, qapp: QApplication) -> Iterator[QtFloor]:
    """The Qt face of the test meeting; its repaint timer stops at the end."""
    f = QtFloor(service)
    yield f
    f.stop()


@pytest.fixture
def make_display(floor: QtFloor, qtbot: QtBot) -> MakeDisplay:
    """Builds speaker displays on the test meeting at a given size."""

    def make(width: int = 1920, height: int = 1080, **kwargs: object) -> SpeakerDisplay:
        display = SpeakerDisplay(floor, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(display)
        display.place()
        display.resize(width, height)
        display.show()
        qtbot.waitExposed(display)
        return display

    return make


def _speaking(service: FloorService, clock: FakeClock) -> None:
    """Panel I open, Egypt speaking for the African Group, four waiting."""
    service.open_segment("panel-1")
    service.request("EGY", RequestKind.GROUP, on_behalf_of="African Group")
    for pid in ("QAT", "MEX", "JPN"):
        service.request(pid)
    service.request("THA", RequestKind.QUESTION)
    service.next()
    clock.advance(50)


def test_display_and_service_show_the_same_time(
    make_display: MakeDisplay, floor: QtFloor, service: FloorService, clock: FakeClock,
) -> None:
    display = make_display()
    _speaking(service, clock)
    for step in (0.4, 7.3, 60.0, 200.0, 31.9):
        clock.advance(step)
        floor.tick.emit()
        cd = service.countdown()
        assert cd is not None
        assert display.clock.text() == cd.display()


def test_display_tracks_the_console(
    make_display: MakeDisplay, floor: QtFloor, service: FloorService, clock: FakeClock,
    qtbot: QtBot,
) -> None:
    current_view = pytest.importorskip("floorapp.gui.console.current_view")
    console = current_view.CurrentView(floor)
    qtbot.addWidget(console)
    display = make_display()
    _speaking(service, clock)
    for step in (1.2, 95.0, 40.0):
        clock.advance(step)
        floor.tick.emit()
        assert display.clock.text() == console.clock.text()
    floor.run(floor.service.pause)
    clock.advance(30)
    floor.tick.emit()
    assert display.clock.text() == console.clock.text()


def test_speaker_changes_follow_the_floor(
    make_display: MakeDisplay, floor: QtFloor, service: FloorService, clock: FakeClock,
) -> None:
    display = make_display()
    assert "Floor is free" in shown(display.state_label)
    assert display.clock.text() == "--:--" and not display.clock.isVisible()
    _speaking(service, clock)
    assert shown(display.name) == "Egypt"
    assert shown(display.detail) == "on behalf of the African Group"
    assert shown(display.title) == "Panel I"
    assert [shown(x) for x in display.next_lines] == ["1.  Qatar", "2.  Mexico", "3.  Japan"]
    floor.run(floor.service.next)
    assert shown(display.name) == "Qatar"
    assert shown(display.detail) == ""
    assert display.detail.height() == 0  # an empty line gives its room to the clock
    assert shown(display.next_lines[2]) == "3.  Thailand (question to the panel)"
    floor.run(floor.service.next)
    floor.run(floor.service.next)
    floor.run(floor.service.next)
    assert "Question to the panel" in shown(display.detail)
    assert [shown(x) for x in display.next_lines] == ["", "", ""]
    assert shown(display.next_heading) == ""


def test_a_free_floor_shows_who_comes_next(
    make_display: MakeDisplay, floor: QtFloor, service: FloorService,
) -> None:
    display = make_display()
    assert shown(display.name) == "" and not display.clock.isVisible()
    service.open_segment("panel-1")
    service.request("EGY", RequestKind.GROUP, on_behalf_of="African Group")
    for pid in ("QAT", "MEX", "JPN"):
        service.request(pid)
    assert "Floor is free" in shown(display.state_label)
    assert shown(display.name) == "Egypt"
    assert shown(display.detail) == "Next speaker · on behalf of the African Group"
    assert [shown(x) for x in display.next_lines] == ["2.  Qatar", "3.  Mexico", "4.  Japan"]
    floor.run(floor.service.next)
    assert display.clock.isVisible() and display.clock.text() == "05:00"
    assert shown(display.detail) == "on behalf of the African Group"


def test_states_are_shown_in_words_and_shapes(
    make_display: MakeDisplay, floor: QtFloor, service: FloorService, clock: FakeClock,
) -> None:
    display = make_display()
    _speaking(service, clock)
    assert shown(display.state_label) == "▶  Speaking"
    floor.run(floor.service.pause)
    assert shown(display.state_label) == "❚❚  PAUSED"
    assert "#ffd54f" in display.panel.styleSheet()  # the yellow border
    floor.run(floor.service.resume)
    clock.advance(240)  # 300 s for a group statement: 10 s left
    floor.tick.emit()
    assert shown(display.state_label) == "▲  Time almost up"
    clock.advance(11)
    floor.tick.emit()
    assert shown(display.state_label) == "■  TIME IS UP"
    clock.advance(11)
    floor.tick.emit()
    assert shown(display.state_label) == "✚  Over time"
    assert display.clock.text() == "+00:12"


def _clock_px(display: SpeakerDisplay) -> int:
    return display.clock.font().pixelSize()


def test_text_scales_with_the_window_and_fits(
    make_display: MakeDisplay, service: FloorService, clock: FakeClock,
) -> None:
    _speaking(service, clock)
    big = make_display(1920, 1080)
    small = make_display(800, 600)
    assert big.name.font().pixelSize() > small.name.font().pixelSize() >= 24
    assert _clock_px(big) > _clock_px(small) >= 100
    assert big.name.font().pixelSize() >= 100  # readable across a large room
    for d in (big, small):
        fm = QFontMetrics(d.clock.font())
        assert fm.horizontalAdvance("+00:00") <= d.clock.width()
        for label in d.texts():
            if shown(label):
                assert not shown(label).endswith("…"), label.objectName()
                assert QFontMetrics(label.font()).horizontalAdvance(
                    shown(label)) <= label.width() * label.lines
        bottom = d.next_lines[-1].geometry().bottom()
        assert bottom <= d.height()


def test_long_names_shrink_to_fit(make_display: MakeDisplay, service: FloorService) -> None:
    display = make_display(800, 600)
    service.open_segment("panel-1")
    service.request("GBR", on_behalf_of="the European Union and its Member States, "
                    "the candidate countries and the potential candidates")
    service.request("VCT")
    service.next()
    assert shown(display.name) == "United Kingdom of Great Britain and Northern Ireland"
    assert display.name.font().pixelSize() < int(600 * 0.105)
    assert display.detail.height() <= display.detail.band


def test_arabic_is_right_to_left(
    make_display: MakeDisplay, service: FloorService, clock: FakeClock,
) -> None:
    _speaking(service, clock)
    display = make_display(language="ar")
    assert display.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert display.clock.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert shown(display.name) == "مصر"
    assert shown(display.detail) == "باسم مجموعة الدول الأفريقية"
    assert shown(display.next_lines[0]) == "1.  قطر"
    assert display.next_lines[0].text().startswith("\u200f")
    assert display.next_lines[0].alignment() & Qt.AlignmentFlag.AlignRight
    cd = service.countdown()
    assert cd is not None and display.clock.text() == cd.display()


def test_names_in_every_language(
    make_display: MakeDisplay, service: FloorService, clock: FakeClock,
) -> None:
    _speaking(service, clock)
    expected = {"zh": "埃及", "fr": "Égypte", "ru": "Египет", "es": "Egipto"}
    for lang, name in expected.items():
        display = make_display(800, 600, language=lang)
        assert shown(display.name) == name
        assert display.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_follows_the_language_setting(
    make_display: MakeDisplay, service: FloorService, clock: FakeClock, tmp_path: Path,
) -> None:
    settings = Settings(tmp_path / "floor.ini")
    _speaking(service, clock)
    display = make_display(settings=settings)
    assert shown(display.name) == "Egypt"
    settings.set(LANGUAGE, "ar")
    assert shown(display.name) == "مصر"
    assert display.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_windowed_on_the_only_screen(floor: QtFloor, qtbot: QtBot) -> None:
    display = SpeakerDisplay(floor)
    qtbot.addWidget(display)
    screen = display.show_on_screen(None)
    assert len(QGuiApplication.screens()) == 1
    assert screen is QGuiApplication.screens()[0]
    assert not display.isFullScreen()
    assert display.isVisible()


def test_shown_by_the_console_it_places_itself(floor: QtFloor, qtbot: QtBot) -> None:
    display = SpeakerDisplay(floor)
    qtbot.addWidget(display)
    with qtbot.waitSignal(display.visibility_changed) as shown_signal:
        display.setVisible(True)  # what the console's "speaker display" action does
    assert shown_signal.args == [True]
    screen = QGuiApplication.screens()[0]
    assert display.geometry() == windowed_geometry(screen.availableGeometry())
    qtbot.keyClick(display, Qt.Key.Key_F11)
    assert display.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.keyClick(display, Qt.Key.Key_Escape)
    assert not display.windowState() & Qt.WindowState.WindowFullScreen
    with qtbot.waitSignal(display.visibility_changed) as hidden_signal:
        display.close()
    assert hidden_signal.args == [False]


def test_full_screen_on_a_second_screen(qapp: QApplication) -> None:
    only = QGuiApplication.primaryScreen()
    first, second = cast(QScreen, object()), cast(QScreen, object())  # two screens' stand-ins
    assert choose_screen([only], 1) == (only, False)
    assert choose_screen([first, second], None, first) == (second, True)
    assert choose_screen([first, second], 0, first) == (first, True)
    assert choose_screen([first, second], 7, second) == (first, True)
    rect = windowed_geometry(only.availableGeometry())
    assert only.availableGeometry().contains(rect)
