"""The dialogs of opening a meeting: every problem of one that would not open, and which
meeting to open, or make from a programme, instead."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from floorapp.gui.meeting_files import MeetingTarget, bundled_programme, default_database


def tr(text: str) -> str:
    """Translate in the App context."""
    return QCoreApplication.translate("App", text)


def trn(text: str, n: int) -> str:
    """Translate a message with a number in the App context: Qt's plural forms for ``n``."""
    return QCoreApplication.translate("App", text, None, n).format(n=n)


#: What the user may do after a meeting failed to open (``show_problems`` with ``offer``).
OPEN_ANOTHER, NEW_MEETING = "open", "new"


def show_problems(parent: QWidget | None, title: str, problems: Sequence[str],
                  advice: str = "", offer: bool = False) -> str:
    """A modal message listing every problem (the first lines in view, all in the details).

    With ``offer``, it also offers to open another meeting or make a new one, and
    returns which (``OPEN_ANOTHER``, ``NEW_MEETING``), or "" to give up.
    """
    actions = ([(tr("&Open another meeting…"), OPEN_ANOTHER),
                (tr("&New meeting from a programme…"), NEW_MEETING)] if offer else [])
    try:
        from floorapp.gui.dialogs import error_dialog
    except ImportError:
        pass
    else:
        return error_dialog(parent, title, problems, advice=advice, actions=actions) or ""
    box = QMessageBox(QMessageBox.Icon.Critical, title, "\n".join(problems[:12]),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("open-failure")
    if advice:
        box.setInformativeText(advice)
    if len(problems) > 12:
        box.setInformativeText(trn("{n} problems in all; see the details.", len(problems)))
        box.setDetailedText("\n".join(problems))
    box.exec()
    return ""


def ask_for_meeting(parent: QWidget | None, choice: str) -> MeetingTarget | None:
    """Ask which meeting to open (``OPEN_ANOTHER``) or make (``NEW_MEETING``); None if cancelled."""
    from PySide6.QtWidgets import QFileDialog

    if choice == OPEN_ANOTHER:
        path, _ = QFileDialog.getOpenFileName(
            parent, tr("Open a meeting"), str(Path.home()),
            tr("Meetings (*.floor);;All files (*)"))
        return MeetingTarget(path) if path else None
    if choice == NEW_MEETING:
        programme, _ = QFileDialog.getOpenFileName(
            parent, tr("New meeting from a programme"), str(bundled_programme().parent),
            tr("Programmes (*.toml);;All files (*)"))
        if not programme:
            return None
        suggested = default_database().with_name(Path(programme).stem + ".floor")
        target, _ = QFileDialog.getSaveFileName(
            parent, tr("Keep the meeting in"), str(suggested), tr("Meetings (*.floor)"))
        return MeetingTarget(target, programme) if target else None
    return None
