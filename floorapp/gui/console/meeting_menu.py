"""The podium console's Meeting menu: open a meeting, make one from a programme or a
concept note, the recent meetings, the programme editor, the settings, a new participant.

Opening another meeting is the app's work: the console emits ``meeting_chosen``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QWidget

from floorapp.gui.console.speakers_view import SpeakersPanel
from floorapp.gui.console.status_bar import ConsoleStatusBar
from floorapp.qt.settings import RECENT_MEETINGS, Settings, meeting_file_for
from floorapp.storage.journal import describe


def tr(text: str) -> str:
    """Translate in the Console context."""
    return QCoreApplication.translate("Console", text)


class ConsoleMeetingMenu(ConsoleStatusBar):
    """The Meeting menu's part of the podium console (``ConsoleWindow`` declares the signal)."""

    meeting_chosen: ClassVar[Signal]
    settings: Settings
    language: str
    menus: dict[str, QMenu]
    speakers: SpeakersPanel
    settings_pages: list[tuple[str, Callable[[QWidget], QWidget]]]

    def fill_recent(self) -> None:
        """List the recent meetings in File > Open recent."""
        menu = self.menus["recent"]
        menu.clear()
        for target in self.settings.get(RECENT_MEETINGS):
            a = menu.addAction(describe(target))  # a URL's password stays off the screen
            a.triggered.connect(lambda _c=False, t=target: self.meeting_chosen.emit(t, ""))
        menu.setEnabled(not menu.isEmpty())

    def choose_meeting(self) -> None:
        """Ask for a meeting database to open."""
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Open a meeting"), "", tr("Meetings (*.floor);;All files (*)"))
        if path:
            self.meeting_chosen.emit(path, "")

    def choose_programme(self) -> None:
        """Ask for a programme file, then where to keep the new meeting."""
        programme, _ = QFileDialog.getOpenFileName(
            self, tr("New meeting from a programme"), "", tr("Programmes (*.toml);;All files (*)"))
        if not programme:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, tr("Keep the meeting in"), meeting_file_for(Path(programme).stem),
            tr("Meetings (*.floor)"))
        if target:
            self.meeting_chosen.emit(target, programme)

    def import_concept_note(self) -> None:
        """Propose a programme from a concept note; on Accept, create its meeting."""
        from floorapp.gui.dialogs.import_flow import import_concept_note

        import_concept_note(self, self.meeting_chosen.emit)

    def edit_programme(self) -> None:
        """Open the programme editor (from the dialogs package)."""
        try:
            from floorapp.gui.dialogs import edit_programme
        except ImportError:
            self.show_message(tr("The programme editor is not available."))
            return
        from floorapp.qt.settings import PROGRAMME_FILES, meeting_key

        source = self.settings.for_meeting(
            PROGRAMME_FILES, meeting_key(self.floor.service.journal.target))
        edit_programme(self, self.floor, source or None, self.language)

    def open_settings(self) -> QDialog:
        """Show the settings dialog (with the pages other parts added)."""
        from floorapp.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.floor, self.settings, self.settings_pages, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def add_participant(self) -> None:
        """Add a participant who is not on the roster."""
        added = self.speakers.bar.ask_new(self, self.floor, "")
        if added is not None:
            self.show_message(tr("{name} was added; type the name to inscribe it.").format(
                name=added.name(self.language)))
