"""A walk through every window and dialog of the app, opened on a running meeting.

``floorapp screenshots`` shoots each stop, and the language test reads every string
each stop shows: the console (with a refusal in its status bar, and with the help
overlay), every page of the settings, the programme editor (meeting, segments, and
the segments' texts in another language), adding a participant, the list of
problems of a programme file, an export, the record dialogs, the sound cues, the
file dialogs of File > New meeting and Open meeting, the concept-note importer, the
banner of a lost connection, and sharing and joining a meeting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QTabWidget, QWidget

from floorapp.qt.floor_qt import QtFloor
from floorapp.qt.settings import Settings

#: A programme file with a few mistakes, for the list of problems.
BAD_PROGRAMME = """title = "Dialogue"
date = "2012-13-01"
[[segments]]
id = "panel-1"
kind = "pannel"
title = "Panel I"
start = "11:00"
end = "25:00"
moderater = "Moderator"
"""


@dataclass
class Stop:
    """One thing to look at: a name for its file, the widget, and the console under it."""

    name: str
    widget: QWidget
    over: QWidget | None = None  # the console a dialog opens over (None: it is the console)


def _settle() -> None:
    for _ in range(4):
        QCoreApplication.processEvents()


def _dialog_stop(name: str, dialog: QWidget, over: QWidget) -> Iterator[Stop]:
    dialog.show()
    _settle()
    try:
        yield Stop(name, dialog, over)
    finally:
        dialog.close()
        dialog.deleteLater()


def _tabs(name: str, dialog: QWidget, tabs: QTabWidget, over: QWidget) -> Iterator[Stop]:
    dialog.show()
    try:
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            _settle()
            yield Stop(f"{name}-{i + 1}", dialog, over)
    finally:
        dialog.close()
        dialog.deleteLater()


def console_stops(window: QWidget, floor: QtFloor) -> Iterator[Stop]:
    """The console, then with a refusal in its status bar, then with the help overlay."""
    _settle()
    yield Stop("console", window)
    state = floor.service.state
    if state.current_segment is not None:
        floor.run(floor.service.open_segment, state.current_segment)  # refused: already open
    _settle()
    yield Stop("refusal", window)
    help_overlay = getattr(window, "help", None)
    if help_overlay is not None:
        help_overlay.toggle()
        _settle()
        try:
            yield Stop("help", window)
        finally:
            help_overlay.hide()


def settings_stops(window: QWidget, floor: QtFloor, settings: Settings) -> Iterator[Stop]:
    """Every page of File > Settings (with the pages other parts add, the sound cues)."""
    from floorapp.gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(floor, settings, getattr(window, "settings_pages", []), window)
    yield from _tabs("settings", dialog, dialog.tabs, window)


def programme_stops(window: QWidget, floor: QtFloor, language: str) -> Iterator[Stop]:
    """The programme editor, opened on the console's language as the console opens it:
    the meeting, the segments, then the texts in another language."""
    from floorapp.gui.dialogs.programme_editor import ProgrammeEditor

    editor = ProgrammeEditor(floor, None, window, language)  # as the console opens it
    tabs = editor.findChild(QTabWidget)
    editor.show()
    try:
        if tabs is not None:
            for i, part in enumerate(("meeting", "segments")):
                tabs.setCurrentIndex(i)
                if part == "segments" and editor.pages.segments:
                    editor.pages.list.setCurrentRow(min(1, len(editor.pages.segments) - 1))
                _settle()
                yield Stop(f"programme-{part}", editor, window)
            other = language if language != editor.language else \
                "fr" if editor.language != "fr" else "es"
            editor.languages.setCurrentIndex(editor.languages.findData(other))
            _settle()
            yield Stop("programme-translation", editor, window)
    finally:
        editor.close()
        editor.deleteLater()


def participant_stops(window: QWidget, floor: QtFloor) -> Iterator[Stop]:
    """Adding a participant who is not on the roster."""
    from floorapp.gui.dialogs.participant import AddParticipantDialog

    yield from _dialog_stop("participant", AddParticipantDialog(floor, "Interpol", window,
                                                                unknown=True), window)


def problems_stops(window: QWidget) -> Iterator[Stop]:
    """The list of problems of a programme file, as when a bad file is opened."""
    from floorapp.core.programme.file import ProgrammeError, parse_programme
    from floorapp.gui.app import tr as app_tr
    from floorapp.gui.dialogs.problems import ProblemsDialog
    from floorapp.qt.messages import say_problem

    try:
        parse_programme(BAD_PROGRAMME, "meeting.toml")
        found: list[str] = []
    except ProgrammeError as exc:
        found = [say_problem(p) for p in exc.problems]
    dialog = ProblemsDialog(app_tr("The programme file has problems"), found, window)
    yield from _dialog_stop("problems", dialog, window)


def export_stops(window: QWidget, floor: QtFloor) -> Iterator[Stop]:
    """The export dialog, for the list of speakers (language and segment)."""
    try:
        from floorapp.export.formats import FORMATS
        from floorapp.gui.export_dialog import ExportDialog
        from floorapp.gui.export_worker import tr as export_tr
    except ImportError:
        return
    f = FORMATS.get("speakers-pdf") or next(iter(FORMATS.values()))
    dialog = ExportDialog(export_tr(f.title), floor.service.programme,
                          segment=floor.service.state.current_segment, ask_segment=True,
                          parent=window)
    yield from _dialog_stop("export", dialog, window)


def record_stops(window: QWidget, floor: QtFloor, language: str) -> Iterator[Stop]:
    """Correcting an intervention, and recording an announcement."""
    from floorapp.gui.console.record_panel import AnnouncementDialog, CorrectionDialog

    ended = [iv for iv in floor.service.state.interventions.values() if iv.ended_at is not None]
    if ended:
        yield from _dialog_stop("correction", CorrectionDialog(floor, ended[-1].id, language,
                                                               window), window)
    yield from _dialog_stop("announcement", AnnouncementDialog(window), window)


def file_stops(window: QWidget) -> Iterator[Stop]:
    """File > New meeting and Open meeting (Qt's own file dialog, translated by Qt)."""
    from floorapp.gui.console.main_window import tr as console_tr

    for name, title, kinds in (
        ("new-meeting", console_tr("New meeting from a programme"),
         console_tr("Programmes (*.toml);;All files (*)")),
        ("open-meeting", console_tr("Open a meeting"),
         console_tr("Meetings (*.floor);;All files (*)")),
    ):
        dialog = QFileDialog(window, title, "", kinds)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.resize(760, 480)
        yield from _dialog_stop(name, dialog, window)


#: A few lines of a concept note, for the importer's proposal.
CONCEPT_NOTE = """Interactive dialogue of the General Assembly on human trafficking
3 April 2012, Conference Room 2, United Nations Headquarters, New York
10:00 - 11:00 Opening remarks
11:00 - 13:00 Interactive Panel Discussion I: Protecting the victims of trafficking
15:00 - 17:45 Interactive Panel Discussion II: Assistance to the victims
17:45 - 18:00 Closing remarks
"""


class _Link(QObject):
    """A link to the meeting that is lost, for the connection banner."""

    went_offline = Signal(object)
    came_back = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.offline_since: datetime | None = None


def station_stops(window: QWidget) -> Iterator[Stop]:
    """The connection banner, and sharing and joining a meeting (when installed)."""
    try:
        from floorapp.gui.console.connection_banner import attach_banner
    except ImportError:
        pass
    else:
        if isinstance(window, QMainWindow):
            link = _Link(window)
            banner = attach_banner(window, link)  # type: ignore[arg-type]
            banner.show_lost(datetime.now().astimezone())
            _settle()
            try:
                yield Stop("connection-lost", window)
            finally:
                banner.hide()
                banner.deleteLater()
    try:
        from floorapp.gui.sharing.join_dialog import JoinDialog
        from floorapp.gui.sharing.share_dialog import ShareDialog
    except ImportError:
        return
    # A meeting on a server already: the dialog explains, and starts no host.
    yield from _dialog_stop("share", ShareDialog("postgresql://host.example/meeting", window),
                            window)
    yield from _dialog_stop("join", JoinDialog(window, look=False), window)


def import_stops(window: QWidget) -> Iterator[Stop]:
    """File > New meeting from a concept note: the text, and the proposed programme."""
    try:
        from floorapp.gui.dialogs.import_preview import ImportPreview
    except ImportError:
        return
    dialog = ImportPreview(window)
    dialog.show()
    try:
        _settle()
        yield Stop("import-text", dialog, window)
        dialog.source.setPlainText(CONCEPT_NOTE)
        dialog.propose_from_source()
        _settle()
        yield Stop("import-proposal", dialog, window)
    finally:
        dialog.close()
        dialog.deleteLater()


def tour(window: QWidget, floor: QtFloor, settings: Settings,
         language: str) -> Iterator[Stop]:
    """Every stop, in order; each dialog is closed when the walk moves on."""
    parts: list[Callable[[], Iterator[Stop]]] = [
        lambda: console_stops(window, floor),
        lambda: settings_stops(window, floor, settings),
        lambda: programme_stops(window, floor, language),
        lambda: participant_stops(window, floor),
        lambda: problems_stops(window),
        lambda: export_stops(window, floor),
        lambda: record_stops(window, floor, language),
        lambda: file_stops(window),
        lambda: import_stops(window),
        lambda: station_stops(window),
    ]
    for part in parts:
        yield from part()


def is_dialog(widget: QWidget) -> bool:
    """Whether a stop is a dialog over the console (rather than the console itself)."""
    return isinstance(widget, QDialog) or bool(widget.windowFlags() & Qt.WindowType.Dialog)
