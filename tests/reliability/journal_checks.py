"""Checks of a reopened meeting: acknowledged commands present, state consistent."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from floorapp.core import events as ev
from floorapp.core.events import Event
from floorapp.core.floor import Floor
from floorapp.service import FloorService
from tests.helpers.snapshots import check_invariants, snapshot


@dataclass(frozen=True)
class Ack:
    """A command the service acknowledged: its first seq, number of events, first type."""

    seq: int
    count: int
    type: str


def parse_acks(lines: list[str]) -> tuple[list[Ack], list[str]]:
    """The acknowledgements in a child's output, and any other lines that report trouble."""
    acks: list[Ack] = []
    trouble: list[str] = []
    for line in lines:
        words = line.split()
        if not words:
            continue
        if words[0] == "ack":
            acks.append(Ack(int(words[1]), int(words[2]), words[3]))
        elif words[0] in ("error", "crash"):
            trouble.append(line)
    return acks, trouble


def commands_of(events: list[Event]) -> dict[int, list[Event]]:
    """Events grouped by the command they belong to."""
    groups: dict[int, list[Event]] = defaultdict(list)
    for e in events:
        groups[e.command].append(e)
    return groups


def check_journal(events: list[Event], acks: list[Ack], *, contiguous: bool = True) -> None:
    """Every acknowledged command is stored whole; seqs unique; commands unbroken."""
    assert events and events[0].type == ev.MEETING_CREATED, "the meeting itself is missing"
    seqs = [e.seq for e in events]
    assert seqs == sorted(set(seqs)), "seqs are not unique and increasing"
    groups = commands_of(events)
    for command, group in groups.items():
        assert group[0].seq == command, f"command {command} does not start with its own seq"
        if contiguous:
            got = [e.seq for e in group]
            assert got == list(range(command, command + len(group))), (
                f"the events of command {command} are interleaved with others: {got}")
    by_seq = {e.seq: e for e in events}
    for a in acks:
        stored = by_seq.get(a.seq)
        assert stored is not None, f"acknowledged command {a} is missing from the journal"
        assert stored.type == a.type and stored.command == a.seq, (
            f"acknowledged command {a} is stored as {stored}")
        assert len(groups[a.seq]) == a.count, (
            f"acknowledged command {a} has {len(groups[a.seq])} events stored")


def check_state(svc: FloorService, folded: Floor | None = None) -> Floor:
    """The reopened state is consistent and equals an event-by-event fold of the journal.

    ``folded`` is a floor kept across calls and fed only the new events (as a second
    station would be); the returned floor is to be passed next time.
    """
    check_invariants(svc.state)
    for req in svc.state.waiting():
        assert req.id in svc.state.requests
    if folded is None:
        folded = Floor(svc.reference)
    for e in svc.journal.read()[len(folded.events):]:  # the journal, not a snapshot's tail
        folded.apply(e)
    assert snapshot(folded.state) == snapshot(svc.state), "replay differs from the fold"
    assert folded.done == svc.floor.done and folded.redoable == svc.floor.redoable, (
        "undo history differs between replay and fold")
    return folded
