"""Comparable snapshots of the floor state, for property tests."""

from __future__ import annotations

from typing import Any

from floorapp.core.state import FloorState


def snapshot(s: FloorState) -> dict[str, Any]:
    """Everything observable in the state, as plain comparable data."""
    return {
        "segment": s.current_segment,
        "settings": s.settings,
        "lists": {
            k: (tuple(v.queue), tuple(v.absent), v.closed, tuple(sorted(v.limits.items())),
                v.opened_at)
            for k, v in s.lists.items() if v.queue or v.absent or v.closed or v.limits
            or v.opened_at
        },
        "requests": {k: (r.participant_id, r.kind, r.status) for k, r in s.requests.items()},
        "interventions": {
            k: (iv.participant_id, iv.kind, iv.limit, iv.extension,
                tuple(tuple(r) for r in iv.runs), iv.ended_at,
                tuple((n.id, n.text, n.themes, n.struck) for n in iv.notes))
            for k, iv in s.interventions.items()
        },
        "floor": tuple(s.floor),
        "participants": tuple(sorted(s.participants)),
    }


def check_invariants(s: FloorState) -> None:
    """Facts that hold after any sequence of commands."""
    seen: set[str] = set()
    for lst in s.lists.values():
        for rid in lst.queue:
            assert rid not in seen, f"{rid} twice on the lists"
            seen.add(rid)
            assert s.requests[rid].status == "waiting"
        for rid in lst.absent:
            assert rid not in seen
            seen.add(rid)
            assert s.requests[rid].status == "absent"
    for rid, req in s.requests.items():
        if req.status in ("waiting", "absent"):
            assert rid in seen, f"{rid} is {req.status} but on no list"
    running = [iid for iid in s.floor if s.interventions[iid].running]
    assert len(running) <= 1, "two speakers' clocks running"
    if running:
        assert running[0] == s.floor[-1], "only the holder of the floor may be running"
    for iid, iv in s.interventions.items():
        if iid in s.floor:
            assert iv.ended_at is None
        else:
            assert iv.ended_at is not None and not iv.running
        for start, end in iv.runs:
            assert start is not None
            assert end is None or end >= start
