"""The console's models follow each command's change summary: rows inserted, removed
and changed one by one, and always the same as a model built afresh."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from floorapp.core.clock import FakeClock
from floorapp.gui.console.log_model import Column, LogModel
from floorapp.gui.console.speakers_model import SpeakersModel
from floorapp.gui.floor_qt import QtFloor
from floorapp.service import FloorService
from tests.reliability.traffic import one_command


@pytest.fixture
def floor(service: FloorService, qtbot: object) -> Iterator[QtFloor]:
    f = QtFloor(service)
    yield f
    f.stop()


def cells(model: LogModel | SpeakersModel) -> list[list[object]]:
    columns = model.columnCount() if isinstance(model, LogModel) else 1
    return [[model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c in range(columns)]
            for r in range(model.rowCount())]


@pytest.mark.parametrize("seed", range(3))
def test_models_equal_fresh_ones_after_every_command(
        floor: QtFloor, service: FloorService, clock: FakeClock, qtmodeltester: object,
        seed: int) -> None:
    log, waiting = LogModel(floor), SpeakersModel(floor)
    rng = random.Random(seed)
    for step in range(250):
        clock.advance(rng.uniform(1, 40))
        if rng.random() < 0.12 and service.floor.can_undo:
            service.undo()
        elif rng.random() < 0.06 and service.floor.can_redo:
            service.redo()
        else:
            one_command(service, rng)
        fresh_log, fresh_waiting = LogModel(floor), SpeakersModel(floor)
        assert cells(log) == cells(fresh_log), f"log differs after step {step}"
        assert cells(waiting) == cells(fresh_waiting), f"list differs after step {step}"
        fresh_log.deleteLater()
        fresh_waiting.deleteLater()
    qtmodeltester.check(log)  # type: ignore[attr-defined]
    qtmodeltester.check(waiting)  # type: ignore[attr-defined]


def test_a_pause_changes_one_row_and_an_inscription_none(
        floor: QtFloor, service: FloorService, clock: FakeClock, qtbot: object) -> None:
    service.open_segment("panel-1")
    for pid in ("QAT", "BLR", "PHL"):
        service.request(pid)
    for _ in range(3):
        service.next()
        clock.advance(30)
    log = LogModel(floor)
    changed: list[tuple[int, int]] = []
    resets: list[bool] = []
    log.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    log.modelReset.connect(lambda: resets.append(True))
    service.pause()
    assert changed == [(2, 2)] and not resets
    changed.clear()
    service.request("EGY")
    assert changed == [] and not resets
    inserted: list[int] = []
    log.rowsInserted.connect(lambda _p, first, _last: inserted.append(first))
    service.next()
    assert inserted == [3] and not resets
    assert log.index(3, Column.SPEAKER).data().startswith("▶")
