"""Engine figures: live actions on a durable journal, opening a long journal, a day's memory."""

from __future__ import annotations

import json
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


def live_actions(folder: Path, cycles: int) -> list[Figure]:
    """Give the floor, pause, end: journaled and folded, with 500 interventions in the log."""
    path, _, _ = meeting_file(folder, "live.floor", interventions=500, undo_rate=0.01)
    svc = FloorService.open(path, SystemClock())
    try:
        rng = random.Random(7)
        who = states(svc)
        if svc.state.current is not None:
            svc.end()
        times: dict[str, list[float]] = {"give the floor": [], "pause": [], "end": [],
                                         "undo": []}

        def timed(name: str, action: object) -> None:
            t0 = time.perf_counter()
            action()  # type: ignore[operator]
            times[name].append(time.perf_counter() - t0)

        for _ in range(cycles):
            waiting = {r.participant_id for r in svc.state.waiting()}
            svc.request(rng.choice([p for p in who if p not in waiting]))
            timed("give the floor", svc.next)
            timed("pause", svc.pause)
            svc.resume()
            timed("end", svc.end)
            if len(times["undo"]) < cycles // 4:
                timed("undo", svc.undo)
                svc.redo()
    finally:
        svc.close()
    live = times["give the floor"] + times["pause"] + times["end"]
    bare = bare_inserts(folder, len(live))
    base = "bare SQLite insert, WAL + synchronous=FULL, same disk"
    n = f"{len(live)} actions, 500+ interventions in the log"
    figs = [
        Figure("live action, engine only (journal + fold): p50", percentile(live, 50) * 1e3, "ms",
               base + " (p50)", percentile(bare, 50) * 1e3, n),
        Figure("live action, engine only (journal + fold): p99", percentile(live, 99) * 1e3, "ms",
               base + " (p99)", percentile(bare, 99) * 1e3, n),
    ]
    for name in ("give the floor", "pause", "end", "undo"):
        figs.append(Figure(f"↳ {name} (engine): p50", percentile(times[name], 50) * 1e3, "ms",
                           base + " (p50)", percentile(bare, 50) * 1e3,
                           f"{len(times[name])} samples"))
    return figs


def open_long_journal(folder: Path, runs: int, target: int = 100_000) -> list[Figure]:
    """Open a meeting whose journal holds ``target`` events; replay rate."""
    t0 = time.perf_counter()
    path, n, ivs = meeting_file(folder, "long.floor", events=target)
    built = time.perf_counter() - t0
    opens, replays, raw = [], [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        svc = FloorService.open(path, FakeClock())
        opens.append(time.perf_counter() - t0)
        events = svc.floor.events
        assert len(events) == n and len(svc.state.interventions) == ivs, "bulk load differs"
        t0 = time.perf_counter()
        Floor.replay(events, svc.reference)
        replays.append(time.perf_counter() - t0)
        svc.close()
        t0 = time.perf_counter()
        con = sqlite3.connect(path)
        rows = con.execute(
            "SELECT seq, command, type, at, data FROM floor_events ORDER BY seq").fetchall()
        con.close()
        raw.append(time.perf_counter() - t0)
        assert len(rows) == n
    undo, pause = undo_on(path, runs)
    base = "raw sqlite3: SELECT the same rows"
    note = f"{n:,} events, {ivs:,} interventions; median of {runs}; built in {built:.1f} s"
    return [
        Figure(f"undo with {n // 1000}k events in the journal", median(undo) * 1e3, "ms",
               "pause on the same meeting", median(pause) * 1e3,
               "undo refolds the whole journal (Floor._rebuild)"),
        Figure(f"open a {n // 1000}k-event meeting", median(opens), "s", base, median(raw), note),
        Figure("↳ replay rate (whole open)", n / median(opens), "events/s",
               "raw sqlite3 rows/s", n / median(raw), note),
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
