"""A guard against PySide6 6.12.0 on Python 3.11 dropping references to None.

That binding loses one reference to ``None`` per call of a Qt method returning
nothing; before Python 3.12 the interpreter then aborts ("none_dealloc") once the
count reaches zero, which a benchmark section of thousands of key presses does.
See tests/reliability/test_qt_refcounts.py. When the leak is detected, the
benchmark process gives None, True and False a huge reference count, as Python
3.12 does for immortal objects, so the figures can be measured at all.
"""

from __future__ import annotations

import ctypes
import sys


def binding_leaks_none() -> bool:
    """Whether Qt calls returning nothing lose references to None in this process."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) > 100


def keep_singletons_alive() -> bool:
    """Make None, True and False effectively immortal when the binding leaks; True if done."""
    if sys.version_info >= (3, 12) or not binding_leaks_none():
        return False
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    return True
