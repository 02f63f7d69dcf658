"""The console's Qt models: thin adapters over the floor state that pass qtmodeltester."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt

from floorapp.core.categories import RequestKind
from floorapp.core.clock import FakeClock
from floorapp.gui.console.log_model import INTERVENTION_ROLE, Column, LogModel
from floorapp.gui.console.matches_model import ID_ROLE, MatchesModel
from floorapp.gui.console.programme_model import IS_OPEN_ROLE, SEGMENT_ID_ROLE, ProgrammeModel
from floorapp.gui.console.speakers_model import MIME_TYPE, Role, SpeakersModel
from floorapp.qt.floor_qt import QtFloor
from floorapp.service import FloorService


def plain(text: str) -> str:
    """Text without the left-to-right isolation marks put around times."""
    return text.replace("\u2066", "").replace("\u2069", "")


@pytest.fixture
def floor(service: FloorService, qtbot: object) -> Iterator[QtFloor]:
    """The Qt face of the test meeting, its repaint timer stopped at the end."""
    f = QtFloor(service)
    yield f
    f.stop()


def _fill(service: FloorService, clock: FakeClock) -> None:
    service.open_segment("panel-1")
    for pid in ("QAT", "BLR", "PHL", "EGY"):
        service.request(pid)
    service.request("ZAF", RequestKind.GROUP, on_behalf_of="the African Group")
    service.request("JPN", RequestKind.QUESTION)
    service.next()
    clock.advance(200)
    service.add_note("Political will is key", ["political-will"])
    service.next()
    clock.advance(60)


def test_speakers_model_passes_the_model_tester(qtmodeltester, floor, service, clock) -> None:
    model = SpeakersModel(floor)
    qtmodeltester.check(model)
    _fill(service, clock)
    qtmodeltester.check(model)
    assert model.rowCount() == len(service.state.waiting())


def test_speakers_model_follows_the_list(floor, service, clock) -> None:
    model = SpeakersModel(floor, language="fr")
    _fill(service, clock)
    rows = [model.index(r) for r in range(model.rowCount())]
    ids = [r.data(Role.REQUEST_ID) for r in rows]
    assert ids == [r.id for r in service.state.waiting()]
    assert [r.data(Role.POSITION) for r in rows] == list(range(1, len(rows) + 1))
    names = [r.data(Role.NAME) for r in rows]
    assert names[:2] == ["Philippines", "Égypte"]  # in French
    group = next(r for r in rows if r.data(Role.KIND) == "group")
    assert group.data(Role.ON_BEHALF_OF) == "the African Group"
    assert group.data(Role.BADGE)  # a word, not colour alone
    assert group.data(Role.LIMIT) == 300
    # worded as the display and the exports word it: the group typed in English, in French
    assert "au nom du Groupe des États d’Afrique" in group.data(Qt.ItemDataRole.DisplayRole)


def test_absent_model_and_recall(qtmodeltester, floor, service, clock) -> None:
    _fill(service, clock)
    absent = SpeakersModel(floor, absent=True)
    waiting = SpeakersModel(floor)
    first = service.state.waiting()[0].id
    service.mark_absent(first)
    qtmodeltester.check(absent)
    assert absent.rowCount() == 1
    assert absent.index(0).data(Role.REQUEST_ID) == first
    assert absent.index(0).data(Role.POSITION) == 0
    assert waiting.row_of(first) == -1
    # Dragging the absent request onto the waiting list recalls it at the drop row.
    data = absent.mimeData([absent.index(0)])
    assert not absent.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    waiting.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert waiting.row_of(first) == 1
    assert service.floor.events[-1].type == "request_recalled"


def test_dropping_a_request_runs_a_journaled_move(floor, service, clock) -> None:
    _fill(service, clock)
    model = SpeakersModel(floor)
    ids = [r.id for r in service.state.waiting()]
    data = model.mimeData([model.index(0)])
    assert data.hasFormat(MIME_TYPE)
    # Drop the first request below the third row: it becomes third.
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex()) is False
    assert [r.id for r in service.state.waiting()] == [ids[1], ids[2], ids[0], *ids[3:]]
    last = service.floor.events[-1]
    assert last.type == "request_moved"
    assert last.data == {"request": ids[0], "index": 2}
    # A drop where it already is changes nothing.
    before = len(service.floor.events)
    same = QMimeData()
    same.setData(MIME_TYPE, QByteArray(ids[1].encode()))
    model.dropMimeData(same, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert len(service.floor.events) == before


def test_programme_model(qtmodeltester, floor, service) -> None:
    model = ProgrammeModel(floor)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    service.open_segment("panel-1")
    qtmodeltester.check(model)
    row = model.row_of("panel-1")
    index = model.index(row)
    assert index.data(SEGMENT_ID_ROLE) == "panel-1"
    assert index.data(IS_OPEN_ROLE) is True
    assert "▶" in index.data(Qt.ItemDataRole.DisplayRole)  # marked in words, not colour only
    assert "11:00–13:00" in plain(index.data(Qt.ItemDataRole.DisplayRole))
    assert not model.index(0).data(IS_OPEN_ROLE)


def test_log_model(qtmodeltester, floor, service, clock) -> None:
    model = LogModel(floor)
    qtmodeltester.check(model)
    _fill(service, clock)
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # one heard, one speaking
    first = model.index(0, Column.SPEAKER)
    assert first.data(INTERVENTION_ROLE) == "i1"
    assert plain(model.index(0, Column.SPOKEN).data()) == "03:20"
    assert plain(model.index(0, Column.OVER).data()) == "+00:20"
    assert model.index(0, Column.NOTES).data() == "Political will is key"
    assert model.index(0, Column.KIND).data() == "Statement"
    assert "speaking" in model.index(1, Column.SPEAKER).data()
    service.pause()
    assert "paused" in model.index(1, Column.SPEAKER).data()
    service.resume()
    service.end()
    assert "speaking" not in model.index(1, Column.SPEAKER).data()


def test_matches_model(qtmodeltester, service) -> None:
    model = MatchesModel("ru")
    qtmodeltester.check(model)
    model.set_matches([m.participant for m in service.roster.find("phil", 5)])
    qtmodeltester.check(model)
    assert model.index(0).data(ID_ROLE) == "PHL"
