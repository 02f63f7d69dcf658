"""A whole segment run from the keyboard alone, checked against the journal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from floorapp.core.categories import SpeakerCategory
from floorapp.core.clock import FakeClock
from floorapp.core.roster import Participant
from floorapp.gui.console.main_window import ConsoleWindow
from floorapp.qt.floor_qt import QtFloor
from floorapp.qt.settings import Settings
from floorapp.service import FloorService

Mod = Qt.KeyboardModifier
Key = Qt.Key
CTRL = Mod.ControlModifier
SHIFT = Mod.ShiftModifier


def _open_console(service: FloorService, qtbot, tmp_path: Path) -> ConsoleWindow:
    """The console on a meeting, shown and active; unknown names are added as NGOs."""
    floor = QtFloor(service)
    settings = Settings(tmp_path / "floor.ini")
    asked: list[str] = []

    def ask_new(_parent: QWidget, floor: QtFloor, name: str) -> Participant | None:
        asked.append(name)
        return floor.service.add_participant(name, SpeakerCategory.CIVIL_SOCIETY)

    window = ConsoleWindow(floor, settings, ask_new=ask_new)
    window.asked = asked  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@pytest.fixture
def console(service: FloorService, qtbot, tmp_path: Path) -> Iterator[ConsoleWindow]:
    """The console on the small test meeting (in memory)."""
    window = _open_console(service, qtbot, tmp_path)
    yield window
    window.floor.stop()


@pytest.fixture(params=["memory", "sqlite-2012"])
def meeting(request: pytest.FixtureRequest, service: FloorService, clock: FakeClock,
            tmp_path: Path) -> Iterator[FloorService]:
    """The small test meeting in memory, or the bundled 2012 dialogue in an SQLite file."""
    if request.param == "memory":
        yield service
        return
    from floorapp.core.programme.file import load_programme
    from floorapp.gui.app import bundled_programme

    svc = FloorService.create(tmp_path / "m.floor", load_programme(bundled_programme()), clock)
    yield svc
    svc.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Key, mods: Mod = Mod.NoModifier) -> None:
    """One key, sent where the keyboard focus is, as a user's key would be."""
    QTest.keyClick(focused(), key, mods)


