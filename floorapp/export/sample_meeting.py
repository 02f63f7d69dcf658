"""Meetings built with the real service, for tests, looking at exports, and benchmarks.

:func:`play_2012` plays a day like the 3 April 2012 dialogue on a service with a
fake clock: about twenty interventions, key points with themes, two pledges (USD and
EUR), a group statement delivered by another delegation, a video message, a written
statement, a struck note. :func:`build_large_meeting` makes a meeting of any size
quickly (in memory, then stored in one transaction) for the export benchmarks.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from floorapp.core.categories import RequestKind, SegmentKind, SpeakerCategory
from floorapp.core.clock import FakeClock
from floorapp.core.events import Draft, Event
from floorapp.core.programme.model import Person, Programme, Segment
from floorapp.core.roster import Participant
from floorapp.service import FloorService, meeting_created
from floorapp.storage.memory import MemoryJournal

PROGRAMME_2012 = "2012-human-trafficking-dialogue.toml"
UNODC_NAMES = {
    "en": "United Nations Office on Drugs and Crime",
    "fr": "Office des Nations Unies contre la drogue et le crime",
    "es": "Oficina de las Naciones Unidas contra la Droga y el Delito",
    "ru": "Управление Организации Объединенных Наций по наркотикам и преступности",
    "zh": "联合国毒品和犯罪问题办公室",
    "ar": "مكتب الأمم المتحدة المعني بالمخدرات والجريمة",
}


def programme_2012() -> Programme:
    """The bundled programme of the 3 April 2012 dialogue."""
    from floorapp.core.programme.file import load_programme
    from floorapp.resources_paths import resources_folder

    return load_programme(resources_folder() / "programmes" / PROGRAMME_2012)


def _ensure(svc: FloorService, pid: str, name: str, category: SpeakerCategory,
            names: dict[str, str] | None = None) -> str:
    """The id of a participant, added to the meeting when the roster lacks it."""
    if pid in svc.state.participants or pid in svc.reference:
        return pid
    for p in svc.roster:
        if p.name("en") == name:
            return p.id
    added: Participant = svc.add_participant(name, category, names)
    return added.id


class _Day:
    """Plays turns on a service, advancing the fake clock."""

    def __init__(self, svc: FloorService, clock: FakeClock) -> None:
        self.svc, self.clock = svc, clock

    def open(self, seg: Segment) -> list[str]:
        """Close the turn, wait for the segment's scheduled start, open it; its themes."""
        self.end()
        start, _ = self.svc.programme.scheduled(seg.id)
        gap = (start - self.svc.now()).total_seconds()
        if gap > 0:
            self.clock.advance(gap)
        self.svc.open_segment(seg.id)
        return [t.id for t in seg.themes]

    def end(self) -> None:
        """End the current turn, if any."""
        if self.svc.state.current is not None:
            self.svc.end()
            self.clock.advance(15)

    def person(self, p: Person | None, seconds: float) -> str | None:
        """Give the floor to a person of the programme for ``seconds``."""
        if p is None:
            return None
        self.end()
        self.svc.give_floor(participant=p.id, kind=RequestKind.STATEMENT)
        self.clock.advance(seconds)
        return self.svc.state.interventions[next(reversed(self.svc.state.interventions))].id

    def floor(self, pid: str, seconds: float, kind: RequestKind = RequestKind.STATEMENT,
              on_behalf_of: str = "", delivered_by: str = "") -> str:
        """Inscribe ``pid``, give it the floor, let it speak; the intervention id."""
        self.end()
        self.svc.request(pid, kind, on_behalf_of, delivered_by)
        self.clock.advance(5)
        self.svc.next()
        self.clock.advance(seconds)
        iv = self.svc.state.current
        assert iv is not None
        return iv.id

    def note(self, text: str, themes: Sequence[str], iid: str) -> None:
        """Add a key point, keeping only themes of the intervention's segment."""
        seg = self.svc.state.interventions[iid].segment_id
        known = {t.id for t in self.svc.programme.segment(seg).themes}
        self.svc.add_note(text, [t for t in themes if t in known], iid)


