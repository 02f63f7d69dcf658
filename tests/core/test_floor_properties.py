"""Property tests: any sequence of commands keeps the floor consistent and replayable."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from floorapp.core.categories import RequestKind
from floorapp.core.clock import FakeClock
from floorapp.core.floor import Floor, Refused
from floorapp.service import FloorService
from tests.helpers.factories import memory_service
from tests.helpers.snapshots import check_invariants, snapshot

WHO = ["QAT", "BLR", "PHL", "EU", "VAT", "EGY", "unodc", "pan1"]
KINDS = [RequestKind.STATEMENT, RequestKind.QUESTION, RequestKind.REPLY, RequestKind.GROUP]

command = st.one_of(
    st.tuples(st.just("open_segment"), st.sampled_from(["panel-1", "panel-2", "opening"])),
    st.tuples(st.just("request"), st.sampled_from(WHO), st.sampled_from(KINDS)),
    st.tuples(st.just("point_of_order"), st.sampled_from(WHO)),
    st.tuples(st.sampled_from(["withdraw", "defer", "mark_absent", "recall"]),
              st.integers(0, 9)),
    st.tuples(st.just("move"), st.integers(0, 9), st.integers(0, 9)),
    st.tuples(st.sampled_from(["next", "pause", "resume", "end", "undo", "redo",
                               "close_list", "reopen_list"])),
    st.tuples(st.just("extend"), st.sampled_from([-60, -30, 30, 60])),
    st.tuples(st.just("give_floor"), st.sampled_from(WHO)),
    st.tuples(st.just("note"), st.text(max_size=10)),
    st.tuples(st.just("wait"), st.integers(1, 400)),
)


def _rid(svc: FloorService, i: int) -> str:
    ids = list(svc.state.requests)
    return ids[i % len(ids)] if ids else "r0"


def apply(svc: FloorService, clock: FakeClock, c: tuple) -> None:  # type: ignore[type-arg]
    name = c[0]
    try:
        if name == "wait":
            clock.advance(c[1])
        elif name == "request":
            kind = c[2]
            svc.request(c[1], kind, "African Group" if kind is RequestKind.GROUP else "")
        elif name in ("withdraw", "defer", "mark_absent", "recall"):
            getattr(svc, name)(_rid(svc, c[1]))
        elif name == "move":
            svc.move(_rid(svc, c[1]), c[2])
        elif name == "give_floor":
            svc.give_floor(participant=c[1])
        elif name == "note":
            svc.add_note(c[1] or "x")
        elif len(c) == 2:
            getattr(svc, name)(c[1])
        else:
            getattr(svc, name)()
    except Refused:
        pass


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(command, max_size=60))
def test_any_sequence_is_consistent_and_replays(cmds: list[tuple]) -> None:  # type: ignore[type-arg]
    clock = FakeClock(datetime(2012, 4, 3, 15, 0, tzinfo=UTC))
    svc = memory_service(clock)
    for c in cmds:
        before = len(svc.floor.events)
        apply(svc, clock, c)
        check_invariants(svc.state)
        assert len(svc.floor.events) >= before  # nothing is ever deleted
    replayed = Floor.replay(svc.journal.read(), svc.reference)
    assert snapshot(replayed.state) == snapshot(svc.state)
    cd = svc.countdown()
    if cd is not None:
        assert cd.allotted >= 0
        assert cd.elapsed >= 0


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(command, min_size=1, max_size=40))
def test_undo_then_redo_is_the_identity(cmds: list[tuple]) -> None:  # type: ignore[type-arg]
    clock = FakeClock(datetime(2012, 4, 3, 15, 0, tzinfo=UTC))
    svc = memory_service(clock)
    for c in cmds:
        apply(svc, clock, c)
    if not svc.floor.can_undo:
        return
    before = snapshot(svc.state)
    svc.undo()
    check_invariants(svc.state)
    svc.redo()
    assert snapshot(svc.state) == before


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(command, min_size=1, max_size=40))
def test_undo_takes_back_exactly_the_last_floor_command(cmds: list[tuple]) -> None:  # type: ignore[type-arg]
    clock = FakeClock(datetime(2012, 4, 3, 15, 0, tzinfo=UTC))
    svc = memory_service(clock)
    snapshots = []
    for c in cmds:
        n = len(svc.floor.done)
        snap = snapshot(svc.state)
        apply(svc, clock, c)
        if len(svc.floor.done) == n + 1 and c[0] not in ("undo", "redo"):
            snapshots.append(snap)
        elif c[0] in ("undo", "redo"):
            snapshots.clear()  # the history of undoable states changed; start afresh
    while snapshots and svc.floor.can_undo:
        expected = snapshots.pop()
        svc.undo()
        got = snapshot(svc.state)
        # notes are not floor commands; compare the floor parts only
        for key in ("segment", "lists", "floor"):
            assert got[key] == expected[key]
