"""A :class:`Document` as a QTextDocument: Qt's text engine lays out what the PDF shows.

Qt shapes Arabic and lays out bidirectional text through HarfBuzz and falls back to
CJK fonts glyph by glyph. Arabic documents get right-to-left blocks and tables.
Sizes are in points (Qt scales lengths to the paint device).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextList,
    QTextListFormat,
    QTextOption,
    QTextTableFormat,
)

from floorapp.export.blocks import Block, BlockKind, Document
from floorapp.export.pdf_table import SHORT_TABLE, DrawnTable, TableObjects

#: Font families by language, first choice first: (body, headings). Chinese text puts
#: Noto Serif/Sans first for Latin letters and digits (the CJK fonts' Latin glyphs lose
#: their digits from Qt's text layer) and falls back to Noto CJK for Chinese. Arabic is set in
#: Noto Sans Arabic: with Noto Naskh Arabic, Qt's PDF loses the lam-alef ligature
#: from the text layer (copy, search and pdftotext would read "ا جتماع").
FAMILIES: dict[str, tuple[list[str], list[str]]] = {
    "ar": (["Noto Sans Arabic", "Noto Sans", "DejaVu Sans"],
           ["Noto Sans Arabic", "Noto Sans", "DejaVu Sans"]),
    "zh": (["Noto Serif", "Noto Serif CJK SC", "Noto Sans CJK SC"],
           ["Noto Sans", "Noto Sans CJK SC", "Noto Serif CJK SC"]),
}
LATIN = (["Noto Serif", "DejaVu Serif", "Noto Sans CJK SC", "Noto Naskh Arabic"],
         ["Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", "Noto Sans Arabic"])
#: Point sizes by block kind.
SIZES = {BlockKind.TITLE: 20.0, BlockKind.SUBTITLE: 11.0, BlockKind.HEADING1: 14.5,
         BlockKind.HEADING2: 12.0, BlockKind.HEADING3: 11.0, BlockKind.NOTE: 9.0}
HEADINGS = (BlockKind.TITLE, BlockKind.SUBTITLE, BlockKind.HEADING1, BlockKind.HEADING2,
            BlockKind.HEADING3)
BODY_PT = 10.5
TABLE_PT = 9.0
INK = QColor("#1f3a5f")
RULE = QColor("#6b7785")
#: Languages whose scripts are not set in italics (slanted Chinese or Arabic is faked).
UPRIGHT = frozenset({"ar", "zh"})
HEADER_FILL = QColor("#e8edf2")


class _Builder:
    """Fills a QTextDocument from blocks, one language, one direction."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        # Qt takes margins, paddings and borders in pixels of a 96 dpi screen and scales
        # them to the device itself: lengths here are given in points and converted.
        self.px = 96 / 72
        body, heads = FAMILIES.get(doc.lang, LATIN)
        self.body, self.heads = body, heads
        self.qdoc = QTextDocument()
        self.qdoc.setDocumentMargin(0)
        # Room for the widest list number ("1000.") in the indent before list items.
        digits = max((len(b.label) for b in doc.blocks if b.kind is BlockKind.NUMBERED),
                     default=2)
        self.qdoc.setIndentWidth(max(16.0, 6.0 * (digits + 1)) * self.px * doc.scale)
        font = QFont()
        font.setFamilies(body)
        font.setPointSizeF(BODY_PT * doc.scale)
        self.qdoc.setDefaultFont(font)
        option = QTextOption()
        option.setTextDirection(self.direction)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word
        self.qdoc.setDefaultTextOption(option)
        self.cursor = QTextCursor(self.qdoc)
        self.first = True
        self.last: BlockKind | None = None  # kind of the previous block
        self.list: QTextList | None = None  # the list being continued
        #: Block number -> a later block that must end on the same page as it starts
        #: (a heading and the paragraph or short table after it).
        self.keep: dict[int, int] = {}
        self.run: int | None = None  # first block of the headings just added
        self.objects: TableObjects | None = None  # long tables, drawn (pdf_table)

    @property
    def direction(self) -> Qt.LayoutDirection:
        """Right to left for Arabic."""
        return Qt.LayoutDirection.RightToLeft if self.doc.rtl else Qt.LayoutDirection.LeftToRight

    def block_format(self, top: float = 0, bottom: float = 5, align: Qt.AlignmentFlag
                     = Qt.AlignmentFlag.AlignLeft) -> QTextBlockFormat:
        """A paragraph format; margins in points (AlignLeft is the start side in RTL)."""
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(self.direction)
        fmt.setAlignment(align)
        fmt.setTopMargin(top * self.px)
        fmt.setBottomMargin(bottom * self.px)
        return fmt

    def char_format(self, size: float = BODY_PT, bold: bool = False, italic: bool = False,
                    heading: bool = False, colour: QColor | None = None) -> QTextCharFormat:
        """A character format in the language's fonts; size in points."""
        fmt = QTextCharFormat()
        fmt.setFontFamilies(self.heads if heading else self.body)
        fmt.setFontPointSize(size * self.doc.scale)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(italic and self.doc.lang not in UPRIGHT)
        if colour is not None:
            fmt.setForeground(QBrush(colour))
        return fmt

    def paragraph(self, fmt: QTextBlockFormat, chars: QTextCharFormat,
                  keep: bool = False) -> None:
        """Start a paragraph (``keep``: a heading, to stay with what follows)."""
        if self.first:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(chars)
            self.first = False
        else:
            self.cursor.insertBlock(fmt, chars)
        number = self.cursor.block().blockNumber()
        if keep and self.run is None:
            self.run = number
        elif not keep and self.run is not None:
            self.keep[self.run] = number
            self.run = None

    def add(self, b: Block) -> None:
        """Append one block."""
        k = b.kind
        if k is BlockKind.TABLE:
            self.table(b)
            self.last = k
            return
        if k is BlockKind.TITLE:
            self.paragraph(self.block_format(0, 4), self.char_format(SIZES[k], True, heading=True,
                                                                      colour=INK))
        elif k is BlockKind.SUBTITLE:
            self.paragraph(self.block_format(0, 14), self.char_format(SIZES[k], italic=True))
        elif k in (BlockKind.HEADING1, BlockKind.HEADING2, BlockKind.HEADING3):
            top = {BlockKind.HEADING1: 16, BlockKind.HEADING2: 10, BlockKind.HEADING3: 6}[k]
            fmt = self.block_format(top, 4)
            self.paragraph(fmt, self.char_format(SIZES[k], True, heading=True, colour=INK), True)
        elif k is BlockKind.NOTE:
            after_heading = self.last in HEADINGS
            self.paragraph(self.block_format(0, 4), self.char_format(SIZES[k], italic=True),
                           after_heading)
        elif k in (BlockKind.NUMBERED, BlockKind.BULLET):
            self.paragraph(self.block_format(0, 2), self.char_format())
            if self.last is k and self.list is not None:
                self.list.add(self.cursor.block())
            else:
                lst = QTextListFormat()
                lst.setStyle(QTextListFormat.Style.ListDecimal if k is BlockKind.NUMBERED
                             else QTextListFormat.Style.ListDisc)
                lst.setIndent(1)
                self.list = self.cursor.createList(lst)
        elif k is BlockKind.FIELD:
            self.paragraph(self.block_format(0, 2), self.char_format())
        else:
            top = 6 if self.last is BlockKind.FIELD else 0
            self.paragraph(self.block_format(top, 6), self.char_format())
        self.last = k
        if b.label and k is not BlockKind.NUMBERED:
            self.cursor.insertText(b.label, self.char_format(bold=True))
        if b.text:
            plain = k in (BlockKind.FIELD, BlockKind.BULLET)  # after a bold label
            chars = self.char_format() if plain else self.cursor.charFormat()
            self.cursor.insertText(b.text, chars)

    def table(self, b: Block) -> None:
        """Append a table, columns mirrored for right-to-left languages."""
        rows = [b.header, *b.rows]
        widths = list(b.widths)
        if self.doc.rtl:  # Qt lays table columns out left to right whatever the direction
            rows = [tuple(reversed(r)) for r in rows]
            widths.reverse()
        if len(b.rows) > SHORT_TABLE:
            self.drawn_table(b, rows, widths)
            return
        fmt = QTextTableFormat()
        fmt.setLayoutDirection(self.direction)
        fmt.setHeaderRowCount(1)
        fmt.setBorderCollapse(True)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorder(0.6 * self.px)
        fmt.setBorderBrush(QBrush(RULE))
        fmt.setCellPadding(2.5 * self.px)
        fmt.setCellSpacing(0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        total = sum(widths) or 1
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, 100 * w / total) for w in widths])
        fmt.setTopMargin(4 * self.px)
        fmt.setBottomMargin(8 * self.px)
        if self.first:
            self.paragraph(self.block_format(0, 0), self.char_format())
        table = self.cursor.insertTable(1 + len(b.rows), len(b.header), fmt)
        for r, values in enumerate(rows):
            bold = r == 0 or (r - 1) in b.emphasis
            for c, value in enumerate(values):
                cell = table.cellAt(r, c)
                cf = cell.format().toTableCellFormat()
                cf.setBorder(0.5 * self.px)
                cf.setBorderBrush(QBrush(RULE))
                cf.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
                if r == 0:
                    cf.setBackground(QBrush(HEADER_FILL))
                cell.setFormat(cf)
                cur = cell.firstCursorPosition()
                cur.setBlockFormat(self.block_format(0, 0))
                cur.insertText(value, self.char_format(TABLE_PT, bold))
        if self.run is not None:
            # A short table stays whole with its heading (a long one is drawn_table's).
            cell = table.cellAt(len(b.rows), len(b.header) - 1)
            self.keep[self.run] = cell.firstCursorPosition().block().blockNumber()
            self.run = None
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def drawn_table(self, b: Block, rows: list[tuple[str, ...]], widths: list[int]) -> None:
        """Append a long table as one object drawn row by row (see pdf_table)."""
        if self.objects is None:
            self.objects = TableObjects(self.qdoc)
        font = QFont()
        font.setFamilies(self.body)
        font.setPointSizeF(TABLE_PT * self.doc.scale)
        emphasis = {0} | {r + 1 for r in b.emphasis}
        table = DrawnTable(rows, [float(w) for w in widths], emphasis, font, self.doc.rtl,
                           2.5, RULE, HEADER_FILL)
        tiny = self.char_format(1.0)
        self.paragraph(self.block_format(4, 8), tiny)
        self.objects.insert(self.cursor, table)
        if self.run is not None:  # its heading stays with its header and first rows
            self.keep[self.run] = self.cursor.block().blockNumber()
            self.run = None


def text_document(doc: Document) -> tuple[QTextDocument, dict[int, int]]:
    """The blocks of ``doc`` as a QTextDocument, with the blocks to keep together.

    The second value maps a block number to a later block that must end on the page
    where the first starts (see ``_Builder.keep``). Needs a QGuiApplication.
    """
    builder = _Builder(doc)
    for b in doc.blocks:
        builder.add(b)
    root = builder.qdoc.rootFrame().frameFormat()
    root.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
    builder.qdoc.rootFrame().setFrameFormat(root)
    return builder.qdoc, builder.keep
