"""A small table of rows to add, remove and reorder: panellists, themes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: Where a row keeps its id (not shown: panellists keep theirs when renamed).
ID_ROLE = Qt.ItemDataRole.UserRole
#: Where a row keeps the object it was loaded from (its translations ride along).
BASE_ROLE = Qt.ItemDataRole.UserRole + 1
#: Where a cell keeps the original text it shows, greyed, for want of a translation.
ORIGINAL_ROLE = Qt.ItemDataRole.UserRole + 2


def tr(text: str) -> str:
    """Translate in the ProgrammeEditor context."""
    return QCoreApplication.translate("ProgrammeEditor", text)


class RowsEditor(QWidget):
    """Editable rows of text with Add, Remove, Up and Down buttons.

    Signals:
        edited(): a cell changed, or a row was added, removed or moved.
    """

    edited = Signal()

    def __init__(self, name: str, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName(f"{name}-table")
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemChanged.connect(self._item_changed)
        self.buttons: dict[str, QPushButton] = {}
        side = QVBoxLayout()
        for key, label, slot in (("add", tr("&Add"), self.add_row),
                                 ("remove", tr("&Remove"), self.remove_row),
                                 ("up", tr("Move &up"), lambda: self.move_row(-1)),
                                 ("down", tr("Move &down"), lambda: self.move_row(1))):
            button = QPushButton(label, self)
            button.setObjectName(f"{name}-{key}")
            button.clicked.connect(lambda _c=False, s=slot: s())
            side.addWidget(button)
            self.buttons[key] = button
        side.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.table, 1)
        row.addLayout(side)

    def set_rows(self, rows: Sequence[tuple[str, Sequence[str]]],
                 bases: Sequence[object] | None = None,
                 originals: Sequence[Sequence[str]] | None = None) -> None:
        """Replace every row: (id, cell texts) each.

        ``bases`` are the objects the rows show (given back by :meth:`bases`);
        ``originals`` the texts in the programme's own language, shown greyed in a
        cell that has no text of its own (a translation not yet written).
        """
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for i, (ident, cells) in enumerate(rows):
            self._insert(self.table.rowCount(), ident, cells,
                         bases[i] if bases is not None else None,
                         originals[i] if originals is not None else ())
        self.table.blockSignals(False)

    def rows(self) -> list[tuple[str, list[str]]]:
        """Every row with some text: (id, stripped cell texts), in order.

        A cell still showing its greyed original counts as empty.
        """
        return [(ident, cells) for ident, cells, _ in self._rows()]

    def bases(self) -> list[object]:
        """The object each of :meth:`rows` was loaded from (None for a new row)."""
        return [base for _, _, base in self._rows()]

    def _rows(self) -> list[tuple[str, list[str], object]]:
        out: list[tuple[str, list[str], object]] = []
        for r in range(self.table.rowCount()):
            cells = [self._cell(r, c) for c in range(self.table.columnCount())]
            shown = [self._cell(r, c, originals=True) for c in range(self.table.columnCount())]
            first = self.table.item(r, 0)
            ident = str(first.data(ID_ROLE) or "") if first is not None else ""
            base = first.data(BASE_ROLE) if first is not None else None
            if any(shown):
                out.append((ident, cells, base))
        return out

    def _cell(self, row: int, column: int, originals: bool = False) -> str:
        item = self.table.item(row, column)
        if item is None:
            return ""
        text = item.text().strip()
        if not originals and text and text == item.data(ORIGINAL_ROLE):
            return ""
        return text

    def _insert(self, row: int, ident: str, cells: Sequence[str], base: object = None,
                originals: Sequence[str] = ()) -> None:
        self.table.insertRow(row)
        for c in range(self.table.columnCount()):
            text = cells[c] if c < len(cells) else ""
            original = originals[c] if c < len(originals) else ""
            item = QTableWidgetItem(text or original)
            if not text and original:
                item.setData(ORIGINAL_ROLE, original)
                item.setForeground(self.palette().placeholderText())
                item.setToolTip(tr("Not translated yet: the original is shown"))
            if c == 0:
                item.setData(ID_ROLE, ident)
                item.setData(BASE_ROLE, base)
            self.table.setItem(row, c, item)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.data(ORIGINAL_ROLE) and item.text().strip() != item.data(ORIGINAL_ROLE):
            self.table.blockSignals(True)
            item.setData(ORIGINAL_ROLE, None)
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
            item.setToolTip("")
            self.table.blockSignals(False)
        self.edited.emit()

    def add_row(self) -> None:
        """Add an empty row after the current one and start editing it."""
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else \
            self.table.rowCount()
        self.table.blockSignals(True)
        self._insert(row, "", [])
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None and self.table.isVisible():
            self.table.editItem(item)
        self.edited.emit()

    def remove_row(self) -> None:
        """Remove the current row."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def move_row(self, step: int) -> None:
        """Move the current row up (-1) or down (+1)."""
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        self.table.blockSignals(True)
        items = [self.table.takeItem(row, c) for c in range(self.table.columnCount())]
        self.table.removeRow(row)
        self.table.insertRow(target)
        for c, item in enumerate(items):
            self.table.setItem(target, c, item)
        self.table.blockSignals(False)
        self.table.setCurrentCell(target, 0)
        self.edited.emit()
