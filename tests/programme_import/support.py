"""What the importer's tests share: a proposal's segments as (start, end, title)."""

from __future__ import annotations

from floorapp.core.programme.importer import propose


def times_of(text: str) -> list[tuple[str, str, str]]:
    """Each proposed segment of ``text`` as ("HH:MM", "HH:MM", title)."""
    return [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}", s.title.value)
            for s in propose(text).segments]
