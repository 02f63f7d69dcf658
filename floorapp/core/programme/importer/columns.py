"""A table a PDF gave column by column: the times of its rows on lines of their own, then
the titles of the same rows, paired again into one line a row."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from floorapp.core.programme.importer.clock import TimeRange, find_point, find_ranges
from floorapp.core.programme.importer.layout import (
    blank_rooms_after_ranges,
    hoist_bracketed_hours,
    join_split_ranges,
    restore_lost_dashes,
    split_day_before_point,
    titled_line,
    unglue_row_numbers,
    untitled_range,
)
from floorapp.core.programme.importer.lines import Line
from floorapp.core.programme.importer.people import starts_with_person
from floorapp.core.programme.importer.second_clock import blank_second_clock_lines


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


def _column(lines: list[Line], i: int, alone: Callable[[str], bool]) -> tuple[int, list[int]]:
    """The lines from ``i`` that hold a time cell alone (``alone``), blank lines between them:
    where the run ends, and the indexes of its times."""
    k, taken = i, list[int]()
    while k < len(lines) and (alone(lines[k].stripped()) or taken and not lines[k].stripped()):
        taken += [k] if lines[k].stripped() else []
        k += 1
    return k, taken


def _cells(lines: list[Line], taken: list[int]) -> list[tuple[str, int]]:
    """The column's cells, with the index of each one's last line: a line that goes on in
    small letters ("Réception d'adieu donnée par le Directeur" / "exécutif de l'Organisation
    …") is the cell above's."""
    cells: list[tuple[str, int]] = []
    for j in taken:
        text = lines[j].stripped()
        if cells and text[:1].islower():
            cells[-1] = (f"{cells[-1][0]} {text}", j)
        else:
            cells.append((text, j))
    return cells


def pair_columns(lines: list[Line]) -> list[Line]:
    """A table a PDF gave column by column: the times of N rows on N lines, then their N
    titles ("09:00 – 09:30" / "09:30 – 10:00" / "Registration" / "Opening"), paired again;
    blank lines between them, and the column's heading or a place above the titles
    ("Activity", "Sheraton Hotel"), do not count."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        k, ranges = _column(lines, i, _one_range_alone)
        n = len(ranges) if not ranges or ranges[-1] - ranges[0] + 1 == len(ranges) or _chained(
            [find_ranges(lines[j].stripped())[0] for j in ranges]) else 0  # blank lines between
        rest = [j for j in range(k, min(len(lines), k + 3 * n + 4)) if lines[j].stripped()]
        head = int(n >= 2 and bool(rest) and bool(
            _COLUMN_HEADING.fullmatch(lines[rest[0]].stripped()) or
            _PLACE_ABOVE.fullmatch(lines[rest[0]].stripped())))
        titles = _cells(lines, rest[head:])[:n]
        if n >= 2 and len(titles) == n and all(
                titled_line(t) and not starts_with_person(t) and len(t) < 120
                for t, _ in titles):
            out += [Line(f"{lines[a].stripped()}\t{t}", lines[a].start)
                    for a, (t, _) in zip(ranges, titles, strict=True)]
            i = titles[-1][1] + 1
            continue
        out.append(lines[i])
        i += 1
    return out


def _point_alone(text: str) -> bool:
    """A time alone on its line ("9.00 a.m.", "14.30 p.m."), nothing after it."""
    found = find_point(text)
    return found is not None and not text[found[1][1]:].strip(" .|")


def pair_rows(lines: list[Line]) -> list[Line]:
    """A table a PDF gave column by column, each cell on as many lines as it took: the times
    alone with blank lines between them ("9.00 a.m." / "" / "9.30 a.m." / …), then the other
    column's lines, its titles on the same rows as their times (a title at the times column's
    tenth line is that time's); each time paired with the line on its row, the other lines
    (speakers, a session's heading) kept where they stand."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        k, taken = _column(lines, i, _point_alone)
        rows = [j - i for j in taken]
        start = next((j for j in range(k, min(len(lines), k + 6)) if lines[j].stripped()), None)
        block = lines[start:start + rows[-1] + 1] if start is not None and rows else []
        times = [find_point(lines[i + r].stripped()) for r in rows]
        if start is not None and len(rows) >= 3 and rows[-1] >= len(rows) and \
                len(block) == rows[-1] + 1 and all(
                a is not None and b is not None and a[0] < b[0] for a, b in pairwise(times)) \
                and all(titled_line(block[r].stripped()) and not _point_alone(block[r].stripped())
                        and not starts_with_person(block[r].stripped()) for r in rows):
            out += [Line(f"{lines[i + r].stripped()} {ln.stripped()}", lines[i + r].start)
                    if r in rows else ln for r, ln in enumerate(block)]
            i = start + len(block)
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


def reshape(lines: list[Line]) -> list[Line]:
    """The lines as the segment reader takes them: a time given again on a second clock blanked,
    a day glued before a time split off, row numbers unglued, lost dashes restored, rooms after
    ranges blanked, bracketed hours hoisted, ranges split over lines joined, then columns and
    rows paired again."""
    return pair_rows(pair_columns(join_split_ranges(hoist_bracketed_hours(
        blank_rooms_after_ranges(restore_lost_dashes(unglue_row_numbers(
            split_day_before_point(blank_second_clock_lines(lines)))))))))
