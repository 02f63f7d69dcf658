"""Engine figures: live actions on a durable journal, opening a long journal, a day's memory."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bench.figures import Figure, median, percentile
from bench.meeting import ROOT, START, memory_meeting, simulate, states, write_database
from floorapp.core.clock import FakeClock, SystemClock
from floorapp.core.floor import Floor
from floorapp.service import FloorService


def bare_inserts(folder: Path, n: int) -> list[float]:
    """Seconds per bare SQLite insert, one transaction each, WAL and synchronous FULL."""
    path = folder / f"bare-{time.monotonic_ns()}.sqlite"
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("CREATE TABLE t (seq INTEGER PRIMARY KEY, type TEXT, at TEXT, data TEXT)")
        payload = json.dumps({"intervention": "i501", "participant": "QAT", "limit": 180})
        out = []
        for _ in range(n):
            t0 = time.perf_counter()
            con.execute("BEGIN IMMEDIATE")
            con.execute("INSERT INTO t (type, at, data) VALUES (?, ?, ?)",
                        ("turn_paused", "2012-04-03T15:00:00.000000+00:00", payload))
            con.execute("COMMIT")
            out.append(time.perf_counter() - t0)
        return out
    finally:
        con.close()


def meeting_file(folder: Path, name: str, *, interventions: int | None = None,
                 events: int | None = None, undo_rate: float = 0.0) -> tuple[Path, int, int]:
    """A meeting database of so many interventions or events; (path, events, interventions)."""
    gen = memory_meeting(FakeClock(START))
    simulate(gen, gen.clock, interventions=interventions, events=events,  # type: ignore[arg-type]
             undo_rate=undo_rate)
    rows = gen.journal.rows  # type: ignore[attr-defined]
    path = folder / name
    write_database(path, rows)
    return path, len(rows), len(gen.state.interventions)


def live_actions(folder: Path, cycles: int, interventions: int = 500) -> list[Figure]:
    """Each live command journaled and folded, with so many turns in the log."""
    path, _, ivs = meeting_file(folder, f"live-{interventions}.floor",
                                interventions=interventions, undo_rate=0.01)
    svc = FloorService.open(path, SystemClock())
    try:
        rng = random.Random(7)
        who = states(svc)
        if svc.state.current is not None:
            svc.end()
        names = ("next", "pause", "extend", "end", "undo", "inscribe")
        times: dict[str, list[float]] = {n: [] for n in names}

        def timed(name: str, action: object) -> None:
            t0 = time.perf_counter()
            action()  # type: ignore[operator]
            times[name].append(time.perf_counter() - t0)

        for _ in range(cycles):
            waiting = {r.participant_id for r in svc.state.waiting()}
            pid = rng.choice([p for p in who if p not in waiting])
            timed("inscribe", lambda pid=pid: svc.request(pid))  # type: ignore[misc]
            timed("next", svc.next)
            timed("pause", svc.pause)
            svc.resume()
            timed("extend", lambda: svc.extend(30))
            timed("end", svc.end)
            timed("undo", svc.undo)
            svc.redo()
    finally:
        svc.close()
    live = [t for xs in times.values() for t in xs]
    bare = bare_inserts(folder, len(live))
    base = "bare SQLite insert, WAL + synchronous=FULL, same disk"
    n = f"{interventions:,}"
    note = f"{len(live)} commands, {ivs:,} turns in the log"
    figs = [
        Figure(f"live action at {n} turns, engine only (journal + fold): p50",
               percentile(live, 50) * 1e3, "ms", base + " (p50)", percentile(bare, 50) * 1e3,
               note),
        Figure(f"live action at {n} turns, engine only (journal + fold): p99",
               percentile(live, 99) * 1e3, "ms", base + " (p99)", percentile(bare, 99) * 1e3,
               note),
    ]
    for name in names:
        figs.append(Figure(f"↳ {name} (engine, {n} turns): p99",
                           percentile(times[name], 99) * 1e3, "ms", base + " (p99)",
                           percentile(bare, 99) * 1e3,
                           f"p50 {percentile(times[name], 50) * 1e3:.2f} ms; "
                           f"{len(times[name])} samples"))
    return figs


def open_long_journal(folder: Path, runs: int, target: int = 100_000) -> list[Figure]:
    """Open a meeting whose journal holds ``target`` events: from its snapshot (written by
    the background writer's own code), and, for comparison, by folding it all."""
    from floorapp.storage import snapshot_writer
    from floorapp.storage.journal import Journal

    t0 = time.perf_counter()
    path, n, ivs = meeting_file(folder, "long.floor", events=target)
    built = time.perf_counter() - t0
    journal = Journal.open(path)
    t0 = time.perf_counter()
    written = snapshot_writer.write(journal)
    writer_s = time.perf_counter() - t0
    journal.close()
    assert written.seq is not None, "no snapshot was written"
    opens, full_opens, replays, raw = [], [], [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        svc = FloorService.open(path, FakeClock())
        opens.append(time.perf_counter() - t0)
        assert svc.floor.events and svc.floor.events[0].seq == written.seq + 1, "no snapshot"
        assert len(svc.state.interventions) == ivs, "snapshot open differs"
        svc.close()
        t0 = time.perf_counter()
        con = sqlite3.connect(path)
        rows = con.execute(
            "SELECT seq, command, type, at, data FROM floor_events ORDER BY seq").fetchall()
        con.close()
        raw.append(time.perf_counter() - t0)
        assert len(rows) == n
    moved = path.with_name("long-no-snapshot.floor")
    moved.write_bytes(path.read_bytes())
    con = sqlite3.connect(moved)
    con.execute("DELETE FROM floor_snapshots")
    con.commit()
    con.close()
    # An open that folds this many events asks for a snapshot in the background: keep
    # it from writing one, or the next run would open from it instead of replaying.
    os.environ["FLOORAPP_NO_SNAPSHOTS"] = "1"
    try:
        for _ in range(runs):
            t0 = time.perf_counter()
            svc = FloorService.open(moved, FakeClock())
            full_opens.append(time.perf_counter() - t0)
            events = svc.floor.events
            assert len(events) == n and len(svc.state.interventions) == ivs, "bulk load differs"
            t0 = time.perf_counter()
            Floor.replay(events, svc.reference)
            replays.append(time.perf_counter() - t0)
            svc.close()
    finally:
        del os.environ["FLOORAPP_NO_SNAPSHOTS"]
    undo, pause = undo_on(path, max(runs, 5))
    base = "raw sqlite3: SELECT the same rows"
    note = (f"{n:,} events, {ivs:,} interventions; snapshot at event {written.seq:,} "
            f"({n - written.seq} events folded after it, the last "
            f"{snapshot_writer.UNDO_DEPTH} floor commands); median of {runs}; "
            f"meeting built in {built:.1f} s, snapshot written in {writer_s:.1f} s "
            "(in the background process's code, full replay included)")
    return [
        Figure(f"undo with {n // 1000}k events in the journal", median(undo) * 1e3, "ms",
               "pause on the same meeting", median(pause) * 1e3,
               "undo unwinds the before-images of the commands since the one taken back"),
        Figure(f"open a {n // 1000}k-event meeting (snapshot + the events after it)",
               median(opens), "s", base, median(raw), note),
        Figure(f"↳ open a {n // 1000}k-event meeting without a snapshot (full replay)",
               median(full_opens), "s", base, median(raw),
               "every snapshot deleted: the same meeting, folded from the journal"),
        Figure("↳ fold only (Floor.replay)", n / median(replays), "events/s",
               "raw sqlite3 rows/s", n / median(raw), "events already read"),
    ]


def undo_on(path: Path, runs: int) -> tuple[list[float], list[float]]:
    """Seconds of undo (the last "end") and of a pause, on the meeting at ``path``."""
    svc = FloorService.open(path, SystemClock())
    undo, pause = [], []
    try:
        for _ in range(runs):
            t0 = time.perf_counter()
            svc.undo()
            undo.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            svc.pause()
            pause.append(time.perf_counter() - t0)
            svc.resume()
            svc.end()
    finally:
        svc.close()
    return undo, pause


def day_in_child(folder: Path) -> dict[str, float]:
    """Run the 12-hour day in a fresh process (bench/day.py) and return its report."""
    out = subprocess.run(
        [sys.executable, "-m", "bench.day", str(folder / "day.floor")], cwd=ROOT,
        capture_output=True, text=True, timeout=600, check=True,
    ).stdout
    report: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return report


def day_figures(report: dict[str, float], naive_rate: float | None) -> list[Figure]:
    """Memory and drift figures of the simulated day."""
    hours = report["simulated_hours"]
    note = (f"{report['interventions']:.0f} interventions, {report['events']:.0f} events, "
            f"{hours:.1f} simulated hours on SQLite")
    return [
        Figure("countdown drift over a simulated 12-hour day", report["drift_max"] * 1e3, "ms",
               "tick-decrement countdown, its 60-s error rate extrapolated to 12 h",
               naive_rate * 12 * 3600 * 1e3 if naive_rate else None,
               note + f"; {report['probes']:.0f} probes"),
        Figure("resident memory after the day", report["rss_end"] / 2**20, "MiB",
               "same process when the meeting was opened", report["rss_start"] / 2**20, note),
        Figure("↳ memory growth over the day", (report["rss_end"] - report["rss_start"]) / 2**20,
               "MiB", "", None,
               f"{(report['rss_end'] - report['rss_start']) / report['interventions'] / 1024:.1f}"
               " KiB per intervention"),
    ]
