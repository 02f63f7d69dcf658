"""The operator's commands: each validates against the live state and decides its events.

A command never changes anything itself. It returns the drafts of the events to
journal, or raises :class:`Refused` with a reason, in which case nothing happens.
The commands that set the meeting up are in ``set_up_commands``, what every command
checks first in ``command_checks``; both are imported from here too.
"""

from __future__ import annotations

from typing import Any

from floorapp.core import events as ev
from floorapp.core.categories import RequestKind
from floorapp.core.command_checks import _live, _names, _state_segment, _waiting
from floorapp.core.command_checks import limit_key as limit_key
from floorapp.core.command_checks import replies as replies
from floorapp.core.events import Draft
from floorapp.core.floor import Floor, Refused
from floorapp.core.messages import Message, msg
from floorapp.core.set_up_commands import add_participant as add_participant
from floorapp.core.set_up_commands import change_limit as change_limit
from floorapp.core.set_up_commands import change_settings as change_settings
from floorapp.core.set_up_commands import open_segment as open_segment
from floorapp.core.state import FloorState

MAX_REPLIES = 2

#: A kind of request in the words of a refusal: "already inscribed for {kind}".
KIND_WORDS: dict[RequestKind, Message] = {
    RequestKind.STATEMENT: msg("a statement"),
    RequestKind.GROUP: msg("a statement on behalf of a group"),
    RequestKind.QUESTION: msg("a question"),
    RequestKind.REPLY: msg("a right of reply"),
    RequestKind.POINT_OF_ORDER: msg("a point of order"),
}


# -- the list ----------------------------------------------------------------------


def request(
    floor: Floor,
    participant: str,
    kind: RequestKind = RequestKind.STATEMENT,
    on_behalf_of: str = "",
    delivered_by: str = "",
    segment: str | None = None,
) -> list[Draft]:
    """Inscribe a participant on the list (a point of order is heard at once)."""
    s = floor.state
    sid = _state_segment(s, segment)
    lst = s.segment_list(sid)
    name = _names(s, participant)
    if kind is RequestKind.GROUP and not on_behalf_of.strip():
        raise Refused(msg("A group statement needs the name of the group it is made on "
                          "behalf of."))
    if lst.closed and kind not in (RequestKind.POINT_OF_ORDER, RequestKind.REPLY):
        raise Refused(msg("The list of speakers is closed: {name} cannot be inscribed.",
                          name=name))
    for r in lst.queue + lst.absent:
        other = s.requests[r]
        if other.participant_id == participant and other.kind is kind:
            pos = lst.queue.index(r) + 1 if r in lst.queue else 0
            where = msg("number {n} on the list", n=pos) if pos else msg("marked absent")
            raise Refused(msg("{name} is already inscribed for {kind} ({where}).", name=name,
                              kind=KIND_WORDS[kind], where=where))
    if kind is RequestKind.REPLY:
        if replies(s, participant, sid) >= MAX_REPLIES:
            raise Refused(msg("{name} has already had {n} rights of reply in this segment.",
                              one="{name} has already had {n} right of reply in this segment.",
                              count=MAX_REPLIES, name=name))
    rid = s.next_id("r")
    drafts = [
        Draft(
            ev.FLOOR_REQUESTED,
            {
                "request": rid,
                "participant": participant,
                "kind": kind.value,
                "segment": sid,
                "on_behalf_of": on_behalf_of.strip(),
                "delivered_by": delivered_by,
            },
        )
    ]
    if kind is RequestKind.POINT_OF_ORDER:
        drafts.append(_give(s, participant, kind, sid, rid, interrupt=True))
    return drafts


def withdraw(floor: Floor, request: str) -> list[Draft]:
    """Take a request off the list at the delegation's wish."""
    _waiting(floor.state, request)
    return [Draft(ev.REQUEST_WITHDRAWN, {"request": request})]


def move(floor: Floor, request: str, index: int) -> list[Draft]:
    """Move a waiting request to a position on the list (0 is next)."""
    s = floor.state
    req = _waiting(s, request)
    lst = s.segment_list(req.segment_id)
    if request not in lst.queue:
        raise Refused(msg("Only a request waiting on the list can be moved: recall it first."))
    index = max(0, min(index, len(lst.queue) - 1))
    if lst.queue.index(request) == index:
        raise Refused(msg("The request is already there."))
    return [Draft(ev.REQUEST_MOVED, {"request": request, "index": index})]


def defer(floor: Floor, request: str) -> list[Draft]:
    """Send a waiting request to the end of the list."""
    s = floor.state
    req = _waiting(s, request)
    return [Draft(ev.REQUEST_DEFERRED, {"request": req.id})]


def mark_absent(floor: Floor, request: str) -> list[Draft]:
    """Set aside a request whose delegation is not in the room when called."""
    s = floor.state
    req = _waiting(s, request)
    if req.status == "absent":
        raise Refused(msg("{name} is already marked absent.",
                          name=_names(s, req.participant_id)))
    return [Draft(ev.REQUEST_ABSENT, {"request": request})]


def recall(floor: Floor, request: str, index: int | None = None) -> list[Draft]:
    """Put an absent delegation back on the list (next, unless an index is given)."""
    s = floor.state
    req = _waiting(s, request)
    if req.status != "absent":
        raise Refused(msg("{name} is not marked absent.", name=_names(s, req.participant_id)))
    data: dict[str, Any] = {"request": request}
    if index is not None:
        data["index"] = max(0, index)
    return [Draft(ev.REQUEST_RECALLED, data)]


