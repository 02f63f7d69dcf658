"""Plays the cues of the meeting as its turns cross their thresholds.

The controller runs the scheduler on every repaint tick and every change of the
floor, and, so that a cue starts on time rather than at the next tick, arms a precise
single-shot timer for the next threshold of the running turn.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from floorapp.cues.player import CuePlayer
from floorapp.cues.scheduler import CueScheduler
from floorapp.qt.floor_qt import QtFloor

#: Added to the wait for the next threshold, so the timer fires just after it falls.
THRESHOLD_SLACK_MS = 1


class CueController(QObject):
    """Turns the floor's threshold crossings into sounds, each cue once.

    Nothing rings at start for thresholds passed before the controller was made
    (after a restart): the scheduler is primed with the state as it is.

    Signals:
        cue_played(str): a cue was played (name from ``floorapp.cues.catalogue``).
        cue_fired(str): a cue was due, whether or not it could sound (muted, off, no output).
        unavailable(str): sound cannot be played, with the reason; given once when the
            controller starts (from the event loop) and again only if sound, after being
            available, is lost.
    """

    cue_played = Signal(str)
    cue_fired = Signal(str)
    unavailable = Signal(str)

    def __init__(self, floor: QtFloor, player: CuePlayer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.floor = floor
        self.player = player
        self.scheduler = CueScheduler()
        self.scheduler.prime(floor.service.state, floor.service.now())
        self.threshold_timer = QTimer(self)
        self.threshold_timer.setObjectName("cue-threshold")
        self.threshold_timer.setSingleShot(True)
        self.threshold_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.threshold_timer.timeout.connect(self.check)
        self.report_timer = QTimer(self)
        self.report_timer.setObjectName("cue-report")
        self.report_timer.setSingleShot(True)
        self.report_timer.setInterval(0)
        self.report_timer.timeout.connect(self._report)
        floor.tick.connect(self.check)
        floor.changed.connect(self._changed)
        self._connected = True
        player.availability_changed.connect(self._availability_changed)
        if not player.available:
            self.report_timer.start()
        self._arm()

    def _report(self) -> None:
        if not self.player.available:
            self.unavailable.emit(self.player.reason)

    def _availability_changed(self, available: bool, reason: str) -> None:
        if not available:
            self.unavailable.emit(reason)

    def _changed(self, _events: list[object]) -> None:
        self.check()

    def check(self) -> None:
        """Play whatever cue is due now, then wait for the next threshold."""
        service = self.floor.service
        for cue in self.scheduler.update(service.state, None, service.now()):
            self.cue_fired.emit(cue)
            if self.player.play(cue):
                self.cue_played.emit(cue)
        self._arm()

    def _arm(self) -> None:
        service = self.floor.service
        wait = self.scheduler.seconds_to_next(service.state, None, service.now())
        if math.isinf(wait) or wait > 3600:
            self.threshold_timer.stop()
            return
        self.threshold_timer.start(max(0, math.ceil(wait * 1000)) + THRESHOLD_SLACK_MS)

    def stop(self) -> None:
        """Stop the timers and any sounding cue (before closing the meeting)."""
        self.threshold_timer.stop()
        self.report_timer.stop()
        self.player.stop()
        if self._connected:
            self._connected = False
            self.floor.tick.disconnect(self.check)
            self.floor.changed.disconnect(self._changed)
