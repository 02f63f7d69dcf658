"""What a new officer and secretary trip over in their first hour (issue 16), kept fixed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QSpinBox, QTabWidget, QWidget

from floorapp.core.categories import RequestKind
from floorapp.core.clock import FakeClock
from floorapp.gui.console.log_model import Column
from floorapp.gui.console.main_window import ConsoleWindow
from floorapp.gui.floor_qt import QtFloor
from floorapp.gui.settings import Settings
from floorapp.service import FloorService


def plain(text: str) -> str:
    """Text without the left-to-right isolation marks put around times."""
    return text.replace("\u2066", "").replace("\u2069", "")


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


def _speaking(service: FloorService, *pids: str) -> None:
    service.open_segment("panel-1")
    for pid in pids or ("QAT", "BLR", "PHL"):
        service.request(pid)
    service.next()


def test_the_speaker_display_never_takes_the_keyboard(make_console, service, qtbot) -> None:
    from floorapp.gui.app import load_display_factory

    factory = load_display_factory()
    if factory is None:
        pytest.skip("the speaker display module is not installed")
    window = make_console(display_factory=factory)
    _speaking(service)
    window.toggle_display()
    display = window.display
    assert display is not None and display.isVisible()
    assert display.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert display.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert display.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # Should a window manager give it the keyboard anyway, the shortcuts are there too.
    shortcuts = {a.shortcut().toString() for a in display.actions()}
    assert {"Ctrl+N", "Ctrl+E", "Ctrl+Space", "Ctrl+D"} <= shortcuts
    # The officer's keys reach the floor with the display up.
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert service.state.current is None
    QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not display.isVisible()


def test_the_current_rows_time_counts_with_the_countdown(make_console, service,
                                                         clock: FakeClock, qtbot) -> None:
    window = make_console()
    model = window.log.model
    _speaking(service)
    row = model.row_of(service.state.current.id)  # type: ignore[union-attr]
    spoken = model.index(row, Column.SPOKEN)
    over = model.index(row, Column.OVER)
    for step in (1.4, 60.3, 118.9, 4.2):  # through the limit into overrun
        clock.advance(step)
        with qtbot.waitSignal(model.dataChanged) as changed:
            window.floor.tick.emit()
        top, bottom = changed.args[0], changed.args[1]
        assert top.row() == bottom.row() == row  # that row alone, never a reset
        cd = service.countdown()
        assert cd is not None
        shown = plain(cd.display())
        if shown.startswith("+"):
            assert plain(model.data(over)) == shown
        else:
            left = int(shown[:2]) * 60 + int(shown[3:])
            m, s = divmod(round(cd.allotted) - left, 60)
            assert plain(model.data(spoken)) == f"{m:02d}:{s:02d}"
        # The limit line under the clock says the same "spoken" as the row.
        assert "spoken " + plain(model.data(spoken)) in plain(window.current.limit.text())


def test_a_quiet_tick_repaints_nothing(make_console, service, clock, qtbot) -> None:
    window = make_console()
    model = window.log.model
    _speaking(service)
    window.floor.tick.emit()
    seen: list[object] = []
    model.dataChanged.connect(lambda *a: seen.append(a))
    clock.advance(0.2)
    window.floor.tick.emit()
    assert seen == []


def test_the_title_names_the_meeting_once(make_console, qapp) -> None:
    qapp.setApplicationDisplayName("Floor")
    window = make_console()
    assert "Floor" not in window.windowTitle()
    assert window.windowTitle() == window.floor.service.state.programme.title


def test_a_free_floor_is_said_once_with_what_comes_next(make_console, service) -> None:
    window = make_console()
    view = window.current
    assert "Floor is free" in view.state_label.text()
    assert view.name.text() == "Nobody is waiting"
    service.open_segment("panel-1")
    service.request("QAT")
    assert "Qatar" in view.name.text() and view.name.text().startswith("Next:")
    assert "Ctrl+N" in view.detail.text()


def test_a_changed_limit_reads_as_the_new_limit(make_console, service) -> None:
    window = make_console()
    _speaking(service)
    service.extend(-150)
    window.current.refresh()
    assert plain(window.current.limit.text()).startswith("Limit 00:30, shortened by 02:30")
    service.extend(240)
    window.current.refresh()
    assert plain(window.current.limit.text()).startswith("Limit 04:30, extended by 01:30")


def test_a_point_of_orders_message_goes_when_it_ends(make_console, service) -> None:
    window = make_console()
    _speaking(service)
    window.speakers.bar.arm(RequestKind.POINT_OF_ORDER)
    window.speakers.bar.field.setText("Mexico")
    window.speakers.bar.submit()
    assert "Point of order" in window.statusBar().currentMessage()
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert "Point of order" not in window.statusBar().currentMessage()


def test_undoing_next_selects_the_speaker_back_on_the_list(make_console, service,
                                                           clock) -> None:
    window = make_console()
    service.open_segment("panel-1")
    for pid in ("QAT", "BLR", "PHL"):
        service.request(pid)
    first = service.state.waiting()[0].id
    window.controller.next()
    assert window.speakers.selected_request() == service.state.waiting()[0].id
    window.controller.undo()
    assert service.state.current is None
    assert window.speakers.selected_request() == first


def test_quitting_while_someone_speaks_asks_first(make_console, service) -> None:
    window = make_console()
    _speaking(service)
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    box = window.findChild(QMessageBox, "quit-box")
    assert box is not None and box.isVisible() and window.isVisible()
    assert "Qatar has the floor" in box.text() and "Nothing is lost" in box.informativeText()
    box.escapeButton().click()  # Stay
    assert window.isVisible() and service.state.current is not None
    window.close()
    box = window.findChild(QMessageBox, "quit-box")
    quit_button = next(b for b in box.buttons() if "Quit" in b.text())
    quit_button.click()
    assert not window.isVisible()


def test_a_free_floor_quits_at_once(make_console) -> None:
    window = make_console()
    window.close()
    assert not window.isVisible()


def test_a_silent_console_says_so_for_as_long_as_it_lasts(make_console) -> None:
    window = make_console()
    label = window.muted_label
    window.set_sound(False, "No audio output was found: cues are visual only.")
    assert "no sound" in label.text() and "No audio output" in label.toolTip()
    window.controller.toggle_mute()
    assert "no sound" in label.text()  # the graver state wins
    window.set_sound(True)
    assert "muted" in label.text()
    window.controller.toggle_mute()
    assert label.text() == ""


def test_one_notation_for_limits_everywhere_with_the_languages_digits(qapp, service,
                                                                      settings) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QSpinBox

    from floorapp.gui.dialogs.limits import LimitsEditor
    from floorapp.gui.dialogs.settings_dialog import SettingsDialog
    from floorapp.gui.durations import DurationBox, parse_duration

    assert parse_duration("3:00") == parse_duration("٣:٠٠") == parse_duration("3") == 180
    assert parse_duration("1:00:30") == 3630 and parse_duration("2:75") is None
    floor = QtFloor(service)
    try:
        service.open_segment("panel-1")
        dialog = SettingsDialog(floor, settings)
        boxes = [b for b in dialog.findChildren(QSpinBox)
                 if b.objectName().startswith(("meeting-", "setting-limits/", "setting-meeting/"))]
        assert len(boxes) > 20 and all(isinstance(b, DurationBox) for b in boxes)
        member = dialog.findChild(QSpinBox, "meeting-limit-member_state")
        assert member.text() == "03:00" and member.suffix() == ""
        editor = LimitsEditor("limits")
        editor.set_limits({"member_state": 120}, {"member_state": 180, "observer": 120})
        assert editor.fields["member_state"].text() == "02:00"
        assert "02:00" in editor.fields["observer"].text()  # inherited, as the meeting's
        # Arabic: the same notation in Arabic-Indic digits, typed in either.
        arabic = DurationBox()
        arabic.setLocale(QLocale("ar"))
        arabic.setValue(180)
        assert arabic.text() == "٠٣:٠٠"
        arabic.lineEdit().selectAll()
        arabic.lineEdit().insert("٢:٣٠")  # typed (QTest types ASCII keys only)
        arabic.interpretText()
        assert arabic.value() == 150
        for w in (dialog, editor, arabic):
            w.deleteLater()
    finally:
        floor.stop()


def test_the_secretarys_work_never_moves_the_officers_clock(make_console, service, clock,
                                                            qtbot) -> None:
    window = make_console()
    window.resize(1366, 768)
    _speaking(service)
    clock.advance(30)
    window.log.focus()
    qtbot.wait(50)
    before = window.current.clock.geometry(), window.docks[2].height()
    for i in range(6):
        service.add_note(f"Key point number {i + 1}, with a few words more.", [])
    service.add_announcement("Contribution to the Trust Fund", 100000, "USD")
    service.add_announcement("Will host a regional meeting")
    qtbot.wait(50)
    assert (window.current.clock.geometry(), window.docks[2].height()) == before
    notes = window.log.notes
    assert notes.notes.minimumHeight() >= 4 * notes.fontMetrics().lineSpacing()
    # Each theme's whole title is there to read, wrapped beside its box.
    from floorapp.gui.console.notes_editor import ThemeLabel

    titles = [t.title for t in service.state.programme.segment("panel-1").themes]
    shown = [label.text() for label in notes.themes_box.findChildren(ThemeLabel)]
    assert sorted(shown) == sorted(titles) and not any("…" in t for t in shown)
    label = notes.themes_box.findChildren(ThemeLabel)[0]
    label.box.setChecked(False)
    QTest.mouseClick(label, Qt.MouseButton.LeftButton)
    assert label.box.isChecked()


def test_the_add_dialog_defaults_to_the_likeliest_or_asks(qapp, service) -> None:
    from floorapp.gui.dialogs.participant import AddParticipantDialog
    from floorapp.gui.floor_qt import QtFloor

    floor = QtFloor(service)
    try:
        ngo = AddParticipantDialog(floor, "Atlantis Foundation", unknown=True)
        assert ngo.category.currentData() == "civil_society" and not ngo.problems()
        person = AddParticipantDialog(floor, "Ms. Jane Doe", unknown=True)
        assert person.category.currentData() == ""
        assert person.problems() == ["Choose the kind of participant: the name does not tell."]
        person.names["en"].setText("Jane Doe Foundation")
        person.names["en"].textEdited.emit("Jane Doe Foundation")
        assert person.category.currentData() == "civil_society"
        for d in (ngo, person):
            d.deleteLater()
    finally:
        floor.stop()


def test_a_meeting_that_will_not_open_offers_another(tmp_path: Path, qapp, monkeypatch) -> None:
    from floorapp.gui import app as gui_app
    from floorapp.gui.app import MeetingTarget, open_meeting_interactive
    from tests.helpers.factories import small_programme

    broken = tmp_path / "broken.floor"
    broken.write_bytes(b"\x00garbage" * 50)
    good = tmp_path / "good.floor"
    FloorService.create(good, small_programme(), FakeClock()).close()
    offers: list[tuple[str, bool]] = []

    def show(_parent, title, _problems, _advice="", offer=False):  # type: ignore[no-untyped-def]
        offers.append((title, offer))
        return gui_app.OPEN_ANOTHER

    monkeypatch.setattr(gui_app, "show_problems", show)
    monkeypatch.setattr(gui_app, "ask_for_meeting",
                        lambda _parent, choice: MeetingTarget(str(good)))
    service = open_meeting_interactive(None, MeetingTarget(str(broken)), offer_others=True)
    assert service is not None and service.journal.target == str(good)
    assert offers == [("The meeting database cannot be used", True)]
    service.close()
    assert broken.read_bytes() == b"\x00garbage" * 50


def test_the_advice_is_not_counted_as_a_problem(tmp_path: Path, qapp) -> None:
    from floorapp.gui.app import MeetingTarget, OpenFailure, open_meeting
    from floorapp.gui.dialogs.problems import ProblemsDialog

    with pytest.raises(OpenFailure) as failure:
        open_meeting(MeetingTarget(str(tmp_path / "nope.floor")))
    assert len(failure.value.problems) == 1 and "Open an existing" in failure.value.advice
    dialog = ProblemsDialog(failure.value.title, failure.value.problems,
                            advice=failure.value.advice,
                            actions=[("Open another meeting…", "open")])
    assert dialog.intro.text() == "Nothing was changed. The problem:"
    assert dialog.list.count() == 1 and "Open an existing" in dialog.advice.text()
    dialog.findChild(QWidget, "problems-open").click()
    assert dialog.choice == "open"
    dialog.deleteLater()


def test_dialogs_fit_the_screen_and_switch_tabs_from_the_keyboard(qapp, service, settings,
                                                                  qtbot) -> None:
    from floorapp.gui.dialogs.programme_editor import ProgrammeEditor
    from floorapp.gui.dialogs.settings_dialog import SettingsDialog

    floor = QtFloor(service)
    try:
        for dialog, tabs in ((d := SettingsDialog(floor, settings), d.tabs),
                             (e := ProgrammeEditor(floor), e.findChild(QTabWidget))):
            qtbot.addWidget(dialog)
            with qtbot.waitActive(dialog):
                dialog.show()
                dialog.activateWindow()
            room = dialog.screen().availableGeometry()
            assert dialog.width() <= room.width() and dialog.height() <= room.height()
            assert tabs.currentIndex() == 0
            spin = dialog.findChild(QSpinBox)
            spin.setFocus()  # a spin box takes PageUp/PageDown for itself
            QTest.keyClick(spin, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
            assert tabs.currentIndex() == 1
            QTest.keyClick(spin if spin.isVisible() else dialog, Qt.Key.Key_PageUp,
                           Qt.KeyboardModifier.ControlModifier)
            assert tabs.currentIndex() == 0
    finally:
        floor.stop()


def test_the_console_fits_a_small_screen_whole(service, settings, qtbot) -> None:
    floor = QtFloor(service)
    window = ConsoleWindow(floor, settings)
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    window.show_fitting()
    if room.width() < 1366 + 16 or room.height() < 768 + 48:
        assert window.isMaximized()
    assert window.statusBar().geometry().bottom() <= room.height()
    floor.stop()
