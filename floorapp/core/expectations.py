"""What a command expects of the floor, so that a stale screen cannot act on an old state.

Two stations may press "next" at the same instant. Each command carries the facts
its operator saw (who has the floor, whether the time runs, who is next, what undo
would take back); inside the command's transaction, after reading what the other
stations appended, :func:`check` refuses it in words if one of those facts moved:
"Viet Nam already has the floor, given at the podium". Exactly one station wins and
nothing is applied twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from floorapp.core import events as ev
from floorapp.core.events import Event
from floorapp.core.floor import Floor, Refused

#: Who holds the floor: the intervention's id, or None.
SPEAKER = "speaker"
#: Whether the speaker's time runs.
RUNNING = "running"
#: The speaker's allotted seconds.
ALLOTTED = "allotted"
#: The request first on the current list, or None.
NEXT = "next"
#: The command undo would take back, or None.
UNDO = "undo"
#: The command redo would restore, or None.
REDO = "redo"
#: Whether the current list is closed.
CLOSED = "closed"

#: The events that move each fact, to find where it was moved.
_MOVED_BY: dict[str, frozenset[str]] = {
    SPEAKER: frozenset({ev.FLOOR_GIVEN, ev.TURN_ENDED, ev.SEGMENT_OPENED}),
    RUNNING: frozenset({ev.TURN_PAUSED, ev.TURN_RESUMED, ev.FLOOR_GIVEN, ev.TURN_ENDED}),
    ALLOTTED: frozenset({ev.TURN_EXTENDED, ev.FLOOR_GIVEN}),
    NEXT: frozenset({ev.FLOOR_REQUESTED, ev.REQUEST_WITHDRAWN, ev.REQUEST_MOVED,
                     ev.REQUEST_DEFERRED, ev.REQUEST_ABSENT, ev.REQUEST_RECALLED,
                     ev.FLOOR_GIVEN, ev.SEGMENT_OPENED, ev.SETTINGS_CHANGED}),
    UNDO: ev.FLOOR_ACTIONS,
    REDO: ev.FLOOR_ACTIONS,
    CLOSED: frozenset({ev.LIST_CLOSED, ev.LIST_REOPENED, ev.SEGMENT_OPENED}),
}


@dataclass(frozen=True)
class Expect:
    """The facts a command was issued against (only the ones named are checked)."""

    facts: Mapping[str, object] = field(default_factory=dict)


def fact(floor: Floor, name: str) -> object:
    """The current value of one fact of the floor."""
    s = floor.state
    iv = s.current
    if name == SPEAKER:
        return iv.id if iv is not None else None
    if name == RUNNING:
        return iv.running if iv is not None else None
    if name == ALLOTTED:
        return iv.allotted if iv is not None else None
    if name == NEXT:
        if s.current_segment is None:
            return None
        queue = s.segment_list().queue
        return queue[0] if queue else None
    if name == UNDO:
        return floor.done[-1] if floor.done else None
    if name == REDO:
        return floor.redoable[-1] if floor.redoable else None
    if name == CLOSED:
        return s.segment_list().closed if s.current_segment is not None else None
    raise ValueError(f"unknown fact {name!r}")


def expect(floor: Floor, names: Iterable[str]) -> Expect:
    """The facts ``names`` as they stand now: what a screen showing this floor expects."""
    return Expect({n: fact(floor, n) for n in names})


def _where(floor: Floor, name: str) -> str:
    """Where the last event that moves ``name`` was journaled, in words."""
    types = _MOVED_BY[name] | {ev.UNDONE, ev.REDONE}
    for e in reversed(floor.events):
        if e.type in types:
            return _station(e)
    return _station(None)


def _station(e: Event | None) -> str:
    return e.station if e is not None and e.station else "another station"


def _given_at(floor: Floor, intervention: str) -> str:
    for e in reversed(floor.events):
        if e.type == ev.FLOOR_GIVEN and e.data.get("intervention") == intervention:
            return _station(e)
    return _station(None)


def _speaker_name(floor: Floor, intervention: object) -> str:
    iv = floor.state.interventions.get(str(intervention)) if intervention else None
    return floor.state.participant(iv.participant_id).name() if iv is not None else "The speaker"


def check(floor: Floor, expected: Expect | None) -> None:
    """Refuse, saying what happened and where, when a fact moved since it was expected."""
    if expected is None:
        return
    for name, then in expected.facts.items():
        now = fact(floor, name)
        if now != then:
            raise Refused(_moved(floor, name, then, now))


def _moved(floor: Floor, name: str, then: object, now: object) -> str:
    s = floor.state
    if name == SPEAKER:
        if now is not None:
            who = _speaker_name(floor, now)
            return f"{who} already has the floor, given at {_given_at(floor, str(now))}."
        who = _speaker_name(floor, then)
        return f"{who}'s turn was already ended at {_where(floor, name)}."
    if name == RUNNING:
        who = _speaker_name(floor, fact(floor, SPEAKER))
        state = "paused" if now is False else "resumed"
        return f"{who}'s time was already {state} at {_where(floor, name)}."
    if name == ALLOTTED:
        who = _speaker_name(floor, fact(floor, SPEAKER))
        return f"{who}'s speaking time was already changed at {_where(floor, name)}."
    if name == NEXT:
        if now is None:
            return f"The list of speakers changed at {_where(floor, name)}: it is now empty."
        req = s.requests.get(str(now))
        who = s.participant(req.participant_id).name() if req is not None else str(now)
        return f"The list of speakers changed at {_where(floor, name)}: {who} is now next."
    if name in (UNDO, REDO):
        if then is not None and now != then and name == UNDO and int(str(then)) in floor.undone:
            return f"That action was already undone at {_where(floor, name)}."
        return (f"The floor changed at {_where(floor, name)} meanwhile: look again, then "
                f"{'undo' if name == UNDO else 'redo'} if you still mean it.")
    state = "closed" if now else "reopened"
    return f"The list of speakers was already {state} at {_where(floor, name)}."
