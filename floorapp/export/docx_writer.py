"""Writes a :class:`Document` as a Word file the Secretariat can edit (python-docx).

Real styles: Title, Subtitle, Heading 1-3, Normal, List Bullet, Table Grid. The
language is set on the styles, not paragraph by paragraph: for Arabic the styles
carry ``w:bidi`` (right-to-left paragraphs) and ``w:rtl`` (right-to-left runs),
tables ``w:bidiVisual``; for Chinese an East Asian font and language. Bold text also
sets ``w:bCs`` so that Arabic headings are bold too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table
from docx.text.paragraph import Paragraph

from floorapp.export.blocks import Block, BlockKind, Document

Progress = Callable[[int], None]

#: Fonts Word users have: (Latin, East Asian, complex script).
FONTS = {
    "ar": ("Times New Roman", "SimSun", "Simplified Arabic"),
    "zh": ("Times New Roman", "SimSun", "Times New Roman"),
}
DEFAULT_FONTS = ("Times New Roman", "SimSun", "Arial")
HEADING_EAST_ASIA = "SimHei"
#: w:lang of each language: (w:val, w:eastAsia, w:bidi).
LANG_TAGS = {
    "ar": ("en-GB", "zh-CN", "ar-SA"),
    "zh": ("en-GB", "zh-CN", "ar-SA"),
    "en": ("en-GB", "zh-CN", "ar-SA"),
    "fr": ("fr-FR", "zh-CN", "ar-SA"),
    "ru": ("ru-RU", "zh-CN", "ar-SA"),
    "es": ("es-ES", "zh-CN", "ar-SA"),
}
_RPR_ORDER = ("w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps",
              "w:strike", "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint",
              "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden", "w:color", "w:spacing",
              "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
              "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
              "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
_PPR_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                   "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                   "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                   "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def _child(parent: BaseOxmlElement, tag: str, order: tuple[str, ...]) -> BaseOxmlElement:
    """The child ``tag`` of ``parent``, created in schema order if missing."""
    found = parent.find(qn(tag))
    if found is not None:
        return found  # type: ignore[no-any-return]
    el: BaseOxmlElement = OxmlElement(tag)
    later = order[order.index(tag) + 1:] if tag in order else ()
    parent.insert_element_before(el, *later)
    return el


def _style_language(style_el: BaseOxmlElement, lang: str, heading: bool) -> None:
    rpr = style_el.get_or_add_rPr()
    latin, east, cs = FONTS.get(lang, DEFAULT_FONTS)
    fonts = _child(rpr, "w:rFonts", _RPR_ORDER)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), HEADING_EAST_ASIA if heading and lang == "zh" else east)
    fonts.set(qn("w:cs"), cs)
    if rpr.find(qn("w:b")) is not None:
        _child(rpr, "w:bCs", _RPR_ORDER)
    size = rpr.find(qn("w:sz"))
    if size is not None:
        _child(rpr, "w:szCs", _RPR_ORDER).set(qn("w:val"), size.get(qn("w:val")))
    if lang == "ar":
        ppr = style_el.get_or_add_pPr()
        if ppr.find(qn("w:bidi")) is None:
            ppr.insert_element_before(OxmlElement("w:bidi"), *_PPR_AFTER_BIDI)
    tags = _child(rpr, "w:lang", _RPR_ORDER)
    val, east_tag, bidi = LANG_TAGS[lang]
    tags.set(qn("w:val"), val)
    tags.set(qn("w:eastAsia"), east_tag)
    tags.set(qn("w:bidi"), bidi)


def _setup(d: DocxDocument, lang: str) -> None:
    styles = d.styles
    normal = styles["Normal"]
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    styles["Title"].font.size = Pt(22)
    for name, size in (("Heading 1", 15), ("Heading 2", 13), ("Heading 3", 11.5)):
        styles[name].font.size = Pt(size)
        styles[name].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    note = _add_style(d, "Note")
    note.font.size = Pt(9.5)
    note.font.italic = True
    _add_style(d, "Field").paragraph_format.space_after = Pt(2)
    item = _add_style(d, "Numbered Item").paragraph_format
    item.left_indent, item.first_line_indent = Cm(0.9), Cm(-0.9)
    item.tab_stops.add_tab_stop(Cm(0.9))
    item.space_after = Pt(2)
    cell = _add_style(d, "Table Text")
    cell.font.size = Pt(9.5)
    cell.paragraph_format.space_after = Pt(0)
    if lang == "zh":  # Chinese is not set in italics
        for name in ("Subtitle", "Note"):
            styles[name].font.italic = False
    for name in ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3",
                 "List Bullet", "Note", "Field", "Numbered Item", "Table Text", "Footer"):
        _style_language(styles[name].element, lang, name.startswith(("Heading", "Title")))
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.5))
    section.top_margin = section.bottom_margin = Cm(2.2)
    footer = section.footer.paragraphs[0]
    footer.style = styles["Footer"]
    _page_number_footer(footer)


def _add_style(d: DocxDocument, name: str) -> ParagraphStyle:
    """A paragraph style of ours, based on Normal (so it follows the language)."""
    style = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = d.styles["Normal"]
    style.quick_style = True
    assert isinstance(style, ParagraphStyle)
    return style


def _para(d: DocxDocument, style_id: str = "") -> Paragraph:
    """A new paragraph with a style given by id (python-docx's lookup by name is slow)."""
    p = d.add_paragraph()
    if style_id:
        p._p.style = style_id
    return p


def _page_number_footer(p: Paragraph) -> None:
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    p._p.append(field)


def script_runs(text: str) -> list[tuple[str, bool]]:
    """``text`` cut where it changes between Arabic and other scripts: (piece, arabic).

    Spaces, digits and punctuation stay with the piece before them.
    """
    pieces: list[tuple[str, bool]] = []
    for ch in text:
        arabic = _is_arabic(ch)
        strong = arabic or ch.isalpha()
        if pieces and (not strong or pieces[-1][1] == arabic):
            pieces[-1] = (pieces[-1][0] + ch, pieces[-1][1])
        else:
            pieces.append((ch, arabic))
    return pieces


def _is_arabic(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _ARABIC_BLOCKS)


_ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                  (0xFE70, 0xFEFF))


