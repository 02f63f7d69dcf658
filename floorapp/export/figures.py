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
    from floorapp.export.names import Named
    from floorapp.export.record import SegmentSummary, SpeakerTurn

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
    by_category = [cats[c] for c in MAIN_CATEGORIES if c in cats]  # no "0" rows
    by_category += [cats[c] for c in OTHER_CATEGORIES if c in cats]
    by_category += [cats[c] for c in cats if c not in MAIN_CATEGORIES + OTHER_CATEGORIES]
    states = [t for t in turns if t.speaker.category in STATES]
    groups = _counts(states, {t.speaker.id: t.speaker.regional_group for t in states})
    by_group = [groups[g] for g in REGIONAL_GROUPS if g in groups]
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


# -- attendance, as the President's Summary gives it ------------------------------------

#: Kinds of intervention that count as taking part in the dialogue (a point of order or
#: a right of reply alone does not).
SUBSTANTIVE = ("statement", "group", "question")
#: Levels of representation at ministerial level or above (record field ``level``).
MINISTERIAL = ("head_of_state", "head_of_government", "vice_president",
               "deputy_prime_minister", "minister")
EUROPEAN_UNION = "EU"


@dataclass(frozen=True)
class Attendance:
    """Who took part, in aggregate: the figures of the Summary's participation paragraph.

    The chair, moderators, panellists and placeholders ("to be announced") are not
    counted; the European Union is counted apart from the other observers.
    """

    member_states: int
    observer_states: int
    european_union: bool
    observers: int  # intergovernmental observers other than the EU
    un_system: int
    civil_society: int
    other: int
    groups: tuple[Named, ...]  # groups of States spoken for, in order of speaking
    group_states: int | None  # States those groups represent; None if a size is unknown
    levels: tuple[tuple[str, int], ...]  # (level, delegations), highest level first

    @property
    def states(self) -> int:
        """Member and observer States that took part."""
        return self.member_states + self.observer_states

    @property
    def ministerial(self) -> int:
        """Delegations represented at ministerial level or above."""
        return sum(n for level, n in self.levels if level in MINISTERIAL)


def is_placeholder(who: Named) -> bool:
    """A name the programme holds until someone is announced ("… (to be announced)")."""
    name = who.name("en").casefold()
    return who.id.endswith("-tba") or "to be announced" in name or "(tba)" in name


def attendance(segments: Iterable[SegmentSummary], presiding: frozenset[str]) -> Attendance:
    """The aggregate participation of ``segments``; ``presiding``: ids not counted."""
    from floorapp.core.record_fields import LEVEL_VALUES
    from floorapp.export.groups import find_group, normal_name

    speakers: dict[str, Named] = {}
    levels: dict[str, str] = {}
    groups: dict[str, Named] = {}
    members: set[str] = set()
    unknown_size = False
    for seg in segments:
        for t in seg.turns:
            who = t.speaker
            if t.kind not in SUBSTANTIVE or who.id in presiding or t.presiding \
                    or is_placeholder(who):
                continue
            speakers.setdefault(who.id, who)
            if t.level and (who.id not in levels or LEVEL_VALUES.index(t.level)
                            < LEVEL_VALUES.index(levels[who.id])):
                levels[who.id] = t.level
            behalf = t.on_behalf_of
            if behalf is None or behalf.id == who.id or \
                    normal_name(behalf.name("en")) == normal_name(who.name("en")):
                continue
            group = find_group(behalf.id, behalf.name("en"))
            key = group.key if group is not None else behalf.id or behalf.name("en").casefold()
            if key in groups:
                continue
            groups[key] = behalf
            if group is None or group.size is None:
                unknown_size = True
            elif group.members:
                members |= group.members
            else:
                members |= {f"{key}#{k}" for k in range(group.size)}
    cats = [p.category for p in speakers.values()]
    eu = EUROPEAN_UNION in speakers
    count = {c: cats.count(c) for c in set(cats)}
    by_level: dict[str, int] = {}
    for level in levels.values():
        by_level[level] = by_level.get(level, 0) + 1
    return Attendance(
        member_states=count.get(SpeakerCategory.MEMBER_STATE.value, 0),
        observer_states=count.get(SpeakerCategory.OBSERVER_STATE.value, 0),
        european_union=eu,
        observers=count.get(SpeakerCategory.OBSERVER.value, 0) - (1 if eu else 0),
        un_system=count.get(SpeakerCategory.UN_SYSTEM.value, 0),
        civil_society=count.get(SpeakerCategory.CIVIL_SOCIETY.value, 0),
        other=sum(n for c, n in count.items() if c not in (
            SpeakerCategory.MEMBER_STATE.value, SpeakerCategory.OBSERVER_STATE.value,
            SpeakerCategory.OBSERVER.value, SpeakerCategory.UN_SYSTEM.value,
            SpeakerCategory.CIVIL_SOCIETY.value)),
        groups=tuple(groups.values()),
        group_states=None if unknown_size else len(members),
        levels=tuple((lv, by_level[lv]) for lv in LEVEL_VALUES if lv in by_level),
    )
