"""Speaking limits per kind of speaker, as mm:ss, each either set or left to the level above."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from floorapp.core.categories import LIMIT_KEYS
from floorapp.core.countdown import format_mmss

#: The longest limit the editor offers (59:59).
LONGEST = 3599


def tr(text: str) -> str:
    """Translate in the ProgrammeEditor context."""
    return QCoreApplication.translate("ProgrammeEditor", text)


def limit_label(key: str) -> str:
    """A key of the limit table in words."""
    return {
        "member_state": tr("Member States"),
        "observer_state": tr("Observer States"),
        "observer": tr("Observers"),
        "un_system": tr("UN system"),
        "civil_society": tr("Civil society"),
        "panellist": tr("Panellists"),
        "moderator": tr("Moderator"),
        "chair": tr("Chair"),
        "other": tr("Other participants"),
        "group": tr("Statements on behalf of a group"),
        "question": tr("Questions to the panel"),
        "point_of_order": tr("Points of order"),
        "reply": tr("Right of reply (first)"),
        "reply_second": tr("Right of reply (second)"),
    }.get(key, key.replace("_", " "))


def fixed_direction(field: QDateTimeEdit, fmt: str) -> None:
    """Give a date or time field ``fmt``, shown left to right in every layout.

    Times and dates read left to right in Arabic too; a field that is right to left
    when its format is set shows its sections reversed ("HH:mm" shows 11:05 as "05:11"),
    so the direction is fixed first.
    """
    field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    field.setDisplayFormat(fmt)


def _time(seconds: int) -> QTime:
    seconds = max(0, min(LONGEST, seconds))
    return QTime(0, seconds // 60, seconds % 60)


class LimitsEditor(QWidget):
    """One mm:ss field per kind of speaker; 00:00 shows what applies from the level above.

    Signals:
        edited(): a limit changed.
    """

    edited = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        inner = QWidget()
        form = QFormLayout(inner)
        self.fields: dict[str, QTimeEdit] = {}
        for key in LIMIT_KEYS:
            field = QTimeEdit(inner)
            field.setObjectName(f"{name}-{key}")
            fixed_direction(field, "mm:ss")
            field.setMinimumTime(QTime(0, 0, 0))
            field.setMaximumTime(_time(LONGEST))
            field.setCurrentSection(QTimeEdit.Section.MinuteSection)
            field.timeChanged.connect(lambda _t: self.edited.emit())
            form.addRow(limit_label(key), field)
            self.fields[key] = field
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(scroll)

    def set_limits(
        self, limits: Mapping[str, int], inherited: Mapping[str, int],
        unset: str | None = None,
    ) -> None:
        """Show the limits set here, and for the others what they inherit.

        ``unset`` words a limit not set here, with ``{time}`` for the inherited one.
        """
        for key, field in self.fields.items():
            field.blockSignals(True)
            field.setSpecialValueText((unset or tr("as the meeting ({time})")).format(
                time=format_mmss(inherited.get(key, 0))))
            field.setTime(_time(int(limits.get(key, 0))))
            field.blockSignals(False)

    def limits(self) -> dict[str, int]:
        """The limits set here, in seconds (the others are left to the level above)."""
        out: dict[str, int] = {}
        for key, field in self.fields.items():
            t = field.time()
            seconds = t.minute() * 60 + t.second()
            if seconds > 0:
                out[key] = seconds
        return out
