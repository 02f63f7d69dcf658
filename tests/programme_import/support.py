"""What the importer's tests share: a proposal's segments as (start, end, title)."""

from __future__ import annotations

from floorapp.core.programme.importer import Proposal, propose


def times_of(text: str) -> list[tuple[str, str, str]]:
    """Each proposed segment of ``text`` as ("HH:MM", "HH:MM", title)."""
    return [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}", s.title.value)
            for s in propose(text).segments]


def titles_and_people(p: Proposal) -> list[tuple[str, list[str]]]:
    """Each proposed segment as (title, the names of its people)."""
    return [(s.title.value, [x.name.value for x in s.people]) for s in p.segments]
