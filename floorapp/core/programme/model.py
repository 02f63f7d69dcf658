"""The programme of a meeting: segments, panels, themes and speaking limits.

Plain frozen data; reading and writing TOML lives in ``programme_file``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from floorapp.core.categories import DEFAULT_LIMITS, SegmentKind, SpeakerCategory
from floorapp.core.programme.text import (
    MEETING_TEXTS,
    NO_TRANSLATIONS,
    PERSON_TEXTS,
    SEGMENT_TEXTS,
    THEME_TEXTS,
    LocalText,
    Translations,
    local_text,
)


@dataclass(frozen=True)
class Person:
    """Someone named in the programme: a chair, moderator or panellist."""

    id: str
    name: str
    role: str = ""  # "Executive Director, UNODC"
    category: SpeakerCategory = SpeakerCategory.PANELLIST
    translations: Translations = NO_TRANSLATIONS  # name, role in other languages


@dataclass(frozen=True)
class Theme:
    """A theme the floor is invited to address in a segment."""

    id: str
    title: str
    translations: Translations = NO_TRANSLATIONS  # title in other languages


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
    translations: Translations = NO_TRANSLATIONS  # title, description in other languages


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
    #: title, venue, convened_by, status and "organisers.N" (the N-th organiser,
    #: from 0) in other languages than ``language``
    translations: Translations = NO_TRANSLATIONS

    # -- the texts in other languages -------------------------------------------------

    def text(self, owner: Programme | Segment | Theme | Person, name: str,
             language: str) -> LocalText:
        """The text ``name`` of ``owner`` (this programme or a part of it) in ``language``.

        Falls back to the programme's own language, and says so (``.fallback``).
        """
        return local_text(getattr(owner, name), owner.translations, name, language,
                          self.language)

    def organisers_in(self, language: str) -> tuple[LocalText, ...]:
        """The organisers in ``language``, each falling back to the original."""
        return tuple(local_text(o, self.translations, f"organisers.{i}", language,
                                self.language) for i, o in enumerate(self.organisers))

    def in_language(self, language: str) -> Programme:
        """This programme with its texts in ``language`` where translated, else as written.

        For showing only: the copy says it is in ``language`` and has no translations.
        Use :meth:`text` where a screen marks the texts that are not translated.
        """
        def texts(owner: Any, names: tuple[str, ...]) -> dict[str, Any]:
            return {n: self.text(owner, n, language).text for n in names}

        def person(p: Person | None) -> Person | None:
            if p is None:
                return None
            return replace(p, **texts(p, PERSON_TEXTS), translations=NO_TRANSLATIONS)

        segments = tuple(
            replace(s, **texts(s, SEGMENT_TEXTS), chair=person(s.chair),
                    moderator=person(s.moderator),
                    panellists=tuple(p for p in map(person, s.panellists) if p),
                    themes=tuple(replace(t, **texts(t, THEME_TEXTS),
                                         translations=NO_TRANSLATIONS) for t in s.themes),
                    translations=NO_TRANSLATIONS)
            for s in self.segments)
        return replace(self, **texts(self, MEETING_TEXTS), chair=person(self.chair),
                       organisers=tuple(o.text for o in self.organisers_in(language)),
                       segments=segments, language=language, translations=NO_TRANSLATIONS)

    def untranslated(self, language: str) -> list[str]:
        """Where this programme has no text in ``language``: "segment panel-1: title", ..."""
        if language == self.language:
            return []
        out: list[str] = []

        def check(where: str, owner: Any, names: tuple[str, ...]) -> None:
            for n in names:
                if getattr(owner, n) and owner.translations.get(n, language) is None:
                    out.append(f"{where}: {n}")

        check("the meeting", self, MEETING_TEXTS)
        out += [f"the meeting: organiser {i + 1}" for i, o in
                enumerate(self.organisers_in(language)) if o.fallback]
        for who, p in (("the chair", self.chair),):
            if p is not None:
                check(who, p, PERSON_TEXTS)
        for s in self.segments:
            check(f"segment {s.id}", s, SEGMENT_TEXTS)
            for role, p in (("chair", s.chair), ("moderator", s.moderator)):
                if p is not None:
                    check(f"segment {s.id}, {role}", p, PERSON_TEXTS)
            for i, p in enumerate(s.panellists):
                check(f"segment {s.id}, panellist {i + 1}", p, PERSON_TEXTS)
            for t in s.themes:
                check(f"segment {s.id}, theme {t.id}", t, THEME_TEXTS)
        return out

    def people(self) -> list[Person]:
        """The chair, then each segment's chair, moderator and panellists, in order (a
        person named twice comes twice)."""
        people = [self.chair] if self.chair else []
        for s in self.segments:
            people += [x for x in (s.chair, s.moderator) if x] + list(s.panellists)
        return people

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
    out = {"id": p.id, "name": p.name, "role": p.role, "category": p.category.value}
    return _with_translations(out, p.translations)


def _with_translations(d: dict[str, Any], translations: Translations) -> dict[str, Any]:
    """``d`` with a "translations" entry when there are any (old journals have none)."""
    if translations:
        d["translations"] = translations.to_dict()
    return d


def _translations(d: dict[str, Any]) -> Translations:
    return Translations.of(d.get("translations") or {})


def person_from_dict(d: dict[str, Any]) -> Person:
    """The inverse of :func:`person_to_dict`."""
    return Person(
        id=d["id"],
        name=d["name"],
        role=d.get("role", ""),
        category=SpeakerCategory(d.get("category", SpeakerCategory.PANELLIST.value)),
        translations=_translations(d),
    )


def programme_to_dict(p: Programme) -> dict[str, Any]:
    """The programme as plain JSON-able data, for the journal."""
    return _with_translations({
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
                "themes": [_with_translations({"id": t.id, "title": t.title}, t.translations)
                           for t in s.themes],
                "limits": dict(s.limits),
                "description": s.description,
                **({"translations": s.translations.to_dict()} if s.translations else {}),
            }
            for s in p.segments
        ],
        "participants": [
            {"id": x.id, "names": dict(x.names), "category": x.category.value}
            for x in p.participants
        ],
    }, p.translations)


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
                themes=tuple(Theme(t["id"], t["title"], _translations(t))
                             for t in s.get("themes", ())),
                limits={k: int(v) for k, v in s.get("limits", {}).items()},
                description=s.get("description", ""),
                translations=_translations(s),
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
        translations=_translations(d),
    )
