"""``floorapp screenshots``: PNGs of every window and dialog, in a realistic state.

The 3 April 2012 dialogue on a fake clock and a meeting database in a temporary
folder: Panel I under way, its moderator (and panellists, when the programme
names them) and five delegations heard, with key points; Qatar speaking; eight
waiting (a statement on behalf of the African Group, the European Union, Member
States, an observer, a question). Everything is in the chosen language, Arabic laid
out right to left. Each window and dialog (``floorapp.gui.tour``) is shot on a
1366×768 and a 1920×1080 screen, dialogs centred over the console, and the speaker
display at both sizes. Works without a screen (offscreen Qt).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from floorapp.core.categories import LANGUAGES, RequestKind, SegmentKind, SpeakerCategory
from floorapp.core.clock import FakeClock
from floorapp.service import FloorService

#: The screens every window is shot on: a laptop at the podium, a podium monitor.
SIZES = ((1366, 768), (1920, 1080))
#: 11:00 in New York, when Panel I opened.
PANEL_OPENS = datetime(2012, 4, 3, 15, 0, tzinfo=UTC)
IOM_NAMES = {
    "en": "International Organization for Migration",
    "fr": "Organisation internationale pour les migrations",
    "es": "Organización Internacional para las Migraciones",
    "ru": "Международная организация по миграции",
    "zh": "国际移民组织",
    "ar": "المنظمة الدولية للهجرة",
}
#: Heard before the shot: (id, kind, on behalf of, seconds spoken, key point, theme index).
HEARD = (
    ("BLR", RequestKind.GROUP, "Group of Friends United against Human Trafficking", 290,
     "Called for a review of the Global Plan of Action in 2013.", 0),
    ("PHL", RequestKind.STATEMENT, "", 205,
     "National inter-agency council; partnerships with airlines and NGOs.", 1),
    ("MEX", RequestKind.STATEMENT, "", 170,
     "Pledged support to the UN Voluntary Trust Fund for victims.", 1),
    ("AUS", RequestKind.STATEMENT, "", 185,
     "Bali Process: regional cooperation on prosecution and victim support.", 1),
    ("VAT", RequestKind.STATEMENT, "", 150,
     "Demand reduction; care for victims through faith-based networks.", 2),
)
#: Waiting after Qatar, in the order they asked: (id, kind, on behalf of).
WAITING = (
    ("EGY", RequestKind.GROUP, "African Group"),
    ("EU", RequestKind.STATEMENT, ""),
    ("USA", RequestKind.STATEMENT, ""),
    ("NGA", RequestKind.STATEMENT, ""),
    ("JPN", RequestKind.STATEMENT, ""),
    ("iom", RequestKind.STATEMENT, ""),
    ("THA", RequestKind.QUESTION, ""),
    ("BRA", RequestKind.STATEMENT, ""),
)


def build_parser() -> argparse.ArgumentParser:
    """Arguments of ``floorapp screenshots``."""
    p = argparse.ArgumentParser(prog="floorapp screenshots",
                                description="Save PNGs of the console and the speaker display.")
    p.add_argument("--out", required=True, help="folder for the PNG files")
    p.add_argument("--lang", default="en", choices=LANGUAGES, help="display language")
    return p


def play_meeting(service: FloorService, clock: FakeClock) -> None:
    """Panel I under way: five delegations heard, Qatar speaking, eight waiting."""
    panel = next(s for s in service.programme.segments if s.kind is SegmentKind.PANEL)
    themes = [t.id for t in panel.themes]
    service.add_participant(IOM_NAMES["en"], SpeakerCategory.OBSERVER, IOM_NAMES)
    iom = next(p.id for p in service.state.participants.values()
               if p.name("en") == IOM_NAMES["en"])
    service.open_segment(panel.id)
    for person, seconds in ((panel.moderator, 300), *((p, 420) for p in panel.panellists[:2])):
        if person is not None:
            service.give_floor(participant=person.id)
            clock.advance(seconds)
            service.end()
            clock.advance(20)
    for pid, kind, behalf, _s, _n, _t in HEARD:
        service.request(pid, kind, on_behalf_of=behalf)
    service.request("QAT")
    for _pid, _kind, _behalf, seconds, note, theme in HEARD:
        clock.advance(10)
        service.next()
        clock.advance(seconds)
        service.add_note(note, themes[theme:theme + 1])
    for pid, kind, behalf in WAITING:
        service.request(iom if pid == "iom" else pid, kind, on_behalf_of=behalf)
    clock.advance(12)
    service.next()  # Qatar
    clock.advance(85)
    service.add_note("Trafficking as a crime against humanity; ratify the Palermo Protocol.",
                     themes[:1])


def _programme() -> object:
    from floorapp.export.sample_meeting import programme_2012

    return programme_2012()


def _settle(rounds: int = 4) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()


def _console_class() -> type | None:
    """The console's main window class, when the console is installed."""
    try:
        from floorapp.gui.console import main_window
    except ImportError:
        return None
    found = getattr(main_window, "MainWindow", None) or getattr(main_window, "ConsoleWindow", None)
    return found if isinstance(found, type) else None


