"""A meeting killed while being created never opens as an empty meeting.

``creation_child.py`` kills a process creating a meeting just before each SQL
statement in turn. Every file left behind must either open as the whole meeting
(its programme there) or be refused with a message; never open as a meeting
without a programme, which then fails with an AssertionError in
``FloorService.programme`` (the script runner, the GUI).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from floorapp.core import events as ev
from floorapp.core.clock import FakeClock
from floorapp.service import FloorService
from floorapp.storage.errors import JournalError

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("creation_child.py")


def test_a_meeting_killed_while_created_is_refused_or_whole(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, str(CHILD), str(tmp_path)], cwd=ROOT, timeout=120,
                         capture_output=True, text=True, check=True).stdout
    n = int(out.split()[-1])
    half_made = []
    opened = refused = 0
    for k in range(1, n + 2):
        db = tmp_path / f"{k}.floor"
        if not db.exists():
            continue
        try:
            svc = FloorService.open(db, FakeClock())
        except JournalError as exc:
            assert str(db) in str(exc)
            refused += 1
            continue
        try:
            events = svc.floor.events
            if not events or events[0].type != ev.MEETING_CREATED:
                half_made.append(k)
            else:
                assert svc.programme.segments
                opened += 1
        finally:
            svc.close()
    print(f"\ninterrupted creation: {n} statements, {opened} whole, {refused} refused")
    assert not half_made, f"killed before statement {half_made}: opens with no programme"
    assert opened >= 1
