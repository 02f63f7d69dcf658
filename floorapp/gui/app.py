"""The Floor desktop app: opens (or creates) a meeting and shows the podium console.

``open_meeting`` holds the opening logic and never touches a widget, so tests and
tools can call it; ``open_meeting_interactive`` wraps it with dialogs; every
failure a user can cause ends in a message box, never a traceback.

The parts it is built from live beside it: the target, the sample meeting and the
programme file in ``meeting_files``, the dialogs in ``meeting_dialogs``, the language in
``language``, the console's optional parts in ``console_hooks``, and ``first_paint``.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from floorapp.core.categories import LANGUAGES
from floorapp.core.clock import Clock
from floorapp.gui.arguments import build_parser, station_name
from floorapp.gui.console.connection_banner import attach_banner
from floorapp.gui.console.main_window import ConsoleWindow, DisplayFactory
from floorapp.gui.console_hooks import CONSOLE_HOOKS, install_hooks, load_display_factory
from floorapp.gui.first_paint import AfterFirstPaint
from floorapp.gui.language import apply_language, remove_translations
from floorapp.gui.meeting_dialogs import NEW_MEETING, OPEN_ANOTHER, ask_for_meeting, show_problems
from floorapp.gui.meeting_files import (
    MeetingTarget,
    OpenFailure,
    _is_url,
    _load_programme,
    _remember_programme,
    bundled_programme,
    default_database,
)
from floorapp.qt.floor_qt import QtFloor
from floorapp.qt.live import LiveLink
from floorapp.qt.messages import say
from floorapp.qt.settings import APPLICATION, LANGUAGE, ORGANISATION, Settings
from floorapp.service import FloorService
from floorapp.storage.errors import JournalError

__all__ = [
    "CONSOLE_HOOKS", "NEW_MEETING", "OPEN_ANOTHER", "ConsoleSession", "MeetingTarget",
    "OpenFailure", "apply_language", "ask_for_meeting", "bundled_programme", "default_database",
    "gui_main", "install_hooks", "load_display_factory", "open_meeting",
    "open_meeting_interactive", "remove_translations", "show_problems", "tr",
]


def tr(text: str) -> str:
    """Translate in the App context."""
    return QCoreApplication.translate("App", text)


# -- opening a meeting, without widgets ----------------------------------------------------


def open_meeting(
    target: MeetingTarget, clock: Clock | None = None, settings: Settings | None = None,
    station: str = "",
) -> FloorService:
    """Open a meeting database, creating it from the programme when it does not exist yet.

    With neither a database nor a programme, the bundled 2012 meeting in the user's
    data folder is opened (and created the first time). New meetings take their
    default limits and timing settings from ``settings``. Raises :class:`OpenFailure`.
    """
    database = target.database
    programme = target.programme
    if database is None:
        database = str(default_database())
        if programme is None:
            programme = str(bundled_programme())
    url = _is_url(database)
    if settings is not None and programme is not None:
        _remember_programme(settings, database, programme)
    try:
        if not url and Path(database).expanduser().exists():
            return FloorService.open(database, clock, station)
        if programme is None:
            if url:
                return FloorService.open(database, clock, station)
            raise OpenFailure(tr("No such meeting"), [
                tr("There is no meeting database at {path}.").format(path=database)],
                tr("Open an existing meeting, or create one from a programme file."))
        loaded = _load_programme(Path(programme))
        if settings is not None:
            loaded = replace(loaded, limits={**settings.limit_overrides(), **loaded.limits})
        if not url:
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        return FloorService.create_or_open(database, loaded, clock,
                                           settings.meeting_settings() if settings else None,
                                           station)
    except JournalError as exc:
        raise OpenFailure(tr("The meeting database cannot be used"), [say(exc)]) from exc
    except OSError as exc:
        raise OpenFailure(tr("The meeting database cannot be used"), [str(exc)]) from exc


# -- with dialogs ----------------------------------------------------------------------------


def open_meeting_interactive(
    parent: QWidget | None, target: MeetingTarget | str, clock: Clock | None = None,
    settings: Settings | None = None, station: str = "", offer_others: bool = False,
) -> FloorService | None:
    """Open a meeting, telling the user in a dialog why it failed; None on failure.

    ``target`` is a :class:`MeetingTarget`, or a database path or URL. With
    ``offer_others`` (at start-up), a failure offers to open or create another meeting
    instead, until one opens or the user gives up.
    """
    if isinstance(target, str):
        target = MeetingTarget(target)
    while True:
        try:
            return open_meeting(target, clock, settings, station)
        except OpenFailure as exc:
            if not offer_others:
                if exc.advice:
                    show_problems(parent, exc.title, exc.problems, exc.advice)
                else:
                    show_problems(parent, exc.title, exc.problems)
                return None
            choice = show_problems(parent, exc.title, exc.problems, exc.advice, offer=True)
            if not choice:
                return None
            target = ask_for_meeting(parent, choice) or target


# -- the application -------------------------------------------------------------------------


class ConsoleSession(QObject):
    """The open meeting and its console; replaces both when the user opens another."""

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.service: FloorService | None = None
        self.floor: QtFloor | None = None
        self.window: ConsoleWindow | None = None
        #: Keeps the meeting live: what other stations (or processes) do shows here.
        self.link: LiveLink | None = None
        #: The speaker display alone, for a display station.
        self.display_only: QWidget | None = None
        #: "display" to open every meeting as the speaker display only (floorapp join
        #: --role display with another role's code).
        self.view: str | None = None

    def wants_display_only(self, service: FloorService) -> bool:
        """Whether this station shows the speaker display alone (the display role)."""
        from floorapp.core.stations import StationRole

        return service.role is StationRole.DISPLAY or self.view == "display"

    def show_display(self, service: FloorService) -> QWidget | None:
        """The speaker display alone, in a window of its own (the display station)."""
        self.close()
        factory = load_display_factory()
        if factory is None:
            return None
        self.service = service
        self.floor = QtFloor(service, self)
        self.display_only = factory(self.floor, self.settings)
        # A display station follows the meeting live like any other station.
        self.link = LiveLink(service, self)
        self.link.start()
        self.display_only.show()
        # No console shares this machine's screen: the display fills it (F11 toggles).
        self.display_only.setWindowState(
            self.display_only.windowState() | Qt.WindowState.WindowFullScreen)
        return self.display_only

    def show(self, service: FloorService, with_display: bool = True) -> ConsoleWindow:
        """Show the console (and the speaker display, if available) on a meeting."""
        self.close()
        self.service = service
        self.floor = QtFloor(service, self)
        factory = load_display_factory()
        window = self._console(self.floor, factory)
        floor = self.floor

        def after_paint() -> None:
            self.settings.remember_meeting(service.journal.target)  # writes the settings file
            window.fill_recent()
            for hook in CONSOLE_HOOKS:
                hook(window, floor, self.settings)
            service.warm_search()  # before the first name is typed
            # Everything built so far lives as long as the console: out of the cyclic
            # collector's sight, a full collection no longer walks it (20-60 ms on the
            # GUI thread, a dropped frame at a key press).
            gc.freeze()

        AfterFirstPaint(window, after_paint)
        self.link = LiveLink(service, self)
        attach_banner(window, self.link)
        self.link.came_back.connect(self._came_back)
        self.link.start()
        window.show_fitting()
        # With a second screen the display goes full screen there at once; with one,
        # it would cover the console, so it waits for Ctrl+D (View > Speaker display).
        if with_display and factory is not None and len(QGuiApplication.screens()) > 1:
            window.toggle_display()
        return window

    def _came_back(self, n: int) -> None:
        """Say that the link is back (to whichever console shows now)."""
        if self.window is not None and shiboken6.isValid(self.window):
            self.window.show_message(
                tr("Connected to the meeting again; {n} actions caught up.").format(n=n))

    def _console(self, floor: QtFloor, factory: DisplayFactory | None) -> ConsoleWindow:
        window = ConsoleWindow(floor, self.settings, factory)
        window.meeting_chosen.connect(self.switch)
        window.relanguage = self.relanguage
        self.window = window
        return window

    def relanguage(self, language: str) -> None:
        """Show the console in another language at once: the translators, the fonts, the
        direction change and the console is rebuilt in place, on the same meeting, with
        its layout; the speaker display stays as it is (it has its own language)."""
        old, floor = self.window, self.floor
        app = QApplication.instance()
        if old is None or floor is None or not isinstance(app, QApplication) \
                or not shiboken6.isValid(old):
            return
        apply_language(app, language)
        display, old.display = old.display, None
        geometry, layout = old.saveGeometry(), old.saveState()
        window = self._console(floor, old.display_factory)
        for hook in CONSOLE_HOOKS:
            hook(window, floor, self.settings)
        if self.link is not None:
            attach_banner(window, self.link)
        window.fill_recent()
        window.restoreGeometry(geometry)
        window.restoreState(layout)
        window.adopt_display(display)
        window.show()
        old.meeting_chosen.disconnect(self.switch)
        old.relanguage = None
        old.close()
        old.deleteLater()

    def switch(self, database: str, programme: str) -> None:
        """Open another meeting in place of this one."""
        station = self.service.station if self.service is not None else ""
        service = open_meeting_interactive(
            self.window, MeetingTarget(database, programme or None), settings=self.settings,
            station=station)
        if service is not None:
            if self.wants_display_only(service):
                self.show_display(service)
            else:
                self.show(service)

    def close(self) -> None:
        """Close the console and release the meeting."""
        if self.floor is not None:
            self.floor.stop()
        if self.link is not None:
            self.link.stop()
            self.link = None
        if self.display_only is not None and shiboken6.isValid(self.display_only):
            self.display_only.close()
            self.display_only.deleteLater()
        self.display_only = None
        if self.window is not None and shiboken6.isValid(self.window):
            self.window.meeting_chosen.disconnect(self.switch)
            self.window.ask_before_closing = False
            self.window.close()
            self.window.deleteLater()
        if self.service is not None:
            self.service.close()
        self.window = self.floor = self.service = None


def _has_screen() -> bool:
    """Whether Qt has somewhere to show windows (always on Windows and macOS)."""
    if not sys.platform.startswith("linux") or QApplication.instance() is not None:
        return True
    import os

    return bool(os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY")
                or os.environ.get("WAYLAND_DISPLAY"))


def gui_main(args: Sequence[str] | argparse.Namespace | None = None) -> int:
    """Run the app; returns the exit status."""
    ns = args if isinstance(args, argparse.Namespace) else build_parser().parse_args(
        list(args) if args is not None else [])
    if not _has_screen():
        print("floorapp: no screen to show the console on (DISPLAY and WAYLAND_DISPLAY are "
              "not set). Start it from a desktop session, or set QT_QPA_PLATFORM=offscreen "
              "to run it without a screen.", file=sys.stderr)
        return 2
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    install_hooks()
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Floor")
    settings = Settings()
    language = getattr(ns, "lang", None)
    if language in LANGUAGES:
        settings.set(LANGUAGE, language)
    apply_language(app, settings.get(LANGUAGE))
    service = open_meeting_interactive(
        None, MeetingTarget(getattr(ns, "db", None), getattr(ns, "programme", None)),
        settings=settings, station=station_name(getattr(ns, "station", None)),
        offer_others=True)
    if service is None:
        return 1
    session = ConsoleSession(settings)
    session.view = getattr(ns, "view", None)
    if session.wants_display_only(service) and load_display_factory() is not None:
        session.show_display(service)
    else:
        session.show(service)
    status = app.exec()
    session.close()
    from floorapp.gui.sharing.host_process import stop_all

    stop_all()  # hosting started from File > Share stops with the app, cleanly
    remove_translations(app)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return int(status)
