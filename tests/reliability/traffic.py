"""Operator traffic for the reliability harness: random but mostly valid floor commands.

Used by the child processes of the crash and concurrency tests. Each call to
:func:`one_command` runs one named command of the service; the caller prints the
acknowledgement once it returns.
"""

from __future__ import annotations

import random

from floorapp.core.categories import RequestKind
from floorapp.core.events import Event
from floorapp.core.floor import Refused
from floorapp.service import FloorService

#: Delegations that are on the reference roster (ISO 3166 alpha-3 ids).
STATES = (
    "QAT", "BLR", "PHL", "EGY", "USA", "GBR", "FRA", "CHN", "RUS", "BRA", "IND", "NGA",
    "ZAF", "MEX", "ARG", "JPN", "DEU", "ITA", "ESP", "CAN", "AUS", "SWE", "NOR", "KEN",
    "GHA", "SEN", "MAR", "TUN", "JOR", "IRN", "IDN", "THA", "VNM", "PAK", "BGD", "CHL",
    "PER", "COL", "CUB", "VAT", "PSE",
)


def one_command(svc: FloorService, rng: random.Random) -> list[Event] | None:
    """Run one plausible operator command; the stored events, or None when refused."""
    s = svc.state
    try:
        if s.current_segment is None:
            return svc.open_segment(rng.choice([g.id for g in svc.programme.segments]))
        waiting = s.waiting()
        absent = s.absent()
        r = rng.random()
        if r < 0.30:
            kind = rng.choice([RequestKind.STATEMENT] * 4 + [RequestKind.QUESTION])
            return svc.request(rng.choice(STATES), kind)
        if r < 0.45:
            return svc.next() if waiting else svc.request(rng.choice(STATES))
        if r < 0.60:
            if s.current is None:
                return svc.next() if waiting else None
            return svc.add_note(f"key point {rng.randrange(10**6)}")
        if r < 0.66:
            return svc.toggle_pause() if s.current is not None else None
        if r < 0.70:
            return svc.extend(rng.choice([-30, 30, 60])) if s.current is not None else None
        if r < 0.76:
            return svc.end() if s.current is not None else None
        if r < 0.79 and waiting:
            return svc.withdraw(rng.choice(waiting).id)
        if r < 0.82 and len(waiting) > 1:
            return svc.move(rng.choice(waiting).id, rng.randrange(len(waiting)))
        if r < 0.84 and waiting:
            return svc.mark_absent(rng.choice(waiting).id)
        if r < 0.86 and absent:
            return svc.recall(rng.choice(absent).id)
        if r < 0.87 and waiting:
            return svc.defer(waiting[0].id)
        if r < 0.89:
            return svc.point_of_order(rng.choice(STATES))
        if r < 0.92:
            return svc.undo()
        if r < 0.94:
            return svc.redo()
        if r < 0.95:
            return svc.close_list() if not s.segment_list().closed else svc.reopen_list()
        if r < 0.96 and s.current is None:
            return svc.open_segment(rng.choice([g.id for g in svc.programme.segments]))
        if s.interventions:
            return svc.update_record(language=rng.choice(["en", "fr", "es", "ar"]))
        return None
    except Refused:
        return None


def ack_line(events: list[Event]) -> str:
    """The acknowledgement of one command: first seq, number of events, first type."""
    return f"ack {events[0].seq} {len(events)} {events[0].type}\n"
