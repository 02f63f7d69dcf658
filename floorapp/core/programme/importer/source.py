"""Reading a concept note into plain text: pasted text, .txt, .docx and .pdf.

Text with broken encoding (mojibake such as "CafÃ©" or "â€“") is repaired with ftfy;
text that still shows replacement characters or mojibake afterwards is refused with
:class:`SourceRefused`, whose message says what to do. PDF text comes from its text
layer (pypdf); a scanned PDF without one is refused.
"""

from __future__ import annotations

import html
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from floorapp.core.programme.importer.doubled import undouble

#: Sequences that only appear when UTF-8 was decoded as Latin-1/Windows-1252.
_STRAY_A = re.compile(r"(?<![^\W\d_])\u00c2(?=[ \t\u00a0|]|$)", re.MULTILINE)
_MOJIBAKE = re.compile(r"Ã[\u0080-\u00bf]|â€[\u0080-\u00bf\u2018-\u201e\u2122\u0153\u0161]"
                       r"|Â[\u00a0-\u00bf]"
                       r"|Ã[©¨ª«¡¢£¤§®¯´¶º¼½¾]")


class SourceRefused(ValueError):
    """The source cannot be read as a concept note; the message says why and what to do."""


@dataclass
class SourceText:
    """The text to parse, and what was done to read it."""

    text: str
    notes: list[str] = field(default_factory=list)


#: Full-width digits and marks (East Asian text: "10：00－10：30") as their ASCII forms,
#: one character for one, so every offset stays where it was.
_FULL_WIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)},
                             "\uff1a": ":", "\u2236": ":", "\uff0d": "-", "\uff0e": ".",
                             "\uff5e": "~", "\uff08": "(", "\uff09": ")",
                             # the hyphens Word and PDFs write (U+2010, U+2011) as "-"
                             "\u2010": "-", "\u2011": "-",
                             # the bullets of Word's Symbol and Wingdings fonts, which PDFs
                             # and pasted Word text keep as private-use characters
                             **{chr(c): "•" for c in (0xF0B7, 0xF0A7, 0xF0D8, 0xF076, 0xF0FC,
                                                      0xF0A8, 0xF06E, 0xF0E0, 0xF0AE)}})


def _tidy(text: str) -> str:
    text = text.translate(_FULL_WIDTH)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = text.replace("\u202f", " ").replace("\u2009", " ").replace("\ufeff", "")
    text = _ICON_NAME.sub("", text)  # "clock08.30 – 10.30 | Parallel sessions"
    text = _GLUED_RANGE.sub(" ", text)  # "Coffee break17h 15 – 18h 15 Action point …"
    text = _GLUED_MONTH.sub(r"\g<m> ", text)  # "Tuesday, 24 MayPlenary meeting"
    text = _GLUED_AFTER_TIME.sub(" ", text)  # "10:00 - 13:00Room XVIII"
    text = _ICON_BEFORE_ROOM.sub("\nRoom: ", text)  # "08:00  to  09:00 v Tsavo (Plenary)"
    text = _START_END_CELLS.sub(lambda m: f"{m['a'].rstrip()} -{m['b']}", text)  # "| 9 | 10 |"
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", " ", text)


#: A range run into the word before it, as a PDF's table gives it ("break17h 15 – 18h 15").
_CLOCK = r"(?:[01]?\d|2[0-3])(?:h\s?|[:.])[0-5]\d"
#: An icon's name a page's text kept before a time, at a line's start ("clock08.30 – 10.30").
_ICON_NAME = re.compile(r"(?m)^[ \t]*(?:clock|schedule|access_time|alarm)(?=[0-2]?\d[.:h][0-5]\d)")
#: An event platform's icon between the hours and the room, a chevron its text gives as "v"
#: ("08:00  to  09:00 v Tsavo (Plenary)"): the room is put on a line of its own, labelled.
_ICON_BEFORE_ROOM = re.compile(r"(?m)(?<=[0-5]\d)[ \t]+v[ \t]+(?=[A-Z][^\n]{0,60}$)")
#: A table's start and its end in cells of their own ("| Session 1 | 9:00 | 09:45 | Topic |"):
#: one range, the cells joined.
_START_END_CELLS = re.compile(r"(?m)(?<=\|)(?P<a>[ \t]*" + _CLOCK + r"[ \t]*)\|(?P<b>[ \t]*" +
                              _CLOCK + r"[ \t]*)(?=\|)")
