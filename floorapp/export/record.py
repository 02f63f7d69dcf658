"""The record of a meeting as the Summary needs it: language-neutral, built from the journal.

:func:`build_summary` folds the live state and the intervention log (corrections
applied) into a :class:`SummaryData`: the meeting's facts, each segment with its
presiding officers, panellists, speakers in order and key points grouped by theme,
the announcements with a total per currency, participation figures and the annex.
Names are kept in every language (:class:`Named`); the writers pick one. Struck notes
and announcements are left out here; they stay in the journal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from floorapp.core.categories import SegmentKind
from floorapp.core.log import LogEntry
from floorapp.core.programme.model import Programme, Segment
from floorapp.core.record_fields import record_flag, record_language, record_level
from floorapp.core.state import FloorState
from floorapp.export.names import Named, behalf_named, named, person_named

if TYPE_CHECKING:
    from floorapp.export.figures import Attendance, Participation


@dataclass(frozen=True)
class SpeakerTurn:
    """One intervention: who, for whom, when, how long, and how it was delivered."""

    number: int  # 1, 2, ... within its segment
    intervention_id: str
    segment_id: str
    speaker: Named
    kind: str  # RequestKind value
    on_behalf_of: Named | None
    delivered_by: Named | None
    start: datetime
    end: datetime | None
    spoken: float
    allotted: float
    language: str = ""  # ar zh en fr ru es other, or "" when not recorded
    written_statement: bool = False
    video: bool = False
    presiding: bool = False  # the segment's chair, moderator or a panellist
    level: str = ""  # level of representation (record field), "" when not recorded

    @property
    def over(self) -> float:
        """Seconds beyond the time allotted (none without a limit)."""
        return max(0.0, self.spoken - self.allotted) if self.allotted > 0 else 0.0

    @property
    def over_limit(self) -> bool:
        """Whether the speaker went a full second or more beyond the limit."""
        return self.over >= 1.0


@dataclass(frozen=True)
class KeyPoint:
    """A key point the secretary recorded, as typed."""

    intervention_id: str
    speaker: Named
    text: str
    presiding: bool = False  # said by the chair, a moderator or a panellist
    also: tuple[str, ...] = ()  # titles of the note's other themes (it is listed once)
    kind: str = "statement"  # the intervention's RequestKind value


@dataclass(frozen=True)
class ThemePoints:
    """The key points of a segment tagged with one theme ("" for untagged points)."""

    theme_id: str
    title: str
    points: tuple[KeyPoint, ...]


@dataclass(frozen=True)
class SegmentSummary:
    """One segment of the programme and what happened in it."""

    id: str
    kind: str
    title: str
    description: str
    start: time | None
    end: time | None
    chair: Named | None
    moderator: Named | None
    panellists: tuple[Named, ...]
    turns: tuple[SpeakerTurn, ...]
    themes: tuple[ThemePoints, ...]  # key points by theme (themes with points only)
    invited: tuple[str, ...] = ()  # titles of the themes the floor was invited to address

    @property
    def scheduled(self) -> float:
        """Seconds the programme gave the segment."""
        if self.start is None or self.end is None:
            return 0.0
        d = date(2000, 1, 1)
        return max(0.0, (datetime.combine(d, self.end) - datetime.combine(d, self.start))
                   .total_seconds())

    @property
    def used(self) -> float:
        """Seconds from the first intervention's start to the last one's end."""
        if not self.turns:
            return 0.0
        first = min(t.start for t in self.turns)
        last = max((t.end or t.start) for t in self.turns)
        return max(0.0, (last - first).total_seconds())

    @property
    def speaking(self) -> float:
        """Seconds spoken in the segment, pauses excluded."""
        return sum(t.spoken for t in self.turns)

    @property
    def over_limit(self) -> int:
        """How many interventions went beyond their limit."""
        return sum(1 for t in self.turns if t.over_limit)


@dataclass(frozen=True)
class AnnouncementItem:
    """An announcement or pledge made in an intervention."""

    intervention_id: str
    segment_id: str
    speaker: Named
    text: str
    amount: float | None
    currency: str
    kind: str = "pledge"  # pledge, personal_gift, announcement


@dataclass(frozen=True)
class MeetingFacts:
    """The title block: what, when, where, convened by whom."""

    title: str
    date: date
    venue: str
    timezone: str
    convened_by: str
    chair: Named | None
    organisers: tuple[str, ...]


@dataclass(frozen=True)
class SummaryData:
    """Everything the President's Summary says, before choosing a language."""

    meeting: MeetingFacts
    segments: tuple[SegmentSummary, ...]
    announcements: tuple[AnnouncementItem, ...]
    totals: tuple[tuple[str, float], ...]  # (currency, total), currencies in first-use order
    participation: Participation
    #: The synthesis paragraphs the secretary kept: language -> key -> text.
    synthesis: dict[str, dict[str, str]] = field(default_factory=dict)
    attendance: Attendance | None = None
    #: The programme, for its texts in other languages (see :func:`localized`).
    programme: Programme | None = None

    @property
    def annex(self) -> tuple[SpeakerTurn, ...]:
        """Every intervention, segment by segment, in order of speaking."""
        return tuple(t for s in self.segments for t in s.turns)

    @property
    def pledges(self) -> tuple[AnnouncementItem, ...]:
        """Pledges (of States and organizations) with an amount; personal gifts apart."""
        return tuple(a for a in self.announcements
                     if a.amount is not None and a.kind == "pledge")

    @property
    def gifts(self) -> tuple[AnnouncementItem, ...]:
        """Personal gifts (such as the President's own donation)."""
        return tuple(a for a in self.announcements if a.kind == "personal_gift")


