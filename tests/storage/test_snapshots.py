"""Snapshots of the fold: a cache that opens long meetings fast and is never the truth."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest

from floorapp.core.clock import FakeClock
from floorapp.core.floor import Floor
from floorapp.core.snapshot import VERSION
from floorapp.service import FloorService
from floorapp.storage import snapshot_writer
from floorapp.storage.journal import Journal
from tests.helpers.canonical import canonical_floor, canonical_state
from tests.helpers.factories import small_programme
from tests.reliability.traffic import one_command


def meeting(target: str | Path, commands: int, seed: int = 1) -> FakeClock:
    """A meeting of random operator traffic journaled at ``target``."""
    clock = FakeClock()
    svc = FloorService.create(target, small_programme(), clock)
    rng = random.Random(seed)
    for _ in range(commands):
        clock.advance(rng.uniform(1, 30))
        one_command(svc, rng)
    svc.close()
    return clock


def replayed(target: str | Path) -> Floor:
    journal = Journal.open(target)
    try:
        svc_reference = FloorService(journal).reference
        return Floor.replay(journal.read(), svc_reference)
    finally:
        journal.close()


def write_snapshot(target: str | Path, depth: int = 10) -> snapshot_writer.Written:
    journal = Journal.open(target)
    try:
        return snapshot_writer.write(journal, depth=depth)
    finally:
        journal.close()


@pytest.mark.parametrize("seed", range(4))
def test_open_from_a_snapshot_equals_a_full_replay(tmp_path: Path, seed: int) -> None:
    db = tmp_path / "m.floor"
    clock = meeting(db, 250, seed)
    written = write_snapshot(db)
    assert written.seq is not None and written.dropped is None
    svc = FloorService.open(db, clock)
    try:
        assert svc.floor.events[0].seq == written.seq + 1  # folded only the tail
        assert canonical_floor(svc.floor) == canonical_floor(replayed(db))
    finally:
        svc.close()


def test_snapshot_on_the_server_too(db_target: str) -> None:
    clock = meeting(db_target, 120)
    assert write_snapshot(db_target).seq is not None
    svc = FloorService.open(db_target, clock)
    try:
        assert svc.floor.events[0].seq > 1
        assert canonical_floor(svc.floor) == canonical_floor(replayed(db_target))
    finally:
        svc.close()


def test_deleting_every_snapshot_gives_the_same_meeting(tmp_path: Path) -> None:
    db = tmp_path / "m.floor"
    clock = meeting(db, 200)
    write_snapshot(db)
    with_snapshot = FloorService.open(db, clock)
    a = canonical_floor(with_snapshot.floor)
    with_snapshot.close()
    con = sqlite3.connect(db)
    con.execute("DELETE FROM floor_snapshots")
    con.commit()
    con.close()
    without = FloorService.open(db, clock)
    assert without.floor.events[0].seq == 1
    assert canonical_floor(without.floor) == a
    without.close()


def test_undo_past_the_snapshot_reads_the_journal(tmp_path: Path) -> None:
    db = tmp_path / "m.floor"
    clock = meeting(db, 250, seed=7)
    write_snapshot(db, depth=3)
    svc = FloorService.open(db, clock)
    try:
        for _ in range(12):  # the first few within the tail, then past the snapshot
            if svc.floor.can_undo:
                svc.undo()
        assert canonical_state(svc.state) == canonical_state(
            Floor.replay(svc.journal.read(), svc.reference).state)
    finally:
        svc.close()


def test_an_undo_past_the_snapshot_in_the_tail_folds_what_follows_it_once(
        tmp_path: Path) -> None:
    """Opening from a snapshot folds its tail one event at a time; an undo in that tail
    of a command older than the snapshot reads the journal, which already holds the
    rest of the tail: those events must not be folded twice (found by the crash test:
    a request twice on the list, a note twice on its intervention)."""
    db = tmp_path / "m.floor"
    clock = meeting(db, 250, seed=3)
    written = write_snapshot(db, depth=3)
    assert written.seq is not None
    svc = FloorService.open(db, clock)
    rng = random.Random(4)
    try:
        while svc.floor.can_undo and svc.floor.done[-1] > written.seq:
            svc.undo()
        svc.undo()  # the first command older than the snapshot
        for _ in range(40):  # and traffic after it, still in the same journal
            clock.advance(rng.uniform(1, 30))
            one_command(svc, rng)
    finally:
        svc.close()
    reopened = FloorService.open(db, clock)
    try:
        # opened from the snapshot, whose tail's undo read the whole journal
        assert reopened.floor.history is not None
        assert canonical_floor(reopened.floor) == canonical_floor(replayed(db))
    finally:
        reopened.close()


def test_a_snapshot_of_another_journal_is_ignored(tmp_path: Path) -> None:
    db = tmp_path / "m.floor"
    clock = meeting(db, 200)
    seq = write_snapshot(db).seq
    con = sqlite3.connect(db)  # the event at the snapshot's seq is not the one it saw
    con.execute("UPDATE floor_events SET at = '2001-01-01T00:00:00+00:00' WHERE seq = ?", (seq,))
    con.commit()
    con.close()
    svc = FloorService.open(db, clock)
    try:
        assert svc.floor.events[0].seq == 1
    finally:
        svc.close()


def test_a_snapshot_of_another_version_or_unreadable_is_ignored(tmp_path: Path) -> None:
    db = tmp_path / "m.floor"
    clock = meeting(db, 200)
    seq = write_snapshot(db).seq
    con = sqlite3.connect(db)
    con.execute("UPDATE floor_snapshots SET data = '{\"version\": 1, \"seq\": 3}'")
    con.commit()
    con.close()
    svc = FloorService.open(db, clock)
    assert svc.floor.events[0].seq == 1
    assert canonical_floor(svc.floor) == canonical_floor(replayed(db))
    svc.close()
    con = sqlite3.connect(db)
    con.execute("UPDATE floor_snapshots SET version = ?", (VERSION + 1,))
    con.commit()
    con.close()
    journal = Journal.open(db)
    assert journal.snapshot(VERSION) is None and seq is not None
    journal.close()


def test_a_wrong_snapshot_is_found_by_the_writer_dropped_and_rebuilt(tmp_path: Path) -> None:
    db = tmp_path / "m.floor"
    clock = meeting(db, 200)
    seq = write_snapshot(db, depth=20).seq
    con = sqlite3.connect(db)
    data = json.loads(con.execute("SELECT data FROM floor_snapshots").fetchone()[0])
    data["state"]["current_segment"] = "panel-2" if data["state"]["current_segment"] != \
        "panel-2" else "opening"
    con.execute("UPDATE floor_snapshots SET data = ?", (json.dumps(data),))
    con.commit()
    con.close()
    again = write_snapshot(db, depth=10)
    assert again.dropped == seq and again.seq is not None and again.seq > (seq or 0)
    svc = FloorService.open(db, clock)
    try:
        assert canonical_floor(svc.floor) == canonical_floor(replayed(db))
    finally:
        svc.close()


def test_a_short_meeting_needs_no_snapshot(tmp_path: Path) -> None:
    db = tmp_path / "m.floor"
    meeting(db, 5)
    assert write_snapshot(db, depth=100) == snapshot_writer.Written(None, None)


def test_the_service_asks_for_a_snapshot_in_the_background(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import floorapp.service as service_module

    db = tmp_path / "m.floor"
    clock = meeting(db, 300)
    monkeypatch.setattr(service_module, "SNAPSHOT_EVERY", 100)
    monkeypatch.delenv("FLOORAPP_NO_SNAPSHOTS", raising=False)
    svc = FloorService.open(db, clock)  # 300 commands folded: a writer is started
    svc.close()
    assert snapshot_writer._RUNNING, "no writer was started"
    assert snapshot_writer._RUNNING[-1].wait(timeout=60) == 0
    journal = Journal.open(db)
    try:
        assert journal.snapshot(VERSION) is not None
    finally:
        journal.close()