_GLUED_MONTH = re.compile(r"(?<=\d )(?P<m>January|February|March|April|May|June|July|August|"
                          r"September|October|November|December)(?=[A-Z][a-z])")
_GLUED_AFTER_TIME = re.compile(r"(?<=\d\d[:.]\d\d)(?=[A-Z](?:[a-z]{2}|\s[A-Z]\s[A-Z]\b))"
                               # "12.30L U N C H B R E A K", and "1300-1305Michael …"
                               r"|(?<=(?<!\d)[01]\d[0-5]\d-[012]\d[0-5]\d)(?=[A-Z][a-z]+\b)")
_GLUED_RANGE = re.compile(r"(?<=[a-z])(?=" + _CLOCK + r"\s*[-–—]\s*" + _CLOCK + ")"
                          # a PDF grid's time run into the cell before it: "(T. Aarup)10.45
                          # C O F F E E", "B R E A K11.00 3. REPORTS" (a letter-spaced word)
                          r"|(?<=[a-z)]|(?<=\s[A-Z]\s)[A-Z])(?=(?:[01]\d|2[0-3])[.:][0-5]\d"
                          r"(?:\s+[A-Z\d]|[A-Z]\s[A-Z]\s))")


#: A character written as HTML writes it in its source: "&nbsp;", "&ndash;", "&#8211;".
_HTML_ENTITY = re.compile(r"&(?:[a-z]{2,6}|#\d{2,5}|#x[0-9a-f]{2,4});", re.IGNORECASE)
#: An HTML tag left in a page's text, escaped or not ("\\<span style=…\\>9:30\\</span\\>" in a
#: wiki's Markdown table): markup around the words, not words.
_HTML_TAG = re.compile(r"\\?<\s*/?\s*(?:span|div|p|font|b|i|u|strong|em|a|br|td|tr|th|table|tbody|"
                       r"thead|sup|sub|small|li|ul|ol|h[1-6])\b[^<>\n]*?\\?>", re.IGNORECASE)

#: The end of a table's cell before the next cell of its row: "</td><td>", "</th> <th>".
_CELL_END = re.compile(r"\\?<\s*/\s*t[dh]\s*\\?>[ \t]*(?=\\?<\s*t[dh]\b)", re.IGNORECASE)

#: The end of a table's row before the next row on the same line: "</tr> <tr>".
_ROW_END = re.compile(r"\\?<\s*/\s*tr\s*\\?>[ \t]*(?=\\?<\s*tr\b)", re.IGNORECASE)

#: A line break written as HTML writes it: "<br>", "<br />".
_BREAK = re.compile(r"\\?<\s*br\s*/?\s*\\?>", re.IGNORECASE)

#: "- **Lieu** : Belém", "**Moderator:** Ms. X": a Markdown label in bold at a line's start; read
#: as the label it is, its marks dropped
_BOLD_LABEL = re.compile(r"^(?P<lead>[ \t]*(?:[-*•][ \t]+)?)(?:\*\*|__)(?P<w>[^*_\n:：]{1,40}?)"
                         r"(?:(?:\*\*|__)(?P<c>[ \t]*[:：])|(?P<c2>[ \t]*[:：])(?:\*\*|__))",
                         re.MULTILINE)

#: "*16:30 - 17:30  Open Lab Time*": a Markdown line in italics or bold, its time inside; read
#: without its marks
_EMPHASISED_LINE = re.compile(r"(?m)^(?P<lead>[ \t]*)(?P<m>\*{1,3}|_{1,3})(?=\S)"
                              r"(?P<w>[^*_\n]*?\d[:.h]\d\d[^*_\n]*?)(?<=\S)(?P=m)[ \t]*$")

