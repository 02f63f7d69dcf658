"""The F1 help overlay: every shortcut of the console, from the one table in ``shortcuts``."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from floorapp.gui.console import shortcuts
from floorapp.gui.console.add_field import KIND_KEYS
from floorapp.gui.console.words import kind_look


def tr(text: str) -> str:
    """Translate in the HelpOverlay context."""
    return QCoreApplication.translate("HelpOverlay", text)


#: The overlay's columns: which groups of actions each shows, top to bottom.
COLUMNS: tuple[tuple[str, ...], ...] = (("Floor",), ("List",), ("View", "Meeting", "Help"))


def group_html(group: str) -> str:
    """One group of the shortcut table as rich text."""
    e = html.escape
    rows = [(s.key_text(), shortcuts.tr(s.title)) for s in shortcuts.ACTIONS if s.group == group]
    if group == "List":
        rows += [(key, tr("In the add field: {kind}").format(kind=kind_look(kind).label))
                 for kind, key in KIND_KEYS]
        rows += [("Alt+B", tr("In the add field: on behalf of…")),
                 ("↑ ↓", tr("In the add field: move in the list"))]
    if group == "Floor":
        rows += [(tr("Enter"), tr("In the programme: open the segment")),
                 (tr("Enter"), tr("In the log: write notes on the intervention")),
                 ("Ctrl+Enter", tr("In the notes: add the note"))]
    title = shortcuts.tr(shortcuts.GROUPS[group]).replace("&", "")
    body = "".join(f"<tr><td style='padding-right:12px'><b>{e(k)}</b></td><td>{e(t)}</td></tr>"
                   for k, t in rows)
    return f"<h3>{e(title)}</h3><table cellspacing=2>{body}</table>"


class HelpOverlay(QFrame):
    """A panel over the console listing every shortcut; Esc, F1 or a click closes it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("help-overlay")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.setStyleSheet("QFrame#help-overlay { background: #fafafa; border: 3px solid #263238; }"
                           "QFrame#help-overlay QLabel { color: #000000; }")
        heading = QLabel(f"<h2>{html.escape(tr('Keyboard shortcuts'))}</h2>"
                         f"{html.escape(tr('Esc or F1 closes this panel.'))}", self)
        self.body = QWidget(self)
        grid = QGridLayout(self.body)
        self.columns: list[QLabel] = []
        for i, groups in enumerate(COLUMNS):
            label = QLabel("".join(group_html(g) for g in groups), self.body)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, 0, i)
            self.columns.append(label)
        area = QScrollArea(self)
        area.setWidget(self.body)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(area, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        parent.installEventFilter(self)
        self.hide()

    def toggle(self) -> None:
        """Show the overlay, or hide it when shown."""
        if self.isVisible():
            self.hide()
            return
        self._fit()
        self.show()
        self.raise_()
        self.setFocus()

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            r = parent.rect()
            margin = max(12, min(r.width(), r.height()) // 12)
            self.setGeometry(r.adjusted(margin, margin, -margin, -margin))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Follow the parent's size."""
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            if self.isVisible():
                self._fit()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Esc closes."""
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A click closes."""
        self.hide()
