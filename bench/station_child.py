"""Child processes of the propagation figure: a sending station and receiving stations.

``python -m bench.station_child send DB N PACE`` opens the meeting as the podium and
runs N floor actions (inscribe, give the floor, pause, resume, end, in turn), one
every PACE seconds (jittered), printing ``sent SEQ T`` as each is acknowledged
(committed), T on the machine's monotonic clock (CLOCK_MONOTONIC: the same for
every process on one machine).

``python -m bench.station_child receive DB INI KIND MODE`` shows a station (KIND
``console`` or ``display``) that learns by listening (MODE ``listen``: the watcher,
as shipped) or by polling every 500 ms (MODE ``poll``: the baseline). It prints
``ready``, then, when ``quit`` comes on stdin, one ``painted SEQ T`` line for every
frame painted after a change folded in, T again on the monotonic clock, and one
``folded SEQ T`` line for every read that folded new events (before any view saw them).
"""

from __future__ import annotations

import os
import random
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: The baseline's poll interval (what SAPL does).
POLL_MS = 500
STATES = ("QAT", "BLR", "PHL", "EGY", "USA", "GBR", "FRA", "CHN", "RUS", "BRA", "IND", "NGA",
          "ZAF", "MEX", "ARG", "JPN", "DEU", "ITA", "ESP", "CAN", "AUS", "SWE", "NOR", "KEN")


def send(db: str, n: int, pace: float) -> None:
    """Run n actions, one every ``pace`` seconds, reporting each acknowledgement."""
    from floorapp.service import FloorService

    svc = FloorService.open(db, station="the podium")
    rng = random.Random(5)
    cycle = ("request", "next", "pause", "resume", "end")
    sys.stdin.readline()  # go
    lines: list[str] = []
    for k in range(n):
        step = cycle[k % len(cycle)]
        if step == "request":
            waiting = {r.participant_id for r in svc.state.waiting()}
            stored = svc.request(rng.choice([s for s in STATES if s not in waiting]))
        elif step == "next":
            stored = svc.next()
        elif step == "pause":
            stored = svc.pause()
        elif step == "resume":
            stored = svc.resume()
        else:
            stored = svc.end()
        t = time.monotonic()
        lines.append(f"sent {stored[-1].seq} {t:.6f}")
        time.sleep(pace * rng.uniform(0.6, 1.4))
    print("\n".join(lines), flush=True)
    print("done", flush=True)
    svc.close()


def receive(db: str, ini: str, kind: str, mode: str) -> None:
    """Show a station; note every frame painted after a change was folded in."""
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
    from PySide6.QtWidgets import QApplication, QWidget

    from floorapp.qt.floor_qt import QtFloor
    from floorapp.qt.live import LiveLink
    from floorapp.qt.settings import Settings
    from floorapp.service import FloorService

    app = QApplication(sys.argv[:1])
    service = FloorService.open(db, station=f"the {kind}")
    settings = Settings(ini)
    folded: list[str] = []
    # Subscribed before the views (QtFloor), so called before they update.
    service.subscribe(lambda evs: folded.append(f"folded {evs[-1].seq} {time.monotonic():.6f}"))
    floor = QtFloor(service, app)
    window: QWidget
    if kind == "display":
        from floorapp.gui.display.speaker_display import SpeakerDisplay

        window = SpeakerDisplay(floor, settings)
        window.resize(1280, 720)
    else:
        from floorapp.gui.console.main_window import ConsoleWindow

        window = ConsoleWindow(floor, settings)
    window.show()
    link = LiveLink(service, app)
    poll = QTimer(app)
    poll.setObjectName("bench-poll")
    poll.setInterval(POLL_MS)
    poll.timeout.connect(service.refresh)
    if mode == "listen":
        link.start()
    else:
        poll.start()
    painted: list[str] = []

    class Painted(QObject):
        """Arms on each fold; notes the first paint of the window after it."""

        def __init__(self) -> None:
            super().__init__(window)
            self.armed = 0

        def arm(self, _events: object) -> None:
            self.armed = service.state.last_seq

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if self.armed and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) \
                    and (obj is window or window.isAncestorOf(obj)):
                painted.append(f"painted {self.armed} {time.monotonic():.6f}")
                self.armed = 0
            return False

    watcher = Painted()
    floor.changed.connect(watcher.arm)
    app.installEventFilter(watcher)

    class Lines(QObject):
        line = Signal(str)

    lines = Lines()
    lines.line.connect(lambda _text: app.quit(), Qt.ConnectionType.QueuedConnection)
    threading.Thread(target=lambda: lines.line.emit(sys.stdin.readline()),
                     daemon=True).start()
    print("ready", flush=True)
    app.exec()
    print("\n".join(painted + folded), flush=True)
    print("done", flush=True)
    link.stop()
    poll.stop()
    floor.stop()
    service.close()


if __name__ == "__main__":
    if sys.argv[1] == "send":
        send(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]))
    else:
        receive(*sys.argv[2:6])
