"""Saves PNGs of the console in a realistic state, to look at (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.shoot_console [OUT_DIR]

The 2012 dialogue, Panel I open, a few interventions logged with notes, one
delegation speaking, eight waiting and one marked absent; English and Arabic,
at 1366×768 and 1920×1080.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from floorapp.core.categories import RequestKind, SegmentKind, SpeakerCategory  # noqa: E402
from floorapp.core.clock import FakeClock  # noqa: E402
from floorapp.core.programme.model import Person, Programme, Segment, Theme  # noqa: E402
from floorapp.gui.console.main_window import ConsoleWindow  # noqa: E402
from floorapp.qt.floor_qt import QtFloor  # noqa: E402
from floorapp.qt.settings import LANGUAGE, Settings  # noqa: E402
from floorapp.service import FloorService, meeting_created  # noqa: E402
from tests.helpers.fakes import MemoryJournal  # noqa: E402

SIZES = ((1366, 768), (1920, 1080))


def seed_programme() -> Programme:
    """The 3 April 2012 dialogue as its letter announced it (used if none is bundled)."""
    pga = Person("pga", "H.E. Nassir Abdulaziz Al-Nasser", "President of the General Assembly",
                 SpeakerCategory.CHAIR)
    return Programme(
        title="Fighting Human Trafficking: Partnership and Innovation to End Violence "
              "against Women and Children",
        date=date(2012, 4, 3), venue="Conference Room 2 (NLB), UN Headquarters, New York",
        limits={"member_state": 180, "observer_state": 180, "observer": 180, "group": 300},
        segments=(
            Segment("opening", SegmentKind.OPENING, "Opening remarks", time(10), time(11),
                    chair=pga),
            Segment("panel-1", SegmentKind.PANEL,
                    "Panel I: Protecting the Victims of Trafficking: Partnerships and "
                    "Innovation", time(11), time(13),
                    moderator=Person("mod1", "Moderator of Panel I", "",
                                     SpeakerCategory.MODERATOR),
                    panellists=(Person("p1", "First panellist"),
                                Person("p2", "Second panellist")),
                    themes=(Theme("political-will", "Enhancing political will and commitment"),
                            Theme("collective-action", "Strengthening international efforts "
                                                       "and collective action"),
                            Theme("demand", "Cooperation to curb the demand"))),
            Segment("panel-2", SegmentKind.PANEL, "Panel II: Assistance to the Victims of "
                    "Trafficking", time(15), time(17, 45)),
            Segment("closing", SegmentKind.CLOSING, "Closing remarks", time(17, 45), time(18),
                    chair=pga),
        ),
    )


def programme_2012() -> Programme:
    """The bundled 2012 programme if there is one, else the seed's."""
    try:
        from floorapp.core.programme.file import load_programme
        from floorapp.gui.app import bundled_programme

        path = bundled_programme()
        if path.exists():
            return load_programme(path)
    except ImportError:
        pass
    return seed_programme()


def realistic_meeting(clock: FakeClock) -> FloorService:
    """Panel I under way: three heard, one speaking, eight waiting, one absent."""
    journal = MemoryJournal()
    journal.append([meeting_created(programme_2012())], clock.wall())
    service = FloorService(journal, clock)
    panel = next(s for s in service.programme.segments if s.kind is SegmentKind.PANEL)
    service.open_segment(panel.id)
    themes = [t.id for t in panel.themes]
    heard = [("EU", RequestKind.GROUP, "the European Union and its Member States"),
             ("PHL", RequestKind.STATEMENT, ""), ("BLR", RequestKind.STATEMENT, "")]
    for pid, kind, behalf in heard:
        service.request(pid, kind, on_behalf_of=behalf)
    for pid in ("QAT", "EGY", "USA", "MEX", "NGA", "JPN", "SWE", "BRA"):
        service.request(pid)
    service.request("THA", RequestKind.QUESTION)
    service.request("ARG", RequestKind.REPLY)
    for seconds, note in ((290, "Supports the UN Voluntary Trust Fund"),
                          (205, "National action plan; cooperation with NGOs"),
                          (170, "Calls for ratification of the Palermo Protocol")):
        service.next()
        clock.advance(seconds)
        service.add_note(note, themes[:1])
    service.next()  # Qatar speaks
    clock.advance(85)
    absent = service.state.waiting()[2].id
    service.mark_absent(absent)
    return service


def shoot(out: Path) -> list[Path]:
    """Save the screenshots; returns their paths."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    saved: list[Path] = []
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("en", "ar"):
            clock = FakeClock(datetime(2012, 4, 3, 16, 2, tzinfo=UTC))
            service = realistic_meeting(clock)
            settings = Settings(Path(tmp) / f"{lang}.ini")
            settings.set(LANGUAGE, lang)
            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang == "ar"
                                   else Qt.LayoutDirection.LeftToRight)
            floor = QtFloor(service)
            window = ConsoleWindow(floor, settings)
            window.log.table.selectRow(0)
            for w, h in SIZES:
                window.resize(w, h)
                window.show()
                window.place_docks()
                for _ in range(3):
                    app.processEvents()
                path = out / f"console-{lang}-{w}x{h}.png"
                window.grab().save(str(path))
                saved.append(path)
            floor.stop()
            window.close()
            window.deleteLater()
            app.processEvents()
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return saved


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/floor-shots")
    for p in shoot(target):
        print(p)
