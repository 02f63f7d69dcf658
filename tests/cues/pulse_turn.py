"""A short turn with real sound cues, run as a child process by ``test_cues_pulse.py``.

Qt Multimedia connects to PulseAudio once per process and never retries, so the app
runs in its own process, pointed at the test's private PulseAudio server. It prints
one JSON object per line: the player's state, every cue it played, and when each
threshold fell (``time.monotonic()``, the same clock in every process on Linux).

Usage: python tests/cues/pulse_turn.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer  # noqa: E402

from floorapp.core.clock import SystemClock  # noqa: E402
from floorapp.core.countdown import crossings  # noqa: E402
from floorapp.core.meeting_settings import MeetingSettings  # noqa: E402
from floorapp.core.turn import Intervention  # noqa: E402
from floorapp.cues.catalogue import CUE_NAMES  # noqa: E402
from floorapp.cues.controller import CueController  # noqa: E402
from floorapp.cues.player import CuePlayer  # noqa: E402
from floorapp.qt.floor_qt import QtFloor  # noqa: E402
from floorapp.service import FloorService, meeting_created  # noqa: E402
from tests.helpers.factories import small_programme  # noqa: E402
from tests.helpers.fakes import MemoryJournal  # noqa: E402

LIMIT = 3  # seconds for a Member State
POINT_OF_ORDER_AT = 4.6  # seconds after the floor is given
SETTINGS = MeetingSettings(warning_seconds=1, reminder_seconds=1)


def say(**fields: Any) -> None:
    """One line of JSON for the test."""
    print(json.dumps(fields), flush=True)


def spin(seconds: float) -> None:
    """Run the event loop for a while."""
    loop = QEventLoop()
    timer = QTimer(loop)
    timer.setObjectName("pulse-turn-spin")
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(loop.quit)
    timer.start(max(0, round(seconds * 1000)))
    loop.exec()


def started_mono(service: FloorService, iv: Intervention) -> float:
    """When an intervention started, on ``time.monotonic()``."""
    mono, now = time.monotonic(), service.now()
    return mono - (now - iv.started_at).total_seconds()


def main() -> int:
    """Run the turn; 0 when it ran, 3 when the player found no sound."""
    app = QCoreApplication(sys.argv[:1])
    clock = SystemClock()
    journal = MemoryJournal()
    journal.append([meeting_created(small_programme(), SETTINGS)], clock.wall())
    service = FloorService(journal, clock)
    service.open_segment("panel-1")
    service.change_limit("member_state", LIMIT)
    service.request("QAT")
    floor = QtFloor(service, app)
    player = CuePlayer(volume=1.0, parent=app)
    say(event="player", available=player.available, reason=player.reason,
        output=player.device.description() if player.device is not None else "")
    if not player.available:
        return 3
    deadline = time.monotonic() + 5
    while not all(player.is_loaded(n) for n in CUE_NAMES) and time.monotonic() < deadline:
        spin(0.02)
    say(event="loaded", cues={n: player.is_loaded(n) for n in CUE_NAMES})
    controller = CueController(floor, player, app)
    controller.cue_played.connect(lambda name: say(event="played", cue=name,
                                                   mono=time.monotonic()))
    spin(0.5)

    floor.run(floor.service.next)
    speaker = service.state.current
    assert speaker is not None
    t0 = started_mono(service, speaker)
    for c in crossings(speaker.allotted, service.state.settings, POINT_OF_ORDER_AT - 0.1):
        say(event="threshold", cue=c.threshold.value, mono=t0 + c.at_elapsed)
    spin(t0 + POINT_OF_ORDER_AT - time.monotonic())
    floor.run(floor.service.point_of_order, "EU")
    point = service.state.current
    assert point is not None and point.id != speaker.id
    say(event="threshold", cue="point_of_order", mono=started_mono(service, point))
    spin(0.8)
    floor.run(floor.service.end)  # the point of order
    floor.run(floor.service.end)  # the speaker
    spin(0.3)
    controller.stop()
    floor.stop()
    say(event="done", mono=time.monotonic())
    return 0


if __name__ == "__main__":
    sys.exit(main())
