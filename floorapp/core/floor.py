"""The floor engine: the journal's events folded into live state, with undo history.

The engine keeps every event in memory so that an undo or redo can rebuild the
state from the journal with the undone commands left out.
"""

from __future__ import annotations

from collections.abc import Iterable

from floorapp.core import events as ev
from floorapp.core.events import Event
from floorapp.core.messages import Explained
from floorapp.core.roster import Roster
from floorapp.core.state import FloorState

_ID_FIELDS = ("request", "intervention", "note", "announcement")


class Refused(Explained):
    """A command the floor will not carry out; ``message`` says why (``reason`` in English)."""

    @property
    def reason(self) -> str:
        """Why, in English."""
        return str(self.message)


class Floor:
    """Live state plus undo history, built from a meeting's events."""

    def __init__(self, reference: Roster | None = None) -> None:
        self.reference = reference
        self.state = FloorState(reference)
        self.events: list[Event] = []
        self.undone: set[int] = set()  # command numbers currently undone
        self.done: list[int] = []  # floor commands that undo may take back, oldest first
        self.redoable: list[int] = []  # undone commands that redo may restore, last undone last
        self._counters: dict[str, int] = {}

    @classmethod
    def replay(cls, events: Iterable[Event], reference: Roster | None = None) -> Floor:
        """A floor built by folding ``events`` in order."""
        floor = cls(reference)
        batch = list(events)
        for e in batch:
            floor._track(e)
        floor.events = batch
        floor._rebuild()
        return floor

    def apply(self, e: Event) -> None:
        """Fold one newly journaled event."""
        self.events.append(e)
        rebuild = self._track(e)
        if rebuild:
            self._rebuild()
        elif e.command not in self.undone:
            self.state.apply(e)
            self.state._counters = dict(self._counters)
        self.state.last_seq = e.seq

    @property
    def can_undo(self) -> bool:
        """Whether there is a floor command to take back."""
        return bool(self.done)

    @property
    def can_redo(self) -> bool:
        """Whether there is an undone command to restore."""
        return bool(self.redoable)

    # -- internals -------------------------------------------------------------

    def _track(self, e: Event) -> bool:
        """Update history and id counters; True when the state must be rebuilt."""
        for key in _ID_FIELDS:
            ident = e.data.get(key)
            if isinstance(ident, str):
                prefix = ident.rstrip("0123456789")
                number = ident[len(prefix):]
                if number.isdigit():
                    self._counters[prefix] = max(self._counters.get(prefix, 0), int(number))
        if e.type == ev.UNDONE:
            target = int(e.data["command"])
            if target in self.done:
                self.done.remove(target)
            self.undone.add(target)
            self.redoable.append(target)
            return True
        if e.type == ev.REDONE:
            target = int(e.data["command"])
            if target in self.redoable:
                self.redoable.remove(target)
            self.undone.discard(target)
            self.done.append(target)
            return True
        if e.type in ev.FLOOR_ACTIONS and e.seq == e.command:
            self.done.append(e.command)
            self.redoable.clear()
        return False

    def _rebuild(self) -> None:
        state = FloorState(self.reference)
        for e in self.events:
            if e.command not in self.undone:
                state.apply(e)
        state._counters = dict(self._counters)
        if self.events:
            state.last_seq = self.events[-1].seq
        self.state = state
