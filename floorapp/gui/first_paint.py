"""Work put off until the console has been painted once (the first frame need not wait)."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Runs a callback once, just after ``window``'s first frame is painted (or after
    ``fallback_ms`` if it is never painted): work the first frame need not wait for."""

    def __init__(self, window: QWidget, callback: Callable[[], None],
                 fallback_ms: int = 1000) -> None:
        super().__init__(window)
        self.setObjectName("after-first-paint")
        self.window = window
        self.callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setObjectName("after-first-paint-fallback")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run)
        self.timer.start(fallback_ms)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        """Watch for the window's first paint."""
        if obj is self.window and event.type() == QEvent.Type.Paint and self.callback:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.run)
        return False

    def run(self) -> None:
        """Run the callback, once."""
        self.timer.stop()
        callback, self.callback = self.callback, None
        if callback is not None and shiboken6.isValid(self.window):
            callback()
