"""Clocks: the monotonic clock every countdown is computed from, and fakes for tests.

Events are stamped on a *timeline*: a UTC wall-clock reading taken once, when the
meeting is opened, advanced by the monotonic clock from then on. A jump of the
system clock during a meeting therefore changes neither time left nor stamps.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

#: How many recent round trips the server offset is chosen from (one every few seconds).
OFFSET_SAMPLES = 60


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


@dataclass(frozen=True)
class RoundTrip:
    """One reading of the server's clock, bracketed by two monotonic readings."""

    sent: float  # monotonic seconds when the query left
    received: float  # monotonic seconds when the answer came back
    server: datetime  # the server's clock, read in between

    @property
    def rtt(self) -> float:
        """The round trip in seconds: the bound on this sample's error, twice over."""
        return self.received - self.sent


class Timeline:
    """UTC time as read once from the wall clock and then advanced monotonically.

    When the meeting has one clock (a database server's), :meth:`observe` feeds
    round trips to it, and :meth:`now` is that clock as this station estimates it:
    the offset of the sample with the smallest round trip among the recent ones,
    so a station whose own wall clock is minutes wrong still shows the room's time.
    """

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._wall0 = clock.wall()
        self._mono0 = clock.monotonic()
        self._samples: deque[tuple[float, float]] = deque(maxlen=OFFSET_SAMPLES)
        self._offset = 0.0
        self._lock = threading.Lock()  # observe() may be called from a listening thread

    def local(self, monotonic: float) -> datetime:
        """This station's own reading of a monotonic instant, uncorrected."""
        return self._wall0 + timedelta(seconds=monotonic - self._mono0)

    def now(self) -> datetime:
        """The current instant on this timeline (aware UTC), server-corrected if measured."""
        return self.local(self.clock.monotonic()) + timedelta(seconds=self._offset)

    @property
    def offset(self) -> float:
        """Seconds to add to this station's clock to read the server's (0 until measured)."""
        return self._offset

    @property
    def measured(self) -> bool:
        """Whether any round trip to the server's clock has been observed."""
        return bool(self._samples)

    def observe(self, trip: RoundTrip) -> float:
        """Take one round trip into account; returns the offset now in force."""
        if trip.received < trip.sent:
            return self._offset
        middle = self.local((trip.sent + trip.received) / 2)
        offset = (trip.server.astimezone(UTC) - middle).total_seconds()
        with self._lock:
            self._samples.append((trip.rtt, offset))
            self._offset = min(self._samples)[1]
            return self._offset
