"""Clocks: the monotonic clock every countdown is computed from, and fakes for tests.

Events are stamped on a *timeline*: a UTC wall-clock reading taken once, when the
meeting is opened, advanced by the monotonic clock from then on. A jump of the
system clock during a meeting therefore changes neither time left nor stamps.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """A source of monotonic seconds and of UTC wall-clock time."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never goes backwards."""
        ...

    def wall(self) -> datetime:
        """The current UTC wall-clock time (aware)."""
        ...


class SystemClock:
    """The real clocks of this machine."""

    def monotonic(self) -> float:
        """Seconds from :func:`time.monotonic`."""
        return time.monotonic()

    def wall(self) -> datetime:
        """Now in UTC."""
        return datetime.now(UTC)


class FakeClock:
    """A clock that moves only when told to; for tests, the script runner and benchmarks."""

    def __init__(self, start: datetime | None = None, monotonic: float = 1000.0) -> None:
        self._mono = monotonic
        self._wall = start or datetime(2012, 4, 3, 14, 0, tzinfo=UTC)

    def monotonic(self) -> float:
        """The fake monotonic reading."""
        return self._mono

    def wall(self) -> datetime:
        """The fake wall-clock reading."""
        return self._wall

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass on both clocks."""
        if seconds < 0:
            raise ValueError("time does not go backwards")
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)

    def set_wall(self, wall: datetime) -> None:
        """Jump the wall clock only (as NTP or a user might), leaving monotonic time alone."""
        self._wall = wall


class Timeline:
    """UTC time as read once from the wall clock and then advanced monotonically."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._wall0 = clock.wall()
        self._mono0 = clock.monotonic()

    def now(self) -> datetime:
        """The current instant on this timeline (aware UTC)."""
        return self._wall0 + timedelta(seconds=self.clock.monotonic() - self._mono0)
