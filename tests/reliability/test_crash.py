"""Crash test: operator processes SIGKILLed at random instants lose no acknowledged command.

A zygote process imports the app once and forks one operator process per cycle; the
operator opens a real SQLite meeting file (WAL, synchronous FULL) and issues random
commands, printing each acknowledgement after the service returned. The test kills
it after a random 0-300 ms, reopens the meeting with ``FloorService.open`` and checks
that every acknowledged command is stored whole and the state is consistent.

The seed is ``FLOORAPP_CRASH_SEED`` (default below); it is printed and named in
every failure, so a failing run can be repeated exactly.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from floorapp.core.clock import FakeClock
from floorapp.core.floor import Floor
from floorapp.service import FloorService
from tests.helpers.factories import small_programme
from tests.reliability.journal_checks import Ack, check_journal, check_state, parse_acks

ROOT = Path(__file__).resolve().parents[2]
SEED = int(os.environ.get("FLOORAPP_CRASH_SEED", "20120403"))
KILLS = int(os.environ.get("FLOORAPP_CRASH_KILLS", "200"))
#: Each database takes a share of the kills, so none grows beyond a long meeting's size.
DATABASES = 4
MAX_DELAY = 0.300


class Zygote:
    """The forking parent of the operator processes, driven line by line."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("crash_zygote.py"))],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
        )

    def _send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def _read_until(self, word: str) -> tuple[list[str], str]:
        assert self.proc.stdout is not None
        lines: list[str] = []
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise AssertionError(f"the zygote died; its last lines: {lines[-5:]}")
            if line.startswith(word + " "):
                return lines, line.split(None, 1)[1].strip()
            lines.append(line)

    def run_and_kill(self, db: Path, seed: int, delay: float) -> list[str]:
        """Start an operator on ``db``, SIGKILL it after ``delay`` s; its output lines."""
        self._send(f"run {db} {seed}")
        before, pid = self._read_until("pid")
        time.sleep(delay)
        os.kill(int(pid), signal.SIGKILL)
        self._send("reap")
        after, status = self._read_until("reaped")
        assert os.WIFSIGNALED(int(status)), (
            f"the operator was not killed (status {status}): {(before + after)[-3:]}")
        return before + after

    def close(self) -> None:
        """Stop the zygote and close its pipes."""
        if self.proc.poll() is None:
            try:
                self._send("quit")
            except BrokenPipeError:
                pass
        self.proc.__exit__(None, None, None)  # closes the pipes, waits


@pytest.fixture
def zygote() -> Iterator[Zygote]:
    """A running zygote, stopped afterwards."""
    z = Zygote()
    try:
        yield z
    finally:
        z.close()


def test_sigkill_at_random_instants_loses_no_acknowledged_command(
    tmp_path: Path, zygote: Zygote,
) -> None:
    rng = random.Random(SEED)
    print(f"\ncrash test: seed {SEED}, {KILLS} kills on {DATABASES} databases")
    dbs = [tmp_path / f"meeting-{k}.floor" for k in range(DATABASES)]
    for db in dbs:
        FloorService.create(db, small_programme(), FakeClock()).close()
    acks: dict[Path, list[Ack]] = {db: [] for db in dbs}
    folds: dict[Path, Floor | None] = {db: None for db in dbs}
    total_acks = 0
    opened_before_kill = 0
    started = time.monotonic()
    for cycle in range(KILLS):
        db = dbs[cycle % DATABASES]
        delay = rng.uniform(0, MAX_DELAY)
        child_seed = rng.randrange(2**32)
        where = f"seed {SEED}, cycle {cycle}, child seed {child_seed}, kill after {delay:.3f} s"
        lines = zygote.run_and_kill(db, child_seed, delay)
        new_acks, trouble = parse_acks(lines)
        assert not trouble, f"{where}: the operator reported {trouble}"
        opened_before_kill += any(line.startswith("open ") for line in lines)
        acks[db].extend(new_acks)
        total_acks += len(new_acks)
        svc = FloorService.open(db, FakeClock())
        try:
            try:
                check_journal(svc.journal.read(), acks[db])  # the journal, not the snapshot's tail
                folds[db] = check_state(svc, folds[db])
            except AssertionError as exc:
                raise AssertionError(f"{where}: {exc}") from None
        finally:
            svc.close()
    elapsed = time.monotonic() - started
    sizes = {db.name: len(acks[db]) for db in dbs}
    print(f"crash test: {KILLS} kills in {elapsed:.1f} s, {total_acks} acknowledged commands "
          f"all found; {opened_before_kill} operators had opened the meeting when killed; "
          f"acknowledged per database {sizes}")
    assert total_acks > KILLS, "the kills did not land in the middle of command traffic"
