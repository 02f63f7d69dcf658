"""Writes a :class:`Document` as a Word file the Secretariat can edit (python-docx).

Real styles: Title, Subtitle, Heading 1-3, Normal, List Bullet, Table Grid. The
language is set on the styles, not paragraph by paragraph: for Arabic the styles
carry ``w:bidi`` (right-to-left paragraphs) and ``w:rtl`` (right-to-left runs),
tables ``w:bidiVisual``; for Chinese an East Asian font and language. Bold text also
sets ``w:bCs`` so that Arabic headings are bold too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import docx
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph
from lxml import etree

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
                 "List Bullet", "List Number", "Note", "Field", "Numbered Item", "Table Text",
                 "Footer"):
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

    Spaces, digits and punctuation stay with the piece before them (at the start, with
    the first piece).
    """
    pieces: list[tuple[str, bool]] = []
    start, arabic = 0, None
    for m in _STRONG.finditer(text):
        this = m.lastgroup == "ar"
        if arabic is None:
            arabic = this
        elif this != arabic:
            pieces.append((text[start:m.start()], arabic))
            start, arabic = m.start(), this
    if text:
        pieces.append((text[start:], bool(arabic)))
    return pieces


_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
#: Runs of strong characters: Arabic letters, or letters of any other script.
_STRONG = re.compile(f"(?P<ar>[{_ARABIC}]+)|(?P<other>[^\\W\\d_{_ARABIC}]+)")


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _run_xml(text: str, rtl: bool, bold: bool) -> str:
    """Runs of ``text``; in an Arabic document, Arabic pieces are ``w:rtl`` runs."""
    out = []
    b = "<w:b/><w:bCs/>" if bold else ""
    for piece, arabic in script_runs(text) if rtl else [(text, False)]:
        props = b + ("<w:rtl/>" if arabic else "")
        rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
        out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{xml_escape(piece)}</w:t></w:r>')
    return "".join(out)


def _table_xml(b: Block, rtl: bool) -> str:
    """A Table Grid table as WordprocessingML; the header row repeats on each page."""
    total = sum(b.widths) or 1
    widths = [int(Cm(16 * w / total).twips) for w in b.widths]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    bidi = "<w:bidiVisual/>" if rtl else ""
    rows = []
    for r, values in enumerate((b.header, *b.rows)):
        bold = r == 0 or (r - 1) in b.emphasis
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if r == 0 else ""
        cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{widths[c]}" w:type="dxa"/></w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>'
            f"{_run_xml(value, rtl, bold)}</w:p></w:tc>"
            for c, value in enumerate(values))
        rows.append(f"<w:tr>{trpr}{cells}</w:tr>")
    xml = (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>{bidi}'
           f'<w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/>'
           f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           f'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
           f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")
    return xml


#: Paragraph style ids by block kind.
STYLE_IDS = {BlockKind.TITLE: "Title", BlockKind.SUBTITLE: "Subtitle",
             BlockKind.HEADING1: "Heading1", BlockKind.HEADING2: "Heading2",
             BlockKind.HEADING3: "Heading3", BlockKind.NOTE: "Note",
             BlockKind.BULLET: "ListBullet", BlockKind.NUMBERED: "NumberedItem",
             BlockKind.FIELD: "Field", BlockKind.PARAGRAPH: ""}


class _Lists:
    """Numbered lists that restart at 1: one ``w:num`` each, on List Number's definition."""

    def __init__(self, d: DocxDocument) -> None:
        self.numbering = d.part.numbering_part.element
        style = d.styles["List Number"].element
        num_id = style.find(f"{{{_W}}}pPr/{{{_W}}}numPr/{{{_W}}}numId").get(qn("w:val"))
        num = next(n for n in self.numbering.findall(qn("w:num"))
                   if n.get(qn("w:numId")) == num_id)
        self.abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        self.next_id = 1 + max(int(n.get(qn("w:numId")))
                               for n in self.numbering.findall(qn("w:num")))

    def new(self) -> int:
        """A fresh list instance, numbered from 1."""
        num_id, self.next_id = self.next_id, self.next_id + 1
        self.numbering.append(parse_xml(
            f'<w:num xmlns:w="{_W}" w:numId="{num_id}"><w:abstractNumId w:val="{self.abstract}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        return num_id


def _paragraph_xml(style: str, runs: str, num_id: int = 0) -> str:
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num_id:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{runs}</w:p>"


def write_docx(doc: Document, path: Path, progress: Progress | None = None) -> None:
    """Save ``doc`` as a .docx file at ``path``; ``progress(percent)`` as it goes.

    The body is written as WordprocessingML in one piece and parsed once (python-docx
    builds each paragraph and cell as objects: seconds for a thousand interventions).
    Numbered items are real Word list items (List Number), restarting at 1 per list.
    """
    d = docx.Document()
    _setup(d, doc.lang)
    props = d.core_properties
    props.title = doc.title
    props.subject = doc.subject
    props.author = doc.author or "Floor"
    props.last_modified_by = "Floor"
    props.keywords = doc.keywords
    props.created = props.modified = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    props.revision = 1
    props.language = LANG_TAGS[doc.lang][2 if doc.lang == "ar" else 1 if doc.lang == "zh"
                                         else 0]
    props.comments = "Draft generated from the meeting's record."
    lists = _Lists(d)
    parts: list[str] = []
    previous: BlockKind | None = None
    num_id = 0
    n = max(1, len(doc.blocks))
    for i, b in enumerate(doc.blocks):
        if b.kind is BlockKind.TABLE:
            parts.append(_table_xml(b, doc.rtl))
            parts.append(_paragraph_xml("TableText", ""))  # Word needs one between tables
        elif b.kind is BlockKind.NUMBERED:
            if previous is not BlockKind.NUMBERED:
                num_id = lists.new()
            parts.append(_paragraph_xml("ListNumber", _run_xml(b.text, doc.rtl, False), num_id))
        else:
            runs = (_run_xml(b.label, doc.rtl, True) if b.label else "") + \
                (_run_xml(b.text, doc.rtl, False) if b.text else "")
            parts.append(_paragraph_xml(STYLE_IDS[b.kind], runs))
        previous = b.kind
        if progress is not None and i % 200 == 0:
            progress(int(80 * i / n))
    old = d.element.body
    sect = etree.tostring(old.sectPr, encoding="unicode")  # page size, margins, footer
    ns = " ".join(f'xmlns:{k}="{v}"' for k, v in old.nsmap.items() if k)
    d.element.replace(old, parse_xml(f'<w:body {ns}>{"".join(parts)}{sect}</w:body>'))
    d.save(str(path))
    if progress is not None:
        progress(100)
