"""Two stations on one meeting: a stale screen cannot act on an old state.

Each command carries what its station showed (who has the floor, who is next, what
undo would take back); a station that acts on a state another station has moved is
refused in words that say what happened and where, and nothing is applied twice.
Every decision (toggles, new participants' ids, the known participants of a
correction) is taken inside the command's transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest

from floorapp.core import events as ev
from floorapp.core.categories import SpeakerCategory
from floorapp.core.clock import FakeClock
from floorapp.core.events import Event
from floorapp.core.floor import Refused
from floorapp.service import FloorService
from tests.helpers.factories import small_programme

PODIUM = "the podium"
LAPTOP = "the secretary's laptop"


@pytest.fixture
def stations(shared_target: str) -> Iterator[tuple[FloorService, FloorService]]:
    """The podium and the secretary's laptop on one meeting, both showing the same list."""
    clock = FakeClock()
    podium = FloorService.create(shared_target, small_programme(), clock, station=PODIUM)
    podium.open_segment("panel-1")
    for who in ("VNM", "QAT", "BLR"):
        podium.request(who)
    laptop = FloorService.open(shared_target, clock, station=LAPTOP)
    yield podium, laptop
    laptop.close()
    podium.close()


def _types(svc: FloorService, kind: str) -> list[Event]:
    return [e for e in svc.journal.read() if e.type == kind]


def test_next_on_a_stale_screen_is_refused_saying_who_has_the_floor_and_where(
    stations: tuple[FloorService, FloorService],
) -> None:
    podium, laptop = stations
    podium.next()
    seen: list[list[Event]] = []
    laptop.subscribe(seen.append)
    with pytest.raises(Refused, match="Viet Nam already has the floor, given at the podium"):
        laptop.next()
    # The refused station now shows what happened, and its listeners were told.
    assert laptop.state.current is not None and laptop.state.current.participant_id == "VNM"
    assert seen and seen[0][-1].type == ev.FLOOR_GIVEN
    assert len(_types(podium, ev.FLOOR_GIVEN)) == 1
    laptop.next()  # now it acts on what it shows
    assert [e.data["participant"] for e in _types(podium, ev.FLOOR_GIVEN)] == ["VNM", "QAT"]


def test_end_after_another_station_ended_is_refused(
    stations: tuple[FloorService, FloorService],
) -> None:
    podium, laptop = stations
    podium.next()
    laptop.refresh()
    podium.end()
    with pytest.raises(Refused, match="Viet Nam's turn was already ended at the podium"):
        laptop.end()
    assert len(_types(podium, ev.TURN_ENDED)) == 1


def test_toggle_pause_is_decided_in_the_transaction(
    stations: tuple[FloorService, FloorService],
) -> None:
    podium, laptop = stations
    podium.next()
    laptop.refresh()
    laptop.toggle_pause()
    with pytest.raises(Refused, match="Viet Nam's time was already paused at the "
                                      "secretary's laptop"):
        podium.toggle_pause()  # it showed the time running: it meant to pause
    assert podium.state.current is not None and podium.state.current.paused
    assert len(_types(podium, ev.TURN_PAUSED)) == 1 and not _types(podium, ev.TURN_RESUMED)


def test_toggle_list_is_decided_in_the_transaction(
    stations: tuple[FloorService, FloorService],
) -> None:
    podium, laptop = stations
    podium.toggle_list()
    with pytest.raises(Refused, match="already closed at the podium"):
        laptop.toggle_list()
    assert laptop.state.segment_list().closed
    assert len(_types(podium, ev.LIST_CLOSED)) == 1 and not _types(podium, ev.LIST_REOPENED)


def test_next_when_the_list_changed_says_who_is_next_now(
    stations: tuple[FloorService, FloorService],
) -> None:
    podium, laptop = stations
    laptop.withdraw(laptop.state.waiting()[0].id)  # Viet Nam withdraws
    with pytest.raises(Refused, match="changed at the secretary's laptop: Qatar is now next"):
        podium.next()
    assert podium.state.current is None


def test_two_undos_take_back_one_action(stations: tuple[FloorService, FloorService]) -> None:
    podium, laptop = stations
    podium.next()
    laptop.refresh()
    podium.undo()
    with pytest.raises(Refused, match="already undone at the podium"):
        laptop.undo()
    assert len(_types(podium, ev.UNDONE)) == 1
    assert laptop.state.current is None


def test_a_participant_added_at_two_stations_is_added_once(
    stations: tuple[FloorService, FloorService],
) -> None:
    podium, laptop = stations
    au = podium.add_participant("African Union", SpeakerCategory.OBSERVER)
    with pytest.raises(Refused, match="African Union is already a participant"):
        laptop.add_participant("African Union", SpeakerCategory.OBSERVER)
    # Two names that make the same id get two ids, chosen after catching up.
    one = laptop.add_participant("Red Cross", SpeakerCategory.OBSERVER)
    two = podium.add_participant("Red-Cross", SpeakerCategory.OBSERVER)
    assert (au.id, one.id, two.id) == ("african-union", "red-cross", "red-cross-2")
    assert len(_types(podium, ev.PARTICIPANT_ADDED)) == 3


def test_a_correction_may_name_a_participant_another_station_just_added(
    stations: tuple[FloorService, FloorService],
) -> None:
    podium, laptop = stations
    podium.next()
    assert isinstance(podium.clock, FakeClock)
    podium.clock.advance(90)
    podium.end()
    laptop.refresh()
    iv = next(iter(laptop.state.interventions))
    podium.add_participant("African Union", SpeakerCategory.OBSERVER)
    laptop.correct(iv, participant="african-union")  # the laptop had not seen it yet
    assert laptop.log()[0].participant_id == "african-union"


def _race(a: Callable[[], object], b: Callable[[], object]) -> list[str]:
    """Run a and b at the same instant in two threads; each outcome: 'won' or the refusal."""
    barrier = threading.Barrier(2)
    outcomes: list[str] = ["", ""]

    def run(i: int, act: Callable[[], object]) -> None:
        barrier.wait()
        try:
            act()
            outcomes[i] = "won"
        except Refused as exc:
            outcomes[i] = exc.reason

    threads = [threading.Thread(target=run, args=(i, f)) for i, f in enumerate((a, b))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return outcomes


def test_two_stations_pressing_next_at_the_same_instant_exactly_one_wins(
    stations: tuple[FloorService, FloorService],
) -> None:
    podium, laptop = stations
    for who in ("PHL", "EGY", "USA", "GBR", "FRA", "CHN", "RUS", "BRA", "IND", "NGA"):
        podium.request(who)
    rounds = 10
    for _ in range(rounds):
        podium.refresh()
        laptop.refresh()
        outcomes = _race(podium.next, laptop.next)
        assert sorted(o == "won" for o in outcomes) == [False, True], outcomes
        assert "already has the floor, given at" in next(o for o in outcomes if o != "won")
    given = _types(podium, ev.FLOOR_GIVEN)
    assert len(given) == rounds
    assert len({e.data["request"] for e in given}) == rounds, "a request was given twice"
