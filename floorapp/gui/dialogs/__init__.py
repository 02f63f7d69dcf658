"""Dialogs: the programme editor, adding a participant, and showing problems."""

from floorapp.gui.dialogs.participant import AddParticipantDialog, add_participant
from floorapp.gui.dialogs.problems import ProblemsDialog, error_dialog
from floorapp.gui.dialogs.programme_editor import ProgrammeEditor, edit_programme

__all__ = [
    "AddParticipantDialog",
    "ProblemsDialog",
    "ProgrammeEditor",
    "add_participant",
    "edit_programme",
    "error_dialog",
]
