"""The Qt face of the floor service: runs named commands and announces changes.

Signals:
    changed(Changes): what the last command (or catch-up) changed: a list of the events
        folded, with the parts of the meeting they touched (``floorapp.core.changes``).
    refused(str): a command the floor would not carry out, with the reason.
    failed(str): the database failed; the command was not recorded.
    tick(): the repaint timer fired; views recompute time from the service clock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec

from PySide6.QtCore import QObject, QTimer, Signal

from floorapp.core.changes import Changes
from floorapp.core.floor import Refused
from floorapp.core.roster import AmbiguousName, UnknownName
from floorapp.qt.messages import say
from floorapp.service import FloorService, Offline
from floorapp.storage.errors import JournalError

#: Repaints per second of every countdown; time itself comes from the clock.
REPAINT_HZ = 20
#: A command's parameters (``run`` checks the arguments against them).
P = ParamSpec("P")


class QtFloor(QObject):
    """Wraps a :class:`FloorService` for widgets: one place that runs commands."""

    changed = Signal(object)
    refused = Signal(str)
    failed = Signal(str)
    tick = Signal()

    def __init__(self, service: FloorService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        service.subscribe(self._announce)
        self.repaint_timer = QTimer(self)
        self.repaint_timer.setObjectName("floor-repaint")
        self.repaint_timer.setInterval(1000 // REPAINT_HZ)
        self.repaint_timer.timeout.connect(self.tick)
        self.repaint_timer.start()

    def _announce(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def run(self, command: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> bool:
        """Run a command of the service (``floor.run(floor.service.give_floor, rid)``,
        its arguments type-checked); True when it was carried out, else the refusal or
        the failure is said on ``refused`` or ``failed``."""
        try:
            command(*args, **kwargs)
        except Offline as exc:
            from floorapp.qt.live import offline_message

            self.refused.emit(offline_message(exc.since))
            return False
        except (Refused, UnknownName, AmbiguousName) as exc:
            self.refused.emit(say(exc))
            return False
        except JournalError as exc:
            self.failed.emit(say(exc))
            return False
        return True

    def stop(self) -> None:
        """Stop the repaint timer (before closing)."""
        self.repaint_timer.stop()