#: A Markdown link, read as its words: "[Quality control](session-qc/QC.pdf)"; an image's
#: ("![Agenda](agenda.png)") and a link to a talk's material alone ("[Video](https://…)") are
#: dropped, words and all.
_MARKDOWN_LINK = re.compile(r"(?P<img>!?)\[(?P<w>[^\[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_MATERIAL = re.compile(r"(?i)\s*(?:videos?|slides?|recordings?|pdf|pptx?|presentations?|webcast|"
                       r"labs?|(?:meeting )?notes|minutes|here|download|gh|github|html|code)\s*")


def _link_words(m: re.Match[str]) -> str:
    return "" if m["img"] or _MATERIAL.fullmatch(m["w"]) else m["w"]


#: "> 10:00 - 10:30  Opening remarks": a line of an e-mail quoted in a reply or a forward.
_QUOTE_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)

_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
_DASH_AS_IDEOGRAPH = re.compile(  # (or "ľ", as a Central European code page shows an en dash)
    r"(?<=\d\d)(?P<m>\s*(?:[ap]\.?m\b\.?)?)\s*\??\s*(?:[\u4e00-\u9fff]|(?<=\s)ľ(?=\s))\s*"
    r"(?=(?:[01]?\d|2[0-3])[:.h][0-5]\d)", re.IGNORECASE)  # and "9:00am 每 10:30am"


#: Accented letters a Chinese code page (GBK) wrote as two bytes, read back one a byte:
#: "Acci¨®n" for "Acción" (GBK has the accented vowels of pinyin, not ñ or ç).
_GBK_VOWEL = re.compile("\u00a8[\u00a1-\u00ba]")


def _gbk_vowels(text: str) -> tuple[str, int]:
    def one(m: re.Match[str]) -> str:
        try:
            return m.group(0).encode("latin-1").decode("gbk")
        except UnicodeError:
            return m.group(0)
    return _GBK_VOWEL.subn(one, text)


#: Two words with a gap between them: one space, two spaces, or a tab (with spaces after it).
_WORD_GAP = re.compile(r"(?<=[^\W\d_])[.,:;)]?(?P<g>\t {0,2}|  | )(?=[(\"“]?[^\W\d_])")


def _single_spaced(text: str) -> str:
    """A PDF's text layer that writes every gap between words as two spaces or a tab
    ("Welcome  by  local  organiser", "Location\tmap\tincl.\tthe"): each such gap read as
    the one space it is; wider gaps (a table's columns) are tabs, as are single spaces
    where the words' gaps were tabs."""
    if (text.count("  ") + text.count("\t")) * 30 < len(text):
        return text  # (too few wide gaps for most words to have them: no need to count)
    gaps: Counter[str | int] = Counter("t" if "\t" in m["g"] else len(m["g"])
                                       for m in _WORD_GAP.finditer(text))
    total = sum(gaps.values())
    # four gaps in five tabs, or half of them two spaces: far from any other text's share (a
    # Word table's tabs part its cells, prose is single-spaced)
    wide = "t" if gaps["t"] * 5 >= total * 4 else 2 if gaps[2] * 2 >= total else None
    if total < 30 or wide is None or wide == "t" and len(  # (and tabs between a sentence's
            re.findall(r"[a-z][.,]?\t[ \t]*[a-z]", text)) * 4 < gaps["t"]:  # words, not cells)
        return text
    if wide == "t":  # (and a space there, between tabs, parts a table's cells)
        return re.sub(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)", " ", re.sub(  # ("4TH \tCLIVAR": one gap)
            r"(?<=[^\s\t]) (?=[^\s\t])", "\v", text)).replace("\v", "\t")
    return re.sub(r"(?<=\S) {3,}(?=\S)", "\v", re.sub(r"(?<=\S)\t {0,2}(?=\S)", " ", text)) \
        .replace("  ", " ").replace("\v", "\t")


