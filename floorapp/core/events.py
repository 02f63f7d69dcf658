"""Journal events: what happened, as plain data, in the order it happened.

Every accepted operator command becomes one or more events. The live state is a
fold of them (``state.replay``); nothing is ever deleted, undo and corrections are
events too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# Meeting set-up
MEETING_CREATED = "meeting_created"
PROGRAMME_REPLACED = "programme_replaced"
PARTICIPANT_ADDED = "participant_added"
SETTINGS_CHANGED = "settings_changed"
LIMIT_CHANGED = "limit_changed"
# The list of speakers
SEGMENT_OPENED = "segment_opened"
FLOOR_REQUESTED = "floor_requested"
REQUEST_WITHDRAWN = "request_withdrawn"
REQUEST_MOVED = "request_moved"
REQUEST_DEFERRED = "request_deferred"
REQUEST_ABSENT = "request_absent"
REQUEST_RECALLED = "request_recalled"
LIST_CLOSED = "list_closed"
LIST_REOPENED = "list_reopened"
# Interventions
FLOOR_GIVEN = "floor_given"
TURN_PAUSED = "turn_paused"
TURN_RESUMED = "turn_resumed"
TURN_EXTENDED = "turn_extended"
TURN_ENDED = "turn_ended"
# The record (secretary)
NOTE_ADDED = "note_added"
NOTE_EDITED = "note_edited"
NOTE_STRUCK = "note_struck"
RECORD_UPDATED = "record_updated"
ANNOUNCEMENT_ADDED = "announcement_added"
ANNOUNCEMENT_STRUCK = "announcement_struck"
INTERVENTION_CORRECTED = "intervention_corrected"
# The President's Summary: a synthesis paragraph the secretary kept (edited)
SYNTHESIS_KEPT = "synthesis_kept"
# Undo
UNDONE = "undone"
REDONE = "redone"

#: Live floor actions: the ones the operator's undo and redo walk back and forth.
FLOOR_ACTIONS = frozenset(
    {
        SEGMENT_OPENED,
        FLOOR_REQUESTED,
        REQUEST_WITHDRAWN,
        REQUEST_MOVED,
        REQUEST_DEFERRED,
        REQUEST_ABSENT,
        REQUEST_RECALLED,
        LIST_CLOSED,
        LIST_REOPENED,
        FLOOR_GIVEN,
        TURN_PAUSED,
        TURN_RESUMED,
        TURN_EXTENDED,
        TURN_ENDED,
        LIMIT_CHANGED,
        SETTINGS_CHANGED,
        PARTICIPANT_ADDED,
    }
)


@dataclass(frozen=True)
class Draft:
    """An event decided by a command, not yet stamped or stored."""

    type: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Event:
    """An event as stored in the journal: numbered and stamped."""

    seq: int
    type: str
    at: datetime
    data: dict[str, Any]
    #: The seq of the first event of the command this one belongs to.
    command: int = 0
    #: The station that journaled it ("" when unnamed), for telling a stale screen who acted.
    station: str = ""

    def __post_init__(self) -> None:
        if self.command == 0:
            object.__setattr__(self, "command", self.seq)
# Stations sharing one meeting (officer's hand-over of the floor to the secretary)
FLOOR_HANDED_OVER = "floor_handed_over"
FLOOR_TAKEN_BACK = "floor_taken_back"
