"""Interventions: giving the floor, pausing, extending, points of order, the countdown."""

from __future__ import annotations

import pytest

from floorapp.core.categories import RequestKind
from floorapp.core.clock import FakeClock
from floorapp.core.countdown import Phase
from floorapp.core.floor import Refused
from floorapp.service import FloorService


def start(service: FloorService, *who: str) -> None:
    service.open_segment("panel-1")
    for w in who:
        service.request(w)


def test_next_gives_the_floor_with_the_limit_in_force(
    service: FloorService, clock: FakeClock
) -> None:
    start(service, "QAT", "EU")
    service.next()
    cd = service.countdown()
    assert cd is not None and cd.remaining == 180 and cd.phase is Phase.NORMAL
    clock.advance(155)
    cd = service.countdown()
    assert cd is not None and cd.phase is Phase.WARNING and cd.display() == "00:25"
    clock.advance(30)
    cd = service.countdown()
    assert cd is not None and cd.phase is Phase.OVERRUN and cd.display() == "+00:05"
    service.next()  # ends Qatar, gives the floor to the EU (an observer: 2 minutes)
    assert service.state.current is not None
    assert service.state.current.participant_id == "EU"
    assert service.state.current.limit == 120
    log = service.log()
    assert log[0].spoken == 185 and log[0].overrun == 5


def test_refusals_change_nothing(service: FloorService) -> None:
    start(service)
    before = len(service.floor.events)
    for action in (service.next, service.pause, service.resume, service.end, service.redo):
        with pytest.raises(Refused):
            action()
    assert len(service.floor.events) == before


def test_pause_resume_excludes_paused_time(service: FloorService, clock: FakeClock) -> None:
    start(service, "QAT")
    service.next()
    clock.advance(60)
    service.pause()
    clock.advance(600)
    cd = service.countdown()
    assert cd is not None and cd.paused and cd.remaining == 120
    with pytest.raises(Refused, match="already paused"):
        service.pause()
    service.resume()
    clock.advance(10)
    cd = service.countdown()
    assert cd is not None and cd.remaining == 110 and not cd.paused


def test_extend_and_shorten(service: FloorService, clock: FakeClock) -> None:
    start(service, "QAT")
    service.next()
    service.extend(30)
    service.extend(-60)
    cd = service.countdown()
    assert cd is not None and cd.allotted == 150
    with pytest.raises(Refused, match="below zero"):
        service.extend(-1000)


def test_point_of_order_interrupts_and_pauses(service: FloorService, clock: FakeClock) -> None:
    start(service, "QAT", "BLR")
    service.next()
    clock.advance(40)
    service.point_of_order("SYR")
    cur = service.state.current
    assert cur is not None and cur.participant_id == "SYR"
    assert cur.kind is RequestKind.POINT_OF_ORDER
    clock.advance(100)
    with pytest.raises(Refused, match="point of order"):
        service.next()
    service.end()
    cur = service.state.current
    assert cur is not None and cur.participant_id == "QAT" and cur.paused
    assert cur.remaining(service.now()) == 140
    service.resume()
    service.next()
    assert service.state.current is not None
    assert service.state.current.participant_id == "BLR"


def test_give_floor_directly_to_a_panellist(service: FloorService) -> None:
    start(service)
    service.give_floor(participant="pan1")
    cur = service.state.current
    assert cur is not None and cur.limit == 0 and cur.unlimited  # no limit by default


def test_delivered_on_behalf(service: FloorService) -> None:
    start(service)
    service.request("EGY", RequestKind.GROUP, on_behalf_of="African Group")
    service.next()
    entry = service.log()[0]
    assert entry.on_behalf_of == "African Group" and entry.allotted == 300


def test_live_limit_change_applies_to_the_rest_of_the_list(service: FloorService) -> None:
    start(service, "QAT", "BLR")
    service.next()
    service.change_limit("member_state", 120)
    assert service.state.current is not None and service.state.current.limit == 180
    service.next()
    assert service.state.current is not None and service.state.current.limit == 120


def test_segment_clock_projection(service: FloorService, clock: FakeClock) -> None:
    start(service, "QAT", "BLR", "PHL", "EU")
    sc = service.segment_clock()
    assert sc is not None
    # 11:00 New York; list 3x180 + 120 = 660 s; scheduled end 13:00
    assert sc.list_seconds == 660
    assert sc.gap == 2 * 3600 - 660


def test_a_meeting_held_on_another_day_keeps_its_times_of_day() -> None:
    from datetime import UTC, datetime

    from tests.helpers.factories import memory_service

    # The programme says 3 April 2012; the meeting is run (rehearsed) on 23 November 2026
    # at 11:00 in New York (16:00 UTC).
    clock = FakeClock(datetime(2026, 11, 23, 16, 0, tzinfo=UTC))
    svc = memory_service(clock)
    start(svc, "QAT", "BLR", "PHL", "EU")
    sc = svc.segment_clock()
    assert sc is not None
    assert sc.scheduled_end == datetime(2026, 11, 23, 18, 0, tzinfo=UTC)  # 13:00 local
    assert sc.gap == 2 * 3600 - 660


def test_note_on_the_current_or_last_intervention(service: FloorService) -> None:
    start(service, "QAT")
    service.next()
    service.add_note("Supports the Trust Fund", ["cooperation"])
    service.end()
    service.add_note("Calls for data collection")
    entry = service.log()[0]
    assert entry.notes == ("Supports the Trust Fund", "Calls for data collection")
    assert entry.themes == ("cooperation",)
    with pytest.raises(Refused, match="Unknown theme"):
        service.add_note("x", ["nope"])
