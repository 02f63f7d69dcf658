"""Cutting a concept note into logical lines, each knowing where it sits in the text.

Most programmes have one item a line. Two shapes need more: a grid whose cells are
separated by "|" (one logical line per cell, the grid's rows and columns kept), and a
programme flattened onto one long line (cut by :mod:`flattened`, so the same grammar
reads it).
"""

from __future__ import annotations

import re

from floorapp.core.programme.importer.clock import find_ranges
from floorapp.core.programme.importer.flattened import columns_after_title, split_long
from floorapp.core.programme.importer.lines import (
    RANGE_BROKEN,
    Line,
    bar_row,
    start_above_finish,
    title_column_of,
)
from floorapp.core.programme.importer.words import ZONE_WORD

_END_MISTYPED = re.compile(r"(?<![\d.:])((?:[01]?\d|2[0-3])([.:])[0-5]\d\s*[-–]\s*"
                           r"(?:[01]?\d|2[0-3]))-(?=[0-5]\d(?![\d.:-]))")
#: "Time: 8:20-9:20- CET (60 min)": a dash left after a range, before its zone.
_DASH_BEFORE_ZONE = re.compile(r"(?<=\d[:.]\d\d)-(?=\s+" + ZONE_WORD + r"\b)")
#: "| 09:00" / "- 17:00 | Registration": a page's table cell wrapped before a range's dash.
_CELL_BROKEN = re.compile(r"((?:[01]?\d|2[0-3])[:.][0-5]\d)[ \t]*\n"
                          r"(?=[ \t]*[-–—][ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d[ \t]*(?:\||\n))")
#: "14 h 35 à 14 h4 0": a PDF's text layer has cut the minutes of a French time in two.
_MINUTES_CUT = re.compile(r"(?:(?<=\dh)|(?<=\d h))([0-5]) (\d)(?=\s)")


def logical_lines(text: str) -> list[Line]:
    """The text's logical lines, in order; grid cells and flattened parts each their own."""
    out: list[Line] = []
    offset = 0
    row = 0
    # "Time | Programme || 09:30-09:40 | Opening |": a Markdown table's heading glued to its
    # first row; the row starts a line of its own (one character for one: offsets stay)
    text = re.sub(r"(?<=\S)\s*\|(?=\|\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d)",
                  lambda m: " " * (len(m.group(0)) - 1) + "\n", text)
    # "Día | Hora | Sala | Organizador | Título |": a table whose titles are not in the cell
    # after the times; its rows are read whole, each title taken from its column
    titled = title_column_of(text)
    text = start_above_finish(text)
    # "08.00 hours to" / "10.00 hours - Registration": a range broken after its dash (one
    # character for one)
    for broken in (RANGE_BROKEN, _CELL_BROKEN):  # (or before it, a page's cell wrapped)
        text = broken.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text)
    # "11.15-12-15 SECOND PLENARY SESSION": a range's end typed with a dash for its dot
    text = _END_MISTYPED.sub(lambda m: m.group(1) + m.group(2), text)
    text = _DASH_BEFORE_ZONE.sub(" ", _MINUTES_CUT.sub(r"\1\2 ", text))
    for raw in text.split("\n"):
        kind = bar_row(raw) if raw.count("|") >= 2 else ("rule" if "|" in raw and re.fullmatch(
            r"[\s|:\-]+", raw) else "")
        if titled and (kind in ("table", "grid") or "\t" in raw) and find_ranges(raw):
            kind = "whole"  # (a Word table's row, its cells set apart by tabs, too)
        if kind == "table":
            # "| 08.30 - 09.15 | Opening | 09.15 - 12.15 | Topic 1 | …": each cell a line of
            # its own, the times above their titles
            pos = 0
            for cell in raw.split("|"):
                if cell.strip():
                    out.extend(split_long(cell, offset + pos))
                pos += len(cell) + 1
        elif kind == "grid":
            row += 1
            pos = 0
            for i, cell in enumerate(raw.split("|")):
                if cell.strip():
                    for piece in split_long(cell, offset + pos):
                        out.append(Line(piece.text, piece.start, i, row))
                pos += len(cell) + 1
        elif kind == "whole":
            out.append(Line(raw, offset))
        elif kind != "rule":  # a plain line, or "| Session 1 | 10:00 – 11:30 | Financing |"
            for line in split_long(raw, offset):
                out.extend(columns_after_title(line) if not kind else [line])
        offset += len(raw) + 1
    return out
