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
from floorapp.gui.screenshots import PANEL_OPENS, SIZES, play_meeting, screenshots_main
from floorapp.service import FloorService
from tests.helpers.factories import memory_service


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_screenshots_are_written(lang: str, tmp_path: Path, qapp: QApplication) -> None:
    assert screenshots_main(["--out", str(tmp_path), "--lang", lang]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert all((tmp_path / n).stat().st_size > 10_000 for n in names)
    for width, height in SIZES:
        display = QImage(str(tmp_path / f"display-{lang}-{width}x{height}.png"))
        assert (display.width(), display.height()) == (width, height)
        shots = [n for n in names if n.endswith(f"-{lang}-{width}x{height}.png")]
        stops = {n.split("-", 1)[1].rsplit(f"-{lang}-", 1)[0] for n in shots}
        for stop in ("console", "refusal", "help", "settings-1", "settings-3",
                     "programme-meeting", "programme-segments", "programme-translation",
                     "participant", "problems", "export", "correction", "announcement",
                     "new-meeting", "open-meeting"):
            assert stop in stops, (stop, sorted(stops))
        image = QImage(str(tmp_path / next(n for n in shots if "-console-" in n)))
        assert (image.width(), image.height()) == (width, height)
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
