"""The Floor desktop app: opens (or creates) a meeting and shows the podium console.

``open_meeting`` holds the opening logic and never touches a widget, so tests and
tools can call it; ``open_meeting_interactive`` wraps it with dialogs; every
failure a user can cause ends in a message box, never a traceback.
"""

from __future__ import annotations

import argparse
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
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from floorapp.core.categories import LANGUAGES
from floorapp.core.clock import Clock
from floorapp.core.programme import Programme
from floorapp.gui.console.main_window import EXPORT_HOOKS, ConsoleWindow, DisplayFactory
from floorapp.gui.floor_qt import QtFloor
from floorapp.gui.settings import APPLICATION, LANGUAGE, ORGANISATION, Settings
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
    from floorapp.cues.hook import attach_cues

    attach_cues(window, floor, settings)


def _export_actions(menu: QMenu, floor: QtFloor) -> None:
    """File > Export's actions, put in the first time the menu opens (the export
    modules are not imported before the console is painted)."""

    def fill() -> None:
        menu.aboutToShow.disconnect(fill)
        from floorapp.export.worker import export_hook

        menu.clear()
        export_hook(menu, floor)

    menu.aboutToShow.connect(fill)


def install_hooks() -> None:
    """Connect the optional parts to every console: sound cues and the Export menu."""
    if _attach_cues not in CONSOLE_HOOKS:
        CONSOLE_HOOKS.append(_attach_cues)
    if _export_actions not in EXPORT_HOOKS:
        EXPORT_HOOKS.append(_export_actions)


def tr(text: str) -> str:
    """Translate in the App context."""
    return QCoreApplication.translate("App", text)


# -- places ------------------------------------------------------------------------------


def resources_dir() -> Path:
    """The bundled resources (installed package data, or the source tree's ``resources``)."""
    try:
        import floorapp.resources as res  # type: ignore[import-not-found]

        return Path(res.__file__).parent
    except ImportError:
        return Path(__file__).resolve().parents[2] / "resources"


def bundled_programme() -> Path:
    """The bundled programme of the 2012 dialogue."""
    folder = resources_dir() / "programmes"
    found = sorted(folder.glob(f"{SAMPLE_PROGRAMME_PREFIX}*.toml")) if folder.is_dir() else []
    return found[0] if found else folder / f"{SAMPLE_PROGRAMME_PREFIX}.toml"


def default_database() -> Path:
    """Where the sample meeting lives: the user's data folder."""
    import platformdirs

    return platformdirs.user_data_path(APPLICATION, ORGANISATION) / SAMPLE_DATABASE


# -- opening a meeting, without widgets ----------------------------------------------------


@dataclass(frozen=True)
class MeetingTarget:
    """Which meeting to open: a database (path or URL) and, to create it, a programme file."""

    database: str | None = None
    programme: str | None = None


class OpenFailure(Exception):
    """A meeting that could not be opened: a title and every problem, one per line."""

    def __init__(self, title: str, problems: Sequence[str]) -> None:
        super().__init__("\n".join(problems))
        self.title = title
        self.problems = list(problems)


def _is_url(target: str) -> bool:
    return "://" in target


