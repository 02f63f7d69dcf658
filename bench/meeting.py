"""Realistic meetings for the benchmarks, decided by the real engine and stored in bulk.

:func:`simulate` drives a :class:`FloorService` on an in-memory journal with a fake
clock through a day of requests, turns, pauses, extensions, notes and records, so
every event is one the engine itself decided. :func:`write_database` then stores
those events in a real meeting database in one transaction, far faster than
journaling them one command at a time.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time
from pathlib import Path

from floorapp.core.categories import RequestKind, SegmentKind, SpeakerCategory
from floorapp.core.clock import FakeClock
from floorapp.core.events import Draft, Event
from floorapp.core.floor import Refused
from floorapp.core.programme.model import Person, Programme, Segment, Theme
from floorapp.service import FloorService, meeting_created
from floorapp.storage.journal import Journal
from floorapp.storage.memory import MemoryJournal

ROOT = Path(__file__).resolve().parents[1]
PROGRAMME_2012 = ROOT / "resources" / "programmes" / "2012-human-trafficking-dialogue.toml"
START = datetime(2012, 4, 3, 14, 0, tzinfo=UTC)  # 10:00 in New York


def programme() -> Programme:
    """The bundled 2012 dialogue, or (before the loader exists) a programme shaped like it."""
    try:
        from floorapp.core.programme.file import load_programme

        return load_programme(PROGRAMME_2012)
    except (ImportError, OSError):
        pass
    themes = tuple(Theme(f"theme-{k}", f"Theme {k}") for k in range(1, 5))
    return Programme(
        title="Interactive dialogue on fighting human trafficking (stand-in)",
        date=date(2012, 4, 3),
        limits={"member_state": 180, "observer": 120, "group": 300},
        segments=(
            Segment("opening", SegmentKind.OPENING, "Opening", time(10), time(11)),
            Segment("panel-1", SegmentKind.PANEL, "Panel I", time(11), time(13),
                    moderator=Person("mod1", "Moderator", "", SpeakerCategory.MODERATOR),
                    panellists=(Person("pan1", "Panellist One"),), themes=themes),
            Segment("lunch", SegmentKind.BREAK, "Lunch", time(13), time(15)),
            Segment("panel-2", SegmentKind.PANEL, "Panel II", time(15), time(17, 45),
                    themes=themes),
            Segment("closing", SegmentKind.CLOSING, "Closing", time(17, 45), time(18)),
        ),
    )


def memory_meeting(clock: FakeClock, prog: Programme | None = None) -> FloorService:
    """A new meeting on an in-memory journal."""
    journal = MemoryJournal()
    journal.transact(lambda _n: [meeting_created(prog or programme())], clock.wall(), None)
    return FloorService(journal, clock)


def states(svc: FloorService) -> list[str]:
    """Ids of the Member and Observer States on the reference roster."""
    keep = (SpeakerCategory.MEMBER_STATE, SpeakerCategory.OBSERVER_STATE)
    return [p.id for p in svc.reference if p.category in keep]


Probe = Callable[[FloorService, float], None]


def run_turn(svc: FloorService, clock: FakeClock, rng: random.Random, spoken: float,
             probe: Probe | None = None) -> None:
    """The current speaker talks ``spoken`` seconds, with the secretary's notes and
    sometimes a pause or an extension; ``probe(svc, seconds spoken so far)`` is
    called at a few instants of the turn."""
    iv = svc.state.current
    assert iv is not None
    themes = [t.id for t in svc.programme.segment(iv.segment_id).themes]
    done = 0.0
    steps = rng.randint(2, 4)
    for k in range(steps):
        part = spoken / steps
        clock.advance(part)
        done += part
        if probe is not None:
            probe(svc, done)
        roll = rng.random()
        if roll < 0.5:
            tags = rng.sample(themes, k=min(len(themes), rng.randint(0, 2)))
            svc.add_note(f"Key point {k + 1} of {iv.participant_id}", tags)
        elif roll < 0.6:
            svc.pause()
            clock.advance(rng.uniform(2, 20))  # time stands still while paused
            if probe is not None:
                probe(svc, done)
            svc.resume()
        elif roll < 0.65:
            svc.extend(30)
    if rng.random() < 0.15:
        svc.update_record(language=rng.choice(["en", "fr", "es", "ar", "ru", "zh"]))
    if rng.random() < 0.01:
        svc.add_announcement("Pledge to the Trust Fund", rng.choice([10_000, 50_000]), "USD")


def simulate(
    svc: FloorService, clock: FakeClock, *, interventions: int | None = None,
    events: int | None = None, seed: int = 2012, undo_rate: float = 0.0,
    turn_seconds: tuple[float, float] = (40, 200), probe: Probe | None = None,
) -> None:
    """Run the meeting until it has so many interventions or events."""
    rng = random.Random(seed)
    who = states(svc)
    segments = [s.id for s in svc.programme.segments if s.kind is not SegmentKind.BREAK]
    seg_index = 0

    def enough() -> bool:
        if interventions is not None and len(svc.state.interventions) >= interventions:
            return True
        return events is not None and svc.state.last_seq >= events

    while not enough():
        if svc.state.current is not None:
            svc.end()
        svc.open_segment(segments[seg_index % len(segments)])
        seg_index += 1
        for _batch in range(rng.randint(3, 8)):
            for pid in rng.sample(who, rng.randint(4, 10)):
                kind = RequestKind.QUESTION if rng.random() < 0.2 else RequestKind.STATEMENT
                try:
                    svc.request(pid, kind)
                except Refused:
                    pass
                clock.advance(rng.uniform(0.5, 5))
            waiting = svc.state.waiting()
            if len(waiting) > 3 and rng.random() < 0.3:
                svc.withdraw(waiting[-1].id)
            if len(waiting) > 3 and rng.random() < 0.3:
                svc.move(waiting[-2].id, 0)
            while svc.state.waiting() and not enough():
                if rng.random() < 0.05:
                    svc.mark_absent(svc.state.waiting()[0].id)
                    if not svc.state.waiting():
                        svc.recall(svc.state.absent()[0].id)
                svc.next()
                if undo_rate and rng.random() < undo_rate:
                    svc.undo()
                    svc.redo()
                run_turn(svc, clock, rng, rng.uniform(*turn_seconds), probe)
            for req in list(svc.state.absent()):
                svc.recall(req.id)
            if enough():
                break
    if svc.state.current is not None:
        svc.end()


def write_database(path: Path, events: Sequence[Event]) -> None:
    """Store generated events as a meeting database, the way the journal would."""
    first = events[0]
    Journal.create(path, Draft(first.type, first.data), first.at).close()
    rows = [
        (e.seq, None if e.command == e.seq else e.command, e.type,
         e.at.astimezone(UTC).isoformat(timespec="microseconds"), json.dumps(e.data), "")
        for e in events[1:]
    ]
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.executemany(
            "INSERT INTO floor_events (seq, command, type, at, data, station) "
            "VALUES (?, ?, ?, ?, ?, ?)", rows)
        con.execute("COMMIT")
    finally:
        con.close()
