"""Speaking limits per kind of speaker, as mm:ss, each either set or left to the level above."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from floorapp.core.categories import LIMIT_KEYS
from floorapp.gui.durations import DurationBox, duration_text

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


def date_time_format(field: QDateTimeEdit, fmt: str) -> None:
    """Give a date or time field ``fmt``; it then mirrors with its dialog, as spin boxes do.

    A field that is right to left when its format is set reverses the sections of its
    text (11:00 reads "00:11"), so the format is set left to right; the field then
    takes the dialog's direction: in Arabic the arrows go to the left, and the time,
    digits joined by ":" or "-", still reads left to right as one run.
    """
    field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    field.setDisplayFormat(fmt)
    field.unsetLayoutDirection()  # follows its dialog again, a language switch included


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
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.fields: dict[str, DurationBox] = {}
        for key in LIMIT_KEYS:
            field = DurationBox(inner, 0, LONGEST)
            field.setObjectName(f"{name}-{key}")
            field.valueChanged.connect(lambda _v: self.edited.emit())
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
                time=duration_text(inherited.get(key, 0), field.locale())))
            field.setValue(max(0, min(LONGEST, int(limits.get(key, 0)))))
            # Wide enough for "as the meeting (03:00)" in every language, arrows included.
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance(
                field.specialValueText() + "  ") + 2 * field.fontMetrics().height() + 8)
            field.blockSignals(False)

    def limits(self) -> dict[str, int]:
        """The limits set here, in seconds (the others are left to the level above)."""
        out: dict[str, int] = {}
        for key, field in self.fields.items():
            seconds = field.value()
            if seconds > 0:
                out[key] = seconds
        return out
