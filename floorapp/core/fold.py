"""The fold: how each event of the journal changes the meeting's state.

``apply(state, event)`` is the one way a :class:`~floorapp.core.state.FloorState`
changes. The record's events (notes, announcements, corrections) fold in
``record_fold``, the stations' in ``stations``; this module keeps the table of all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from floorapp.core import events as ev
from floorapp.core import record_fold, stations
from floorapp.core.categories import RequestKind, SpeakerCategory
from floorapp.core.events import Event
from floorapp.core.meeting_settings import MeetingSettings
from floorapp.core.ordering import insertion_index, tier
from floorapp.core.programme.model import programme_from_dict
from floorapp.core.roster import Participant
from floorapp.core.turn import FloorRequest, Intervention

if TYPE_CHECKING:
    from floorapp.core.state import FloorState


def apply(s: FloorState, e: Event) -> None:
    """Fold one event into the state."""
    s.last_seq = max(s.last_seq, e.seq)
    handler = _HANDLERS.get(e.type)
    if handler is not None:
        handler(s, e)


def tier_of(s: FloorState, req: FloorRequest) -> int:
    """Where a request ranks under the meeting's ordering (lower first)."""
    return tier(s.settings.ordering, req.kind, s.category(req.participant_id))


def bump(counters: dict[str, int], ident: str) -> None:
    """Keep ``counters`` past an id the journal used ("r12": 12 for "r"): the one rule of
    ids, for the state's counters and for the floor's (which survive an undo)."""
    prefix = ident.rstrip("0123456789")
    number = ident[len(prefix):]
    if number.isdigit():
        counters[prefix] = max(counters.get(prefix, 0), int(number))


def count_id(s: FloorState, ident: str) -> None:
    """Keep the state's id counters past an id the journal used."""
    bump(s._counters, ident)


def unlist(s: FloorState, rid: str) -> None:
    """Take a request off every list (waiting or absent)."""
    for lst in s.lists.values():
        if rid in lst.queue:
            lst.queue.remove(rid)
        if rid in lst.absent:
            lst.absent.remove(rid)


def insert(s: FloorState, req: FloorRequest, new_tier: int) -> None:
    """Put a request on its segment's list, after those of its tier or a better one."""
    lst = s.segment_list(req.segment_id)
    tiers = [tier_of(s, s.requests[r]) for r in lst.queue]
    lst.queue.insert(insertion_index(tiers, new_tier), req.id)


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
            lst.queue.sort(key=lambda rid: tier_of(s, s.requests[rid]))


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
    count_id(s, req.id)
    s.requests[req.id] = req
    insert(s, req, tier_of(s, req))


def _request_withdrawn(s: FloorState, e: Event) -> None:
    req = s.requests.get(e.data["request"])
    if req is not None:
        unlist(s, req.id)
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
    unlist(s, req.id)
    req.status = "waiting"
    insert(s, req, 9 if req.kind is RequestKind.REPLY else 8)


def _request_absent(s: FloorState, e: Event) -> None:
    req = s.requests.get(e.data["request"])
    if req is None:
        return
    unlist(s, req.id)
    s.segment_list(req.segment_id).absent.append(req.id)
    req.status = "absent"


def _request_recalled(s: FloorState, e: Event) -> None:
    req = s.requests.get(e.data["request"])
    if req is None:
        return
    unlist(s, req.id)
    req.status = "waiting"
    lst = s.segment_list(req.segment_id)
    if "index" in e.data:
        lst.queue.insert(max(0, min(int(e.data["index"]), len(lst.queue))), req.id)
    else:
        insert(s, req, 0)


def _list_closed(s: FloorState, e: Event) -> None:
    s.segment_list(e.data["segment"]).closed = True


def _list_reopened(s: FloorState, e: Event) -> None:
    s.segment_list(e.data["segment"]).closed = False


def _floor_given(s: FloorState, e: Event) -> None:
    d = e.data
    rid = d.get("request", "")
    if rid and rid in s.requests:
        unlist(s, rid)
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
    count_id(s, iv.id)
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
