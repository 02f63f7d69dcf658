"""The list of speakers panel: the add bar, the waiting list, its buttons, and the absent."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from floorapp.core.changes import Part, as_changes
from floorapp.core.events import Event
from floorapp.gui.console.add_field import AskNew, InscribeBar
from floorapp.gui.console.badge_delegate import RequestDelegate
from floorapp.gui.console.new_participant import ask_new_participant
from floorapp.gui.console.speakers_model import Role, SpeakersModel
from floorapp.gui.console.words import minutes
from floorapp.qt.floor_qt import QtFloor

#: The list actions that get a button under the list, in order.
BUTTONS = ("move_up", "move_down", "withdraw", "defer", "mark_absent", "close_list")


def tr(text: str) -> str:
    """Translate in the SpeakersView context."""
    return QCoreApplication.translate("SpeakersView", text)


class RequestList(QListView):
    """A list of requests that keeps the selected request selected across model resets."""

    def __init__(self, model: SpeakersModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.requests = model
        self.setModel(model)
        self.setItemDelegate(RequestDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self._keep: tuple[str, int] | None = None
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)

    def current_request(self) -> str | None:
        """The id of the request under the cursor, or None."""
        index = self.currentIndex()
        return index.data(Role.REQUEST_ID) if index.isValid() else None

    def select_row(self, row: int) -> None:
        """Put the cursor on a row (clamped to the list)."""
        n = self.requests.rowCount()
        if n == 0:
            return
        index = self.requests.index(max(0, min(row, n - 1)))
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def _remember(self) -> None:
        rid = self.current_request()
        self._keep = (rid, self.currentIndex().row()) if rid else None

    def _restore(self) -> None:
        if self._keep is None:
            return
        rid, row = self._keep
        self._keep = None
        found = self.requests.row_of(rid)
        self.select_row(found if found >= 0 else row)


class SpeakersPanel(QWidget):
    """Inscribe, reorder, withdraw, defer, set aside and recall requests.

    Signals:
        message(str): something to tell the user in the status bar.
    """

    message = Signal(str)

    def __init__(
        self, floor: QtFloor, actions: Mapping[str, QAction], language: str = "en",
        ask_new: AskNew = ask_new_participant, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.floor = floor
        self.setObjectName("speakers-panel")
        self.heading = QLabel(self)
        self.heading.setObjectName("speakers-heading")
        self.heading.setWordWrap(True)
        self.bar = InscribeBar(floor, language, ask_new, self)
        self.waiting_model = SpeakersModel(floor, absent=False, language=language, parent=self)
        self.absent_model = SpeakersModel(floor, absent=True, language=language, parent=self)
        self.waiting = RequestList(self.waiting_model, self)
        self.waiting.setObjectName("waiting-list")
        self.waiting.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.waiting.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.waiting.setDragEnabled(True)
        self.waiting.setAcceptDrops(True)
        self.waiting.setDropIndicatorShown(True)
        self.absent = RequestList(self.absent_model, self)
        self.absent.setObjectName("absent-list")
        self.absent.setDragEnabled(True)
        self.absent.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.absent.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.absent_heading = QLabel(self)

        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for name in BUTTONS:
            if name in actions:
                b = QToolButton(self)
                b.setDefaultAction(actions[name])
                b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                buttons.addWidget(b)
        buttons.addStretch(1)
        recall = QToolButton(self)
        if "recall" in actions:
            recall.setDefaultAction(actions["recall"])
        recall.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        absent_row = QHBoxLayout()
        absent_row.addWidget(self.absent_heading, 1)
        absent_row.addWidget(recall)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.bar)
        layout.addWidget(self.waiting, 1)
        layout.addLayout(buttons)
        layout.addLayout(absent_row)
        layout.addWidget(self.absent)
        self._fit_absent()
        self._absent_widgets: tuple[QWidget, ...] = (self.absent_heading, self.absent, recall)

        self.bar.message.connect(self.message)
        self.bar.step.connect(self.step)
        self.waiting.doubleClicked.connect(self._give_floor_to)
        floor.changed.connect(self._refresh)
        self._refresh()

    # -- what the actions act on -------------------------------------------------------

    def selected_request(self) -> str | None:
        """The request the list actions apply to: the one under the cursor."""
        return self.waiting.current_request()

    def selected_absent(self) -> str | None:
        """The absent request to recall: the one under the cursor, or the first."""
        rid = self.absent.current_request()
        if rid is None and self.absent_model.rowCount() > 0:
            rid = self.absent_model.index(0).data(Role.REQUEST_ID)
        return rid

    def step(self, delta: int) -> None:
        """Move the cursor in the waiting list."""
        current = self.waiting.currentIndex()
        row = current.row() + delta if current.isValid() else (0 if delta > 0 else -1)
        if row < 0:
            row = self.waiting_model.rowCount() - 1
        self.waiting.select_row(row)

    def set_language(self, language: str) -> None:
        """Show names in another language."""
        self.waiting_model.set_language(language)
        self.absent_model.set_language(language)
        self.bar.set_language(language)

    def _fit_absent(self) -> None:
        """The absent list is as tall as its rows, three at most."""
        rows = max(1, min(3, self.absent_model.rowCount()))
        row_height = self.absent.sizeHintForRow(0) if self.absent_model.rowCount() else 0
        row_height = row_height or self.fontMetrics().height() + 12
        self.absent.setFixedHeight(rows * row_height + 2 * self.absent.frameWidth() + 2)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Refit the absent list when the font changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_absent()

    # -- reacting ---------------------------------------------------------------------

    def _give_floor_to(self, index: QModelIndex) -> None:
        rid = index.data(Role.REQUEST_ID)
        if rid:
            self.floor.run(self.floor.service.give_floor, rid)

    def _refresh(self, events: list[Event] | None = None) -> None:
        if events is not None and not as_changes(events).touches(
                Part.LIST | Part.SEGMENT | Part.SETTINGS | Part.PROGRAMME | Part.ROSTER):
            return
        state = self.floor.service.state
        waiting = state.waiting()
        if state.current_segment is None:
            text = tr("List of speakers: open a segment of the programme first.")
        else:
            total = sum(self.waiting_model.index(i).data(Role.LIMIT) or 0
                        for i in range(self.waiting_model.rowCount()))
            closed = state.segment_list().closed
            text = tr("List of speakers: {n} waiting, {t} needed").format(
                n=len(waiting), t=minutes(total))
            if closed:
                text += " · " + tr("LIST CLOSED")
        self.heading.setText(text)
        absent = len(state.absent())
        self.absent_heading.setText(tr("Absent, to recall: {n}").format(n=absent))
        for w in self._absent_widgets:
            w.setVisible(absent > 0)
        self._fit_absent()
        if self.waiting.currentIndex().row() < 0 and waiting:
            self.waiting.select_row(0)
