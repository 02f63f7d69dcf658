"""The Floor desktop app: opens (or creates) a meeting and shows the podium console.

``open_meeting`` holds the opening logic and never touches a widget, so tests and
tools can call it; ``open_meeting_interactive`` wraps it with dialogs; every
failure a user can cause ends in a message box, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from floorapp.core.categories import LANGUAGES
from floorapp.core.clock import Clock
from floorapp.core.programme.model import Programme
from floorapp.gui.arguments import add_gui_arguments
from floorapp.gui.console.connection_banner import attach_banner
from floorapp.gui.console.main_window import EXPORT_HOOKS, ConsoleWindow, DisplayFactory
from floorapp.qt.floor_qt import QtFloor
from floorapp.qt.languages import font_for, locale_for
from floorapp.qt.live import LiveLink
from floorapp.qt.messages import say, say_problem
from floorapp.qt.settings import APPLICATION, LANGUAGE, ORGANISATION, Settings, data_folder
from floorapp.resources_paths import resources_folder
from floorapp.service import FloorService
from floorapp.storage.errors import JournalError

#: The meeting opened when none is named: the 3 April 2012 interactive dialogue.
SAMPLE_DATABASE = "2012-sample.floor"
SAMPLE_PROGRAMME_PREFIX = "2012"

#: Called with every console the app shows (the cues module connects ``mute_toggled``).
ConsoleHook = Callable[[ConsoleWindow, QtFloor, Settings], None]
CONSOLE_HOOKS: list[ConsoleHook] = []


def _attach_cues(window: ConsoleWindow, floor: QtFloor, settings: Settings) -> None:
    """The sound cues, imported when the console has been painted (Qt Multimedia is slow
    to load)."""
    from floorapp.gui.cues_hook import attach_cues

    attach_cues(window, floor, settings)


def _export_actions(menu: QMenu, floor: QtFloor) -> None:
    """File > Export's actions, put in the first time the menu opens (the export
    modules are not imported before the console is painted)."""

    def fill() -> None:
        menu.aboutToShow.disconnect(fill)
        from floorapp.gui.export_worker import export_hook

        menu.clear()
        export_hook(menu, floor)

    menu.aboutToShow.connect(fill)


def _attach_sharing(window: ConsoleWindow, floor: QtFloor, settings: Settings) -> None:
    """File > Share this meeting and Join a meeting (imported after the first paint)."""
    from floorapp.gui.sharing.hook import attach_sharing

    attach_sharing(window, floor, settings)


def install_hooks() -> None:
    """Connect the optional parts to every console: sound cues, sharing, the Export menu."""
    for hook in (_attach_cues, _attach_sharing):
        if hook not in CONSOLE_HOOKS:
            CONSOLE_HOOKS.append(hook)
    if _export_actions not in EXPORT_HOOKS:
        EXPORT_HOOKS.append(_export_actions)


def tr(text: str) -> str:
    """Translate in the App context."""
    return QCoreApplication.translate("App", text)


def trn(text: str, n: int) -> str:
    """Translate a message with a number in the App context: Qt's plural forms for ``n``."""
    return QCoreApplication.translate("App", text, None, n).format(n=n)


# -- places ------------------------------------------------------------------------------


def bundled_programme() -> Path:
    """The bundled programme of the 2012 dialogue."""
    folder = resources_folder() / "programmes"
    found = sorted(folder.glob(f"{SAMPLE_PROGRAMME_PREFIX}*.toml")) if folder.is_dir() else []
    return found[0] if found else folder / f"{SAMPLE_PROGRAMME_PREFIX}.toml"


def default_database() -> Path:
    """Where the sample meeting lives: the user's data folder."""
    return data_folder() / SAMPLE_DATABASE


# -- opening a meeting, without widgets ----------------------------------------------------


@dataclass(frozen=True)
class MeetingTarget:
    """Which meeting to open: a database (path or URL) and, to create it, a programme file."""

    database: str | None = None
    programme: str | None = None


class OpenFailure(Exception):
    """A meeting that could not be opened: a title, every problem, and what to do."""

    def __init__(self, title: str, problems: Sequence[str], advice: str = "") -> None:
        super().__init__("\n".join([*problems, advice] if advice else problems))
        self.title = title
        self.problems = list(problems)
        #: What the user can do about it (not one of the problems).
        self.advice = advice


def _is_url(target: str) -> bool:
    return "://" in target


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


def _remember_programme(settings: Settings, database: str, programme: str) -> None:
    """The programme file a meeting comes from: where its programme editor saves."""
    from floorapp.qt.settings import PROGRAMME_FILES, meeting_key

    target = meeting_key(database)
    if not settings.for_meeting(PROGRAMME_FILES, target):
        settings.remember_for_meeting(PROGRAMME_FILES, target,
                                      str(Path(programme).expanduser().resolve()))


