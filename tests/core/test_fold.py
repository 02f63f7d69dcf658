"""The fold, directly: events change a FloorState only through ``fold.apply``."""

from __future__ import annotations

from datetime import UTC, datetime

from floorapp.core import events as ev
from floorapp.core import fold
from floorapp.core.events import Event
from floorapp.core.ordering import OrderingPolicy
from floorapp.core.roster import Roster
from floorapp.core.state import FloorState
from floorapp.service import meeting_created
from tests.helpers.factories import small_programme

AT = datetime(2012, 4, 3, 15, 0, tzinfo=UTC)


def _event(seq: int, draft_type: str, data: dict[str, object]) -> Event:
    return Event(seq, draft_type, AT, data, command=seq)


def _meeting(ordering: OrderingPolicy = OrderingPolicy.FIRST_COME) -> FloorState:
    s = FloorState(Roster.reference())
    first = meeting_created(small_programme())
    data = dict(first.data)
    data["settings"] = {**data["settings"], "ordering": ordering.value}
    fold.apply(s, _event(1, first.type, data))
    fold.apply(s, _event(2, ev.SEGMENT_OPENED, {"segment": "panel-1"}))
    return s


def _request(s: FloorState, seq: int, rid: str, who: str, kind: str = "statement") -> None:
    fold.apply(s, _event(seq, ev.FLOOR_REQUESTED, {
        "request": rid, "participant": who, "kind": kind, "segment": "panel-1",
        "on_behalf_of": "", "delivered_by": ""}))


def test_the_first_event_gives_the_programme_and_settings() -> None:
    s = _meeting(OrderingPolicy.UN_PRACTICE)
    assert s.programme is not None and s.programme.title == "Test dialogue"
    assert s.settings.ordering is OrderingPolicy.UN_PRACTICE
    assert s.current_segment == "panel-1" and s.last_seq == 2


def test_requests_join_the_list_in_order_and_leave_it() -> None:
    s = _meeting()
    _request(s, 3, "r1", "QAT")
    _request(s, 4, "r2", "EGY")
    assert [r.id for r in s.waiting()] == ["r1", "r2"]
    fold.apply(s, _event(5, ev.REQUEST_WITHDRAWN, {"request": "r1"}))
    assert [r.id for r in s.waiting()] == ["r2"]
    assert s.next_id("r") == "r3"  # the counters are kept past the ids the journal used


def test_a_point_of_order_goes_before_statements_under_un_practice() -> None:
    s = _meeting(OrderingPolicy.UN_PRACTICE)
    _request(s, 3, "r1", "QAT")
    _request(s, 4, "r2", "EGY", "point_of_order")
    assert [r.id for r in s.waiting()][0] == "r2"


def test_an_unknown_event_type_changes_nothing_but_the_seq() -> None:
    s = _meeting()
    before = [r.id for r in s.waiting()]
    fold.apply(s, _event(9, "something_new", {}))
    assert s.last_seq == 9 and [r.id for r in s.waiting()] == before


def test_the_programmes_people_are_listed_once_in_order() -> None:
    p = small_programme()
    assert [x.id for x in p.people()] == ["pga", "mod1", "pan1", "pan2"]
