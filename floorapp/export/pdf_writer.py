"""Writes a :class:`Document` as an A4 PDF with page numbers (QTextDocument + QPdfWriter).

Qt embeds the fonts it used as subsets. No widget is involved, so this runs on a
worker thread; a ``QGuiApplication`` must exist (the CLI creates one). Headings are
kept on the same page as what follows them, and paragraphs are not split between pages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from floorapp.export.blocks import BlockKind, Document
from floorapp.export.pdf_slices import Slice, slices
from floorapp.export.pdf_table import SHORT_TABLE
from floorapp.export.pdf_text_layer import repair_text_layer
from floorapp.export.qt_document import FAMILIES, LATIN, RULE, text_document

Progress = Callable[[int], None]
DPI = 300
#: Page margins in millimetres: left, top, right, bottom.
MARGINS_MM = (20.0, 18.0, 20.0, 14.0)


class PdfError(RuntimeError):
    """The PDF could not be written (no GUI application, or the file is not writable)."""


def _relayout(qdoc: QTextDocument, start: int = 0) -> None:
    """Lay the document out again from ``start`` now (Qt would finish on a timer)."""
    qdoc.markContentsDirty(start, qdoc.characterCount() - start)
    qdoc.documentLayout().documentSize()


def _break_before(qdoc: QTextDocument, block: QTextBlock) -> None:
    fmt = QTextBlockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).mergeBlockFormat(fmt)
    _relayout(qdoc, block.position())  # what comes before the break stays where it is


def _page(y: float, page_h: float) -> int:
    return int(y // page_h)


def _first_fault(qdoc: QTextDocument, keep: dict[int, int], page_h: float, start: int) -> int:
    """The first block from ``start`` that should begin a new page, or -1."""
    layout = qdoc.documentLayout()
    block = qdoc.findBlockByNumber(start)
    while block.isValid():
        n = block.blockNumber()
        rect = layout.blockBoundingRect(block)
        first = _page(rect.top() + 1, page_h)
        if n in keep:
            end = layout.blockBoundingRect(qdoc.findBlockByNumber(keep[n])).bottom() - 1
            if _page(end, page_h) != first and end - rect.top() < page_h * 0.8:
                return n  # a heading apart from what follows it
        elif (QTextCursor(block).currentTable() is None and block.layout().lineCount() > 1
              and _page(rect.bottom() - 1, page_h) != first):
            return n  # a paragraph split over two pages
        block = block.next()
    return -1


def paginate(qdoc: QTextDocument, keep: dict[int, int], page_h: float) -> None:
    """Start new pages so that paragraphs stay whole and headings stay with what follows.

    A page starts before a paragraph that would be split between two pages, and before
    a heading whose paragraph or short table would start on the next page. (Qt draws
    the last line of a page again, clipped, on the next page when a paragraph
    straddles them; it would then show twice in extracted text.)
    """
    moved: set[int] = set()
    start = 0
    while True:
        n = _first_fault(qdoc, keep, page_h, start)
        if n < 0 or n in moved:
            return
        moved.add(n)
        _break_before(qdoc, qdoc.findBlockByNumber(n))
        start = n


#: Page height for a document laid out in one piece before it is cut into pages.
TALL = 1e8


def _draw_slice(painter: QPainter, qdoc: QTextDocument, s: Slice, width: float) -> None:
    """Draw one page cut from the tall layout: the repeated header row, then the band."""
    y = 0.0
    if s.header is not None:
        painter.save()
        painter.translate(0, -s.header[0])
        qdoc.drawContents(painter, QRectF(0, s.header[0], width, s.header_height))
        painter.restore()
        y = s.header_height
    painter.save()
    painter.translate(0, y - s.top)
    qdoc.drawContents(painter, QRectF(0, s.top, width, s.bottom - s.top))
    painter.restore()


def write_pdf(doc: Document, path: Path, progress: Progress | None = None,
              footer: str = "") -> None:
    """Render ``doc`` to an A4 PDF at ``path``, reporting ``progress(percent)``.

    ``footer`` is a pattern with {page} and {pages} ("Page {page} of {pages}") drawn
    at the foot of every page. An unwritable path raises OSError.
    """
    if QGuiApplication.instance() is None:
        raise PdfError("PDF export needs a running QGuiApplication.")
    Path(path).open("wb").close()  # an unwritable place fails here, as an OSError
    writer = QPdfWriter(str(path))
    writer.setTitle(doc.title)
    writer.setCreator("Floor")
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(*MARGINS_MM), QPageLayout.Unit.Millimeter))
    qdoc, keep = text_document(doc)
    qdoc.documentLayout().setPaintDevice(writer)
    area = writer.pageLayout().paintRectPixels(DPI)
    footer_h = DPI * 0.35  # inches of footer band
    page_h = area.height() - footer_h
    cut: list[Slice] | None = None
    if any(b.kind is BlockKind.TABLE and len(b.rows) > SHORT_TABLE for b in doc.blocks):
        # Long tables: lay out once as one tall page and cut it (pdf_slices.py).
        qdoc.setPageSize(QSizeF(area.width(), TALL))
        cut = slices(qdoc, keep, page_h)
    else:
        qdoc.setPageSize(QSizeF(area.width(), page_h))
        paginate(qdoc, keep, page_h)
    pages = len(cut) if cut is not None else qdoc.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfError(f"Cannot write the PDF file {path}.")
    try:
        foot_font = QFont()
        foot_font.setFamilies(FAMILIES.get(doc.lang, LATIN)[0])
        foot_font.setPointSizeF(8.5)
        painter.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if doc.rtl else Qt.LayoutDirection.LeftToRight)
        for page in range(pages):
            if page:
                writer.newPage()
            if cut is not None:
                _draw_slice(painter, qdoc, cut[page], area.width())
            else:
                painter.save()
                painter.translate(0, -page * page_h)
                # The clip stops half a pixel inside the page, so that lines starting or
                # ending exactly on a page boundary are drawn on their own page only
                # (drawn clipped on the other, they would reappear in extracted text).
                qdoc.drawContents(painter,
                                  QRectF(0, page * page_h + 0.5, area.width(), page_h - 1))
                painter.restore()
            if footer:
                painter.setFont(foot_font)
                painter.setPen(RULE)
                painter.drawText(QRectF(0, page_h, area.width(), footer_h),
                                 int(Qt.AlignmentFlag.AlignCenter),
                                 footer.format(page=page + 1, pages=pages))
            if progress is not None:
                progress(int(100 * (page + 1) / pages))
    finally:
        painter.end()
    repair_text_layer(path)
