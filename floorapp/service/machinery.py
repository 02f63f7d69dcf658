"""The service's machinery: the live meeting this station shows, and every command run
through the journal (decided against the latest state, journaled, folded, announced)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from floorapp.core import events as ev
from floorapp.core import expectations as ex
from floorapp.core import stations
from floorapp.core.changes import Changes, Part, summarise
from floorapp.core.clock import Clock, RoundTrip, SystemClock, Timeline
from floorapp.core.countdown import Countdown, countdown
from floorapp.core.events import Draft, Event
from floorapp.core.expectations import Expect
from floorapp.core.floor import Floor, Refused
from floorapp.core.log import LogEntry, intervention_log
from floorapp.core.programme.model import Programme
from floorapp.core.roster import Participant, Roster
from floorapp.core.segment_clock import SegmentClock, segment_clock
from floorapp.core.state import FloorState
from floorapp.service.loading import JournalLike, _load

#: Called after every change with its summary (a list of the events folded).
Listener = Callable[[Changes], None]
#: Events after which the meeting's roster (who may speak) must be rebuilt.
_ROSTER_EVENTS = {ev.MEETING_CREATED, ev.PROGRAMME_REPLACED, ev.PARTICIPANT_ADDED, ev.UNDONE,
                  ev.REDONE}


class Offline(Refused):
    """A command refused because this station has lost its connection to the meeting."""

    def __init__(self, since: datetime) -> None:
        super().__init__(
            f"The connection to the meeting is lost since {since.astimezone():%H:%M:%S}: "
            "nothing was done. Floor is reconnecting; try again when it is back.")
        self.since = since


class ServiceMachinery:
    """One meeting as this station shows it, and the way every command reaches its journal.

    The named commands are added by the classes built on it; ``FloorService`` (in
    ``floorapp.service``) puts them together and says when a snapshot is asked for.
    """

    def __init__(self, journal: JournalLike, clock: Clock | None = None) -> None:
        self.journal = journal
        self.clock = clock or SystemClock()
        self.timeline = Timeline(self.clock)
        self.reference = Roster.reference()
        self.floor, folded = _load(journal, self.reference)
        self._listeners: list[Listener] = []
        self._roster: Roster | None = None
        #: Since when this station has been cut off from the meeting (None: connected).
        self.offline_since: datetime | None = None
        #: Events are stamped by the database's clock, and this station's time corrected
        #: to it, when the database has one and this station runs on real time.
        self.server_clock = journal.has_server_clock and isinstance(self.clock, SystemClock)
        if self.server_clock:
            self.sync_clock()
        #: Which station this is (officer, secretary, display), as the database says.
        self.role = stations.StationRole(getattr(journal, "role", stations.StationRole.OFFICER))
        #: Events folded since a snapshot was last asked for (see ``_keep_snapshot``).
        self._unsnapshotted = folded
        self._keep_snapshot()

    # -- reading -----------------------------------------------------------------

    @property
    def state(self) -> FloorState:
        """The live state (read-only by convention)."""
        return self.floor.state

    @property
    def programme(self) -> Programme:
        """The meeting's programme."""
        assert self.state.programme is not None
        return self.state.programme

    def now(self) -> datetime:
        """The current instant on the meeting's monotonic timeline (the server's clock as
        this station measures it, when the meeting has one)."""
        return self.timeline.now()

    @property
    def station(self) -> str:
        """This station's name in the journal ("" when unnamed)."""
        return str(getattr(self.journal, "station", ""))

    def sync_clock(self, samples: int = 5) -> float:
        """Measure this station's offset to the server's clock from a few round trips
        (timed on the monotonic clock; the fastest one counts); returns the offset."""
        for _ in range(samples):
            sent = self.clock.monotonic()
            server = self.journal.server_time()
            received = self.clock.monotonic()
            if server is None:
                break
            self.timeline.observe(RoundTrip(sent, received, server))
        return self.timeline.offset

    # -- the connection --------------------------------------------------------------

    def connection_lost(self, since: datetime) -> None:
        """This station cannot reach the meeting: commands are refused until it is back."""
        if self.offline_since is None:
            self.offline_since = since

    def connection_restored(self) -> list[Event]:
        """The meeting is reachable again: catch up with everything missed; returns it."""
        self.offline_since = None
        return self.refresh()

    def countdown(self) -> Countdown | None:
        """The countdown of whoever holds the floor, as of now."""
        iv = self.state.current
        return countdown(iv, self.now(), self.state.settings) if iv else None

    def segment_clock(self) -> SegmentClock | None:
        """Scheduled end against the projected end of the list, as of now."""
        return segment_clock(self.state, self.now())

    def log(self, segment: str | None = None) -> list[LogEntry]:
        """The intervention log (corrections applied)."""
        return intervention_log(self.state, self.now(), segment)

    @property
    def roster(self) -> Roster:
        """The reference roster plus this meeting's own participants."""
        if self._roster is None:
            extra: list[Participant] = list(self.state.participants.values())
            p = self.state.programme
            if p is not None:
                for person in p.people():
                    if person.id not in self.state.participants:
                        extra.append(Participant(person.id, person.category, {"en": person.name}))
            self._roster = self.reference.with_participants(extra)
        return self._roster

    def warm_search(self) -> None:
        """Build the roster's search index now, so the first name typed finds at once."""
        self.reference.warm()
        self.roster.warm()

    def resolve(self, text: str) -> Participant:
        """The participant a secretary meant by ``text`` (UnknownName / AmbiguousName)."""
        text = text.strip()
        if text in self.state.participants:
            return self.state.participants[text]
        return self.roster.resolve(text)

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(changes)`` after every change."""
        self._listeners.append(listener)

    def _keep_snapshot(self) -> None:
        """Ask for a new snapshot once enough events came after one: FloorService does, in
        floorapp.service, where SNAPSHOT_EVERY is read; the machinery alone asks for none."""

    def _announce(self, events: list[Event], holders: list[str]) -> Changes:
        """Summarise what ``events`` changed and tell every listener."""
        changes = summarise(events, self.floor.command_events, holders + self.state.floor)
        if changes.touches(Part.ROSTER):
            self._roster = None
        self._unsnapshotted += len(events)
        self._keep_snapshot()
        for listener in list(self._listeners):
            listener(changes)
        return changes

    # -- the machinery ---------------------------------------------------------------

    def _run(
        self, decide: Callable[[Floor], Sequence[Draft]], facts: Sequence[str] = (),
        expect: Expect | None = None,
    ) -> list[Event]:
        """Decide against the latest state, journal atomically, fold, announce.

        ``facts`` are what the command depends on (see core.expectations): unless the
        caller says what it expects, they are taken from the state as this station
        shows it now, and the command is refused if another station moved them.
        """
        if self.role is stations.StationRole.DISPLAY:
            raise Refused(stations.refusal(self.role, ["any"], False) or "")
        if self.offline_since is not None:
            raise Offline(self.offline_since)
        if expect is None and facts:
            expect = ex.expect(self.floor, facts)
        caught_up: list[Event] = []
        holders = list(self.state.floor)

        def with_catch_up(newer: list[Event]) -> Sequence[Draft]:
            for e in newer:
                self.floor.apply(e)
            caught_up.extend(newer)
            if any(e.type in _ROSTER_EVENTS for e in newer):
                self._roster = None
            ex.check(self.floor, expect)
            drafts = decide(self.floor)
            why = stations.refusal(self.role, (d.type for d in drafts), self.state.handed_over)
            if why is not None:
                raise Refused(why)
            return drafts

        at = None if self.server_clock else self.now()
        try:
            newer, stored = self.journal.transact(with_catch_up, at, self.state.last_seq)
        except BaseException:
            if caught_up:  # refused or failed, but what others did is shown all the same
                self._announce(caught_up, holders)
            raise
        for e in stored:
            self.floor.apply(e)
        self._announce(newer + stored, holders)
        return stored

    def refresh(self) -> list[Event]:
        """Fold events other stations appended; returns them."""
        holders = list(self.state.floor)
        newer = self.journal.read(self.state.last_seq)
        for e in newer:
            self.floor.apply(e)
        if newer:
            self._roster = None
            self._announce(newer, holders)
        return newer

    def may(self, event_type: str) -> bool:
        """Whether this station may now journal an event of this type (its role)."""
        return stations.may_journal(self.role, event_type, self.state.handed_over)
