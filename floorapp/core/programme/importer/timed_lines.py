"""A second reading for a programme whose layout the rules did not recognise: one item per
line that starts with a time.

When the careful reading finds one segment or none, yet three lines or more start with a time
("14.00 Opening words", "10-10:20 am Regional presentations"), the text's layout was not
understood: each such line is read as an item, in order, until the times go back (another
day). Every segment found so carries a doubt, so the preview marks it for the officer to check.
"""

from __future__ import annotations

import re

from floorapp.core.programme.importer.clock import (
    CLOCK_TEXT,
    MILITARY,
    as_time,
    find_point,
    find_ranges,
    minutes,
)
from floorapp.core.programme.importer.days import is_day_header
from floorapp.core.programme.importer.given import names_only
from floorapp.core.programme.importer.patterns import clean_title
from floorapp.core.programme.importer.people import person
from floorapp.core.programme.importer.proposal import Found, ProposedPerson, ProposedSegment
from floorapp.core.programme.importer.words import segment_kind

#: Why every segment of this reading is in doubt.
DOUBT = "read line by line: the programme's layout was not recognised"
#: How many lines below a time its title may stand ("14.00" / "Opening words").
_TITLE_BELOW = 3


def _at_line_start(line: str) -> tuple[int, int | None, int] | None:
    """Start and end (minutes; end None for a point in time) of a time at ``line``'s start,
    and where the rest of the line begins."""
    ranges = find_ranges(line)
    if ranges and len(line[:ranges[0].span[0]].strip(" \t•*·-|")) == 0:
        r = ranges[0]
        return minutes(r.start), minutes(r.end), r.span[1]
    point = find_point(line)
    if point is not None:
        return minutes(point[0]), None, point[1][1]
    return None


def _title(text: str) -> str:
    """The item's title in ``text``; none when it only gives the hours on other clocks
    ("CET | 05:00-05:30 EDT | 20:00-20:30 AEST") or is a description's paragraph."""
    title = clean_title(text)
    if _at_line_start(title) is not None or len(title) > 200:
        return ""
    return title


def read_timed_lines(text: str) -> list[ProposedSegment]:
    """The first day's segments, one per line starting with a time (see the module's note)."""
    items: list[tuple[int, int | None, Found[str], tuple[int, int], list[ProposedPerson]]] = []
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        if items and is_day_header(line.strip()):
            break  # the next day's heading: a programme holds one day
        found = _at_line_start(line)
        if found is None:
            continue
        start, end, rest_at = found
        if items and start < items[-1][0]:
            break  # the times go back: another day
        title_text, at = _title(line[rest_at:]), offsets[i] + rest_at
        authors = names_only(title_text)  # "9:00-9:20Anna Krook and Erik O. Ahlgren" / "" /
        if authors:  # "Internalizing externalities …": the speakers beside, the title below
            title_text = ""
        for j in range(i + 1, min(len(lines), i + 1 + _TITLE_BELOW)):
            if title_text or _at_line_start(lines[j]) is not None:
                break
            title_text, at = _title(lines[j]), offsets[j]
        if title_text:
            at = max(at, text.find(title_text[:20], at))
        title = Found(title_text, (at, at + len(title_text)), DOUBT)
        if authors and not title_text:  # no title below: the names are all there is
            title, authors = Found(line[rest_at:].strip(), (at, at), DOUBT), []
        people = [p for name in authors
                  if (p := person(name, max(0, text.find(name, offsets[i])), "speaker"))]
        items.append((start, end, title, (offsets[i], offsets[i] + len(line)), people))
    # the hours of a part whose items are listed inside it are no segment; of items at the
    # same time, the first is the programme's, the others parallel meetings
    items = [x for k, x in enumerate(items)
             if x[1] is None or sum(x[0] <= y[0] < x[1] for y in items[k + 1:]) < 2]
    items = [x for k, x in enumerate(items) if k == 0 or x[0] != items[k - 1][0]]
    segments = []
    for k, (start, end, title, span, people) in enumerate(items):
        if end is None:
            if k + 1 == len(items):
                continue  # the day's last point in time: it has no end
            end = items[k + 1][0]
        segments.append(ProposedSegment(start=Found(as_time(start), span, DOUBT),
                                        end=Found(as_time(end), span, DOUBT),
                                        title=title, kind=segment_kind(title.value),
                                        people=people))
    return segments


