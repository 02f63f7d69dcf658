"""The secretary's record in the console: language, flags, announcements, corrections."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from floorapp.core import events as ev
from floorapp.core.clock import FakeClock
from floorapp.core.log import entry_for
from floorapp.gui.console.record_panel import (
    AnnouncementDialog,
    CorrectionDialog,
    RecordPanel,
)
from floorapp.qt.floor_qt import QtFloor
from floorapp.service import FloorService


@pytest.fixture
def floor(service: FloorService, qapp: QApplication) -> Iterator[QtFloor]:
    """The test meeting with two finished interventions (Qatar, then Belarus)."""
    service.open_segment("panel-1")
    service.request("QAT")
    service.request("BLR")
    f = QtFloor(service)
    yield f
    f.stop()


def _two_turns(service: FloorService, clock: FakeClock) -> list[str]:
    service.next()
    clock.advance(150)
    service.next()
    clock.advance(200)
    service.end()
    return list(service.state.interventions)


def _panel(floor: QtFloor, qtbot: QtBot, iid: str) -> RecordPanel:
    panel = RecordPanel(floor)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_intervention(iid)
    return panel


def test_language_and_flags_are_journaled(floor: QtFloor, clock: FakeClock,
                                          qtbot: QtBot) -> None:
    service = floor.service
    first, _second = _two_turns(service, clock)
    panel = _panel(floor, qtbot, first)
    assert panel.spoken_in.currentData() == ""
    index = panel.spoken_in.findData("ar")
    panel.spoken_in.setCurrentIndex(index)
    panel.spoken_in.activated.emit(index)
    panel.written.click()
    assert service.state.interventions[first].record == {"language": "ar",
                                                         "written_statement": True}
    assert service.floor.events[-1].type == ev.RECORD_UPDATED
    panel.written.click()
    assert service.state.interventions[first].record["written_statement"] is False
    # Both stay in the journal: a change of the record is a new event, never an erasure.
    updates = [e for e in service.floor.events if e.type == ev.RECORD_UPDATED]
    assert [e.data["fields"] for e in updates] == [
        {"language": "ar"}, {"written_statement": True}, {"written_statement": False}]


def test_nothing_selected_disables_the_record(floor: QtFloor, qtbot: QtBot) -> None:
    panel = _panel(floor, qtbot, "")
    panel.set_intervention(None)
    assert not panel.spoken_in.isEnabled() and not panel.correct.isEnabled()


def test_a_pledge_is_recorded_with_its_amount_and_can_be_struck(
    floor: QtFloor, clock: FakeClock, qtbot: QtBot,
) -> None:
    service = floor.service
    _first, second = _two_turns(service, clock)
    panel = _panel(floor, qtbot, second)
    dialog = panel.add_announcement()
    assert isinstance(dialog, AnnouncementDialog)
    dialog.text.setText("Pledge to the UN Voluntary Trust Fund")
    dialog.amount.setValue(250000)
    dialog.currency.setText("eur")
    dialog.accept()
    [pledge] = service.state.interventions[second].announcements
    assert (pledge.amount, pledge.currency) == (250000, "EUR")
    assert panel.announcements.count() == 1
    # in the console's number conventions (QLocale's default: "250,000" in English)
    amount = QLocale().toString(250000.0, "f", 0)
    assert f"{amount} EUR" in panel.announcements.item(0).text()
    panel.announcements.setCurrentRow(0)
    panel.toggle_strike()
    assert service.state.interventions[second].announcements[0].struck
    assert "(struck)" in panel.announcements.item(0).text()
    assert panel.strike.text() == "Restore announcement"


def test_an_announcement_without_an_amount_has_no_currency(qapp: QApplication) -> None:
    dialog = AnnouncementDialog()
    dialog.text.setText("Will host a regional meeting in 2013")
    assert dialog.values() == ("Will host a regional meeting in 2013", None, "")
    dialog.deleteLater()


def test_a_correction_changes_the_log_and_keeps_the_original(
    floor: QtFloor, clock: FakeClock, qtbot: QtBot,
) -> None:
    service = floor.service
    first, _second = _two_turns(service, clock)
    dialog = CorrectionDialog(floor, first, "en")
    qtbot.addWidget(dialog)
    assert dialog.speaker.text() == "Qatar"
    dialog.speaker.setText("bresil")
    dialog.delivered.setText("Philippines")
    start = dialog.start.time()
    dialog.start.setTime(start.addSecs(-30))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    state = service.state
    iv = state.interventions[first]
    assert iv.participant_id == "QAT"  # the original, as the journal has it
    entry = entry_for(state, iv, service.now())
    assert entry.participant_id == "BRA" and entry.delivered_by == "PHL"
    assert entry.start == iv.started_at - timedelta(seconds=30)
    assert service.floor.events[-1].type == ev.INTERVENTION_CORRECTED


def test_a_bad_correction_is_explained_and_changes_nothing(
    floor: QtFloor, clock: FakeClock, qtbot: QtBot,
) -> None:
    service = floor.service
    first, _second = _two_turns(service, clock)
    before = len(service.floor.events)
    dialog = CorrectionDialog(floor, first, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.speaker.setText("Atlantis")
    dialog.accept()
    assert dialog.isVisible() and "Atlantis" in dialog.problem.text()
    dialog.speaker.setText("Qatar")
    dialog.end.setTime(QTime(dialog.start.time()).addSecs(-60))
    dialog.accept()
    assert dialog.isVisible() and "after the start" in dialog.problem.text()
    assert len(service.floor.events) == before


def test_the_level_of_representation_is_journaled(floor: QtFloor, clock: FakeClock,
                                                  qtbot: QtBot) -> None:
    service = floor.service
    first, _second = _two_turns(service, clock)
    panel = _panel(floor, qtbot, first)
    assert panel.level.currentData() == ""
    index = panel.level.findData("minister")
    panel.level.setCurrentIndex(index)
    panel.level.activated.emit(index)
    assert service.state.interventions[first].record == {"level": "minister"}
    panel.set_intervention(first)
    assert panel.level.currentData() == "minister"


def test_a_personal_gift_is_kept_apart_from_pledges(floor: QtFloor, clock: FakeClock,
                                                    qtbot: QtBot) -> None:
    service = floor.service
    first, _second = _two_turns(service, clock)
    panel = _panel(floor, qtbot, first)
    dialog = panel.add_announcement()
    assert isinstance(dialog, AnnouncementDialog)
    dialog.text.setText("to the Trust Fund, from his own funds")
    dialog.amount.setValue(10000)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("personal_gift"))
    dialog.accept()
    [gift] = service.state.interventions[first].announcements
    assert (gift.kind, gift.amount, gift.currency) == ("personal_gift", 10000, "USD")
    assert "personal gift" in panel.announcements.item(0).text()
