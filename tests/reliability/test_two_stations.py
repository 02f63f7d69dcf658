"""Two processes appending to the same SQLite meeting at once: nothing lost, nothing doubled."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from floorapp.core import events as ev
from floorapp.core.clock import FakeClock
from floorapp.service import FloorService
from tests.helpers.factories import small_programme
from tests.reliability.append_child import digest
from tests.reliability.journal_checks import check_journal, check_state, commands_of, parse_acks

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("append_child.py")
COMMANDS = 300


def _readline(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line, f"a station died: {proc.stderr.read() if proc.stderr else ''}"
    return line


def _send(proc: subprocess.Popen[str], line: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(line + "\n")
    proc.stdin.flush()


def test_two_processes_appending_at_once_lose_and_double_nothing(tmp_path: Path) -> None:
    db = tmp_path / "shared.floor"
    svc = FloorService.create(db, small_programme(), FakeClock())
    svc.open_segment("panel-1")
    svc.give_floor(participant="pan1")  # i1, which both stations take notes on
    setup_seq = svc.state.last_seq
    svc.close()

    procs = {
        tag: subprocess.Popen(
            [sys.executable, str(CHILD), str(db), tag, str(COMMANDS), str(seed)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True,
        )
        for tag, seed in (("A", 1), ("B", 2))
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
            p.wait(timeout=30)
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.kill()
            p.__exit__(None, None, None)  # closes the pipes, waits

    acks = {}
    for tag, lines in outputs.items():
        acks[tag], trouble = parse_acks(lines)
        assert not trouble, f"station {tag} failed: {trouble}"
    assert set(a.seq for a in acks["A"]).isdisjoint(a.seq for a in acks["B"])

    again = FloorService.open(db, FakeClock())
    try:
        events = again.floor.events
        check_journal(events, acks["A"] + acks["B"])
        stored = [c for c in commands_of(events) if c > setup_seq]
        assert len(stored) == len(acks["A"]) + len(acks["B"]), "an unacknowledged command"
        notes = [e.data["text"] for e in events if e.type == ev.NOTE_ADDED]
        assert len(notes) == len(set(notes)), "a note was stored twice"
        for tag in acks:
            acked_notes = sum(a.type == ev.NOTE_ADDED for a in acks[tag])
            assert sum(n.startswith(f"{tag}-") for n in notes) == acked_notes
        note_ids = [e.data["note"] for e in events if e.type == ev.NOTE_ADDED]
        assert len(note_ids) == len(set(note_ids)), "two stations made the same note id"
        request_ids = [e.data["request"] for e in events if e.type == ev.FLOOR_REQUESTED]
        assert len(request_ids) == len(set(request_ids)), "two stations made the same request id"
        check_state(again)
        mine = digest(again)
        assert digests == {"A": mine, "B": mine}, "a station's live state differs from replay"
        print(f"\ntwo stations: {len(acks['A'])} + {len(acks['B'])} commands acknowledged, "
              f"{len(events)} events, none lost or doubled")
    finally:
        again.close()
