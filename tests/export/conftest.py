"""Meetings to export: the small test programme and a day like the 2012 dialogue."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from floorapp.core.categories import RequestKind
from floorapp.core.clock import FakeClock
from floorapp.export.sample_meeting import play_2012, programme_2012
from floorapp.service import FloorService
from tests.helpers.factories import memory_service


@pytest.fixture(scope="module")
def meeting() -> Iterator[FloorService]:
    """The 2012 day: ~20 interventions, notes, two pledges, a group statement, a video."""
    clock = FakeClock(datetime(2012, 4, 3, 14, 0, tzinfo=UTC))
    svc = memory_service(clock, programme_2012())
    play_2012(svc, clock)
    yield svc
    svc.close()


@pytest.fixture
def small(service: FloorService, clock: FakeClock) -> FloorService:
    """The small test programme with a few turns in Panel I, one still live."""
    service.open_segment("panel-1")
    service.request("QAT")
    service.request("EGY", RequestKind.GROUP, on_behalf_of="African Group", delivered_by="NGA")
    service.request("MEX")
    service.next()
    clock.advance(200)
    service.add_note("Political will matters.", ["political-will"])
    service.next()
    clock.advance(100)
    service.add_note("Cooperation across borders.", ["cooperation"])
    service.next()
    clock.advance(30)
    return service


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True)
    return done.stdout.decode("utf-8")


def _pdf_fonts(path: Path) -> list[str]:
    done = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    return done.stdout.splitlines()[2:]


@pytest.fixture
def pdf_text() -> Callable[[Path], str]:
    """Extracts the text of a PDF with poppler's pdftotext."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return _pdf_text


@pytest.fixture
def pdf_fonts() -> Callable[[Path], list[str]]:
    """Lists the fonts of a PDF (``pdffonts`` lines: name, type, encoding, emb, sub, uni)."""
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    return _pdf_fonts