# -- building --------------------------------------------------------------------------


def _turn(state: FloorState, e: LogEntry, number: int, panel: set[str]) -> SpeakerTurn:
    speaker = named(state, e.participant_id)
    return SpeakerTurn(
        number=number, intervention_id=e.intervention_id, segment_id=e.segment_id,
        speaker=speaker, kind=e.kind.value, on_behalf_of=behalf_named(state, e.on_behalf_of),
        delivered_by=named(state, e.delivered_by) if e.delivered_by else None,
        start=e.start, end=e.end, spoken=e.spoken, allotted=e.allotted,
        language=record_language(e.record),
        written_statement=record_flag(e.record, "written_statement"),
        video=record_flag(e.record, "video"),
        presiding=e.participant_id in panel,
        level=record_level(e.record),
    )


def _theme_points(
    state: FloorState, seg: Segment | None, turns: Iterable[SpeakerTurn]
) -> tuple[ThemePoints, ...]:
    titles = {t.id: t.title for t in seg.themes} if seg is not None else {}
    grouped: dict[str, list[KeyPoint]] = {tid: [] for tid in titles}
    other: list[KeyPoint] = []
    for turn in turns:
        iv = state.interventions.get(turn.intervention_id)
        if iv is None:
            continue
        for note in iv.notes:
            if note.struck or not note.text.strip():
                continue
            # A note tagged with several themes is listed once, under its first theme.
            also = tuple(titles.get(t, t) for t in dict.fromkeys(note.themes[1:])
                         if t != note.themes[0])
            point = KeyPoint(turn.intervention_id, turn.speaker, note.text.strip(),
                             turn.presiding, also, turn.kind)
            if not note.themes:
                other.append(point)
            else:
                grouped.setdefault(note.themes[0], []).append(point)
    out = [ThemePoints(tid, titles.get(tid, tid), tuple(points))
           for tid, points in grouped.items() if points]
    if other:
        out.append(ThemePoints("", "", tuple(other)))
    return tuple(out)


def _segment(
    state: FloorState, seg: Segment | None, sid: str, entries: list[LogEntry]
) -> SegmentSummary:
    people = [] if seg is None else [seg.chair, seg.moderator, *seg.panellists]
    panel = {p.id for p in people if p is not None}
    if state.programme is not None and state.programme.chair is not None:
        panel.add(state.programme.chair.id)
    turns = tuple(_turn(state, e, k, panel) for k, e in enumerate(entries, 1))
    return SegmentSummary(
        id=sid,
        kind=seg.kind.value if seg else SegmentKind.OTHER.value,
        title=seg.title if seg else sid,
        description=seg.description if seg else "",
        start=seg.start if seg else None,
        end=seg.end if seg else None,
        chair=person_named(state, seg.chair) if seg else None,
        moderator=person_named(state, seg.moderator) if seg else None,
        panellists=tuple(x for x in (person_named(state, p) for p in seg.panellists) if x)
        if seg else (),
        turns=turns,
        themes=_theme_points(state, seg, turns),
        invited=tuple(t.title for t in seg.themes) if seg else (),
    )


