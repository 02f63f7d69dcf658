"""The programme of a meeting: segments, panels, themes and speaking limits.

Plain frozen data; reading and writing TOML lives in ``programme_file``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from floorapp.core.categories import DEFAULT_LIMITS, SegmentKind, SpeakerCategory


@dataclass(frozen=True)
class Person:
    """Someone named in the programme: a chair, moderator or panellist."""

    id: str
    name: str
    role: str = ""  # "Executive Director, UNODC"
    category: SpeakerCategory = SpeakerCategory.PANELLIST


@dataclass(frozen=True)
class Theme:
    """A theme the floor is invited to address in a segment."""

    id: str
    title: str


@dataclass(frozen=True)
class Segment:
    """One part of the programme, in time order."""

    id: str
    kind: SegmentKind
    title: str
    start: time
    end: time
    chair: Person | None = None
    moderator: Person | None = None
    panellists: tuple[Person, ...] = ()
    themes: tuple[Theme, ...] = ()
    limits: dict[str, int] = field(default_factory=dict)  # overrides, seconds
    description: str = ""


@dataclass(frozen=True)
class ExtraParticipant:
    """A participant of this meeting beyond the reference roster."""

    id: str
    names: dict[str, str]  # language code -> name; "en" at least
    category: SpeakerCategory = SpeakerCategory.OTHER


@dataclass(frozen=True)
class Programme:
    """A whole meeting as announced: title, date, venue and segments."""

    title: str
    date: date
    venue: str = ""
    timezone: str = "America/New_York"
    convened_by: str = ""
    chair: Person | None = None
    organisers: tuple[str, ...] = ()
    language: str = "en"
    status: str = ""  # e.g. "illustrative: panels not yet fixed"
    limits: dict[str, int] = field(default_factory=dict)  # meeting-wide, seconds
    segments: tuple[Segment, ...] = ()
    participants: tuple[ExtraParticipant, ...] = ()

    def segment(self, segment_id: str) -> Segment:
        """The segment with this id; KeyError when there is none."""
        for seg in self.segments:
            if seg.id == segment_id:
                return seg
        raise KeyError(segment_id)

    def limit(self, segment_id: str | None, key: str) -> int:
        """The speaking limit in seconds for ``key`` in a segment, before live changes."""
        if segment_id is not None:
            try:
                seg = self.segment(segment_id)
            except KeyError:
                seg = None
            if seg is not None and key in seg.limits:
                return seg.limits[key]
        if key in self.limits:
            return self.limits[key]
        return DEFAULT_LIMITS.get(key, DEFAULT_LIMITS["other"])

    def zone(self) -> ZoneInfo:
        """The meeting's time zone."""
        return ZoneInfo(self.timezone)

    def scheduled(self, segment_id: str) -> tuple[datetime, datetime]:
        """Scheduled start and end of a segment as aware datetimes."""
        seg = self.segment(segment_id)
        tz = self.zone()
        return (
            datetime.combine(self.date, seg.start, tzinfo=tz),
            datetime.combine(self.date, seg.end, tzinfo=tz),
        )


def person_to_dict(p: Person) -> dict[str, Any]:
    """A person as plain JSON-able data."""
    return {"id": p.id, "name": p.name, "role": p.role, "category": p.category.value}


def person_from_dict(d: dict[str, Any]) -> Person:
    """The inverse of :func:`person_to_dict`."""
    return Person(
        id=d["id"],
        name=d["name"],
        role=d.get("role", ""),
        category=SpeakerCategory(d.get("category", SpeakerCategory.PANELLIST.value)),
    )


def programme_to_dict(p: Programme) -> dict[str, Any]:
    """The programme as plain JSON-able data, for the journal."""
    return {
        "title": p.title,
        "date": p.date.isoformat(),
        "venue": p.venue,
        "timezone": p.timezone,
        "convened_by": p.convened_by,
        "chair": person_to_dict(p.chair) if p.chair else None,
        "organisers": list(p.organisers),
        "language": p.language,
        "status": p.status,
        "limits": dict(p.limits),
        "segments": [
            {
                "id": s.id,
                "kind": s.kind.value,
                "title": s.title,
                "start": s.start.strftime("%H:%M"),
                "end": s.end.strftime("%H:%M"),
                "chair": person_to_dict(s.chair) if s.chair else None,
                "moderator": person_to_dict(s.moderator) if s.moderator else None,
                "panellists": [person_to_dict(x) for x in s.panellists],
                "themes": [{"id": t.id, "title": t.title} for t in s.themes],
                "limits": dict(s.limits),
                "description": s.description,
            }
            for s in p.segments
        ],
        "participants": [
            {"id": x.id, "names": dict(x.names), "category": x.category.value}
            for x in p.participants
        ],
    }


def programme_from_dict(d: dict[str, Any]) -> Programme:
    """The inverse of :func:`programme_to_dict` (trusted data from the journal)."""

    def opt_person(v: dict[str, Any] | None) -> Person | None:
        return person_from_dict(v) if v else None

    return Programme(
        title=d["title"],
        date=date.fromisoformat(d["date"]),
        venue=d.get("venue", ""),
        timezone=d.get("timezone", "America/New_York"),
        convened_by=d.get("convened_by", ""),
        chair=opt_person(d.get("chair")),
        organisers=tuple(d.get("organisers", ())),
        language=d.get("language", "en"),
        status=d.get("status", ""),
        limits={k: int(v) for k, v in d.get("limits", {}).items()},
        segments=tuple(
            Segment(
                id=s["id"],
                kind=SegmentKind(s["kind"]),
                title=s["title"],
                start=time.fromisoformat(s["start"]),
                end=time.fromisoformat(s["end"]),
                chair=opt_person(s.get("chair")),
                moderator=opt_person(s.get("moderator")),
                panellists=tuple(person_from_dict(x) for x in s.get("panellists", ())),
                themes=tuple(Theme(t["id"], t["title"]) for t in s.get("themes", ())),
                limits={k: int(v) for k, v in s.get("limits", {}).items()},
                description=s.get("description", ""),
            )
            for s in d.get("segments", ())
        ),
        participants=tuple(
            ExtraParticipant(
                id=x["id"],
                names=dict(x["names"]),
                category=SpeakerCategory(x.get("category", "other")),
            )
            for x in d.get("participants", ())
        ),
    )
