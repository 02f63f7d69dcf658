"""The stations of a shared meeting and what each may journal.

Three roles share one meeting: the chair's **officer** at the podium (every command),
the conference-room **secretary** (the list's inscriptions and withdrawals and the
record: notes, themes, announcements, corrections; the floor and the clock only while
the officer has handed them over) and the room's **display** (reads only).

The sets below are the one statement of that rule: the GUI greys out what a role may
not do, the service refuses it in words, and ``floorapp.storage.roles`` turns the same
sets into PostgreSQL grants and a row-level security policy, so that the database
refuses it too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import TYPE_CHECKING

from floorapp.core import events as ev
from floorapp.core.events import Draft, Event

if TYPE_CHECKING:
    from floorapp.core.floor import Floor
    from floorapp.core.state import FloorState


class StationRole(StrEnum):
    """Who a station is, as the meeting database knows it."""

    OFFICER = "officer"
    SECRETARY = "secretary"
    DISPLAY = "display"


#: What the secretary journals at any time: inscriptions, withdrawals, the record.
SECRETARY_EVENTS = frozenset({
    ev.FLOOR_REQUESTED, ev.REQUEST_WITHDRAWN, ev.PARTICIPANT_ADDED,
    ev.NOTE_ADDED, ev.NOTE_EDITED, ev.NOTE_STRUCK, ev.RECORD_UPDATED,
    ev.ANNOUNCEMENT_ADDED, ev.ANNOUNCEMENT_STRUCK, ev.INTERVENTION_CORRECTED,
})

#: What the secretary journals only while the officer has handed the floor over:
#: giving the floor and running the clock, ordering the list, undo and redo.
HANDED_OVER_EVENTS = frozenset({
    ev.SEGMENT_OPENED, ev.FLOOR_GIVEN, ev.TURN_PAUSED, ev.TURN_RESUMED, ev.TURN_EXTENDED,
    ev.TURN_ENDED, ev.REQUEST_MOVED, ev.REQUEST_DEFERRED, ev.REQUEST_ABSENT,
    ev.REQUEST_RECALLED, ev.LIST_CLOSED, ev.LIST_REOPENED, ev.UNDONE, ev.REDONE,
})

#: The events that say whether the floor is handed over (the officer's alone).
HANDOVER_EVENTS = frozenset({ev.FLOOR_HANDED_OVER, ev.FLOOR_TAKEN_BACK})


def may_journal(role: StationRole, event_type: str, handed_over: bool) -> bool:
    """Whether a station of ``role`` may append an event of this type."""
    if role is StationRole.OFFICER:
        return True
    if role is StationRole.SECRETARY:
        return event_type in SECRETARY_EVENTS or (handed_over and event_type in HANDED_OVER_EVENTS)
    return False


def refusal(role: StationRole, event_types: Iterable[str], handed_over: bool) -> str | None:
    """Why a station of ``role`` may not journal these events, in words; None if it may."""
    types = list(event_types)
    if all(may_journal(role, t, handed_over) for t in types):
        return None
    if role is StationRole.DISPLAY:
        return "This station shows the meeting only (display role): it cannot change it."
    if any(t in HANDED_OVER_EVENTS for t in types):
        return ("Only the chair's officer gives the floor and runs the clock; "
                "the officer can hand them over to the secretary.")
    return "Only the chair's officer can do that."


def hand_over(floor: Floor) -> list[Draft]:
    """The officer hands the floor and the clock over to the secretary's station."""
    from floorapp.core.floor import Refused

    if floor.state.handed_over:
        raise Refused("The floor is already handed over to the secretary.")
    return [Draft(ev.FLOOR_HANDED_OVER, {"to": StationRole.SECRETARY.value})]


def take_back(floor: Floor) -> list[Draft]:
    """The officer takes the floor and the clock back from the secretary's station."""
    from floorapp.core.floor import Refused

    if not floor.state.handed_over:
        raise Refused("The floor is not handed over: the officer has it.")
    return [Draft(ev.FLOOR_TAKEN_BACK, {"from": StationRole.SECRETARY.value})]


def _handed_over(s: FloorState, e: Event) -> None:
    s.handed_over = True


def _taken_back(s: FloorState, e: Event) -> None:
    s.handed_over = False


#: Part of ``FloorState``'s fold.
HANDLERS: dict[str, Callable[[FloorState, Event], None]] = {
    ev.FLOOR_HANDED_OVER: _handed_over,
    ev.FLOOR_TAKEN_BACK: _taken_back,
}
