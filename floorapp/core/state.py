"""The live state of a meeting: its data and the questions asked of it.

The state changes only by folding journal events (``apply``, in ``fold``), which
never refuses one: validation happened when the command was decided
(``commands``). Events naming things that no longer exist (after an undo) are
ignored, so any journal folds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from floorapp.core import fold
from floorapp.core.categories import SpeakerCategory
from floorapp.core.events import Event
from floorapp.core.meeting_settings import MeetingSettings
from floorapp.core.programme.model import Programme
from floorapp.core.roster import Participant, Roster
from floorapp.core.turn import FloorRequest, Intervention


@dataclass
class SegmentList:
    """The list of speakers of one segment."""

    segment_id: str
    opened_at: datetime | None = None
    queue: list[str] = field(default_factory=list)  # request ids, in order of hearing
    absent: list[str] = field(default_factory=list)  # called but not in the room
    closed: bool = False
    limits: dict[str, int] = field(default_factory=dict)  # live changes, seconds


class FloorState:
    """Everything the floor knows now, rebuilt by folding events."""

    def __init__(self, reference: Roster | None = None) -> None:
        self.reference = reference
        self.programme: Programme | None = None
        self.settings = MeetingSettings()
        self.participants: dict[str, Participant] = {}  # added for this meeting
        self.lists: dict[str, SegmentList] = {}
        self.current_segment: str | None = None
        self.requests: dict[str, FloorRequest] = {}
        self.interventions: dict[str, Intervention] = {}
        #: Live interventions, innermost last: the last holds the floor,
        #: earlier ones were interrupted by a point of order.
        self.floor: list[str] = []
        #: The Summary's synthesis paragraphs the secretary kept: language -> key -> text
        #: (key "SEGMENT/THEME"; see floorapp.core.synthesis).
        self.synthesis: dict[str, dict[str, str]] = {}
        self.last_seq = 0
        #: Whether the officer has handed the floor and the clock to the secretary.
        self.handed_over = False
        self._counters: dict[str, int] = {}
        self._people_of: Programme | None = None  # the programme self._people is of
        self._people: dict[str, Participant] = {}

    # -- queries ---------------------------------------------------------------

    def next_id(self, prefix: str) -> str:
        """A fresh id for a request ("r"), intervention ("i"), note ("n") ..."""
        return f"{prefix}{self._counters.get(prefix, 0) + 1}"

    def segment_list(self, segment_id: str | None = None) -> SegmentList:
        """The list of a segment (the current one by default), created empty on demand."""
        sid = segment_id or self.current_segment
        if sid is None:
            raise KeyError("no segment is open")
        lst = self.lists.get(sid)
        if lst is None:
            lst = self.lists[sid] = SegmentList(sid)
        return lst

    def waiting(self, segment_id: str | None = None) -> list[FloorRequest]:
        """The requests waiting on a segment's list, in order of hearing."""
        sid = segment_id or self.current_segment
        if sid is None or sid not in self.lists:
            return []
        return [self.requests[r] for r in self.lists[sid].queue]

    def absent(self, segment_id: str | None = None) -> list[FloorRequest]:
        """Requests called while their delegation was not in the room."""
        sid = segment_id or self.current_segment
        if sid is None or sid not in self.lists:
            return []
        return [self.requests[r] for r in self.lists[sid].absent]

    @property
    def current(self) -> Intervention | None:
        """The intervention holding the floor, if any."""
        return self.interventions[self.floor[-1]] if self.floor else None

    def participant(self, pid: str) -> Participant:
        """A participant by id: added to the meeting, named in the programme, or on the roster."""
        if pid in self.participants:
            return self.participants[pid]
        if self.programme is not None:
            if self._people_of is not self.programme:  # one look-up table per programme
                self._people_of = self.programme
                self._people = {}
                for person in self.programme.people():
                    if person.id in self._people:
                        continue
                    names = {**person.translations.field("name"),
                             self.programme.language: person.name}
                    names.setdefault("en", person.name)
                    self._people[person.id] = Participant(person.id, person.category, names)
            found = self._people.get(pid)
            if found is not None:
                return found
        if self.reference is not None and pid in self.reference:
            return self.reference.get(pid)
        return Participant(pid, SpeakerCategory.OTHER, {"en": pid})

    def category(self, pid: str) -> SpeakerCategory:
        """The speaker category of a participant."""
        return self.participant(pid).category

    def live_limit(self, segment_id: str | None, key: str) -> int:
        """The limit in force for ``key`` in a segment, live changes included."""
        if segment_id is not None and segment_id in self.lists:
            live = self.lists[segment_id].limits
            if key in live:
                return live[key]
        if self.programme is None:
            from floorapp.core.categories import DEFAULT_LIMITS

            return DEFAULT_LIMITS.get(key, DEFAULT_LIMITS["other"])
        return self.programme.limit(segment_id, key)

    # -- the fold --------------------------------------------------------------

    def apply(self, e: Event) -> None:
        """Fold one event into the state (see ``fold``)."""
        fold.apply(self, e)

    def _count(self, ident: str) -> None:
        fold.count_id(self, ident)