def _text(p: Paragraph, text: str, rtl: bool, bold: bool = False) -> None:
    """Add ``text`` to a paragraph; in an Arabic document Arabic pieces are ``w:rtl`` runs."""
    for piece, arabic in script_runs(text) if rtl else [(text, False)]:
        run = p.add_run(piece)
        if bold:
            run.bold = True
            run.font.cs_bold = True
        if arabic:
            run.font.rtl = True


def _labelled(p: Paragraph, label: str, text: str, rtl: bool) -> None:
    if label:
        _text(p, label, rtl, bold=True)
    if text:
        _text(p, text, rtl)


def _table(d: DocxDocument, b: Block, rtl: bool) -> Table:
    table = d.add_table(rows=1 + len(b.rows), cols=len(b.header))
    table.style = d.styles["Table Grid"]
    if rtl:
        tblpr = table._tbl.tblPr
        tblpr.insert_element_before(OxmlElement("w:bidiVisual"),
                                    "w:tblStyleRowBandSize", "w:tblStyleColBandSize",
                                    "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd",
                                    "w:tblBorders", "w:shd", "w:tblLayout",
                                    "w:tblCellMar", "w:tblLook")
    total = sum(b.widths) or 1
    widths = [Cm(16 * w / total) for w in b.widths]
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # w:gridCol, which LibreOffice reads
    for r, (row, values) in enumerate(zip(table.rows, (b.header, *b.rows), strict=True)):
        for c, (cell, value) in enumerate(zip(row.cells, values, strict=True)):
            if r == 0:
                cell.width = widths[c]  # w:tcW, which Word reads
            p = cell.paragraphs[0]
            p._p.style = "TableText"
            _text(p, value, rtl, r == 0 or (r - 1) in b.emphasis)
    header = table.rows[0]._tr.get_or_add_trPr()
    header.append(OxmlElement("w:tblHeader"))
    return table


#: Paragraph style ids by block kind.
STYLE_IDS = {BlockKind.TITLE: "Title", BlockKind.SUBTITLE: "Subtitle",
             BlockKind.HEADING1: "Heading1", BlockKind.HEADING2: "Heading2",
             BlockKind.HEADING3: "Heading3", BlockKind.NOTE: "Note",
             BlockKind.BULLET: "ListBullet", BlockKind.NUMBERED: "NumberedItem",
             BlockKind.FIELD: "Field", BlockKind.PARAGRAPH: ""}


def _add(d: DocxDocument, b: Block, rtl: bool) -> None:
    if b.kind is BlockKind.TABLE:
        _table(d, b, rtl)
        _para(d, "TableText")  # Word needs a paragraph between two tables
        return
    p = _para(d, STYLE_IDS[b.kind])
    if b.kind is BlockKind.NUMBERED:
        _text(p, f"{b.label}\t{b.text}", rtl)
    else:
        _labelled(p, b.label, b.text, rtl)


def write_docx(doc: Document, path: Path, progress: Progress | None = None) -> None:
    """Save ``doc`` as a .docx file at ``path``; ``progress(percent)`` as it goes."""
    d = docx.Document()
    _setup(d, doc.lang)
    props = d.core_properties
    props.title = doc.title
    props.language = LANG_TAGS[doc.lang][2 if doc.lang == "ar" else 1 if doc.lang == "zh"
                                         else 0]
    props.author = "Floor"
    props.comments = "Draft generated from the meeting's record."
    n = max(1, len(doc.blocks))
    for i, block in enumerate(doc.blocks):
        _add(d, block, doc.rtl)
        if progress is not None and i % 50 == 0:
            progress(int(90 * i / n))
    d.save(str(path))
    if progress is not None:
        progress(100)
