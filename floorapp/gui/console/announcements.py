"""Announcements and pledges in the secretary's record: their one-line text and the dialog
that asks what was announced, with the amount and currency of a pledge (``add_announcement``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from floorapp.core.turn import Announcement
from floorapp.gui.console import words
from floorapp.qt.languages import fit_placeholder


def tr(text: str) -> str:
    """Translate in the Record context."""
    return QCoreApplication.translate("Record", text)


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
