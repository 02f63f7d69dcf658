"""A station kept live: what other stations do shows here, on the GUI thread.

The meeting database's watcher (floorapp.storage.watch) runs in a thread of its own
and only hints; this object hands each hint to the GUI thread, where the service
reads every event after its last seq and folds it (several hints waiting are one
read). A lost link makes the service refuse commands, with a banner saying since
when; when the link is back the service catches up by itself.

Signals:
    went_offline(object): the link to the meeting is lost since this UTC datetime.
    came_back(int): the link is back; so many events were caught up.
    caught_up(int): a hint was read: so many new events were folded.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLocale,
    QObject,
    Qt,
    QTimer,
    QTimeZone,
    Signal,
)

from floorapp.core.clock import RoundTrip
from floorapp.service import FloorService
from floorapp.storage.errors import JournalError
from floorapp.storage.watch import Watcher

#: After a read that failed, the next try comes this much later (ms).
RETRY_MS = 500


def tr(text: str) -> str:
    """Translate in the Console context."""
    return QCoreApplication.translate("Console", text)


def local_time(when: datetime) -> str:
    """A UTC instant as this station's local time of day (10:42:05), in the UI's locale."""
    stamp = QDateTime.fromSecsSinceEpoch(int(when.timestamp()), QTimeZone.utc()).toLocalTime()
    return QLocale().toString(stamp.time(), "HH:mm:ss")


def offline_message(since: datetime) -> str:
    """Why a command was not carried out while the link is lost."""
    return tr("The connection to the meeting is lost since {time}: nothing was done. "
              "Floor is reconnecting; try again when it is back.").format(time=local_time(since))


class LiveLink(QObject):
    """Connects a service to its meeting's watcher; see the module's docstring."""

    went_offline = Signal(object)
    came_back = Signal(int)
    caught_up = Signal(int)
    # Emitted from the watching thread; queued to this object's (the GUI) thread.
    _hinted = Signal()
    _went = Signal(object)
    _came_back = Signal()

    def __init__(self, service: FloorService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._pending = False
        queued = Qt.ConnectionType.QueuedConnection
        self._hinted.connect(self._read, queued)
        self._went.connect(self._on_lost, queued)
        self._came_back.connect(self._on_back, queued)
        self.retry_timer = QTimer(self)
        self.retry_timer.setObjectName("live-retry")
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self._read)
        watch = getattr(service.journal, "watch", None)
        self.watcher: Watcher | None = watch(self, service.clock) if watch else None

    def start(self) -> None:
        """Start watching the meeting."""
        if self.watcher is not None:
            self.watcher.start()

    def stop(self) -> None:
        """Stop watching (before the service is closed)."""
        self.retry_timer.stop()
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None

    @property
    def offline_since(self) -> datetime | None:
        """Since when the link is lost (UTC), or None."""
        return self.service.offline_since

    # -- the watcher's hooks (called from its thread) -----------------------------------

    def hint(self) -> None:
        """Something may have been appended."""
        if not self._pending:
            self._pending = True
            self._hinted.emit()

    def lost(self, since: datetime) -> None:
        """The link is lost since ``since``."""
        self._went.emit(since)

    def back(self) -> None:
        """The link is back."""
        self._came_back.emit()

    def clock(self, trip: RoundTrip) -> None:
        """A round trip to the server's clock (thread-safe on the timeline)."""
        if self.service.server_clock:
            self.service.timeline.observe(trip)

    # -- on the GUI thread ------------------------------------------------------------------

    def _read(self) -> None:
        self._pending = False
        if self.service.offline_since is not None:
            return  # the catch-up comes with the link
        try:
            newer = self.service.refresh()
        except JournalError:
            self.retry_timer.start()
            return
        if newer:
            self.caught_up.emit(len(newer))

    def _on_lost(self, since: datetime) -> None:
        self.service.connection_lost(since)
        self.went_offline.emit(since)

    def _on_back(self) -> None:
        try:
            newer = self.service.connection_restored()
        except JournalError:
            newer = []
            self.retry_timer.start()
        self.came_back.emit(len(newer))
