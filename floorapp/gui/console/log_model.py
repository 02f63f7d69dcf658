"""The log of the open segment as a Qt table model: a thin adapter over the intervention log.

Rows are the segment's interventions in order of taking the floor; the one still
at the floor (if any) is marked as speaking. Each command's change summary says
which interventions it touched: their rows are marked changed, a new turn is a
row inserted, an undone one a row removed; the rest of the log is not read again.
A finished intervention's entry is kept until a change touches it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from floorapp.core.changes import Part, as_changes
from floorapp.core.countdown import format_mmss
from floorapp.core.events import Event
from floorapp.core.log import LogEntry, entry_for
from floorapp.gui.console import words
from floorapp.gui.floor_qt import QtFloor

AnyIndex = QModelIndex | QPersistentModelIndex

#: The intervention id of a row.
INTERVENTION_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    """Translate in the LogModel context."""
    return QCoreApplication.translate("LogModel", text)


class Column(IntEnum):
    """The log's columns."""

    NUMBER = 0
    SPEAKER = 1
    KIND = 2
    START = 3
    SPOKEN = 4
    OVER = 5
    NOTES = 6


def headers() -> list[str]:
    """Column titles."""
    return [tr("#"), tr("Speaker"), tr("Kind"), tr("Start"), tr("Spoken"), tr("Over"),
            tr("Notes")]


class LogModel(QAbstractTableModel):
    """Interventions of the open segment with durations, overruns and notes."""

    def __init__(self, floor: QtFloor, language: str = "en",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.floor = floor
        self.language = language
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}
        self._set_ids(self._current_ids())
        self._entries: dict[str, LogEntry] = {}
        #: The live row's times as last shown, so the tick repaints it only when they change.
        self._live_shown: tuple[str, str, str] | None = None
        floor.changed.connect(self._on_changed)
        floor.tick.connect(self._tick)

    def _current_ids(self) -> list[str]:
        state = self.floor.service.state
        sid = state.current_segment
        return [iv.id for iv in state.interventions.values() if sid and iv.segment_id == sid]

    def _set_ids(self, ids: list[str]) -> None:
        self._ids = ids
        self._rows = {iid: row for row, iid in enumerate(ids)}

    def intervention_at(self, row: int) -> str | None:
        """The intervention id on a row, or None."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, iid: str) -> int:
        """The row of an intervention, or -1."""
        return self._rows.get(iid, -1)

    def entry(self, row: int) -> LogEntry | None:
        """The log entry on a row (corrections applied), or None."""
        iid = self.intervention_at(row)
        state = self.floor.service.state
        if iid is None or iid not in state.interventions:
            return None
        # A finished intervention's entry changes only with the journal, so it is kept
        # until the next change; the one at the floor is computed as of now.
        cached = self._entries.get(iid)
        if cached is not None:
            return cached
        e = entry_for(state, state.interventions[iid], self.floor.service.now())
        if e.end is not None:
            self._entries[iid] = e
        return e

    def set_language(self, language: str) -> None:
        """Show names in another language."""
        self.language = language
        self._entries.clear()
        self._all_changed()

    def _on_changed(self, events: Sequence[Event] = ()) -> None:
        changes = as_changes(events)
        if not changes.touches(Part.LOG | Part.RECORD | Part.SEGMENT | Part.ROSTER
                               | Part.PROGRAMME):
            return
        if not changes.complete or changes.touches(Part.SEGMENT):
            self._entries.clear()
            ids = self._current_ids()
            if ids != self._ids:
                self.beginResetModel()
                self._set_ids(ids)
                self.endResetModel()
            else:
                self._all_changed()
            return
        state = self.floor.service.state
        touched = changes.interventions
        for iid in touched:
            self._entries.pop(iid, None)
        gone = sorted((self._rows[i] for i in touched
                       if i in self._rows and i not in state.interventions), reverse=True)
        for row in gone:  # an undone turn: its row goes (the last ones, nearly always)
            self.beginRemoveRows(QModelIndex(), row, row)
            self._set_ids(self._ids[:row] + self._ids[row + 1:])
            self.endRemoveRows()
        sid = state.current_segment
        new = [i for i in touched if i not in self._rows and i in state.interventions
               and state.interventions[i].segment_id == sid]
        if new:
            order = {iid: n for n, iid in enumerate(state.interventions)} if len(new) > 1 \
                else {new[0]: 0}
            new.sort(key=order.__getitem__)
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._set_ids(self._ids + new)
            self.endInsertRows()
        for iid in touched:
            at = self._rows.get(iid)
            if at is not None:
                self.dataChanged.emit(self.index(at, 0), self.index(at, len(Column) - 1))

    def _tick(self) -> None:
        """The repaint tick: the row at the floor counts on with the countdown, alone."""
        current = self.floor.service.state.current
        row = self.row_of(current.id) if current is not None else -1
        e = self.entry(row) if row >= 0 else None
        if e is None or e.end is not None:
            self._live_shown = None
            return
        shown = (e.intervention_id, self._text(e, Column.SPOKEN, row, True),
                 self._text(e, Column.OVER, row, True))
        if shown != self._live_shown:
            self._live_shown = shown
            self.dataChanged.emit(self.index(row, Column.SPEAKER), self.index(row, Column.OVER))

    def _all_changed(self) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(Column) - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per intervention of the segment."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """The columns of :class:`Column`."""
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles."""
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(Column)):
            return headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """One cell."""
        if not index.isValid():
            return None
        e = self.entry(index.row())
        if e is None:
            return None
        if role == INTERVENTION_ROLE:
            return e.intervention_id
        col = Column(index.column())
        live = e.end is None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(e, col, index.row(), live)
        if role == Qt.ItemDataRole.ForegroundRole and col == Column.OVER and e.overrun >= 1:
            return QColor("#b71c1c")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
                Column.NUMBER, Column.START, Column.SPOKEN, Column.OVER):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.KIND:
            return words.kind_look(e.kind).label
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.NOTES:
            return "\n".join(e.notes) or None
        return None

    def _text(self, e: LogEntry, col: Column, row: int, live: bool) -> str:
        state = self.floor.service.state
        if col == Column.NUMBER:
            return str(row + 1)
        if col == Column.SPEAKER:
            text = words.speaker_line(state, e.participant_id, e.on_behalf_of, e.delivered_by,
                                      self.language)
            if not live:
                return text
            iv = state.interventions.get(e.intervention_id)
            if iv is not None and not iv.running:
                return f"❚❚ {text} — {tr('paused')}"
            return f"▶ {text} — {tr('speaking')}"
        if col == Column.KIND:
            return words.kind_look(e.kind).short
        if col == Column.START:
            zone = state.programme.zone() if state.programme else None
            return words.ltr(e.start.astimezone(zone).strftime("%H:%M"))
        # Whole seconds cut as the countdown cuts them, so the row and the clock agree.
        if col == Column.SPOKEN:
            return words.ltr(format_mmss(math.floor(e.spoken + 1e-9)))
        if col == Column.OVER:
            over = math.floor(e.overrun + 1e-9)
            shows = over >= 1 or (live and e.overrun > 0)  # "+00:00" as the clock shows it
            return words.ltr("+" + format_mmss(over)) if shows else ""
        if not e.notes:
            return ""
        more = f" (+{len(e.notes) - 1})" if len(e.notes) > 1 else ""
        return e.notes[0] + more

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Selectable, never editable in place (notes are edited in the notes panel)."""
        return super().flags(index) | (
            Qt.ItemFlag.ItemNeverHasChildren if index.isValid() else Qt.ItemFlag.NoItemFlags)
