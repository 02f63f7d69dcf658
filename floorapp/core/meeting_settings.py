"""The settings of a meeting that the engine obeys (ordering, warning and reminder
times), changed by events: plain data, shared by the state, the fold and the cues."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from floorapp.core.ordering import OrderingPolicy


@dataclass(frozen=True)
class MeetingSettings:
    """Settings of a meeting that the engine obeys, changed by events."""

    ordering: OrderingPolicy = OrderingPolicy.FIRST_COME
    warning_seconds: int = 30  # warning when this much time is left
    reminder_seconds: int = 30  # overrun reminder interval
    time_up_seconds: int = 3  # how long "time is up" shows before overrun

    def to_dict(self) -> dict[str, Any]:
        """Plain data for the journal."""
        return {
            "ordering": self.ordering.value,
            "warning_seconds": self.warning_seconds,
            "reminder_seconds": self.reminder_seconds,
            "time_up_seconds": self.time_up_seconds,
        }

    def updated(self, data: dict[str, Any]) -> MeetingSettings:
        """A copy with the fields in ``data`` changed."""
        changes: dict[str, Any] = {}
        for k, v in data.items():
            if k == "ordering":
                changes[k] = OrderingPolicy(v)
            elif k in ("warning_seconds", "reminder_seconds", "time_up_seconds"):
                changes[k] = int(v)
        return replace(self, **changes)
