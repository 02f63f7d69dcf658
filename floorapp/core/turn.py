"""Floor requests and interventions: the things on the list and the turns at the floor."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from floorapp.core.categories import RequestKind


@dataclass
class FloorRequest:
    """A delegation's request for the floor, waiting on a segment's list."""

    id: str
    participant_id: str
    kind: RequestKind
    segment_id: str
    requested_at: datetime
    on_behalf_of: str = ""  # a group's name, or the participant spoken for
    delivered_by: str = ""  # participant id of who actually speaks, if not the requester
    status: str = "waiting"  # waiting, absent, withdrawn, heard


@dataclass
class Note:
    """One key point the secretary recorded for an intervention."""

    id: str
    text: str
    themes: tuple[str, ...] = ()
    struck: bool = False


#: Kinds of announcement: a pledge (of a State or organization), a personal gift (such
#: as the President's own donation, kept apart from the States' pledges), or another
#: announcement (no amount needed).
ANNOUNCEMENT_KINDS: tuple[str, ...] = ("pledge", "personal_gift", "announcement")


def announcement_kind(value: object, amount: object = None) -> str:
    """The kind of an announcement as journaled (older journals: pledge when an amount)."""
    if isinstance(value, str) and value in ANNOUNCEMENT_KINDS:
        return value
    return "pledge" if amount is not None else "announcement"


@dataclass
class Announcement:
    """An announcement made in an intervention, e.g. a pledge to a trust fund."""

    id: str
    text: str
    amount: float | None = None
    currency: str = ""
    struck: bool = False
    kind: str = "announcement"  # one of ANNOUNCEMENT_KINDS


@dataclass
class Intervention:
    """One turn at the floor: who, for how long, and what the secretary recorded."""

    id: str
    segment_id: str
    participant_id: str
    kind: RequestKind
    limit: float  # seconds allotted when the floor was given
    started_at: datetime
    request_id: str = ""
    on_behalf_of: str = ""
    delivered_by: str = ""
    extension: float = 0.0  # seconds added (negative: shortened)
    #: Spans at the floor: [start, end] with end None while running.
    runs: list[list[datetime | None]] = field(default_factory=list)
    ended_at: datetime | None = None
    interrupted: str = ""  # the intervention this point of order interrupted
    notes: list[Note] = field(default_factory=list)
    announcements: list[Announcement] = field(default_factory=list)
    #: Secretary's record fields: language, written_statement, video, ...
    record: dict[str, Any] = field(default_factory=dict)
    #: Corrections made afterwards (start, end, participant, ...), latest wins.
    corrections: dict[str, Any] = field(default_factory=dict)

    @property
    def allotted(self) -> float:
        """Seconds allotted, extensions included, never below zero."""
        return max(0.0, self.limit + self.extension)

    @property
    def unlimited(self) -> bool:
        """Whether the turn has no speaking limit (a chair's, moderator's, panellist's)."""
        return self.limit <= 0 and self.extension <= 0

    @property
    def running(self) -> bool:
        """Whether the speaker's time is running now."""
        return bool(self.runs) and self.runs[-1][1] is None

    @property
    def ended(self) -> bool:
        """Whether the turn is over."""
        return self.ended_at is not None

    @property
    def paused(self) -> bool:
        """Whether the turn is live but its time stands still."""
        return not self.ended and not self.running

    def elapsed(self, now: datetime) -> float:
        """Seconds spoken so far, pauses excluded, as of ``now``."""
        total = 0.0
        for start, end in self.runs:
            assert start is not None
            stop = end if end is not None else now
            total += max(0.0, (stop - start).total_seconds())
        return total

    def remaining(self, now: datetime) -> float:
        """Seconds left (negative in overrun) as of ``now``."""
        return self.allotted - self.elapsed(now)

    @property
    def themes(self) -> tuple[str, ...]:
        """All theme ids tagged on this intervention's live notes, in first-use order."""
        seen: dict[str, None] = {}
        for n in self.notes:
            if not n.struck:
                for t in n.themes:
                    seen.setdefault(t, None)
        return tuple(seen)
