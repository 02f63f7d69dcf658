"""Telling the user what is wrong: every problem of a file or database, one per line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)


def tr(text: str) -> str:
    """Translate in the Problems context."""
    return QCoreApplication.translate("Problems", text)


class ProblemsDialog(QDialog):
    """A title, a sentence saying nothing was changed, and the list of problems.

    Each problem is one item (word-wrapped, selectable); "Copy" puts them all on
    the clipboard, for a message to whoever can fix the file.
    """

    def __init__(
        self, title: str, problems: Sequence[str], parent: QWidget | None = None,
        intro: str | None = None, advice: str = "",
        actions: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("problems-dialog")
        self.setWindowTitle(title)
        self.problems = [str(p) for p in problems if str(p).strip()] or [
            tr("No details are known.")]
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(title, self)
        self.heading.setObjectName("problems-title")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        count = len(self.problems)
        self.intro = QLabel(intro or (
            tr("Nothing was changed. The problem:") if count == 1 else
            tr("Nothing was changed. The {count} problems:").format(count=count)), self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("problems-list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.addItems(self.problems)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setMinimumSize(520, min(360, 40 + 28 * count))

        #: What to do instead, under the list (not counted among the problems).
        self.advice = QLabel(advice, self)
        self.advice.setObjectName("problems-advice")
        self.advice.setWordWrap(True)
        self.advice.setVisible(bool(advice))
        #: The action the user chose ("" for OK / Quit).
        self.choice = ""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        if actions:  # then OK means giving up
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Quit"))
        for label, key in actions:
            button = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
            button.setObjectName(f"problems-{key}")
            button.clicked.connect(lambda _c=False, k=key: self._choose(k))
            if key == actions[0][1]:
                button.setDefault(True)
        copy = buttons.addButton(tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("problems-copy")
        copy.clicked.connect(self.copy)
        buttons.accepted.connect(self.accept)

        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.intro)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addLayout(text, 1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.list, 1)
        column.addWidget(self.advice)
        column.addWidget(buttons)

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()

    def text(self) -> str:
        """The title and problems as plain text, one problem a line."""
        return "\n".join([self.windowTitle(), *("• " + p for p in self.problems)])

    def copy(self) -> None:
        """Put the problems on the clipboard."""
        QGuiApplication.clipboard().setText(self.text())


def error_dialog(
    parent: QWidget | None, title: str, problems: Sequence[str], intro: str | None = None,
    advice: str = "", actions: Sequence[tuple[str, str]] = (),
) -> str:
    """Show ``problems`` (a bad programme file, an unusable database ...) and wait for OK.

    ``actions`` are (label, key) buttons offered besides OK; the key of the one
    pressed is returned ("" for OK).
    """
    dialog = ProblemsDialog(title, problems, parent, intro, advice, actions)
    try:
        dialog.exec()
        return dialog.choice
    finally:
        dialog.deleteLater()
