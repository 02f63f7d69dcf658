"""One of two stations racing "next" and "end" on one meeting (test_race_next_end).

Usage: ``python race_child.py DB TAG COUNT SEED``. Prints ``ready``, waits for ``go``,
then issues COUNT commands (next, end, or an inscription), often without reading
what the other station did first, writing ``ack SEQ N TYPE`` for each acknowledged
one; then ``done``. Every batch of events it learns must continue its last seq
(commit order equals seq order): a break prints ``gap``. On ``final`` it catches up
and prints ``state DIGEST``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from floorapp.core.events import Event  # noqa: E402
from floorapp.core.floor import Refused  # noqa: E402
from floorapp.service import FloorService  # noqa: E402
from floorapp.storage.errors import JournalError  # noqa: E402
from tests.reliability.append_child import digest  # noqa: E402
from tests.reliability.traffic import STATES, ack_line  # noqa: E402


def main() -> None:
    """Wait for go, race, report."""
    db, tag, count, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    svc = FloorService.open(db, station=tag)
    last = [svc.state.last_seq]

    def follow(events: list[Event]) -> None:
        for e in events:
            if e.seq != last[0] + 1:
                print(f"gap after {last[0]}: got {e.seq}", flush=True)
            last[0] = e.seq

    svc.subscribe(follow)
    print("ready", flush=True)
    sys.stdin.readline()
    refused = 0
    for _ in range(count):
        if rng.random() < 0.3:
            svc.refresh()
        r = rng.random()
        try:
            if r < 0.45:
                stored = svc.next()
            elif r < 0.8:
                stored = svc.end()
            else:
                stored = svc.request(rng.choice(STATES))
        except Refused:
            refused += 1
            continue
        except JournalError as exc:
            print(f"error {exc}", flush=True)
            continue
        sys.stdout.write(ack_line(stored))
        sys.stdout.flush()
    print(f"refused {refused}", flush=True)
    print("done", flush=True)
    sys.stdin.readline()
    svc.refresh()
    print(f"state {digest(svc)}", flush=True)
    svc.close()


if __name__ == "__main__":
    main()