def four_digit_times(text: str) -> bool:
    """Whether the text writes its times in four digits: ranges so ("1015-1200"), or three
    lines or more opening with one before a title ("1230 Welcome drinks"), or a table's
    time cells ("| 0900 | …"), or before a dash and a numbered item ("1400 - 1. Administration",
    not a year's: "2015 – 1. …")."""
    return len(MILITARY.findall(text)) >= 2 or len(re.findall(
        r"(?m)^\s*(?:[01]\d|2[0-3])[0-5]\d\s+[A-Z][a-z]", text)) >= 3 or len(re.findall(
        r"(?m)^\s*\|\s*(?:[01]\d|2[0-3])[0-5]\d\s*\|", text)) >= 3 or len(re.findall(
        r"(?m)^\s*(?!19|20)(?:[01]\d|2[0-3])[0-5]\d\s*[-–—]\s*\d{1,2}\.\s+[A-Z]", text)) >= 3


def repeated_field(texts: list[str], alone: list[int]) -> str:
    """A line that follows (nearly) every time alone on its line, the same each time
    ("Kigali Convention Centre, Kigali, Rwanda"): a field of the page, not a title; not a
    break ("Health Break" after each break's hours), a title however often it comes."""
    after = [texts[i + 1].lower() for i in alone if i + 1 < len(texts)]  # ("castries" once)
    if len(after) < 3:  # or the same words after (nearly) every time opening its line, a
        # room's column ("07h30 Plenary" / "08h15" / "60″" / "Registration", "08h30 Plenary" …)
        rests = [rest for t in texts if (found := find_point(t)) is not None and
                 (rest := t[found[1][1]:].strip(" :-–").lower()) and segment_kind(rest) != "break"]
        most = max(set(rests), key=rests.count) if rests else ""
        after = rests if rests.count(most) >= max(3, 0.8 * len(rests)) and \
            len(most.split()) <= 2 else []
    if len(after) < 3:
        return ""
    top = max(set(after), key=after.count)
    return top if after.count(top) >= max(3, 0.6 * len(after)) and \
        not find_ranges(top) and segment_kind(top) != "break" else ""


#: A title, then its range ending the line: "Keynote speech 09:20 to 09:35".
RANGE_LAST = re.compile(r"^[^\W\d][^\n]{3,}?\s(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:to|-|–)\s*"
                        r"(?:[01]?\d|2[0-3])[:.][0-5]\d\s*$", re.MULTILINE)
#: A numbered row of cells set apart by slashes, its time last: "1.3 / Welcome by the IPPC
#: Secretariat / J. Xia / 9:40".
SLASHED_ROW = re.compile(r"^\s*(?!\d{1,2}[.:]\d\d\s)\d[\d.]*\s/\s[^\n]*\s/\s" + CLOCK_TEXT +
                         r"\s*$", re.MULTILINE)  # (not "12.00 / Item 1 / 9.00", a grid's time)


def row_shapes(text: str) -> tuple[bool, bool, bool, bool]:
    """Whether three rows or more are numbered with slashed cells; whether three lines or more
    end with their item's range; whether the times are written with a colon (three or more) and
    never with an "h" between the hour and its minutes (so "2h" alone is a duration); whether
    they are written in four digits (see ``four_digit_times``)."""
    return len(SLASHED_ROW.findall(text)) >= 3, len(RANGE_LAST.findall(text)) >= 3, \
        len(re.findall(r"\b\d{1,2}:\d\d\b", text)) >= 3 and \
        re.search(r"\b\d{1,2}\s?h\s?\d\d\b(?!\s?min)", text) is None, four_digit_times(text)