def repair(text: str, name: str = "the text") -> SourceText:
    """Repair mojibake when it can be; refuse with a clear message when it cannot."""
    notes = []
    if len(_GBK_VOWEL.findall(text)) >= 2:
        sample = _GBK_VOWEL.search(text).group(0)  # type: ignore[union-attr]
        text, n = _gbk_vowels(text)
        notes.append(f"repaired broken encoding in {name} ({n} garbled "
                     f"sequence{'s' if n != 1 else ''} such as \u201c{sample}\u201d)")
    bad_before = len(_MOJIBAKE.findall(text))
    if bad_before:
        import ftfy

        fixed = ftfy.fix_text(text, normalization="NFC")
        if len(_MOJIBAKE.findall(fixed)) < bad_before:
            notes.append(f"repaired broken encoding in {name} ({bad_before} garbled "
                         f"sequence{'s' if bad_before != 1 else ''} such as "
                         f"\u201c{_MOJIBAKE.search(text).group(0)}\u201d)")  # type: ignore[union-attr]
            text = fixed
    # "13:00-13:30Â Â | Official Welcome": a no-break space's "Â" left alone when the space
    # after it was copied as a plain one (ftfy cannot tell it then); read as the space it was
    text, stray = _STRAY_A.subn(" ", text)
    if stray:
        notes.append(f"repaired broken encoding in {name} ({stray} garbled "
                     f"sequence{'s' if stray != 1 else ''} such as \u201c\u00c2\u201d)")
    left = len(_MOJIBAKE.findall(text))
    replacement = text.count("\ufffd")
    letters = max(1, sum(c.isalpha() for c in text))
    if replacement and replacement * 200 > letters or left * 200 > letters:
        what = ("replacement characters (\ufffd)" if replacement
                else "garbled sequences such as \u201c" + _MOJIBAKE.search(text).group(0)  # type: ignore[union-attr]
                + "\u201d")
        raise SourceRefused(
            f"{name} has broken encoding that cannot be repaired: {replacement or left} "
            f"{what}; the original characters are lost. Copy the text again from the "
            "original document (or save it as UTF-8) and import that.")
    if replacement or left:
        notes.append(f"{name} still has {replacement + left} unreadable character(s); "
                     "check names and titles near them")
    # A dash a Chinese code page turned into an ideograph ("10:00 每 11:00") in a text that is
    # not Chinese: read it as the dash it was.
    ideographs = len(_IDEOGRAPH.findall(text))
    if ideographs and ideographs * 5 < letters or "ľ" in text:  # a Latin text, a few ideographs
        text, n = _DASH_AS_IDEOGRAPH.subn(lambda m: f"{m.group('m')} – ", text)
        if n:
            notes.append(f"read {n} character(s) between two times as dashes (broken "
                         "encoding)")
    if len(_HTML_ENTITY.findall(text)) >= 2:  # "10:00&nbsp;&ndash;&nbsp;10:30": HTML's source
        text = html.unescape(text)  # the characters it names, shown as such in the source pane
    tags = _HTML_TAG.findall(text)
    if len(tags) >= 3:  # a break between a cell's lines ("| 09:50 | Jo Lee<br>Institution: …
        # |"): a cell of its own in a table's row, a line of its own elsewhere
        text = re.sub(r"(?m)^([ \t]*\|.*)$", lambda m: _BREAK.sub(" | ", m.group(1)), text)
        text = _BREAK.sub("\n", text)
        text = _CELL_END.sub(" | ", text)  # "<td>11:00</td><td>Lunch</td>": a row's cells
        text = _ROW_END.sub("\n", text)  # "… </tr> <tr> …": rows written on one line
        for _ in range(3):  # a tag inside another's attribute: the outer one after
            text = _HTML_TAG.sub("", text)
        notes.append(f"removed {len(tags)} HTML tags from {name}, keeping the words they marked")
    text = _tidy(text)
    text, runs = undouble(text)
    if runs:
        notes.append(f"read {runs} run(s) of doubled letters in {name} once (a PDF's bold text "
                     "drawn twice, such as \u201cFFrriiddaayy\u201d)")
    if len(_BOLD_LABEL.findall(text)) >= 2:
        text = _BOLD_LABEL.sub(lambda m: m["lead"] + m["w"] + (m["c"] or m["c2"]), text)
    if len(_EMPHASISED_LINE.findall(text)) >= 2:
        text = _EMPHASISED_LINE.sub(lambda m: m["lead"] + m["w"], text)
    links = list(_MARKDOWN_LINK.finditer(text))
    if len(links) >= 3:  # a page's Markdown source
        words = iter(kept := [_link_words(m) for m in links])
        text = _MARKDOWN_LINK.sub(lambda _: next(words), text)
        dropped = kept.count("")
        if len(links) > dropped:
            notes.append(f"read {len(links) - dropped} Markdown link(s) in {name} as their words")
        if dropped:
            notes.append(f"left out {dropped} image(s) and link(s) to a talk's material "
                         f"(\u201cVideo\u201d, \u201cSlides\u201d) in {name}")
        text = re.sub(r"(?m)(?<=\w)[ \t]+(?:/[ \t]*)+$", "", text)  # ("… 1 [gh] / [html]")
    text = _single_spaced(text)
    quoted = _QUOTE_MARK.findall(text)
    lines = [x for x in text.split("\n") if x.strip()]
    if lines and len(quoted) * 10 >= len(lines) * 6:  # a programme forwarded in an e-mail
        text = _QUOTE_MARK.sub("", text)
        notes.append(f"removed the e-mail quote marks (\u201c>\u201d) before {len(quoted)} "
                     f"line{'s' if len(quoted) != 1 else ''} of {name}")
    return SourceText(text, notes)


