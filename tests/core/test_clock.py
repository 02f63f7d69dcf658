"""core/clock.py directly: the fake clock, and the timeline's server-corrected time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from floorapp.core.clock import FakeClock, RoundTrip, Timeline

T0 = datetime(2012, 4, 3, 14, 0, tzinfo=UTC)


def test_the_timeline_advances_on_the_monotonic_clock_only() -> None:
    clock = FakeClock(T0)
    line = Timeline(clock)
    clock.set_wall(T0 + timedelta(hours=3))  # the wall clock jumps (NTP, a hand)
    clock.advance(10)
    assert line.now() == T0 + timedelta(seconds=10)


def test_the_fastest_round_trip_sets_the_offset_to_the_servers_clock() -> None:
    clock = FakeClock(T0, monotonic=100.0)
    line = Timeline(clock)
    assert not line.measured and line.offset == 0
    # A slow trip (2 s) and a fast one (0.02 s), the server 120 s ahead both times.
    line.observe(RoundTrip(100.0, 102.0, T0 + timedelta(seconds=121.5)))
    line.observe(RoundTrip(103.0, 103.02, T0 + timedelta(seconds=123.01)))
    assert line.measured
    assert abs(line.offset - 120.0) < 1e-6
    assert abs((line.now() - (T0 + timedelta(seconds=120))).total_seconds()) < 1e-6


def test_a_round_trip_that_ends_before_it_starts_is_ignored() -> None:
    line = Timeline(FakeClock(T0))
    assert line.observe(RoundTrip(5.0, 4.0, T0 + timedelta(hours=1))) == 0.0
    assert not line.measured
