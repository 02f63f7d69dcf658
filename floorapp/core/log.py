"""The intervention log: a projection of the journal, one entry per turn at the floor."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from floorapp.core.categories import RequestKind
from floorapp.core.state import FloorState
from floorapp.core.turn import Intervention


@dataclass(frozen=True)
class LogEntry:
    """One intervention as the record shows it, corrections applied."""

    intervention_id: str
    segment_id: str
    participant_id: str
    name: str  # English name
    category: str
    kind: RequestKind
    on_behalf_of: str
    delivered_by: str
    start: datetime
    end: datetime | None
    spoken: float
    allotted: float
    notes: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    announcements: tuple[dict[str, Any], ...] = ()
    record: dict[str, Any] = field(default_factory=dict)

    @property
    def overrun(self) -> float:
        """Seconds spoken beyond the time allotted (none without a limit)."""
        return max(0.0, self.spoken - self.allotted) if self.allotted > 0 else 0.0

    def to_json(self) -> dict[str, Any]:
        """The entry in the documented JSON shape (see docs/log-format.md)."""
        return {
            "intervention": self.intervention_id,
            "segment": self.segment_id,
            "speaker": {"id": self.participant_id, "name": self.name, "category": self.category},
            "kind": self.kind.value,
            "on_behalf_of": self.on_behalf_of,
            "delivered_by": self.delivered_by,
            "start": self.start.isoformat(),
            "end": self.end.isoformat() if self.end else None,
            "seconds_spoken": round(self.spoken, 1),
            "seconds_allotted": round(self.allotted, 1),
            "seconds_over": round(self.overrun, 1),
            "notes": list(self.notes),
            "themes": list(self.themes),
            "announcements": list(self.announcements),
            "record": dict(self.record),
        }


def entry_for(state: FloorState, iv: Intervention, now: datetime | None = None) -> LogEntry:
    """The log entry of one intervention (a live one counts up to ``now``)."""
    c = iv.corrections
    pid = c.get("participant", iv.participant_id)
    participant = state.participant(pid)
    start = datetime.fromisoformat(c["start"]) if "start" in c else iv.started_at
    end: datetime | None
    if "end" in c:
        end = datetime.fromisoformat(c["end"])
    else:
        end = iv.ended_at
    if "start" in c or "end" in c:
        spoken = max(0.0, ((end or now or start) - start).total_seconds())
    else:
        spoken = iv.elapsed(end or now or iv.started_at)
    return LogEntry(
        intervention_id=iv.id,
        segment_id=iv.segment_id,
        participant_id=pid,
        name=participant.name("en"),
        category=participant.category.value,
        kind=RequestKind(c.get("kind", iv.kind.value)),
        on_behalf_of=c.get("on_behalf_of", iv.on_behalf_of),
        delivered_by=c.get("delivered_by", iv.delivered_by),
        start=start,
        end=end,
        spoken=spoken,
        allotted=iv.allotted,
        notes=tuple(n.text for n in iv.notes if not n.struck),
        themes=iv.themes,
        announcements=tuple(
            {"text": a.text, "amount": a.amount, "currency": a.currency}
            for a in iv.announcements
            if not a.struck
        ),
        record=dict(iv.record),
    )


def intervention_log(
    state: FloorState, now: datetime | None = None, segment: str | None = None
) -> list[LogEntry]:
    """Every intervention in order of taking the floor (optionally of one segment)."""
    return [
        entry_for(state, iv, now)
        for iv in state.interventions.values()
        if segment is None or iv.segment_id == segment
    ]
