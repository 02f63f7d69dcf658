"""Sound cues in the podium console: a player and controller for each console the app shows.

Register :func:`attach_cues` in ``floorapp.gui.app.CONSOLE_HOOKS``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from floorapp.cues import prefs
from floorapp.cues.controller import CueController
from floorapp.cues.player import CuePlayer, MultimediaLoader, load_multimedia
from floorapp.gui.console.main_window import ConsoleWindow
from floorapp.qt.floor_qt import QtFloor
from floorapp.qt.settings import Settings


def tr(text: str) -> str:
    """Translate in the Cues context."""
    return QCoreApplication.translate("Cues", text)


class ConsoleCues(QObject):
    """The cues of one console: keeps the console's mute, the player and the settings in step."""

    def __init__(
        self, window: ConsoleWindow, floor: QtFloor, settings: Settings,
        loader: MultimediaLoader = load_multimedia,
    ) -> None:
        super().__init__(window)
        self.setObjectName("console-cues")
        self.window = window
        self.settings = settings
        self.player, problems = prefs.make_player(settings, loader=loader, parent=self)
        self.controller = CueController(floor, self.player, self)
        self.controller.setObjectName("cue-controller")
        self.controller.unavailable.connect(window.show_message)
        self.player.problem.connect(window.show_message)
        if problems:
            window.show_message(" ".join(problems))
        set_sound = getattr(window, "set_sound", None)
        if set_sound is not None:  # shown for as long as the console is silent
            set_sound(self.player.available, self.player.reason)
            self.player.availability_changed.connect(set_sound)
        settings.changed.connect(self.setting_changed)
        pages = getattr(window, "settings_pages", None)
        if pages is not None:
            pages.append((tr("Sound cues"), self.settings_page))
        settings_action = getattr(window, "actions_by_id", {}).get("settings")
        menu = getattr(window, "menus", {}).get("Meeting")
        if menu is not None:
            action = QAction(tr("Sound &cues…"), window)
            action.setObjectName("action-cue-settings")
            action.triggered.connect(self.open_settings)
            menu.insertAction(settings_action, action)

    def setting_changed(self, key: str) -> None:
        """The player follows the mute setting, whoever changed it (the console's mute
        key, the settings page): the setting is the one record of it."""
        if key == prefs.MUTED.key:
            prefs.apply_setting(self.settings, self.player, key)

    def settings_page(self, parent: QWidget) -> QWidget:
        """The sound cues page of the settings dialog."""
        from floorapp.cues.settings_widget import CueSettingsWidget

        page = CueSettingsWidget(self.settings, self.player, parent)
        return page

    def open_settings(self) -> None:
        """Show the sound cues settings."""
        cue_settings_dialog(self.window, self.settings, self.player).open()


def attach_cues(window: ConsoleWindow, floor: QtFloor, settings: Settings) -> None:
    """Give a console its sound cues (the hook signature of ``CONSOLE_HOOKS``)."""
    ConsoleCues(window, floor, settings)


def cue_settings_dialog(parent: QWidget, settings: Settings, player: CuePlayer) -> QDialog:
    """A dialog holding the sound cues settings page."""
    from floorapp.cues.settings_widget import CueSettingsWidget

    dialog = QDialog(parent)
    dialog.setObjectName("cue-settings-dialog")
    dialog.setWindowTitle(tr("Sound cues"))
    layout = QVBoxLayout(dialog)
    page = CueSettingsWidget(settings, player, dialog)
    layout.addWidget(page)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.finished.connect(page.sound_check.cancel)
    dialog.finished.connect(dialog.deleteLater)
    return dialog
