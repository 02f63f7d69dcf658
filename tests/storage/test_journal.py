"""The journal on SQLite and PostgreSQL: durable appends, replay, unusable databases."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from floorapp.core.clock import FakeClock
from floorapp.core.floor import Floor
from floorapp.service import FloorService
from floorapp.storage import errors
from floorapp.storage.journal import Journal
from tests.helpers.factories import small_programme


def test_create_append_reopen(db_target: str, clock: FakeClock) -> None:
    svc = FloorService.create(db_target, small_programme(), clock)
    svc.open_segment("panel-1")
    svc.request("QAT")
    svc.request("BLR")
    svc.next()
    clock.advance(42)
    svc.pause()
    svc.add_note("Key point", ["cooperation"])
    live = svc.state
    svc.close()

    again = FloorService.open(db_target, clock)
    assert [r.participant_id for r in again.state.waiting()] == ["BLR"]
    cur = again.state.current
    assert cur is not None and cur.participant_id == "QAT" and cur.paused
    assert cur.elapsed(again.now()) == pytest.approx(42)
    assert again.log()[0].notes == ("Key point",)
    assert again.state.last_seq == live.last_seq
    again.close()


def test_running_countdown_survives_a_restart(db_target: str) -> None:
    clock = FakeClock(datetime(2012, 4, 3, 15, 0, tzinfo=UTC))
    svc = FloorService.create(db_target, small_programme(), clock)
    svc.open_segment("panel-1")
    svc.request("QAT")
    svc.next()
    clock.advance(30)
    svc.close()
    clock.advance(15)  # the app was down for 15 s: the speaker kept talking
    again = FloorService.open(db_target, clock)
    cd = again.countdown()
    assert cd is not None and not cd.paused and cd.elapsed == pytest.approx(45)
    again.close()


def test_create_refuses_an_existing_database(db_target: str, clock: FakeClock) -> None:
    FloorService.create(db_target, small_programme(), clock).close()
    with pytest.raises(errors.AlreadyExists):
        FloorService.create(db_target, small_programme(), clock)
    FloorService.open(db_target, clock).close()  # still intact


def test_two_journals_interleave_without_loss(db_target: str, clock: FakeClock) -> None:
    a = FloorService.create(db_target, small_programme(), clock)
    b = FloorService.open(db_target, clock)
    a.open_segment("panel-1")
    b.request("QAT")  # b catches up with a's segment before deciding
    a.request("BLR")  # a catches up with b's request
    assert [r.participant_id for r in a.state.waiting()] == ["QAT", "BLR"]
    b.refresh()
    assert [r.participant_id for r in b.state.waiting()] == ["QAT", "BLR"]
    seqs = [e.seq for e in a.journal.read()]
    assert seqs == sorted(set(seqs))
    a.close()
    b.close()


def test_replay_equals_live_state(db_target: str, clock: FakeClock) -> None:
    svc = FloorService.create(db_target, small_programme(), clock)
    svc.open_segment("panel-1")
    for who in ["QAT", "BLR", "PHL"]:
        svc.request(who)
    svc.next()
    clock.advance(10)
    svc.next()
    svc.undo()
    svc.extend(30)
    replayed = Floor.replay(svc.journal.read(), svc.reference).state
    assert [r.id for r in replayed.waiting()] == [r.id for r in svc.state.waiting()]
    assert replayed.current is not None and svc.state.current is not None
    assert replayed.current.id == svc.state.current.id
    assert replayed.current.allotted == svc.state.current.allotted
    svc.close()


# -- unusable SQLite files: a clear error, and the file left as it was -------------


def _unchanged(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before


def test_missing_database(tmp_path: Path) -> None:
    with pytest.raises(errors.MissingDatabase, match="no meeting database"):
        Journal.open(tmp_path / "nope.floor")
    assert not (tmp_path / "nope.floor").exists()


def test_not_a_database(tmp_path: Path) -> None:
    p = tmp_path / "notes.floor"
    p.write_text("Dear colleagues, this is a letter.")
    before = p.read_bytes()
    with pytest.raises(errors.NotAMeeting, match="not a Floor meeting"):
        Journal.open(p)
    _unchanged(p, before)


def test_empty_file_is_not_replaced(tmp_path: Path) -> None:
    p = tmp_path / "empty.floor"
    p.write_bytes(b"")
    with pytest.raises(errors.NotAMeeting, match="empty file"):
        Journal.open(p)
    assert p.read_bytes() == b""


def test_someone_elses_sqlite_database(tmp_path: Path) -> None:
    p = tmp_path / "other.db"
    con = sqlite3.connect(p)
    con.execute("create table invoices (id integer primary key, total real)")
    con.execute("insert into invoices values (1, 9.5)")
    con.commit()
    con.close()
    before = p.read_bytes()
    with pytest.raises(errors.NotAMeeting):
        Journal.open(p)
    _unchanged(p, before)


def test_corrupt_database(tmp_path: Path, clock: FakeClock) -> None:
    p = tmp_path / "meeting.floor"
    svc = FloorService.create(p, small_programme(), clock)
    svc.open_segment("panel-1")
    for who in ["QAT", "BLR", "PHL", "EGY", "FRA", "DEU"]:
        svc.request(who)
    svc.close()
    data = bytearray(p.read_bytes())
    for i in range(4096 + 100, min(len(data), 4096 * 3)):
        data[i] = 0xA5
    p.write_bytes(bytes(data))
    (tmp_path / "meeting.floor-wal").unlink(missing_ok=True)
    before = p.read_bytes()
    with pytest.raises((errors.CorruptDatabase, errors.NotAMeeting)):
        Journal.open(p)
    _unchanged(p, before)


def test_newer_version(tmp_path: Path, clock: FakeClock) -> None:
    p = tmp_path / "meeting.floor"
    FloorService.create(p, small_programme(), clock).close()
    con = sqlite3.connect(p)
    con.execute("update alembic_version set version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    with pytest.raises(errors.NewerVersion, match="newer version"):
        Journal.open(p)
    con = sqlite3.connect(p)
    assert con.execute("select count(*) from floor_events").fetchone()[0] == 1
    con.close()


def test_locked_database(tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    import floorapp.storage.journal as journal_module

    monkeypatch.setattr(journal_module, "BUSY_TIMEOUT_MS", 200)
    p = tmp_path / "meeting.floor"
    svc = FloorService.create(p, small_programme(), clock)
    svc.open_segment("panel-1")
    other = sqlite3.connect(p, isolation_level=None, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(errors.DatabaseLocked, match="in use by another program"):
            svc.request("QAT")
        assert svc.state.waiting() == []
    finally:
        other.execute("ROLLBACK")
        other.close()
    svc.request("QAT")
    assert len(svc.state.waiting()) == 1
    svc.close()


def test_the_known_revisions_are_alembics() -> None:
    from floorapp.storage import migrate

    assert migrate.alembic_head() == migrate.HEAD
    assert migrate.alembic_known() == set(migrate.KNOWN)
