"""Several stations on one meeting on a local PostgreSQL: propagation, one clock, catch-up.

* Propagation: an action committed at the podium (one process) until the frame that
  shows it is painted on another station (another process), over hundreds of actions,
  with two processes (podium, a console) and three (podium, a console, the room
  display); baseline: the same receiver polling the journal every 500 ms.
* Clock agreement: two stations, one whose wall clock is two minutes wrong, read back
  to back; the baseline is the same station with its own clock uncorrected.
* Catch-up: a station away while 1,000 events were journaled reads and folds them;
  the baseline is reopening the meeting (replaying the whole journal).

The server is FLOORAPP_BENCH_DATABASE_URL, FLOORAPP_TEST_DATABASE_URL or the local
one at 127.0.0.1:5432; each run makes a database of its own and drops it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.figures import Figure, median, not_measured, percentile
from bench.meeting import ROOT, programme
from floorapp.core.clock import FakeClock, SkewedClock
from floorapp.service import FloorService

LOCAL = "postgresql://postgres@127.0.0.1:5432/test"
SKEW_SECONDS = 120.0
#: A display frame at 60 Hz: the clock agreement's goal.
FRAME_MS = 1000 / 60


def server() -> str | None:
    """A PostgreSQL server URL that answers, or None."""
    import psycopg

    url = (os.environ.get("FLOORAPP_BENCH_DATABASE_URL")
           or os.environ.get("FLOORAPP_TEST_DATABASE_URL") or LOCAL)
    url = url.replace("postgresql+psycopg://", "postgresql://")
    try:
        with psycopg.connect(url, connect_timeout=2):
            return url
    except psycopg.Error:
        return None


@contextmanager
def meeting_database(base: str) -> Iterator[str]:
    """A new database holding a new meeting of the small programme; dropped afterwards."""
    import psycopg

    name = f"floorbench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = f"{base.rpartition('/')[0]}/{name}"
    try:
        prog = programme()
        svc = FloorService.create(url, prog, FakeClock(), station="set-up")
        svc.open_segment(next(s.id for s in prog.segments if s.kind.value == "panel"))
        svc.close()
        yield url
    finally:
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _child(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "bench.station_child", *args], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)


def _lines_until_done(proc: subprocess.Popen[str]) -> list[str]:
    assert proc.stdout is not None
    out: list[str] = []
    for line in proc.stdout:
        if line.strip() == "done":
            break
        out.append(line.strip())
    return out


def propagate(url: str, folder: Path, receivers: list[str], mode: str, actions: int,
              pace: float) -> tuple[list[float], list[float]]:
    """Milliseconds from each commit at the podium to the frame showing it on each
    receiver, and to the events' being folded there (before any view saw them)."""
    procs = [_child("receive", url, str(folder / f"{kind}-{mode}.ini"), kind, mode)
             for kind in receivers]
    sender = _child("send", url, str(actions), str(pace))
    try:
        for p in procs:
            assert p.stdout is not None
            if p.stdout.readline().strip() != "ready":
                raise RuntimeError("a receiving station did not start")
        time.sleep(1.0)  # the stations' first paint and first catch-up
        assert sender.stdin is not None
        sender.stdin.write("go\n")
        sender.stdin.flush()
        sent = [line.split() for line in _lines_until_done(sender) if line.startswith("sent")]
        time.sleep(1.5 if mode == "listen" else 2.0)
        painted_by: list[list[tuple[int, float]]] = []
        folded_by: list[list[tuple[int, float]]] = []
        for p in procs:
            assert p.stdin is not None
            p.stdin.write("quit\n")
            p.stdin.flush()
            rows = [line.split() for line in _lines_until_done(p)]
            painted_by.append([(int(r[1]), float(r[2])) for r in rows if r[0] == "painted"])
            folded_by.append([(int(r[1]), float(r[2])) for r in rows if r[0] == "folded"])
    finally:
        for p in [*procs, sender]:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
            p.__exit__(None, None, None)
    return _after(sent, painted_by), _after(sent, folded_by)


def _after(sent: list[list[str]], seen_by: list[list[tuple[int, float]]]) -> list[float]:
    """For every station and every action sent, ms until the station had it."""
    latencies: list[float] = []
    for seen in seen_by:
        for seq, at in ((int(r[1]), float(r[2])) for r in sent):
            when = next((t for s, t in seen if s >= seq), None)
            if when is None:
                raise RuntimeError(f"seq {seq} never reached a station")
            latencies.append(max(0.0, when - at) * 1000)
    return latencies


def _three(name: str, ms: list[float], baseline: str, base: list[float] | None,
           note: str) -> list[Figure]:
    figs = []
    for p in (50, 95, 99):
        figs.append(Figure(f"{name}: p{p}", percentile(ms, p), "ms", baseline,
                           percentile(base, p) if base else None, note if p == 50 else ""))
    return figs


