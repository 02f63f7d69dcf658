"""The log panel: the open segment's interventions, and the notes of the one selected."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget

from floorapp.core.categories import RequestKind
from floorapp.gui.console import words
from floorapp.gui.console.log_model import Column, LogModel, headers
from floorapp.gui.console.notes_editor import NotesEditor
from floorapp.gui.floor_qt import QtFloor


def tr(text: str) -> str:
    """Translate in the LogView context."""
    return QCoreApplication.translate("LogView", text)


class LogView(QSplitter):
    """The intervention log beside the notes editor of the selected intervention."""

    def __init__(self, floor: QtFloor, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("log-view")
        self.setChildrenCollapsible(False)
        self.model = LogModel(floor, language, self)
        self.table = QTableView(self)
        self.table.setObjectName("log-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        header = self.table.horizontalHeader()
        # Widths are set from the font, not measured on every change: a header that
        # resizes to its contents re-reads every row in view at each key press.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.SPEAKER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.NOTES, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        self.notes = NotesEditor(floor, language, self)
        self.addWidget(self.table)
        self.addWidget(self.notes)  # its tags and record scroll within it: it never grows
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)
        self._keep: str | None = None

    def focus(self) -> None:
        """Put the cursor in the log, on the latest intervention if none is selected."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))

    def _fit_columns(self) -> None:
        """Narrow columns as wide as their widest likely value in the table's font."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        kinds = [words.kind_look(k).short for k in RequestKind]
        samples = {Column.NUMBER: ["0000"], Column.KIND: kinds, Column.START: ["00:00"],
                   Column.SPOKEN: ["00:00:00"], Column.OVER: ["+00:00:00"]}
        titles = headers()
        for col, texts in samples.items():
            width = max([metrics.horizontalAdvance(t) for t in texts]
                        + [header.fontMetrics().horizontalAdvance(titles[col])])
            header.resizeSection(col, width + 3 * metrics.averageCharWidth())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter on an intervention puts the cursor in its notes."""
        if watched is self.table and event.type() == QEvent.Type.FontChange:
            self._fit_columns()
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.notes.intervention is not None):
            self.notes.text.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def set_language(self, language: str) -> None:
        """Show names in another language."""
        self.model.set_language(language)
        self._fit_columns()
        self.notes.language = language
        self.notes.set_intervention(self.notes.intervention, rebuild=True)

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.notes.set_intervention(self.model.intervention_at(current.row())
                                    if current.isValid() else None)

    def _remember(self) -> None:
        self._keep = self.notes.intervention

    def _restore(self) -> None:
        row = self.model.row_of(self._keep) if self._keep else -1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self.notes.set_intervention(None)
