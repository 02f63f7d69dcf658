"""The secretary's record of an intervention beyond its notes.

The language it was delivered in, a written statement handed in, a video message,
announcements and pledges (amount and currency), and corrections of who spoke, for
whom and when. Each change is a journaled command (``update_record``,
``add_announcement``, ``strike_announcement``, ``correct``); nothing is deleted.
The announcement dialog is in ``announcements``, the correction dialog in ``correction``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from floorapp.core.categories import LANGUAGES
from floorapp.core.changes import Part, as_changes
from floorapp.core.events import Event
from floorapp.core.record_fields import record_level
from floorapp.core.turn import Intervention
from floorapp.gui.console import words
from floorapp.gui.console.announcements import AnnouncementDialog, announcement_text
from floorapp.gui.console.correction import CorrectionDialog
from floorapp.qt.floor_qt import QtFloor

__all__ = ["ANNOUNCEMENT_ROLE", "AnnouncementDialog", "CorrectionDialog", "RecordPanel",
           "announcement_text", "level_labels"]

ANNOUNCEMENT_ROLE = Qt.ItemDataRole.UserRole + 2


def tr(text: str) -> str:
    """Translate in the Record context."""
    return QCoreApplication.translate("Record", text)


def level_labels() -> dict[str, str]:
    """The levels of representation, as the record panel offers them."""
    return {
        "head_of_state": tr("Head of State"),
        "head_of_government": tr("Head of Government"),
        "vice_president": tr("Vice-President"),
        "deputy_prime_minister": tr("Deputy Prime Minister"),
        "minister": tr("Minister"),
        "vice_minister": tr("Vice-Minister"),
        "permanent_representative": tr("Permanent Representative"),
        "deputy_permanent_representative": tr("Deputy Permanent Representative"),
        "other": tr("Other level"),
    }



class RecordPanel(QWidget):
    """Language, written statement, video, announcements and corrections of one intervention."""

    def __init__(self, floor: QtFloor, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.floor = floor
        self.language = language
        self.intervention: str | None = None
        self.setObjectName("record-panel")
        self.spoken_in = QComboBox(self)
        self.spoken_in.setObjectName("record-language")
        self.spoken_in.addItem(tr("Language: not recorded"), "")
        for code in LANGUAGES:
            self.spoken_in.addItem(words.LANGUAGE_NAMES[code], code)
        self.spoken_in.addItem(tr("Another language"), "other")
        self.spoken_in.setToolTip(tr("The language the statement was delivered in"))
        self.spoken_in.activated.connect(self._language_chosen)
        self.written = QCheckBox(tr("Written statement"), self)
        self.written.setObjectName("record-written")
        self.written.setToolTip(tr("The delegation handed in a written statement"))
        self.written.clicked.connect(
            lambda on: self._record(written_statement=bool(on)))
        self.video = QCheckBox(tr("Video message"), self)
        self.video.setObjectName("record-video")
        self.video.clicked.connect(lambda on: self._record(video=bool(on)))
        self.level = QComboBox(self)
        self.level.setObjectName("record-level")
        self.level.addItem(tr("Level: not recorded"), "")
        for code, label in level_labels().items():
            self.level.addItem(label, code)
        self.level.setToolTip(tr("Level of representation of whoever spoke for the "
                                 "delegation (the Summary counts ministers and above)"))
        self.level.activated.connect(
            lambda i: self._record(level=self.level.itemData(i)))
        self.announcements = QListWidget(self)
        self.announcements.setObjectName("record-announcements")
        # Always there, at one height: adding the first announcement moves nothing.
        self.announcements.setFixedHeight(self.fontMetrics().height() * 3 + 8)
        self.announcements.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.announce = QPushButton(tr("Announcement…"), self)
        self.announce.setObjectName("record-announce")
        self.announce.setToolTip(tr("An announcement or a pledge, with its amount"))
        self.announce.clicked.connect(self.add_announcement)
        self.strike = QPushButton(tr("Strike announcement"), self)
        self.strike.setObjectName("record-strike")
        self.strike.clicked.connect(self.toggle_strike)
        self.correct = QPushButton(tr("Correct…"), self)
        self.correct.setObjectName("record-correct")
        self.correct.setToolTip(tr("Correct the speaker, kind, on behalf of, delivered by or "
                                   "times"))
        self.correct.clicked.connect(self.open_correction)

        # Two by two, so that the notes beside the log need half the width and the log
        # keeps room for its speakers and notes on a 1366-pixel screen.
        top = QGridLayout()
        top.addWidget(self.spoken_in, 0, 0)
        top.addWidget(self.level, 0, 1)
        top.addWidget(self.written, 1, 0)
        top.addWidget(self.video, 1, 1)
        top.setColumnStretch(2, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.announce)
        buttons.addWidget(self.strike)
        buttons.addStretch(1)
        buttons.addWidget(self.correct)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.announcements)
        layout.addLayout(buttons)
        floor.changed.connect(self._on_changed)
        self.refresh()

    def _iv(self) -> Intervention | None:
        if self.intervention is None:
            return None
        return self.floor.service.state.interventions.get(self.intervention)

    def set_intervention(self, iid: str | None) -> None:
        """Show the record of an intervention (None: nothing selected)."""
        self.intervention = iid
        self.refresh()

    def _on_changed(self, events: list[Event]) -> None:
        changes = as_changes(events)
        if (not changes.complete or self.intervention in changes.interventions
                or changes.touches(Part.ROSTER | Part.PROGRAMME)):
            self.refresh()

    def refresh(self) -> None:
        """Show the record as the journal has it."""
        iv = self._iv()
        for w in (self.spoken_in, self.written, self.video, self.level, self.announcements,
                  self.announce, self.correct):
            w.setEnabled(iv is not None)
        record = iv.record if iv is not None else {}
        self.spoken_in.setCurrentIndex(max(0, self.spoken_in.findData(
            str(record.get("language") or ""))))
        self.written.setChecked(bool(record.get("written_statement")))
        self.video.setChecked(bool(record.get("video")))
        self.level.setCurrentIndex(max(0, self.level.findData(record_level(record))))
        keep = self._selected_announcement()
        self.announcements.blockSignals(True)
        self.announcements.clear()
        for a in iv.announcements if iv is not None else []:
            item = QListWidgetItem(announcement_text(a))
            item.setData(ANNOUNCEMENT_ROLE, a.id)
            self.announcements.addItem(item)
            if a.id == keep:
                self.announcements.setCurrentItem(item)
        self.announcements.blockSignals(False)
        self._update_buttons()

    def _selected_announcement(self) -> str | None:
        item = self.announcements.currentItem()
        return str(item.data(ANNOUNCEMENT_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        iv = self._iv()
        chosen = self._selected_announcement()
        found = next((a for a in iv.announcements if a.id == chosen), None) if iv else None
        self.strike.setEnabled(found is not None)
        self.strike.setVisible(bool(iv and iv.announcements))
        self.strike.setText(tr("Restore announcement") if found is not None and found.struck
                            else tr("Strike announcement"))

    # -- commands ------------------------------------------------------------------------

    def _record(self, **fields: Any) -> None:
        if self.intervention is not None:
            self.floor.run(self.floor.service.update_record, self.intervention, **fields)
        self.refresh()

    def _language_chosen(self, index: int) -> None:
        self._record(language=self.spoken_in.itemData(index))

    def add_announcement(self) -> QDialog | None:
        """Ask what was announced and journal it."""
        if self.intervention is None:
            return None
        dialog = AnnouncementDialog(self)
        iid = self.intervention

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                text, amount, currency = dialog.values()
                self.floor.run(self.floor.service.add_announcement, text, amount, currency, iid,
                               kind=dialog.kind())
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def toggle_strike(self) -> None:
        """Strike the selected announcement from the record, or restore it."""
        iv = self._iv()
        chosen = self._selected_announcement()
        found = next((a for a in iv.announcements if a.id == chosen), None) if iv else None
        if iv is not None and found is not None:
            self.floor.run(self.floor.service.strike_announcement, iv.id, found.id,
                           not found.struck)

    def open_correction(self) -> QDialog | None:
        """The correction dialog for the selected intervention."""
        if self.intervention is None:
            return None
        dialog = CorrectionDialog(self.floor, self.intervention, self.language, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
