"""The current intervention: who has the floor, the countdown, its state and the limit.

Time comes only from ``service.countdown()``; ``QtFloor.tick`` merely asks for a
repaint, so this view and the speaker display always agree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from floorapp.core.changes import Part, as_changes
from floorapp.core.countdown import Countdown
from floorapp.core.events import Event
from floorapp.gui.console import words
from floorapp.gui.console.big_clock import BigClock
from floorapp.gui.floor_qt import QtFloor
from floorapp.gui.phase_style import PhaseLook, look


def tr(text: str) -> str:
    """Translate in the CurrentView context."""
    return QCoreApplication.translate("CurrentView", text)


#: Width of the border round the panel, in pixels (yellow while the turn is paused).
BORDER = 6


class CurrentView(QFrame):
    """The speaker, a countdown that fills the panel, and its state in words and shape."""

    def __init__(
        self, floor: QtFloor, language: str = "en", high_contrast: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.floor = floor
        self.language = language
        self.high_contrast = high_contrast
        self.setObjectName("current-view")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setContentsMargins(BORDER, BORDER, BORDER, BORDER)
        self._border = QColor(Qt.GlobalColor.transparent)

        self.state_label = QLabel(self)
        self.state_label.setObjectName("current-state")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = QLabel(self)
        self.name.setObjectName("current-name")
        self.name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name.setWordWrap(True)
        self.name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.detail = QLabel(self)
        self.detail.setObjectName("current-detail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clock = BigClock(self)
        self.clock.setObjectName("current-clock")
        self.limit = QLabel(self)
        self.limit.setObjectName("current-limit")
        self.limit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.limit.setWordWrap(True)
        self.limit.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.state_label)
        layout.addWidget(self.name)
        layout.addWidget(self.detail)
        layout.addWidget(self.clock, 1)
        layout.addWidget(self.limit)

        self._look: PhaseLook | None = None
        self._limit_shown: str | None = None
        floor.tick.connect(self.refresh)
        floor.changed.connect(self._on_changed)
        self._on_changed([])

    # -- settings ------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Show names in another language."""
        self.language = language
        self._on_changed([])

    def set_high_contrast(self, on: bool) -> None:
        """Use the high-contrast colours."""
        self.high_contrast = on
        self._look = None
        self.refresh()

    # -- drawing ---------------------------------------------------------------------------

    def _on_changed(self, events: list[Event]) -> None:
        """Who speaks changed (or may have): names and limit lines."""
        if not as_changes(events).touches(Part.SPEAKER | Part.LIST | Part.SETTINGS
                                          | Part.ROSTER | Part.PROGRAMME | Part.SEGMENT):
            return
        state = self.floor.service.state
        iv = state.current
        if iv is None:
            # The state line already says the floor is free: say what comes next instead.
            nxt = state.waiting()
            self.name.setText(
                tr("Next: {name}").format(name=words.speaker_line(
                    state, nxt[0].participant_id, nxt[0].on_behalf_of, nxt[0].delivered_by,
                    self.language)) if nxt else tr("Nobody is waiting"))
            self.detail.setText(tr("Ctrl+N gives the floor") if nxt
                                else tr("Type a name to inscribe it (Ctrl+L)"))
        else:
            self.name.setText(words.speaker_line(
                state, iv.participant_id, iv.on_behalf_of, iv.delivered_by, self.language))
            parts = [words.kind_look(iv.kind).label]
            if iv.interrupted and iv.interrupted in state.interventions:
                other = state.interventions[iv.interrupted]
                parts.append(tr("interrupting {name} (their time is paused)").format(
                    name=words.name_of(state, other.participant_id, self.language)))
            self.detail.setText(" · ".join(parts))
        self.refresh()

    def refresh(self) -> None:
        """Recompute the countdown from the service clock and show it."""
        cd = self.floor.service.countdown()
        new = look(cd, self.high_contrast)
        if new != self._look:
            self._look = new
            self._apply_look(new, cd)
        self.clock.set_text(cd.display() if cd is not None else "", new.foreground)
        limit = self._limit_text(cd)
        if limit != self._limit_shown:  # touch Qt only on change: 20 calls a second add up
            self._limit_shown = limit
            self.limit.setText(limit)

    def _apply_look(self, lk: PhaseLook, cd: Countdown | None) -> None:
        # Colours by palette and a painted border, not a style sheet: a new style sheet
        # re-polishes every child, a few milliseconds at each pause and resume.
        self._border = QColor("#ffd54f" if cd is not None and cd.paused else lk.background)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(lk.background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(lk.foreground))
        self.setPalette(palette)
        self.state_label.setText(f"{lk.symbol}  {lk.label}")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """The background (by the palette), and the border: yellow while paused."""
        super().paintEvent(event)
        painter = QPainter(self)
        pen = QPen(self._border, BORDER)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = BORDER / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        painter.end()

    def _limit_text(self, cd: Countdown | None) -> str:
        iv = self.floor.service.state.current
        if cd is None or iv is None:
            return ""
        if iv.extension > 0:
            text = tr("Limit {limit}, extended by {ext}").format(
                limit=words.minutes(iv.allotted), ext=words.minutes(iv.extension))
        elif iv.extension < 0:
            text = tr("Limit {limit}, shortened by {ext}").format(
                limit=words.minutes(iv.allotted), ext=words.minutes(-iv.extension))
        else:
            text = tr("Limit {limit}").format(limit=words.minutes(iv.limit))
        text += " · " + tr("spoken {t}").format(t=words.minutes(cd.elapsed))
        if cd.paused:
            text += " · " + tr("Space or Ctrl+Space resumes")
        return text

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Scale the labels with the panel, within reason."""
        super().resizeEvent(event)
        h = max(1, self.height())
        base = QFont(self.font())
        for label, share, bold in ((self.state_label, 0.07, True), (self.name, 0.08, True),
                                   (self.detail, 0.045, False), (self.limit, 0.045, False)):
            f = QFont(base)
            f.setPixelSize(int(max(12, min(h * share, 64))))
            f.setBold(bold)
            label.setFont(f)
