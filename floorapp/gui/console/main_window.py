"""The podium console: the main window for the chair's officer and the secretary.

The current intervention and the segment clock fill the centre; the programme,
the list of speakers and the log with its notes are dock panels that resize,
move and collapse (View menu), so the console works on a 1366×768 laptop and on
a large podium monitor alike. Every action is in the menus with its shortcut.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QLabel,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from floorapp.gui.console import shortcuts
from floorapp.gui.console.add_field import AskNew
from floorapp.gui.console.appearance import ConsoleAppearance
from floorapp.gui.console.controller import FloorController
from floorapp.gui.console.current_view import CurrentView
from floorapp.gui.console.log_view import LogView
from floorapp.gui.console.meeting_menu import ConsoleMeetingMenu
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
    WINDOW_STATE,
    Settings,
)
from floorapp.storage.journal import describe

#: Makes the speaker display for a floor (None when the display is not available).
DisplayFactory = Callable[[QtFloor, Settings], QWidget]
#: Adds actions to the File > Export menu (registered by the export module).
ExportHook = Callable[[QMenu, QtFloor], None]
EXPORT_HOOKS: list[ExportHook] = []
#: Room a window's frame takes around it (width, height), at the most.
FRAME_ROOM = (16, 48)


def tr(text: str) -> str:
    """Translate in the Console context."""
    return QCoreApplication.translate("Console", text)


class ConsoleWindow(ConsoleAppearance, ConsoleMeetingMenu):
    """The podium console on one meeting.

    Its status bar, its look (docks, text size, contrast, language) and its Meeting menu
    are parts of their own (``status_bar``, ``appearance``, ``meeting_menu``).

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

    def _muted(self, muted: bool) -> None:
        self.actions_by_id["mute"].setChecked(muted)
        self._show_sound()
        self.mute_toggled.emit(muted)

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

    # -- the Meeting menu's exports (its other actions: meeting_menu), and quitting ------

    def add_export_actions(self, menu: QMenu) -> None:
        """Hook for exports: each function in ``EXPORT_HOOKS`` adds its actions to ``menu``."""
        menu.clear()
        for hook in EXPORT_HOOKS:
            hook(menu, self.floor)
        if menu.isEmpty():
            none = menu.addAction(tr("No export is available yet"))
            none.setEnabled(False)

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
