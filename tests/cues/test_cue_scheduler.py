"""Cue scheduling on a fake clock: each threshold once per turn, whatever the operator does."""

from __future__ import annotations

from floorapp.core.clock import FakeClock
from floorapp.cues.scheduler import CueScheduler
from floorapp.service import FloorService

# small_programme(): a Member State has 180 s; warning at 30 s left; reminders every 30 s.


def turn(service: FloorService, who: str = "QAT") -> None:
    """Open Panel I, inscribe ``who`` and give them the floor."""
    service.open_segment("panel-1")
    service.request(who)
    service.next()


class Run:
    """A scheduler driven like the controller drives it: one update per step of time."""

    def __init__(self, service: FloorService, clock: FakeClock) -> None:
        self.service = service
        self.clock = clock
        self.scheduler = CueScheduler()
        self.heard: list[tuple[float, str]] = []
        self.t = 0.0

    def update(self) -> list[str]:
        """One update now; what fired is also kept in ``heard``."""
        fired = self.scheduler.update(self.service.state, None, self.service.now())
        self.heard += [(self.t, c) for c in fired]
        return fired

    def advance(self, seconds: float, step: float = 0.05) -> None:
        """Let time pass, updating at every ``step`` (the 20 Hz tick)."""
        n = round(seconds / step)
        for _ in range(n):
            self.clock.advance(step)
            self.t = round(self.t + step, 6)
            self.update()

    def cues(self) -> list[str]:
        """The names heard so far."""
        return [c for _t, c in self.heard]


def test_each_threshold_fires_once_when_reached(service: FloorService, clock: FakeClock) -> None:
    turn(service)
    run = Run(service, clock)
    assert run.update() == []
    run.advance(149.9)
    assert run.cues() == []
    run.advance(0.1)
    assert run.heard == [(150.0, "warning")]
    run.advance(30)
    assert run.heard[-1] == (180.0, "time_up")
    run.advance(60)
    assert run.heard == [(150.0, "warning"), (180.0, "time_up"), (210.0, "overrun"),
                         (240.0, "overrun")]
    run.advance(10)
    assert len(run.heard) == 4


def test_nothing_again_after_pause_and_resume(service: FloorService, clock: FakeClock) -> None:
    turn(service)
    run = Run(service, clock)
    run.advance(155)
    assert run.cues() == ["warning"]
    service.pause()
    run.update()
    run.advance(100)
    service.resume()
    run.update()
    run.advance(20)  # 175 s spoken
    assert run.cues() == ["warning"]
    run.advance(5)
    assert run.cues() == ["warning", "time_up"]
    assert run.heard[-1][0] == 280.0  # 180 s spoken + 100 s paused


def test_nothing_again_after_undo_and_redo(service: FloorService, clock: FakeClock) -> None:
    service.open_segment("panel-1")
    service.request("QAT")
    service.request("EU")
    service.next()
    run = Run(service, clock)
    run.advance(185)
    assert run.cues() == ["warning", "time_up"]
    service.next()  # Qatar ends, the EU speaks
    run.update()
    service.undo()  # the operator pressed next by mistake: Qatar is back, same turn
    assert service.state.current is not None and service.state.current.participant_id == "QAT"
    run.update()
    service.redo()
    run.update()
    service.undo()
    run.update()
    assert run.cues() == ["warning", "time_up"]
    run.advance(30)  # the next reminder still comes, once
    assert run.cues() == ["warning", "time_up", "overrun"]


def test_undoing_an_extension_does_not_ring_again(service: FloorService, clock: FakeClock) -> None:
    turn(service)
    run = Run(service, clock)
    run.advance(160)
    service.extend(60)
    run.update()
    service.undo()
    run.update()
    run.advance(1)
    assert run.cues() == ["warning"]


def test_an_extension_moves_the_thresholds_and_they_fire_again(
    service: FloorService, clock: FakeClock
) -> None:
    turn(service)
    run = Run(service, clock)
    run.advance(190)
    assert run.cues() == ["warning", "time_up"]
    service.extend(60)  # 240 s now: warning at 210, time up at 240
    run.update()
    assert run.cues() == ["warning", "time_up"]  # nothing at the moment of extending
    run.advance(20)
    assert run.heard[-1] == (210.0, "warning")
    run.advance(30)
    assert run.heard[-1] == (240.0, "time_up")
    assert run.cues() == ["warning", "time_up", "warning", "time_up"]


