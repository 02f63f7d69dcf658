"""The countdown of an intervention: time left, colour state and threshold crossings.

Everything here is computed from an instant ("now") and the intervention's record;
nothing counts ticks, so any number of displays agree and nothing drifts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from floorapp.core.meeting_settings import MeetingSettings
from floorapp.core.turn import Intervention


class Phase(StrEnum):
    """The state a countdown is shown in."""

    NORMAL = "normal"
    WARNING = "warning"
    TIME_UP = "time_up"
    OVERRUN = "overrun"


@dataclass(frozen=True)
class Countdown:
    """What every display shows of an intervention at one instant."""

    intervention_id: str
    allotted: float
    elapsed: float
    remaining: float  # negative in overrun
    phase: Phase
    paused: bool
    ended: bool
    unlimited: bool = False  # no speaking limit: the time spoken counts up

    @property
    def overrun(self) -> float:
        """Seconds over the limit (0 when within it, or when there is no limit)."""
        return 0.0 if self.unlimited else max(0.0, -self.remaining)

    def display(self) -> str:
        """mm:ss left, or +mm:ss of overrun; mm:ss spoken when there is no limit."""
        if self.unlimited:
            return format_mmss(math.floor(self.elapsed + 1e-9))
        if self.remaining >= 0:
            return format_mmss(math.ceil(self.remaining - 1e-9))
        return "+" + format_mmss(math.floor(-self.remaining + 1e-9))


def format_mmss(seconds: float) -> str:
    """Whole seconds as m:ss, or h:mm:ss past an hour."""
    total = max(0, int(seconds))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def phase_for(remaining: float, settings: MeetingSettings) -> Phase:
    """The display phase for so many seconds left."""
    if remaining > settings.warning_seconds:
        return Phase.NORMAL
    if remaining > 0:
        return Phase.WARNING
    if remaining > -settings.time_up_seconds:
        return Phase.TIME_UP
    return Phase.OVERRUN


def countdown(iv: Intervention, now: datetime, settings: MeetingSettings) -> Countdown:
    """The countdown of ``iv`` as of ``now``."""
    elapsed = iv.elapsed(now)
    if iv.unlimited:
        return Countdown(iv.id, 0.0, elapsed, -elapsed, Phase.NORMAL, iv.paused, iv.ended, True)
    remaining = iv.allotted - elapsed
    return Countdown(
        intervention_id=iv.id,
        allotted=iv.allotted,
        elapsed=elapsed,
        remaining=remaining,
        phase=phase_for(remaining, settings),
        paused=iv.paused,
        ended=iv.ended,
    )


class Threshold(StrEnum):
    """The moments of a turn that deserve a cue."""

    WARNING = "warning"
    TIME_UP = "time_up"
    OVERRUN = "overrun"  # a reminder, repeated at an interval


@dataclass(frozen=True)
class Crossing:
    """A threshold of one turn: what, and at how many seconds spoken."""

    threshold: Threshold
    at_elapsed: float
    #: Identifies this crossing within the turn: a cue fires once per key.
    key: tuple[str, float]


def crossings(
    allotted: float, settings: MeetingSettings, up_to_elapsed: float
) -> list[Crossing]:
    """The thresholds a turn has reached by ``up_to_elapsed`` seconds spoken, in order:
    the warning, time up, and only the latest overrun reminder.

    Earlier reminders are never listed (a turn left running for a week would have
    twenty thousand of them); a reminder's key carries its elapsed time, so the
    latest one is known by its key alone. Keys carry the elapsed time at which the
    threshold falls, so an extension that moves a threshold later makes a new key
    that fires again when reached.
    """
    out: list[Crossing] = []
    if allotted <= 0:  # no speaking limit
        return out
    warn_at = allotted - settings.warning_seconds
    if settings.warning_seconds > 0 and warn_at > 0 and up_to_elapsed >= warn_at:
        out.append(Crossing(Threshold.WARNING, warn_at, ("warning", round(warn_at, 3))))
    if up_to_elapsed >= allotted:
        out.append(Crossing(Threshold.TIME_UP, allotted, ("time_up", round(allotted, 3))))
        n = reminders_passed(allotted, settings, up_to_elapsed)
        if n > 0:
            at = allotted + n * settings.reminder_seconds
            out.append(Crossing(Threshold.OVERRUN, at, ("overrun", round(at, 3))))
    return out


def reminders_passed(allotted: float, settings: MeetingSettings, elapsed: float) -> int:
    """How many overrun reminders fall at or before ``elapsed`` seconds spoken."""
    if settings.reminder_seconds <= 0 or elapsed < allotted:
        return 0
    return int((elapsed - allotted) // settings.reminder_seconds)


def next_crossing_in(allotted: float, settings: MeetingSettings, elapsed: float) -> float:
    """Seconds of speaking until the next threshold after ``elapsed`` (inf if none)."""
    if allotted <= 0:  # no speaking limit
        return math.inf
    candidates = [allotted - settings.warning_seconds, allotted]
    if settings.reminder_seconds > 0 and elapsed >= allotted:
        k = int((elapsed - allotted) // settings.reminder_seconds) + 1
        candidates.append(allotted + k * settings.reminder_seconds)
    future = [c - elapsed for c in candidates if c > elapsed]
    return min(future) if future else math.inf
