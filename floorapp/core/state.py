"""The live state of a meeting: a fold of its journal events.

``FloorState.apply`` never refuses an event: validation happened when the command
was decided (``commands``). Events naming things that no longer exist (after an
undo) are ignored, so any journal folds.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from floorapp.core import events as ev
from floorapp.core import record_fold, stations
from floorapp.core.categories import RequestKind, SpeakerCategory
from floorapp.core.events import Event
from floorapp.core.ordering import OrderingPolicy, insertion_index, tier
from floorapp.core.programme.model import Programme, programme_from_dict
from floorapp.core.roster import Participant, Roster
from floorapp.core.turn import FloorRequest, Intervention


@dataclass(frozen=True)
class MeetingSettings:
    """Settings of a meeting that the engine obeys, changed by events."""

    ordering: OrderingPolicy = OrderingPolicy.FIRST_COME
    warning_seconds: int = 30  # warning when this much time is left
    reminder_seconds: int = 30  # overrun reminder interval
    time_up_seconds: int = 3  # how long "time is up" shows before overrun

    def to_dict(self) -> dict[str, Any]:
        """Plain data for the journal."""
        return {
            "ordering": self.ordering.value,
            "warning_seconds": self.warning_seconds,
            "reminder_seconds": self.reminder_seconds,
            "time_up_seconds": self.time_up_seconds,
        }

    def updated(self, data: dict[str, Any]) -> MeetingSettings:
        """A copy with the fields in ``data`` changed."""
        changes: dict[str, Any] = {}
        for k, v in data.items():
            if k == "ordering":
                changes[k] = OrderingPolicy(v)
            elif k in ("warning_seconds", "reminder_seconds", "time_up_seconds"):
                changes[k] = int(v)
        return replace(self, **changes)


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
                for person in _programme_people(self.programme):
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

    def _tier(self, req: FloorRequest) -> int:
        return tier(self.settings.ordering, req.kind, self.category(req.participant_id))

    # -- the fold --------------------------------------------------------------

    def apply(self, e: Event) -> None:
        """Fold one event into the state."""
        self.last_seq = max(self.last_seq, e.seq)
        handler = _HANDLERS.get(e.type)
        if handler is not None:
            handler(self, e)

    def _count(self, ident: str) -> None:
        prefix = ident.rstrip("0123456789")
        number = ident[len(prefix):]
        if number.isdigit():
            self._counters[prefix] = max(self._counters.get(prefix, 0), int(number))

    def _unlist(self, rid: str) -> None:
        for lst in self.lists.values():
            if rid in lst.queue:
                lst.queue.remove(rid)
            if rid in lst.absent:
                lst.absent.remove(rid)

    def _insert(self, req: FloorRequest, new_tier: int) -> None:
        lst = self.segment_list(req.segment_id)
        tiers = [self._tier(self.requests[r]) for r in lst.queue]
        lst.queue.insert(insertion_index(tiers, new_tier), req.id)


def _programme_people(p: Programme) -> list[Any]:
    people = [p.chair] if p.chair else []
    for s in p.segments:
        people += [x for x in (s.chair, s.moderator) if x] + list(s.panellists)
    return people


# -- event handlers ----------------------------------------------------------------


def _meeting_created(s: FloorState, e: Event) -> None:
    s.programme = programme_from_dict(e.data["programme"])
    s.settings = MeetingSettings().updated(e.data.get("settings", {}))
    for x in s.programme.participants:
        s.participants[x.id] = Participant(x.id, x.category, dict(x.names))


def _programme_replaced(s: FloorState, e: Event) -> None:
    s.programme = programme_from_dict(e.data["programme"])
    for x in s.programme.participants:
        s.participants.setdefault(x.id, Participant(x.id, x.category, dict(x.names)))


def _participant_added(s: FloorState, e: Event) -> None:
    d = e.data
    s.participants[d["id"]] = Participant(
        d["id"], SpeakerCategory(d.get("category", "other")), dict(d.get("names", {})),
        d.get("regional_group", ""),
    )


def _settings_changed(s: FloorState, e: Event) -> None:
    before = s.settings.ordering
    s.settings = s.settings.updated(e.data)
    if s.settings.ordering is not before:
        # The lists follow the new policy at once: each request moves to its block,
        # keeping the order it had within it (manual moves included).
        for lst in s.lists.values():
            lst.queue.sort(key=lambda rid: s._tier(s.requests[rid]))


def _limit_changed(s: FloorState, e: Event) -> None:
    s.segment_list(e.data["segment"]).limits[e.data["key"]] = int(e.data["seconds"])


def _segment_opened(s: FloorState, e: Event) -> None:
    lst = s.segment_list(e.data["segment"])
    if lst.opened_at is None:
        lst.opened_at = e.at
    s.current_segment = e.data["segment"]


def _floor_requested(s: FloorState, e: Event) -> None:
    d = e.data
    req = FloorRequest(
        id=d["request"],
        participant_id=d["participant"],
        kind=RequestKind(d.get("kind", "statement")),
        segment_id=d["segment"],
        requested_at=e.at,
        on_behalf_of=d.get("on_behalf_of", ""),
        delivered_by=d.get("delivered_by", ""),
    )
    s._count(req.id)
    s.requests[req.id] = req
    s._insert(req, s._tier(req))


def _request_withdrawn(s: FloorState, e: Event) -> None:
    req = s.requests.get(e.data["request"])
    if req is not None:
        s._unlist(req.id)
        req.status = "withdrawn"


def _request_moved(s: FloorState, e: Event) -> None:
    req = s.requests.get(e.data["request"])
    if req is None:
        return
    lst = s.segment_list(req.segment_id)
    if req.id in lst.queue:
        lst.queue.remove(req.id)
        index = max(0, min(int(e.data["index"]), len(lst.queue)))
        lst.queue.insert(index, req.id)


def _request_deferred(s: FloorState, e: Event) -> None:
    req = s.requests.get(e.data["request"])
    if req is None:
        return
    s._unlist(req.id)
    req.status = "waiting"
    s._insert(req, 9 if req.kind is RequestKind.REPLY else 8)


def _request_absent(s: FloorState, e: Event) -> None:
    req = s.requests.get(e.data["request"])
    if req is None:
        return
    s._unlist(req.id)
    s.segment_list(req.segment_id).absent.append(req.id)
    req.status = "absent"


def _request_recalled(s: FloorState, e: Event) -> None:
    req = s.requests.get(e.data["request"])
    if req is None:
        return
    s._unlist(req.id)
    req.status = "waiting"
    lst = s.segment_list(req.segment_id)
    if "index" in e.data:
        lst.queue.insert(max(0, min(int(e.data["index"]), len(lst.queue))), req.id)
    else:
        s._insert(req, 0)


def _list_closed(s: FloorState, e: Event) -> None:
    s.segment_list(e.data["segment"]).closed = True


def _list_reopened(s: FloorState, e: Event) -> None:
    s.segment_list(e.data["segment"]).closed = False


def _floor_given(s: FloorState, e: Event) -> None:
    d = e.data
    rid = d.get("request", "")
    if rid and rid in s.requests:
        s._unlist(rid)
        s.requests[rid].status = "heard"
    if s.floor:
        holder = s.interventions[s.floor[-1]]
        if holder.running:
            holder.runs[-1][1] = e.at
    iv = Intervention(
        id=d["intervention"],
        segment_id=d["segment"],
        participant_id=d["participant"],
        kind=RequestKind(d.get("kind", "statement")),
        limit=float(d["limit"]),
        started_at=e.at,
        request_id=rid,
        on_behalf_of=d.get("on_behalf_of", ""),
        delivered_by=d.get("delivered_by", ""),
        runs=[[e.at, None]],
        interrupted=s.floor[-1] if s.floor else "",
    )
    s._count(iv.id)
    s.interventions[iv.id] = iv
    s.floor.append(iv.id)


def _live(s: FloorState, e: Event) -> Intervention | None:
    iid = e.data.get("intervention")
    if iid in s.floor:
        return s.interventions[iid]
    return None


def _turn_paused(s: FloorState, e: Event) -> None:
    iv = _live(s, e)
    if iv is not None and iv.running:
        iv.runs[-1][1] = e.at


def _turn_resumed(s: FloorState, e: Event) -> None:
    iv = _live(s, e)
    if iv is not None and not iv.running:
        iv.runs.append([e.at, None])


def _turn_extended(s: FloorState, e: Event) -> None:
    iv = _live(s, e)
    if iv is not None:
        iv.extension += float(e.data["seconds"])


def _turn_ended(s: FloorState, e: Event) -> None:
    iv = _live(s, e)
    if iv is None:
        return
    if iv.running:
        iv.runs[-1][1] = e.at
    iv.ended_at = e.at
    s.floor.remove(iv.id)


_HANDLERS = {
    ev.MEETING_CREATED: _meeting_created,
    ev.PROGRAMME_REPLACED: _programme_replaced,
    ev.PARTICIPANT_ADDED: _participant_added,
    ev.SETTINGS_CHANGED: _settings_changed,
    ev.LIMIT_CHANGED: _limit_changed,
    ev.SEGMENT_OPENED: _segment_opened,
    ev.FLOOR_REQUESTED: _floor_requested,
    ev.REQUEST_WITHDRAWN: _request_withdrawn,
    ev.REQUEST_MOVED: _request_moved,
    ev.REQUEST_DEFERRED: _request_deferred,
    ev.REQUEST_ABSENT: _request_absent,
    ev.REQUEST_RECALLED: _request_recalled,
    ev.LIST_CLOSED: _list_closed,
    ev.LIST_REOPENED: _list_reopened,
    ev.FLOOR_GIVEN: _floor_given,
    ev.TURN_PAUSED: _turn_paused,
    ev.TURN_RESUMED: _turn_resumed,
    ev.TURN_EXTENDED: _turn_extended,
    ev.TURN_ENDED: _turn_ended,
    **record_fold.HANDLERS,
    **stations.HANDLERS,
}
