"""Runs ``gui_main`` in a process of its own, quitting as soon as the console is shown.

Used by test_console_app: an application that has run its event loop with a console
open does not deliver queued signals from other threads afterwards in the same
process, which would break the tests that follow (the exports' worker threads).
Usage: python gui_main_child.py SETTINGS.ini DB [gui_main args...]
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QCoreApplication, QTimer

from floorapp.gui import app as gui_app
from floorapp.qt import settings as S


def main() -> int:
    settings_path, *args = sys.argv[1:]
    settings = S.Settings(settings_path)
    gui_app.Settings = lambda: settings  # type: ignore[assignment,misc]
    seen: list[str] = []

    def quit_when_shown(window, _floor, _settings) -> None:  # type: ignore[no-untyped-def]
        seen.append(window.windowTitle())
        timer = QTimer(window)
        timer.setObjectName("test-quit")
        timer.setSingleShot(True)
        timer.timeout.connect(QCoreApplication.quit)
        timer.start(0)

    gui_app.CONSOLE_HOOKS.append(quit_when_shown)
    status = gui_app.gui_main(args)
    print(json.dumps({"status": status, "seen": seen,
                      "language": settings.get(S.LANGUAGE),
                      "recent": settings.get(S.RECENT_MEETINGS)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
