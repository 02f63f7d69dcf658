"""Stations kept live through the watcher: propagation, junk notifications, faults.

The station under test runs the real Qt path (floorapp.qt.live.LiveLink): the
watcher's thread hints, the GUI thread reads every event after its last seq.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from pytestqt.qtbot import QtBot

from floorapp.core import events as ev
from floorapp.core.clock import FakeClock, SkewedClock
from floorapp.qt.floor_qt import QtFloor
from floorapp.qt.live import LiveLink
from floorapp.service import FloorService, Offline
from tests.helpers.factories import small_programme
from tests.helpers.snapshots import snapshot
from tests.live.private_server import PrivateServer, binaries
from tests.reliability.journal_checks import check_journal, check_state

WAIT_MS = 20_000


class Station:
    """A service, its Qt face and its live link, as a console has them."""

    def __init__(self, target: str, name: str, clock: object = None) -> None:
        self.service = FloorService.open(target, clock, station=name)  # type: ignore[arg-type]
        self.floor = QtFloor(self.service)
        self.link = LiveLink(self.service)
        self.events: list[str] = []
        self.link.went_offline.connect(lambda since: self.events.append("lost"))
        self.link.came_back.connect(lambda n: self.events.append("back"))
        self.link.start()

    def close(self) -> None:
        self.link.stop()
        self.floor.stop()
        self.service.close()


@pytest.fixture
def meeting(shared_target: str) -> Iterator[str]:
    FloorService.create(shared_target, small_programme(), FakeClock()).close()
    yield shared_target


def test_a_station_learns_what_another_did_without_asking(meeting: str, qtbot: QtBot) -> None:
    podium = FloorService.open(meeting, station="the podium")
    laptop = Station(meeting, "the laptop")
    try:
        podium.open_segment("panel-1")
        podium.request("VNM")
        podium.next()
        qtbot.waitUntil(lambda: laptop.service.state.current is not None, timeout=WAIT_MS)
        assert laptop.service.state.current.participant_id == "VNM"  # type: ignore[union-attr]
        podium.pause()
        qtbot.waitUntil(lambda: laptop.service.state.last_seq == podium.state.last_seq,
                        timeout=WAIT_MS)
        assert snapshot(laptop.service.state) == snapshot(podium.state)
    finally:
        laptop.close()
        podium.close()


def test_junk_and_forged_notifications_break_nothing(pg_target: str, qtbot: QtBot) -> None:
    FloorService.create(pg_target, small_programme(), FakeClock()).close()
    laptop = Station(pg_target, "the laptop")
    podium = FloorService.open(pg_target, station="the podium")
    try:
        before = laptop.service.state.last_seq
        with psycopg.connect(pg_target, autocommit=True) as anyone:
            for payload in ("", "junk", "999999", "-1", "' OR 1=1", "x" * 7000):
                anyone.execute("SELECT pg_notify('floor_events', %s)", (payload,))
        qtbot.wait(300)
        assert laptop.service.state.last_seq == before
        assert laptop.service.offline_since is None and laptop.events == []
        podium.open_segment("panel-1")  # a real append still arrives
        qtbot.waitUntil(lambda: laptop.service.state.current_segment == "panel-1",
                        timeout=WAIT_MS)
    finally:
        laptop.close()
        podium.close()


def _terminate(url: str, station: str) -> int:
    with psycopg.connect(url, autocommit=True) as admin:
        rows = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND application_name = %s",
            (f"floor {station}",)).fetchall()
    return len(rows)


def test_a_station_whose_connections_are_terminated_comes_back_and_catches_up(
    pg_target: str, qtbot: QtBot,
) -> None:
    FloorService.create(pg_target, small_programme(), FakeClock()).close()
    podium = FloorService.open(pg_target, station="the podium")
    laptop = Station(pg_target, "the laptop")
    try:
        podium.open_segment("panel-1")
        podium.request("VNM")
        laptop.service.request("QAT")  # the laptop's pool holds a connection too
        podium.refresh()
        qtbot.waitUntil(lambda: laptop.service.state.last_seq == podium.state.last_seq,
                        timeout=WAIT_MS)
        assert _terminate(pg_target, "the laptop") >= 2  # the listener and the pool's
        for who in ("BLR", "PHL", "EGY"):  # while the laptop reconnects
            podium.request(who)
        podium.next()
        qtbot.waitUntil(lambda: "back" in laptop.events, timeout=WAIT_MS)
        assert laptop.events[:2] == ["lost", "back"]
        qtbot.waitUntil(lambda: laptop.service.state.last_seq == podium.state.last_seq,
                        timeout=WAIT_MS)
        laptop.service.add_note("Noted after the reconnection")  # its pool reconnects too
        podium.refresh()
        assert snapshot(laptop.service.state) == snapshot(podium.state)
        events = podium.journal.read()
        assert [e.seq for e in events] == list(range(1, len(events) + 1))
        check_journal(events, [])
        check_state(podium)
        assert sum(e.type == ev.FLOOR_REQUESTED for e in events) == 5
    finally:
        laptop.close()
        podium.close()


@pytest.fixture
def private_server() -> Iterator[PrivateServer]:
    if binaries() is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) to start a private server")
    server = PrivateServer().init()
    try:
        yield server
    finally:
        server.destroy()


def test_a_server_restart_stations_refuse_meanwhile_then_come_back_and_catch_up(
    private_server: PrivateServer, qtbot: QtBot,
) -> None:
    with psycopg.connect(private_server.url, autocommit=True) as admin:
        admin.execute("CREATE DATABASE meeting")
    url = private_server.url.rsplit("/", 1)[0] + "/meeting"
    FloorService.create(url, small_programme(), FakeClock()).close()
    podium = Station(url, "the podium")
    laptop = Station(url, "the laptop")
    refusals: list[str] = []
    laptop.floor.refused.connect(refusals.append)
    try:
        podium.service.open_segment("panel-1")
        podium.service.request("VNM")
        podium.service.request("QAT")
        podium.service.next()
        qtbot.waitUntil(lambda: laptop.service.state.last_seq == podium.service.state.last_seq,
                        timeout=WAIT_MS)
        acknowledged = podium.service.state.last_seq

        private_server.stop()
        qtbot.waitUntil(lambda: laptop.service.offline_since is not None
                        and podium.service.offline_since is not None, timeout=WAIT_MS)
        # Commands are refused, in words, instead of being lost.
        assert not laptop.floor.run(laptop.floor.service.add_note, "lost in the outage?")
        assert refusals and "lost since" in refusals[-1]
        with pytest.raises(Offline):
            podium.service.next()
        # The podium's clock keeps running on its own record.
        cd = podium.service.countdown()
        assert cd is not None and not cd.paused

        private_server.start()
        qtbot.waitUntil(lambda: "back" in laptop.events and "back" in podium.events,
                        timeout=WAIT_MS)
        assert laptop.service.offline_since is None
        podium.service.next()
        laptop.service.add_note("Qatar: after the restart")
        qtbot.waitUntil(lambda: laptop.service.state.last_seq == podium.service.state.last_seq,
                        timeout=WAIT_MS)
        assert snapshot(laptop.service.state) == snapshot(podium.service.state)
        events = podium.service.journal.read()
        assert [e.seq for e in events] == list(range(1, len(events) + 1))
        assert events[acknowledged].seq == acknowledged + 1  # nothing from the outage
        assert not any(e.data.get("text") == "lost in the outage?" for e in events)
        check_state(podium.service)
    finally:
        laptop.close()
        podium.close()


def test_a_station_whose_clock_is_two_minutes_wrong_shows_the_podiums_time_left(
    pg_target: str, qtbot: QtBot,
) -> None:
    FloorService.create(pg_target, small_programme(), FakeClock()).close()
    podium = Station(pg_target, "the podium")
    display = Station(pg_target, "the display", SkewedClock(120.0))
    try:
        assert display.service.server_clock
        assert display.service.timeline.offset == pytest.approx(-120.0, abs=0.5)
        podium.service.open_segment("panel-1")
        podium.service.request("VNM")
        podium.service.next()
        qtbot.waitUntil(lambda: display.service.state.current is not None, timeout=WAIT_MS)
        qtbot.wait(200)
        for _ in range(5):
            a = podium.service.countdown()
            b = display.service.countdown()
            assert a is not None and b is not None
            # Uncorrected, the display would be 120 s behind; read back to back, the
            # two differ only by the time between the readings and the offset's error.
            assert abs(a.remaining - b.remaining) < 0.25
            assert a.display() == b.display() or abs(a.remaining - b.remaining) < 0.05
            qtbot.wait(100)
    finally:
        display.close()
        podium.close()


def test_a_command_while_offline_is_refused_with_the_time_it_was_lost(
    meeting: str, qtbot: QtBot,
) -> None:
    from datetime import UTC, datetime

    laptop = Station(meeting, "the laptop")
    refusals: list[str] = []
    laptop.floor.refused.connect(refusals.append)
    try:
        laptop.link.lost(datetime(2026, 1, 1, 10, 42, 5, tzinfo=UTC))
        qtbot.waitUntil(lambda: laptop.events == ["lost"], timeout=WAIT_MS)
        assert not laptop.floor.run(laptop.floor.service.open_segment, "panel-1")
        assert "lost since" in refusals[-1] and "nothing was done" in refusals[-1]
        with pytest.raises(Offline):
            laptop.service.open_segment("panel-1")
        laptop.link.back()
        qtbot.waitUntil(lambda: laptop.events == ["lost", "back"], timeout=WAIT_MS)
        laptop.service.open_segment("panel-1")
    finally:
        laptop.close()


def test_the_podium_is_not_held_up_by_a_station_stuck_holding_the_journal(
    pg_target: str,
) -> None:
    from floorapp.storage.journal import SERVER_SETTINGS

    FloorService.create(pg_target, small_programme(), FakeClock()).close()
    podium = FloorService.open(pg_target, station="the podium")
    # A station that took the journal's lock and then went silent (its machine froze
    # mid-command): its session carries the same server settings as every station's.
    stuck = psycopg.connect(pg_target, options=SERVER_SETTINGS)
    try:
        stuck.execute("LOCK TABLE floor_events IN SHARE ROW EXCLUSIVE MODE")
        podium.open_segment("panel-1")  # waits a few seconds at most, then goes through
        assert podium.state.current_segment == "panel-1"
        with pytest.raises(psycopg.Error, match="idle-in-transaction timeout"):
            stuck.execute("SELECT 1")  # the server dropped the silent station
    finally:
        stuck.close()
        podium.close()


def test_the_console_shows_a_banner_while_the_connection_is_lost(
    tmp_path: object, qtbot: QtBot,
) -> None:
    from datetime import datetime
    from pathlib import Path

    from floorapp.gui.app import ConsoleSession
    from floorapp.gui.console.connection_banner import ConnectionBanner
    from floorapp.qt.settings import Settings

    db = Path(str(tmp_path)) / "m.floor"
    FloorService.create(db, small_programme(), FakeClock()).close()
    session = ConsoleSession(Settings(str(Path(str(tmp_path)) / "floor.ini")))
    window = session.show(FloorService.open(db, FakeClock()), with_display=False)
    qtbot.addWidget(window)
    try:
        banner = window.findChild(ConnectionBanner, "connection-banner")
        assert banner is not None and not banner.isVisible()
        assert session.link is not None
        session.link.lost(datetime(2012, 4, 3, 10, 42, 5).astimezone())
        qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
        assert "10:42:05" in banner.text() and "retrying" in banner.text()
        window.actions_by_id["next"].trigger()
        assert "lost since 10:42:05" in window.statusBar().currentMessage()
        session.link.back()
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=WAIT_MS)
    finally:
        session.close()
