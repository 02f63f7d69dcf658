"""Durations as the console shows them, mm:ss, in one field for entering them everywhere.

Speaking limits, warning times and reminder intervals are all entered and shown as
mm:ss (h:mm:ss past an hour), in the digits of the user's language (Arabic-Indic
in Arabic), never as a count of seconds with a unit.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from floorapp.core.countdown import format_mmss

#: What a duration may look like while typed (digits already made ASCII).
_PARTIAL = re.compile(r"\d{0,3}(:\d{0,2}){0,2}")


def tr(text: str) -> str:
    """Translate in the Durations context."""
    return QCoreApplication.translate("Durations", text)


def locale_digits(text: str, locale: QLocale | None = None) -> str:
    """``text`` with its ASCII digits written in the locale's own digits."""
    zero = (locale or QLocale()).zeroDigit()
    if not zero or zero == "0":
        return text
    base = ord(zero)
    return "".join(chr(base + int(c)) if "0" <= c <= "9" else c for c in text)


def ascii_digits(text: str) -> str:
    """``text`` with any script's decimal digits written 0-9."""
    return "".join(str(int(c)) if c.isdecimal() else c for c in text)


def duration_text(seconds: float, locale: QLocale | None = None) -> str:
    """Whole seconds as mm:ss (h:mm:ss past an hour), in the locale's digits."""
    return locale_digits(format_mmss(seconds), locale)


def parse_duration(text: str) -> int | None:
    """Seconds from "m:ss", "h:mm:ss" or a bare number of minutes; None if it is none of these.

    Digits of any script are read.
    """
    plain = ascii_digits(text).strip()
    if not plain:
        return None
    parts = plain.split(":")
    if not all(p.isdigit() for p in parts) or len(parts) > 3:
        return None
    numbers = [int(p) for p in parts]
    if len(numbers) == 1:
        return numbers[0] * 60
    if any(n >= 60 for n in numbers[1:]):
        return None
    seconds = 0
    for n in numbers:
        seconds = seconds * 60 + n
    return seconds


class DurationBox(QSpinBox):
    """A spin box of seconds that shows and takes mm:ss; the arrows step by 15 s."""

    def __init__(self, parent: QWidget | None = None, minimum: int = 0,
                 maximum: int = 7200, step: int = 15) -> None:
        super().__init__(parent)
        self.setRange(minimum, maximum)
        self.setSingleStep(step)
        # Times read left to right in every language (as the countdown does).
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setToolTip(tr("Minutes and seconds, as 3:00; the arrows step by 15 seconds."))

    def textFromValue(self, value: int) -> str:  # noqa: N802
        """mm:ss in the field's locale digits."""
        return duration_text(value, self.locale())

    def valueFromText(self, text: str) -> int:  # noqa: N802
        """Seconds from what was typed (the minimum when it cannot be read)."""
        seconds = parse_duration(self._bare(text))
        return self.minimum() if seconds is None else seconds

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Acceptable when it reads as a duration in range; digits of any script."""
        bare = self._bare(text)
        if self.specialValueText() and text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        if not _PARTIAL.fullmatch(ascii_digits(bare).strip()):
            return QValidator.State.Invalid, text, pos
        seconds = parse_duration(bare)
        if seconds is None or not self.minimum() <= seconds <= self.maximum():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def _bare(self, text: str) -> str:
        text = text.strip()
        prefix, suffix = self.prefix(), self.suffix()
        if prefix and text.startswith(prefix):
            text = text[len(prefix):]
        if suffix and text.endswith(suffix):
            text = text[: -len(suffix)]
        return text.strip()
