"""The floor service: the one object every client (GUI, script runner, tests) drives.

Each named command is validated against the live state, appended to the journal
in its own transaction, folded into the state, and announced to subscribers.
A refused command raises :class:`Refused` and changes nothing; a database that
fails raises :class:`JournalError` and changes nothing either.

:class:`FloorService` is put together here from its parts: ``machinery`` (the live
state, reading it, and running a command through the journal), ``loading`` (the first
event, and the floor rebuilt from the journal) and the named commands by concern:
``set_up``, ``list_of_speakers``, ``interventions`` and ``record``.
"""

from __future__ import annotations

import os

from floorapp.core.clock import Clock, SystemClock
from floorapp.core.expectations import Expect
from floorapp.core.floor import Refused
from floorapp.core.meeting_settings import MeetingSettings
from floorapp.core.programme.model import Programme
from floorapp.service.interventions import InterventionCommands
from floorapp.service.list_of_speakers import ListCommands
from floorapp.service.loading import FREEZE_ABOVE, JournalLike, meeting_created
from floorapp.service.machinery import Listener, Offline
from floorapp.service.record import RecordCommands
from floorapp.service.set_up import SetUpCommands
from floorapp.storage.errors import AlreadyExists
from floorapp.storage.journal import Journal
from floorapp.storage.snapshot_writer import SNAPSHOT_EVERY

__all__ = [
    "FREEZE_ABOVE",
    "Expect",
    "FloorService",
    "JournalLike",
    "Listener",
    "Offline",
    "Refused",
    "meeting_created",
]


class FloorService(SetUpCommands, ListCommands, InterventionCommands, RecordCommands):
    """Named commands on one meeting, journaled before they are acknowledged."""

    # -- opening -------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        target: str | os.PathLike[str],
        programme: Programme,
        clock: Clock | None = None,
        settings: MeetingSettings | None = None,
        station: str = "",
    ) -> FloorService:
        """Create a new meeting database from a programme and open it."""
        clock = clock or SystemClock()
        journal = Journal.create(target, meeting_created(programme, settings), clock.wall())
        journal.station = station[:64]
        return cls(journal, clock)

    @classmethod
    def create_or_open(
        cls,
        target: str | os.PathLike[str],
        programme: Programme,
        clock: Clock | None = None,
        settings: MeetingSettings | None = None,
        station: str = "",
    ) -> FloorService:
        """Create the meeting from a programme, or open the one the database already holds
        (a file that exists, a database with tables: those are never replaced)."""
        try:
            return cls.create(target, programme, clock, settings, station)
        except AlreadyExists:
            return cls.open(target, clock, station)

    @classmethod
    def open(
        cls, target: str | os.PathLike[str], clock: Clock | None = None, station: str = "",
    ) -> FloorService:
        """Open an existing meeting database and restore its live state.

        ``station`` names this station in the journal ("the podium"), so that another
        station's refused command can say where the floor was moved."""
        return cls(Journal.open(target, station), clock)

    def close(self) -> None:
        """Release the database."""
        self.journal.close()

    def _keep_snapshot(self) -> None:
        """Ask for a new snapshot in the background once enough events came after one."""
        if self._unsnapshotted < SNAPSHOT_EVERY or not hasattr(self.journal, "save_snapshot"):
            return
        self._unsnapshotted = 0
        if os.environ.get("FLOORAPP_NO_SNAPSHOTS"):
            return
        from floorapp.storage.snapshot_writer import start

        start(self.journal.target)
