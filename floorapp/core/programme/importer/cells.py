"""A table row's cells: which of them is the item's title when a number or a part's name
comes first ("| Session 1 | Setting the scene |", "| 1 | Opening |")."""

from __future__ import annotations

import re

from floorapp.core.programme.importer.labels import label_of
from floorapp.core.programme.importer.people import starts_with_person

#: "Sesión 1", "Panel 2", "Topic 3": a part's number, whose subject follows a dash
NUMBERED_PART = re.compile(r"\s*(?:Session|Sesión|Séance|Panel|Topic|Theme|Thème|Tema|"
                            r"Round\s?table|Table ronde|Mesa(?: redonda)?|Part|Parte|Partie)"
                            r"\s+[\dIVXA-D]{1,4}[a-z]?\s*", re.IGNORECASE)


def join_numbered_part(cells: list[str]) -> str:
    """The first cell; "Session 1" and its subject in the next cell ("| Session 1 | Setting
    the scene |") as one title, "Session 1: Setting the scene"."""
    first = cells[0]
    if NUMBERED_PART.fullmatch(first) and len(cells) > 1 and \
            not starts_with_person(cells[1]) and label_of(cells[1]) is None and \
            re.search(r"[a-z]{3}", cells[1]):
        return f"{first.rstrip(' :')}: {cells[1]}"
    if re.fullmatch(r"\d{1,2}(?:\.\d{1,2})?\.?", first) and len(cells) > 1 and \
            label_of(cells[1]) is None and re.search(r"[a-z]{3}", cells[1]):
        return cells[1]  # "| 1 | Opening |": the agenda item's number, then its subject
    return first