def play_2012(svc: FloorService, clock: FakeClock) -> None:
    """Play the sample day on ``svc`` (made from :func:`programme_2012`)."""
    day = _Day(svc, clock)
    unodc = _ensure(svc, "unodc", UNODC_NAMES["en"], SpeakerCategory.UN_SYSTEM, UNODC_NAMES)
    ngo = _ensure(svc, "catw", "Coalition Against Trafficking in Women",
                  SpeakerCategory.CIVIL_SOCIETY)
    segs = [s for s in svc.programme.segments if s.kind is not SegmentKind.BREAK]
    panels = [s for s in segs if s.kind in (SegmentKind.PANEL, SegmentKind.DIALOGUE)]
    opening, closing = segs[0], segs[-1]
    chair = opening.chair or svc.programme.chair

    day.open(opening)
    day.person(chair, 600)
    day.floor(unodc, 300)
    svc.add_note("Called for full implementation of the Global Plan of Action.", [])

    if panels:
        themes = day.open(panels[0])
        t = (themes + ["", "", ""])[:3]
        day.person(panels[0].moderator, 420)
        for p in panels[0].panellists:
            iid = day.person(p, 400)
            if iid:
                day.note(f"{p.name} described partnerships with the private sector.", t[2:3], iid)
        iid = day.floor("QAT", 200)
        svc.update_record(iid, language="ar")
        day.note("Stressed political will and national legislation.", t[:1], iid)
        day.note("Typo: to be struck", t[:1], iid)
        svc.strike_note(iid, svc.state.interventions[iid].notes[-1].id)
        iid = day.floor("EGY", 290, RequestKind.GROUP, "African Group", "NGA")
        svc.update_record(iid, language="ar")
        day.note("Called for a victim-centred approach across the region.", t[1:2], iid)
        iid = day.floor("EU", 170)
        day.note("Cooperation with civil society and the media.", t[1:2], iid)
        for pid, seconds in (("USA", 175), ("PHL", 160), ("MEX", 185)):
            iid = day.floor(pid, seconds)
            day.note(f"Statement by {pid}: reducing the demand for trafficked persons.", t[2:3],
                     iid)
        iid = day.floor("NIC", 150)
        svc.update_record(iid, video=True, language="es")
        iid = day.floor("CHE", 120)
        svc.update_record(iid, written_statement=True, language="fr")
        day.note("Handed in the full text; summarised prevention programmes.", [], iid)
        day.floor(unodc, 90, RequestKind.QUESTION)

    if len(panels) > 1:
        themes = day.open(panels[1])
        t = (themes + ["", "", ""])[:3]
        day.person(panels[1].moderator, 400)
        for p in panels[1].panellists:
            day.person(p, 380)
        iid = day.floor("AUT", 170)
        svc.add_announcement("Pledge to the UN Voluntary Trust Fund for victims of trafficking",
                             10000, "EUR", iid)
        day.note("Announced a contribution to the Trust Fund.", t[-1:], iid)
        iid = day.floor("QAT", 180)
        svc.update_record(iid, language="ar")
        svc.add_announcement("Pledge to the UN Voluntary Trust Fund for victims of trafficking",
                             50000, "USD", iid)
        day.note("Announced a contribution to the Trust Fund.", t[-1:], iid)
        for pid, seconds in (("BLR", 175), ("VAT", 160), (ngo, 130), ("JPN", 150)):
            iid = day.floor(pid, seconds)
            day.note("Assistance to child victims and access to remedies.", t[:1], iid)

    day.open(closing)
    day.person(closing.chair or chair, 420)
    day.end()


def build_large_meeting(
    target: str | os.PathLike[str] | None, n: int = 1000, seed: int = 2012
) -> FloorService:
    """A meeting of ``n`` interventions with notes, records and pledges, returned open.

    Played in memory, then stored at ``target``: an SQLite file is written in one
    transaction; a database URL gets one transaction per command. With ``target``
    None the in-memory service is returned.
    """
    import random

    rng = random.Random(seed)
    clock = FakeClock(datetime(2012, 4, 3, 14, 0, tzinfo=UTC))
    journal = MemoryJournal()
    journal.transact(lambda _n: [meeting_created(programme_2012())], clock.wall(), None)
    svc = FloorService(journal, clock)
    states = [p.id for p in svc.reference
              if p.category in (SpeakerCategory.MEMBER_STATE, SpeakerCategory.OBSERVER_STATE)]
    segs = [s for s in svc.programme.segments if s.kind is not SegmentKind.BREAK]
    k = 0
    while len(svc.state.interventions) < n:
        seg = segs[k % len(segs)]
        k += 1
        if svc.state.current is not None:
            svc.end()
        svc.open_segment(seg.id)
        themes = [t.id for t in seg.themes]
        batch = rng.sample(states, min(len(states), 25, n - len(svc.state.interventions)))
        for pid in batch:
            svc.request(pid)
        while svc.state.waiting():
            svc.next()
            clock.advance(rng.uniform(60, 220))
            speaker = svc.state.interventions[next(reversed(svc.state.interventions))]
            svc.add_note(f"Key point of {speaker.participant_id}",
                         rng.sample(themes, min(len(themes), 1)))
            if rng.random() < 0.2:
                svc.update_record(language=rng.choice(["ar", "zh", "en", "fr", "ru", "es"]))
            if rng.random() < 0.02:
                svc.add_announcement("Pledge", rng.choice([10000, 50000]), "USD")
    svc.end()
    if target is None:
        return svc
    _store(target, journal.rows)
    return FloorService.open(target, clock)


def _store(target: str | os.PathLike[str], events: Sequence[Event]) -> None:
    from floorapp.storage.journal import Journal

    first = events[0]
    journal = Journal.create(target, Draft(first.type, first.data), first.at)
    if "://" in os.fspath(target):
        groups: dict[int, list[Event]] = {}
        for e in events[1:]:
            groups.setdefault(e.command, []).append(e)
        for group in groups.values():
            journal.append([Draft(e.type, e.data) for e in group], group[0].at)
        journal.close()
        return
    journal.close()
    rows = [(e.seq, None if e.command == e.seq else e.command, e.type,
             e.at.astimezone(UTC).isoformat(timespec="microseconds"), json.dumps(e.data), "")
            for e in events[1:]]
    con = sqlite3.connect(Path(target), isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.executemany("INSERT INTO floor_events (seq, command, type, at, data, station) "
                        "VALUES (?, ?, ?, ?, ?, ?)", rows)
        con.execute("COMMIT")
    finally:
        con.close()
