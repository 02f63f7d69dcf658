"""Connects sharing to every console: File > Share / Join, the hand-over, the role's shape."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from floorapp.gui.console.main_window import ConsoleWindow
from floorapp.gui.floor_qt import QtFloor
from floorapp.gui.settings import Settings
from floorapp.gui.sharing.role_view import RoleView

#: Open dialogs that outlive the console that opened them (the console is replaced
#: when it reopens the shared meeting).
_OPEN: list[QDialog] = []


def _keep(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _OPEN.append(dialog)
    dialog.destroyed.connect(lambda _o=None, d=dialog: _OPEN.remove(d) if d in _OPEN else None)
    return dialog


def share(window: ConsoleWindow, floor: QtFloor) -> QDialog:
    """File > Share this meeting."""
    from floorapp.gui.sharing.share_dialog import ShareDialog

    dialog = ShareDialog(floor.service.journal.target)
    dialog.open_meeting.connect(lambda url: window.meeting_chosen.emit(url, ""))
    _keep(dialog).show()
    return dialog


def join(window: ConsoleWindow) -> QDialog:
    """File > Join a meeting."""
    from floorapp.gui.sharing.join_dialog import JoinDialog

    dialog = JoinDialog(window)
    dialog.joined.connect(lambda url: window.meeting_chosen.emit(url, ""))
    _keep(dialog).open()
    return dialog


def attach_sharing(window: ConsoleWindow, floor: QtFloor, _settings: Settings) -> None:
    """Give a console its role's shape and the sharing commands."""
    view = RoleView(window, floor)
    window.role_view = view  # type: ignore[attr-defined]
    actions = window.actions_by_id
    actions["share_meeting"].triggered.connect(lambda _c=False: share(window, floor))
    actions["join_meeting"].triggered.connect(lambda _c=False: join(window))
    actions["hand_over"].triggered.connect(lambda _c=False: view.toggle_hand_over())
