"""Copying a whole meeting between databases: every event with its seq, nothing overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from floorapp.core.clock import FakeClock
from floorapp.service import FloorService
from floorapp.storage.copy import copy_meeting, event_count
from floorapp.storage.errors import AlreadyExists
from floorapp.storage.journal import Journal
from tests.helpers.factories import small_programme


def _events(target: str) -> list[tuple[object, ...]]:
    journal = Journal.open(target)
    try:
        return [(e.seq, e.command, e.type, e.at, e.data) for e in journal.read()]
    finally:
        journal.close()


def test_a_meeting_goes_there_and_back_whole(db_target: str, tmp_path: Path,
                                             clock: FakeClock) -> None:
    source = str(tmp_path / "source.floor")
    svc = FloorService.create(source, small_programme(), clock)
    svc.open_segment("panel-1")
    for pid in ("FRA", "KEN", "BRA"):
        svc.request(pid)
    svc.next()
    clock.advance(42)
    svc.add_note("Côte d’Ivoire stressed prevention — «partnerships».")
    svc.next()
    svc.undo()
    svc.close()
    original = _events(source)

    assert copy_meeting(source, db_target) == len(original)
    assert _events(db_target) == original
    with pytest.raises(AlreadyExists):
        copy_meeting(source, db_target)
    there = FloorService.open(db_target, clock)
    try:  # the copy's numbering goes on from the original's (PostgreSQL's sequence too)
        assert there.add_note("Noted on the copy.")[0].seq == original[-1][0] + 1
    finally:
        there.close()
    original = _events(db_target)

    back = str(tmp_path / "back.floor")
    assert copy_meeting(db_target, back) == len(original)
    assert _events(back) == original and event_count(back) == len(original)
    reopened = FloorService.open(back, clock)
    try:
        assert reopened.state.current is not None
        assert reopened.state.current.participant_id == "FRA"
        next_seq = reopened.add_note("After the copy.")[0].seq
        assert next_seq == original[-1][0] + 1
    finally:
        reopened.close()
