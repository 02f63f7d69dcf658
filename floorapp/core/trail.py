"""Before-images of the fold: what one event may change, kept so undo can put it back.

:func:`before_image` copies, before an event is folded, every part of the state the
event's handler may touch: the request and intervention it names, the
interventions holding the floor (a new turn or a point of order stops their time),
the segment lists it names or reaches through its request (all of them for a new
ordering policy), the participants (only for the events that add some), and the
state's scalars (the hand-over and the kept synthesis paragraphs among them).
``STATE_FIELDS`` lists every attribute of the state this covers: a test fails when
the state gains one that neither this nor ``snapshot`` knows. :func:`restore` puts them
back. Folding is deterministic, so restoring the images of events k.. in reverse order
gives the state before k.
A test folds random meetings with undo and redo both ways and compares.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from floorapp.core import events as ev
from floorapp.core.events import Event
from floorapp.core.roster import Participant
from floorapp.core.state import FloorState, SegmentList
from floorapp.core.turn import FloorRequest, Intervention

_PARTICIPANT_EVENTS = frozenset({ev.MEETING_CREATED, ev.PROGRAMME_REPLACED,
                                 ev.PARTICIPANT_ADDED})


#: The attributes of FloorState that before-images and snapshots cover (the rest:
#: the roster and caches derived from the programme).
STATE_FIELDS = frozenset({
    "programme", "settings", "participants", "lists", "current_segment", "requests",
    "interventions", "floor", "synthesis", "last_seq", "handed_over", "_counters",
})


@dataclass(frozen=True)
class Image:
    """The parts of the state one event may change, as they were before it."""

    scalars: tuple[Any, ...]
    requests: dict[str, FloorRequest | None]
    interventions: dict[str, Intervention | None]
    lists: dict[str, SegmentList | None]
    participants: dict[str, Participant] | None


def copy_intervention(iv: Intervention) -> Intervention:
    """A copy sharing nothing mutable with ``iv``."""
    return replace(
        iv, runs=[list(r) for r in iv.runs],
        notes=[replace(n) for n in iv.notes],
        announcements=[replace(a) for a in iv.announcements],
        record=dict(iv.record), corrections=dict(iv.corrections),
    )


def _copy_list(x: SegmentList) -> SegmentList:
    return SegmentList(x.segment_id, x.opened_at, list(x.queue), list(x.absent), x.closed,
                       dict(x.limits))


def before_image(s: FloorState, e: Event) -> Image:
    """What folding ``e`` into ``s`` may change, copied."""
    d = e.data
    requests: dict[str, FloorRequest | None] = {}
    interventions: dict[str, Intervention | None] = {}
    sids: set[str] = set()
    rid = d.get("request")
    if isinstance(rid, str) and rid:
        req = s.requests.get(rid)
        requests[rid] = replace(req) if req is not None else None
        if req is not None:
            sids.add(req.segment_id)
    iid = d.get("intervention")
    if isinstance(iid, str) and iid:
        iv = s.interventions.get(iid)
        interventions[iid] = copy_intervention(iv) if iv is not None else None
    for held in s.floor:
        if held not in interventions:
            interventions[held] = copy_intervention(s.interventions[held])
    seg = d.get("segment")
    if isinstance(seg, str):
        sids.add(seg)
    if s.current_segment is not None:
        sids.add(s.current_segment)
    if e.type == ev.SETTINGS_CHANGED:
        sids.update(s.lists)
    lists = {sid: (_copy_list(s.lists[sid]) if sid in s.lists else None) for sid in sids}
    return Image(
        scalars=(s.programme, s.settings, s.current_segment, list(s.floor), s.last_seq,
                 dict(s._counters), s.handed_over,
                 {lang: dict(kept) for lang, kept in s.synthesis.items()}),
        requests=requests, interventions=interventions, lists=lists,
        participants=dict(s.participants) if e.type in _PARTICIPANT_EVENTS else None,
    )


def _put(table: dict[str, Any], key: str, value: Any) -> None:
    if value is None:
        table.pop(key, None)
    else:
        table[key] = value


def restore(s: FloorState, image: Image) -> None:
    """Put back what :func:`before_image` copied."""
    (s.programme, s.settings, s.current_segment, s.floor, s.last_seq,
     s._counters, s.handed_over, s.synthesis) = image.scalars
    for rid, req in image.requests.items():
        _put(s.requests, rid, req)
    for iid, iv in image.interventions.items():
        _put(s.interventions, iid, iv)
    for sid, lst in image.lists.items():
        _put(s.lists, sid, lst)
    if image.participants is not None:
        s.participants = image.participants
