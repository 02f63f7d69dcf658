"""The names matching what the secretary types, best first: the add field's completions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from floorapp.core.roster import Participant
from floorapp.gui.console import words

AnyIndex = QModelIndex | QPersistentModelIndex

#: The participant id of a match.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The text put in the field when a match is chosen (the name in the display language).
COMPLETION_ROLE = Qt.ItemDataRole.UserRole + 2


class MatchesModel(QAbstractListModel):
    """Ranked matches of one search; replaced as a whole on every keystroke."""

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._matches: list[Participant] = []

    def set_matches(self, participants: Sequence[Participant]) -> None:
        """Show these participants, best first."""
        self.beginResetModel()
        self._matches = list(participants)
        self.endResetModel()

    def participant(self, row: int) -> Participant | None:
        """The participant on a row, or None."""
        return self._matches[row] if 0 <= row < len(self._matches) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per match."""
        return 0 if parent.isValid() else len(self._matches)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Name and category for the popup; id and completion text for the field."""
        p = self.participant(index.row()) if index.isValid() else None
        if p is None:
            return None
        name = p.name(self.language)
        if role == Qt.ItemDataRole.DisplayRole:
            other = p.name("en")
            extra = f" · {other}" if other != name else ""
            return f"{name}{extra}  —  {words.category_label(p.category)}"
        if role == COMPLETION_ROLE:
            return name
        if role == ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return " / ".join(dict.fromkeys(v for v in p.names.values() if v))
        return None
