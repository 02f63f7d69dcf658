"""Crash test of the real command: ``floorapp script -v`` SIGKILLed while it runs.

Each acknowledged line (``FILE:LINE: cmd ok``, printed after the command was
journaled) must be in the reopened meeting, in order; at most one more command
(the one being acknowledged when the kill came) may be stored.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from floorapp.core import events as ev
from floorapp.core.clock import FakeClock
from floorapp.core.programme.model import Programme
from floorapp.service import FloorService
from tests.reliability.journal_checks import check_state, commands_of

ROOT = Path(__file__).resolve().parents[2]
PROGRAMME = ROOT / "resources" / "programmes" / "2012-human-trafficking-dialogue.toml"
SEED = int(os.environ.get("FLOORAPP_CRASH_SEED", "20120403"))
KILLS = 10
NAMES = ("Qatar", "Belarus", "Philippines", "Egypt", "Nigeria", "Brazil", "Sweden", "Japan",
         "Mexico", "Holy See", "UK", "Russia", "Ivory Coast", "Bolivia")
#: The first event type each script command may journal.
FIRST_TYPES = {
    "open_segment": {ev.SEGMENT_OPENED},
    "request": {ev.FLOOR_REQUESTED},
    "next": {ev.TURN_ENDED, ev.FLOOR_GIVEN},
    "note": {ev.NOTE_ADDED},
}


def _load_programme() -> Programme:
    try:
        from floorapp.core.programme.file import load_programme
    except ImportError:
        pytest.skip("the programme loader (floorapp.core.programme.file) is not there yet")
    if not PROGRAMME.exists():
        pytest.skip(f"the bundled programme {PROGRAMME.name} is not there yet")
    return load_programme(PROGRAMME)


def write_script(path: Path, programme: Programme, rounds: int) -> list[str]:
    """A long valid script on a panel of ``programme``; the cmd of each line, in order."""
    panel = next((s for s in programme.segments if s.kind.value == "panel"),
                 programme.segments[0])
    lines = [{"t": 0, "cmd": "open_segment", "segment": panel.id}]
    for r in range(rounds):
        trio = [NAMES[(3 * r + k) % len(NAMES)] for k in range(3)]
        lines += [{"cmd": "request", "who": who} for who in trio]
        for k in range(3):
            lines += [{"cmd": "next"}, {"cmd": "note", "text": f"round {r} speaker {k}"}]
    for t, line in enumerate(lines):
        line["t"] = t * 5
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return [str(x["cmd"]) for x in lines]


def test_sigkilled_script_command_keeps_every_acknowledged_line(tmp_path: Path) -> None:
    programme = _load_programme()
    rng = random.Random(SEED)
    script = tmp_path / "session.jsonl"
    cmds = write_script(script, programme, rounds=400)
    total = 0
    for k in range(KILLS):
        db = tmp_path / f"cli-{k}.floor"
        delay = rng.uniform(0.2, 2.0)
        where = f"seed {SEED}, kill {k} after {delay:.2f} s"
        proc = subprocess.Popen(
            [sys.executable, "-m", "floorapp", "script", str(script), "--db", str(db),
             "--programme", str(PROGRAMME), "-v"],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, f"{where}: the run ended by itself: {err}"
        acked = [ln for ln in out.splitlines() if ln.endswith(" ok")]
        total += len(acked)
        if not db.exists():
            assert not acked, f"{where}: lines were acknowledged but there is no database"
            continue
        try:
            svc = FloorService.open(db, FakeClock())
        except Exception as exc:  # a meeting killed while being created
            assert not acked, f"{where}: acknowledged lines, then the meeting won't open: {exc}"
            continue
        try:
            groups = commands_of(svc.journal.read())
            firsts = [g[0].type for c, g in sorted(groups.items())][1:]  # after the meeting
            assert len(acked) <= len(firsts) <= len(acked) + 1, (
                f"{where}: {len(acked)} lines acknowledged, {len(firsts)} commands stored")
            for i, first in enumerate(firsts):
                assert first in FIRST_TYPES[cmds[i]], (
                    f"{where}: line {i + 1} ({cmds[i]}) is stored as {first}")
            check_state(svc)
        finally:
            svc.close()
    print(f"\ncli crash test: seed {SEED}, {KILLS} kills, {total} acknowledged lines all found")
