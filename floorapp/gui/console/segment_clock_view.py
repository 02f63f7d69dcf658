"""The segment clock: scheduled end, now, and whether the list will end on time."""

from __future__ import annotations

import html
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from floorapp.core.changes import Part, as_changes
from floorapp.core.events import Event
from floorapp.core.segment_clock import SegmentClock
from floorapp.gui.console import words
from floorapp.gui.floor_qt import QtFloor
from floorapp.gui.messages import app_language

#: Under this many spare seconds the projection is shown as a warning.
TIGHT_SECONDS = 5 * 60


def tr(text: str) -> str:
    """Translate in the SegmentClock context."""
    return QCoreApplication.translate("SegmentClock", text)


def hhmm(at: datetime, zone: ZoneInfo) -> str:
    """A time of day in the meeting's time zone (isolated left to right)."""
    return words.ltr(at.astimezone(zone).strftime("%H:%M"))


def projection_text(sc: SegmentClock, zone: ZoneInfo, closed: bool) -> tuple[str, str]:
    """The projection in one sentence, and its tone: "ok", "tight" or "over"."""
    gap = sc.gap
    mins = round(abs(gap) / 60)
    end = hhmm(sc.projected_end, zone)
    if sc.waiting == 0 and sc.current_seconds == 0:
        return (tr("The list is empty; {m} min left until the scheduled end.").format(m=mins)
                if gap >= 0 else tr("The list is empty; the segment is {m} min over its "
                                    "scheduled end.").format(m=mins)), ("ok" if gap >= 0
                                                                         else "over")
    if gap >= 0:
        tone = "tight" if gap < TIGHT_SECONDS else "ok"
        return tr("The list ends at {end}, {m} min before the scheduled end.").format(
            end=end, m=mins), tone
    advice = (tr("consider shortening the limit") if closed
              else tr("consider shortening the limit or closing the list"))
    return tr("The list ends at {end}: {m} min over; {advice}.").format(
        end=end, m=mins, advice=advice), "over"


TONES = {"ok": ("#1b5e20", "#e8f5e9"), "tight": ("#000000", "#fff59d"),
         "over": ("#ffffff", "#b71c1c")}
SYMBOLS = {"ok": "✓", "tight": "▲", "over": "✚"}


class SegmentClockView(QFrame):
    """Scheduled times, now, time the list needs and the projected end, in meeting time."""

    def __init__(self, floor: QtFloor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.floor = floor
        self.setObjectName("segment-clock")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setObjectName("segment-title")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.times = QLabel(self)
        self.times.setObjectName("segment-times")
        self.times.setWordWrap(True)
        self.times.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.projection = QLabel(self)
        self.projection.setObjectName("segment-projection")
        self.projection.setWordWrap(True)
        self.projection.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.projection.setMargin(4)
        # Bold as rich text, not through a font or style sheet, either of which would
        # detach the label from the console's font scale.
        self.projection.setTextFormat(Qt.TextFormat.RichText)
        self.projection.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.times, 1, 0)
        grid.addWidget(self.projection, 2, 0)
        self._shown: tuple[str, str, str, str] = ("", "", "", "")
        floor.tick.connect(self.refresh)
        floor.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, events: list[Event]) -> None:
        if as_changes(events).touches(Part.SPEAKER | Part.LIST | Part.SEGMENT | Part.PROGRAMME
                                      | Part.SETTINGS):
            self.refresh()

    def refresh(self) -> None:
        """Recompute from the service clock; touches the labels only when text changes."""
        service = self.floor.service
        state = service.state
        sc = service.segment_clock()
        if sc is None or state.programme is None:
            shown = (tr("No segment is open."),
                     tr("Open one from the programme (Ctrl+1, then Enter)."), "", "ok")
        else:
            zone = state.programme.zone()
            seg = state.programme.segment(sc.segment_id)
            start, end = hhmm(sc.scheduled_start, zone), hhmm(sc.scheduled_end, zone)
            shown_title = state.programme.text(seg, "title", app_language()).tagged()
            title = f"{shown_title}  ({words.ltr(f'{start}–{end}')})"
            times = tr("Now {now} · scheduled end {end} · {n} waiting, {need} needed").format(
                now=hhmm(sc.now, zone), end=end, n=sc.waiting,
                need=words.minutes(sc.list_seconds + sc.current_seconds))
            closed = state.segment_list().closed
            text, tone = projection_text(sc, zone, closed)
            shown = (title, times, f"{SYMBOLS[tone]} {text}", tone)
        if shown == self._shown:
            return
        self._shown = shown
        title, times, text, tone = shown
        self.title.setText(title)
        self.times.setText(times)
        self.projection.setText(f"<b>{html.escape(text)}</b>" if text else "")
        self.projection.setVisible(bool(text))
        fg, bg = TONES[tone]
        # Colours through the palette: a style sheet would detach the label from the
        # console's font scale.
        palette = self.projection.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(fg))
        palette.setColor(QPalette.ColorRole.Window, QColor(bg))
        self.projection.setPalette(palette)
        self.projection.setProperty("tone", tone)
