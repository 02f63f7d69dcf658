"""Adding a participant the roster does not know: names in the six languages and a category."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from floorapp.core.categories import SpeakerCategory
from floorapp.core.likely_category import likely_category
from floorapp.core.roster import Participant
from floorapp.gui.console import words
from floorapp.qt.floor_qt import QtFloor

#: Each language's own name for itself, so the secretary finds the field for a name.
AUTONYMS = {"en": "English", "ar": "العربية", "zh": "中文", "fr": "Français",
            "ru": "Русский", "es": "Español"}
#: Categories offered, most likely first (the roster already has the States).
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
    """Translate in the AddParticipant context."""
    return QCoreApplication.translate("AddParticipant", text)


class AddParticipantDialog(QDialog):
    """Names (English required, the other five optional) and the kind of participant."""

    def __init__(self, floor: QtFloor, name: str = "", parent: QWidget | None = None,
                 unknown: bool = False) -> None:
        super().__init__(parent)
        self.floor = floor
        self.setObjectName("add-participant")
        self.setWindowTitle(tr("Add a participant"))
        # The wrapped text sits in a box layout, which gives it the height its width needs
        # (in a form layout's spanning row a long French or Russian text was cut).
        column = QVBoxLayout(self)
        form = QFormLayout()
        about = tr("A participant of this meeting who is not on the roster. The name in "
                   "English is needed; names in the other languages are shown when the "
                   "display is in that language.")
        if unknown:
            about = tr("No participant on the roster matches “{name}”. Add it to this "
                       "meeting?").format(name=name) + "\n\n" + about
        intro = QLabel(about, self)
        intro.setWordWrap(True)
        intro.setMinimumWidth(480)
        column.addWidget(intro)
        column.addLayout(form)
        self.names: dict[str, QLineEdit] = {}
        for lang in ("en", "ar", "zh", "fr", "ru", "es"):
            field = QLineEdit(self)
            field.setObjectName(f"participant-name-{lang}")
            if lang == "ar":
                field.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            field.textEdited.connect(lambda _t: self.check())
            # The language's own name isolated, so its colon stays after it in either
            # direction ("العربية:" read right to left put the colon first).
            label = tr("Name in English (required):") if lang == "en" else \
                f"\u2068{AUTONYMS[lang]}\u2069:"
            form.addRow(label, field)
            self.names[lang] = field
        self.names["en"].setText(name)
        self.category = QComboBox(self)
        self.category.setObjectName("participant-category")
        self.category.addItem(tr("Choose: what kind of participant?"), "")
        for c in OFFERED:
            self.category.addItem(words.category_label(c, detailed=True), c.value)
        self._category_chosen = False
        self.category.activated.connect(self._category_picked)
        self.names["en"].textEdited.connect(lambda _t: self._guess_category())
        self._guess_category()
        form.addRow(tr("&Category:"), self.category)
        self.problem = QLabel(self)
        self.problem.setObjectName("participant-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c;")
        column.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self.added: Participant | None = None
        self.check()

    def _guess_category(self) -> None:
        """The likeliest category for the English name, until the secretary picks one."""
        if self._category_chosen:
            return
        guess = likely_category(self.names["en"].text())
        self.category.setCurrentIndex(max(0, self.category.findData(guess.value)) if guess
                                      else 0)
        if hasattr(self, "problem"):
            self.check()

    def _category_picked(self, _index: int) -> None:
        self._category_chosen = True
        self.check()

    def entered_names(self) -> dict[str, str]:
        """The names typed, by language (empty ones left out)."""
        return {lang: f.text().strip() for lang, f in self.names.items() if f.text().strip()}

    def problems(self) -> list[str]:
        """Why the participant cannot be added as typed."""
        names = self.entered_names()
        english = names.get("en", "")
        if not english:
            return [tr("Type the name in English.")]
        wanted = english.casefold()
        for p in self.floor.service.roster:
            if any(n.casefold() == wanted for n in p.names.values()):
                return [tr("“{name}” is already a participant ({english}): add it to the "
                           "list by typing its name.").format(name=english,
                                                              english=p.name("en"))]
        if not self.category.currentData():
            return [tr("Choose the kind of participant: the name does not tell.")]
        return []

    def check(self) -> list[str]:
        """Show what is wrong (if anything) and allow OK only when nothing is."""
        found = self.problems()
        self.problem.setText("\n".join(found))
        self.problem.setVisible(bool(found))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not found)
        return found

    def accept(self) -> None:
        """Add the participant through the floor; stay open if it was refused."""
        if self.check():
            return
        names = self.entered_names()
        before = set(self.floor.service.state.participants)
        category = SpeakerCategory(self.category.currentData())
        if not self.floor.run(self.floor.service.add_participant, names["en"], category, names):
            self.problem.setText(tr("The participant was not added."))
            self.problem.setVisible(True)
            return
        state = self.floor.service.state
        new = [pid for pid in state.participants if pid not in before]
        self.added = state.participants[new[-1]] if new else None
        super().accept()


def add_participant(parent: QWidget | None, floor: QtFloor, name: str = "",
                    unknown: bool = False) -> Participant | None:
    """Ask for a new participant and add it; the participant, or None if cancelled.

    ``unknown``: the user typed ``name`` and the roster knows nobody by it.
    """
    dialog = AddParticipantDialog(floor, name, parent, unknown)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.added
    finally:
        dialog.deleteLater()
