"""The console's optional parts, imported late: the sound cues, sharing, the Export menu
(hooks every console gets) and the speaker display (made when it is first shown)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QWidget

from floorapp.gui.console.main_window import EXPORT_HOOKS, ConsoleWindow, DisplayFactory
from floorapp.qt.floor_qt import QtFloor
from floorapp.qt.settings import Settings

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


def load_display_factory() -> DisplayFactory | None:
    """The speaker display's constructor; the display module is imported when it opens."""

    def make(floor: QtFloor, settings: Settings) -> QWidget:
        from floorapp.gui.display import SpeakerDisplay

        widget: QWidget = SpeakerDisplay(floor, settings)
        return widget

    return make
