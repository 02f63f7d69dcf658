"""Creates meetings and kills itself at the k-th step of creation, for every k.

Usage: ``python creation_child.py FOLDER``. A dry run counts the steps that
``FloorService.create`` takes: every SQL statement SQLite runs (ours and
Alembic's) and every file operation (fsync, link, rename, unlink). Then for
k = 1..N+1 a forked child creates ``FOLDER/k.floor`` and SIGKILLs itself just
before step k (N+1: just after create returned). Prints ``steps N``.

``python creation_child.py --once TARGET`` creates one meeting after printing
``go`` (the parent kills it after a chosen delay).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from floorapp.core.clock import FakeClock  # noqa: E402
from floorapp.service import FloorService  # noqa: E402
from tests.helpers.factories import small_programme  # noqa: E402

count = 0
kill_at = 0


def step(*_args: Any) -> None:
    """One step of creation; the chosen one is the last."""
    global count
    count += 1
    if count == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)


def _traced(connect: Any) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        con = connect(*args, **kwargs)
        con.set_trace_callback(step)
        return con

    return wrapper


def _stepped(fn: Any) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        step()
        return fn(*args, **kwargs)

    return wrapper


def instrument() -> None:
    """Count SQL statements and file operations as steps."""
    sqlite3.connect = _traced(sqlite3.connect)  # type: ignore[assignment]
    sqlite3.dbapi2.connect = _traced(sqlite3.dbapi2.connect)  # type: ignore[assignment]
    for name in ("fsync", "link", "replace", "rename", "unlink"):
        setattr(os, name, _stepped(getattr(os, name)))


def main(folder: Path) -> None:
    """Dry run, then one killed creation per step."""
    global count, kill_at
    instrument()
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
    print(f"steps {n}", flush=True)


def once(target: Path) -> None:
    """Create one meeting, saying when creation starts."""
    print("go", flush=True)
    FloorService.create(target, small_programme(), FakeClock()).close()
    print("done", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "--once":
        once(Path(sys.argv[2]))
    else:
        main(Path(sys.argv[1]))
