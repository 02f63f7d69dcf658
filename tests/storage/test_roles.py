"""Station roles enforced by PostgreSQL itself: raw SQL as each role, past the GUI.

Each test makes its own database and three login roles with unique names on the
machine's PostgreSQL, and drops them afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from floorapp.core import events as ev
from floorapp.core.categories import RequestKind
from floorapp.core.floor import Refused
from floorapp.core.stations import StationRole
from floorapp.service import FloorService
from floorapp.storage.errors import NotAllowed
from tests.conftest import PG_URL
from tests.helpers.factories import small_programme
from tests.helpers.stations import SharedMeeting, shared_meeting

pytestmark = pytest.mark.postgres
psycopg = pytest.importorskip("psycopg")


@pytest.fixture
def shared() -> Iterator[SharedMeeting]:
    if not PG_URL:
        pytest.skip("FLOORAPP_TEST_DATABASE_URL is not set: no PostgreSQL server to test on")
    with shared_meeting(small_programme(), "opening") as meeting:
        yield meeting


def _insert(url: str, event_type: str, data: dict[str, object] | None = None) -> None:
    with psycopg.connect(url) as conn:
        conn.execute(
            "INSERT INTO floor_events (type, at, data, station) VALUES (%s, %s, %s, '')",
            (event_type, "2012-04-03T15:00:00.000000+00:00", json.dumps(data or {})))


def _refused(url: str, sql: str) -> str:
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as info, psycopg.connect(url) as c:
        c.execute(sql)
    return str(info.value)


def test_the_display_may_read_but_not_write(shared: SharedMeeting) -> None:
    url = shared.urls[StationRole.DISPLAY]
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM floor_events").fetchone()[0] == 2
    assert "permission denied" in _refused(
        url, "INSERT INTO floor_events (type, at, data) VALUES ('note_added', 'x', '{}')")
    assert "permission denied" in _refused(url, "UPDATE floor_events SET type = 'x'")
    assert "permission denied" in _refused(url, "DELETE FROM floor_events")
    assert "permission denied" in _refused(url, "UPDATE floor_meta SET value = 'x'")
    assert "permission denied" in _refused(url, "SELECT floor_lock_journal()")


def test_the_secretary_may_write_the_record_but_not_give_the_floor(
    shared: SharedMeeting,
) -> None:
    url = shared.urls[StationRole.SECRETARY]
    _insert(url, ev.FLOOR_REQUESTED, {"request": "r1", "participant": "FRA"})
    _insert(url, ev.NOTE_ADDED, {"note": "n1", "intervention": "i1", "text": "x"})
    for forbidden in (ev.FLOOR_GIVEN, ev.TURN_PAUSED, ev.FLOOR_HANDED_OVER,
                      ev.SETTINGS_CHANGED, ev.PROGRAMME_REPLACED, "anything_else"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            _insert(url, forbidden)
    assert "permission denied" in _refused(url, "UPDATE floor_events SET type = 'x'")
    assert "permission denied" in _refused(url, "DELETE FROM floor_events")


def test_the_floor_handed_over_lets_the_secretary_give_it_until_taken_back(
    shared: SharedMeeting,
) -> None:
    secretary, officer = shared.urls[StationRole.SECRETARY], shared.urls[StationRole.OFFICER]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _insert(secretary, ev.FLOOR_GIVEN, {"intervention": "i1"})
    _insert(officer, ev.FLOOR_HANDED_OVER, {"to": "secretary"})
    _insert(secretary, ev.FLOOR_GIVEN, {"intervention": "i1"})
    _insert(secretary, ev.TURN_PAUSED, {"intervention": "i1"})
    _insert(officer, ev.FLOOR_TAKEN_BACK, {"from": "secretary"})
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _insert(secretary, ev.TURN_RESUMED, {"intervention": "i1"})


def test_the_officer_may_insert_anything_but_not_rewrite_history(shared: SharedMeeting) -> None:
    url = shared.urls[StationRole.OFFICER]
    _insert(url, ev.SETTINGS_CHANGED, {"warning_seconds": 20})
    assert "permission denied" in _refused(url, "UPDATE floor_events SET type = 'x'")
    assert "permission denied" in _refused(url, "DELETE FROM floor_events")
    assert "permission denied" in _refused(url, "TRUNCATE floor_events")


def test_each_station_knows_its_role_and_the_service_obeys_it(shared: SharedMeeting) -> None:
    officer = FloorService.open(shared.urls[StationRole.OFFICER])
    secretary = FloorService.open(shared.urls[StationRole.SECRETARY])
    display = FloorService.open(shared.urls[StationRole.DISPLAY])
    owner = FloorService.open(shared.owner_url)
    try:
        assert (officer.role, secretary.role, display.role, owner.role) == (
            StationRole.OFFICER, StationRole.SECRETARY, StationRole.DISPLAY,
            StationRole.OFFICER)
        secretary.request("FRA")
        secretary.request("DEU", RequestKind.STATEMENT)
        with pytest.raises(Refused, match="officer"):
            secretary.next()
        with pytest.raises(Refused):
            display.request("ITA")
        officer.hand_over_floor()
        secretary.next()  # catches up with the hand-over inside its own transaction
        assert secretary.state.current is not None
        assert secretary.state.current.participant_id == "FRA"
        secretary.add_note("Stressed prevention.")
        officer.take_back_floor()
        with pytest.raises(Refused, match="officer"):
            secretary.end()
        officer.refresh()
        display.refresh()
        assert display.state.current is not None
        assert display.state.current.participant_id == "FRA"
        assert [n.text for n in display.state.current.notes] == ["Stressed prevention."]
    finally:
        for s in (officer, secretary, display, owner):
            s.close()


def test_a_stale_secretary_is_refused_by_the_server_too(shared: SharedMeeting) -> None:
    """A station that skips the service's check still meets the database's policy."""
    secretary = FloorService.open(shared.urls[StationRole.SECRETARY])
    try:
        secretary.request("FRA")
        secretary.role = StationRole.OFFICER  # pretend: a doctored client
        with pytest.raises(NotAllowed):
            secretary.next()
        assert secretary.state.current is None
    finally:
        secretary.close()
