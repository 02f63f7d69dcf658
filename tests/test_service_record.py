"""The service's checks on the secretary's record: fields, amounts, corrections."""

from __future__ import annotations

from datetime import timedelta

import pytest

from floorapp.core.clock import FakeClock
from floorapp.core.floor import Refused
from floorapp.service import FloorService


@pytest.fixture
def spoken(service: FloorService, clock: FakeClock) -> str:
    """One finished intervention of Qatar, 150 s long; its id."""
    service.open_segment("panel-1")
    service.request("QAT")
    service.next()
    clock.advance(150)
    service.end()
    return next(iter(service.state.interventions))


def test_record_fields_are_checked_and_normalised(service: FloorService, spoken: str) -> None:
    service.update_record(spoken, language="FR", video="yes")
    assert service.state.interventions[spoken].record == {"language": "fr", "video": True}
    before = len(service.floor.events)
    for bad in ({"language": "klingon"}, {"colour": "red"}, {"video": "perhaps"}, {}):
        with pytest.raises(Refused):
            service.update_record(spoken, **bad)
    assert len(service.floor.events) == before


@pytest.mark.parametrize(("amount", "currency", "why"), [
    (-5, "USD", "negative"),
    (float("inf"), "USD", "too large"),
    (10**400, "USD", "too large"),
    (1000, "US Dollars", "currency code"),
    (None, "USD", "needs an amount"),
    ("1000", "USD", "number"),
])
def test_bad_amounts_are_refused(service: FloorService, spoken: str, amount: object,
                                 currency: str, why: str) -> None:
    with pytest.raises(Refused, match=why):
        service.add_announcement("Pledge", amount, currency, spoken)  # type: ignore[arg-type]
    assert not service.state.interventions[spoken].announcements


def test_an_announcement_is_struck_not_deleted(service: FloorService, spoken: str) -> None:
    service.add_announcement("Pledge", 50000, "usd", spoken)
    [a] = service.state.interventions[spoken].announcements
    assert a.currency == "USD"
    service.strike_announcement(spoken, a.id)
    assert service.state.interventions[spoken].announcements[0].struck
    service.strike_announcement(spoken, a.id, struck=False)
    assert not service.state.interventions[spoken].announcements[0].struck
    with pytest.raises(Refused):
        service.strike_announcement(spoken, "a99")


def test_corrections_are_checked(service: FloorService, spoken: str) -> None:
    iv = service.state.interventions[spoken]
    before = len(service.floor.events)
    with pytest.raises(Refused, match="not a participant"):
        service.correct(spoken, participant="ATLANTIS")
    with pytest.raises(Refused, match="after the start"):
        service.correct(spoken, end=iv.started_at - timedelta(seconds=1))
    with pytest.raises(Refused, match="time zone"):
        service.correct(spoken, start=iv.started_at.replace(tzinfo=None))
    with pytest.raises(Refused, match="kind of request"):
        service.correct(spoken, kind="filibuster")
    with pytest.raises(Refused, match="Nothing"):
        service.correct(spoken)
    assert len(service.floor.events) == before
    service.correct(spoken, participant="BRA", start=iv.started_at + timedelta(seconds=10))
    [entry] = service.log()
    assert entry.participant_id == "BRA" and round(entry.spoken) == 140


def test_a_running_intervention_cannot_have_its_end_corrected(
    service: FloorService, clock: FakeClock,
) -> None:
    service.open_segment("panel-1")
    service.request("QAT")
    service.next()
    iv = service.state.current
    assert iv is not None
    with pytest.raises(Refused, match="still going on"):
        service.correct(iv.id, end=iv.started_at + timedelta(seconds=60))
