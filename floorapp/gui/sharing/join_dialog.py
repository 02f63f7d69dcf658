"""File > Join a meeting: the meetings hosted nearby, or an address typed by hand, and a code.

Looking for meetings (mDNS) and checking the code with the host both run in worker
threads that report back through signals, so the console never waits on the network.
Typing the address always works, whether or not anything was found nearby.

Signals:
    joined(str): the code was accepted; open this database URL.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from floorapp.hosting import codes
from floorapp.hosting.discovery import NearbyMeeting, browse


def tr(text: str) -> str:
    """Translate in the Sharing context."""
    return QCoreApplication.translate("Sharing", text)


class _Relay(QObject):
    """Carries worker-thread results to the GUI thread."""

    found = Signal(list, str)
    checked = Signal(str, str, str)  # url, role, problem


class JoinDialog(QDialog):
    """Choose a meeting nearby or type its address, type the code, join."""

    joined = Signal(str)

    def __init__(self, parent: QWidget | None = None, look: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("join-dialog")
        self.setWindowTitle(tr("Join a meeting"))
        self.setMinimumWidth(560)
        self._relay = _Relay(self)
        self._relay.found.connect(self._found)
        self._relay.checked.connect(self._checked)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Meetings hosted nearby:"), self))
        self.nearby = QListWidget(self)
        self.nearby.setObjectName("nearby-meetings")
        self.nearby.currentItemChanged.connect(self._picked)
        self.nearby.setMaximumHeight(110)
        layout.addWidget(self.nearby)
        self.nearby_status = QLabel(self)
        self.nearby_status.setObjectName("nearby-status")
        self.nearby_status.setWordWrap(True)
        layout.addWidget(self.nearby_status)
        self.look_button = QPushButton(tr("Look again"), self)
        self.look_button.clicked.connect(self.look)
        layout.addWidget(self.look_button, 0, Qt.AlignmentFlag.AlignLeading)
        form = QFormLayout()
        self.address = QLineEdit(self)
        self.address.setObjectName("join-address")
        self.address.setPlaceholderText("192.168.1.10:5433")
        self.address.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code = QLineEdit(self)
        self.code.setObjectName("join-code")
        self.code.setPlaceholderText("S-7KQ4-M2XD")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form.addRow(tr("Address of the host:"), self.address)
        form.addRow(tr("Join code:"), self.code)
        layout.addLayout(form)
        hint = QLabel(tr("The host's screen (File > Share this meeting) shows the address and "
                         "one code per role: O for the officer, S for the secretary, D for the "
                         "display."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.problem = QLabel(self)
        self.problem.setObjectName("join-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(self)
        self.join_button = buttons.addButton(tr("Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.join_button.setObjectName("join-button")
        self.join_button.clicked.connect(self.join)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.url: str | None = None
        if look:
            self.look()

    # -- meetings nearby ----------------------------------------------------------------

    def look(self) -> None:
        """Look for meetings nearby (in a worker thread, a few seconds)."""
        self.look_button.setEnabled(False)
        self.nearby_status.setText(tr("Looking for meetings nearby …"))
        relay = self._relay

        def work() -> None:
            found, problem = browse()
            relay.found.emit(found, problem or "")

        threading.Thread(target=work, name="floor-browse", daemon=True).start()

    def _found(self, found: list[NearbyMeeting], problem: str) -> None:
        self.look_button.setEnabled(True)
        self.nearby.clear()
        for m in found:
            item = QListWidgetItem(f"{m.title} — {m.where}", self.nearby)
            item.setData(Qt.ItemDataRole.UserRole, m.where)
        if problem:
            self.nearby_status.setText(tr("Meetings cannot be found automatically on this "
                                          "network. Type the address the host shows."))
            self.nearby_status.setToolTip(problem)
        elif not found:
            self.nearby_status.setText(tr("No meeting was found nearby. Type the address the "
                                          "host shows."))
        else:
            self.nearby_status.setText("")
            if len(found) == 1:
                self.nearby.setCurrentRow(0)

    def _picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.address.setText(str(item.data(Qt.ItemDataRole.UserRole)))
            self.code.setFocus()

    # -- joining -------------------------------------------------------------------------

    def join(self) -> None:
        """Check the code with the host (in a worker thread); ``joined`` on success."""
        try:
            code = codes.parse_code(self.code.text())
            url = codes.url_for_code(self.address.text(), code)
        except codes.BadCode:
            self.problem.setText(tr("That is not a join code: it looks like S-7KQ4-M2XD."))
            return
        except ValueError:
            self.problem.setText(tr("Type the host's address as it shows it, e.g. "
                                    "192.168.1.10:5433."))
            return
        self.problem.setText(tr("Joining …"))
        self.join_button.setEnabled(False)
        relay, address = self._relay, self.address.text().strip()

        def work() -> None:
            from floorapp.hosting.cli import check_station
            from floorapp.storage.errors import JournalError

            try:
                role = check_station(url, address)
            except JournalError as exc:
                relay.checked.emit(url, "", str(exc))
                return
            relay.checked.emit(url, role.value, "")

        threading.Thread(target=work, name="floor-join", daemon=True).start()

    def _checked(self, url: str, role: str, problem: str) -> None:
        self.join_button.setEnabled(True)
        if problem:
            self.problem.setText(problem)
            self.adjustSize()
            return
        self.problem.setText("")
        self.url = url
        self.joined.emit(url)
        self.accept()
