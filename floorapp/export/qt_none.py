"""A guard against a refcount bug of shiboken6 6.12 on Python 3.11: keeps ``None`` alive.

Every void Qt method called from Python (``setFontPointSize``, ``insertText``,
``setObjectName``, ``QTimer.setInterval`` ...) returns ``None`` without taking a
reference to it, so each call takes one reference from ``None``. Python 3.12 made
``None`` immortal, so it does not matter there; on 3.11 the count reaches zero after
some thousands of calls and the interpreter aborts ("none_dealloc: deallocating
None"). A PDF export makes tens of thousands of such calls. This adds a reference
budget no process will exhaust; it changes nothing else.
"""

from __future__ import annotations

import sys

#: References added to None: far more than any process makes void Qt calls.
BUDGET = 1 << 48
_done = False


def keep_none_alive() -> None:
    """Make ``None`` effectively immortal on CPython before 3.12 (once; no-op elsewhere)."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += BUDGET
    _done = True