def _load_programme(path: Path) -> Programme:
    from floorapp.core.programme.file import ProgrammeError, load_programme

    try:
        return load_programme(path)
    except ProgrammeError as exc:
        problems = [say_problem(p) for p in getattr(exc, "problems", [])] or [str(exc)]
        raise OpenFailure(tr("The programme file has problems"), problems) from exc
    except OSError as exc:
        raise OpenFailure(tr("The programme file cannot be read"),
                          [f"{path}: {exc.strerror or exc}"]) from exc


# -- with dialogs ----------------------------------------------------------------------------


#: What the user may do after a meeting failed to open (``show_problems`` with ``offer``).
OPEN_ANOTHER, NEW_MEETING = "open", "new"


def show_problems(parent: QWidget | None, title: str, problems: Sequence[str],
                  advice: str = "", offer: bool = False) -> str:
    """A modal message listing every problem (the first lines in view, all in the details).

    With ``offer``, it also offers to open another meeting or make a new one, and
    returns which (``OPEN_ANOTHER``, ``NEW_MEETING``), or "" to give up.
    """
    actions = ([(tr("&Open another meeting…"), OPEN_ANOTHER),
                (tr("&New meeting from a programme…"), NEW_MEETING)] if offer else [])
    try:
        from floorapp.gui.dialogs import error_dialog
    except ImportError:
        pass
    else:
        return error_dialog(parent, title, problems, advice=advice, actions=actions) or ""
    box = QMessageBox(QMessageBox.Icon.Critical, title, "\n".join(problems[:12]),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("open-failure")
    if advice:
        box.setInformativeText(advice)
    if len(problems) > 12:
        box.setInformativeText(trn("{n} problems in all; see the details.", len(problems)))
        box.setDetailedText("\n".join(problems))
    box.exec()
    return ""


def ask_for_meeting(parent: QWidget | None, choice: str) -> MeetingTarget | None:
    """Ask which meeting to open (``OPEN_ANOTHER``) or make (``NEW_MEETING``); None if cancelled."""
    from PySide6.QtWidgets import QFileDialog

    if choice == OPEN_ANOTHER:
        path, _ = QFileDialog.getOpenFileName(
            parent, tr("Open a meeting"), str(Path.home()),
            tr("Meetings (*.floor);;All files (*)"))
        return MeetingTarget(path) if path else None
    if choice == NEW_MEETING:
        programme, _ = QFileDialog.getOpenFileName(
            parent, tr("New meeting from a programme"), str(bundled_programme().parent),
            tr("Programmes (*.toml);;All files (*)"))
        if not programme:
            return None
        suggested = default_database().with_name(Path(programme).stem + ".floor")
        target, _ = QFileDialog.getSaveFileName(
            parent, tr("Keep the meeting in"), str(suggested), tr("Meetings (*.floor)"))
        return MeetingTarget(target, programme) if target else None
    return None


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


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Floor's and Qt's translations for ``language`` where present."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(f"floorapp_{language}", str(resources_folder() / "translations")):
        app.installTranslator(ours)
        installed.append(ours)
    # Qt's own words (OK, Cancel, the file dialog): by locale, so that Chinese finds
    # qtbase_zh_CN.qm and Arabic qtbase_ar.qm.
    qt = QTranslator(app)
    if qt.load(locale_for(language), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


#: The translators apply_language installed, removed when the language changes again.
_TRANSLATORS: list[QTranslator] = []


#: The application's own font, before a language's families were set on it.
_BASE_FONT: list[QFont] = []


def apply_language(app: QApplication, language: str) -> None:
    """Translators, locale, fonts and layout direction (right to left for Arabic)."""
    remove_translations(app)
    _TRANSLATORS.extend(install_translators(app, language))
    QLocale.setDefault(locale_for(language))
    if not _BASE_FONT:
        _BASE_FONT.append(QFont(app.font()))
    app.setFont(font_for(language, _BASE_FONT[0]))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar"
                           else Qt.LayoutDirection.LeftToRight)


def remove_translations(app: QCoreApplication) -> None:
    """Take out the translators apply_language installed."""
    for t in _TRANSLATORS:
        app.removeTranslator(t)
    _TRANSLATORS.clear()


def load_display_factory() -> DisplayFactory | None:
    """The speaker display's constructor; the display module is imported when it opens."""

    def make(floor: QtFloor, settings: Settings) -> QWidget:
        from floorapp.gui.display import SpeakerDisplay

        widget: QWidget = SpeakerDisplay(floor, settings)
        return widget

    return make


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


def build_parser() -> argparse.ArgumentParser:
    """Arguments of ``floorapp gui``."""
    return add_gui_arguments(
        argparse.ArgumentParser(prog="floorapp gui", description="The podium console."))


def station_name(given: str | None) -> str:
    """This station's name: as given, else this computer's name."""
    if given and given.strip():
        return given.strip()[:64]
    import os

    if hasattr(os, "uname"):  # POSIX: no need of the socket module (7 ms) before the paint
        return os.uname().nodename[:64]
    import socket

    return socket.gethostname()[:64]


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
