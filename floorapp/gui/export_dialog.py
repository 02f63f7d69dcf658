"""The export dialog: which language (and, for the list of speakers, which segment)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from floorapp.core.categories import LANGUAGES
from floorapp.core.programme.model import Programme
from floorapp.gui.console import words
from floorapp.qt.messages import app_language


def tr(text: str) -> str:
    """Translate in the Export context."""
    return QCoreApplication.translate("Export", text)


class ExportDialog(QDialog):
    """Asks for the language of an export and, when it needs one, the segment."""

    def __init__(self, title: str, programme: Programme, lang: str = "en",
                 segment: str | None = None, ask_segment: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.setObjectName("export-language")
        for code in LANGUAGES:
            self.language.addItem(f"{words.LANGUAGE_NAMES[code]} ({code})", code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        form.addRow(tr("Language:"), self.language)
        self.segment: QComboBox | None = None
        if ask_segment:
            self.segment = QComboBox(self)
            self.segment.setObjectName("export-segment")
            shown = app_language()  # the segments' titles in the console's language
            for seg in programme.segments:
                self.segment.addItem(programme.text(seg, "title", shown).text, seg.id)
            if segment is not None:
                self.segment.setCurrentIndex(max(0, self.segment.findData(segment)))
            form.addRow(tr("Segment:"), self.segment)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            Qt.Orientation.Horizontal, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # Wide enough for its title in the window's frame, in every language.
        self.setMinimumWidth(max(420, self.fontMetrics().horizontalAdvance(title) + 180))

    def chosen_language(self) -> str:
        """The language code chosen."""
        return str(self.language.currentData())

    def chosen_segment(self) -> str | None:
        """The segment id chosen, or None when the dialog does not ask."""
        return str(self.segment.currentData()) if self.segment is not None else None
