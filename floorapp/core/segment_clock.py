"""The segment clock: will the meeting end on time?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from floorapp.core.commands import limit_key
from floorapp.core.state import FloorState


@dataclass(frozen=True)
class SegmentClock:
    """Scheduled times of the current segment against the time the list needs."""

    segment_id: str
    scheduled_start: datetime
    scheduled_end: datetime
    opened_at: datetime | None
    now: datetime
    used: float  # seconds since the segment was opened
    list_seconds: float  # time the waiting list needs at the limits in force
    current_seconds: float  # time left for the current speaker (0 in overrun)
    waiting: int

    @property
    def projected_end(self) -> datetime:
        """When the list will be exhausted if everyone keeps to their limit."""
        return self.now + timedelta(seconds=self.list_seconds + self.current_seconds)

    @property
    def gap(self) -> float:
        """Seconds between projected and scheduled end: positive is spare, negative is over."""
        return (self.scheduled_end - self.projected_end).total_seconds()


def segment_clock(state: FloorState, now: datetime) -> SegmentClock | None:
    """The clock of the current segment, or None when none is open."""
    sid = state.current_segment
    if sid is None or state.programme is None:
        return None
    try:
        start, end = state.programme.scheduled(sid)
    except KeyError:
        return None
    lst = state.segment_list(sid)
    # A meeting held on another day than its programme's (a rehearsal, a postponed
    # session, the bundled sample run today) keeps the programme's times of day, on
    # the day the segment was opened.
    if lst.opened_at is not None:
        zone = state.programme.zone()
        held = lst.opened_at.astimezone(zone).date()
        if held != start.astimezone(zone).date():
            start = datetime.combine(held, start.astimezone(zone).timetz())
            end = datetime.combine(held, end.astimezone(zone).timetz())
    total = 0.0
    for req in state.waiting(sid):
        total += state.live_limit(sid, limit_key(state, req.participant_id, req.kind, sid))
    current = 0.0
    for iid in state.floor:
        current += max(0.0, state.interventions[iid].remaining(now))
    return SegmentClock(
        segment_id=sid,
        scheduled_start=start,
        scheduled_end=end,
        opened_at=lst.opened_at,
        now=now,
        used=(now - lst.opened_at).total_seconds() if lst.opened_at else 0.0,
        list_seconds=total,
        current_seconds=current,
        waiting=len(lst.queue),
    )
