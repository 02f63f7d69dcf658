"""Forks operator processes for the crash test, so each starts without Python's start-up cost.

Protocol on stdin/stdout (one line each):

- ``run DB SEED``: fork a child that opens the meeting DB and issues random commands,
  writing ``ack SEQ N TYPE`` to stdout after each command the service acknowledged
  (``N`` events, the first numbered ``SEQ``); then ``pid PID`` is written.
- ``reap``: wait for the child (the test SIGKILLs it), then write ``reaped STATUS``.
- ``quit``: exit.

Everything is imported once here, before any fork; no database is open in the parent.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from floorapp.core.clock import SystemClock  # noqa: E402
from floorapp.core.roster import Roster  # noqa: E402
from floorapp.service import FloorService  # noqa: E402
from floorapp.storage.errors import JournalError  # noqa: E402
from tests.reliability.traffic import ack_line, one_command  # noqa: E402

#: A child that was not killed stops by itself after this long.
CHILD_LIFETIME = 10.0


def _write(text: str) -> None:
    """Write straight to fd 1: one small write to a pipe is atomic, even under SIGKILL."""
    os.write(1, text.encode())


def child(db: str, seed: int) -> None:
    """Open the meeting and run commands until killed (or CHILD_LIFETIME passes)."""
    rng = random.Random(seed)
    clock = SystemClock()
    try:
        svc = FloorService.open(db, clock)
        _write(f"open {svc.state.last_seq}\n")
        start = clock.monotonic()
        while clock.monotonic() - start < CHILD_LIFETIME:
            stored = one_command(svc, rng)
            if stored:
                _write(ack_line(stored))
    except JournalError as exc:
        _write(f"error {str(exc)!r}\n")
    except BaseException as exc:  # a traceback is a finding: report it to the test
        _write(f"crash {type(exc).__name__}: {exc!r}\n")
    finally:
        os._exit(0)


def main() -> None:
    """Serve run/reap/quit requests from the test."""
    Roster.reference()  # read once here, as a long-running app would; children inherit it
    pid = 0
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "run":
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                child(words[1], int(words[2]))
            _write(f"pid {pid}\n")
        elif words[0] == "reap":
            _, status = os.waitpid(pid, 0)
            _write(f"reaped {status}\n")
        elif words[0] == "quit":
            return


if __name__ == "__main__":
    main()
