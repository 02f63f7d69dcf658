"""A meeting killed while it is being created: afterwards, no half meeting anywhere.

``creation_child.py`` kills a process creating a meeting just before each step of
creation in turn (every SQL statement, ours and Alembic's, and every file
operation), and at spread instants of wall time. Whatever is left at the meeting's
place must be nothing or the whole meeting; and creating the meeting again (what
the next start does) must give the whole meeting, with no build file left over.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from floorapp.core import events as ev
from floorapp.core.clock import FakeClock
from floorapp.service import FloorService
from tests.helpers.factories import small_programme

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("creation_child.py")


def whole(db: Path) -> None:
    """The meeting at ``db`` opens with its programme."""
    svc = FloorService.open(db, FakeClock())
    try:
        events = svc.floor.events
        assert events and events[0].type == ev.MEETING_CREATED
        assert svc.programme.segments
    finally:
        svc.close()


def after_the_kill(db: Path) -> str:
    """Check what a killed creation left at ``db``, then start again as the app would."""
    left = "nothing"
    if db.exists():
        whole(db)  # never a half meeting at the place
        left = "whole"
    FloorService.create_or_open(db, small_programme(), FakeClock()).close()
    whole(db)
    strays = [p.name for p in db.parent.iterdir() if p.name.startswith(f".{db.name}.")]
    assert not strays, f"build files left beside {db.name}: {strays}"
    return left


def test_a_meeting_killed_at_every_step_of_its_creation(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, str(CHILD), str(tmp_path)], cwd=ROOT, timeout=300,
                         capture_output=True, text=True, check=True).stdout
    n = int(out.split()[-1])
    assert n >= 10
    outcomes = [after_the_kill(tmp_path / f"{k}.floor") for k in range(1, n + 2)]
    print(f"\ninterrupted creation: {n} steps, {outcomes.count('nothing')} left nothing, "
          f"{outcomes.count('whole')} left the whole meeting")
    assert outcomes[0] == "nothing" and outcomes[-1] == "whole"


def test_a_meeting_killed_at_spread_instants_of_its_creation(tmp_path: Path) -> None:
    def run(target: Path, delay: float | None) -> float:
        proc = subprocess.Popen([sys.executable, str(CHILD), "--once", str(target)], cwd=ROOT,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "go"
        t0 = time.perf_counter()
        if delay is None:
            proc.stdout.readline()
            took = time.perf_counter() - t0
        else:
            time.sleep(delay)
            proc.kill()
            took = delay
        proc.wait(timeout=60)
        proc.stdout.close()
        return took

    took = run(tmp_path / "timed.floor", None)
    outcomes = []
    for k in range(16):
        db = tmp_path / f"t{k}.floor"
        run(db, took * k / 12)
        outcomes.append(after_the_kill(db))
    print(f"\nkilled at 16 instants over {took * 1000:.0f} ms of creation: {outcomes}")


def test_a_half_made_file_of_an_older_version_is_made_again(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "old.floor"
    con = sqlite3.connect(db)  # what an interrupted older creation left: tables, no event
    con.execute("CREATE TABLE floor_meta (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)")
    con.execute("CREATE TABLE floor_events (seq INTEGER PRIMARY KEY, command INTEGER, "
                "type VARCHAR(40), at VARCHAR(40), data JSON, station VARCHAR(64))")
    con.commit()
    con.close()
    FloorService.create_or_open(db, small_programme(), FakeClock()).close()
    whole(db)


def test_someone_elses_database_is_never_made_again(tmp_path: Path) -> None:
    import sqlite3

    import pytest

    from floorapp.storage.errors import AlreadyExists

    db = tmp_path / "other.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(AlreadyExists):
        FloorService.create(db, small_programme(), FakeClock())
    assert db.read_bytes() == before
