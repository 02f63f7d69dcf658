"""A journal kept in memory: the contract of :class:`floorapp.storage.journal.Journal`
without a database, for tests, benchmarks and generated sample meetings.

Stamps are rounded to the microsecond as the database stores them, so a meeting
folded from this journal equals one reopened from a file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from floorapp.core.events import Draft, Event


class MemoryJournal:
    """Events in a list; seq n is row n - 1, so reads cost a slice."""

    def __init__(self) -> None:
        self.rows: list[Event] = []
        self.target = ":memory:"
        self.closed = False
        self.has_server_clock = False

    def server_time(self) -> datetime | None:
        """No clock of its own: stations stamp events."""
        return None

    def read(self, after: int = 0) -> list[Event]:
        """Events above ``after``."""
        return self.rows[max(after, 0):]

    def append(self, drafts: Sequence[Draft], at: datetime) -> list[Event]:
        """Append one command's events."""
        return self.transact(lambda _n: list(drafts), at, None)[1]

    def transact(
        self, decide: Callable[[list[Event]], Sequence[Draft]], at: datetime | None,
        after: int | None,
    ) -> tuple[list[Event], list[Event]]:
        """Read what is newer than ``after``, decide, and append the drafts."""
        if at is None:
            raise ValueError("an in-memory journal has no clock: give the time")
        newer = self.read(after) if after is not None else []
        stamp = datetime.fromisoformat(at.astimezone(UTC).isoformat(timespec="microseconds"))
        stored: list[Event] = []
        first = 0
        for d in decide(newer):
            seq = len(self.rows) + 1
            first = first or seq
            e = Event(seq, d.type, stamp, d.data, first)
            self.rows.append(e)
            stored.append(e)
        return newer, stored

    def close(self) -> None:
        """Nothing to release."""
        self.closed = True
