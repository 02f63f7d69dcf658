"""The printed list of speakers never leaves a heading alone at the foot of a page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import QApplication

from floorapp.core.clock import FakeClock
from floorapp.export.pdf_writer import DPI, MARGINS_MM, paginate
from floorapp.export.qt_document import text_document
from floorapp.export.speakers_list import speakers_document, speakers_snapshot
from floorapp.export.strings import Strings
from floorapp.service import FloorService

STATES = ["QAT", "BLR", "PHL", "EGY", "MEX", "JPN", "BRA", "DEU", "CHE", "CAN", "IND", "KEN",
          "CHN", "FRA", "GBR", "RUS", "ESP", "ARG", "AUS", "AUT", "BEL", "CHL", "COL", "CUB",
          "DNK", "FIN", "GRC", "IDN", "IRL", "ISR", "ITA", "MAR", "NGA", "NOR", "PAK", "PER",
          "POL", "PRT", "SEN", "SWE", "THA", "TUR", "UKR", "URY", "VNM", "ZAF", "ZMB", "ZWE"]


def _pages_of_headings(service: FloorService, tmp_path: Path) -> list[tuple[str, int, int]]:
    """(heading, its page, the page of its first row) for each section of the list."""
    s = Strings("en")
    doc = speakers_document(speakers_snapshot(service.state, service.log(), service.now()),
                            "en")
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(*MARGINS_MM), QPageLayout.Unit.Millimeter))
    qdoc, keep = text_document(doc)
    qdoc.documentLayout().setPaintDevice(writer)
    area = writer.pageLayout().paintRectPixels(DPI)
    page_h = area.height() - DPI * 0.35
    qdoc.setPageSize(QSizeF(area.width(), page_h))
    paginate(qdoc, keep, page_h)
    layout = qdoc.documentLayout()
    headings = {s("waiting"): 4, s("heard"): 5, s("absent"): 4}
    out = []
    block = qdoc.begin()
    while block.isValid():
        columns = headings.get(block.text())
        if columns is not None:
            row = block
            for _ in range(2 * columns + 1):  # past the header row, to the first row's end
                if row.next().isValid():
                    row = row.next()
            top = layout.blockBoundingRect(block).top()
            out.append((block.text(), int((top + 1) // page_h),
                        int((layout.blockBoundingRect(row).bottom() - 1) // page_h)))
        block = block.next()
    return out


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