def propagation(folder: Path, quick: bool) -> list[Figure]:
    """Propagation figures with two and three processes, and the 500-ms poll baseline."""
    url = server()
    if url is None:
        return [not_measured("propagation between stations", "ms",
                             "no PostgreSQL server answers")]
    actions = 150 if quick else 500
    pace = 0.15  # ~7 actions a second: faster than any operator, slower than a repaint
    load = os.getloadavg()[0]
    figs: list[Figure] = []
    with meeting_database(url) as db:
        poll, poll_folded = propagate(db, folder, ["console"], "poll",
                                      actions // 2 if quick else 200, pace)
    with meeting_database(url) as db:
        two, two_folded = propagate(db, folder, ["console"], "listen", actions, pace)
    with meeting_database(url) as db:
        three, three_folded = propagate(db, folder, ["console", "display"], "listen", actions,
                                        pace)
    load = max(load, os.getloadavg()[0])
    base = f"the same console polling every 500 ms (p50, p95, p99 of {len(poll)})"
    note = (f"{actions} actions, one every ~{pace * 1000:.0f} ms; machine load average up to "
            f"{load:.1f} on {os.cpu_count()} CPUs")
    figs += _three("propagation, committed at the podium to painted on a console (2 processes)",
                   two, base, poll, note)
    figs += _three("↳ committed at the podium to folded on the console, before painting",
                   two_folded, base.replace("console polling", "console polling, folded,"),
                   poll_folded, "")
    figs += _three("propagation to a console and the room display (3 processes)",
                   three, base, poll, f"{len(three)} paints after {actions} actions")
    figs += _three("↳ committed to folded on the console and the display, before painting",
                   three_folded, base.replace("console polling", "console polling, folded,"),
                   poll_folded, "")
    return figs


def clock_agreement(quick: bool) -> list[Figure]:
    """Time left on the podium against a station whose wall clock is two minutes fast."""
    url = server()
    if url is None:
        return [not_measured("clock agreement", "ms", "no PostgreSQL server answers")]
    samples = 200 if quick else 1000
    with meeting_database(url) as db:
        podium = FloorService.open(db, station="the podium")
        skewed = FloorService.open(db, SkewedClock(SKEW_SECONDS), station="the display")
        try:
            podium.request("VNM")
            podium.next()
            skewed.refresh()
            corrected: list[float] = []
            uncorrected: list[float] = []
            for k in range(samples):
                if k % 100 == 0:
                    skewed.sync_clock(3)  # re-estimated periodically, as the watcher does
                t_a = skewed.clock.monotonic()
                cd_a = podium.countdown()
                t_b = skewed.clock.monotonic()
                cd_b = skewed.countdown()
                iv = skewed.state.current
                assert cd_a is not None and cd_b is not None and iv is not None
                # Brought to one instant: the podium's reading is t_b - t_a older.
                at_b = cd_a.remaining - (t_b - t_a)
                corrected.append(abs(at_b - cd_b.remaining) * 1000)
                own = iv.allotted - iv.elapsed(skewed.timeline.local(t_b))
                uncorrected.append(abs(at_b - own) * 1000)
                time.sleep(0.005)
        finally:
            skewed.close()
            podium.close()
    base = "the same station on its own clock, uncorrected"
    return [
        Figure("clock agreement, 2-minute skew: time left differs by (p50)", median(corrected),
               "ms", base, median(uncorrected),
               f"{samples} readings; goal <= {FRAME_MS:.0f} ms (one frame)"),
        Figure("clock agreement, 2-minute skew: time left differs by (max)", max(corrected),
               "ms", base, max(uncorrected)),
    ]


def catch_up(quick: bool) -> list[Figure]:
    """A station away while 1,000 events were journaled: reading and folding them."""
    url = server()
    if url is None:
        return [not_measured("catch-up after 1,000 missed events", "ms",
                             "no PostgreSQL server answers")]
    runs = 1 if quick else 3
    times: list[float] = []
    reopen: list[float] = []
    with meeting_database(url) as db:
        podium = FloorService.open(db, station="the podium")
        states = ("QAT", "BLR", "PHL", "EGY", "USA", "GBR", "FRA", "CHN")
        try:
            for _ in range(runs):
                away = FloorService.open(db, station="the laptop")
                target = podium.state.last_seq + 1000
                k = 0
                while podium.state.last_seq < target:
                    podium.request(states[k % len(states)])
                    podium.next()
                    podium.add_note(f"point {k}")
                    podium.end()
                    k += 1
                t0 = time.perf_counter()
                missed = away.refresh()
                times.append((time.perf_counter() - t0) * 1000)
                assert len(missed) >= 1000 and away.state.last_seq == podium.state.last_seq
                away.close()
                t0 = time.perf_counter()
                FloorService.open(db, station="the laptop").close()
                reopen.append((time.perf_counter() - t0) * 1000)
            total = podium.state.last_seq
        finally:
            podium.close()
    return [Figure("catch-up after 1,000 missed events (read and fold)", median(times), "ms",
                   f"reopening the meeting: replaying all {total:,} events", median(reopen),
                   f"median of {runs}")]


def stations(folder: Path, quick: bool) -> list[Figure]:
    """Every figure of this module."""
    return propagation(folder, quick) + clock_agreement(quick) + catch_up(quick)
