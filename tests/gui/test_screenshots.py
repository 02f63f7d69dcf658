"""``floorapp screenshots`` writes real PNGs of the console and the speaker display."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from floorapp.core.categories import RequestKind
from floorapp.core.clock import FakeClock
from floorapp.export.sample_meeting import programme_2012
from floorapp.gui.screenshots import PANEL_OPENS, play_meeting, screenshots_main
from floorapp.service import FloorService
from tests.helpers.factories import memory_service


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_screenshots_are_written(lang: str, tmp_path: Path, qapp: QApplication) -> None:
    assert screenshots_main(["--out", str(tmp_path), "--lang", lang]) == 0
    display = QImage(str(tmp_path / f"display-{lang}-1920x1080.png"))
    assert (display.width(), display.height()) == (1920, 1080)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert all((tmp_path / n).stat().st_size > 10_000 for n in names)
    console = tmp_path / f"console-{lang}-1366x768.png"
    if console.exists():  # the console is another package: shot when installed
        image = QImage(str(console))
        assert (image.width(), image.height()) == (1366, 768)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight  # put back as it was


def test_a_bad_language_is_refused(tmp_path: Path, qapp: QApplication) -> None:
    assert screenshots_main(["--out", str(tmp_path), "--lang", "de"]) == 2
    assert not list(tmp_path.iterdir())


def test_the_meeting_is_mid_intervention_with_eight_waiting() -> None:
    clock = FakeClock(PANEL_OPENS)
    service: FloorService = memory_service(clock, programme_2012())
    play_meeting(service, clock)
    state = service.state
    assert state.current is not None and state.current.participant_id == "QAT"
    cd = service.countdown()
    assert cd is not None and cd.display() == "01:35"
    waiting = state.waiting()
    assert len(waiting) == 8
    assert waiting[0].kind is RequestKind.GROUP and waiting[0].on_behalf_of == "African Group"
    assert any(r.participant_id == "EU" for r in waiting)
    assert any(r.kind is RequestKind.QUESTION for r in waiting)
    assert any(state.participant(r.participant_id).category.value == "observer"
               and r.participant_id != "EU" for r in waiting)
    heard = [iv for iv in state.interventions.values() if iv.ended]
    assert len(heard) >= 6 and sum(1 for iv in heard if iv.notes) == 5
