"""Where the speaker display goes: full screen on a second screen, windowed on the only one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

#: The windowed display's share of the screen it opens on.
WINDOWED_SHARE = 0.6


def choose_screen(
    screens: Sequence[QScreen], index: int | None, console: QScreen | None = None,
) -> tuple[QScreen, bool]:
    """The screen for the display and whether to fill it.

    With more than one screen, the display fills screen ``index`` (when there is such
    a screen), or else the first screen the console is not on. With only one screen
    it opens as a window, so the console stays usable.
    """
    if not screens:
        raise ValueError("there is no screen to show the speaker display on")
    if len(screens) == 1:
        return screens[0], False
    if index is not None and 0 <= index < len(screens):
        return screens[index], True
    others = [s for s in screens if s is not console and s != console]
    return (others or list(screens))[0], True


def windowed_geometry(available: QRect, share: float = WINDOWED_SHARE) -> QRect:
    """A 16:9 window taking ``share`` of the available area, centred in it."""
    width = int(available.width() * share)
    height = int(width * 9 / 16)
    if height > available.height() * share:
        height = int(available.height() * share)
        width = int(height * 16 / 9)
    rect = QRect(0, 0, max(320, width), max(180, height))
    rect.moveCenter(available.center())
    return rect
