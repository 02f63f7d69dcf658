"""File > New meeting from a concept note: the preview, then the meeting's file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from floorapp.core.programme.write import dump_programme
from floorapp.gui.dialogs.import_preview import ImportPreview
from floorapp.qt.settings import meeting_file_for


def tr(text: str) -> str:
    """Translate in the ImportPreview context."""
    return QCoreApplication.translate("ImportPreview", text)


def programme_path(meeting: str) -> Path:
    """Where the accepted programme is kept: beside the meeting, ``NAME.programme.toml``."""
    p = Path(meeting)
    return p.with_name(f"{p.stem}.programme.toml")


def import_concept_note(parent: QWidget, create: Callable[[str, str], None]) -> None:
    """Show the preview; after Accept, ask where to keep the meeting and create it.

    ``create(meeting_path, programme_path)`` is what "New meeting from a programme"
    does with a programme file (the console's ``meeting_chosen`` signal).
    """
    dialog = ImportPreview(parent)
    if dialog.exec() != ImportPreview.DialogCode.Accepted:
        return
    programme = dialog.programme()
    if programme is None:
        return
    target, _ = QFileDialog.getSaveFileName(
        parent, tr("Keep the meeting in"), meeting_file_for(programme.title),
        tr("Meetings (*.floor)"))
    if not target:
        return
    if not target.endswith(".floor"):
        target += ".floor"
    toml = programme_path(target)
    try:
        toml.write_text(dump_programme(programme), encoding="utf-8")
    except OSError as exc:
        QMessageBox.warning(parent, tr("New meeting from a concept note"),
                            tr("The programme could not be saved in {path}: {why}").format(
                                path=str(toml), why=exc.strerror or str(exc)))
        return
    create(target, str(toml))
