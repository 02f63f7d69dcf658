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
from floorapp.core.meeting_settings import MeetingSettings
from floorapp.core.programme.model import programme_from_dict, programme_to_dict
from floorapp.core.roster import Participant, Roster
from floorapp.core.state import FloorState, SegmentList
from floorapp.core.turn import Announcement, FloorRequest, Intervention, Note

#: The snapshot format and fold version; snapshots of another version are ignored.
VERSION = 2


def _t(d: datetime | None) -> str | None:
    return d.isoformat() if d is not None else None


def _d(s: str | None) -> datetime | None:
    return datetime.fromisoformat(s) if s is not None else None


def _request(r: FloorRequest) -> list[Any]:
    return [r.id, r.participant_id, r.kind.value, r.segment_id, r.requested_at.isoformat(),
            r.on_behalf_of, r.delivered_by, r.status]


_KIND = {k.value: k for k in RequestKind}
_new = object.__new__
_iso = datetime.fromisoformat


def _request_back(x: list[Any]) -> FloorRequest:
    r: FloorRequest = _new(FloorRequest)
    r.__dict__ = {"id": x[0], "participant_id": x[1], "kind": _KIND[x[2]], "segment_id": x[3],
                  "requested_at": _iso(x[4]), "on_behalf_of": x[5], "delivered_by": x[6],
                  "status": x[7]}
    return r


def _intervention(i: Intervention) -> list[Any]:
    return [i.id, i.segment_id, i.participant_id, i.kind.value, i.limit,
            i.started_at.isoformat(), i.request_id, i.on_behalf_of, i.delivered_by,
            i.extension, [[_t(a), _t(b)] for a, b in i.runs], _t(i.ended_at), i.interrupted,
            [_fields(n) for n in i.notes], [_fields(a) for a in i.announcements],
            i.record, i.corrections]


def _fields(x: Note | Announcement) -> dict[str, Any]:
    d = dict(x.__dict__)
    if isinstance(x, Note):
        d["themes"] = list(x.themes)
    return d


def _note(d: dict[str, Any]) -> Note:
    return Note(**{**d, "themes": tuple(d.get("themes", ()))})


def _intervention_back(x: list[Any]) -> Intervention:
    # Built without __init__ (a third of the time of opening a long meeting); the
    # fields are the dataclass's own, checked by the snapshot round-trip test.
    iv: Intervention = _new(Intervention)
    iv.__dict__ = {
        "id": x[0], "segment_id": x[1], "participant_id": x[2], "kind": _KIND[x[3]],
        "limit": x[4], "started_at": _iso(x[5]), "request_id": x[6], "on_behalf_of": x[7],
        "delivered_by": x[8], "extension": x[9],
        "runs": [[_iso(a), _iso(b) if b is not None else None] for a, b in x[10]],
        "ended_at": _iso(x[11]) if x[11] is not None else None, "interrupted": x[12],
        "notes": [_note(n) for n in x[13]] if x[13] else [],
        "announcements": [Announcement(**a) for a in x[14]] if x[14] else [],
        "record": x[15], "corrections": x[16],
    }
    return iv


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
        "synthesis": {lang: dict(kept) for lang, kept in s.synthesis.items()},
        "handed_over": s.handed_over,
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
    s.synthesis = {lang: dict(kept) for lang, kept in d["synthesis"].items()}
    s.handed_over = bool(d["handed_over"])
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
