"""An agenda told by lengths: a start ("Start 10am"), then items each with how long it lasts
("• Welcome and background to the workshop. Convener: Mark Simmonds - 5 mins."), the times
reckoned from them; a point in time on the way ("11.05 am Coffee break (25 mins)") sets the
clock again."""

from __future__ import annotations

import re
from datetime import time
from itertools import islice

from floorapp.core.programme.importer.clock import find_point, find_ranges, minutes
from floorapp.core.programme.importer.lines import DATE_WORDS
from floorapp.core.programme.importer.patterns import DURATION_ONLY, clean_title, duration_minutes
from floorapp.core.programme.importer.people import people_in
from floorapp.core.programme.importer.proposal import Found, ProposedPerson, ProposedSegment

RECKONED = "reckoned from the lengths written after the items"

#: How long an item lasts, after its title: "- 5 mins.", "-15 mins", "– 45 minutes- to include
#: questions", "(25 mins)", "(1.5 hours)".
_LENGTH = re.compile(r"(?:\s[-–—]\s?|\s?[-–—]|\s\()\s*(?P<n>\d{1,3}(?:[.,]\d)?)\s*"
                     r"(?P<u>mins?|minutes?|hours?|hrs?)\b", re.IGNORECASE)
#: "Start 10am", "Starts at 9:30": the start of the day, no item of its own.
_START = re.compile(r"\s*(?:starts?|begins?|beginning|commence\w*)(?:\s+at)?\s*:?\s*",
                    re.IGNORECASE)
_BULLET = re.compile(r"\s*(?:[•*·▪◦-]\s*)?")
#: Where a title ends before who gives it: "Microplastics – Cristina Fossi, …".
_BEFORE_GIVER = re.compile(r"\.\s+|\s[–—-]\s(?=[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý])")


def lead_minutes(title: str) -> int:
    """The minutes of a duration in brackets opening a point's title ("(15 min) Closing"), or 0."""
    lead = DURATION_ONLY.match(title.lstrip())
    return (duration_minutes(lead.group(0).strip("() ")) or 0) if lead is not None else 0


def _length(text: str) -> tuple[int, int] | None:
    """Where an item's written length starts in a line, and its minutes."""
    m = _LENGTH.search(text)
    if m is None:
        return None
    n = float(m.group("n").replace(",", "."))
    return m.start(), round(n * 60 if m.group("u").lower().startswith("h") else n)


def _titled(text: str, offset: int) -> tuple[str, list[ProposedPerson]]:
    """An item's title and who gives it ("Microplastics – Cristina Fossi, University of
    Siena"; "… an overview. Nancy Wallace, Marine Debris Programme Director, …")."""
    cut = _BEFORE_GIVER.search(text)
    if cut is None:
        return clean_title(text), []
    giver = re.sub(r"^[^:]{3,40}:\s*", "", text[cut.end():])  # ("Workshop Convener: …")
    return clean_title(text[:cut.start()]), people_in(
        giver, offset + text.find(giver, cut.end()), "speaker")


def by_lengths(text: str) -> list[ProposedSegment]:
    """The items of an agenda told by lengths, the first day's; none when the text is not one
    (three items with lengths at least, after a start)."""
    if len(list(islice(_LENGTH.finditer(text), 3))) < 3:
        return []  # (fewer than three lengths written: not one; most texts, read no further)
    found: list[ProposedSegment] = []
    clock: int | None = None
    open_item: ProposedSegment | None = None  # a point in time without a length: its end is
    pos = 0  # the next item's start
    for raw in text.split("\n"):
        start, pos = pos, pos + len(raw) + 1
        if find_ranges(raw):
            clock, open_item = None, None  # lengths inside a timed item are its parts
            continue
        if found and (DATE_WORDS.match(raw.strip()) or re.match(r"(?i)\s*days?\s+\d", raw)):
            break  # another day
        lead = _BULLET.match(raw)
        at = lead.end() if lead else 0
        said_start = _START.match(raw, at)
        point = find_point(raw[said_start.end():] if said_start else raw[at:])
        length = _length(raw)
        if point is not None:
            t, (_, b), _guess = point
            b += said_start.end() if said_start else at
            here = minutes(t)
            if open_item is not None:
                open_item.end = Found(t, open_item.start.span, RECKONED)
                open_item = None
            clock = here
            rest = raw[b:length[0]] if length else raw[b:]
            if not re.search(r"[^\W\d_]{3}", rest) or said_start:
                continue
            title, people = _titled(rest.strip(" :–-"), start + b)
            span = (start + b, start + b + len(rest))
            seg = ProposedSegment(start=Found(t, (start, start + b)),
                                  end=Found(t, (start, start + b), RECKONED),
                                  title=Found(title, span), people=people)
            found.append(seg)
            if length is not None:
                clock = here + length[1]
                seg.end = Found(_at(clock), seg.start.span, RECKONED)
            else:
                open_item = seg
            continue
        if clock is None or length is None or open_item is not None or \
                not re.search(r"[^\W\d_]{3}", raw[at:length[0]]):
            continue  # (under a timed item with no length of its own: its parts)
        title, people = _titled(raw[at:length[0]].strip(), start + at)
        span = (start + at, start + length[0])
        found.append(ProposedSegment(start=Found(_at(clock), span, RECKONED),
                                     end=Found(_at(clock + length[1]), span, RECKONED),
                                     title=Found(title, span), people=people))
        clock += length[1]
    items = [s for s in found if s is not open_item and s.title.value]
    lengths = sum(1 for s in items if s.start.doubt == RECKONED)
    return items if lengths >= 3 and clock is not None and clock < 24 * 60 else []


def _at(minute: int) -> time:
    return time(min(minute, 24 * 60 - 1) // 60, min(minute, 24 * 60 - 1) % 60)
