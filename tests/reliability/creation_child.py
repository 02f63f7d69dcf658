"""Creates meetings and kills itself before the k-th SQL statement, for every k.

Usage: ``python creation_child.py FOLDER``. A dry run counts the statements that
``FloorService.create`` executes (N); then for k = 1..N+1 a forked child creates
``FOLDER/k.floor`` and SIGKILLs itself just before statement k (N+1: just after
create returned). Prints ``statements N``.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import Engine, event  # noqa: E402

from floorapp.core.clock import FakeClock  # noqa: E402
from floorapp.service import FloorService  # noqa: E402
from tests.helpers.factories import small_programme  # noqa: E402

count = 0
kill_at = 0


@event.listens_for(Engine, "before_cursor_execute")
def _before(*_args: Any) -> None:
    global count
    count += 1
    if count == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)


def main(folder: Path) -> None:
    """Dry run, then one killed creation per statement."""
    global count, kill_at
    FloorService.create(folder / "dry.floor", small_programme(), FakeClock()).close()
    n = count
    for k in range(1, n + 2):
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            count, kill_at = 0, k
            FloorService.create(folder / f"{k}.floor", small_programme(), FakeClock())
            os.kill(os.getpid(), signal.SIGKILL)
        os.waitpid(pid, 0)
    print(f"statements {n}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
