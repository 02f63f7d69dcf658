"""The floor engine: the journal's events folded into live state, with undo history.

Undo and redo do not re-fold the meeting. Before each event is folded, the engine
keeps a *before-image* of the few things it can change (its request, its
intervention, the interventions at the floor, the lists it names, the state's
scalars; see ``floorapp.core.trail``). Taking back command C unwinds the images of
every event from C on, then folds again the events after C that still count:
the cost of the commands since C, not of the meeting. Images are kept for the
last ``TRAIL_EVENTS`` events; an undo reaching further back, or a floor restored
from a snapshot without them, folds the whole journal again, as before.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

from floorapp.core import events as ev
from floorapp.core.events import Event
from floorapp.core.fold import bump
from floorapp.core.messages import Explained
from floorapp.core.roster import Roster
from floorapp.core.state import FloorState
from floorapp.core.trail import Image, before_image, restore

_ID_FIELDS = ("request", "intervention", "note", "announcement")

#: Events whose before-images are kept (the reach of a cheap undo).
TRAIL_EVENTS = 1000

#: Loads the whole journal, for the rare undo that reaches past the kept images.
History = Callable[[], list[Event]]


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
        #: Events folded or skipped, in seq order: all of them, or (restored from a
        #: snapshot) those after the snapshot.
        self.events: list[Event] = []
        self.undone: set[int] = set()  # command numbers currently undone
        self.done: list[int] = []  # floor commands that undo may take back, oldest first
        self.redoable: list[int] = []  # undone commands that redo may restore, last undone last
        self._counters: dict[str, int] = {}
        self._images: list[tuple[int, Image]] = []  # (seq, before-image), seq order
        self._covered_from = 1  # every folded event from this seq on has its image
        self._complete = True  # self.events starts at the first event of the journal
        #: Where to read the whole journal when an undo reaches past the images.
        self.history: History | None = None

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

    def start_after(self, seq: int) -> None:
        """Mark this floor as restored at ``seq``: events before it are not in memory."""
        self.events = []
        self._images = []
        self._covered_from = seq + 1
        self._complete = seq == 0
        self.state.last_seq = seq

    def apply(self, e: Event) -> None:
        """Fold one newly journaled event."""
        self.events.append(e)
        target = self._track(e)
        if target is not None:
            self._rewind(target)
        elif e.command not in self.undone:
            self._fold(e)
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

    def command_events(self, command: int) -> list[Event]:
        """The events of one command still in memory (empty when it is not)."""
        i = bisect.bisect_left(self.events, command, key=lambda e: e.seq)
        out = []
        for e in self.events[i:]:
            if e.command != command:
                break
            out.append(e)
        return out

    # -- internals -------------------------------------------------------------

    def _fold(self, e: Event) -> None:
        """Fold one event, keeping its before-image."""
        self._images.append((e.seq, before_image(self.state, e)))
        if len(self._images) > TRAIL_EVENTS + TRAIL_EVENTS // 4:
            drop = len(self._images) - TRAIL_EVENTS
            self._covered_from = self._images[drop - 1][0] + 1
            del self._images[:drop]
        self.state.apply(e)

    def _track(self, e: Event) -> int | None:
        """Update history and id counters; the command to rewind to for undo and redo."""
        for key in _ID_FIELDS:
            ident = e.data.get(key)
            if isinstance(ident, str):
                bump(self._counters, ident)  # past undone ids too: an id is never reused
        if e.type == ev.UNDONE:
            target = int(e.data["command"])
            if target in self.done:
                self.done.remove(target)
            self.undone.add(target)
            self.redoable.append(target)
            return target
        if e.type == ev.REDONE:
            target = int(e.data["command"])
            if target in self.redoable:
                self.redoable.remove(target)
            self.undone.discard(target)
            self.done.append(target)
            return target
        if e.type in ev.FLOOR_ACTIONS and e.seq == e.command:
            self.done.append(e.command)
            self.redoable.clear()
        return None

    def _rewind(self, command: int) -> None:
        """The state as if the journal were folded without the undone commands,
        recomputed from ``command`` on (or from the start when images are lacking)."""
        if command < self._covered_from:
            self._rebuild()
            return
        last = self.state.last_seq
        while self._images and self._images[-1][0] >= command:
            restore(self.state, self._images.pop()[1])
        i = bisect.bisect_left(self.events, command, key=lambda e: e.seq)
        for e in self.events[i:]:
            if e.command not in self.undone:
                self._fold(e)
        self.state._counters = dict(self._counters)
        self.state.last_seq = max(last, self.events[-1].seq if self.events else 0)

    def _rebuild(self) -> None:
        """Fold every event again (the undo of a command older than the images)."""
        if not self._complete:
            if self.history is None:
                raise RuntimeError("this floor was restored from a snapshot without a history")
            # The journal may hold events this floor has not been given yet (the tail
            # of a snapshot's open, or another station's commands): fold only up to the
            # newest event it was given, or those would be folded twice.
            last = self.events[-1].seq if self.events else self.state.last_seq
            self.events = [e for e in self.history() if e.seq <= last]
            self._complete = True
        state = FloorState(self.reference)
        keep_from = max(0, len(self.events) - TRAIL_EVENTS)
        self.state = state
        self._images = []
        self._covered_from = self.events[keep_from].seq if self.events else 1
        for n, e in enumerate(self.events):
            if e.command in self.undone:
                continue
            if n >= keep_from:
                self._fold(e)
            else:
                state.apply(e)
        state._counters = dict(self._counters)
        if self.events:
            state.last_seq = self.events[-1].seq
