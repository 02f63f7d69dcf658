"""A simulated 12-hour day with 600 interventions on a real meeting file, in its own process.

Usage: ``python -m bench.day DB``. Prints one JSON line: resident memory when the
meeting was opened and after the day, and the countdown's largest deviation
from the time left computed independently by the driver (drift).
"""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

import psutil

from bench.meeting import START, programme, simulate
from floorapp.core.clock import FakeClock
from floorapp.service import FloorService

INTERVENTIONS = 600
#: Mean turn of a 12-hour day of 600 interventions, with time for requests and pauses.
TURN_SECONDS = (32.5, 97.5)


def main(db: Path) -> None:
    """Run the day and print the report."""
    clock = FakeClock(START)
    svc = FloorService.create(db, programme(), clock)
    gc.collect()
    proc = psutil.Process()
    rss_start = proc.memory_info().rss
    worst = 0.0
    probes = 0

    def probe(s: FloorService, spoken: float) -> None:
        nonlocal worst, probes
        iv = s.state.current
        cd = s.countdown()
        assert iv is not None and cd is not None
        worst = max(worst, abs(cd.remaining - (iv.allotted - spoken)))
        probes += 1

    t0 = clock.monotonic()
    simulate(svc, clock, interventions=INTERVENTIONS, turn_seconds=TURN_SECONDS, probe=probe)
    gc.collect()
    report = {
        "rss_start": rss_start,
        "rss_end": proc.memory_info().rss,
        "drift_max": worst,
        "probes": probes,
        "simulated_hours": (clock.monotonic() - t0) / 3600,
        "interventions": len(svc.state.interventions),
        "events": svc.state.last_seq,
    }
    svc.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
