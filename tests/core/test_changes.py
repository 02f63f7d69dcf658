"""The change summary of a command: which parts of the meeting it touched."""

from __future__ import annotations

from floorapp.core.changes import Changes, Part, as_changes
from floorapp.core.clock import FakeClock
from floorapp.service import FloorService


def record(service: FloorService) -> list[Changes]:
    seen: list[Changes] = []
    service.subscribe(seen.append)
    return seen


def test_each_command_says_what_it_changed(service: FloorService, clock: FakeClock) -> None:
    seen = record(service)
    service.open_segment("panel-1")
    assert seen[-1].touches(Part.SEGMENT) and not seen[-1].complete
    service.request("QAT")
    assert seen[-1].parts & ~Part.UNDO == Part.LIST
    assert seen[-1].requests == {"r1"} and not seen[-1].interventions
    service.next()
    assert seen[-1].touches(Part.SPEAKER | Part.LOG) and seen[-1].interventions == {"i1"}
    clock.advance(10)
    service.pause()
    assert not seen[-1].touches(Part.LIST) and seen[-1].interventions == {"i1"}
    service.add_note("A key point")
    assert seen[-1].parts == Part.RECORD | Part.LOG
    service.undo()  # takes back the pause: the speaker, the log row
    assert seen[-1].touches(Part.SPEAKER | Part.UNDO) and not seen[-1].touches(Part.LIST)
    assert seen[-1].interventions == {"i1"} and seen[-1][0].type == "undone"


def test_a_bare_list_means_everything(service: FloorService) -> None:
    changes = as_changes([])
    assert changes.parts == Part.ALL and not changes.complete
