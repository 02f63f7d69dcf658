"""One of two stations appending to the same meeting at once (the concurrency test).

Usage: ``python append_child.py DB TAG COUNT SEED``. Waits for ``go`` on stdin, issues
COUNT commands (requests, withdrawals and notes tagged ``TAG-k``), writing
``ack SEQ N TYPE`` after each acknowledged one, then ``done``; on ``final`` it folds
what the other station appended and writes ``state DIGEST`` of its live state.
"""

from __future__ import annotations

import hashlib
import pprint
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from floorapp.core.categories import RequestKind  # noqa: E402
from floorapp.core.events import Event  # noqa: E402
from floorapp.core.floor import Refused  # noqa: E402
from floorapp.service import FloorService  # noqa: E402
from floorapp.storage.errors import JournalError  # noqa: E402
from tests.helpers.snapshots import snapshot  # noqa: E402
from tests.reliability.traffic import STATES, ack_line  # noqa: E402


def digest(svc: FloorService) -> str:
    """A short fingerprint of the live state (dicts sorted, so order does not count)."""
    return hashlib.sha256(pprint.pformat(snapshot(svc.state)).encode()).hexdigest()[:16]


def one(svc: FloorService, rng: random.Random, tag: str, k: int) -> list[Event] | None:
    """A request, a withdrawal or a note; None when refused."""
    s = svc.state
    r = rng.random()
    try:
        if r < 0.4:
            kind = rng.choice([RequestKind.STATEMENT, RequestKind.QUESTION])
            return svc.request(rng.choice(STATES), kind)
        if r < 0.6 and s.waiting():
            return svc.withdraw(rng.choice(s.waiting()).id)
        return svc.add_note(f"{tag}-{k}", intervention="i1")
    except Refused:
        return None


def main() -> None:
    """Wait for go, append, report."""
    db, tag, count, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    svc = FloorService.open(db)
    print("ready", flush=True)
    sys.stdin.readline()
    for k in range(count):
        try:
            stored = one(svc, rng, tag, k)
        except JournalError as exc:
            print(f"error {exc}", flush=True)
            continue
        if stored:
            sys.stdout.write(ack_line(stored))
            sys.stdout.flush()
    print("done", flush=True)
    sys.stdin.readline()
    svc.refresh()
    print(f"state {digest(svc)}", flush=True)
    svc.close()


if __name__ == "__main__":
    main()
