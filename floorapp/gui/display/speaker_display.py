"""The speaker display: a window for the room showing who speaks, the time left, who is next.

Time comes only from ``service.countdown()`` (the record and the clock the console
uses too); ``QtFloor.tick`` only asks for a repaint, so the room and the podium
always read the same time. Names are in the display language; Arabic lays the
window out right to left. Every text is sized from the window's height.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import QFrame, QLayout, QVBoxLayout, QWidget

from floorapp.core.countdown import Countdown
from floorapp.core.events import Event
from floorapp.gui import languages
from floorapp.gui.display import lines
from floorapp.gui.display.fitting import ClockFace, FittedLabel
from floorapp.gui.display.placement import choose_screen, windowed_geometry
from floorapp.gui.floor_qt import QtFloor
from floorapp.gui.phase_style import PhaseLook, look
from floorapp.gui.settings import (
    DISPLAY_SCREEN,
    HIGH_CONTRAST,
    LANGUAGE,
    ROOM_LANGUAGE,
    Settings,
)

#: How many speakers the room sees coming.
NEXT_COUNT = 3
#: Shown in the clock while nobody has the floor.
NO_TIME = "--:--"
BACKGROUND = "#101417"
TEXT = "#eceff1"
MUTED = "#b0bec5"
PAUSED_BORDER = "#ffd54f"

#: The countdown panel's least share of the window's height; texts shrink to leave it.
PANEL_SHARE = 0.35
#: How far the texts shrink, step by step, to leave the countdown its share.
SCALES = (1.0, 0.88, 0.76, 0.65)
#: Largest text of each part, as a share of the window's height.
SHARES = {"title": 0.045, "name": 0.105, "detail": 0.05, "state": 0.065,
          "next-heading": 0.036, "next": 0.048}


def tr(text: str, lang: str | None = None) -> str:
    """Translate in the SpeakerDisplay context, into ``lang`` (None: the app's language)."""
    return languages.translate("SpeakerDisplay", text, lang)


def room_language(settings: Settings) -> str:
    """The speaker display's language: its own setting, else the console's."""
    return settings.get(ROOM_LANGUAGE) or settings.get(LANGUAGE)


class SpeakerDisplay(QWidget):
    """A top-level window for a projector or second screen, following one floor.

    It shows what the floor announces (``changed``) and repaints the countdown on
    each ``tick``; F11 switches full screen, Escape leaves it.

    Signals:
        visibility_changed(bool): the window was shown (True) or hidden or closed (False),
            so a console can keep its "speaker display" action in step.
    """

    visibility_changed = Signal(bool)

    def __init__(
        self, floor: QtFloor, settings: Settings | None = None, language: str | None = None,
        high_contrast: bool | None = None, parent: QWidget | None = None,
    ) -> None:
        # The room's window never takes the keyboard from the console: the officer's
        # shortcuts keep working while it is up, on one screen and on two.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.floor = floor
        self.settings = settings
        self.language = language or (room_language(settings) if settings else "en")
        self.high_contrast = bool(
            high_contrast if high_contrast is not None
            else settings.get(HIGH_CONTRAST) if settings else False)
        self.setObjectName("speaker-display")
        self._placed = False
        self._look: PhaseLook | None = None
        self._shown: lines.Screenful | None = None
        self._build()
        self.set_language(self.language)
        floor.changed.connect(self._on_changed)
        floor.tick.connect(self.refresh)
        if settings is not None:
            settings.changed.connect(self._setting_changed)
        self.setMinimumSize(320, 180)
        self.resize(960, 540)

    def _build(self) -> None:
        # Bands keep the clock its room: a title or a detail wraps to two smaller lines.
        self.title = FittedLabel("display-segment", 2, False, self, band_lines=1.3)
        self.name = FittedLabel("display-name", 2, True, self, floor=0.45, band_lines=1.5)
        self.detail = FittedLabel("display-detail", 2, False, self, band_lines=1.4)
        self.panel = QFrame(self)
        self.panel.setObjectName("display-countdown")
        self.state_label = FittedLabel("display-state", 1, True, self.panel)
        self.clock = ClockFace(self.panel)
        self.panel_layout = QVBoxLayout(self.panel)
        self.panel_layout.setSpacing(0)
        self.panel_layout.addWidget(self.state_label)
        self.panel_layout.addWidget(self.clock, 1)
        self.next_heading = FittedLabel("display-next-heading", 1, False, self)
        self.next_lines = [FittedLabel(f"display-next-{i}", 1, False, self, floor=0.6)
                           for i in range(NEXT_COUNT)]
        for label in (self.title, self.name, self.detail, self.state_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column = QVBoxLayout(self)
        # Text is refitted on every resize: the labels' sizes must not hold the window up.
        self.column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.column.addStretch(0)  # with the one at the end, centres a free floor's few lines
        for widget, stretch in ((self.title, 0), (self.name, 0), (self.detail, 0),
                                (self.panel, 1), (self.next_heading, 0)):
            self.column.addWidget(widget, stretch)
        for label in self.next_lines:
            self.column.addWidget(label)
        self.column.addStretch(0)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            f"QWidget#speaker-display {{ background: {BACKGROUND}; }}"
            f"QWidget#speaker-display > QLabel {{ color: {TEXT}; background: transparent; }}"
            f"QWidget#speaker-display > QLabel#display-segment, "
            f"QWidget#speaker-display > QLabel#display-next-heading {{ color: {MUTED}; }}")

    def texts(self) -> list[FittedLabel]:
        """Every label of text (not the clock), top to bottom."""
        return [self.title, self.name, self.detail, self.state_label, self.next_heading,
                *self.next_lines]

    # -- settings ------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Show the room everything in ``language``: names, words, the programme's texts,
        in that language's fonts; right to left for Arabic (the countdown stays left to right).
        """
        self.language = language
        self.setWindowTitle(tr("Floor — speaker display", language))
        direction = (Qt.LayoutDirection.RightToLeft if lines.is_rtl(language)
                     else Qt.LayoutDirection.LeftToRight)
        self.setLayoutDirection(direction)
        for label in self.texts():
            label.set_language(language)
            label.set_direction(direction)
        self.clock.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._shown = None
        self._look = None
        self._size_texts()
        self._on_changed([])

    def set_high_contrast(self, on: bool) -> None:
        """Use the high-contrast colours of the countdown states."""
        self.high_contrast = on
        self._look = None
        self.refresh()

    def _setting_changed(self, key: str) -> None:
        if self.settings is None:
            return
        if key in (LANGUAGE.key, ROOM_LANGUAGE.key):
            if room_language(self.settings) != self.language:
                self.set_language(room_language(self.settings))
        elif key == HIGH_CONTRAST.key:
            self.set_high_contrast(self.settings.get(HIGH_CONTRAST))

    # -- what it shows -----------------------------------------------------------------

    def _on_changed(self, _events: list[Event]) -> None:
        """The speaker, the segment or the list may have changed: show what did."""
        now = lines.screenful(self.floor.service.state, self.language, NEXT_COUNT)
        if now != self._shown:  # a note or a setting changed nothing the room sees
            self._shown = now
            for label, text in zip((self.title, self.name, self.detail, self.next_heading,
                                    *self.next_lines),
                                   (now.title, now.name, now.detail, now.heading, *now.listed),
                                   strict=True):
                label.show_text(text)
            self._set_free(now.free)
            self._balance()
        self.refresh()

    def _set_free(self, free: bool) -> None:
        """No countdown while the floor is free: the few lines left are centred instead."""
        self.clock.setVisible(not free)
        panel, last = self.column.indexOf(self.panel), self.column.count() - 1
        for index, stretch in ((0, int(free)), (panel, int(not free)), (last, int(free))):
            if self.column.stretch(index) != stretch:
                self.column.setStretch(index, stretch)

    def _same_size_list(self) -> None:
        """The next speakers in one size: the size at which the longest fits."""
        sizes = [label.natural_size() for label in self.next_lines]
        common = min((s for s in sizes if s), default=None)
        for label in self.next_lines:
            label.set_cap(common)

    def refresh(self) -> None:
        """Recompute the countdown from the service clock and show it."""
        cd = self.floor.service.countdown()
        new = look(cd, self.high_contrast, self.language)
        if new != self._look:
            self._look = new
            self._apply_look(new, cd)
        self.clock.show_time(cd.display() if cd is not None else NO_TIME)

    def _apply_look(self, lk: PhaseLook, cd: Countdown | None) -> None:
        paused = cd is not None and cd.paused
        border = PAUSED_BORDER if paused else lk.background
        width = max(4, self.height() // (40 if paused else 200))
        digits = lk.foreground if cd is not None else MUTED
        self.panel.setStyleSheet(
            f"QFrame#display-countdown {{ background: {lk.background}; "
            f"border: {width}px solid {border}; border-radius: {width * 2}px; }}"
            f"QFrame#display-countdown QLabel {{ color: {lk.foreground}; "
            f"background: transparent; border: none; }}"
            f"QLabel#display-clock {{ color: {digits}; }}")
        self.state_label.show_text(f"{lk.symbol}  {lk.label}")

    # -- size and place -----------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Size every text from the window's height."""
        super().resizeEvent(event)
        self._size_texts()

    def _size_texts(self) -> None:
        h = max(1, self.height())
        margin = max(6, int(h * 0.025))
        self.column.setContentsMargins(margin * 2, margin, margin * 2, margin)
        self.column.setSpacing(max(2, int(h * 0.008)))
        self.panel_layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self.state_label.set_largest(int(h * SHARES["state"]))
        self._balance()
        if self._look is not None:  # the border's width follows the height
            self._look = None
            self.refresh()

    def _fit_texts(self, scale: float) -> None:
        h = max(1, self.height())
        for label, share in ((self.title, "title"), (self.name, "name"),
                             (self.detail, "detail"), (self.next_heading, "next-heading")):
            label.set_largest(int(h * SHARES[share] * scale))
        for label in self.next_lines:
            label.set_largest(int(h * SHARES["next"] * scale))
        self._same_size_list()

    def _balance(self) -> None:
        """Fit the texts, smaller if need be, so that the countdown keeps its share."""
        h = max(1, self.height())
        for scale in SCALES:
            self._fit_texts(scale)
            if not self.clock.isVisibleTo(self) or self._panel_room() >= PANEL_SHARE * h:
                break
        self.column.activate()

    def _panel_room(self) -> int:
        """The height the countdown panel gets with the texts as they are."""
        texts = [self.title, self.name, self.detail, self.next_heading, *self.next_lines]
        used = sum(label.minimumHeight() for label in texts)
        margins = self.column.contentsMargins()
        gaps = self.column.spacing() * (sum(1 for t in texts if t.minimumHeight()) + 1)
        return self.height() - used - margins.top() - margins.bottom() - gaps

    def place(self, screen_index: int | None = None) -> tuple[QScreen, bool]:
        """Put the window on its screen (full screen when there are several); not shown yet."""
        console = QGuiApplication.screenAt(self.geometry().center())
        screen, full = choose_screen(QGuiApplication.screens(), screen_index,
                                     console or QGuiApplication.primaryScreen())
        self._placed = True
        self.setScreen(screen)
        if full:
            self.setGeometry(screen.geometry())
            self.setWindowState(Qt.WindowState.WindowFullScreen)
        else:
            self.setWindowState(Qt.WindowState.WindowNoState)
            self.setGeometry(windowed_geometry(screen.availableGeometry()))
        return screen, full

    def show_on_screen(self, screen_index: int | None = None) -> QScreen:
        """Show the display: full screen on the chosen screen, or windowed if only one."""
        screen, _full = self.place(screen_index)
        self.show()
        return screen

    def setVisible(self, visible: bool) -> None:  # noqa: N802
        """The first time it is shown, place it on the screen the settings choose."""
        if visible and not self._placed:
            index = self.settings.get(DISPLAY_SCREEN) if self.settings is not None else -1
            self.place(index if index >= 0 else None)
        super().setVisible(visible)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Say that the display is up."""
        super().showEvent(event)
        self.visibility_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        """Say that the display is gone (hidden, or closed by its window's button)."""
        super().hideEvent(event)
        self.visibility_changed.emit(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """F11: full screen or a window; Escape: leave full screen."""
        if event.key() == Qt.Key.Key_F11:
            self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
        elif event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowFullScreen)
        else:
            super().keyPressEvent(event)
