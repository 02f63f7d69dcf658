"""The chair, moderators and panellists speak without a limit by default."""

from __future__ import annotations

import pytest

from floorapp.core.categories import DEFAULT_LIMITS
from floorapp.core.clock import FakeClock
from floorapp.core.countdown import Phase, crossings, next_crossing_in
from floorapp.core.floor import Refused
from floorapp.core.meeting_settings import MeetingSettings
from floorapp.service import FloorService


@pytest.mark.parametrize("key", ["chair", "moderator", "panellist"])
def test_presiding_speakers_have_no_default_limit(key: str) -> None:
    assert DEFAULT_LIMITS[key] == 0


def test_a_panellist_counts_up_and_is_never_over(service: FloorService,
                                                 clock: FakeClock) -> None:
    service.open_segment("panel-1")
    service.give_floor(participant="pan1")
    clock.advance(3600)
    cd = service.countdown()
    assert cd is not None and cd.unlimited
    assert cd.phase is Phase.NORMAL and cd.overrun == 0 and cd.display() == "1:00:00"
    assert crossings(0, MeetingSettings(), 3600) == []
    assert next_crossing_in(0, MeetingSettings(), 3600) == float("inf")
    with pytest.raises(Refused, match="no speaking limit"):
        service.extend(30)
    service.end()
    [entry] = service.log()
    assert entry.allotted == 0 and entry.overrun == 0