def close_list(floor: Floor, segment: str | None = None) -> list[Draft]:
    """Close the list of speakers: no new inscriptions but points of order and replies."""
    s = floor.state
    sid = _state_segment(s, segment)
    if s.segment_list(sid).closed:
        raise Refused(msg("The list is already closed."))
    return [Draft(ev.LIST_CLOSED, {"segment": sid})]


def reopen_list(floor: Floor, segment: str | None = None) -> list[Draft]:
    """Reopen a closed list of speakers."""
    s = floor.state
    sid = _state_segment(s, segment)
    if not s.segment_list(sid).closed:
        raise Refused(msg("The list is open."))
    return [Draft(ev.LIST_REOPENED, {"segment": sid})]


# -- interventions ------------------------------------------------------------------


def _give(
    s: FloorState,
    participant: str,
    kind: RequestKind,
    segment: str,
    request: str = "",
    on_behalf_of: str = "",
    delivered_by: str = "",
    interrupt: bool = False,
) -> Draft:
    key = limit_key(s, participant, kind, segment)
    return Draft(
        ev.FLOOR_GIVEN,
        {
            "intervention": s.next_id("i"),
            "request": request,
            "participant": participant,
            "kind": kind.value,
            "segment": segment,
            "on_behalf_of": on_behalf_of,
            "delivered_by": delivered_by,
            "limit": s.live_limit(segment, key),
            "limit_key": key,
            "interrupt": interrupt,
        },
    )


def give_floor(
    floor: Floor,
    request: str | None = None,
    participant: str | None = None,
    kind: RequestKind = RequestKind.STATEMENT,
    delivered_by: str = "",
    on_behalf_of: str = "",
) -> list[Draft]:
    """Give the floor: to the next on the list, a chosen request, or anyone directly.

    Whoever holds the floor (unless interrupted by a point of order) is ended first,
    so "next" is one keystroke.
    """
    s = floor.state
    sid = _state_segment(s, None)
    if len(s.floor) > 1:
        raise Refused(msg(
            "A point of order is being heard: end it before giving the floor to anyone else."
        ))
    drafts: list[Draft] = []
    if s.current is not None:
        drafts.append(Draft(ev.TURN_ENDED, {"intervention": s.current.id}))
    if participant is not None:
        if kind is RequestKind.GROUP and not on_behalf_of.strip():
            raise Refused(msg("A group statement needs the name of the group it is made on "
                          "behalf of."))
        drafts.append(
            _give(s, participant, kind, sid, "", on_behalf_of.strip(), delivered_by)
        )
        return drafts
    if request is None:
        queue = s.segment_list(sid).queue
        if not queue:
            raise Refused(msg("The list of speakers is empty."))
        request = queue[0]
    req = _waiting(s, request)
    if req.status == "absent":
        raise Refused(msg("{name} is marked absent: recall them first.",
                          name=_names(s, req.participant_id)))
    if req.segment_id != sid:
        raise Refused(msg("That request is on the list of another segment."))
    drafts.append(
        _give(
            s, req.participant_id, req.kind, sid, req.id, req.on_behalf_of,
            delivered_by or req.delivered_by,
        )
    )
    return drafts


def point_of_order(floor: Floor, participant: str) -> list[Draft]:
    """Hear a point of order at once, pausing whoever has the floor."""
    return request(floor, participant, RequestKind.POINT_OF_ORDER)


def pause(floor: Floor) -> list[Draft]:
    """Stop the speaker's clock."""
    iv = _live(floor.state)
    if not iv.running:
        raise Refused(msg("The speaker's time is already paused."))
    return [Draft(ev.TURN_PAUSED, {"intervention": iv.id})]


def resume(floor: Floor) -> list[Draft]:
    """Restart the speaker's clock."""
    iv = _live(floor.state)
    if iv.running:
        raise Refused(msg("The speaker's time is already running."))
    return [Draft(ev.TURN_RESUMED, {"intervention": iv.id})]


def extend(floor: Floor, seconds: float) -> list[Draft]:
    """Give the speaker more time (negative seconds shorten it)."""
    iv = _live(floor.state)
    if seconds == 0 or abs(seconds) > 7200:
        raise Refused(msg("An extension must be a non-zero number of seconds, at most 2 hours."))
    if iv.unlimited:
        raise Refused(msg("This speaker has no speaking limit; set one in the limits first."))
    if iv.allotted + seconds < 0:
        raise Refused(msg("The speaking time cannot be shortened below zero."))
    return [Draft(ev.TURN_EXTENDED, {"intervention": iv.id, "seconds": float(seconds)})]


def end(floor: Floor) -> list[Draft]:
    """End the intervention holding the floor."""
    iv = _live(floor.state)
    return [Draft(ev.TURN_ENDED, {"intervention": iv.id})]


# -- undo ------------------------------------------------------------------------------


def undo(floor: Floor) -> list[Draft]:
    """Take back the last floor command."""
    if not floor.can_undo:
        raise Refused(msg("Nothing to undo."))
    return [Draft(ev.UNDONE, {"command": floor.done[-1]})]


def redo(floor: Floor) -> list[Draft]:
    """Restore the last undone floor command."""
    if not floor.can_redo:
        raise Refused(msg("Nothing to redo."))
    return [Draft(ev.REDONE, {"command": floor.redoable[-1]})]
