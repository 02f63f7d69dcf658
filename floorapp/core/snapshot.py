"""The folded state of a meeting as plain data, so a long meeting opens without replay.

A snapshot is a cache of the fold at one seq, never a second truth: the journal
holds every fact, and a snapshot that does not match (another fold version, a
journal that is not the one it was taken from) is ignored and the journal folded
again. ``VERSION`` changes whenever the fold or this format changes, which makes
every older snapshot stale.

``floor_to_dict`` / ``floor_from_dict`` cover the live state and the undo history
(done, undone, redoable, id counters); the events themselves stay in the journal.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from floorapp.core.categories import RequestKind, SpeakerCategory
from floorapp.core.floor import Floor
from floorapp.core.programme import programme_from_dict, programme_to_dict
from floorapp.core.roster import Participant, Roster
from floorapp.core.state import FloorState, MeetingSettings, SegmentList
from floorapp.core.turn import Announcement, FloorRequest, Intervention, Note

#: The snapshot format and fold version; snapshots of another version are ignored.
VERSION = 1


def _t(d: datetime | None) -> str | None:
    return d.isoformat() if d is not None else None


def _d(s: str | None) -> datetime | None:
    return datetime.fromisoformat(s) if s is not None else None


def _request(r: FloorRequest) -> list[Any]:
    return [r.id, r.participant_id, r.kind.value, r.segment_id, r.requested_at.isoformat(),
            r.on_behalf_of, r.delivered_by, r.status]


def _request_back(x: list[Any]) -> FloorRequest:
    return FloorRequest(x[0], x[1], RequestKind(x[2]), x[3], datetime.fromisoformat(x[4]),
                        x[5], x[6], x[7])


def _intervention(i: Intervention) -> list[Any]:
    return [i.id, i.segment_id, i.participant_id, i.kind.value, i.limit,
            i.started_at.isoformat(), i.request_id, i.on_behalf_of, i.delivered_by,
            i.extension, [[_t(a), _t(b)] for a, b in i.runs], _t(i.ended_at), i.interrupted,
            [[n.id, n.text, list(n.themes), n.struck] for n in i.notes],
            [[a.id, a.text, a.amount, a.currency, a.struck] for a in i.announcements],
            i.record, i.corrections]


def _intervention_back(x: list[Any]) -> Intervention:
    return Intervention(
        id=x[0], segment_id=x[1], participant_id=x[2], kind=RequestKind(x[3]), limit=x[4],
        started_at=datetime.fromisoformat(x[5]), request_id=x[6], on_behalf_of=x[7],
        delivered_by=x[8], extension=x[9], runs=[[_d(a), _d(b)] for a, b in x[10]],
        ended_at=_d(x[11]), interrupted=x[12],
        notes=[Note(n[0], n[1], tuple(n[2]), n[3]) for n in x[13]],
        announcements=[Announcement(a[0], a[1], a[2], a[3], a[4]) for a in x[14]],
        record=dict(x[15]), corrections=dict(x[16]),
    )


def state_to_dict(s: FloorState) -> dict[str, Any]:
    """The live state as JSON-ready data (also its canonical form for comparisons)."""
    return {
        "programme": programme_to_dict(s.programme) if s.programme is not None else None,
        "settings": s.settings.to_dict(),
        "participants": [[p.id, p.category.value, dict(p.names), p.regional_group]
                         for p in s.participants.values()],
        "lists": [[x.segment_id, _t(x.opened_at), list(x.queue), list(x.absent), x.closed,
                   dict(x.limits)] for x in s.lists.values()],
        "current_segment": s.current_segment,
        "requests": [_request(r) for r in s.requests.values()],
        "interventions": [_intervention(i) for i in s.interventions.values()],
        "floor": list(s.floor),
        "last_seq": s.last_seq,
        "counters": dict(s._counters),
    }


def state_from_dict(d: dict[str, Any], reference: Roster | None) -> FloorState:
    """A live state rebuilt from :func:`state_to_dict`'s data."""
    s = FloorState(reference)
    s.programme = programme_from_dict(d["programme"]) if d["programme"] is not None else None
    s.settings = MeetingSettings().updated(d["settings"])
    s.participants = {p[0]: Participant(p[0], SpeakerCategory(p[1]), dict(p[2]), p[3])
                      for p in d["participants"]}
    s.lists = {x[0]: SegmentList(x[0], _d(x[1]), list(x[2]), list(x[3]), bool(x[4]),
                                 {k: int(v) for k, v in x[5].items()}) for x in d["lists"]}
    s.current_segment = d["current_segment"]
    s.requests = {x[0]: _request_back(x) for x in d["requests"]}
    s.interventions = {x[0]: _intervention_back(x) for x in d["interventions"]}
    s.floor = list(d["floor"])
    s.last_seq = int(d["last_seq"])
    s._counters = {k: int(v) for k, v in d["counters"].items()}
    return s


def floor_to_dict(f: Floor) -> dict[str, Any]:
    """The state and undo history of a floor, as JSON-ready data."""
    return {
        "version": VERSION,
        "seq": f.state.last_seq,
        "state": state_to_dict(f.state),
        "undone": sorted(f.undone),
        "done": list(f.done),
        "redoable": list(f.redoable),
        "counters": dict(f._counters),
    }


def floor_from_dict(d: dict[str, Any], reference: Roster | None = None) -> Floor:
    """A floor restored from :func:`floor_to_dict`'s data (ValueError when it is not one)."""
    if d.get("version") != VERSION:
        raise ValueError(f"snapshot version {d.get('version')!r}, this fold is {VERSION}")
    try:
        f = Floor(reference)
        f.state = state_from_dict(d["state"], reference)
        f.undone = {int(x) for x in d["undone"]}
        f.done = [int(x) for x in d["done"]]
        f.redoable = [int(x) for x in d["redoable"]]
        f._counters = {k: int(v) for k, v in d["counters"].items()}
        f.start_after(int(d["seq"]))
    except (KeyError, IndexError, TypeError, AttributeError) as exc:
        raise ValueError(f"not a snapshot of this fold: {exc!r}") from None
    return f
