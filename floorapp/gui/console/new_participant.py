"""Offering to add a name the roster does not know as a participant of this meeting."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from floorapp.core.roster import Participant
from floorapp.gui.dialogs.participant import add_participant
from floorapp.gui.floor_qt import QtFloor


def ask_new_participant(parent: QWidget, floor: QtFloor, name: str) -> Participant | None:
    """Offer to add ``name`` (names in six languages, a category); the one added, or None."""
    return add_participant(parent, floor, name, unknown=bool(name))
