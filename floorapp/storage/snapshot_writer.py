"""Writes a snapshot of a meeting's folded state, in a process of its own.

``python -m floorapp.storage.snapshot_writer`` reads the meeting's path or URL on
its standard input (never on the command line, where a password would show) and
exits. It reads the whole journal and folds it (the same fold as a full replay);
it first checks the newest stored snapshot against that replay and deletes it when
they differ; then it stores a snapshot taken ``UNDO_DEPTH`` floor commands before
the end, so that a meeting opened from it can take those commands back at the cost
of the commands themselves. Running in its own process, it never slows the console.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from dataclasses import dataclass

from floorapp.core import events as ev
from floorapp.core.events import Event
from floorapp.core.floor import Floor
from floorapp.core.roster import Roster
from floorapp.core.snapshot import VERSION, floor_to_dict
from floorapp.storage.journal import Journal

#: Floor commands left after the snapshot, folded at each open.
UNDO_DEPTH = 100
#: A new snapshot is worth writing when this many events came after the last.
SNAPSHOT_EVERY = 5000


@dataclass(frozen=True)
class Written:
    """What one run did."""

    seq: int | None  # the seq of the snapshot written (None: nothing to write)
    dropped: int | None  # the seq of a stored snapshot found wrong and deleted


def cut_point(events: list[Event], depth: int = UNDO_DEPTH) -> int:
    """The index in ``events`` to snapshot before: ``depth`` floor commands from the end."""
    starts = [i for i, e in enumerate(events) if e.seq == e.command and e.type in ev.FLOOR_ACTIONS]
    if len(starts) <= depth:
        return 0
    return starts[-depth]


def canonical(data: object) -> object:
    """Data as it reads back from JSON (tuples become lists, keys strings)."""
    return json.loads(json.dumps(data))


def write(journal: Journal, reference: Roster | None = None, depth: int = UNDO_DEPTH,
          min_gap: int = 0) -> Written:
    """Check the newest snapshot against a full replay, and store a newer one."""
    reference = reference or Roster.reference()
    gc.disable()
    try:
        events = journal.read()
        cut = cut_point(events, depth)
        if cut == 0:
            return Written(None, None)
        stored = journal.snapshot(VERSION)
        dropped = None
        floor: Floor | None = None
        k = 0
        if stored is not None:
            k = next((i for i, e in enumerate(events) if e.seq > stored[0]), len(events))
            checked = Floor.replay(events[:k], reference)
            if canonical(floor_to_dict(checked)) != json.loads(stored[1]):
                journal.drop_snapshots(stored[0])
                dropped = stored[0]
            elif k <= cut:
                if events[cut - 1].seq - stored[0] < max(min_gap, 1):
                    return Written(None, None)
                floor = checked
            else:
                return Written(None, None)
        if floor is None:
            floor = Floor.replay(events[:cut], reference)
        else:
            for e in events[k:cut]:
                floor.apply(e)
        journal.save_snapshot(VERSION, floor.state.last_seq, json.dumps(floor_to_dict(floor)))
        return Written(floor.state.last_seq, dropped)
    finally:
        gc.enable()


_RUNNING: list[subprocess.Popen[bytes]] = []


def start(target: str) -> subprocess.Popen[bytes] | None:
    """Run the writer on ``target`` in the background, at low priority (once at a time)."""
    for p in list(_RUNNING):
        if p.poll() is None:
            return None
        _RUNNING.remove(p)
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "floorapp.storage.snapshot_writer"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        assert proc.stdin is not None
        proc.stdin.write(target.encode())
        proc.stdin.close()
    except OSError:
        return None
    _RUNNING.append(proc)
    return proc


def main() -> int:
    """Read the target on stdin, write a snapshot, exit."""
    target = sys.stdin.read().strip()
    if hasattr(os, "nice"):
        os.nice(10)
    journal = Journal.open(target)
    try:
        write(journal, min_gap=SNAPSHOT_EVERY // 2)
    finally:
        journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
