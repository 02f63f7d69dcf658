"""A jump of the wall clock (an hour forward, then back) during a turn changes no time left.

The service reads the wall clock once, when the meeting is opened, and advances
that reading with the monotonic clock; a jump of the system clock (NTP, a user
changing the time zone by hand) must not move any countdown or stamp.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

import pytest

from floorapp.core import clock as clock_module
from floorapp.core.clock import FakeClock, SystemClock
from floorapp.service import FloorService
from tests.helpers.factories import memory_service, small_programme

HOUR = timedelta(hours=1)


def _start_turn(svc: FloorService) -> None:
    svc.open_segment("panel-1")
    svc.request("QAT")
    svc.next()


def test_fake_wall_clock_jump_changes_no_time_left(clock: FakeClock) -> None:
    svc = memory_service(clock)
    _start_turn(svc)
    clock.advance(30)
    before = svc.countdown()
    assert before is not None and before.remaining == pytest.approx(150)
    stamp_before = svc.now()
    clock.set_wall(clock.wall() + HOUR)
    after = svc.countdown()
    assert after is not None and after.remaining == before.remaining
    assert svc.now() == stamp_before
    clock.advance(10)
    clock.set_wall(clock.wall() - 2 * HOUR)  # back an hour past where it was
    cd = svc.countdown()
    assert cd is not None and cd.remaining == pytest.approx(140)
    svc.pause()  # the stamp follows the timeline, not the jumped wall clock
    assert svc.floor.events[-1].at == stamp_before + timedelta(seconds=10)
    clock.advance(5)
    cd = svc.countdown()
    assert cd is not None and cd.paused and cd.remaining == pytest.approx(140)


def test_fake_wall_clock_jump_on_a_database_file(tmp_path: Path, clock: FakeClock) -> None:
    svc = FloorService.create(tmp_path / "m.floor", small_programme(), clock)
    _start_turn(svc)
    clock.advance(60)
    clock.set_wall(clock.wall() + HOUR)
    svc.extend(30)
    clock.advance(20)
    clock.set_wall(clock.wall() - HOUR)
    svc.end()
    entry = svc.log()[0]
    assert entry.spoken == pytest.approx(80)
    assert entry.end is not None and entry.end - entry.start == timedelta(seconds=80)
    svc.close()


class _JumpingDatetime(datetime):
    """``datetime`` whose ``now()`` is the real time plus an offset we can jump."""

    offset = timedelta(0)

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> _JumpingDatetime:  # type: ignore[override]
        real = datetime.now(tz) + cls.offset
        return cls.fromtimestamp(real.timestamp(), tz)


def test_real_wall_clock_jump_changes_no_time_left(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock_module, "datetime", _JumpingDatetime)
    monkeypatch.setattr(_JumpingDatetime, "offset", timedelta(0))
    real = SystemClock()
    svc = memory_service(real)  # type: ignore[arg-type]
    _start_turn(svc)
    t0 = time.monotonic()
    assert svc.state.current is not None
    for jump in (HOUR, -HOUR, -HOUR, HOUR):
        time.sleep(0.05)
        monkeypatch.setattr(_JumpingDatetime, "offset", _JumpingDatetime.offset + jump)
        assert abs(real.wall() - datetime.now(UTC) - _JumpingDatetime.offset) < timedelta(
            seconds=1)  # the patch is in force
        cd = svc.countdown()
        reference = 180 - (time.monotonic() - t0)
        assert cd is not None and abs(cd.remaining - reference) < 0.05, (
            f"after a jump of {jump}: {cd.remaining if cd else None} s left, "
            f"reference {reference:.3f} s")
    svc.close()
