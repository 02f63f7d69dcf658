"""Opening a meeting's journal: its first event, what the service needs of a journal,
and the meeting's floor rebuilt from it (from a snapshot when there is one)."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from floorapp.core import events as ev
from floorapp.core.events import Draft, Event
from floorapp.core.floor import Floor
from floorapp.core.meeting_settings import MeetingSettings
from floorapp.core.programme.model import Programme, programme_to_dict
from floorapp.core.roster import Roster
from floorapp.core.snapshot import VERSION as SNAPSHOT_VERSION
from floorapp.core.snapshot import floor_from_dict


def meeting_created(programme: Programme, settings: MeetingSettings | None = None) -> Draft:
    """The first event of every meeting: its programme and settings."""
    return Draft(
        ev.MEETING_CREATED,
        {
            "programme": programme_to_dict(programme),
            "settings": (settings or MeetingSettings()).to_dict(),
        },
    )


class JournalLike(Protocol):
    """What the service needs of a journal (storage.journal.Journal, or a test fake)."""

    target: str

    @property
    def has_server_clock(self) -> bool:
        """Whether the database has a clock of its own to stamp events with (PostgreSQL)."""
        ...

    def read(self, after: int = 0) -> list[Event]: ...

    def transact(
        self, decide: Callable[[list[Event]], Sequence[Draft]], at: datetime | None,
        after: int | None,
    ) -> tuple[list[Event], list[Event]]: ...

    def server_time(self) -> datetime | None: ...

    def close(self) -> None: ...


#: Interventions and requests beyond which a loaded meeting is moved out of the
#: collector's sight (gc.freeze).
FREEZE_ABOVE = 5000


def _load(journal: JournalLike, reference: Roster) -> tuple[Floor, int]:
    """The meeting's floor: from the newest valid snapshot plus the events after it,
    or (none, or one that does not load) by folding the whole journal. Returns it
    with the number of events folded. The cyclic collector is paused meanwhile: the
    load makes many objects and no cycles (about a third faster on 100,000 events)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        floor, folded = _load_floor(journal, reference)
        if len(floor.state.interventions) + len(floor.state.requests) > FREEZE_ABOVE:
            # A long meeting lives as long as the process: keep the collector from
            # scanning it at every full collection (a pause that grows with the meeting).
            gc.freeze()
        return floor, folded
    finally:
        if was_enabled:
            gc.enable()


def _load_floor(journal: JournalLike, reference: Roster) -> tuple[Floor, int]:
    stored = journal.snapshot(SNAPSHOT_VERSION) if hasattr(journal, "snapshot") else None
    if stored is not None:
        try:
            floor = floor_from_dict(json.loads(stored[1]), reference)
        except ValueError:
            pass  # not a snapshot this fold can read: fold the journal instead
        else:
            floor.history = journal.read
            tail = journal.read(stored[0])
            for e in tail:
                floor.apply(e)
            return floor, len(tail)
    events = journal.read()
    floor = Floor.replay(events, reference)
    floor.history = journal.read
    return floor, len(events)
