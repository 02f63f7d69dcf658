"""A table row's cells: which of them is the item's title when a number or a part's name
comes first ("| Session 1 | Setting the scene |", "| 1 | Opening |"), and which name the
item's people."""

from __future__ import annotations

import re
from collections.abc import Callable

from floorapp.core.programme.importer.given import names_run
from floorapp.core.programme.importer.labels import label_inside, label_of, people_label
from floorapp.core.programme.importer.lines import cell_after, row_cells
from floorapp.core.programme.importer.people import (
    GUESSED_SPEAKER,
    NOT_A_NAME,
    ROLE_WORDS,
    people_in,
    person,
    starts_with_person,
    without_body,
)
from floorapp.core.programme.importer.proposal import ProposedPerson
from floorapp.core.programme.importer.words import CITIES, ROOM_WORDS

#: A table cell that holds only names: "Ann Corp (ONS)", "Maaike Limper/Timo Proescholdt".
_NAME_CELL = re.compile(r"[A-ZÀ-Ý][\w'’.-]+\s+(?:(?:[A-ZÀ-Ý][\w'’.-]*|le|la|de|du|van|von|der|da|"
                        r"di|del|dos|bin|al)\s+){0,3}[A-ZÀ-Ý][\w'’-]+(?:\s+(?:AO|AM|OBE|MBE|CBE|KC|QC))?"
                        r"(?:\s*\([^()]{2,40}\))?")  # "Sophie le Clue", "John E Scanlon AO"

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


def row_people(title: str, untitled: bool, clean: Callable[[str], str],
               offset_of: Callable[[str], int]) -> tuple[str, list[ProposedPerson]]:
    """The title of a row whose cells also name people, and those people (``untitled``: the
    item has no title yet, so the row is its first); ``offset_of`` places a piece in the
    text."""
    found: list[ProposedPerson] = []
    if "\t" in title.strip():  # a Word table's row: title and people in their cells
        cells = [c.strip() for c in title.split("\t") if c.strip()]
        named = [c for c in cells[1:] if starts_with_person(c) or people_label(c)]
        title = join_numbered_part([c for c in cells if c not in named] or cells[:1])
        for c in named if untitled else []:  # "Ms. X, UN-Water" or "Moderator: Ms. X, …"
            lab = people_label(c)
            rest = lab[1] if lab else c
            found += people_in(rest, offset_of(rest), lab[0] if lab else "speaker")
    if "|" in title.strip() and untitled:
        # "| Introduction | Ann Corp (ONS) |": the row's other cells may name its speakers
        chosen = clean(title)
        found += people_in_cells([c for c in title.split("|") if c.strip() and
                                  clean(c) != chosen], offset_of)
    # "Session II … Moderator:Patrick Blagden (GICHD)": a label after the title, in its cell
    if inside := label_inside(title, lambda x: person(x, 0, "speaker") is not None):
        title = inside[0]
        found += people_in(inside[2], offset_of(inside[2]), inside[1])
    return title, found


def title_cell(text: str, at: int, offset: int,
               start: int) -> tuple[str, int, list[ProposedPerson]] | None:
    """The cell ``offset`` cells after the time cell at ``at`` in a row (that starts at
    ``start`` in the whole text), with the people the cells between name: "14.30 - 14.35 |
    Sophie le Clue | Welcome from the Host |" under "Time (CET) | Speaker | Topic |"."""
    found = cell_after(text, at, offset)
    if found is None:
        return None
    between = [c for c, o in row_cells(text) if at < o < found[1]]
    return found[0], found[1], people_in_cells(between, lambda p: start + text.find(p))


def people_in_cells(cells: list[str], offset_of: Callable[[str], int]) -> list[ProposedPerson]:
    """The people of a table's row: in cells that start with an honorific ("| Ms. Ana Lopez,
    UN Women |"), and in cells that hold only names ("| Introduction | Ann Corp (ONS) |"),
    these taken as speakers with a doubt."""
    out = []
    for cell in (piece for whole in cells for piece in names_run(whole)):  # ("Craig Hoover
        # Olivia Swaak-Goldman": several names with nothing between them)
        if starts_with_person(cell.strip()):  # "| Ms. Ana Lopez, UN Women |": sure enough
            out += people_in(cell.strip(), offset_of(cell.strip()), "speaker")
            continue
        for piece in re.split(r"\s*[/;]\s*|\s+and\s+", cell.strip()):
            name = without_body(piece)
            if not _NAME_CELL.fullmatch(piece) or NOT_A_NAME.search(name) or \
                    ROLE_WORDS.search(name) or name.lower() in CITIES or \
                    re.search(r"\b" + ROOM_WORDS + r"\b", name):
                continue
            found = person(piece, offset_of(piece), "speaker")
            if found is not None:
                found.name.doubt = GUESSED_SPEAKER
                out.append(found)
    return out
