"""The podium console: the main window for the chair's officer and the secretary.

The current intervention and the segment clock fill the centre; the programme,
the list of speakers and the log with its notes are dock panels that resize,
move and collapse (View menu), so the console works on a 1366×768 laptop and on
a large podium monitor alike. Every action is in the menus with its shortcut.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from floorapp.gui.console import shortcuts
from floorapp.gui.console.add_field import AskNew
from floorapp.gui.console.controller import FloorController
from floorapp.gui.console.current_view import CurrentView
from floorapp.gui.console.log_view import LogView
from floorapp.gui.console.menus import build_menus
from floorapp.gui.console.new_participant import ask_new_participant
from floorapp.gui.console.programme_view import ProgrammeView
from floorapp.gui.console.segment_clock_view import SegmentClockView
from floorapp.gui.console.speakers_view import SpeakersPanel
from floorapp.qt.floor_qt import QtFloor

if TYPE_CHECKING:
    from floorapp.gui.console.help_overlay import HelpOverlay
from floorapp.qt.settings import (
    FONT_SCALE,
    HIGH_CONTRAST,
    LANGUAGE,
    RECENT_MEETINGS,
    WINDOW_STATE,
    Settings,
    meeting_file_for,
)
from floorapp.storage.journal import describe

#: Makes the speaker display for a floor (None when the display is not available).
DisplayFactory = Callable[[QtFloor, Settings], QWidget]
#: Adds actions to the File > Export menu (registered by the export module).
ExportHook = Callable[[QMenu, QtFloor], None]
EXPORT_HOOKS: list[ExportHook] = []
STATUS_MS = 8000
#: Room a window's frame takes around it (width, height), at the most.
FRAME_ROOM = (16, 48)


def tr(text: str) -> str:
    """Translate in the Console context."""
    return QCoreApplication.translate("Console", text)


class ConsoleWindow(QMainWindow):
    """The podium console on one meeting.

    Signals:
        mute_toggled(bool): the operator muted (True) or unmuted the sound cues.
        display_toggled(bool): the speaker display was shown (True) or hidden.
        meeting_chosen(str, str): open a meeting database (target), or create one from a
            programme file (target, programme path) — the app replaces this window.
    """

    mute_toggled = Signal(bool)
    display_toggled = Signal(bool)
    meeting_chosen = Signal(str, str)

    def __init__(
        self, floor: QtFloor, settings: Settings, display_factory: DisplayFactory | None = None,
        ask_new: AskNew = ask_new_participant, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.floor = floor
        self.settings = settings
        self.display_factory = display_factory
        self.display: QWidget | None = None
        #: Rebuilds the console in another language (set by the app's session); without
        #: it a new language reaches the names at once and the rest at the next start.
        self.relanguage: Callable[[str], None] | None = None
        self.setObjectName("console")
        language = settings.get(LANGUAGE)
        self.language = language
        self._base_font = QFont(self.font())
        self._scale_shown = 1.0

        self.actions_by_id: dict[str, QAction] = {
            s.id: shortcuts.make_action(s, self) for s in shortcuts.ACTIONS}
        for a in self.actions_by_id.values():
            self.addAction(a)

        self.current = CurrentView(floor, language, settings.get(HIGH_CONTRAST), self)
        self.segment_clock = SegmentClockView(floor, self)
        centre = QWidget(self)
        centre.setObjectName("centre")
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.current, 1)
        column.addWidget(self.segment_clock, 0)
        self.setCentralWidget(centre)

        self.speakers = SpeakersPanel(floor, self.actions_by_id, language, ask_new, self)
        self.programme = ProgrammeView(floor, self, language)
        self.log = LogView(floor, language, self)
        self.docks = [
            self._dock("dock-programme", tr("Programme"), self.programme),
            self._dock("dock-speakers", tr("List of speakers"), self.speakers),
            self._dock("dock-log", tr("Log and notes"), self.log),
        ]
        self.place_docks()
        self.controller = FloorController(floor, self.speakers, settings, self)
        self._help: QWidget | None = None

        self.menus = build_menus(self, self.actions_by_id, self.docks, language,
                                 self.set_language)
        self._connect_actions()
        self.fill_recent()
        self.add_export_actions(self.menus["export"])

        self.meeting_label = QLabel(self)
        self.muted_label = QLabel(self)
        self.muted_label.setObjectName("sound-state")
        self._no_sound = ""
        self.statusBar().addPermanentWidget(self.muted_label)
        self.statusBar().addPermanentWidget(self.meeting_label)
        # A database URL's password stays off the screen.
        self.meeting_label.setText(describe(floor.service.journal.target))
        floor.refused.connect(self.show_refusal)
        self._at_floor = self._current_id()
        floor.changed.connect(self._floor_moved)
        floor.failed.connect(self.show_failure)
        self.speakers.message.connect(self.show_message)
        self.controller.message.connect(self.show_message)
        self.controller.mute_toggled.connect(self._muted)
        settings.changed.connect(self._setting_changed)
        #: Whether closing asks first while a delegation has the floor (not when the app
        #: itself replaces the console by another meeting).
        self.ask_before_closing = True
        #: Extra pages of the settings dialog, added by other parts (the sound cues).
        self.settings_pages: list[tuple[str, Callable[[QWidget], QWidget]]] = []

        self._show_title()
        self.resize(1366, 768)
        saved = settings.get(WINDOW_STATE)
        if saved:
            self.restoreState(QByteArray.fromBase64(saved.encode()))
        self.apply_font_scale(settings.get(FONT_SCALE))
        self.speakers.bar.field.setFocus()

    @property
    def help(self) -> HelpOverlay:
        """The F1 overlay of every shortcut, built the first time it is asked for."""
        from floorapp.gui.console.help_overlay import HelpOverlay

        if not isinstance(self._help, HelpOverlay):
            self._help = HelpOverlay(self)
        return self._help

    def show_fitting(self) -> None:
        """Show the console; maximized when its size and frame do not fit the screen.

        A 1366×768 laptop has less room than that once the window's frame and the
        desktop's panels are counted: the status bar would fall off the screen.
        """
        screen = self.screen()
        room = screen.availableGeometry() if screen is not None else None
        if room is not None and (room.width() < self.width() + FRAME_ROOM[0]
                                 or room.height() < self.height() + FRAME_ROOM[1]):
            self.showMaximized()
        else:
            self.show()

    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        return dock

    def place_docks(self) -> None:
        """Programme at the start of reading, list of speakers at the end, log below.

        QMainWindow does not mirror dock areas, so right-to-left layouts swap them here.
        """
        start, end = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            start, end = end, start
        programme, speakers, log = self.docks
        self.addDockWidget(start, programme)
        self.addDockWidget(end, speakers)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, log)
        self.resizeDocks([programme, speakers], [250, 420], Qt.Orientation.Horizontal)
        self.resizeDocks([log], [230], Qt.Orientation.Vertical)

    def _connect_actions(self) -> None:
        handlers = self.controller.handlers()
        handlers.update({
            "focus_programme": self.programme.focus,
            "focus_log": self.log.focus,
            "toggle_display": self.toggle_display,
            "bigger": lambda: self.apply_font_scale(self.settings.get(FONT_SCALE) + 0.1),
            "smaller": lambda: self.apply_font_scale(self.settings.get(FONT_SCALE) - 0.1),
            "high_contrast": self.toggle_high_contrast,
            "new_meeting": self.choose_programme,
            "new_from_note": self.import_concept_note,
            "open_meeting": self.choose_meeting,
            "edit_programme": self.edit_programme,
            "add_participant": self.add_participant,
            "settings": self.open_settings,
            "quit": self.close,
            "help": lambda: self.help.toggle(),
        })
        for action_id, handler in handlers.items():
            self.actions_by_id[action_id].triggered.connect(lambda _c=False, h=handler: h())
        self.actions_by_id["high_contrast"].setChecked(self.settings.get(HIGH_CONTRAST))
        # Space pauses only outside text fields and buttons: a shortcut of its own.
        pause = self.actions_by_id["toggle_pause"]
        pause.setShortcuts([k for k in pause.shortcuts() if k != QKeySequence("Space")])
        space = QShortcut(QKeySequence("Space"), self)
        space.setObjectName("shortcut-space")
        space.activated.connect(self._space)

    def _space(self) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton):
            focus.click()
        else:
            self.actions_by_id["toggle_pause"].trigger()

    # -- the status bar ------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        """Tell the user something in the status bar."""
        self._status_look(refusal=False)
        self.statusBar().showMessage(text, STATUS_MS)

    def _current_id(self) -> str | None:
        current = self.floor.service.state.current
        return current.id if current is not None else None

    def _floor_moved(self, _events: object = None) -> None:
        """A message about who has the floor is stale once someone else has it."""
        now = self._current_id()
        if now != self._at_floor:
            self._at_floor = now
            self.statusBar().clearMessage()

    def _status_look(self, refusal: bool) -> None:
        # Bold through the font, so that the status bar keeps the console's font scale.
        bar = self.statusBar()
        bar.setStyleSheet("QStatusBar { color: #b71c1c; }" if refusal else "")
        font = QFont(self.font())
        font.setBold(refusal)
        bar.setFont(font)

    def show_refusal(self, reason: str) -> None:
        """A command the floor refused: the reason, marked, in the status bar."""
        self._status_look(refusal=True)
        self.statusBar().showMessage("✋ " + tr("Not done: {reason}").format(reason=reason),
                                     STATUS_MS)

    def show_failure(self, message: str) -> None:
        """The database failed: the status bar and a (non-blocking) dialog say so."""
        self.show_refusal(message)
        box = QMessageBox(QMessageBox.Icon.Critical, tr("The meeting database failed"),
                          message + "\n\n" + tr("The last action was not recorded."),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("failure-box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _muted(self, muted: bool) -> None:
        self.actions_by_id["mute"].setChecked(muted)
        self._show_sound()
        self.mute_toggled.emit(muted)

    def set_sound(self, available: bool, reason: str = "") -> None:
        """Whether the cues can sound at all (the cues module says): shown while it lasts."""
        self._no_sound = "" if available else (reason or tr("No audio output."))
        self._show_sound()

    def _show_sound(self) -> None:
        """A silent console says so in the status bar for as long as it is silent."""
        if self._no_sound:
            text, tip = "🔇 " + tr("no sound: cues are visual only"), self._no_sound
        elif self.controller.muted:  # read from the one setting that records it
            text, tip = "🔇 " + tr("cues muted"), tr("Ctrl+M turns the sound cues on.")
        else:
            text, tip = "", ""
        self.muted_label.setText(text)
        self.muted_label.setToolTip(tip)
        self.muted_label.setStyleSheet(
            "QLabel#sound-state { background: #ffe082; color: #3e2723; font-weight: bold; "
            "padding: 1px 6px; border-radius: 3px; }" if text else "")

    # -- view settings ---------------------------------------------------------------------

    def apply_font_scale(self, scale: float) -> None:
        """Scale the console's text (kept in the settings)."""
        scale = round(max(FONT_SCALE.minimum or 0.5, min(scale, FONT_SCALE.maximum or 3.0)), 2)
        if scale != self.settings.get(FONT_SCALE):
            self.settings.set(FONT_SCALE, scale)
        if scale == self._scale_shown:
            return  # nothing to do (at start, nearly always): a new font re-lays out all
        self._scale_shown = scale
        f = QFont(self._base_font)
        size = self._base_font.pointSizeF()
        if size > 0:
            f.setPointSizeF(size * scale)
        self.setFont(f)
        # Table headers and the status bar take the style's own font rather than their
        # parent's: give them the scaled one too.
        for header in self.findChildren(QHeaderView):
            header.setFont(f)
        self.statusBar().setFont(f)

    def toggle_high_contrast(self) -> None:
        """Switch the high-contrast countdown colours."""
        on = not self.settings.get(HIGH_CONTRAST)
        self.settings.set(HIGH_CONTRAST, on)
        self.actions_by_id["high_contrast"].setChecked(on)
        self.current.set_high_contrast(on)

    def set_language(self, language: str) -> None:
        """Show names (and, after a restart, the menus) in another language."""
        self.language = language
        if self.settings.get(LANGUAGE) != language:
            self.settings.set(LANGUAGE, language)
        self.speakers.set_language(language)
        self.current.set_language(language)
        self.log.set_language(language)
        self.programme.set_language(language)
        self._show_title()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar"
                                   else Qt.LayoutDirection.LeftToRight)
        self.place_docks()
        if self.relanguage is not None:
            rebuild = self.relanguage
            QTimer.singleShot(0, self, lambda: rebuild(language))
        else:
            self.show_message(tr("Names are shown in the new language; menus follow at the "
                                 "next start."))

    def _show_title(self) -> None:
        """The window's title: the meeting's title in the console's language (Qt adds the
        application's name, "— Floor", itself)."""
        p = self.floor.service.state.programme
        self.setWindowTitle(p.text(p, "title", self.language).text if p else "")

    # -- the speaker display ---------------------------------------------------------------

    def adopt_display(self, display: QWidget | None) -> None:
        """Take over the speaker display of the console this one replaces."""
        self.display = display
        self.actions_by_id["toggle_display"].setChecked(
            display is not None and display.isVisible())

    def toggle_display(self) -> None:
        """Show or hide the speaker display."""
        action = self.actions_by_id["toggle_display"]
        if self.display is None:
            if self.display_factory is None:
                action.setChecked(False)
                self.show_message(tr("The speaker display is not available."))
                return
            self.display = self.display_factory(self.floor, self.settings)
            # Should a window manager still hand it the keyboard, every shortcut works there.
            self.display.addActions(list(self.actions_by_id.values()))
        show = not self.display.isVisible()
        self.display.setVisible(show)
        if show:  # in front, to be seen; the keyboard stays with the officer
            self.display.raise_()
        action.setChecked(show)
        self.display_toggled.emit(show)

    # -- meetings ------------------------------------------------------------------------

    def fill_recent(self) -> None:
        """List the recent meetings in File > Open recent."""
        menu = self.menus["recent"]
        menu.clear()
        for target in self.settings.get(RECENT_MEETINGS):
            a = menu.addAction(describe(target))  # a URL's password stays off the screen
            a.triggered.connect(lambda _c=False, t=target: self.meeting_chosen.emit(t, ""))
        menu.setEnabled(not menu.isEmpty())

    def add_export_actions(self, menu: QMenu) -> None:
        """Hook for exports: each function in ``EXPORT_HOOKS`` adds its actions to ``menu``."""
        menu.clear()
        for hook in EXPORT_HOOKS:
            hook(menu, self.floor)
        if menu.isEmpty():
            none = menu.addAction(tr("No export is available yet"))
            none.setEnabled(False)

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

    def _setting_changed(self, key: str) -> None:
        """A setting changed elsewhere (the settings dialog): show it."""
        if key == FONT_SCALE.key:
            self.apply_font_scale(self.settings.get(FONT_SCALE))
        elif key == HIGH_CONTRAST.key:
            on = self.settings.get(HIGH_CONTRAST)
            self.actions_by_id["high_contrast"].setChecked(on)
            self.current.set_high_contrast(on)
        elif key == LANGUAGE.key and self.settings.get(LANGUAGE) != self.language:
            self.set_language(self.settings.get(LANGUAGE))

    def add_participant(self) -> None:
        """Add a participant who is not on the roster."""
        added = self.speakers.bar.ask_new(self, self.floor, "")
        if added is not None:
            self.show_message(tr("{name} was added; type the name to inscribe it.").format(
                name=added.name(self.language)))

    def confirm_quit(self) -> bool:
        """True when the console may close now; while a delegation has the floor, ask first.

        The question is a window-modal box (never a nested event loop): Quit closes the
        console, Stay leaves it as it was. It says what becomes of the running turn.
        """
        current = self.floor.service.state.current
        if current is None or not self.ask_before_closing:
            return True
        if self.findChild(QMessageBox, "quit-box") is not None:
            return False
        name = self.floor.service.state.participant(current.participant_id).name(self.language)
        box = QMessageBox(QMessageBox.Icon.Question, tr("Quit Floor?"),
                          tr("{name} has the floor.").format(name=name),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("quit-box")
        # A message box sizes itself to its text: wide enough for its title in every
        # language too (the Arabic title was cut by the window's frame).
        box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel "
                          "{ min-width: 26em; }")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setInformativeText(tr(
            "Nothing is lost: the turn goes on in the meeting's record, and when the meeting "
            "is opened again the countdown shows the time as it then stands."))
        quit_button = box.addButton(tr("&Quit"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(tr("&Stay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        quit_button.clicked.connect(self._quit_anyway)
        box.open()
        return False

    def _quit_anyway(self) -> None:
        self.ask_before_closing = False
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Ask first while someone speaks; remember the layout; close the display too."""
        if not self.confirm_quit():
            event.ignore()
            return
        self.settings.set(WINDOW_STATE, bytes(self.saveState().toBase64().data()).decode())
        if self.display is not None:
            self.display.close()
        super().closeEvent(event)
