"""Done means: the officer's console and the secretary's console, in two processes on one
meeting, run a segment together while a display process shows it; at every step
the three screens agree on the speaker and the time left.

The secretary inscribes (typing names, Enter) and writes notes (the Add note button); the
officer opens the segment, gives the floor, pauses and resumes, ends. Nobody calls
refresh: each station learns through its watcher (NOTIFY on PostgreSQL,
data_version on an SQLite file).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from floorapp.core.clock import FakeClock
from floorapp.core.countdown import format_mmss
from floorapp.service import FloorService
from tests.helpers.factories import small_programme

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("gui_station_child.py")
ROLES = ("officer", "secretary", "display")
#: Three repaints of 50 ms: how far apart the screens' time left may be, read in turn.
AGREE_SECONDS = 0.15


class Child:
    """A station process, driven one JSON line at a time."""

    def __init__(self, role: str, db: str, ini: Path, skew: float = 0.0) -> None:
        self.role = role
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), role, db, str(ini), str(skew)], cwd=ROOT, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def line(self) -> str:
        assert self.proc.stdout is not None
        out = self.proc.stdout.readline()
        if not out:
            err = self.proc.stderr.read() if self.proc.stderr else ""
            raise AssertionError(f"the {self.role} process died: {err[-3000:]}")
        return out

    def ask(self, **cmd: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        while True:
            out = self.line()
            if out.startswith("{"):
                return dict(json.loads(out))

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.ask(do="quit")
                self.proc.wait(timeout=20)
            except (AssertionError, OSError, subprocess.TimeoutExpired):
                self.proc.kill()
        self.proc.__exit__(None, None, None)


def _agree(children: dict[str, Child], seq: int) -> dict[str, dict[str, Any]]:
    """Wait until every station shows seq, then check they show the same floor."""
    deadline = time.monotonic() + 20
    while True:
        shows = {role: c.ask(do="show")["show"] for role, c in children.items()}
        if all(s["seq"] >= seq for s in shows.values()):
            break
        assert time.monotonic() < deadline, f"a station never caught up: {shows}"
        time.sleep(0.02)
    time.sleep(0.12)  # let each screen's 20 Hz repaint show the last change
    shows = {role: c.ask(do="show")["show"] for role, c in children.items()}
    speakers = {s["speaker"] for s in shows.values()}
    assert len(speakers) == 1, f"the stations disagree on the speaker: {shows}"
    speaker = speakers.pop()
    for role, s in shows.items():
        assert (speaker or "") in s["name_shown"] or (speaker is None), (role, s)
    if speaker is None:
        return shows
    # The time left, brought to one instant (the machine's monotonic clock is shared).
    t0 = shows["officer"]["monotonic"]
    paused = shows["officer"]["paused"]
    at_t0 = {role: s["remaining"] + (0 if paused else s["monotonic"] - t0)
             for role, s in shows.items()}
    spread = max(at_t0.values()) - min(at_t0.values())
    assert spread <= AGREE_SECONDS, f"the time left differs by {spread:.3f} s: {shows}"
    for role, s in shows.items():  # and each screen shows its time left
        low = format_mmss(int(s["remaining"] - AGREE_SECONDS) + 1)
        high = format_mmss(int(s["remaining"] + AGREE_SECONDS) + 1)
        assert s["clock_shown"] in (low, high), (role, s)
    return shows


def test_officer_and_secretary_run_a_segment_together(shared_target: str,
                                                     tmp_path: Path) -> None:
    FloorService.create(shared_target, small_programme(), FakeClock()).close()
    # On PostgreSQL (one clock: the server's) the display's own clock is two minutes
    # fast, and it must still show the podium's time left.
    skew = {"display": 120.0} if "://" in shared_target else {}
    children = {role: Child(role, shared_target, tmp_path / f"{role}.ini", skew.get(role, 0))
                for role in ROLES}
    officer, secretary = children["officer"], children["secretary"]
    try:
        for c in children.values():
            assert c.line() == "ready\n"

        def step(who: Child, **cmd: Any) -> dict[str, dict[str, Any]]:
            answer = who.ask(**cmd)
            assert answer["ok"], answer
            return _agree(children, answer["show"]["seq"])

        step(officer, do="run", command="open_segment", args=["panel-1"])
        for name in ("Viet Nam", "Qatar", "Belarus"):
            step(secretary, do="inscribe", text=name)
        shows = step(officer, do="action", id="next")
        assert shows["display"]["speaker"] == "Viet Nam"
        shows = step(secretary, do="note", text="Ratify the Palermo Protocol")
        assert list(shows["officer"]["notes"].values()) == [["Ratify the Palermo Protocol"]]
        time.sleep(0.5)  # the clock runs: still the same time left everywhere
        shows = step(officer, do="action", id="toggle_pause")
        assert all(s["paused"] for s in shows.values())
        paused_texts = {s["clock_shown"] for s in shows.values()}
        assert len(paused_texts) == 1, shows
        step(officer, do="action", id="toggle_pause")
        time.sleep(1.1)  # past the console's guard against a double "next"
        shows = step(officer, do="action", id="next")
        assert {s["speaker"] for s in shows.values()} == {"Qatar"}
        step(secretary, do="note", text="Victims need shelters")
        shots = os.environ.get("FLOORAPP_SHOTS")  # to look at the three screens
        if shots:
            backend = "postgres" if "://" in shared_target else "sqlite"
            for role, c in children.items():
                c.ask(do="shoot", path=str(Path(shots) / f"live-{backend}-{role}.png"))
        shows = step(officer, do="action", id="end")
        assert all(s["speaker"] is None for s in shows.values())
        assert sorted(map(tuple, shows["display"]["notes"].values())) == [
            ("Ratify the Palermo Protocol",), ("Victims need shelters",)]
        # A stale command from the secretary's screen is refused in words.
        answer = secretary.ask(do="run", command="end")
        assert not answer["ok"] and answer["show"]["refusals"], answer
    finally:
        for c in children.values():
            c.close()
