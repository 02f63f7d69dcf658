"""core/segment_clock.py directly: will the segment end on time?"""

from __future__ import annotations

from datetime import timedelta

from floorapp.core.segment_clock import segment_clock
from floorapp.core.state import FloorState
from tests.core.test_fold import AT, _meeting, _request


def test_no_clock_before_a_segment_is_open() -> None:
    assert segment_clock(FloorState(), AT) is None


def test_the_list_is_projected_at_the_limits_in_force() -> None:
    s = _meeting()
    _request(s, 3, "r1", "QAT")  # two Member States at the panel's limit
    _request(s, 4, "r2", "EGY")
    each = s.live_limit("panel-1", "member_state")
    assert each == 180  # the meeting's limit for Member States (3 minutes)
    clock = segment_clock(s, AT)
    assert clock is not None and clock.segment_id == "panel-1"
    assert clock.waiting == 2 and clock.list_seconds == 2 * each
    assert clock.projected_end == AT + timedelta(seconds=2 * each)
    assert clock.gap == (clock.scheduled_end - clock.projected_end).total_seconds()
