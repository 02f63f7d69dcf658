"""Saves a PNG of the console mid-meeting with its connection lost (banner and refusal).

Usage: ``python tests/live/shoot_banner.py OUT.png [LANG]`` (offscreen). For looking at.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from floorapp.core.clock import FakeClock  # noqa: E402
from floorapp.gui.app import ConsoleSession, apply_language  # noqa: E402
from floorapp.gui.screenshots import _programme, play_meeting  # noqa: E402
from floorapp.qt import settings as S  # noqa: E402
from floorapp.service import FloorService  # noqa: E402


def main() -> int:
    out = Path(sys.argv[1])
    lang = sys.argv[2] if len(sys.argv) > 2 else "en"
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="floor-banner-"))
    settings = S.Settings(str(folder / "floor.ini"))
    settings.set(S.LANGUAGE, lang)
    apply_language(app, lang)
    clock = FakeClock()
    service = FloorService.create(folder / "m.floor", _programme(), clock,  # type: ignore[arg-type]
                                  station="the podium")
    play_meeting(service, clock)
    session = ConsoleSession(settings)
    window = session.show(service, with_display=False)
    assert session.link is not None
    since = datetime(2012, 4, 3, 10, 42, 5).astimezone()
    session.link.lost(since)
    for _ in range(10):
        app.processEvents()
    window.actions_by_id["next"].trigger()  # refused: the connection is lost
    for _ in range(10):
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out))
    print(out)
    session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
