"""The countdown computed from an intervention's record, tested without the service."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from floorapp.core.categories import RequestKind
from floorapp.core.countdown import Phase, countdown, format_mmss, phase_for
from floorapp.core.meeting_settings import MeetingSettings
from floorapp.core.turn import Intervention

T0 = datetime(2012, 4, 3, 15, 0, tzinfo=UTC)


def turn(limit: float = 180.0, runs: list[tuple[float, float | None]] | None = None,
         extension: float = 0.0) -> Intervention:
    """An intervention whose runs are given as seconds after T0."""
    spans = runs if runs is not None else [(0.0, None)]
    return Intervention(
        id="i1", segment_id="panel-1", participant_id="FRA", kind=RequestKind.STATEMENT,
        limit=limit, started_at=T0, extension=extension,
        runs=[[T0 + timedelta(seconds=a), None if b is None else T0 + timedelta(seconds=b)]
              for a, b in spans],
    )


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "00:00"), (59, "00:59"), (60, "01:00"), (180, "03:00"), (3599, "59:59"),
     (3600, "1:00:00"), (3725, "1:02:05"), (-5, "00:00")],
)
def test_format_mmss(seconds: float, text: str) -> None:
    assert format_mmss(seconds) == text


def test_phases_follow_the_meeting_settings() -> None:
    settings = MeetingSettings()
    warn = settings.warning_seconds
    assert phase_for(warn + 1, settings) is Phase.NORMAL
    assert phase_for(warn, settings) is Phase.WARNING
    assert phase_for(0.5, settings) is Phase.WARNING
    assert phase_for(0, settings) is Phase.TIME_UP
    assert phase_for(-settings.time_up_seconds - 0.1, settings) is Phase.OVERRUN


def test_running_turn_counts_from_its_start() -> None:
    cd = countdown(turn(), T0 + timedelta(seconds=61.2), MeetingSettings())
    assert cd.elapsed == pytest.approx(61.2)
    assert cd.remaining == pytest.approx(118.8)
    assert cd.display() == "01:59"  # a started second is shown until it is over
    assert not cd.paused and not cd.ended


def test_pauses_do_not_count() -> None:
    iv = turn(runs=[(0, 50), (80, None)])  # paused 30 s
    cd = countdown(iv, T0 + timedelta(seconds=100), MeetingSettings())
    assert cd.elapsed == pytest.approx(70)


def test_paused_turn_stands_still() -> None:
    iv = turn(runs=[(0, 50)])
    settings = MeetingSettings()
    early = countdown(iv, T0 + timedelta(seconds=60), settings)
    late = countdown(iv, T0 + timedelta(hours=5), settings)
    assert early.remaining == late.remaining == pytest.approx(130)
    assert late.paused


def test_overrun_is_shown_with_a_plus() -> None:
    cd = countdown(turn(limit=60), T0 + timedelta(seconds=75.5), MeetingSettings())
    assert cd.overrun == pytest.approx(15.5)
    assert cd.display() == "+00:15"
    assert cd.phase is Phase.OVERRUN


def test_a_shortening_never_allots_less_than_nothing() -> None:
    iv = turn(limit=60, extension=-90)
    assert iv.allotted == 0
    cd = countdown(iv, T0 + timedelta(seconds=1), MeetingSettings())
    assert cd.remaining == pytest.approx(-1)


@given(st.floats(min_value=0, max_value=36_000), st.floats(min_value=1, max_value=600))
def test_elapsed_plus_remaining_is_the_allotment(after: float, limit: float) -> None:
    cd = countdown(turn(limit=limit), T0 + timedelta(seconds=after), MeetingSettings())
    assert cd.elapsed + cd.remaining == pytest.approx(limit)


def test_a_turn_without_limit_never_runs_out() -> None:
    cd = countdown(turn(limit=0), T0 + timedelta(minutes=40), MeetingSettings())
    assert cd.elapsed == pytest.approx(2400)
    assert cd.phase is Phase.NORMAL
    assert cd.overrun == 0
