"""The state of reading a programme line by line, shared by the parts of the grammar."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time

from floorapp.core.programme.importer.clock import TimeRange
from floorapp.core.programme.importer.lines import Line
from floorapp.core.programme.importer.presenters import presenter_column
from floorapp.core.programme.importer.proposal import Found, Odd, ProposedSegment


@dataclass
class Reading:
    """The state of the line-by-line reading."""

    segments: list[ProposedSegment] = field(default_factory=list)
    points: list[ProposedSegment] = field(default_factory=list)  # ends not known yet
    odd: list[Odd] = field(default_factory=list)
    hours: list[TimeRange] = field(default_factory=list)  # ranges in prose: meeting hours
    day: str = ""
    current: ProposedSegment | None = None
    pending_title: bool = False
    title_open: bool = False  # the title may go on onto the next line
    after_day: bool = False  # a day's header came after the current segment
    mode: str = ""  # "people:<label>", "after-single", "themes" or ""
    blank_since: bool = False
    grid_columns: dict[int, TimeRange] = field(default_factory=dict)
    grid_row: int = -1
    grid_day: dict[int, str] = field(default_factory=dict)
    fallback: tuple[str, int, str] | None = None  # a heading above a time alone on its line
    #: "9 a.m. - 11 a.m.: 1st Meeting": a meeting's number alone, its title if none follows.
    numbered: tuple[ProposedSegment, str, int] | None = None
    #: A range with only a duration under it ("10.30 – 11.45" / "(1 hr 15 min)"): the table's
    #: title cell spans it and the next range, whose title it takes.
    spanned: ProposedSegment | None = None
    #: Segments from a "Time: 9am – 12:30pm" line, titled from around it; when no title
    #: comes they are the meeting's hours in prose again.
    time_labelled: list[ProposedSegment] = field(default_factory=list)
    #: Items named in a sentence with their hours in brackets ("The hearing will consist of an
    #: opening segment (10:00 – 10:20), followed by …"): the format, told before the programme.
    overview: list[ProposedSegment] = field(default_factory=list)
    #: A time alone at the very end, no title after it ("3:45 p.m." where an excerpt stops):
    #: by day, the end of the point before it.
    last_bare: dict[str, time] = field(default_factory=dict)
    bare_times: list[tuple[str, time, int]] = field(default_factory=list)  # (day, time, where)
    #: Days whose header says they are for arrivals: not the meeting's first day.
    arrival_days: set[str] = field(default_factory=set)
    #: People and themes named before any segment (a concept note's "Chair:" at the top).
    preamble: ProposedSegment = field(default_factory=lambda: ProposedSegment(
        Found(time(0, 0)), Found(time(0, 0)), Found("")))


class ReaderBase:
    """What every part of the reading shares: the text, the state, the previous line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.r = Reading()
        self.prev_text = ""
        self.next_text = ""  # the next line with text, stripped
        self.prev2_line: Line | None = None  # the line before the previous one, and its kind
        self.prev2_kind = ""
        self.prev_line: Line | None = None
        self.prev_kind = ""  # what the previous line was: "body" or "other"
        self.above_day: tuple[Line, str] | None = None  # the line above the last day header
        self.recent: list[tuple[Line, str]] = []  # the last lines with text, and their kinds
        self.cur_kind = ""
        self.titles_above = False
        self.items_first = False  # a header's cells, one a line: the items' before the times'
        #: Whether a table's rows give each item's title, then its time, then its place.
        self.titles_first = False
        self.above_alone: set[str] = set()
        self.time_titles_below = False
        self.title_column = 0  # how many cells after the time a table's titles are
        self.repeated_field = ""
        self.when_items = False  # "When: 11 October, 9:15-11:30" lines under their titles
        self.four_digits = False  # the text writes its ranges "1015-1200"
        self.times_at_end: re.Pattern[str] | None = None  # how lines end with their time
        self.slashed_rows = False  # three numbered rows or more, cells set apart by slashes
        self.ranges_last = False  # three lines or more end with their item's range
        self.colon_clock = False  # times written "9:20", never "9h20"
        self.presenter_column = presenter_column(text)  # "9:15 Welcome Terry Keating"

    def _odd(self, line: Line, why: str, text: str | None = None) -> None:
        body = (text if text is not None else line.stripped())
        self.r.odd.append(Odd(body.strip(), (line.start, line.end), why))

    def _take_back(self, text: str, keep: ProposedSegment | None = None) -> None:
        """Take a line back from the description of the item above, where it was put (not
        from ``keep``'s)."""
        for other in self.r.segments + self.r.points:
            if other is not keep and other.description and text in other.description[-1]:
                other.description.pop()
                return

    def _take_back_people(self, line: Line) -> None:
        """Take back the people read on ``line`` for the items above (a heading taken for a
        name in their list)."""
        for other in self.r.segments:
            other.people = [x for x in other.people if not line.start <= x.name.span[0] < line.end]
