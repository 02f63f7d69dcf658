"""A tiny document model shared by the Word and PDF writers: titles, headings, paragraphs, tables.

The composers (``compose``, ``speakers_list``) say *what* a document contains in one
language; ``docx_writer`` and ``pdf_writer`` say how it looks. Both writers therefore
show the same text, and the tests can check it once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    """What a block is; each writer maps it to a style."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    HEADING1 = "heading1"
    HEADING2 = "heading2"
    HEADING3 = "heading3"
    PARAGRAPH = "paragraph"
    FIELD = "field"  # "Date: 3 April 2012", label in bold
    BULLET = "bullet"  # a list item, with an optional bold label
    NUMBERED = "numbered"  # "3. Qatar"
    TABLE = "table"
    NOTE = "note"  # small print


@dataclass(frozen=True)
class Block:
    """One paragraph or table of a document."""

    kind: BlockKind
    text: str = ""
    label: str = ""  # bold lead-in of a FIELD or BULLET; the number of a NUMBERED item
    header: tuple[str, ...] = ()  # a TABLE's column titles
    rows: tuple[tuple[str, ...], ...] = ()
    widths: tuple[int, ...] = ()  # relative column widths of a TABLE
    emphasis: tuple[int, ...] = ()  # indexes of TABLE rows to set in bold (totals)


@dataclass
class Document:
    """A document in one language: its blocks, title and direction."""

    lang: str
    title: str
    rtl: bool = False
    blocks: list[Block] = field(default_factory=list)
    scale: float = 1.0  # type size relative to the Summary's (the chair's list is larger)
    #: Document properties: subject (the meeting and its date), author, keywords.
    subject: str = ""
    author: str = ""
    keywords: str = ""

    def add(self, kind: BlockKind, text: str = "", **more: object) -> None:
        """Append a block."""
        self.blocks.append(Block(kind, text, **more))  # type: ignore[arg-type]

    def heading(self, level: int, text: str) -> None:
        """Append a heading of level 1 to 3."""
        kinds = {1: BlockKind.HEADING1, 2: BlockKind.HEADING2, 3: BlockKind.HEADING3}
        self.blocks.append(Block(kinds[level], text))

    def table(
        self, header: tuple[str, ...], rows: Sequence[tuple[str, ...]],
        widths: tuple[int, ...] = (),
        emphasis: tuple[int, ...] = (),
    ) -> None:
        """Append a table."""
        self.blocks.append(Block(BlockKind.TABLE, header=header, rows=tuple(rows),
                                 widths=widths or (1,) * len(header), emphasis=emphasis))

    def text(self) -> str:
        """All the document's text, one block a line (for tests and searching)."""
        out: list[str] = []
        for b in self.blocks:
            if b.kind is BlockKind.TABLE:
                out.append(" | ".join(b.header))
                out += [" | ".join(r) for r in b.rows]
            else:
                out.append(f"{b.label} {b.text}".strip())
        return "\n".join(out)
