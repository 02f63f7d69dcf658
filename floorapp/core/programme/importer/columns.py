"""A table a PDF gave column by column: the times of its rows on lines of their own, then
the titles of the same rows, paired again into one line a row."""

from __future__ import annotations

import re
from itertools import pairwise

from floorapp.core.programme.importer.clock import TimeRange, find_ranges
from floorapp.core.programme.importer.layout import titled_line, untitled_range
from floorapp.core.programme.importer.lines import Line
from floorapp.core.programme.importer.people import starts_with_person


def _one_range_alone(text: str) -> bool:
    """One range with nothing before it but a bullet or a bar ("(1–1:45 p.m. CET)", a second
    clock in brackets, is not one)."""
    ranges = find_ranges(text)
    return len(ranges) == 1 and not text[:ranges[0].span[0]].strip(" |•*-") and \
        untitled_range(text)


#: The heading of a table's titles column ("Activity", "Session", "Programme", "Sujet").
_COLUMN_HEADING = re.compile(r"(?i)\W*(?:activit(?:y|ies|é|és)|actividad(?:es)?|sessions?|"
                             r"programme|program|programa|items?|topics?|subjects?|sujets?|"
                             r"events?|description|agenda|titles?|tema|thème)\W*")


def pair_columns(lines: list[Line]) -> list[Line]:
    """A table a PDF gave column by column: the times of N rows on N lines, then their N
    titles ("09:00 – 09:30" / "09:30 – 10:00" / "Registration" / "Opening"), paired again;
    blank lines between them, and the column's heading or a place above the titles
    ("Activity", "Sheraton Hotel"), do not count."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        k, ranges = i, list[int]()
        while k < len(lines) and (_one_range_alone(lines[k].stripped()) or
                                  ranges and not lines[k].stripped()):
            ranges += [k] if lines[k].stripped() else []
            k += 1
        n = len(ranges) if not ranges or ranges[-1] - ranges[0] + 1 == len(ranges) or _chained(
            [find_ranges(lines[j].stripped())[0] for j in ranges]) else 0  # blank lines between
        rest = [j for j in range(k, min(len(lines), k + 3 * n + 4)) if lines[j].stripped()]
        head = int(n >= 2 and bool(rest) and bool(
            _COLUMN_HEADING.fullmatch(lines[rest[0]].stripped()) or
            _PLACE_ABOVE.fullmatch(lines[rest[0]].stripped())))
        titles = rest[head:head + n]
        if n >= 2 and len(titles) == n and all(
                titled_line(lines[t].stripped()) and not starts_with_person(lines[t].stripped())
                and len(lines[t].stripped()) < 120 for t in titles):
            out += [Line(f"{lines[a].stripped()}\t{lines[b].stripped()}", lines[a].start)
                    for a, b in zip(ranges, titles, strict=True)]
            i = titles[-1] + 1
            continue
        out.append(lines[i])
        i += 1
    return out


def _chained(ranges: list[TimeRange]) -> bool:
    """Each range starts where, or after, the one before it ends: a column of a day's rows."""
    return all(a.end <= b.start and a.start < a.end for a, b in pairwise(ranges))


#: A place alone above a table's titles column: "Sheraton Hotel", "Kenyatta Conference Centre".
_PLACE_ABOVE = re.compile(r"(?:[A-ZÀ-Ý][\w'’.-]*\s+){1,4}(?:Hotel|Centre|Center|Hall|Building|"
                          r"Auditorium|Palace|Palais|House)")
