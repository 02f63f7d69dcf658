"""Hosting a meeting: how long ``floorapp host`` takes to share it, and to copy it there.

- First share of a meeting (``initdb``, start, copy, roles) and sharing it again, each
  timed from the command's start to the JSON line it prints once the stations can
  join; the baseline is the bare ``initdb`` plus ``pg_ctl start`` (and, again, ``pg_ctl
  start`` alone) of the same PostgreSQL programs, which Floor cannot do without.
- Copying a long meeting onto a PostgreSQL server (``storage.copy.copy_meeting``, what
  ``host`` does with a meeting file); the baseline is psycopg's ``COPY FROM STDIN`` of
  the same rows into a bare table of the same shape on the same server.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.engine import meeting_file
from bench.figures import Figure, not_measured

ROOT = Path(__file__).resolve().parents[1]
PROGRAMME = ROOT / "resources" / "programmes" / "2012-human-trafficking-dialogue.toml"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _host_once(meeting: Path, env: dict[str, str], port: int) -> float:
    """Seconds from ``floorapp host`` to its JSON line; then stops it cleanly."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "floorapp.cli", "host", str(meeting), "--listen", "127.0.0.1",
         "--port", str(port), "--json", "--no-advertise"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True,
        env=env, cwd=ROOT)
    assert proc.stdout is not None
    elapsed = None
    for line in proc.stdout:
        if line.startswith('{"hosting"'):
            elapsed = time.perf_counter() - t0
            json.loads(line)
            break
    proc.send_signal(signal.SIGTERM)
    proc.stdout.read()
    proc.stdout.close()
    if proc.wait(timeout=120) != 0 or elapsed is None:
        raise RuntimeError("floorapp host did not share the meeting")
    return elapsed


def _bare_server(folder: Path, port: int) -> tuple[float, float]:
    """Seconds for a bare initdb + start, and for a start alone, of the same binaries."""
    from floorapp.hosting.accounts import server_user
    from floorapp.hosting.binaries import find_binaries
    from floorapp.hosting.server import ManagedServer

    server = ManagedServer(folder / "bare", find_binaries(), server_user())
    t0 = time.perf_counter()
    server.initialise("bench-password", ["floor_officer"], "floor")
    server.start("127.0.0.1", port)
    first = time.perf_counter() - t0
    server.stop()
    t0 = time.perf_counter()
    server.start("127.0.0.1", port)
    again = time.perf_counter() - t0
    server.stop()
    return first, again


def sharing(folder: Path) -> list[Figure]:
    """First share and share again, against the bare server's own start-up."""
    from floorapp.hosting.binaries import find_binaries
    from floorapp.hosting.errors import ServerError

    try:
        binaries = find_binaries()
    except ServerError as exc:
        return [not_measured("floorapp host: first share of a meeting", "s", str(exc))]
    work = Path(tempfile.mkdtemp(prefix="floor-bench-host-"))
    work.chmod(0o755)
    try:
        meeting, n, _ivs = meeting_file(work, "meeting.floor", interventions=500)
        env = {**os.environ, "FLOORAPP_HOST_DIR": str(work / "hosted")}
        port = _free_port()
        first = _host_once(meeting, env, port)
        again = _host_once(meeting, env, port)
        bare_first, bare_again = _bare_server(work, _free_port())
    finally:
        shutil.rmtree(work, ignore_errors=True)
    note = f"{binaries.describe()}; a meeting of {n:,} events (500 interventions); one run"
    return [
        Figure("floorapp host: first share of a meeting", first, "s",
               "bare initdb + pg_ctl start, same binaries", bare_first, note),
        Figure("floorapp host: sharing it again", again, "s",
               "bare pg_ctl start, same binaries", bare_again, note),
    ]


def copying(folder: Path, events: int) -> list[Figure]:
    """Copy a long meeting onto PostgreSQL, against COPY FROM STDIN of the same rows."""
    url = os.environ.get("FLOORAPP_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
    try:
        import psycopg

        psycopg.connect(url, connect_timeout=3).close()
    except Exception as exc:  # noqa: BLE001 - no server: say so in the table
        return [not_measured("copy a meeting onto PostgreSQL", "events/s", str(exc))]
    import sqlite3

    from floorapp.storage.copy import copy_meeting

    path, n, _ivs = meeting_file(folder, "long.floor", events=events)
    con = sqlite3.connect(path)
    rows = con.execute("SELECT seq, command, type, at, data, station FROM floor_events "
                       "ORDER BY seq").fetchall()
    con.close()
    base = url.rsplit("/", 1)[0]
    names = [f"floorbench_{os.getpid()}_{i}" for i in range(2)]
    with psycopg.connect(url, autocommit=True) as admin:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
    try:
        t0 = time.perf_counter()
        copied = copy_meeting(path, f"{base}/{names[0]}")
        ours = time.perf_counter() - t0
        assert copied == n
        with psycopg.connect(f"{base}/{names[1]}") as conn:
            conn.execute("CREATE TABLE floor_events (seq integer PRIMARY KEY, command integer, "
                         "type varchar(40), at varchar(40), data json, station varchar(64))")
            t0 = time.perf_counter()
            with conn.cursor().copy("COPY floor_events FROM STDIN") as cp:
                for r in rows:
                    cp.write_row(r)
            conn.commit()
            bare = time.perf_counter() - t0
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    note = f"{n:,} events from an SQLite meeting file; one transaction, then checked"
    return [Figure("copy a meeting onto PostgreSQL (floorapp host)", n / ours, "events/s",
                   "psycopg COPY FROM STDIN of the same rows", n / bare, note)]
