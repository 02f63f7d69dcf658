"""Dialogs: the programme editor, adding a participant, and showing problems.

The names below are imported on first use, so the console starts without the
programme editor and its friends.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "AddParticipantDialog": "participant",
    "add_participant": "participant",
    "ProblemsDialog": "problems",
    "error_dialog": "problems",
    "ProgrammeEditor": "programme_editor",
    "edit_programme": "programme_editor",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
