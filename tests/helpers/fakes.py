"""Shared fakes: an in-memory journal (the clock fake lives in floorapp.core.clock)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from floorapp.core.events import Draft, Event


class MemoryJournal:
    """A journal kept in a list: same contract as storage.journal.Journal, no database."""

    def __init__(self) -> None:
        self.rows: list[Event] = []
        self.target = ":memory:"
        self.closed = False

    def read(self, after: int = 0) -> list[Event]:
        """Events above ``after``."""
        return [e for e in self.rows if e.seq > after]

    def append(self, drafts: Sequence[Draft], at: datetime) -> list[Event]:
        """Append one command's events."""
        return self.transact(lambda _n: list(drafts), at, None)[1]

    def transact(
        self, decide: Callable[[list[Event]], Sequence[Draft]], at: datetime, after: int | None
    ) -> tuple[list[Event], list[Event]]:
        """Read newer, decide, append."""
        newer = self.read(after) if after is not None else []
        drafts = list(decide(newer))
        stored: list[Event] = []
        first = 0
        stamp = at.astimezone(UTC)
        for d in drafts:
            seq = len(self.rows) + 1
            first = first or seq
            e = Event(seq, d.type, stamp, d.data, first)
            self.rows.append(e)
            stored.append(e)
        return newer, stored

    def close(self) -> None:
        """Nothing to release."""
        self.closed = True