def _announcements(
    state: FloorState, segments: Iterable[SegmentSummary]
) -> tuple[tuple[AnnouncementItem, ...], tuple[tuple[str, float], ...]]:
    items: list[AnnouncementItem] = []
    totals: dict[str, float] = {}
    for seg in segments:
        for turn in seg.turns:
            iv = state.interventions.get(turn.intervention_id)
            for a in iv.announcements if iv is not None else ():
                if a.struck:
                    continue
                items.append(AnnouncementItem(turn.intervention_id, seg.id, turn.speaker,
                                              a.text, a.amount, a.currency, a.kind))
                if a.amount is not None and a.kind == "pledge":
                    key = a.currency or "?"
                    totals[key] = totals.get(key, 0.0) + a.amount
    return tuple(items), tuple(totals.items())


def build_summary(state: FloorState, entries: list[LogEntry]) -> SummaryData:
    """The Summary's data from the live state and the log (corrections applied)."""
    from floorapp.export.figures import attendance, participation

    programme = state.programme
    if programme is None:
        raise ValueError("The meeting has no programme.")
    by_segment: dict[str, list[LogEntry]] = {}
    for e in entries:
        by_segment.setdefault(e.segment_id, []).append(e)
    segments = [
        _segment(state, seg, seg.id, by_segment.pop(seg.id, []))
        for seg in programme.segments
        if seg.kind is not SegmentKind.BREAK or seg.id in by_segment
    ]
    segments += [_segment(state, None, sid, rest) for sid, rest in by_segment.items()]
    announcements, totals = _announcements(state, segments)
    return SummaryData(
        meeting=_facts(state, programme),
        segments=tuple(segments),
        announcements=announcements,
        totals=totals,
        participation=participation(segments),
        synthesis={lang: dict(kept) for lang, kept in state.synthesis.items()},
        attendance=attendance(segments, _presiding_ids(programme)),
        programme=programme,
    )


def _known_convener(text: str) -> bool:
    from floorapp.export.strings import Strings

    return Strings("en").convener(text) != text.strip()


def localized(data: SummaryData, lang: str) -> SummaryData:
    """``data`` with the programme's texts (titles, themes, venue, organisers, people's
    names and roles) in ``lang`` where the programme has them, else as written."""
    p = data.programme
    if p is None:
        return data
    local = p.in_language(lang)
    seg_of = {s.id: s for s in local.segments}
    people: dict[str, tuple[str, str]] = {}
    for person in ([local.chair] + [x for s in local.segments
                                    for x in (s.chair, s.moderator, *s.panellists)]):
        if person is not None:
            people.setdefault(person.id, (person.name, person.role))

    def who(n: Named | None) -> Named | None:
        if n is None or n.id not in people:
            return n
        name, role = people[n.id]
        names = dict(n.names)
        names[lang] = name if lang != p.language else names.get(lang) or name
        return replace(n, names=names, role=role if n.role or role else n.role)

    def seg(s: SegmentSummary) -> SegmentSummary:
        ls = seg_of.get(s.id)
        if ls is None:
            return s
        titles = {t.id: t.title for t in ls.themes}
        themes = tuple(replace(g, title=titles.get(g.theme_id, g.title), points=tuple(
            replace(k, speaker=who(k.speaker) or k.speaker) if k.speaker.id in people else k
            for k in g.points)) for g in s.themes)
        turns = tuple(replace(t, speaker=who(t.speaker) or t.speaker)
                      if t.speaker.id in people else t for t in s.turns)
        return replace(s, title=ls.title, description=ls.description, chair=who(s.chair),
                       moderator=who(s.moderator),
                       panellists=tuple(x for x in (who(n) for n in s.panellists) if x),
                       themes=themes, turns=turns,
                       invited=tuple(t.title for t in ls.themes))

    m = data.meeting
    # The convener stays as written: the Strings know the known conveners in each
    # language, with the article the sentence needs; others show as translated.
    convener = m.convened_by
    if local.convened_by != p.convened_by and not _known_convener(p.convened_by):
        convener = local.convened_by
    meeting = replace(m, title=local.title, venue=local.venue,
                      convened_by=convener, chair=who(m.chair),
                      organisers=tuple(local.organisers))
    announcements = tuple(replace(a, speaker=who(a.speaker) or a.speaker)
                          if a.speaker.id in people else a for a in data.announcements)
    return replace(data, meeting=meeting, segments=tuple(seg(s) for s in data.segments),
                   announcements=announcements)


def _presiding_ids(p: Programme) -> frozenset[str]:
    """The chair, moderators and panellists of the programme (not counted as participants)."""
    return frozenset(x.id for x in p.people())


def _facts(state: FloorState, p: Programme) -> MeetingFacts:
    return MeetingFacts(title=p.title, date=p.date, venue=p.venue, timezone=p.timezone,
                        convened_by=p.convened_by, chair=person_named(state, p.chair),
                        organisers=tuple(p.organisers))
