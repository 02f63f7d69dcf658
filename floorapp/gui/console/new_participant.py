"""Asking whether to add a name the roster does not know as a participant of this meeting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from floorapp.core.categories import SpeakerCategory
from floorapp.core.roster import Participant
from floorapp.gui.console import words
from floorapp.gui.floor_qt import QtFloor

#: Categories offered for an ad-hoc participant, most likely first.
OFFERED = (
    SpeakerCategory.OBSERVER,
    SpeakerCategory.CIVIL_SOCIETY,
    SpeakerCategory.UN_SYSTEM,
    SpeakerCategory.OTHER,
    SpeakerCategory.OBSERVER_STATE,
    SpeakerCategory.MEMBER_STATE,
    SpeakerCategory.PANELLIST,
)


def tr(text: str) -> str:
    """Translate in the NewParticipant context."""
    return QCoreApplication.translate("NewParticipant", text)


class NewParticipantDialog(QDialog):
    """Name and category of a participant beyond the roster (African Union, an NGO, …)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a participant"))
        form = QFormLayout(self)
        intro = QLabel(tr("No participant on the roster matches “{name}”. "
                          "Add it to this meeting?").format(name=name))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.name = QLineEdit(name)
        form.addRow(tr("&Name:"), self.name)
        self.category = QComboBox()
        for c in OFFERED:
            self.category.addItem(words.category_label(c), c.value)
        form.addRow(tr("&Category:"), self.category)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def result_value(self) -> tuple[str, SpeakerCategory] | None:
        """The name and category chosen, or None when the name is empty."""
        name = self.name.text().strip()
        if not name:
            return None
        return name, SpeakerCategory(self.category.currentData())


def ask_new_participant(parent: QWidget, floor: QtFloor, name: str) -> Participant | None:
    """Offer to add ``name`` as a participant of this meeting; the one added, or None.

    Uses the dialogs package's full form (names in six languages) when it is there,
    else a short form of name and category.
    """
    try:
        from floorapp.gui.dialogs import add_participant
    except ImportError:
        pass
    else:
        return add_participant(parent, floor, name)
    dialog = NewParticipantDialog(name, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        answer = dialog.result_value()
    finally:
        dialog.deleteLater()
    if answer is None:
        return None
    before = set(floor.service.state.participants)
    if not floor.run("add_participant", answer[0], answer[1]):
        return None
    new = [pid for pid in floor.service.state.participants if pid not in before]
    return floor.service.state.participants[new[-1]] if new else None
