"""The app keeps Python's ``None`` alive, so a long meeting cannot abort the console.

PySide6 6.12.0 on CPython 3.11 drops one reference to ``None`` on every call of a
Qt method that returns nothing (``QLabel.setText``, ``QWidget.update``,
``QApplication.processEvents`` ...). Before Python 3.12, ``None`` is counted like
any object, so once the count reaches zero the interpreter aborts: "Fatal Python
error: none_dealloc". An idle console with a running countdown loses about 33
references a second (its 20 Hz repaint), every key press more, out of about
34,500 at start: in a measured run it aborted after 17 minutes (in
``SegmentClockView.refresh``). PySide6 6.11.3 on 3.11, and 6.12.0 on 3.12 (where
``None`` is immortal), lose nothing.

pyproject.toml keeps PySide6 below 6.12 on Python before 3.12, so the installed Qt
loses nothing; these tests check that it does not (the app carries no guard of
its own since the pins exclude the faulty version).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtWidgets import QApplication, QLabel

import floorapp.gui  # noqa: F401  (whatever the Qt layer does on import is in force)
from floorapp.core.clock import SystemClock
from floorapp.service import FloorService
from tests.helpers.factories import memory_service

DAY = 12 * 3600
FIX = "install PySide6-Essentials/-Addons <6.12 for Python <3.12, as pyproject.toml asks"


def _lasts_a_day(lost_per_second: float) -> bool:
    return lost_per_second <= 0 or sys.getrefcount(None) > lost_per_second * DAY * 10


def test_qt_calls_that_return_nothing_cannot_exhaust_none(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
    lost = before - sys.getrefcount(None)
    # A console repainting at 20 Hz makes at most a few thousand such calls a second.
    assert _lasts_a_day(lost * 5), (
        f"PySide6 {PYSIDE_VERSION} on Python {sys.version.split()[0]} lost {lost} references "
        f"to None in 1000 QLabel.setText calls, with {sys.getrefcount(None)} left: the app "
        f"aborts when they run out (none_dealloc). Fix: {FIX}.")


def test_a_live_console_cannot_exhaust_none(qapp: QApplication, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    main_window = pytest.importorskip("floorapp.gui.console.main_window")
    from floorapp.qt.floor_qt import QtFloor
    from floorapp.qt.settings import Settings

    service: FloorService = memory_service(SystemClock())  # type: ignore[arg-type]
    service.open_segment("panel-1")
    service.request("QAT")
    service.next()
    floor = QtFloor(service)
    window = main_window.ConsoleWindow(floor, Settings(tmp_path / "floor.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(200)
    before = sys.getrefcount(None)
    qtbot.wait(2000)  # two seconds of a running countdown, repainted at 20 Hz
    lost = before - sys.getrefcount(None)
    floor.stop()
    assert lost < 20 or _lasts_a_day(lost / 2), (
        f"a console with a running countdown lost {lost} references to None in 2 s, with "
        f"{sys.getrefcount(None)} left: it aborts (none_dealloc) long before the end of a "
        f"meeting. Fix: {FIX}.")
