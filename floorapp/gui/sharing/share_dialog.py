"""File > Share this meeting: host it on the network and show each role's join code.

Hosting runs in a separate process (``floorapp host``), so the console never waits
for the server. Once the meeting is shared, the console reopens it on the server as
the officer (the meeting file is no longer written while hosted).

Signals:
    open_meeting(str): open this database URL in the console (the officer's).
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from floorapp.core.stations import StationRole
from floorapp.gui.sharing.host_process import HostProcess, current_host, start_host
from floorapp.gui.sharing.role_view import role_name


def tr(text: str) -> str:
    """Translate in the Sharing context."""
    return QCoreApplication.translate("Sharing", text)


ROLES = (StationRole.OFFICER, StationRole.SECRETARY, StationRole.DISPLAY)


class ShareDialog(QDialog):
    """Starts hosting a meeting file and shows the address, codes and URLs."""

    open_meeting = Signal(str)

    def __init__(self, meeting: str, parent: QWidget | None = None,
                 host: HostProcess | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("share-dialog")
        self.setWindowTitle(tr("Share this meeting"))
        self.meeting = meeting
        self.host: HostProcess | None = None
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("share-status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.address = QLabel(self)
        self.address.setObjectName("share-address")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.font())
        big.setPointSizeF(max(big.pointSizeF(), 9) * 1.6)
        big.setBold(True)
        self.address.setFont(big)
        layout.addWidget(self.address)
        grid = QGridLayout()
        self.code_labels: dict[StationRole, QLabel] = {}
        self.url_fields: dict[StationRole, QLineEdit] = {}
        for row, role in enumerate(ROLES):
            name = QLabel(role_name(role), self)
            code = QLabel(self)
            code.setObjectName(f"code-{role.value}")
            code.setFont(big)
            code.setMinimumWidth(QFontMetrics(big).horizontalAdvance("O-WWWW-WWWW") + 12)
            code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            url = QLineEdit(self)
            url.setObjectName(f"url-{role.value}")
            url.setReadOnly(True)
            url.setMinimumWidth(QFontMetrics(url.font()).horizontalAdvance(
                "postgresql://floor_secretary:WWWWWWWW@192.168.100.100:5433/floor?"
                "connect_timeout=5") + 16)
            url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a URL reads left to right
            copy = QPushButton(tr("Copy"), self)
            copy.clicked.connect(lambda _c=False, f=url: QGuiApplication.clipboard().setText(
                f.text()))
            grid.addWidget(name, row, 0)
            grid.addWidget(code, row, 1)
            grid.addWidget(url, row, 2)
            grid.addWidget(copy, row, 3)
            self.code_labels[role] = code
            self.url_fields[role] = url
        layout.addLayout(grid)
        self.help = QLabel(tr(
            "On another machine: File > Join a meeting, then the address and the code of "
            "that station's role (or: floorapp join ADDRESS CODE). The display's code can "
            "only read; the secretary's cannot give the floor until you hand it over "
            "(Floor menu)."), self)
        self.help.setWordWrap(True)
        layout.addWidget(self.help)
        warning = tr(
            "The traffic between the stations is not encrypted: share only on a network you "
            "trust. Where that is not enough, ask IT for a PostgreSQL server with TLS and "
            "open the meeting with its URL (floorapp gui postgresql://…).")
        if sys.platform == "win32":
            warning += " " + tr("Windows Firewall must let other machines in on the port "
                                "shown above (an inbound rule for TCP).")
        self.warning = QLabel(warning, self)
        self.warning.setObjectName("share-warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        layout.addWidget(self.warning)
        buttons = QDialogButtonBox(self)
        self.stop_button = buttons.addButton(tr("Stop sharing"),
                                             QDialogButtonBox.ButtonRole.DestructiveRole)
        self.stop_button.setObjectName("stop-sharing")
        self.stop_button.clicked.connect(self.stop)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self._show_roles(None)
        if "://" in meeting and host is None and current_host() is None:
            self.status.setText(tr(
                "This meeting is on a database server already: the other stations open it "
                "with its address (floorapp gui postgresql://…), with the logins IT gave "
                "each role."))
            self.stop_button.setEnabled(False)
            return
        self.attach(host or current_host() or start_host(meeting, QCoreApplication.instance()
                                                         or self))

    def attach(self, host: HostProcess) -> None:
        """Follow a host process (started here or earlier)."""
        self.host = host
        host.said.connect(self._said)
        host.ready.connect(self._ready)
        host.finished.connect(self._finished)
        if host.hosting is not None:
            self._ready(host.hosting, switch=False)
        else:
            self.status.setText(tr("Starting the meeting's own database server …"))

    def _said(self, line: str) -> None:
        if self.host is not None and self.host.hosting is None and line.strip():
            self.status.setText(tr("Starting the meeting's own database server …") + "\n"
                                + line)

    def _ready(self, hosting: dict[str, Any], switch: bool = True) -> None:
        self.status.setText(tr("Shared: “{title}”. This console now runs it as the officer."
                               ).format(title=hosting.get("title", "")))
        self.address.setText(tr("Address: {where}").format(where=hosting.get("where", "")))
        self._show_roles(hosting)
        self.stop_button.setEnabled(True)
        if switch:
            self.open_meeting.emit(hosting["roles"]["officer"]["local_url"])

    def _show_roles(self, hosting: dict[str, Any] | None) -> None:
        for role in ROLES:
            entry = (hosting or {}).get("roles", {}).get(role.value, {})
            self.code_labels[role].setText(entry.get("code", "—"))
            self.url_fields[role].setText(entry.get("url", ""))
            self.url_fields[role].setCursorPosition(0)

    def _finished(self, code: int, last_words: str) -> None:
        self.stop_button.setEnabled(False)
        self._show_roles(None)
        self.address.setText("")
        if code == 0:
            self.status.setText(tr("Sharing stopped; the meeting is whole. Share it again to "
                                   "go on."))
        else:
            self.status.setText(tr("The meeting could not be shared:") + "\n" + last_words)

    def stop(self) -> None:
        """Stop hosting (the server stops cleanly)."""
        if self.host is not None:
            self.status.setText(tr("Stopping …"))
            self.host.stop()
