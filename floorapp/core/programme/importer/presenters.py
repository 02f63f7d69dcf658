"""Presenters named on the title's line with no label and no honorific. A table's presenter
column run onto it: "9:15 What We've Accomplished and Future Directions Terry Keating",
"14:00 Model Evaluation/Process Diagnosis Michael Prather, Frank Dentener"; once several timed
lines of a text end with a known given name and a family name, the names at the end of its
other timed lines are its presenters too, known or not ("10:50 Reflections (Continued)
Mylvakanam Iyngararasan"). And a known given name with a role in brackets inside a flattened
line, or after a title in capitals."""

from __future__ import annotations

import re

from floorapp.core.programme.importer.given import is_given_name
from floorapp.core.programme.importer.people import (
    GUESSED_SPEAKER,
    NOT_A_NAME,
    OPEN_END,
    ORGANISATION,
    person,
)
from floorapp.core.programme.importer.proposal import ProposedPerson
from floorapp.core.programme.importer.words import CITIES

_WORD = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:[A-Z][a-zà-ÿ]+)?(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"  # "McGlade"
_NAME = rf"(?P<g>{_WORD})\s+{_WORD}"
#: Names after the title, each a given name and a family name, after a small letter or a
#: bracket: "… Future Directions Terry Keating", "… Diagnosis Michael Prather, Frank Dentener".
_AT_END = re.compile(rf"(?<=[a-zà-ÿ)?’'])\s+(?P<names>{_NAME}(?:\s*,\s*{_WORD}\s+{_WORD}){{0,3}})"
                     r"\s*$")
#: A title left open before the names: "… Department of", "… Congress and", "… Note:".
_MARK_END = re.compile(r"[:–—-]\s*$")
#: A line that opens with a time: "9:15", "14.00", "09h30".
_TIMED = re.compile(r"^\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d\b")


def _open(text: str) -> bool:
    """Whether the text is left open at its end, so no names can follow it."""
    return OPEN_END.search(text) is not None or _MARK_END.search(text) is not None


def _names(title: str) -> re.Match[str] | None:
    """The names at the end of ``title``, when they are no body, place or item."""
    m = _AT_END.search(title)
    if m is None or NOT_A_NAME.search(m.group("names")) or \
            ORGANISATION.search(m.group("names")) or m.group("g").lower() in CITIES:
        return None
    return m


def presenter_column(text: str) -> bool:
    """Whether three timed lines or more end with a known given name and a family name."""
    ends = 0
    for line in text.splitlines():
        if _TIMED.match(line) and (m := _names(line.rstrip())) and is_given_name(m.group("g")):
            ends += 1
            if ends >= 3:
                return True
    return False


def presenters_after(title: str, offset: int) -> tuple[str, list[ProposedPerson]] | None:
    """The title and its presenters, in a text with a presenter column; None when the title
    does not end with names or would be left with no word of its own."""
    m = _names(title)
    before = title[:m.start()] if m else ""
    # (not "… Department of Public Information", nor "IUCN World Conservation Congress", where
    # an unknown first name follows a capitalised word: the title's own words, most likely)
    if m is None or not re.search(r"[a-zà-ÿ]{2}", before) or _open(before) or \
            not is_given_name(m.group("g")) and re.search(r"\b[A-Z]\w*\s*$", before):
        return None
    found = []
    for piece in re.finditer(rf"{_WORD}\s+{_WORD}", m.group("names")):
        p = person(piece.group(), offset + m.start("names") + piece.start(), "speaker")
        if p is not None:
            p.name.doubt = GUESSED_SPEAKER
            found.append(p)
    return (title[:m.start()], found) if found else None


#: A known given name and a family name inside a flattened line, after the title (and a dash
#: or a comma) and before the person's role in brackets: "The status of development of
#: operational systems in Europe - Mike Bell (Head, UK National Centre …) A summary …",
#: "ICTP Strategic Plan, Fernando Quevedo (Director, ICTP)".
_NAME_INSIDE = re.compile(r"(?<=[a-zà-ÿ)])(?:,\s*|\s+(?:[-–—]\s+)?)"
                          rf"(?=(?P<n>{_NAME}(?:\s+{_WORD})?)\s*\((?P<r>[^()]{{3,160}})\))")


#: The same after a dash, with what is said of the item after the name instead of a role:
#: "Introduction - Ralph Rayner Outline of the workshop structure and objectives".
_NAME_THEN_SAID = re.compile(rf"(?<=[a-zà-ÿ)])\s+[-–—]\s+(?=(?P<n>{_NAME})\s+[A-Z][a-z]+"
                             r"(?:\s+[a-z][\w’'-]*){2}(?P<r>))")


def presenter_inside(title: str, offset: int) -> tuple[str, ProposedPerson] | None:
    """The title and the person when a known given name and a family name, their role in
    brackets or what is said of the item after them, follow the title inside a flattened
    line; None otherwise."""
    m = next((m for m in [*_NAME_INSIDE.finditer(title), *_NAME_THEN_SAID.finditer(title)]
              if is_given_name(m.group("g"))), None)
    words = title[:m.start()].split() if m else []
    dashed = m is not None and re.match(r"\s+[-–—]", title[m.start():]) is not None
    # (one word before a dash; not after a given name, nor after "by" and a name: "by Darío
    # José Mejía Montalvo" is one name, not "Darío" and a person)
    if m is None or len(words) < 2 - dashed or words[-1][0].isupper() and not dashed and (
                is_given_name(words[-1].strip(",")) or _open(" ".join(words[:-1]))) or \
            _open(title[:m.start()]) or NOT_A_NAME.search(m.group("n")) or \
            ORGANISATION.search(m.group("n")):
        return None
    found = person(f"{m.group('n')} ({m.group('r')})" if m.group("r") else m.group("n"),
                   offset + m.start("n"), "speaker")
    if found is None:
        return None
    found.name.doubt = GUESSED_SPEAKER
    return title[:m.start()], found


#: A title in capitals, then a name in small letters and its role after a comma: "KEYNOTES
#: Chris Wiggins, New York Times Chief Data Scientist".
_AFTER_CAPITALS = re.compile(rf"(?P<t>[A-Z][A-Z\d &:'’/-]{{2,}}[A-Z\d])\s+(?P<n>{_NAME})\s*,"
                             r"\s*(?P<r>\S.{1,200})$")


def name_after_capitals(title: str, offset: int) -> tuple[str, ProposedPerson] | None:
    """The title and the person when a title in capitals is followed by a known given name, a
    family name and a role; None otherwise."""
    m = _AFTER_CAPITALS.fullmatch(title.strip())
    if m is None or not is_given_name(m.group("g")) or NOT_A_NAME.search(m.group("n")):
        return None
    found = person(f"{m.group('n')}, {m.group('r')}", offset + title.find(m.group("n")),
                   "speaker")
    if found is None:
        return None
    found.name.doubt = GUESSED_SPEAKER
    return m.group("t"), found
