"""The secretary's record of an intervention beyond its notes.

The language it was delivered in, a written statement handed in, a video message,
announcements and pledges (amount and currency), and corrections of who spoke, for
whom and when. Each change is a journaled command (``update_record``,
``add_announcement``, ``strike_announcement``, ``correct``); nothing is deleted.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from floorapp.core.categories import LANGUAGES, RequestKind
from floorapp.core.changes import Part, as_changes
from floorapp.core.events import Event
from floorapp.core.log import LogEntry, entry_for
from floorapp.core.record_fields import record_level
from floorapp.core.roster import AmbiguousName, UnknownName
from floorapp.core.turn import Announcement, Intervention
from floorapp.gui.console import words
from floorapp.qt.floor_qt import QtFloor
from floorapp.qt.languages import fit_placeholder
from floorapp.qt.messages import say

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


def announcement_text(a: Announcement) -> str:
    """An announcement in one line, with its amount."""
    text = a.text
    if a.amount is not None:
        amount = QLocale().toString(float(a.amount), "f", 0)  # the console's conventions
        text += "  —  " + words.ltr(f"{amount} {a.currency}".strip())
    if a.kind == "personal_gift":
        text = tr("{text} (personal gift)").format(text=text)
    if a.struck:
        text = tr("(struck) {text}").format(text=text)
    return text


class AnnouncementDialog(QDialog):
    """What was announced, and the amount and currency of a pledge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("announcement-dialog")
        self.setWindowTitle(tr("Announcement"))
        form = QFormLayout(self)
        self.text = QLineEdit(self)
        self.text.setObjectName("announcement-text")
        self.text.setPlaceholderText(tr("e.g. Pledge to the UN Voluntary Trust Fund"))
        fit_placeholder(self.text)
        form.addRow(tr("&What was announced:"), self.text)
        self.amount = QDoubleSpinBox(self)
        self.amount.setObjectName("announcement-amount")
        self.amount.setRange(0, 1e12)
        self.amount.setDecimals(0)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setSpecialValueText(tr("no amount"))
        form.addRow(tr("&Amount:"), self.amount)
        self.currency = QLineEdit("USD", self)
        self.currency.setObjectName("announcement-currency")
        self.currency.setMaxLength(3)
        self.currency.setInputMask(">AAA;_")
        form.addRow(tr("&Currency (ISO code):"), self.currency)
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("announcement-kind")
        self.kind_box.addItem(tr("Pledge (or an announcement, without an amount)"), None)
        self.kind_box.addItem(tr("Personal gift (such as the President's own donation)"),
                              "personal_gift")
        self.kind_box.setToolTip(tr("A personal gift is listed apart from the States' "
                                    "pledges and left out of their total"))
        form.addRow(tr("&Kind:"), self.kind_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.text.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.text.text().strip()))

    def kind(self) -> str | None:
        """ "personal_gift", or None for a pledge (with an amount) or an announcement."""
        value = self.kind_box.currentData()
        return str(value) if value else None

    def values(self) -> tuple[str, float | None, str]:
        """Text, amount (None when none) and currency ("" without an amount)."""
        amount = self.amount.value() or None
        currency = self.currency.text().strip().upper() if amount is not None else ""
        return self.text.text().strip(), amount, currency


