"""Dialogs that fit the screen they open on, and tabs that switch from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

#: Room left for the window's frame and the desktop's panels.
FRAME = QSize(24, 72)


def fit_to_screen(dialog: QWidget, wanted: QSize | None = None) -> QSize:
    """Size ``dialog`` to ``wanted`` (or its size hint), never beyond the screen it is on.

    Pages whose content is taller scroll (each dialog puts them in scroll areas), so a
    1366×768 laptop shows every dialog whole, in every language.
    """
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    size = wanted or dialog.sizeHint()
    if screen is not None:
        room = screen.availableGeometry().size() - FRAME
        size = size.boundedTo(room)
        dialog.setMaximumSize(screen.availableGeometry().size())
    dialog.resize(size)
    return size


def tab_keys(tabs: QTabWidget, owner: QWidget) -> None:
    """Ctrl+PageDown and Ctrl+PageUp switch ``tabs`` from anywhere in ``owner``.

    QTabWidget does this only while no field inside it takes the keys first; spin
    boxes and scroll areas do, so the dialog's own shortcuts do it.
    """
    def step(delta: int) -> None:
        if tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + delta) % tabs.count())

    for keys, delta in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
        shortcut = QShortcut(QKeySequence(keys), owner)
        shortcut.setObjectName(f"tab-{'next' if delta > 0 else 'previous'}")
        shortcut.activated.connect(lambda d=delta: step(d))
