"""Participation figures of a meeting: speakers by category and regional group, time, overruns.

A *speaker* is a participant who took the floor at least once (the delegation named,
not the person who read the statement for it); an *intervention* is one turn at the
floor. Regional groups count States only (Member and observer States).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from floorapp.core.categories import SpeakerCategory

if TYPE_CHECKING:
    from floorapp.export.record import Named, SegmentSummary, SpeakerTurn

#: The categories the Summary always lists, in its order; others only when present.
MAIN_CATEGORIES: tuple[str, ...] = (
    SpeakerCategory.MEMBER_STATE.value,
    SpeakerCategory.OBSERVER_STATE.value,
    SpeakerCategory.OBSERVER.value,
    SpeakerCategory.UN_SYSTEM.value,
    SpeakerCategory.CIVIL_SOCIETY.value,
    SpeakerCategory.PANELLIST.value,
)
OTHER_CATEGORIES: tuple[str, ...] = (
    SpeakerCategory.MODERATOR.value,
    SpeakerCategory.CHAIR.value,
    SpeakerCategory.OTHER.value,
)
#: The DGACM regional groups, as labelled in resources/roster/un_members.csv.
REGIONAL_GROUPS: tuple[str, ...] = (
    "African States",
    "Asia-Pacific States",
    "Eastern European States",
    "Latin American and Caribbean States",
    "Western European and other States",
)
STATES = (SpeakerCategory.MEMBER_STATE.value, SpeakerCategory.OBSERVER_STATE.value)


@dataclass(frozen=True)
class Count:
    """Speakers and interventions under one heading (a category or a regional group)."""

    key: str  # category value, or regional group label ("" = none)
    speakers: int
    interventions: int


@dataclass(frozen=True)
class SegmentTime:
    """Time scheduled against time used in one segment."""

    segment_id: str
    title: str
    scheduled: float
    used: float
    speaking: float
    interventions: int
    over_limit: int


@dataclass(frozen=True)
class Participation:
    """The figures of the Summary's participation section."""

    speakers: int
    interventions: int
    by_category: tuple[Count, ...]
    by_group: tuple[Count, ...]
    times: tuple[SegmentTime, ...]
    over_limit: int
    video: tuple[Named, ...]
    written: tuple[Named, ...]

    @property
    def scheduled(self) -> float:
        """Seconds scheduled, all segments."""
        return sum(t.scheduled for t in self.times)

    @property
    def used(self) -> float:
        """Seconds used, all segments."""
        return sum(t.used for t in self.times)

    @property
    def speaking(self) -> float:
        """Seconds spoken, all segments."""
        return sum(t.speaking for t in self.times)


def _counts(turns: Iterable[SpeakerTurn], key_of: dict[str, str]) -> dict[str, Count]:
    speakers: dict[str, set[str]] = {}
    interventions: dict[str, int] = {}
    for t in turns:
        key = key_of[t.speaker.id]
        speakers.setdefault(key, set()).add(t.speaker.id)
        interventions[key] = interventions.get(key, 0) + 1
    return {k: Count(k, len(v), interventions[k]) for k, v in speakers.items()}


def _unique(people: Iterable[Named]) -> tuple[Named, ...]:
    seen: dict[str, Named] = {}
    for p in people:
        seen.setdefault(p.id or p.name(), p)
    return tuple(seen.values())


def participation(segments: Iterable[SegmentSummary]) -> Participation:
    """The participation figures of the given segments."""
    segs = list(segments)
    turns = [t for s in segs for t in s.turns]
    cats = _counts(turns, {t.speaker.id: t.speaker.category for t in turns})
    by_category = [cats.get(c, Count(c, 0, 0)) for c in MAIN_CATEGORIES]
    by_category += [cats[c] for c in OTHER_CATEGORIES if c in cats]
    by_category += [cats[c] for c in cats if c not in MAIN_CATEGORIES + OTHER_CATEGORIES]
    states = [t for t in turns if t.speaker.category in STATES]
    groups = _counts(states, {t.speaker.id: t.speaker.regional_group for t in states})
    by_group = [groups.get(g, Count(g, 0, 0)) for g in REGIONAL_GROUPS]
    by_group += [groups[g] for g in groups if g not in REGIONAL_GROUPS]
    times = tuple(
        SegmentTime(s.id, s.title, s.scheduled, s.used, s.speaking, len(s.turns), s.over_limit)
        for s in segs
    )
    return Participation(
        speakers=len({t.speaker.id for t in turns}),
        interventions=len(turns),
        by_category=tuple(by_category),
        by_group=tuple(by_group),
        times=times,
        over_limit=sum(1 for t in turns if t.over_limit),
        video=_unique(t.speaker for t in turns if t.video),
        written=_unique(t.speaker for t in turns if t.written_statement),
    )
