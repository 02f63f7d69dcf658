"""Names in the record: participants, people of the programme and groups, in every language.

A :class:`Named` keeps all the names it has; writers pick the one of their language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from floorapp.core.programme.model import Person
from floorapp.core.state import FloorState


@dataclass(frozen=True)
class Named:
    """A participant, person or group as named in the record, in every language known."""

    id: str  # roster or meeting id; "" for a group typed by the secretary
    names: Mapping[str, str] = field(default_factory=dict)
    category: str = "other"
    regional_group: str = ""
    role: str = ""  # "Executive Director, UNODC", for people of the programme

    def name(self, lang: str = "en") -> str:
        """The name in ``lang``, falling back to English, then any name, then the id."""
        return self.names.get(lang) or self.names.get("en") or next(
            iter(self.names.values()), self.id)



def named(state: FloorState, pid: str, role: str = "") -> Named:
    """A participant of the meeting by id, with all its names."""
    p = state.participant(pid)
    return Named(p.id, dict(p.names), p.category.value, p.regional_group, role)


def person_named(state: FloorState, person: Person | None) -> Named | None:
    """A chair, moderator or panellist of the programme (None stays None)."""
    if person is None:
        return None
    base = named(state, person.id, person.role)
    names = dict(base.names) if person.id in state.participants else {"en": person.name}
    return Named(person.id, names, person.category.value, base.regional_group, person.role)


def behalf_named(state: FloorState, value: str) -> Named | None:
    """Whom a statement was made for: a participant by id, or a group as typed."""
    value = value.strip()
    if not value:
        return None
    known = value in state.participants or (
        state.reference is not None and value in state.reference)
    if known:
        return named(state, value)
    return Named("", {"en": value}, "group")
