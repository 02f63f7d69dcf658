"""A line of text drawn as large as its widget allows: the countdown's digits."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

#: The widest text the clock must fit, whatever it shows now, so the size never jumps.
WIDEST = "+00:00"


class BigClock(QWidget):
    """Draws mm:ss scaled to fill the widget, always left to right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._colour = QColor("#ffffff")
        self._colour_name = "#ffffff"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        # Noto Sans has tabular digits: the clock does not jiggle as they change.
        self.clock_font = QFont("Noto Sans")
        self.clock_font.setStyleHint(QFont.StyleHint.SansSerif)
        self.clock_font.setFeature(QFont.Tag("tnum"), 1)
        self.clock_font.setBold(True)
        # Digits this large are drawn as outlines, not from Qt's glyph cache (about
        # 0.6 ms a time): drawn once into a pixmap, repainted from it until they change.
        self._drawn: QPixmap | None = None
        self._drawn_key: tuple[object, ...] = ()

    def text(self) -> str:
        """What the clock shows."""
        return self._text

    def set_text(self, text: str, colour: str) -> None:
        """Show ``text`` in ``colour``; repaints only when something changed."""
        if text != self._text or colour != self._colour_name:
            self._text = text
            self._colour_name = colour
            self._colour = QColor(colour)
            self.setAccessibleName(text)
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        """Room for the digits at a readable size."""
        return QSize(360, 140)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Still legible when squeezed."""
        return QSize(160, 60)

    def pixel_size(self) -> int:
        """The font size that fits the widest text into the widget."""
        probe = QFont(self.clock_font)
        probe.setPixelSize(100)
        fm = QFontMetricsF(probe)
        width = max(1.0, fm.horizontalAdvance(WIDEST))
        by_width = 100 * (self.width() * 0.94) / width
        by_height = 100 * (self.height() * 0.92) / max(1.0, fm.height())
        return max(8, int(min(by_width, by_height)))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """The digits, centred."""
        if not self._text:
            return
        ratio = self.devicePixelRatioF()
        key = (self._text, self._colour_name, self.width(), self.height(), ratio)
        if self._drawn is None or key != self._drawn_key:
            self._drawn = self._draw(ratio)
            self._drawn_key = key
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._drawn)
        painter.end()

    def _draw(self, ratio: float) -> QPixmap:
        """The digits drawn on a transparent pixmap the size of the widget."""
        pixmap = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        font = QFont(self.clock_font)
        font.setPixelSize(self.pixel_size())
        painter.setFont(font)
        painter.setPen(self._colour)
        painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()
        return pixmap
