"""What the operator's commands look up and check before deciding: a participant's names
for a message, the segment (the open one unless named), a request waiting on the list,
the intervention holding the floor, a participant's rights of reply, and which speaking
limit applies. Each raises :class:`Refused` with the reason when the check fails.
"""

from __future__ import annotations

from floorapp.core.categories import RequestKind
from floorapp.core.floor import Refused
from floorapp.core.messages import Names, msg
from floorapp.core.state import FloorState
from floorapp.core.turn import FloorRequest, Intervention


def _names(s: FloorState, participant: str) -> Names:
    """A participant's name in every language it has, for a message."""
    p = s.participant(participant)
    return Names.of(dict(p.names) or {"en": p.name()})


def _state_segment(s: FloorState, segment: str | None) -> str:
    sid = segment or s.current_segment
    if sid is None:
        raise Refused(msg("No segment is open: open a segment of the programme first."))
    if s.programme is not None:
        try:
            s.programme.segment(sid)
        except KeyError:
            raise Refused(msg("The programme has no segment '{id}'.", id=sid)) from None
    return sid


def _waiting(s: FloorState, rid: str) -> FloorRequest:
    req = s.requests.get(rid)
    if req is None:
        raise Refused(msg("There is no request '{id}' on the list.", id=rid))
    if req.status not in ("waiting", "absent"):
        raise Refused(msg("{name} is no longer on the list.",
                          name=_names(s, req.participant_id)))
    return req


def _live(s: FloorState) -> Intervention:
    iv = s.current
    if iv is None:
        raise Refused(msg("Nobody has the floor."))
    return iv


def replies(s: FloorState, participant_id: str, segment: str, heard: bool = False) -> int:
    """A participant's rights of reply in a segment: those asked for and not withdrawn
    (what the two-replies rule counts), or with ``heard`` those already delivered (what
    decides whether the next one has the first or the second reply's limit)."""
    if heard:
        return sum(1 for iv in s.interventions.values()
                   if iv.kind is RequestKind.REPLY and iv.participant_id == participant_id
                   and iv.segment_id == segment)
    return sum(1 for x in s.requests.values()
               if x.kind is RequestKind.REPLY and x.participant_id == participant_id
               and x.segment_id == segment and x.status != "withdrawn")


def limit_key(s: FloorState, participant_id: str, kind: RequestKind, segment: str) -> str:
    """Which limit applies to a participant speaking in a segment for this kind of request."""
    if kind is RequestKind.REPLY:
        return "reply" if replies(s, participant_id, segment, heard=True) == 0 else \
            "reply_second"
    if kind in (RequestKind.GROUP, RequestKind.QUESTION, RequestKind.POINT_OF_ORDER):
        return kind.value
    return s.category(participant_id).value
