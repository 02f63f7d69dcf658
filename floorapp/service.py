"""The floor service: the one object every client (GUI, script runner, tests) drives.

Each named command is validated against the live state, appended to the journal
in its own transaction, folded into the state, and announced to subscribers.
A refused command raises :class:`Refused` and changes nothing; a database that
fails raises :class:`JournalError` and changes nothing either.
"""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Protocol

from floorapp.core import commands as cmd
from floorapp.core import events as ev
from floorapp.core import expectations as ex
from floorapp.core import record_commands as rc
from floorapp.core import stations
from floorapp.core import synthesis as syn
from floorapp.core.categories import RequestKind, SpeakerCategory
from floorapp.core.changes import Changes, Part, summarise
from floorapp.core.clock import Clock, RoundTrip, SystemClock, Timeline
from floorapp.core.countdown import Countdown, countdown
from floorapp.core.events import Draft, Event
from floorapp.core.expectations import Expect
from floorapp.core.floor import Floor, Refused
from floorapp.core.log import LogEntry, intervention_log
from floorapp.core.meeting_settings import MeetingSettings
from floorapp.core.programme.model import Programme, programme_to_dict
from floorapp.core.roster import Participant, Roster, make_participant_id
from floorapp.core.segment_clock import SegmentClock, segment_clock
from floorapp.core.snapshot import VERSION as SNAPSHOT_VERSION
from floorapp.core.snapshot import floor_from_dict
from floorapp.core.state import FloorState
from floorapp.storage.errors import AlreadyExists
from floorapp.storage.journal import Journal
from floorapp.storage.snapshot_writer import SNAPSHOT_EVERY

__all__ = ["Expect", "FloorService", "Offline", "Refused"]

#: Called after every change with its summary (a list of the events folded).
Listener = Callable[[Changes], None]
#: Events after which the meeting's roster (who may speak) must be rebuilt.
_ROSTER_EVENTS = {ev.MEETING_CREATED, ev.PROGRAMME_REPLACED, ev.PARTICIPANT_ADDED, ev.UNDONE,
                  ev.REDONE}


def meeting_created(programme: Programme, settings: MeetingSettings | None = None) -> Draft:
    """The first event of every meeting: its programme and settings."""
    return Draft(
        ev.MEETING_CREATED,
        {
            "programme": programme_to_dict(programme),
            "settings": (settings or MeetingSettings()).to_dict(),
        },
    )


class Offline(Refused):
    """A command refused because this station has lost its connection to the meeting."""

    def __init__(self, since: datetime) -> None:
        super().__init__(
            f"The connection to the meeting is lost since {since.astimezone():%H:%M:%S}: "
            "nothing was done. Floor is reconnecting; try again when it is back.")
        self.since = since


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