def type_text(text: str) -> None:
    """Type text where the keyboard focus is, one key per character (any script)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClick(focused(), ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Key.Key_unknown, ch,
                               Mod.NoModifier)


def types(service: FloorService) -> list[str]:
    return [e.type for e in service.floor.events]


TEN = ["qat", "bela", "phil", "eu", "egy", "suisse", "alemania", "日本", "брази", "mex"]
TEN_IDS = ["QAT", "BLR", "PHL", "EU", "EGY", "CHE", "DEU", "JPN", "BRA", "MEX"]


def test_a_whole_segment_by_keyboard(meeting: FloorService, clock: FakeClock, qtbot,
                                     tmp_path: Path) -> None:
    service = meeting
    console = _open_console(service, qtbot, tmp_path)
    # Open Panel I from the programme: Ctrl+1, Down, Enter.
    press(Key.Key_1, CTRL)
    assert focused() is console.programme.list
    press(Key.Key_Down)
    press(Key.Key_Return)
    assert service.state.current_segment == "panel-1"

    # Inscribe ten delegations by typing a few letters (six languages) and Enter.
    press(Key.Key_L, CTRL)
    assert focused() is console.speakers.bar.field
    for text in TEN:
        type_text(text)
        press(Key.Key_Return)
        assert console.speakers.bar.field.text() == ""
    assert [r.participant_id for r in service.state.waiting()] == TEN_IDS
    assert console.speakers.waiting_model.rowCount() == 10

    # Give the floor; pause and resume; extend.
    press(Key.Key_N, CTRL)
    assert service.state.current is not None
    assert service.state.current.participant_id == "QAT"
    clock.advance(20)
    press(Key.Key_Space, CTRL)
    assert service.state.current.paused
    clock.advance(5)
    press(Key.Key_Space, CTRL)
    assert service.state.current.running
    press(Key.Key_Equal, CTRL)
    assert service.state.current.extension == 30
    cd = service.countdown()
    assert cd is not None and cd.remaining == pytest.approx(180 + 30 - 20)

    # A point of order from Egypt interrupts Qatar, then ends.
    press(Key.Key_P, CTRL)
    assert console.speakers.bar.kind.value == "point_of_order"
    type_text("egy")
    press(Key.Key_Return)
    assert service.state.current.participant_id == "EGY"
    assert service.state.current.kind.value == "point_of_order"
    clock.advance(40)
    press(Key.Key_E, CTRL)
    assert service.state.current.participant_id == "QAT"
    press(Key.Key_Space, CTRL)  # Qatar's time runs again
    assert service.state.current.running

    # End Qatar's turn, undo the end, redo it.
    clock.advance(30)
    press(Key.Key_E, CTRL)
    assert service.state.current is None
    press(Key.Key_Z, CTRL)
    assert service.state.current is not None and service.state.current.participant_id == "QAT"
    press(Key.Key_Z, CTRL | SHIFT)
    assert service.state.current is None

    # The journal holds exactly what was done, in order.
    floor_types = [t for t in types(service) if t != "meeting_created"]
    assert floor_types == (
        ["segment_opened"] + ["floor_requested"] * 10
        + ["floor_given", "turn_paused", "turn_resumed", "turn_extended",
           "floor_requested", "floor_given", "turn_ended", "turn_resumed",
           "turn_ended", "undone", "redone"])
    events = service.floor.events
    assert [e.data["participant"] for e in events if e.type == "floor_requested"][:10] == TEN_IDS
    given = [e for e in events if e.type == "floor_given"]
    assert given[1].data["interrupt"] is True and given[1].data["participant"] == "EGY"
    log = service.log("panel-1")
    assert [x.participant_id for x in log] == ["QAT", "EGY"]
    assert log[0].spoken == pytest.approx(20 + 30)
    # What was journaled is what the state shows: a fresh fold of the journal agrees.
    assert [e.type for e in service.journal.read()] == types(service)
    console.floor.stop()


def test_list_actions_by_keyboard(console: ConsoleWindow, service: FloorService) -> None:
    service.open_segment("panel-1")
    press(Key.Key_L, CTRL)
    for text in ("qat", "bela", "phil", "egy"):
        type_text(text)
        press(Key.Key_Return)
    # Up/Down in the empty add field walk the list; Ctrl+Down moves the request.
    press(Key.Key_Down)  # to Belarus
    press(Key.Key_Down, CTRL)
    assert [r.participant_id for r in service.state.waiting()] == ["QAT", "PHL", "BLR", "EGY"]
    assert console.speakers.selected_request() == service.state.waiting()[2].id
    press(Key.Key_Up, CTRL)
    assert [r.participant_id for r in service.state.waiting()] == ["QAT", "BLR", "PHL", "EGY"]
    # Ctrl+End sends Belarus to the end; Ctrl+2 and the arrows select in the list.
    press(Key.Key_End, CTRL)
    assert [r.participant_id for r in service.state.waiting()] == ["QAT", "PHL", "EGY", "BLR"]
    press(Key.Key_2, CTRL)
    assert focused() is console.speakers.waiting
    press(Key.Key_Home)
    press(Key.Key_A, CTRL | SHIFT)  # Qatar is not in the room
    assert [r.participant_id for r in service.state.absent()] == ["QAT"]
    press(Key.Key_Delete)  # withdraw Philippines (now first)
    assert [r.participant_id for r in service.state.waiting()] == ["EGY", "BLR"]
    press(Key.Key_R, CTRL | SHIFT)  # recall Qatar to the top
    assert [r.participant_id for r in service.state.waiting()] == ["QAT", "EGY", "BLR"]
    press(Key.Key_L, CTRL | SHIFT)
    assert service.state.segment_list().closed
    press(Key.Key_L, CTRL)
    type_text("mex")
    press(Key.Key_Return)  # refused: the list is closed
    assert "closed" in console.statusBar().currentMessage()
    assert console.speakers.bar.field.text() == "mex"  # kept, nothing lost
    assert types(service)[-7:] == [
        "request_moved", "request_moved", "request_deferred", "request_absent",
        "request_withdrawn", "request_recalled", "list_closed"]


def test_kinds_from_the_add_field(console: ConsoleWindow, service: FloorService) -> None:
    service.open_segment("panel-1")
    press(Key.Key_L, CTRL)
    press(Key.Key_Q, Mod.AltModifier)
    type_text("phil")
    press(Key.Key_Return)
    press(Key.Key_G, Mod.AltModifier)
    type_text("egy")
    press(Key.Key_Return)  # asks on whose behalf: the cursor goes to the group field
    assert focused() is console.speakers.bar.behalf
    type_text("the African Group")
    press(Key.Key_Return)
    press(Key.Key_R, CTRL)
    type_text("bela")
    press(Key.Key_Return)
    reqs = service.state.waiting()
    assert [(r.participant_id, r.kind.value, r.on_behalf_of) for r in reqs] == [
        ("PHL", "question", ""), ("EGY", "group", "the African Group"), ("BLR", "reply", "")]
    assert console.speakers.bar.kind.value == "statement"  # back to plain statements


def test_an_unknown_name_offers_a_new_participant(console: ConsoleWindow,
                                                  service: FloorService) -> None:
    service.open_segment("panel-1")
    press(Key.Key_L, CTRL)
    type_text("Zonta International")
    press(Key.Key_Return)
    assert console.asked == ["Zonta International"]  # type: ignore[attr-defined]
    req = service.state.waiting()[0]
    p = service.state.participant(req.participant_id)
    assert p.name() == "Zonta International"
    assert p.category is SpeakerCategory.CIVIL_SOCIETY
    assert types(service)[-2:] == ["participant_added", "floor_requested"]


def test_a_second_next_within_a_second_is_ignored(console: ConsoleWindow, service: FloorService,
                                                  clock: FakeClock) -> None:
    service.open_segment("panel-1")
    for pid in ("QAT", "BLR", "PHL"):
        service.request(pid)
    press(Key.Key_N, CTRL)
    clock.advance(0.4)
    press(Key.Key_N, CTRL)
    assert service.state.current is not None and service.state.current.participant_id == "QAT"
    assert "Ignored" in console.statusBar().currentMessage()
    assert types(service).count("floor_given") == 1
    clock.advance(1.0)
    press(Key.Key_N, CTRL)
    assert service.state.current.participant_id == "BLR"


def test_a_refused_command_shows_in_the_status_bar(console: ConsoleWindow,
                                                   service: FloorService) -> None:
    press(Key.Key_N, CTRL)  # no segment is open
    assert "No segment is open" in console.statusBar().currentMessage()
    service.open_segment("panel-1")
    press(Key.Key_N, CTRL)
    assert "empty" in console.statusBar().currentMessage()
    press(Key.Key_E, CTRL)
    assert "Nobody has the floor" in console.statusBar().currentMessage()


def test_live_keys_reach_their_actions_from_the_add_field(console: ConsoleWindow,
                                                         service: FloorService) -> None:
    service.open_segment("panel-1")
    service.request("QAT")
    service.next()
    field = console.speakers.bar.field
    field.setFocus()
    type_text("bel")  # half-typed name: Ctrl+E still ends the turn, Ctrl+Z is the field's
    press(Key.Key_E, CTRL)
    assert service.state.current is None
    press(Key.Key_Z, CTRL)
    assert service.state.current is None  # the field's own undo, not the floor's
    field.clear()
    press(Key.Key_Z, CTRL)
    assert service.state.current is not None  # empty field: the floor's undo


def test_space_pauses_outside_text_fields_only(console: ConsoleWindow,
                                               service: FloorService) -> None:
    service.open_segment("panel-1")
    service.request("QAT")
    service.next()
    console.speakers.bar.field.setFocus()
    press(Key.Key_Space)
    assert service.state.current.running  # a space in the name field is a space
    press(Key.Key_2, CTRL)
    press(Key.Key_Space)
    assert service.state.current.paused


def test_notes_by_keyboard(console: ConsoleWindow, service: FloorService,
                           clock: FakeClock) -> None:
    service.open_segment("panel-1")
    service.request("QAT")
    service.next()
    clock.advance(100)
    service.end()
    press(Key.Key_3, CTRL)
    assert focused() is console.log.table
    press(Key.Key_Return)
    assert focused() is console.log.notes.text
    type_text("Calls for political will")
    console.log.notes.checks["political-will"].setChecked(True)
    press(Key.Key_Return, CTRL)
    iv = service.state.interventions["i1"]
    assert [(n.text, n.themes) for n in iv.notes] == [
        ("Calls for political will", ("political-will",))]
    # Correct it, then strike it: both journaled, the original kept.
    console.log.notes.notes.setCurrentRow(0)
    console.log.notes.text.setPlainText("Calls for stronger political will")
    console.log.notes.commit()
    console.log.notes.toggle_strike()
    assert types(service)[-3:] == ["note_added", "note_edited", "note_struck"]
    assert iv.notes[0].struck and iv.notes[0].text == "Calls for stronger political will"
    assert "struck" in console.log.notes.notes.item(0).text()


def test_help_overlay_lists_every_shortcut(console: ConsoleWindow) -> None:
    press(Key.Key_F1)
    assert console.help.isVisible()
    body = "".join(label.text() for label in console.help.columns)
    for name in ("Next speaker", "Pause / resume", "Point of order", "Undo", "Mute sound cues"):
        assert name in body
    press(Key.Key_Escape)
    assert not console.help.isVisible()


def test_mute_is_a_signal_for_the_cues(console: ConsoleWindow, qtbot) -> None:
    with qtbot.waitSignal(console.mute_toggled) as blocker:
        press(Key.Key_M, CTRL)
    assert blocker.args == [True]
    assert console.actions_by_id["mute"].isChecked()


def test_live_keys_work_while_the_completions_are_open(console: ConsoleWindow,
                                                       service: FloorService) -> None:
    service.open_segment("panel-1")
    service.request("QAT")
    service.next()
    press(Key.Key_L, CTRL)
    type_text("bel")
    bar = console.speakers.bar
    popup = bar.completer.popup()
    assert popup.isVisible()
    shown = [bar.matches.participant(r).id for r in range(bar.matches.rowCount())]
    assert {"BLR", "BEL"} <= set(shown)
    # While the popup is open it receives the keys, as it does for a real user.
    QTest.keyClick(popup, Key.Key_E, CTRL)
    assert service.state.current is None
    assert not popup.isVisible()
    assert bar.field.text() == "bel"
    # Choosing the second match with the arrows, then Enter, inscribes that one.
    type_text("a")
    type_text("\b")  # back to "bel": the popup opens again
    assert popup.isVisible()
    QTest.keyClick(popup, Key.Key_Down)
    QTest.keyClick(popup, Key.Key_Down)
    QTest.keyClick(popup, Key.Key_Return)
    assert [r.participant_id for r in service.state.waiting()] == [shown[1]]
    assert bar.field.text() == ""


def test_equally_good_matches_are_not_guessed(console: ConsoleWindow,
                                              service: FloorService) -> None:
    service.open_segment("panel-1")
    press(Key.Key_L, CTRL)
    type_text("nig")  # Niger or Nigeria
    press(Key.Key_Return)
    assert service.state.waiting() == []
    assert "Niger" in console.statusBar().currentMessage()
    assert console.speakers.bar.field.text() == "nig"
    popup = console.speakers.bar.completer.popup()
    assert popup.isVisible()
    second = console.speakers.bar.matches.participant(1)
    QTest.keyClick(popup, Key.Key_Down)
    QTest.keyClick(popup, Key.Key_Down)
    QTest.keyClick(popup, Key.Key_Return)
    assert [r.participant_id for r in service.state.waiting()] == [second.id]


def test_keys_are_written_as_keyboards_print_them_in_every_language() -> None:
    """Qt's native key names are translated ("Ctrl+الأعلى" in Arabic); the help, menus and
    tooltips write keys as printed on keyboards, arrows as arrows, isolated left to right."""
    import sys

    from floorapp.gui.console.shortcuts import ACTIONS, key_label

    if sys.platform != "darwin":
        assert key_label("Ctrl+Up") == "Ctrl+↑"
        assert key_label("Ctrl++") == "Ctrl++"
    up = next(s for s in ACTIONS if "Ctrl+Up" in s.keys)
    text = up.key_text()
    assert text.startswith("\u2066") and text.endswith("\u2069")
