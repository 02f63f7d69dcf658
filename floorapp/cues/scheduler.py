"""Which cue fires when: the engine's threshold crossings turned into cues, each once.

Pure Python (no Qt): the controller calls :meth:`CueScheduler.update` on every tick
and every change, with the live state and the instant on the meeting's monotonic
timeline, and plays the cue names it returns.

The rules:

- A cue fires once per threshold per turn, keyed by intervention id and
  ``Crossing.key``. Pausing and resuming, or an undo that re-creates a turn state the
  scheduler has already seen, finds the keys already fired.
- A threshold fires only when the *speaking time* passes it. A change that puts a
  threshold behind the speaker at once (shortening the time, a new warning setting,
  an extension that leaves the new warning point already passed) marks it silently:
  the operator made the change and sees it on screen.
- An extension that moves a threshold later makes a new key that fires when reached.
- Several thresholds passed in one update (a long stall) give only the newest cue.
- A point of order gives the ``point_of_order`` cue when it takes the floor.
- :meth:`CueScheduler.prime` marks everything already passed (after a restart), so
  nothing rings for thresholds that fell before the app started.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime

from floorapp.core.categories import RequestKind
from floorapp.core.countdown import crossings, next_crossing_in
from floorapp.core.meeting_settings import MeetingSettings
from floorapp.core.state import FloorState
from floorapp.core.turn import Intervention
from floorapp.cues.catalogue import POINT_OF_ORDER


@dataclass
class _Seen:
    """What the scheduler knows of one intervention."""

    fired: set[tuple[str, float]] = field(default_factory=set)
    elapsed: float = -math.inf  # speaking time at the last update (-inf: never seen)
    announced: bool = False  # the point-of-order cue was given (or primed away)


class CueScheduler:
    """Decides which cues to play now, from the turn holding the floor."""

    def __init__(self) -> None:
        self._seen: dict[str, _Seen] = {}

    def update(
        self,
        state_or_intervention: FloorState | Intervention | None,
        settings: MeetingSettings | None,
        now: datetime,
    ) -> list[str]:
        """The cue names to play now (at most one), remembering them as fired."""
        iv, settings = _resolve(state_or_intervention, settings)
        if iv is None or iv.ended:
            return []
        seen = self._seen.setdefault(iv.id, _Seen())
        elapsed = iv.elapsed(now)
        previous, seen.elapsed = seen.elapsed, elapsed
        cues: list[str] = []
        if not seen.announced:
            seen.announced = True
            if iv.kind is RequestKind.POINT_OF_ORDER:
                cues.append(POINT_OF_ORDER)
        newest = None
        for c in crossings(iv.allotted, settings, elapsed):
            if c.key in seen.fired:
                continue
            seen.fired.add(c.key)
            if c.at_elapsed > previous:
                newest = c
        if newest is not None and not cues:
            cues.append(newest.threshold.value)
        return cues

    def prime(self, state: FloorState, now: datetime) -> None:
        """Mark every threshold already passed, in every intervention, as fired."""
        for iv in state.interventions.values():
            seen = self._seen.setdefault(iv.id, _Seen())
            elapsed = iv.elapsed(now)
            seen.elapsed = elapsed
            seen.announced = True
            seen.fired.update(c.key for c in crossings(iv.allotted, state.settings, elapsed))

    def seconds_to_next(
        self, state_or_intervention: FloorState | Intervention | None,
        settings: MeetingSettings | None, now: datetime,
    ) -> float:
        """Seconds of real time until the next threshold of the running turn (inf if none)."""
        iv, settings = _resolve(state_or_intervention, settings)
        if iv is None or not iv.running:
            return math.inf
        return next_crossing_in(iv.allotted, settings, iv.elapsed(now))


def _resolve(
    source: FloorState | Intervention | None, settings: MeetingSettings | None
) -> tuple[Intervention | None, MeetingSettings]:
    """The intervention holding the floor and the settings in force."""
    if isinstance(source, FloorState):
        return source.current, settings or source.settings
    return source, settings or MeetingSettings()