class FloorService:
    """Named commands on one meeting, journaled before they are acknowledged."""

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
        """Ask for a new snapshot in the background once enough events came after one."""
        if self._unsnapshotted < SNAPSHOT_EVERY or not hasattr(self.journal, "save_snapshot"):
            return
        self._unsnapshotted = 0
        if os.environ.get("FLOORAPP_NO_SNAPSHOTS"):
            return
        from floorapp.storage.snapshot_writer import start

        start(self.journal.target)

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

    # -- stations sharing the meeting --------------------------------------------------

    def hand_over_floor(self) -> list[Event]:
        """The officer hands the floor and the clock to the secretary's station."""
        return self._run(stations.hand_over)

    def take_back_floor(self) -> list[Event]:
        """The officer takes the floor and the clock back from the secretary."""
        return self._run(stations.take_back)

    # -- meeting set-up ---------------------------------------------------------------

    def replace_programme(self, programme: Programme) -> list[Event]:
        """Replace the programme (edited live or before the meeting)."""
        return self._run(lambda f: [Draft(ev.PROGRAMME_REPLACED,
                                          {"programme": programme_to_dict(programme)})])

    def add_participant(
        self, name: str, category: SpeakerCategory = SpeakerCategory.OTHER,
        names: dict[str, str] | None = None,
    ) -> Participant:
        """Add a participant beyond the roster; returns it."""
        all_names = {"en": name.strip(), **(names or {})}
        chosen: list[str] = []

        def decide(f: Floor) -> Sequence[Draft]:
            # Inside the transaction, after catching up: two stations adding at once
            # neither pick the same id nor add the same participant twice.
            wanted = all_names["en"].casefold()
            for p in f.state.participants.values():
                if p.names.get("en", "").strip().casefold() == wanted:
                    raise Refused(f"{p.name()} is already a participant of this meeting.")
            pid = make_participant_id(name, {p.id for p in self.roster})
            chosen.append(pid)
            return cmd.add_participant(f, pid, all_names, category)

        self._run(decide)
        return self.state.participants[chosen[-1]]

    def change_settings(self, **changes: Any) -> list[Event]:
        """Change the ordering policy, warning time or reminder interval."""
        return self._run(lambda f: cmd.change_settings(f, **changes))

    def change_limit(self, key: str, seconds: int, segment: str | None = None) -> list[Event]:
        """Change a speaking limit for the rest of a segment's list."""
        return self._run(lambda f: cmd.change_limit(f, key, seconds, segment))

    # -- the list ---------------------------------------------------------------------

    def open_segment(self, segment: str) -> list[Event]:
        """Open a segment of the programme."""
        return self._run(lambda f: cmd.open_segment(f, segment))

    def request(
        self, participant: str, kind: RequestKind = RequestKind.STATEMENT,
        on_behalf_of: str = "", delivered_by: str = "",
    ) -> list[Event]:
        """Inscribe a participant (by id) on the current list."""
        return self._run(lambda f: cmd.request(f, participant, kind, on_behalf_of,
                                                     delivered_by))

    def point_of_order(self, participant: str) -> list[Event]:
        """Hear a point of order at once."""
        return self._run(lambda f: cmd.point_of_order(f, participant))

    def withdraw(self, request: str) -> list[Event]:
        """Withdraw a request."""
        return self._run(lambda f: cmd.withdraw(f, request))

    def move(self, request: str, index: int) -> list[Event]:
        """Move a request to a position on the list."""
        return self._run(lambda f: cmd.move(f, request, index))

    def defer(self, request: str) -> list[Event]:
        """Send a request to the end of the list."""
        return self._run(lambda f: cmd.defer(f, request))

    def mark_absent(self, request: str) -> list[Event]:
        """Set aside a delegation not in the room."""
        return self._run(lambda f: cmd.mark_absent(f, request))

    def recall(self, request: str, index: int | None = None) -> list[Event]:
        """Put an absent delegation back on the list."""
        return self._run(lambda f: cmd.recall(f, request, index))

    def close_list(self) -> list[Event]:
        """Close the list of speakers."""
        return self._run(lambda f: cmd.close_list(f), (ex.CLOSED,))

    def reopen_list(self) -> list[Event]:
        """Reopen the list of speakers."""
        return self._run(lambda f: cmd.reopen_list(f), (ex.CLOSED,))

    def toggle_list(self) -> list[Event]:
        """Close the list if open, reopen it if closed (decided in the transaction)."""

        def decide(f: Floor) -> Sequence[Draft]:
            s = f.state
            if s.current_segment is not None and s.segment_list().closed:
                return cmd.reopen_list(f)
            return cmd.close_list(f)

        return self._run(decide, (ex.CLOSED,))

    # -- interventions ---------------------------------------------------------------

    def give_floor(
        self, request: str | None = None, participant: str | None = None,
        kind: RequestKind = RequestKind.STATEMENT, delivered_by: str = "",
        on_behalf_of: str = "", expect: Expect | None = None,
    ) -> list[Event]:
        """Give the floor to the next speaker, a chosen request, or a participant.

        Refused if another station gave the floor, ended the turn or (for the next on
        the list) changed who is next since this station's screen showed it."""
        facts = (ex.SPEAKER,) if request or participant else (ex.SPEAKER, ex.NEXT)
        return self._run(lambda f: cmd.give_floor(f, request, participant, kind, delivered_by,
                                                  on_behalf_of), facts, expect)

    def next(self, expect: Expect | None = None) -> list[Event]:
        """End the current turn, if any, and give the floor to the next on the list."""
        return self.give_floor(expect=expect)

    def pause(self, expect: Expect | None = None) -> list[Event]:
        """Pause the speaker's time."""
        return self._run(cmd.pause, (ex.SPEAKER, ex.RUNNING), expect)

    def resume(self, expect: Expect | None = None) -> list[Event]:
        """Resume the speaker's time."""
        return self._run(cmd.resume, (ex.SPEAKER, ex.RUNNING), expect)

    def toggle_pause(self, expect: Expect | None = None) -> list[Event]:
        """Pause if running, resume if paused (decided in the transaction)."""

        def decide(f: Floor) -> Sequence[Draft]:
            iv = f.state.current
            return cmd.pause(f) if iv is not None and iv.running else cmd.resume(f)

        return self._run(decide, (ex.SPEAKER, ex.RUNNING), expect)

    def extend(self, seconds: float, expect: Expect | None = None) -> list[Event]:
        """Add (or with negative seconds, take away) speaking time."""
        return self._run(lambda f: cmd.extend(f, seconds), (ex.SPEAKER, ex.ALLOTTED), expect)

    def end(self, expect: Expect | None = None) -> list[Event]:
        """End the current intervention."""
        return self._run(cmd.end, (ex.SPEAKER,), expect)

    def undo(self, expect: Expect | None = None) -> list[Event]:
        """Take back the last floor command (refused if another station acted meanwhile)."""
        return self._run(cmd.undo, (ex.UNDO,), expect)

    def redo(self, expect: Expect | None = None) -> list[Event]:
        """Restore the last undone floor command."""
        return self._run(cmd.redo, (ex.REDO,), expect)

    def expect(self, *facts: str) -> Expect:
        """What this station shows now of ``facts`` (core.expectations), for a command
        issued later that must not act on a state that has moved."""
        return ex.expect(self.floor, facts)

    # -- the record (decided in floorapp.core.record_commands) ------------------------

    def add_note(
        self, text: str, themes: Sequence[str] = (), intervention: str | None = None
    ) -> list[Event]:
        """Record a key point of an intervention (the current or last by default)."""
        return self._run(lambda f: rc.add_note(f, text, themes, intervention))

    def edit_note(
        self, intervention: str, note: str, text: str | None = None,
        themes: Sequence[str] | None = None,
    ) -> list[Event]:
        """Correct a recorded key point; the original stays in the journal."""
        return self._run(lambda f: rc.edit_note(f, intervention, note, text, themes))

    def strike_note(self, intervention: str, note: str, struck: bool = True) -> list[Event]:
        """Strike a note from the record (it stays in the journal), or restore it."""
        return self._run(lambda f: rc.strike_note(f, intervention, note, struck))

    def strike_announcement(
        self, intervention: str, announcement: str, struck: bool = True,
    ) -> list[Event]:
        """Strike an announcement from the record (it stays in the journal), or restore it."""
        return self._run(lambda f: rc.strike_announcement(f, intervention, announcement, struck))

    def update_record(self, intervention: str | None = None, **fields: Any) -> list[Event]:
        """Set record fields: language, written_statement, video."""
        return self._run(lambda f: rc.update_record(f, intervention, fields))

    def add_announcement(
        self, text: str, amount: float | None = None, currency: str = "",
        intervention: str | None = None, kind: str | None = None,
    ) -> list[Event]:
        """Record an announcement, e.g. a pledge with its amount and currency; ``kind``
        is "pledge", "personal_gift" or "announcement" (a pledge when there is an amount)."""
        return self._run(lambda f: rc.add_announcement(f, text, amount, currency, intervention,
                                                       kind))

    def keep_synthesis(self, key: str, lang: str, text: str) -> list[Event]:
        """Keep the secretary's text of a paragraph of the Summary's synthesis in ``lang``
        (key "SEGMENT/THEME"); an empty text gives the paragraph back to the proposal."""
        return self._run(lambda f: syn.keep_synthesis(f, key, lang, text))

    def correct(self, intervention: str, **fields: Any) -> list[Event]:
        """Correct a past intervention (participant, kind, on_behalf_of, delivered_by,
        start, end); the original events stay in the journal."""
        return self._run(
            lambda f: rc.correct(f, intervention, {p.id for p in self.roster}, fields))
