"""Long tables of a PDF drawn row by row, as one object in the QTextDocument's flow.

QTextDocument lays a table out cell by cell with its general-purpose engine and draws
every cell's borders: a thousand rows of seven columns took about two seconds of a
three-second export. A long table is simple (text in cells, a header row, some rows in
bold), so it goes into the document as a single inline object (QTextObjectInterface)
whose rows this module measures once with QTextLayout and draws itself, only the rows
inside the page being drawn. The page cutter (pdf_slices) cuts between its rows and
repeats its header row at the top of each page, as it does for Qt's tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPaintDevice,
    QPainter,
    QPen,
    QPyTextObject,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLayout,
    QTextOption,
)

#: The object type of a drawn table in the document's character formats.
TABLE_OBJECT = QTextFormat.ObjectTypes.UserObject + 7
#: The character format property holding the table's index in its handler.
TABLE_INDEX = QTextFormat.Property.UserProperty + 7
OBJECT_CHAR = "\ufffc"
#: Tables of at most this many rows are Qt's own and kept whole with their heading;
#: longer ones are drawn here and cut between rows.
SHORT_TABLE = 15
#: Of a longer table, the rows kept on the page of its heading (the header row is row 0).
KEPT_ROWS = 3


@dataclass
class DrawnTable:
    """One table's text and look; its row bounds once measured (object coordinates)."""

    rows: list[tuple[str, ...]]  # the header row first, columns in visual order
    widths: list[float]  # relative column widths, visual order
    bold: set[int]  # rows in bold (the header's index is 0)
    font: QFont
    rtl: bool
    pad_pt: float
    rule: QColor
    fill: QColor
    bounds: list[tuple[float, float]] = field(default_factory=list)
    layouts: list[list[QTextLayout]] = field(default_factory=list)
    width: float = 0.0
    scale: float = 1.0  # device pixels per point

    def measure(self, width: float, device: QPaintDevice | None) -> None:
        """Lay every cell out for a table ``width`` pixels wide on ``device``."""
        if self.bounds and width == self.width:
            return
        dpi = float(device.logicalDpiY()) if device is not None else 96.0
        self.width, self.scale = width, dpi / 72
        pad = self.pad_pt * self.scale
        total = sum(self.widths) or 1.0
        columns = [width * w / total for w in self.widths]
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if self.rtl
                                else Qt.LayoutDirection.LeftToRight)
        option.setAlignment(Qt.AlignmentFlag.AlignLeft)  # the start side in RTL
        bold = QFont(self.font)
        bold.setWeight(QFont.Weight.Bold)
        y = 0.0
        self.bounds, self.layouts = [], []
        # The same text in the same column and weight is laid out once and drawn wherever
        # it recurs (a kind, a State's name, "03:00"): about half the cells of a long log.
        laid: dict[tuple[str, bool, int], tuple[QTextLayout, float]] = {}
        for r, values in enumerate(self.rows):
            heavy = r in self.bold
            font = bold if heavy else self.font
            cells, tallest = [], 0.0
            for c, (value, column) in enumerate(zip(values, columns, strict=True)):
                known = laid.get((value, heavy, c))
                if known is not None:
                    cells.append(known[0])
                    tallest = max(tallest, known[1])
                    continue
                layout = QTextLayout(value, font, device)
                layout.setTextOption(option)
                layout.setCacheEnabled(True)
                layout.beginLayout()
                h = 0.0
                while True:
                    line = layout.createLine()
                    if not line.isValid():
                        break
                    line.setLineWidth(max(1.0, column - 2 * pad))
                    line.setPosition(QPointF(0, h))
                    h += line.height()
                layout.endLayout()
                laid[value, heavy, c] = (layout, h)
                cells.append(layout)
                tallest = max(tallest, h)
            self.layouts.append(cells)
            self.bounds.append((y, y + tallest + 2 * pad))
            y += tallest + 2 * pad

    @property
    def height(self) -> float:
        """The measured height of the whole table."""
        return self.bounds[-1][1] if self.bounds else 0.0

    def draw(self, painter: QPainter, origin: QPointF, clip: QRectF | None) -> None:
        """Draw the rows that meet ``clip`` (object coordinates offset by ``origin``)."""
        pad = self.pad_pt * self.scale
        total = sum(self.widths) or 1.0
        xs = [0.0]
        for w in self.widths:
            xs.append(xs[-1] + self.width * w / total)
        rule = QPen(self.rule)
        rule.setWidthF(0.5 * self.scale)
        ink = QPen(QColor(Qt.GlobalColor.black))
        painter.save()
        for r, (top, bottom) in enumerate(self.bounds):
            y0, y1 = origin.y() + top, origin.y() + bottom
            if clip is not None and (y1 <= clip.top() or y0 >= clip.bottom()):
                continue
            row = QRectF(origin.x(), y0, self.width, bottom - top)
            if r == 0:
                painter.fillRect(row, QBrush(self.fill))
            painter.setPen(ink)
            for c, layout in enumerate(self.layouts[r]):
                layout.draw(painter, QPointF(origin.x() + xs[c] + pad, y0 + pad))
            painter.setPen(rule)
            painter.drawRect(row)
            for x in xs[1:-1]:
                painter.drawLine(QPointF(origin.x() + x, y0), QPointF(origin.x() + x, y1))
        painter.restore()


class TableObjects(QPyTextObject):
    """The handler a QTextDocument asks to size and draw its drawn tables (PySide's
    QPyTextObject: a QObject that is a QTextObjectInterface, which Qt accepts)."""

    def __init__(self, qdoc: QTextDocument) -> None:
        super().__init__(qdoc)
        self.tables: list[DrawnTable] = []
        qdoc.documentLayout().registerHandler(TABLE_OBJECT, self)

    def insert(self, cursor: QTextCursor, table: DrawnTable) -> None:
        """Put ``table`` at ``cursor`` as one object character."""
        fmt = QTextCharFormat()
        fmt.setObjectType(TABLE_OBJECT)
        fmt.setProperty(TABLE_INDEX, len(self.tables))
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignTop)
        self.tables.append(table)
        cursor.insertText(OBJECT_CHAR, fmt)

    def _table(self, fmt: QTextFormat) -> DrawnTable:
        return self.tables[int(fmt.property(TABLE_INDEX))]

    def intrinsicSize(self, doc: QTextDocument, _pos: int,  # noqa: N802
                      fmt: QTextFormat) -> QSizeF:
        """The table's size: the text width, and the height of its rows."""
        table = self._table(fmt)
        width = doc.pageSize().width() - 2 * doc.documentMargin() - 1
        table.measure(width, doc.documentLayout().paintDevice())
        return QSizeF(width, table.height)

    def drawObject(self, painter: QPainter, rect: QRectF | QRect,  # noqa: N802
                   _doc: QTextDocument, _pos: int, fmt: QTextFormat) -> None:
        """Draw the rows inside the painter's clip."""
        clip = painter.clipBoundingRect() if painter.hasClipping() else None
        self._table(fmt).draw(painter, QPointF(rect.topLeft()), clip)

    def table_at(self, block: QTextBlock) -> DrawnTable | None:
        """The drawn table that ``block`` holds, if it holds one."""
        if block.text() != OBJECT_CHAR:
            return None
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + 1)
        fmt = cursor.charFormat()
        if fmt.objectType() != TABLE_OBJECT:
            return None
        return self._table(fmt)

    def top(self, qdoc: QTextDocument, block: QTextBlock) -> float:
        """Where the table in ``block`` begins, in document coordinates."""
        line = block.layout().lineAt(0)
        return block.layout().position().y() + line.y()
