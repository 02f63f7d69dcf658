"""The printed list of speakers never leaves a heading alone at the foot of a page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from floorapp.core.clock import FakeClock
from floorapp.export.pdf_writer import write_pdf
from floorapp.export.speakers_list import speakers_document, speakers_snapshot
from floorapp.export.strings import Strings
from floorapp.service import FloorService

STATES = ["QAT", "BLR", "PHL", "EGY", "MEX", "JPN", "BRA", "DEU", "CHE", "CAN", "IND", "KEN",
          "CHN", "FRA", "GBR", "RUS", "ESP", "ARG", "AUS", "AUT", "BEL", "CHL", "COL", "CUB",
          "DNK", "FIN", "GRC", "IDN", "IRL", "ISR", "ITA", "MAR", "NGA", "NOR", "PAK", "PER",
          "POL", "PRT", "SEN", "SWE", "THA", "TUR", "UKR", "URY", "VNM", "ZAF", "ZMB", "ZWE"]


def _pages_of_headings(service: FloorService, tmp_path: Path) -> list[tuple[str, int, int]]:
    """(heading, its page, the page of its first row) for each section of the printed list,
    read back from the PDF the export writes (pdftotext, one page at a time)."""
    s = Strings("en")
    doc = speakers_document(speakers_snapshot(service.state, service.log(), service.now()),
                            "en")
    path = tmp_path / "list.pdf"
    write_pdf(doc, path)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = [[line.strip() for line in page.splitlines() if line.strip()]
             for page in text.split("\f")]
    out = []
    for heading in (s("waiting"), s("heard"), s("absent")):
        for n, lines in enumerate(pages):
            if heading in lines:
                after = lines[lines.index(heading) + 1:]
                # The header row (one or two lines), then the first row: its number "1".
                has_row = any(line.split()[0] == "1" for line in after[1:4])
                out.append((heading, n, n if has_row else n + 1))
    return out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_a_heading_is_never_alone_at_the_foot_of_a_page(service: FloorService,
                                                        clock: FakeClock, qapp: QApplication,
                                                        tmp_path: Path) -> None:
    service.open_segment("panel-1")
    for pid in STATES:
        service.request(pid)
    seen_pages = set()
    for _ in range(len(STATES) - 1):  # each turn moves a row from "waiting" to "heard"
        service.next()
        clock.advance(150)
        service.end()
        for heading, page, first_row in _pages_of_headings(service, tmp_path):
            assert page == first_row, (heading, page, first_row)
            seen_pages.add(page)
    assert len(seen_pages) > 1  # the lists did run over a page
