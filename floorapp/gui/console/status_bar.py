"""The podium console's status bar: what the console tells the user, a refused command
(marked), a failed database, and whether the sound cues can be heard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from floorapp.gui.console.controller import FloorController
from floorapp.qt.floor_qt import QtFloor

STATUS_MS = 8000


def tr(text: str) -> str:
    """Translate in the Console context."""
    return QCoreApplication.translate("Console", text)


class ConsoleStatusBar(QMainWindow):
    """The status bar's part of the podium console (``ConsoleWindow`` builds its labels)."""

    floor: QtFloor
    controller: FloorController
    muted_label: QLabel
    _no_sound: str
    _at_floor: str | None

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
