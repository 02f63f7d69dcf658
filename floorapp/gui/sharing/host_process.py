"""``floorapp host`` run from the GUI, as a separate process that never blocks the GUI.

The process prints one JSON line once the meeting is shared (``--json``); this object
reads it and announces it. Stopping sends SIGTERM, on which the host stops its
PostgreSQL server cleanly.

Signals:
    ready(dict): the meeting is shared (roles, codes, URLs: ``HostedMeeting.to_json``).
    said(str): a line the host printed.
    finished(int, str): the host stopped, with its exit status and its last words.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtCore import QObject, QProcess, Signal

#: The one host process of this app (hosting survives opening the hosted meeting).
_CURRENT: list[HostProcess] = []


class HostProcess(QObject):
    """One ``floorapp host MEETING`` child process."""

    ready = Signal(dict)
    said = Signal(str)
    finished = Signal(int, str)

    def __init__(self, meeting: str, parent: QObject | None = None,
                 extra: list[str] | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.hosting: dict[str, Any] | None = None
        self.lines: list[str] = []
        self._buffer = b""
        self.process = QProcess(self)
        self.process.setObjectName("host-process")
        self.process.setProgram(sys.executable)
        self.process.setArguments(["-m", "floorapp.cli", "host", meeting, "--json",
                                   *(extra or [])])
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._error)

    @property
    def running(self) -> bool:
        """Whether the host process runs."""
        return self.process.state() != QProcess.ProcessState.NotRunning

    def start(self) -> None:
        """Start hosting (returns at once; ``ready`` follows)."""
        self.process.start()

    def stop(self, wait_ms: int = 60000) -> None:
        """Stop hosting: the server stops cleanly, the meeting stays whole."""
        if not self.running:
            return
        self.process.terminate()
        if not self.process.waitForFinished(wait_ms):
            self.process.kill()
            self.process.waitForFinished(5000)

    def _read(self) -> None:
        self._buffer += bytes(self.process.readAllStandardOutput().data())
        while b"\n" in self._buffer:
            raw, self._buffer = self._buffer.split(b"\n", 1)
            line = raw.decode(errors="replace").rstrip("\r")
            if line.startswith('{"hosting"'):
                try:
                    self.hosting = json.loads(line)["hosting"]
                except (ValueError, KeyError):
                    continue
                self.ready.emit(self.hosting)
                continue
            self.lines.append(line)
            self.said.emit(line)

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._read()
        if self in _CURRENT:
            _CURRENT.remove(self)
        self.finished.emit(code, "\n".join(self.lines[-8:]))

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            if self in _CURRENT:
                _CURRENT.remove(self)
            self.finished.emit(-1, self.process.errorString())


def current_host() -> HostProcess | None:
    """The host process this app runs, if any."""
    return _CURRENT[0] if _CURRENT else None


def start_host(meeting: str, parent: QObject, extra: list[str] | None = None) -> HostProcess:
    """Start hosting ``meeting`` (or return the host already running for it)."""
    running = current_host()
    if running is not None and running.running:
        return running
    host = HostProcess(meeting, parent, extra)
    _CURRENT.append(host)
    host.start()
    return host


def stop_all() -> None:
    """Stop hosting (when the app quits)."""
    for host in list(_CURRENT):
        host.stop()
