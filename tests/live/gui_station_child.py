"""One station of the two-console test, in a process of its own (offscreen Qt).

Usage: ``python gui_station_child.py ROLE DB SETTINGS.ini [SKEW]`` with ROLE ``officer``
or ``secretary`` (a console window) or ``display`` (the speaker display); SKEW puts
this station's wall clock so many seconds wrong. Prints
``ready``; then reads one JSON command a line from stdin, does it through the
widgets, and answers one JSON line: ``{"ok": ..., "show": {...}}`` where ``show`` is
what the station's screen shows (speaker, clock text, time left at a monotonic
instant, last seq, notes of the speaker's intervention).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, Qt, Signal  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from floorapp.core.clock import SkewedClock  # noqa: E402
from floorapp.gui.app import ConsoleSession  # noqa: E402
from floorapp.gui.display.speaker_display import SpeakerDisplay  # noqa: E402
from floorapp.qt import settings as S  # noqa: E402
from floorapp.qt.floor_qt import QtFloor  # noqa: E402
from floorapp.qt.live import LiveLink  # noqa: E402
from floorapp.service import FloorService  # noqa: E402

STATIONS = {"officer": "the podium", "secretary": "the secretary's laptop",
            "display": "the room display"}


class Lines(QObject):
    """Hands stdin's lines to the GUI thread."""

    line = Signal(str)


def main() -> int:
    role, db, ini = sys.argv[1:4]
    skew = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
    app = QApplication(sys.argv[:1])
    settings = S.Settings(ini)
    clock = SkewedClock(skew) if skew else None
    service = FloorService.open(db, clock, station=STATIONS[role])
    refusals: list[str] = []
    if role == "display":
        floor = QtFloor(service, app)
        link = LiveLink(service, app)
        screen: Any = SpeakerDisplay(floor, settings)
        screen.resize(1280, 720)
        screen.show()
        link.start()
    else:
        session = ConsoleSession(settings)
        screen = session.show(service, with_display=False)
        floor = session.floor
    floor.refused.connect(refusals.append)

    def show() -> dict[str, Any]:
        s = service.state
        iv = s.current
        t = time.monotonic()
        cd = service.countdown()
        if role == "display":
            name, clock = screen.name.full_text, screen.clock.text()
        else:
            name, clock = screen.current.name.text(), screen.current.clock.text()
        notes = {e.intervention_id: list(e.notes) for e in service.log() if e.notes}
        return {"speaker": s.participant(iv.participant_id).name() if iv else None,
                "name_shown": name, "clock_shown": clock, "monotonic": t,
                "remaining": cd.remaining if cd else None,
                "paused": cd.paused if cd else None, "seq": s.last_seq, "notes": notes,
                "refusals": refusals[-3:]}

    def handle(text: str) -> None:
        cmd = json.loads(text)
        ok = True
        do = cmd.get("do")
        if do == "quit":
            print(json.dumps({"ok": True}), flush=True)
            app.quit()
            return
        if do == "inscribe":
            field = screen.speakers.bar.field
            field.clear()
            QTest.keyClicks(field, cmd["text"])
            QTest.keyClick(field, Qt.Key.Key_Return)
        elif do == "note":
            notes = screen.log.notes
            iv = service.state.current
            notes.set_intervention(iv.id if iv else None)
            notes.text.setPlainText("")
            QTest.keyClicks(notes.text, cmd["text"])
            notes.save.click()  # "Add note"
        elif do == "action":
            screen.actions_by_id[cmd["id"]].trigger()
        elif do == "run":
            ok = floor.run(getattr(service, cmd["command"]), *cmd.get("args", []))
        elif do == "shoot":
            ok = screen.grab().save(cmd["path"])
        print(json.dumps({"ok": ok, "show": show()}), flush=True)

    lines = Lines()
    lines.line.connect(handle, Qt.ConnectionType.QueuedConnection)

    def read() -> None:
        for raw in sys.stdin:
            lines.line.emit(raw)

    threading.Thread(target=read, daemon=True).start()
    print("ready", flush=True)
    status = app.exec()
    if role != "display":
        session.close()
    else:
        link.stop()
        floor.stop()
        service.close()
    return int(status)


if __name__ == "__main__":
    sys.exit(main())