class CorrectionDialog(QDialog):
    """Correct who spoke, in what capacity, for whom, and when (the meeting's local time)."""

    def __init__(self, floor: QtFloor, iid: str, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.floor = floor
        self.iid = iid
        self.setObjectName("correction-dialog")
        self.setWindowTitle(tr("Correct the intervention"))
        state = floor.service.state
        self.entry: LogEntry = entry_for(state, state.interventions[iid], floor.service.now())
        p = state.programme
        self.zone = p.zone() if p is not None else ZoneInfo("UTC")
        layout = QVBoxLayout(self)
        note = QLabel(tr("The original stays in the journal; the log and the exports show the "
                         "correction."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        layout.addLayout(form)
        self.speaker = QLineEdit(words.name_of(state, self.entry.participant_id, language), self)
        self.speaker.setObjectName("correct-speaker")
        self.speaker.setToolTip(tr("Type a name as in the add field: any of the six languages "
                                   "or a short form."))
        form.addRow(tr("&Speaker:"), self.speaker)
        self.kind = QComboBox(self)
        self.kind.setObjectName("correct-kind")
        for k in RequestKind:
            self.kind.addItem(words.kind_look(k).label, k.value)
        self.kind.setCurrentIndex(self.kind.findData(self.entry.kind.value))
        form.addRow(tr("&Kind:"), self.kind)
        self.behalf = QLineEdit(
            words.behalf_text(state, self.entry.on_behalf_of, language), self)
        self.behalf.setObjectName("correct-behalf")
        form.addRow(tr("On &behalf of:"), self.behalf)
        self.delivered = QLineEdit(words.name_of(state, self.entry.delivered_by, language), self)
        self.delivered.setObjectName("correct-delivered")
        self.delivered.setPlaceholderText(tr("the speaker themself"))
        form.addRow(tr("&Delivered by:"), self.delivered)
        self.start = self._time_edit("correct-start", self.entry.start)
        form.addRow(tr("S&tarted at:"), self.start)
        self.end = self._time_edit("correct-end", self.entry.end)
        self.end.setEnabled(self.entry.end is not None)
        form.addRow(tr("&Ended at:"), self.end)
        self.problem = QLabel(self)
        self.problem.setObjectName("correct-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._original = self.changes_as_typed()

    def _time_edit(self, name: str, when: datetime | None) -> QTimeEdit:
        edit = QTimeEdit(self)
        edit.setObjectName(name)
        from floorapp.gui.dialogs.limits import date_time_format  # when a dialog opens

        date_time_format(edit, "HH:mm:ss")
        if when is not None:
            local = when.astimezone(self.zone)
            edit.setTime(QTime(local.hour, local.minute, local.second))
        return edit

    def _when(self, edit: QTimeEdit, base: datetime) -> datetime:
        t = edit.time()
        local = base.astimezone(self.zone)
        return local.replace(hour=t.hour(), minute=t.minute(), second=t.second(),
                             microsecond=0)

    def changes_as_typed(self) -> dict[str, str]:
        """The fields as they stand, in words (to tell what the user changed)."""
        return {"speaker": self.speaker.text().strip(), "kind": self.kind.currentData(),
                "behalf": self.behalf.text().strip(),
                "delivered": self.delivered.text().strip(),
                "start": self.start.time().toString("HH:mm:ss"),
                "end": self.end.time().toString("HH:mm:ss")}

    def changes(self) -> dict[str, Any]:
        """The corrections to journal; raises ValueError with a message for a bad name."""
        now = self.changes_as_typed()
        out: dict[str, Any] = {}
        service = self.floor.service
        try:
            if now["speaker"] != self._original["speaker"]:
                out["participant"] = service.resolve(now["speaker"]).id
            if now["delivered"] != self._original["delivered"]:
                out["delivered_by"] = (service.resolve(now["delivered"]).id
                                       if now["delivered"] else "")
        except (UnknownName, AmbiguousName) as exc:
            raise ValueError(say(exc)) from None
        if now["kind"] != self._original["kind"]:
            out["kind"] = now["kind"]
        if now["behalf"] != self._original["behalf"]:
            out["on_behalf_of"] = now["behalf"]
        if now["start"] != self._original["start"]:
            out["start"] = self._when(self.start, self.entry.start)
        if now["end"] != self._original["end"] and self.entry.end is not None:
            out["end"] = self._when(self.end, self.entry.end)
        return out

    def accept(self) -> None:
        """Journal the correction; stay open with the reason when it is refused."""
        try:
            changes = self.changes()
        except ValueError as exc:
            self._show(str(exc))
            return
        if not changes:
            super().accept()
            return
        refusals: list[str] = []
        self.floor.refused.connect(refusals.append)
        try:
            done = self.floor.run(self.floor.service.correct, self.iid, **changes)
        finally:
            self.floor.refused.disconnect(refusals.append)
        if done:
            super().accept()
        else:
            self._show(" ".join(refusals) or tr("The correction was not recorded."))

    def _show(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


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
