"""The programme's segments as a Qt model, the open one marked (in words and in bold)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from floorapp.core.changes import Part, as_changes
from floorapp.core.events import Event
from floorapp.core.programme.model import Segment
from floorapp.gui.console.words import ltr
from floorapp.gui.programme_texts import plain, tip
from floorapp.qt.floor_qt import QtFloor

AnyIndex = QModelIndex | QPersistentModelIndex

#: The segment id of a row.
SEGMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Whether a row is the open segment.
IS_OPEN_ROLE = Qt.ItemDataRole.UserRole + 2


def tr(text: str) -> str:
    """Translate in the Programme context."""
    return QCoreApplication.translate("Programme", text)


class ProgrammeModel(QAbstractListModel):
    """One row per segment of the programme, in time order; a thin adapter over the state."""

    def __init__(self, floor: QtFloor, parent: QObject | None = None,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.floor = floor
        self.language = language  # of the segments' titles
        self._ids = self._current_ids()
        floor.changed.connect(self._on_changed)

    def set_language(self, language: str) -> None:
        """Show the segments' titles in ``language`` (the original where untranslated)."""
        self.language = language
        self._on_changed()

    def _segments(self) -> tuple[Segment, ...]:
        p = self.floor.service.state.programme
        return p.segments if p is not None else ()

    def _current_ids(self) -> list[str]:
        return [s.id for s in self._segments()]

    def segment_at(self, row: int) -> Segment | None:
        """The segment on a row, or None."""
        if not 0 <= row < len(self._ids):
            return None
        p = self.floor.service.state.programme
        try:
            return p.segment(self._ids[row]) if p is not None else None
        except KeyError:
            return None

    def row_of(self, segment_id: str | None) -> int:
        """The row of a segment, or -1."""
        return self._ids.index(segment_id) if segment_id in self._ids else -1

    def _on_changed(self, events: Sequence[Event] = ()) -> None:
        if not as_changes(events).touches(Part.PROGRAMME | Part.SEGMENT):
            return
        ids = self._current_ids()
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per segment."""
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Times and title; the open segment marked with ▶ and bold."""
        seg = self.segment_at(index.row()) if index.isValid() else None
        if seg is None:
            return None
        state = self.floor.service.state
        is_open = seg.id == state.current_segment
        title = state.programme.text(seg, "title", self.language) if state.programme else None
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "▶ " if is_open else "   "
            shown = f"\u2068{plain(title)}\u2069" if title else ""
            return f"{mark}{ltr(f'{seg.start:%H:%M}–{seg.end:%H:%M}')}  {shown}"
        if role == Qt.ItemDataRole.ToolTipRole:
            why = f"\n{tip(title)}" if title and title.fallback else ""
            return (tr("Open now") + " · " if is_open else "") + (title.text if title else "") + why
        if role == Qt.ItemDataRole.FontRole and is_open:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.BackgroundRole and is_open:
            return QColor("#fff3c4")
        if role == Qt.ItemDataRole.ForegroundRole and is_open:
            return QColor("#000000")
        if role == SEGMENT_ID_ROLE:
            return seg.id
        if role == IS_OPEN_ROLE:
            return is_open
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Selectable, no children."""
        return super().flags(index) | (
            Qt.ItemFlag.ItemNeverHasChildren if index.isValid() else Qt.ItemFlag.NoItemFlags)
