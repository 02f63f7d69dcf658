"""Two processes hammering one meeting, racing "next" and "end" (1,000 commands each).

The journal must fold to a valid state with no seq gap, every acknowledged command
present exactly once, no request given the floor twice, no turn ended twice; every
batch a station learned continued its last seq (commit order equals seq order); on
PostgreSQL the server's stamps follow seq order.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

from floorapp.core import events as ev
from floorapp.core.clock import FakeClock
from floorapp.service import FloorService
from tests.helpers.factories import small_programme
from tests.reliability.append_child import digest
from tests.reliability.journal_checks import check_journal, check_state, commands_of, parse_acks
from tests.reliability.traffic import STATES

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("race_child.py")
COMMANDS = 1000


def _readline(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line, f"a station died: {proc.stderr.read() if proc.stderr else ''}"
    return line


def _send(proc: subprocess.Popen[str], line: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(line + "\n")
    proc.stdin.flush()


def test_two_processes_racing_next_and_end(shared_target: str) -> None:
    svc = FloorService.create(shared_target, small_programme(), FakeClock())
    svc.open_segment("panel-1")
    for who in STATES[:12]:
        svc.request(who)
    setup_seq = svc.state.last_seq
    svc.close()

    procs = {
        tag: subprocess.Popen(
            [sys.executable, str(CHILD), shared_target, tag, str(COMMANDS), str(seed)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True,
        )
        for tag, seed in (("the podium", 11), ("the laptop", 12))
    }
    try:
        for p in procs.values():
            assert _readline(p) == "ready\n"
        for p in procs.values():
            _send(p, "go")
        outputs: dict[str, list[str]] = {}
        for tag, p in procs.items():
            lines: list[str] = []
            while (line := _readline(p)) != "done\n":
                lines.append(line)
            outputs[tag] = lines
        for p in procs.values():
            _send(p, "final")
        digests = {tag: _readline(p).split()[1] for tag, p in procs.items()}
        for p in procs.values():
            p.wait(timeout=60)
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.kill()
            p.__exit__(None, None, None)

    acks = {}
    for tag, lines in outputs.items():
        acks[tag], trouble = parse_acks(lines)
        assert not trouble, f"station {tag} failed: {trouble[:5]}"
        gaps = [line for line in lines if line.startswith("gap")]
        assert not gaps, f"station {tag} learned events out of seq order: {gaps[:5]}"
    all_acks = [a for tag in acks for a in acks[tag]]
    refusals = sum(int(line.split()[1]) for lines in outputs.values() for line in lines
                   if line.startswith("refused"))
    assert all(len(acks[tag]) > 100 for tag in acks), "a station hardly ever won"
    assert refusals > 0, "the stations never raced"

    again = FloorService.open(shared_target, FakeClock())
    try:
        events = again.floor.events
        assert [e.seq for e in events] == list(range(1, len(events) + 1)), "a seq gap"
        check_journal(events, all_acks)
        stored = [c for c in commands_of(events) if c > setup_seq]
        assert sorted(stored) == sorted(a.seq for a in all_acks), (
            "the journal's commands are not exactly the acknowledged ones")
        given = Counter(e.data["request"] for e in events if e.type == ev.FLOOR_GIVEN)
        assert given and max(given.values()) == 1, "a request was given the floor twice"
        ended = Counter(e.data["intervention"] for e in events if e.type == ev.TURN_ENDED)
        assert max(ended.values()) == 1, "a turn was ended twice"
        if again.journal.has_server_clock:
            mine = [e.at for e in events if e.seq > setup_seq]
            assert mine == sorted(mine), "server stamps out of seq order"
        check_state(again)
        assert digests == dict.fromkeys(digests, digest(again)), (
            "a station's live state differs from the replayed journal")
        print(f"\nrace: {len(all_acks)} commands acknowledged, {refusals} refused, "
              f"{len(events)} events, no gap")
    finally:
        again.close()