def decode(data: bytes, name: str) -> SourceText:
    """Bytes of a text file as text: UTF-8 (with or without BOM), UTF-16, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return repair(data.decode("utf-16"), name)
    try:
        return repair(data.decode("utf-8-sig"), name)
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        src = repair(text, name)
        src.notes.insert(0, f"{name} is not UTF-8 (byte 0x{data[exc.start]:02X} at offset "
                            f"{exc.start}); read it as Windows-1252")
        return src


def _docx_text(data: bytes) -> str:
    import docx  # python-docx

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for row in child.iter():
                if not row.tag.endswith("}tr"):
                    continue
                cells = []
                for cell in row:
                    if not cell.tag.endswith("}tc"):
                        continue
                    paras = ["".join(t.text or "" for t in p.iter() if t.tag.endswith("}t"))
                             for p in cell if p.tag.endswith("}p")]
                    cells.append("\n".join(x for x in paras if x.strip()))
                lines.append("\t".join(cells))
    return "\n".join(lines)


def _pdf_text(data: bytes) -> str:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    pages = [page.extract_text() or "" for page in reader.pages]
    text = "\n".join(pages)
    if text.count("\t") > text.count(" "):
        # Some writers (Qt's among them) space words with tabs: they are no table cells.
        text = text.replace("\t", " ")
    return text


def read_bytes(data: bytes, name: str) -> SourceText:
    """A concept note's text from the bytes of a .txt, .docx or .pdf file (by content)."""
    if data.startswith(b"%PDF"):
        try:
            text = _pdf_text(data)
        except Exception as exc:  # pypdf raises many kinds on damaged files
            raise SourceRefused(f"{name} is a PDF that cannot be read ({exc}).") from exc
        if len(text.strip()) < 20:
            raise SourceRefused(f"{name} is a PDF without a text layer (a scan?): "
                                "copy the text from the original document instead.")
        return repair(text, name)
    if data.startswith(b"PK\x03\x04"):
        try:
            text = _docx_text(data)
        except Exception as exc:  # python-docx raises many kinds on other zip files
            raise SourceRefused(f"{name} is not a Word .docx document ({exc}).") from exc
        return repair(text, name)
    if b"\x00" in data[:2000] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceRefused(f"{name} is not text, .docx or .pdf: save it as one of those.")
    return decode(data, name)


def read_file(path: str | Path) -> SourceText:
    """A concept note's text from a file; :class:`SourceRefused` when it cannot be read."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise SourceRefused(f"cannot read {p}: {exc.strerror or exc}") from exc
    return read_bytes(data, str(p))
