"""The banner a station shows at once when it loses its connection to the meeting."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QBoxLayout, QLabel, QMainWindow, QWidget

from floorapp.gui.live import LiveLink, local_time, tr

#: Red on white as a warning strip, readable in high contrast too.
STYLE = ("QLabel#connection-banner { background: #b71c1c; color: white; font-weight: bold;"
         " padding: 6px; }")


class ConnectionBanner(QLabel):
    """Hidden while connected; "Connection to the meeting lost since 10:42:05 — retrying…"
    from the moment the link is lost until it is back."""

    def __init__(self, link: LiveLink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connection-banner")
        self.setStyleSheet(STYLE)
        self.setWordWrap(True)
        self.since: datetime | None = None
        link.went_offline.connect(self.show_lost)
        link.came_back.connect(self.show_back)
        self.hide()
        if link.offline_since is not None:
            self.show_lost(link.offline_since)

    def show_lost(self, since: datetime) -> None:
        """Say since when the link is lost."""
        self.since = since
        self.setText("⚠ " + tr("Connection to the meeting lost since {time} — retrying…").format(
            time=local_time(since)))
        self.show()

    def show_back(self, _caught_up: int = 0) -> None:
        """The link is back: the banner goes."""
        self.since = None
        self.hide()


def attach_banner(window: QMainWindow, link: LiveLink) -> ConnectionBanner:
    """Put a connection banner at the top of a window's central column."""
    banner = ConnectionBanner(link, window)
    centre = window.centralWidget()
    layout = centre.layout() if centre is not None else None
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, banner)
    return banner
