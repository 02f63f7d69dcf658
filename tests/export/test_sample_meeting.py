"""The meetings built for looking at exports and for the benchmarks."""

from __future__ import annotations

from pathlib import Path

import docx

from floorapp.core import events as ev
from floorapp.export.formats import export
from floorapp.export.record import build_summary
from floorapp.export.sample_meeting import build_large_meeting
from floorapp.service import FloorService


def test_large_meeting_in_memory() -> None:
    svc = build_large_meeting(None, 60)
    assert len(svc.state.interventions) == 60
    assert svc.state.current is None
    data = build_summary(svc.state, svc.log())
    assert data.participation.interventions == 60
    assert sum(len(t.points) for s in data.segments for t in s.themes) >= 60


def test_large_meeting_stored_in_a_database(tmp_path: Path) -> None:
    target = tmp_path / "big.floor"
    svc = build_large_meeting(target, 40)
    svc.close()
    again = FloorService.open(target)
    try:
        assert len(again.state.interventions) == 40
        events = again.journal.read()
        assert events[0].type == ev.MEETING_CREATED
        assert [e.seq for e in events] == list(range(1, len(events) + 1))
        path = export(again, "record-docx", "es", tmp_path / "big.docx")
        numbered = [p for p in docx.Document(str(path)).paragraphs if "\t" in p.text]
        assert len(numbered) == 40
    finally:
        again.close()


def test_sample_day(meeting: FloorService) -> None:
    state = meeting.state
    assert 18 <= len(state.interventions) <= 25
    kinds = {iv.kind.value for iv in state.interventions.values()}
    assert {"statement", "group", "question"} <= kinds
    pledges = [(a.amount, a.currency) for iv in state.interventions.values()
               for a in iv.announcements]
    assert sorted(pledges) == [(10000, "EUR"), (50000, "USD")]
    assert any(n.struck for iv in state.interventions.values() for n in iv.notes)
