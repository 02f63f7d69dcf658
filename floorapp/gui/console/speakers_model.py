"""The list of speakers as a Qt model: a thin adapter over the floor state.

It reads every value from ``service.state`` when asked; the only thing it keeps is
the order of request ids as last announced to Qt, which Qt's row bookkeeping needs
between a change of state and the model's reset. Dropping a dragged request runs
the journaled ``move`` (or ``recall`` for an absent one).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from floorapp.core.changes import Part, as_changes
from floorapp.core.events import Event
from floorapp.core.turn import FloorRequest
from floorapp.gui.console import words
from floorapp.qt.floor_qt import QtFloor

MIME_TYPE = "application/x-floorapp-request"

AnyIndex = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """The data roles of a request row (besides display and tooltip)."""

    REQUEST_ID = Qt.ItemDataRole.UserRole + 1
    PARTICIPANT_ID = Qt.ItemDataRole.UserRole + 2
    NAME = Qt.ItemDataRole.UserRole + 3  # in the display language
    KIND = Qt.ItemDataRole.UserRole + 4  # RequestKind value
    BADGE = Qt.ItemDataRole.UserRole + 5  # badge text ("" for a plain statement)
    BADGE_COLOUR = Qt.ItemDataRole.UserRole + 6
    ON_BEHALF_OF = Qt.ItemDataRole.UserRole + 7  # display text
    POSITION = Qt.ItemDataRole.UserRole + 8  # 1 is next; 0 for absent requests
    LIMIT = Qt.ItemDataRole.UserRole + 9  # seconds
    CATEGORY = Qt.ItemDataRole.UserRole + 10  # category in words


class SpeakersModel(QAbstractListModel):
    """The waiting requests of the open segment (or, with ``absent``, those set aside)."""

    def __init__(
        self, floor: QtFloor, absent: bool = False, language: str = "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.floor = floor
        self.absent = absent
        self._language = language
        self._ids = self._current_ids()
        floor.changed.connect(self._on_changed)

    # -- reading the state -----------------------------------------------------------

    def _requests(self) -> list[FloorRequest]:
        state = self.floor.service.state
        return state.absent() if self.absent else state.waiting()

    def _current_ids(self) -> list[str]:
        return [r.id for r in self._requests()]

    def request_at(self, row: int) -> FloorRequest | None:
        """The request shown on a row, or None."""
        if 0 <= row < len(self._ids):
            return self.floor.service.state.requests.get(self._ids[row])
        return None

    def row_of(self, request_id: str) -> int:
        """The row of a request, or -1."""
        return self._ids.index(request_id) if request_id in self._ids else -1

    @property
    def language(self) -> str:
        """The language names are shown in."""
        return self._language

    def set_language(self, language: str) -> None:
        """Show names in another language."""
        self._language = language
        self._all_changed()

    # -- keeping Qt informed ---------------------------------------------------------

    def _on_changed(self, events: Sequence[Event] = ()) -> None:
        changes = as_changes(events)
        if not changes.touches(Part.LIST | Part.SEGMENT | Part.ROSTER | Part.PROGRAMME
                               | Part.SETTINGS):
            return
        ids = self._current_ids()
        old = self._ids
        if ids == old:
            if not changes.complete or changes.touches(Part.ROSTER | Part.PROGRAMME
                                                       | Part.SETTINGS):
                self._all_changed()
            else:
                for rid in changes.requests:
                    row = self.row_of(rid)
                    if row >= 0:
                        self.dataChanged.emit(self.index(row), self.index(row))
        elif ids == old[1:]:  # the first on the list took the floor
            self.beginRemoveRows(QModelIndex(), 0, 0)
            self._ids = ids
            self.endRemoveRows()
        elif ids[:len(old)] == old:  # inscribed at the end
            self.beginInsertRows(QModelIndex(), len(old), len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        else:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()

    def _all_changed(self) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))

    # -- QAbstractListModel ----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Rows: one per request."""
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The value of one role of one request."""
        if not index.isValid() or index.parent().isValid():
            return None
        req = self.request_at(index.row())
        if req is None:
            return None
        state = self.floor.service.state
        lang = self._language
        if role == Qt.ItemDataRole.DisplayRole:
            return words.speaker_line(state, req.participant_id, req.on_behalf_of,
                                      req.delivered_by, lang)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            look = words.kind_look(req.kind)
            return f"{look.label} · {words.minutes(words.request_limit(state, req))}"
        if role == Role.REQUEST_ID:
            return req.id
        if role == Role.PARTICIPANT_ID:
            return req.participant_id
        if role == Role.NAME:
            return words.name_of(state, req.participant_id, lang)
        if role == Role.KIND:
            return req.kind.value
        if role == Role.BADGE:
            return words.kind_look(req.kind).badge
        if role == Role.BADGE_COLOUR:
            return QColor(words.kind_look(req.kind).colour)
        if role == Role.ON_BEHALF_OF:
            return words.behalf_text(state, req.on_behalf_of, lang)
        if role == Role.POSITION:
            return 0 if self.absent else index.row() + 1
        if role == Role.LIMIT:
            return words.request_limit(state, req)
        if role == Role.CATEGORY:
            return words.category_label(state.category(req.participant_id))
        return None

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802
        """Role names, for QML and debugging."""
        names = dict(super().roleNames())
        for r in Role:
            names[int(r)] = QByteArray(r.name.lower().encode())
        return names

    # -- drag and drop ---------------------------------------------------------------

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Rows can be dragged; drops go between rows."""
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        """Only moves."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        """Only moves."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        """Request ids travel as their own MIME type."""
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        """The dragged request (the first selected)."""
        data = QMimeData()
        for index in indexes:
            req = self.request_at(index.row())
            if req is not None:
                data.setData(MIME_TYPE, QByteArray(req.id.encode()))
                break
        return data

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex,
    ) -> bool:
        """Requests may be dropped on the waiting list only."""
        return (not self.absent and data.hasFormat(MIME_TYPE)
                and action == Qt.DropAction.MoveAction)

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex,
    ) -> bool:
        """Run the journaled move (or recall) for a dropped request.

        Returns False in every case: the rows change when the floor announces the
        command, never by Qt removing the dragged row itself.
        """
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        rid = bytes(data.data(MIME_TYPE).data()).decode()
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._ids)
        if rid in self._ids:
            current = self._ids.index(rid)
            target = row - 1 if row > current else row
            if target != current:
                self.floor.run(self.floor.service.move, rid, target)
        else:
            self.floor.run(self.floor.service.recall, rid, row)
        return False
