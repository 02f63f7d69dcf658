"""Undo and redo of floor commands, as journal events."""

from __future__ import annotations

import pytest

from floorapp.core.clock import FakeClock
from floorapp.core.floor import Floor, Refused
from floorapp.service import FloorService


def test_undo_next_puts_the_speaker_back(service: FloorService, clock: FakeClock) -> None:
    service.open_segment("panel-1")
    service.request("QAT")
    service.request("BLR")
    service.next()
    clock.advance(20)
    service.next()  # by mistake
    assert service.state.current is not None
    assert service.state.current.participant_id == "BLR"
    service.undo()
    cur = service.state.current
    assert cur is not None and cur.participant_id == "QAT" and cur.running
    assert [r.participant_id for r in service.state.waiting()] == ["BLR"]
    cd = service.countdown()
    assert cd is not None and cd.elapsed == 20  # Qatar's time ran on
    service.redo()
    assert service.state.current is not None
    assert service.state.current.participant_id == "BLR"


def test_undo_is_an_event_and_nothing_is_deleted(service: FloorService) -> None:
    service.open_segment("panel-1")
    service.request("QAT")
    n = len(service.floor.events)
    service.undo()
    assert len(service.floor.events) == n + 1
    assert service.state.waiting() == []


def test_new_command_clears_redo(service: FloorService) -> None:
    service.open_segment("panel-1")
    service.request("QAT")
    service.undo()
    service.request("BLR")
    with pytest.raises(Refused, match="Nothing to redo"):
        service.redo()


def test_ids_are_not_reused_after_undo(service: FloorService) -> None:
    service.open_segment("panel-1")
    service.request("QAT")
    service.next()
    first = service.state.current
    assert first is not None
    service.undo()
    service.next()
    second = service.state.current
    assert second is not None and second.id != first.id


def test_undo_everything_then_replay_matches(service: FloorService) -> None:
    service.open_segment("panel-1")
    service.request("QAT")
    service.next()
    while service.floor.can_undo:
        service.undo()
    assert service.state.current_segment is None
    replayed = Floor.replay(service.floor.events, service.reference)
    assert replayed.state.current_segment is None
