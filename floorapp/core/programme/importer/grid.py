"""A "|" grid whose column headings are times: each cell under a time is an item at it."""

from __future__ import annotations

import re

from floorapp.core.programme.importer.clock import TimeRange, find_ranges
from floorapp.core.programme.importer.days import day_key
from floorapp.core.programme.importer.lines import Line, time_alone
from floorapp.core.programme.importer.patterns import DAY_ALONE, DEADLINE
from floorapp.core.programme.importer.points import PointReading
from floorapp.core.programme.importer.proposal import Odd


class GridReading(PointReading):
    """Reads the cells of a grid of times (parallel meetings in columns)."""

    def _grid(self, line: Line) -> bool:
        """Handle a line that is a cell of a "|" grid; True when handled."""
        r = self.r
        if line.row < 0:
            return False
        text = line.stripped()
        ranges = find_ranges(text)
        if ranges and time_alone(text):
            if line.row != r.grid_row:
                r.grid_columns = {}
                r.grid_row = line.row
            r.grid_columns[line.cell] = ranges[0]
            return True
        if not r.grid_columns or line.row == r.grid_row:
            return False
        if line.cell not in r.grid_columns:
            key = day_key(text) or (text.lower() if DAY_ALONE.match(text) else "")
            if key:
                r.grid_day[line.row] = key
                r.day = key
            else:
                self._odd(line, "a cell of a grid under no time")
            return True
        rng = r.grid_columns[line.cell]
        day = r.grid_day.get(line.row, r.day)
        dead = DEADLINE.search(text)
        if dead:
            m = re.search(r"[^.|]*(?:deadline|date limite|fecha l[ií]mite)[^.|]*?(?=\s[A-Z]|$)",
                          text, re.IGNORECASE)
            if m:
                self.r.odd.append(Odd(m.group(0).strip(), (line.start + m.start(),
                                                           line.start + m.end()), "a deadline"))
        moved = TimeRange(rng.start, rng.end, (0, 0), rng.guess)
        seg = self._new_segment(moved, line, text, 0, day)
        lead = line.start + line.indent
        seg.start.span = seg.end.span = (lead, lead + min(len(text), 40))
        seg.start.doubt = seg.end.doubt = "times from the grid's column heading"
        if len(text) > len(seg.title.value) + 20:
            seg.description.append(text)
        r.mode = ""
        return True
