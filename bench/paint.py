"""Child process of the cold-start figure: show a window, report its first painted frame.

Usage: ``python -m bench.paint app DB CONFIG_DIR`` (the real app: ``floorapp DB``
through the command line's entry point, with its sound cues and Export menu, its
settings kept in CONFIG_DIR), ``python -m bench.paint console DB SETTINGS_INI`` (the
podium console alone on a meeting) or ``python -m bench.paint bare`` (an empty
QMainWindow, the baseline).
Prints ``painted SECONDS`` (from this script's first line) when the first frame of
the window has been painted, with the seconds spent importing, opening and building.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget  # noqa: E402


class FirstPaint(QObject):
    """Reports once, after the first paint of the window or any widget in it has finished."""

    def __init__(self, window: QWidget, marks: dict[str, float]) -> None:
        super().__init__(window)
        self.window = window
        self.marks = marks
        self.seen = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        """Watch paint events; report when the frame they belong to is done."""
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) \
                and (obj is self.window or self.window.isAncestorOf(obj)):
            self.seen = True
            QTimer.singleShot(0, self.report)  # after the rest of this frame is painted
        return False

    def report(self) -> None:
        """Print the marks and leave."""
        now = time.perf_counter() - T0
        parts = " ".join(f"{k}={v:.4f}" for k, v in self.marks.items())
        print(f"painted {now:.4f} {parts}", flush=True)
        QApplication.quit()


def main(argv: list[str]) -> None:
    """Build the window named by argv[0] and run until its first frame is painted."""
    marks: dict[str, float] = {}
    app = QApplication(sys.argv[:1])
    marks["qt"] = time.perf_counter() - T0
    window: QWidget
    if argv[0] == "bare":
        window = QMainWindow()
        window.resize(1366, 768)
    else:
        from floorapp.gui.app import ConsoleSession
        from floorapp.gui.settings import Settings
        from floorapp.service import FloorService

        marks["imports"] = time.perf_counter() - T0
        service = FloorService.open(argv[1])
        marks["open"] = time.perf_counter() - T0
        session = ConsoleSession(Settings(argv[2]))
        window = session.show(service, with_display=False)  # shown; painted in exec()
        marks["built"] = time.perf_counter() - T0
    watcher = FirstPaint(window, marks)
    app.installEventFilter(watcher)
    window.show()
    app.exec()


class FirstConsolePaint(FirstPaint):
    """FirstPaint for the window the app will make: the first QMainWindow painted."""

    def __init__(self, marks: dict[str, float]) -> None:
        QObject.__init__(self)
        self.marks = marks
        self.seen = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        """Watch paint events of any main window."""
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            top = obj.window()
            if isinstance(top, QMainWindow):
                self.seen = True
                QTimer.singleShot(0, self.report)
        return False


def real_app(db: str, config: str) -> None:
    """``floorapp DB`` as a user starts it, until its console's first frame is painted."""
    os.environ["XDG_CONFIG_HOME"] = config
    os.environ["XDG_DATA_HOME"] = config
    marks: dict[str, float] = {}
    app = QApplication(sys.argv[:1])
    marks["qt"] = time.perf_counter() - T0
    watcher = FirstConsolePaint(marks)
    app.installEventFilter(watcher)
    from floorapp.cli import main as floorapp_main

    marks["imports"] = time.perf_counter() - T0
    floorapp_main([db])


if __name__ == "__main__":
    if sys.argv[1] == "app":
        real_app(sys.argv[2], sys.argv[3])
    else:
        main(sys.argv[1:])
