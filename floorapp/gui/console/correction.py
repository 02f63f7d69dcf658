"""Corrections of an intervention in the secretary's record: who spoke, in what capacity,
for whom and when (``correct``); the original stays in the journal.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from floorapp.core.categories import RequestKind
from floorapp.core.log import LogEntry, entry_for
from floorapp.core.roster import AmbiguousName, UnknownName
from floorapp.gui.console import words
from floorapp.qt.floor_qt import QtFloor
from floorapp.qt.messages import say


def tr(text: str) -> str:
    """Translate in the Record context."""
    return QCoreApplication.translate("Record", text)


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