def open_meeting(
    target: MeetingTarget, clock: Clock | None = None, settings: Settings | None = None,
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
    try:
        if not url and Path(database).expanduser().exists():
            return FloorService.open(database, clock)
        if programme is None:
            if url:
                return FloorService.open(database, clock)
            raise OpenFailure(tr("No such meeting"), [
                tr("There is no meeting database at {path}.").format(path=database),
                tr("Open an existing meeting, or create one from a programme file."),
            ])
        loaded = _load_programme(Path(programme))
        if settings is not None:
            loaded = replace(loaded, limits={**settings.limit_overrides(), **loaded.limits})
        if not url:
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        return FloorService.create_or_open(database, loaded, clock,
                                           settings.meeting_settings() if settings else None)
    except JournalError as exc:
        raise OpenFailure(tr("The meeting database cannot be used"), [str(exc)]) from exc
    except OSError as exc:
        raise OpenFailure(tr("The meeting database cannot be used"), [str(exc)]) from exc


def _load_programme(path: Path) -> Programme:
    from floorapp.core.programme_file import ProgrammeError, load_programme

    try:
        return load_programme(path)
    except ProgrammeError as exc:
        problems = [str(p) for p in getattr(exc, "problems", [])] or [str(exc)]
        raise OpenFailure(tr("The programme file has problems"), problems) from exc
    except OSError as exc:
        raise OpenFailure(tr("The programme file cannot be read"),
                          [f"{path}: {exc.strerror or exc}"]) from exc


# -- with dialogs ----------------------------------------------------------------------------


def show_problems(parent: QWidget | None, title: str, problems: Sequence[str]) -> None:
    """A modal message listing every problem (the first lines in view, all in the details)."""
    try:
        from floorapp.gui.dialogs import error_dialog
    except ImportError:
        pass
    else:
        error_dialog(parent, title, problems)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title, "\n".join(problems[:12]),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("open-failure")
    if len(problems) > 12:
        box.setInformativeText(tr("{n} problems in all; see the details.").format(
            n=len(problems)))
        box.setDetailedText("\n".join(problems))
    box.exec()


def open_meeting_interactive(
    parent: QWidget | None, target: MeetingTarget | str, clock: Clock | None = None,
    settings: Settings | None = None,
) -> FloorService | None:
    """Open a meeting, telling the user in a dialog why it failed; None on failure.

    ``target`` is a :class:`MeetingTarget`, or a database path or URL.
    """
    if isinstance(target, str):
        target = MeetingTarget(target)
    try:
        return open_meeting(target, clock, settings)
    except OpenFailure as exc:
        show_problems(parent, exc.title, exc.problems)
        return None


# -- the application -------------------------------------------------------------------------


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Floor's and Qt's translations for ``language`` where present."""
    installed: list[QTranslator] = []
    places = [
        (f"floorapp_{language}", str(resources_dir() / "translations")),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    for name, folder in places:
        t = QTranslator(app)
        if t.load(name, folder):
            app.installTranslator(t)
            installed.append(t)
    return installed


#: The translators apply_language installed, removed when the language changes again.
_TRANSLATORS: list[QTranslator] = []


def apply_language(app: QApplication, language: str) -> None:
    """Translators, locale and layout direction (right to left for Arabic)."""
    remove_translations(app)
    _TRANSLATORS.extend(install_translators(app, language))
    QLocale.setDefault(QLocale(language))
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
        from floorapp.gui.display import SpeakerDisplay  # type: ignore[attr-defined]

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

    def show(self, service: FloorService, with_display: bool = True) -> ConsoleWindow:
        """Show the console (and the speaker display, if available) on a meeting."""
        self.close()
        self.service = service
        self.floor = QtFloor(service, self)
        factory = load_display_factory()
        window = ConsoleWindow(self.floor, self.settings, factory)
        window.meeting_chosen.connect(self.switch)
        self.window = window
        floor = self.floor

        def after_paint() -> None:
            self.settings.remember_meeting(service.journal.target)  # writes the settings file
            window.fill_recent()
            for hook in CONSOLE_HOOKS:
                hook(window, floor, self.settings)
            service.warm_search()  # before the first name is typed

        AfterFirstPaint(window, after_paint)
        window.show()
        # With a second screen the display goes full screen there at once; with one,
        # it would cover the console, so it waits for Ctrl+D (View > Speaker display).
        if with_display and factory is not None and len(QGuiApplication.screens()) > 1:
            window.toggle_display()
        return window

    def switch(self, database: str, programme: str) -> None:
        """Open another meeting in place of this one."""
        service = open_meeting_interactive(
            self.window, MeetingTarget(database, programme or None), settings=self.settings)
        if service is not None:
            self.show(service)

    def close(self) -> None:
        """Close the console and release the meeting."""
        if self.floor is not None:
            self.floor.stop()
        if self.window is not None and shiboken6.isValid(self.window):
            self.window.meeting_chosen.disconnect(self.switch)
            self.window.close()
            self.window.deleteLater()
        if self.service is not None:
            self.service.close()
        self.window = self.floor = self.service = None


def build_parser() -> argparse.ArgumentParser:
    """Arguments of ``floorapp gui``."""
    p = argparse.ArgumentParser(prog="floorapp gui", description="The podium console.")
    p.add_argument("db", nargs="?", default=None,
                   help="meeting database (file or URL); default: the 2012 sample meeting")
    p.add_argument("--programme", default=None,
                   help="programme file (TOML) to create the meeting from if it does not exist")
    p.add_argument("--lang", default=None, choices=LANGUAGES, help="display language")
    return p


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
    from floorapp.export.qt_none import keep_none_alive

    keep_none_alive()  # a long session makes millions of void Qt calls: see qt_none
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
        settings=settings)
    if service is None:
        return 1
    session = ConsoleSession(settings)
    session.show(service)
    status = app.exec()
    session.close()
    remove_translations(app)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return int(status)
