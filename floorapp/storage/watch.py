"""Watching a meeting database for what other stations append, from a thread of its own.

On PostgreSQL a station LISTENs on a connection of its own; every station that appends
NOTIFYs with its commit. On SQLite (the console and a display process on one file) a
thread polls ``PRAGMA data_version``, which changes when another connection commits.

Either way a wake-up is only a *hint*: the station then reads every event after its
last seq, so a notification lost, coalesced, or sent by anyone (any role may NOTIFY)
loses or breaks nothing. After a lost link the listener reconnects by itself, says
so, and hints, so the station reads everything it missed. The hooks are called from
the watching thread: a GUI hands them on to its own thread (floorapp.gui.live).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # a server station has SQLAlchemy loaded already; a file station never needs it
    from sqlalchemy.engine import URL

from floorapp.core.clock import Clock, RoundTrip, SystemClock

#: The channel a station NOTIFYs after appending. LISTEN/NOTIFY is scoped to one
#: database, and each meeting is a database of its own: one channel per meeting.
CHANNEL = "floor_events"
#: libpq settings so that a dead link is noticed in seconds, not in the kernel's
#: two hours: keepalive probes after 2 s idle, every second, given up after 3;
#: unacknowledged data given up after 5 s; a connection attempt after 3 s.
LINK_SETTINGS: dict[str, Any] = {
    "connect_timeout": 3,
    "keepalives": 1,
    "keepalives_idle": 2,
    "keepalives_interval": 1,
    "keepalives_count": 3,
    "tcp_user_timeout": 5000,
}
#: How long one wait for notifications lasts before the thread looks at its stop flag.
WAIT_SECONDS = 0.2
#: How often the listener reads the server's clock: a liveness check and a clock sample.
PING_SECONDS = 2.0
#: Reconnection: first retry after this, doubling up to RETRY_MAX_SECONDS.
RETRY_SECONDS = 0.2
RETRY_MAX_SECONDS = 2.0
#: How often the SQLite poller reads ``PRAGMA data_version``.
POLL_SECONDS = 0.02


class WatchHooks(Protocol):
    """What a watcher tells its station (called from the watching thread)."""

    def hint(self) -> None:
        """Something may have been appended: read everything after your last seq."""

    def lost(self, since: datetime) -> None:
        """The link to the meeting is lost since ``since`` (UTC); retrying."""

    def back(self) -> None:
        """The link is back (a hint follows, to catch up)."""

    def clock(self, trip: RoundTrip) -> None:
        """One round trip to the server's clock, for the station's offset."""


class Watcher(Protocol):
    """A watching thread."""

    def start(self) -> None: ...

    def stop(self) -> None: ...


def conninfo(url: URL) -> str:
    """A libpq connection string for a SQLAlchemy PostgreSQL URL."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class NotificationListener(threading.Thread):
    """LISTENs for appends on a connection of its own; reconnects when the link is lost."""

    def __init__(self, url: URL, hooks: WatchHooks, clock: Clock | None = None) -> None:
        super().__init__(name="floor-listener", daemon=True)
        self.conninfo = conninfo(url)
        self.hooks = hooks
        self.clock = clock or SystemClock()
        self._halt = threading.Event()
        self.lost_since: datetime | None = None

    def stop(self) -> None:
        """Stop listening (returns within a fraction of a second)."""
        self._halt.set()
        if self.is_alive() and threading.current_thread() is not self:
            self.join(timeout=5)

    def run(self) -> None:
        """Listen, and after any failure say so and reconnect, until stopped."""
        import psycopg

        delay = RETRY_SECONDS
        while not self._halt.is_set():
            try:
                with psycopg.connect(self.conninfo, autocommit=True, **LINK_SETTINGS) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    if self.lost_since is not None:
                        self.lost_since = None
                        self.hooks.back()
                    self.hooks.hint()  # whatever was appended before LISTEN took hold
                    delay = RETRY_SECONDS
                    self._listen(conn)
            except (psycopg.Error, OSError):
                if self._halt.is_set():
                    break
                if self.lost_since is None:
                    self.lost_since = datetime.now(UTC)
                    self.hooks.lost(self.lost_since)
                self._halt.wait(delay)
                delay = min(delay * 2, RETRY_MAX_SECONDS)

    def _listen(self, conn: Any) -> None:
        next_ping = 0.0
        while not self._halt.is_set():
            if time.monotonic() >= next_ping:
                self._ping(conn)
                next_ping = time.monotonic() + PING_SECONDS
            for _notification in conn.notifies(timeout=WAIT_SECONDS):
                self.hooks.hint()

    def _ping(self, conn: Any) -> None:
        sent = self.clock.monotonic()
        row = conn.execute("SELECT clock_timestamp()").fetchone()
        received = self.clock.monotonic()
        if row is not None and isinstance(row[0], datetime):
            self.hooks.clock(RoundTrip(sent, received, row[0]))


class DataVersionPoller(threading.Thread):
    """Polls an SQLite file's ``PRAGMA data_version``: a cheap read that changes when
    another connection (another process, or this one's own journal) commits."""

    def __init__(self, path: str, hooks: WatchHooks, interval: float = POLL_SECONDS) -> None:
        super().__init__(name="floor-poller", daemon=True)
        self.path = path
        self.hooks = hooks
        self.interval = interval
        self._halt = threading.Event()

    def stop(self) -> None:
        """Stop polling."""
        self._halt.set()
        if self.is_alive() and threading.current_thread() is not self:
            self.join(timeout=5)

    def run(self) -> None:
        """Poll until stopped; a change is a hint."""
        try:
            conn = sqlite3.connect(self.path, timeout=1, check_same_thread=False)
        except sqlite3.Error:
            return
        try:
            seen: int | None = None
            while not self._halt.wait(self.interval):
                try:
                    row = conn.execute("PRAGMA data_version").fetchone()
                except sqlite3.Error:
                    continue
                version = int(row[0]) if row else 0
                if version != seen:  # the first reading too: whatever came before it
                    self.hooks.hint()
                seen = version
        finally:
            conn.close()
