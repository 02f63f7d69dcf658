"""Text that fills the room: font sizes computed from the space a label has."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from floorapp.gui.languages import families

#: Families tried in order, so Arabic, Chinese and Cyrillic names all have glyphs.
FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", "DejaVu Sans"]
#: The widest countdown the clock must fit, whatever it shows now, so the size never jumps.
WIDEST = "+00:00"
#: Height of the ink of a line of text over its font's pixel size, in every script.
INK = 1.45
#: Height of a line of a label's band over its largest pixel size.
BAND_RATIO = 1.45
#: Marks that set the direction of a paragraph: right to left, left to right.
RLM = "\u200f"
LRM = "\u200e"
#: Never smaller than this, however small the window.
MINIMUM_PX = 10


def display_font(bold: bool = False, language: str = "en") -> QFont:
    """The display's font: the fonts of ``language``'s script first, then every other one."""
    font = QFont()
    chosen = families(language)
    font.setFamilies(chosen + [f for f in FAMILIES if f not in chosen])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setBold(bold)
    return font


def needed_height(font: QFont, text: str, width: int, lines: int) -> int | None:
    """The height ``text`` needs word-wrapped into ``width``; None past ``lines`` lines.

    Lines are measured on the text itself (Arabic, set in a fallback font, has far
    taller lines than Latin), but the last line counts only the ink, about
    :data:`INK` times the pixel size: the rest of a line's box is empty space that
    the label may clip.
    """
    fm = QFontMetrics(font)
    big = 1_000_000
    one = fm.boundingRect(QRect(0, 0, big, big), 0, text)
    count = 1
    if one.width() > width:
        if lines <= 1:
            return None
        box = fm.boundingRect(QRect(0, 0, width, big), int(Qt.TextFlag.TextWordWrap), text)
        count = max(1, round(box.height() / max(1, one.height())))
        if box.width() > width or count > lines:
            return None
    return (count - 1) * one.height() + math.ceil(INK * font.pixelSize())


def fit_pixel_size(
    font: QFont, text: str, width: int, height: int, largest: int, lines: int = 1,
    smallest: int = MINIMUM_PX,
) -> int:
    """The largest pixel size from ``largest`` down to ``smallest`` at which ``text`` fits."""
    size = max(smallest, int(largest))
    if not text or width <= 0:
        return size
    probe = QFont(font)
    while size > smallest:
        probe.setPixelSize(size)
        need = needed_height(probe, text, width, lines)
        if need is not None and need <= height:
            break
        size = max(smallest, int(size * 0.93))
    return size


class FittedLabel(QLabel):
    """A label whose text is as large as a share of the display's height allows.

    The display gives it a largest size and a band (its greatest height, in lines of
    that size); the text shrinks only when it would not fit the width in ``lines``
    lines within the band, and never below ``floor`` times the largest size: what
    still does not fit is elided ("…"). The label is exactly as tall as its text
    needs, and collapses when it has none.
    """

    def __init__(
        self, name: str, lines: int, bold: bool, parent: QWidget | None = None,
        floor: float = 0.5, band_lines: float = 1.0,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.lines = lines
        self.floor = floor
        self.band_lines = band_lines
        self.largest = 24
        self.cap: int | None = None
        self.full_text = ""
        self.mark = ""
        self.base_font = display_font(bold)
        self.setWordWrap(lines > 1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFixedHeight(0)

    def set_language(self, language: str) -> None:
        """Set the text in ``language``'s fonts (its script's line heights)."""
        self.base_font = display_font(self.base_font.bold(), language)
        self.fit()

    def set_direction(self, direction: Qt.LayoutDirection) -> None:
        """Lay the text out in ``direction`` whatever script it starts with.

        A label takes its text's direction from its first letter; a mark in front
        makes "1. UNODC" in an Arabic display read right to left like the rest.
        """
        self.setLayoutDirection(direction)
        rtl = direction == Qt.LayoutDirection.RightToLeft
        self.mark = RLM if rtl else LRM
        align = self.alignment()
        if not align & Qt.AlignmentFlag.AlignHCenter:
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            self.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute
                              | Qt.AlignmentFlag.AlignVCenter)
        self.setText("")
        self.fit()

    @property
    def band(self) -> int:
        """The greatest height the text may take."""
        return int(self.band_lines * self.largest * BAND_RATIO)

    def set_largest(self, pixels: int) -> None:
        """Allow text up to ``pixels`` (font pixel size), and fit it again."""
        self.largest = max(MINIMUM_PX, pixels)
        self.fit()

    def show_text(self, text: str) -> None:
        """Show ``text``, fitted; nothing happens when it is unchanged."""
        if text != self.full_text:
            self.full_text = text
            self.setToolTip(text)
            self.fit()

    def _width(self) -> int:
        margins = self.contentsMargins()
        return self.width() - margins.left() - margins.right() - 2

    def natural_size(self) -> int:
        """The pixel size the text fits at, before any cap; 0 when there is no text."""
        if not self.full_text:
            return 0
        smallest = max(MINIMUM_PX, int(self.largest * self.floor))
        return fit_pixel_size(QFont(self.base_font), self.full_text, self._width(), self.band,
                              self.largest, self.lines, smallest)

    def set_cap(self, pixels: int | None) -> None:
        """Never larger than ``pixels`` (lines of a list share one size); None: no cap."""
        if pixels != self.cap:
            self.cap = pixels
            self.fit()

    def fit(self) -> None:
        """Choose the font size and height for the text; elide what still does not fit."""
        margins = self.contentsMargins()
        width = self._width()
        font = QFont(self.base_font)
        size = self.natural_size() or self.largest
        font.setPixelSize(min(size, self.cap) if self.cap else size)
        shown = self.full_text
        need = needed_height(font, shown, width, self.lines) if shown and width > 0 else 0
        if need is None or need > self.band:
            shown = QFontMetrics(font).elidedText(
                shown, Qt.TextElideMode.ElideRight, width * self.lines)
            need = needed_height(font, shown, width, self.lines)
            while len(shown) > 1 and (need is None or need > self.band):
                shown = shown[:-2] + "…"
                need = needed_height(font, shown, width, self.lines)
        if font != self.font():
            self.setFont(font)
        if shown and self.mark + shown != self.text():
            self.setText(self.mark + shown)
        elif not shown:
            self.setText("")
        height = (need or 0) + margins.top() + margins.bottom() if shown else 0
        if height != self.height() or height != self.minimumHeight():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Fit again when the width changes."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()


class ClockFace(QLabel):
    """The countdown's digits, as large as the label's whole rectangle allows; always LTR."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("display-clock")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.base_font = display_font(bold=True)
        # Tabular digits: the clock does not jiggle as they change.
        self.base_font.setFeature(QFont.Tag("tnum"), 1)
        self._widest = WIDEST

    def pixel_size(self) -> int:
        """The font size that fits the widest countdown into the label."""
        probe = QFont(self.base_font)
        probe.setPixelSize(100)
        fm = QFontMetricsF(probe)
        width = max(1.0, fm.horizontalAdvance(self._widest))
        by_width = 100 * self.width() * 0.94 / width
        # Digits stand between the baseline and the cap height, about centred in the line.
        by_height = 100 * self.height() * 0.8 / max(1.0, fm.capHeight())
        return max(MINIMUM_PX, int(min(by_width, by_height)))

    def show_time(self, text: str) -> None:
        """Show a countdown; refits only when a longer one (past an hour) appears."""
        widest = text if len(text) > len(WIDEST) else WIDEST
        if widest != self._widest:
            self._widest = widest
            self.fit()
        if text != self.text():  # every call to Qt counts: this runs 20 times a second
            self.setText(text)

    def fit(self) -> None:
        """Size the digits to the label."""
        font = QFont(self.base_font)
        font.setPixelSize(self.pixel_size())
        if font != self.font():
            self.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Fit the digits to the new size."""
        super().resizeEvent(event)
        self.fit()
