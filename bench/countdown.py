"""Countdown accuracy over a real turn: the service's time left against a reference clock.

A 20 Hz Qt timer (the console's repaint rate) samples the service's countdown and a
tick-decrement countdown (the design of peers whose timers drift) side by side; the
reference is ``time.monotonic()`` from just before the floor was given.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from bench.figures import Figure
from bench.meeting import memory_meeting, states
from floorapp.core.clock import SystemClock

TICK_MS = 50


def real_turn(seconds: float) -> tuple[list[Figure], float]:
    """Figures of a real turn of ``seconds``; and the tick countdown's error rate (s/s)."""
    app = QCoreApplication.instance() or QCoreApplication([])
    svc = memory_meeting(SystemClock())  # type: ignore[arg-type]
    svc.open_segment(next(s.id for s in svc.programme.segments if s.themes)
                     if any(s.themes for s in svc.programme.segments)
                     else svc.programme.segments[0].id)
    svc.request(states(svc)[0])
    before = time.monotonic()
    svc.next()
    after = time.monotonic()
    given = (before + after) / 2
    cd0 = svc.countdown()
    assert cd0 is not None
    allotted = cd0.allotted + seconds  # long enough never to run out
    svc.extend(seconds)
    ticks = 0
    worst = worst_naive = 0.0
    samples = 0
    loop = QEventLoop()
    timer = QTimer(loop)
    timer.setObjectName("bench-repaint")
    timer.setInterval(TICK_MS)

    def tick() -> None:
        nonlocal ticks, worst, worst_naive, samples
        ticks += 1
        t0 = time.monotonic()
        cd = svc.countdown()
        t1 = time.monotonic()
        assert cd is not None
        reference = allotted - ((t0 + t1) / 2 - given)
        worst = max(worst, abs(cd.remaining - reference))
        worst_naive = max(worst_naive, abs((allotted - ticks * TICK_MS / 1000) - reference))
        samples += 1
        if t1 - given >= seconds:
            timer.stop()
            loop.quit()

    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    svc.close()
    del app
    spread = (after - before) / 2
    note = f"{samples} samples at 20 Hz over {seconds:.0f} s; give-floor instant known to " \
           f"±{spread * 1e3:.2f} ms"
    fig = Figure(f"countdown error over a real {seconds:.0f}-s turn (max)", worst * 1e3, "ms",
                 "tick-decrement countdown on the same 20 Hz timer", worst_naive * 1e3, note)
    return [fig], worst_naive / seconds