def _screen(size: tuple[int, int], console: object, dialog: object | None) -> object:
    """What a screen of ``size`` shows: the console, and a dialog centred over it."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter, QPixmap

    screen = QPixmap(*size)
    screen.fill(QColor("#455a64"))
    painter = QPainter(screen)
    try:
        painter.drawPixmap(0, 0, console.grab())  # type: ignore[attr-defined]
        if dialog is not None:
            shot = dialog.grab()  # type: ignore[attr-defined]
            painter.fillRect(screen.rect(), QColor(0, 0, 0, 90))
            x = max(0, (size[0] - shot.width()) // 2)
            y = max(0, (size[1] - shot.height()) // 2)
            painter.drawPixmap(QPoint(x, y), shot)
    finally:
        painter.end()
    return screen


def take_screenshots(out: Path, lang: str = "en",
                     sizes: Sequence[tuple[int, int]] = SIZES) -> list[Path]:
    """Save PNGs of every window and dialog into ``out``, at each screen size; their paths.

    Each dialog is shown over the console, centred on a screen of that size, as the
    officer sees it; one larger than the screen is reported on stderr.
    """
    from PySide6.QtWidgets import QApplication

    from floorapp.gui.app import CONSOLE_HOOKS, apply_language, install_hooks
    from floorapp.gui.display import SpeakerDisplay
    from floorapp.gui.tour import is_dialog, tour
    from floorapp.qt.floor_qt import QtFloor
    from floorapp.qt.settings import LANGUAGE, Settings

    app = QApplication.instance()
    assert isinstance(app, QApplication), "a QApplication is needed"
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    install_hooks()
    apply_language(app, lang)
    with tempfile.TemporaryDirectory(prefix="floor-shots-") as tmp:
        clock = FakeClock(PANEL_OPENS)
        service = FloorService.create(Path(tmp) / "2012.floor", _programme(),  # type: ignore[arg-type]
                                      clock)
        floor = QtFloor(service)
        try:
            play_meeting(service, clock)
            settings = Settings(Path(tmp) / "floor.ini")
            settings.set(LANGUAGE, lang)
            console_class = _console_class()
            for size in sizes:
                tag = f"{lang}-{size[0]}x{size[1]}"
                if console_class is None:
                    print("The console is not installed: only the speaker display is shot.",
                          file=sys.stderr)
                else:
                    window = console_class(floor, settings)
                    for hook in CONSOLE_HOOKS:
                        hook(window, floor, settings)
                    window.resize(*size)
                    window.show()
                    if hasattr(window, "place_docks"):
                        window.place_docks()  # QMainWindow does not mirror dock areas itself
                    _select_last_heard(window)
                    for n, stop in enumerate(tour(window, floor, settings, lang), 1):
                        dialog = stop.widget if is_dialog(stop.widget) else None
                        if dialog is not None and (dialog.width() > size[0]
                                                   or dialog.height() > size[1]):
                            print(f"{stop.name}: {dialog.width()}×{dialog.height()} does not "
                                  f"fit a {size[0]}×{size[1]} screen", file=sys.stderr)
                        path = out / f"{n:02d}-{stop.name}-{tag}.png"
                        _screen(size, window, dialog).save(str(path))  # type: ignore[attr-defined]
                        saved.append(path)
                    window.close()
                    window.deleteLater()
                display = SpeakerDisplay(floor, settings)
                display.place()
                display.resize(*size)
                display.show()
                _settle()
                path = out / f"display-{tag}.png"
                display.grab().save(str(path))
                saved.append(path)
                display.close()
                display.deleteLater()
                _settle(1)
        finally:
            floor.stop()
            _settle(1)
            service.close()
            apply_language(app, "en")
    return saved


def _select_last_heard(window: object) -> None:
    """Select in the log the last one heard, so that the notes show."""
    _settle()
    table = getattr(getattr(window, "log", None), "table", None)
    if table is not None and hasattr(table, "setCurrentIndex"):
        # (selectRow does nothing right to left in Qt 6.12)
        table.setCurrentIndex(table.model().index(table.model().rowCount() - 2, 0))
    _settle()


def _offscreen_config() -> Path:
    """A configuration of Qt's offscreen platform with one screen of the largest size."""
    import json

    width, height = max(SIZES)
    path = Path(tempfile.gettempdir()) / f"floorapp-offscreen-{width}x{height}.json"
    path.write_text(json.dumps({"screens": [{
        "name": "podium", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return path


def screenshots_main(argv: Sequence[str]) -> int:
    """Run ``floorapp screenshots --out DIR [--lang LANG]``; the exit status."""
    try:
        ns = build_parser().parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    if os.environ.get("QT_QPA_PLATFORM") == "offscreen" and QApplication.instance() is None:
        # Qt's offscreen screen is 800×800: dialogs that size themselves to the screen
        # would be shot smaller than on a podium's. One screen as large as the largest shot.
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_offscreen_config()}"
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "floorapp"])
    try:
        saved = take_screenshots(Path(ns.out).expanduser(), ns.lang)
    except OSError as exc:
        print(f"floorapp screenshots: {ns.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    for path in saved:
        print(path)
    return 0
