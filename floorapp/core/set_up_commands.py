"""The operator's commands that set the meeting up: open a segment, add a participant,
change the settings and a speaking limit.

Like the others in :mod:`floorapp.core.commands` (which the service imports them from),
each validates against the live state and returns the drafts of its events, or raises
:class:`Refused`.
"""

from __future__ import annotations

from typing import Any

from floorapp.core import events as ev
from floorapp.core.categories import LANGUAGES, LIMIT_KEYS, SpeakerCategory
from floorapp.core.command_checks import _state_segment
from floorapp.core.events import Draft
from floorapp.core.floor import Floor, Refused
from floorapp.core.messages import Names, msg
from floorapp.core.ordering import OrderingPolicy
from floorapp.core.state import FloorState


def segment_title(s: FloorState, sid: str) -> Names | str:
    """A segment's title in every language the programme gives it (its id without one)."""
    p = s.programme
    if p is None:
        return sid
    seg = p.segment(sid)
    return Names.of({lang: p.text(seg, "title", lang).text for lang in LANGUAGES})


def open_segment(floor: Floor, segment: str) -> list[Draft]:
    """Open a segment: its list becomes the current one."""
    s = floor.state
    sid = _state_segment(s, segment)
    if s.current_segment == sid:
        raise Refused(msg("“{title}” is already open.", title=segment_title(s, sid)))
    if s.current is not None:
        raise Refused(msg("Someone still has the floor: end that intervention first."))
    return [Draft(ev.SEGMENT_OPENED, {"segment": sid})]


def add_participant(
    floor: Floor, pid: str, names: dict[str, str], category: SpeakerCategory
) -> list[Draft]:
    """Add a participant beyond the roster (an organisation, an NGO, a person)."""
    if not pid or not names.get("en", "").strip():
        raise Refused(msg("A new participant needs a name."))
    return [
        Draft(ev.PARTICIPANT_ADDED, {"id": pid, "names": names, "category": category.value})
    ]


def change_settings(floor: Floor, **changes: Any) -> list[Draft]:
    """Change the ordering policy, warning time or overrun reminder interval."""
    data: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "ordering":
            try:
                data[key] = OrderingPolicy(value).value
            except ValueError:
                raise Refused(msg("Unknown ordering policy '{value}'.", value=str(value))) from None
        elif key in ("warning_seconds", "reminder_seconds", "time_up_seconds"):
            if not isinstance(value, int) or value < 0 or value > 3600:
                raise Refused(msg("{key} must be a whole number of seconds from 0 to 3600.",
                                  key=key))
            data[key] = value
        else:
            raise Refused(msg("Unknown setting '{key}'.", key=key))
    if not data:
        raise Refused(msg("Nothing to change."))
    return [Draft(ev.SETTINGS_CHANGED, data)]


def change_limit(floor: Floor, key: str, seconds: int, segment: str | None = None) -> list[Draft]:
    """Change a speaking limit for the rest of a segment's list."""
    sid = _state_segment(floor.state, segment)
    if key not in LIMIT_KEYS:
        raise Refused(msg("Unknown kind of speaker '{key}'.", key=key))
    if not 0 <= seconds <= 7200:
        raise Refused(msg("A speaking limit must be between 1 second and 2 hours, or 0 for "
                          "no limit."))
    return [Draft(ev.LIMIT_CHANGED, {"segment": sid, "key": key, "seconds": int(seconds)})]
