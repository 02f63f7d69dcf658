"""What a command changed, computed once, so each view repaints only its own part.

In the manner of Anki's ``OpChanges``: the service folds a command's events, then
hands every listener one :class:`Changes`, which is the list of events folded (so a
listener that wants them still iterates it) plus which parts of the meeting moved
(:class:`Part`) and which interventions and requests were touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Flag, auto

from floorapp.core import events as ev
from floorapp.core.events import Event


class Part(Flag):
    """A part of the meeting a view may show."""

    NONE = 0
    SPEAKER = auto()  # who holds the floor and their countdown
    LIST = auto()  # the list of speakers: waiting, absent, closed, limits
    LOG = auto()  # the interventions of the log: new, ended, timed
    RECORD = auto()  # notes, announcements, record fields, corrections
    PROGRAMME = auto()  # the programme and its segments
    SEGMENT = auto()  # which segment is open
    SETTINGS = auto()  # the meeting's settings
    ROSTER = auto()  # who may speak: the meeting's own participants
    UNDO = auto()  # undo or redo took effect (availability of both may change)
    ALL = SPEAKER | LIST | LOG | RECORD | PROGRAMME | SEGMENT | SETTINGS | ROSTER | UNDO


_LIST_EVENTS = (ev.FLOOR_REQUESTED, ev.REQUEST_WITHDRAWN, ev.REQUEST_MOVED,
                ev.REQUEST_DEFERRED, ev.REQUEST_ABSENT, ev.REQUEST_RECALLED, ev.LIST_CLOSED,
                ev.LIST_REOPENED)
_RECORD_EVENTS = (ev.NOTE_ADDED, ev.NOTE_EDITED, ev.NOTE_STRUCK, ev.RECORD_UPDATED,
                  ev.ANNOUNCEMENT_ADDED, ev.ANNOUNCEMENT_STRUCK)

#: The parts each event type changes.
PARTS: dict[str, Part] = {
    ev.MEETING_CREATED: Part.ALL,
    ev.PROGRAMME_REPLACED: Part.PROGRAMME | Part.ROSTER | Part.LIST | Part.SPEAKER | Part.LOG,
    ev.PARTICIPANT_ADDED: Part.ROSTER,
    ev.SETTINGS_CHANGED: Part.SETTINGS | Part.LIST | Part.SPEAKER,
    ev.LIMIT_CHANGED: Part.SETTINGS | Part.LIST,
    ev.SEGMENT_OPENED: Part.SEGMENT | Part.LIST | Part.LOG | Part.PROGRAMME,
    **{t: Part.LIST for t in _LIST_EVENTS},
    ev.FLOOR_GIVEN: Part.SPEAKER | Part.LIST | Part.LOG,
    ev.TURN_PAUSED: Part.SPEAKER | Part.LOG,
    ev.TURN_RESUMED: Part.SPEAKER | Part.LOG,
    ev.TURN_EXTENDED: Part.SPEAKER | Part.LOG,
    ev.TURN_ENDED: Part.SPEAKER | Part.LOG,
    **{t: Part.RECORD | Part.LOG for t in _RECORD_EVENTS},
    ev.INTERVENTION_CORRECTED: Part.RECORD | Part.LOG | Part.SPEAKER,
}


class Changes(list[Event]):
    """The events one command (or a catch-up) folded, and what they changed."""

    def __init__(self, events: Iterable[Event] = (), parts: Part = Part.NONE,
                 interventions: frozenset[str] = frozenset(),
                 requests: frozenset[str] = frozenset(), complete: bool = True) -> None:
        super().__init__(events)
        self.parts = parts
        #: Interventions whose row may show differently (all of them when not complete).
        self.interventions = interventions
        self.requests = requests
        #: False when the touched interventions are not known one by one (re-read all).
        self.complete = complete

    def touches(self, part: Part) -> bool:
        """Whether any of ``part`` changed."""
        return bool(self.parts & part)

    def __repr__(self) -> str:
        return (f"Changes({len(self)} events, {self.parts}, "
                f"interventions={sorted(self.interventions)})")


#: The events of a command still in memory (empty when they are not).
CommandEvents = Callable[[int], list[Event]]


def summarise(events: Iterable[Event], command_events: CommandEvents,
              holders: Iterable[str] = ()) -> Changes:
    """The change summary of folding ``events``; ``holders`` are the interventions at
    the floor before and after (a new turn or a point of order changes theirs too)."""
    batch = list(events)
    parts = Part.NONE
    ivs: set[str] = set(holders)
    reqs: set[str] = set()
    complete = True

    def add(e: Event) -> None:
        nonlocal parts, complete
        part = PARTS.get(e.type, Part.ALL)
        parts |= part
        if part & (Part.PROGRAMME | Part.ROSTER):  # names on every row may change
            complete = False
        iid = e.data.get("intervention")
        if isinstance(iid, str):
            ivs.add(iid)
        rid = e.data.get("request")
        if isinstance(rid, str):
            reqs.add(rid)

    for e in batch:
        if e.type in (ev.UNDONE, ev.REDONE):
            parts |= Part.UNDO
            target = command_events(int(e.data["command"]))
            if not target:
                parts |= Part.ALL
                complete = False
            for t in target:
                add(t)
        else:
            add(e)
            if e.type in ev.FLOOR_ACTIONS:
                parts |= Part.UNDO
    return Changes(batch, parts, frozenset(ivs), frozenset(reqs), complete)


def as_changes(events: Iterable[Event]) -> Changes:
    """``events`` as a change summary: itself, or (a bare list, or nothing, from a view
    refreshing itself) a summary saying everything may have changed."""
    if isinstance(events, Changes):
        return events
    return Changes(events, Part.ALL, complete=False)
