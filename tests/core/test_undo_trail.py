"""Undo and redo by before-images give exactly the state of a full replay."""

from __future__ import annotations

import random

import pytest

from floorapp.core import floor as floor_module
from floorapp.core.clock import FakeClock
from floorapp.core.floor import Floor
from floorapp.service import FloorService
from tests.helpers.canonical import canonical_floor, canonical_state
from tests.helpers.factories import memory_service
from tests.reliability.traffic import one_command


def drive(svc: FloorService, clock: FakeClock, rng: random.Random, steps: int,
          check_every: int = 1) -> None:
    """Random operator traffic with extra undo and redo; compare with a replay as we go."""
    for n in range(steps):
        clock.advance(rng.uniform(0.5, 20))
        roll = rng.random()
        if roll < 0.10:
            svc.undo() if svc.floor.can_undo else None
        elif roll < 0.15:
            svc.redo() if svc.floor.can_redo else None
        else:
            one_command(svc, rng)
        if n % check_every == 0:
            replayed = Floor.replay(svc.journal.read(), svc.reference)
            assert canonical_floor(svc.floor) == canonical_floor(replayed), f"step {n}"


@pytest.mark.parametrize("seed", range(6))
def test_undo_and_redo_equal_a_full_replay(seed: int) -> None:
    clock = FakeClock()
    svc = memory_service(clock)
    drive(svc, clock, random.Random(seed), 300)


def test_long_undo_chains_and_redo_chains() -> None:
    clock = FakeClock()
    svc = memory_service(clock)
    rng = random.Random(99)
    drive(svc, clock, rng, 150, check_every=50)
    for _ in range(30):
        if svc.floor.can_undo:
            svc.undo()
    assert canonical_state(svc.state) == canonical_state(
        Floor.replay(svc.journal.read(), svc.reference).state)
    for _ in range(30):
        if svc.floor.can_redo:
            svc.redo()
    assert canonical_state(svc.state) == canonical_state(
        Floor.replay(svc.journal.read(), svc.reference).state)


def test_an_undo_older_than_the_images_folds_everything_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(floor_module, "TRAIL_EVENTS", 8)
    clock = FakeClock()
    svc = memory_service(clock)
    rng = random.Random(5)
    drive(svc, clock, rng, 120, check_every=1)
    assert len(svc.floor._images) <= 10
    for _ in range(20):
        if svc.floor.can_undo:
            svc.undo()
            assert canonical_floor(svc.floor) == canonical_floor(
                Floor.replay(svc.journal.read(), svc.reference))


def test_undo_touches_only_what_the_command_changed() -> None:
    clock = FakeClock()
    svc = memory_service(clock)
    svc.open_segment("panel-1")
    for who in ("QAT", "BLR", "PHL"):
        svc.request(who)
    svc.next()
    images_before = len(svc.floor._images)
    svc.pause()
    svc.undo()
    # the pause's image and the undo's own: nothing before the pause was folded again
    assert len(svc.floor._images) == images_before + 1
    assert svc.state.current is not None and svc.state.current.running
