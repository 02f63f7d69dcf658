"""Reading .txt, .docx and .pdf, and repairing or refusing broken encoding."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from floorapp.core.programme.importer import SourceRefused, propose_from_bytes, propose_from_file
from floorapp.core.programme.importer.source import read_bytes, repair

PROGRAMME = "Tuesday, 3 April 2012\n10am – 11 am Opening Remarks\n11am – 1pm Panel I – Café"


def test_mojibake_is_repaired() -> None:
    broken = PROGRAMME.encode("utf-8").decode("cp1252", errors="replace")
    assert "â€“" in broken
    src = repair(broken)
    assert src.text == PROGRAMME
    assert src.notes and "repaired" in src.notes[0]


def test_html_character_references_are_read_as_their_characters() -> None:
    src = repair("10:00&nbsp;&ndash;&nbsp;10:30 Opening&nbsp;remarks\n10:30&#8211;12:00 Q&amp;A")
    assert src.text == "10:00 \u2013 10:30 Opening remarks\n10:30\u201312:00 Q&A"
    assert repair("Q&A: R&D &amp; you").text == "Q&A: R&D &amp; you"  # one alone: left


def test_html_tags_left_in_a_pages_text_are_taken_out() -> None:
    # a wiki's Markdown table whose cells kept their (escaped) HTML, a tag inside an attribute
    text = ("| \\<span style=\"line-height: normal;\"\\>9:30\\</span\\> | \\<span class=\"<a "
            "href=\"X\" class=\"wikilink\">X</a>\"\\>**Welcome**\\</span\\> |\n")
    src = repair(text)
    assert src.text == "| 9:30 | **Welcome** |\n"
    assert any("HTML tags" in n for n in src.notes)
    assert repair("Use <b> for bold").text == "Use <b> for bold"  # one alone: left


def test_markdown_labels_in_bold_are_read_as_labels() -> None:
    text = ("# Journée finance\n- **Date** : Vendredi 14 novembre 2025\n"
            "- **Lieu** : Pavillon de la Francophonie, Belém\n\n#### 16h45 - 17h45\n"
            "- **Format** : Table ronde\n- **Thème** : Financement de la sortie des énergies\n"
            "#### 17h45 - 18h00 : Clôture\n**Moderator:** Ms. Ana Ruiz\n")
    src = repair(text)
    assert "- Lieu : Pavillon" in src.text and "Moderator: Ms. Ana" in src.text
    p = propose_from_bytes(text.encode(), "x.md")
    assert p.venue.value == "Pavillon de la Francophonie, Belém"
    assert [s.title.value for s in p.segments][0] == "Financement de la sortie des énergies"
    assert repair("**Note:** one alone\n").text == "**Note:** one alone\n"  # one alone: left


def test_a_pdfs_wide_gaps_between_words_are_read_as_single_spaces() -> None:
    doubled = ("Welcome  by  local  organiser  and  the  sponsor   Viktor  Gouretski\n"
               "Overview  of  the  project  activities  since  the  first  workshop\n" * 3)
    assert repair(doubled).text.startswith(
        "Welcome by local organiser and the sponsor\tViktor Gouretski\n")
    tabbed = ("4TH \tCLIVAR\tGSOP\n9.00\t–\t9.10 Welcome\tby\tlocal\torganiser,\tlogistics"
              "\t\t and\tworkshop\tobjectives Masayoshi\tIshii\n"
              "Location\tmap\tincl.\tthe\tnearest\tstation\tfrom\tthe\tAirport\n" * 3)
    assert repair(tabbed).text.startswith("4TH CLIVAR GSOP\n9.00 – 9.10\tWelcome by local "
                                          "organiser, logistics and workshop objectives\t"
                                          "Masayoshi Ishii\n")
    p = propose_from_bytes(tabbed.encode(), "agenda.txt")
    assert [s.title.value for s in p.segments] == [
        "Welcome by local organiser, logistics and workshop objectives"]
    plain = "Opening of the session by the Chair  (10 min)\n" * 12  # one wide gap a line: kept
    assert repair(plain).text == plain
    table = "Time\tSpeaker\tTopic\n" + "09:00\tSmith\tWelcome remarks\tRoom\tA\n" * 12
    assert repair(table).text == table  # a table's tabs, a few words with spaces: kept
    words = "Time\tSpeaker\tTopic\n" + "09:00\tSmith\tWelcome\tRoom\tA\n" * 12
    assert repair(words).text == words  # a table of one word a cell: kept


def test_an_icons_name_and_a_title_glued_to_a_time_are_set_apart() -> None:
    text = ("clock08.30 – 10.30 | Parallel sessions\nclock10.30 – 11.15\n"
            "1300-1305Michael Smith: Welcome\n")
    assert repair(text).text == (
        "08.30 – 10.30 | Parallel sessions\n10.30 – 11.15\n1300-1305 Michael Smith: Welcome\n")


def test_unrepairable_text_is_refused_clearly() -> None:
    lost = "Programme\n10:00 \ufffd 11:00 Ouverture \ufffd\ufffd\ufffd la s\ufffdance\n" * 3
    with pytest.raises(SourceRefused, match="cannot be repaired"):
        repair(lost)


def test_latin1_file_is_read_with_a_note() -> None:
    src = read_bytes("10:00 – 11:00 Séance d'ouverture".encode("cp1252"), "note.txt")
    assert "Séance" in src.text and "not UTF-8" in src.notes[0]


def test_docx(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Interactive dialogue, Tuesday, 3 April 2012")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "10am – 11 am"
    table.cell(0, 1).text = "Opening Remarks"
    table.cell(1, 0).text = "11am – 1pm"
    table.cell(1, 1).text = "Panel I"
    path = tmp_path / "note.docx"
    d.save(str(path))
    p = propose_from_file(path)
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments] == [
        ("10:00", "Opening Remarks"), ("11:00", "Panel I")]


def _pdf(text_lines: list[str]) -> bytes:
    """A one-page PDF with a text layer, written by hand (no extra library)."""
    content = "BT /F1 12 Tf 50 750 Td 14 TL " + " ".join(
        f"({line}) Tj T*" for line in text_lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n{obj}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF"
              .encode())
    return out.getvalue()


def test_pdf_text_layer() -> None:
    data = _pdf(["Tuesday, 3 April 2012", "10:00 - 11:00 Opening Remarks",
                 "11:00 - 13:00 Panel I"])
    p = propose_from_bytes(data, "note.pdf")
    assert [s.title.value for s in p.segments] == ["Opening Remarks", "Panel I"]


def test_pdf_without_text_is_refused() -> None:
    with pytest.raises(SourceRefused, match="without a text layer"):
        read_bytes(_pdf([]), "scan.pdf")


def test_other_binary_is_refused() -> None:
    with pytest.raises(SourceRefused):
        read_bytes(b"\x00\x01\x02" * 100, "x.bin")
    with pytest.raises(SourceRefused, match="not a Word"):
        read_bytes(b"PK\x03\x04 not really a zip", "x.docx")


def test_a_pdf_whose_writer_spaces_words_with_tabs(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Qt's PDF writer (and others) put tabs between words; they are not table cells."""
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    from floorapp.core.programme.importer import propose_from_file

    doc = QTextDocument()
    doc.setHtml("<h2>Interactive dialogue on oceans</h2><p>Monday, 5 June 2023</p>"
                "<table><tr><td>10:00 – 10:20</td><td>Opening segment</td>"
                "<td>Chair: H.E. Mr. John Smith</td></tr>"
                "<tr><td>10:20 – 12:40</td><td>Panel discussion on ocean health</td></tr></table>")
    writer = QPdfWriter(str(tmp_path / "note.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    doc.print_(writer)
    del writer
    p = propose_from_file(tmp_path / "note.pdf")
    assert [s.title.value for s in p.segments] == ["Opening segment",
                                                   "Panel discussion on ocean health"]
    assert [x.name.value for x in p.segments[0].people] == ["H.E. Mr. John Smith"]


def test_a_pdfs_bold_text_drawn_twice_is_read_once() -> None:
    from floorapp.core.programme.importer.source import repair

    src = repair("Human Rights Council E Elleevveenntthh sseessssiioonn Order of the Day "
                 "FFrriiddaayy,, 1122 JJuunnee 22000099 1199ttthhh m meeeettiinngg "
                 "1100..0000 aa..m m.. –– 11..0000 pp..m m.. Universal Periodic Review")
    assert src.text == ("Human Rights Council Eleventh session Order of the Day Friday, "
                        "12 June 2009 19th meeting 10.00 a.m. – 1.00 p.m. Universal Periodic "
                        "Review")
    assert any("doubled letters" in n for n in src.notes)
    plain = "Hello, 1100 hrs in Aarhus: a llama and the Zoo. Coffee, Room XX"
    assert repair(plain).text == plain and not repair(plain).notes
