"""Pages cut from one continuous layout: where each page of a long document begins and ends.

Laying a long document out once and cutting it into page-high slices avoids Qt's
own pagination, whose fixes (a page break before a heading or a paragraph) make it lay
the whole rest of the document out again, a second or more per break for a thousand
rows of tables. Cuts fall between paragraphs or between table rows, never inside a
paragraph; a heading stays with what follows it, a short table stays whole, and a
table's header row is drawn again at the top of each page it continues on.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextTable

from floorapp.export.pdf_table import KEPT_ROWS, SHORT_TABLE, DrawnTable, TableObjects


@dataclass(frozen=True)
class Slice:
    """One page: the document's band [top, bottom), and a header band drawn above it."""

    top: float
    bottom: float
    header: tuple[float, float] | None = None

    @property
    def header_height(self) -> float:
        """Height of the repeated header row (0 when none)."""
        return self.header[1] - self.header[0] if self.header else 0.0


@dataclass
class _Cut:
    y: float
    table: QTextTable | None = None  # the cut is between two rows of this table
    header: tuple[float, float] | None = None


def _rows(qdoc: QTextDocument, table: QTextTable) -> list[tuple[float, float]]:
    """(top, bottom) of each row's text, document coordinates."""
    layout = qdoc.documentLayout()
    out = []
    for r in range(table.rows()):
        tops, bottoms = [], []
        for c in range(table.columns()):
            cell = table.cellAt(r, c)
            block = cell.firstCursorPosition().block()
            last = cell.lastCursorPosition().block()
            tops.append(layout.blockBoundingRect(block).top())
            bottoms.append(layout.blockBoundingRect(last).bottom())
        out.append((min(tops), max(bottoms)))
    return out


def cuts(qdoc: QTextDocument, keep: dict[int, int]) -> tuple[list[_Cut], list[tuple[float, float]]]:
    """Where a page may end, and the bands no cut may fall in (heading + what follows)."""
    layout = qdoc.documentLayout()
    objects = qdoc.findChild(TableObjects)
    out: list[_Cut] = []
    forbidden: list[tuple[float, float]] = []
    previous_bottom: float | None = None
    seen: set[int] = set()
    block: QTextBlock = qdoc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            key = table.firstPosition()
            if key not in seen:
                seen.add(key)
                rect = layout.frameBoundingRect(table)
                if previous_bottom is not None:
                    out.append(_Cut((previous_bottom + rect.top()) / 2))
                rows = _rows(qdoc, table)
                header = ((rect.top() + 0.0, (rows[0][1] + rows[1][0]) / 2)
                          if len(rows) > 1 else None)
                if table.rows() - 1 > SHORT_TABLE:
                    for r in range(2, len(rows)):
                        out.append(_Cut((rows[r - 1][1] + rows[r][0]) / 2, table, header))
                previous_bottom = rect.bottom()
            block = block.next()
            continue
        rect = layout.blockBoundingRect(block)
        if previous_bottom is not None:
            out.append(_Cut((previous_bottom + rect.top()) / 2))
        n = block.blockNumber()
        if n in keep:
            forbidden.append((rect.top(), _kept_end(qdoc, objects, keep[n])))
        drawn = objects.table_at(block) if objects is not None else None
        if drawn is not None:
            out += _drawn_cuts(drawn, objects.top(qdoc, block))
        previous_bottom = rect.bottom()
        block = block.next()
    return out, forbidden


def _kept_end(qdoc: QTextDocument, objects: TableObjects | None, number: int) -> float:
    """Where what a heading keeps with it ends: the block, or a drawn table's first rows."""
    block = qdoc.findBlockByNumber(number)
    drawn = objects.table_at(block) if objects is not None else None
    if drawn is not None and objects is not None:
        return objects.top(qdoc, block) + drawn.bounds[min(len(drawn.bounds) - 1,
                                                           KEPT_ROWS)][1]
    return qdoc.documentLayout().blockBoundingRect(block).bottom()


def _drawn_cuts(drawn: DrawnTable, top: float) -> list[_Cut]:
    """Cuts between the rows of a drawn table (not before its second row), header kept."""
    header = (top, top + drawn.bounds[0][1])
    return [_Cut(top + drawn.bounds[r][0], None, header) for r in range(2, len(drawn.bounds))]


def _inside(y: float, bands: list[tuple[float, float]]) -> bool:
    k = bisect_right(bands, (y, float("inf"))) - 1
    while k >= 0:
        lo, hi = bands[k]
        if lo < y < hi:
            return True
        if hi < y - 1e6:
            break
        k -= 1
    return False


def slices(qdoc: QTextDocument, keep: dict[int, int], page_h: float) -> list[Slice]:
    """The pages of ``qdoc`` (laid out as one tall page), each at most ``page_h`` high."""
    height = qdoc.documentLayout().documentSize().height()
    candidates, forbidden = cuts(qdoc, keep)
    bands = sorted((lo, hi) for lo, hi in forbidden if hi - lo < page_h * 0.8)
    allowed = sorted((c for c in candidates if not _inside(c.y, bands)), key=lambda c: c.y)
    ys = [c.y for c in allowed]
    pages: list[Slice] = []
    top, header = 0.0, None
    while height - top > 1:
        room = page_h - (header[1] - header[0] if header else 0.0)
        if height - top <= room:
            pages.append(Slice(top, height, header))
            break
        k = bisect_right(ys, top + room) - 1
        cut = allowed[k] if k >= 0 and ys[k] > top + 1 else _Cut(top + room)
        pages.append(Slice(top, cut.y, header))
        top, header = cut.y, cut.header
    return pages or [Slice(0.0, max(height, 1.0))]
