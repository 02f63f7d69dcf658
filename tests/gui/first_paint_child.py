"""Starts ``floorapp DB`` and, at the console's first paint, prints which heavy modules
are loaded (one JSON line), then quits. Usage: first_paint_child.py DB CONFIG_DIR."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = sys.argv[2]

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget  # noqa: E402

from bench.gui import NOT_BEFORE_PAINT  # noqa: E402


class Watch(QObject):
    """Reports the modules loaded when a main window is first painted."""

    seen = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if (not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)
                and isinstance(obj.window(), QMainWindow)):
            self.seen = True
            loaded = sorted(m for m in NOT_BEFORE_PAINT
                            if any(x == m or x.startswith(m + ".") for x in sys.modules))
            print(json.dumps(loaded), flush=True)
            os._exit(0)  # the console asks before closing while someone speaks
        return False


app = QApplication(sys.argv[:1])
watch = Watch()
app.installEventFilter(watch)
from floorapp.cli import main  # noqa: E402

main([sys.argv[1]])