def test_shortening_into_the_past_rings_nothing_at_once(
    service: FloorService, clock: FakeClock
) -> None:
    turn(service)
    run = Run(service, clock)
    run.advance(100)
    service.extend(-60)  # 120 s: the warning point (90 s) and nothing else is behind
    run.update()
    assert run.cues() == []
    run.advance(20)
    assert run.heard == [(120.0, "time_up")]


def test_a_primed_restart_rings_nothing_for_passed_thresholds(
    service: FloorService, clock: FakeClock
) -> None:
    turn(service)
    clock.advance(200)  # the app crashed at 100 s and comes back at 200 s
    run = Run(service, clock)
    run.scheduler.prime(service.state, service.now())
    assert run.update() == []
    run.advance(9.9)
    assert run.cues() == []
    run.advance(0.1)
    assert run.heard == [(10.0, "overrun")]  # 210 s spoken: the next reminder, on time


def test_unprimed_after_a_stall_only_the_newest_fires(
    service: FloorService, clock: FakeClock
) -> None:
    turn(service)
    run = Run(service, clock)
    run.update()
    clock.advance(250)  # the machine stalled past warning, time up and two reminders
    assert run.update() == ["overrun"]
    assert run.update() == []
    run.advance(20)
    assert run.heard[-1] == (20.0, "overrun")  # 270 s: the next reminder
    assert run.cues() == ["overrun", "overrun"]


def test_a_point_of_order_rings_when_it_takes_the_floor(
    service: FloorService, clock: FakeClock
) -> None:
    turn(service)
    run = Run(service, clock)
    run.advance(10)
    service.point_of_order("EU")
    assert run.update() == ["point_of_order"]
    run.advance(5)
    assert run.cues() == ["point_of_order"]
    service.undo()
    run.update()
    service.redo()  # the same point of order again: no second alert
    assert run.update() == []


def test_a_point_of_order_does_not_ring_after_a_restart(
    service: FloorService, clock: FakeClock
) -> None:
    turn(service)
    service.point_of_order("EU")
    clock.advance(3)
    scheduler = CueScheduler()
    scheduler.prime(service.state, service.now())
    assert scheduler.update(service.state, None, service.now()) == []


def test_settings_changes_count_and_a_new_warning_point_behind_is_silent(
    service: FloorService, clock: FakeClock
) -> None:
    turn(service)
    run = Run(service, clock)
    run.advance(140)
    service.change_settings(warning_seconds=60)  # warning point moves to 120 s: behind us
    run.update()
    run.advance(10)
    assert run.cues() == []
    service.change_settings(reminder_seconds=5)
    run.advance(50)  # 200 s: time up at 180, reminders at 185, 190, 195, 200
    assert run.cues() == ["time_up", "overrun", "overrun", "overrun", "overrun"]


def test_nothing_without_a_speaker_or_after_the_turn(
    service: FloorService, clock: FakeClock
) -> None:
    scheduler = CueScheduler()
    assert scheduler.update(service.state, None, service.now()) == []
    turn(service)
    clock.advance(100)
    service.end()
    clock.advance(200)
    assert scheduler.update(service.state, None, service.now()) == []


def test_an_intervention_can_be_given_directly(service: FloorService, clock: FakeClock) -> None:
    turn(service)
    iv = service.state.current
    assert iv is not None
    scheduler = CueScheduler()
    clock.advance(150)
    assert scheduler.update(iv, service.state.settings, service.now()) == ["warning"]
    assert scheduler.seconds_to_next(iv, service.state.settings, service.now()) == 30
    service.pause()
    assert scheduler.seconds_to_next(service.state, None, service.now()) == float("inf")


def test_a_turn_left_running_for_a_week_starts_at_once(
    service: FloorService, clock: FakeClock
) -> None:
    """A restart a week into a forgotten turn: the scheduler knows the next reminder
    without listing the twenty thousand already passed."""
    from floorapp.core.countdown import crossings

    turn(service)
    week = 7 * 24 * 3600.0
    clock.advance(week)
    iv = service.state.current
    assert iv is not None
    passed = crossings(iv.allotted, service.state.settings, iv.elapsed(service.now()))
    assert [c.threshold.value for c in passed] == ["warning", "time_up", "overrun"]
    assert passed[-1].at_elapsed == 180 + ((week - 180) // 30) * 30
    run = Run(service, clock)
    run.scheduler.prime(service.state, service.now())
    assert run.update() == []
    due = run.scheduler.seconds_to_next(service.state, None, service.now())
    assert 0 < due <= 30
    run.advance(due + 0.05)
    assert run.cues() == ["overrun"]
    run.advance(29.9)
    assert run.cues() == ["overrun"]
    run.advance(0.1)
    assert run.cues() == ["overrun", "overrun"]
