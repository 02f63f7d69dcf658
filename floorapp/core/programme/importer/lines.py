"""A concept note's logical lines: what a line is, dates in words, a table's rows and cells.

The lines themselves are cut by :mod:`logical` (with :mod:`flattened` for a line that holds
several items); what is here is what both they and the readers use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from floorapp.core.programme.importer.clock import CLOCK_TEXT, find_ranges
from floorapp.core.programme.importer.words import MONTHS, WEEKDAYS

#: Markdown's marks around a title: "**Opening**", "## Session 1", "__Lunch__".
MARKDOWN = re.compile(r"\*\*|(?<!\w)__|__(?!\w)|^\s*#{1,6}\s+"  # and a wiki's "= '''Title''' ="
                      r"|'''|^\s*={1,4}\s+(?=\S.*\s={1,4}\s*$)|\s+={1,4}\s*$")


def heading_level(text: str) -> int:
    """A Markdown heading's level ("## Title" is 2); 9 for a line that is no heading."""
    m = re.match(r"(#{1,6})\s", text)
    return len(m.group(1)) if m else 9


@dataclass(frozen=True)
class Line:
    """A logical line: its text (not stripped) and the offset of its first character."""

    text: str
    start: int
    cell: int = -1  # column in a "|" grid, -1 outside one
    row: int = -1  # grid row number, -1 outside one

    @property
    def end(self) -> int:
        """Offset just after the line's last character."""
        return self.start + len(self.text)

    @property
    def indent(self) -> int:
        """How many spaces (or tabs) the line opens with."""
        return len(self.text) - len(self.text.lstrip())

    def stripped(self) -> str:
        """The text without surrounding spaces, bullets and grid bars."""
        return self.text.strip().strip("|").strip()


DAY_NAMES = "|".join(WEEKDAYS)
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
#: A month and its year alone, as a date split over lines leaves it: "mai 2025", "June, 2019".
MONTH_YEAR = re.compile(rf"\s*(?:{MONTH_NAMES})\.?,?\s+(?:19|20)\d\d\s*", re.IGNORECASE)
DATE_WORDS = re.compile(
    r"(?:\b(?:" + DAY_NAMES + r")\b,?\s*)?"
    r"(?:\b\d{1,2}(?:[\s-]?(?:st|nd|rd|th)|er)?(?:\s+de|\s+of|\s*[-–])?(?:\s+|(?=[A-Z][a-z]{2}))(?:"
    + MONTH_NAMES + r")\b\.?"  # "21March 2018": a PDF that lost the space
    r"(?:\s+(?:de\s+)?\d{4})?"
    r"|\b(?:" + MONTH_NAMES + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?\b(?=,?\s+\d{4}))?(?:,?\s+\d{4})?)",  # "Oct 19-21 2022"
    re.IGNORECASE,
)


def time_alone(cell: str) -> bool:
    """A cell holding a time range and next to nothing else."""
    r = find_ranges(cell)
    return bool(r) and len(cell) - (r[0].span[1] - r[0].span[0]) < 6


_POINT_CELL = re.compile(CLOCK_TEXT, re.IGNORECASE)


def bar_row(raw: str) -> str:
    """What a line of "|" cells is: "table", a whole two-column table run onto one line
    (times alone in three cells or more, each followed by another cell); "row", a table's
    row with its time in one cell and its title in another; "rule", the "---|---" under a
    header; else "grid", a row of a grid whose times head its columns."""
    if re.fullmatch(r"[\s|:\-]+", raw):
        return "rule"
    cells = [c.strip() for c in raw.split("|") if c.strip()]
    alone = [i for i, c in enumerate(cells) if time_alone(c)]
    if len(alone) >= 3 and all(b - a >= 2 for a, b in zip(alone, alone[1:], strict=False)):
        return "table"
    timed = [i for i, c in enumerate(cells) if find_ranges(c)]
    if not timed and len(cells) in (2, 3) and all(_POINT_CELL.fullmatch(c) for c in cells[1:]):
        return "row"  # "Buses arrive at school | 08:15 |", "| Inauguración | 8:30 | 10:00 |": a
        # title cell, then a point in time, or a start and an end in cells of their own
    if not timed and find_ranges(" | ".join(cells[:3])) and len(cells) >= 3 and \
            all(_POINT_CELL.fullmatch(c) for c in cells[:2]):
        return "row"  # "| 10:00 | 10:15 | Belgium |": the start and the end, then the title
    if len(timed) == 1 and timed == alone and len(cells) >= 2 and any(
            any(ch.isalpha() for ch in c) for i, c in enumerate(cells) if i != timed[0]):
        return "row"
    return "grid"

#: A table's heading cells: the one of its times and the one of its items' titles.
_TIME_HEAD = re.compile(r"(?i)(?:date and )?(?:time|times|hour|hours|hora|horario|heure|horaire)"
                        r"(?:\s*\([^()]{1,30}\))?")  # "Time (CET)": with its zone
_TITLE_HEAD = re.compile(
    r"(?i)(?:title|título|titre|intitulé)(?: of (?:the )?(?:session|event))?|topic|subject|"
    r"session|event|activity|actividad|activité|item|tema|sujet|th[eè]me|agenda item")


def row_cells(text: str) -> list[tuple[str, int]]:
    """A table row's cells with their offsets: split at bars, or at tabs when it has none."""
    sep = "|" if "|" in text else "\t"
    out, at = [], 0
    for piece in text.split(sep):
        out.append((piece.strip(), at + len(piece) - len(piece.lstrip())))
        at += len(piece) + 1
    while out and not out[0][0]:
        out.pop(0)
    while out and not out[-1][0]:
        out.pop()
    return out


def next_texts(lines: list[Line]) -> list[str]:
    """For each line, the next line below it with text (stripped), in one pass."""
    out, below = [""] * len(lines), ""
    for k in range(len(lines) - 1, -1, -1):
        out[k] = below
        below = lines[k].stripped() or below
    return out


@lru_cache(maxsize=4)
def title_column_of(text: str) -> int:
    """:func:`title_column` of a whole text's lines, read once for the line splitter and the
    segment reader alike."""
    return title_column([r.strip() for r in text.split("\n") if r.strip()])


def title_column(texts: list[str]) -> int:
    """How many cells after the time cell a table's titles are, from its heading row
    ("Día | Hora | Sala | Organizador | Título |": 3); 0 when no heading row says so, or
    when the titles follow the times (the usual reading finds them)."""
    for text in texts[:400]:
        if "|" not in text and "\t" not in text or find_ranges(text):
            continue
        heads = [c for c, _ in row_cells(text)]
        times = [i for i, c in enumerate(heads) if _TIME_HEAD.fullmatch(c)]
        titles = [i for i, c in enumerate(heads) if _TITLE_HEAD.fullmatch(c)]
        if len(heads) >= 3 and len(times) == 1 and len(titles) == 1:
            offset = titles[0] - times[0]
            return offset if offset not in (0, 1) else 0
    return 0


def cell_after(text: str, at: int, offset: int) -> tuple[str, int] | None:
    """The cell ``offset`` cells after the one at ``at`` in a table row, with its offset."""
    cells = row_cells(text)
    here = [i for i, (c, start) in enumerate(cells) if start <= at < start + max(1, len(c))]
    if not here or not 0 <= here[0] + offset < len(cells) or not cells[here[0] + offset][0]:
        return None
    return cells[here[0] + offset]


#: A time alone in its cell or on its line ("08:30 |").
_TIME_ALONE = r"[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d[ \t]*\|?[ \t]*"
_START_FINISH = re.compile(r"^(?P<a>" + _TIME_ALONE + r")\n(?=(?P<b>" + _TIME_ALONE + r")\n)",
                           re.MULTILINE)


RANGE_BROKEN = re.compile(r"((?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*(?:hours|hrs|h|[ap]\.?m\.?))?"
                           r"[ \t]+(?:to|until|-|–|—))[ \t]*\n"
                           r"(?=[ \t]*(?:[01]?\d|2[0-3])[:.h][0-5]\d)", re.IGNORECASE)


def start_above_finish(text: str) -> str:
    """ "START | FINISH |" columns written one cell a line ("08:30 |", "09:00 |", then the
    item): the two times joined into a range (one character for one: offsets stay); not in a
    run of times, which are the starts of items titled elsewhere."""
    def times(line: str) -> list[int]:
        return [int(h) * 60 + int(m) for h, m in re.findall(r"(\d+)[:.](\d\d)", line)]

    def join(m: re.Match[str]) -> str:
        before = text[text.rfind("\n", 0, max(0, m.start() - 1)) + 1:max(0, m.start() - 1)]
        after_at = m.end() + len(m.group("b")) + 1
        after = text[after_at:text.find("\n", after_at) if "\n" in text[after_at:] else None]
        (a,), (b,) = times(m.group("a")), times(m.group("b"))
        if re.fullmatch(_TIME_ALONE, before) or re.fullmatch(_TIME_ALONE, after) or \
                not after.strip(" \t|") or not 0 < b - a <= 8 * 60:
            return m.group(0)
        a_text = m.group("a").rstrip(" \t|")
        return a_text + " " * (len(m.group(0)) - len(a_text) - 1) + "–"
    return _START_FINISH.sub(join, text)

def line_around(text: str, span: tuple[int, int]) -> str:
    """The source line a span starts on, stripped."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[0])
    return text[start:end if end >= 0 else len(text)].strip()


def in_title_column(text: str, line: Line, title_at: int) -> bool:
    """Whether ``line`` starts in the column of the title at ``title_at``, on a PDF table's row
    whose time stands before the title and whose next column stands after a wide gap
    ("10-10:45     Marco general del Proyecto MBON       Montes" / "             Pole to
    Pole"): the title's cell, wrapped."""
    row_start = text.rfind("\n", 0, title_at) + 1
    row_end = text.find("\n", title_at)
    column = title_at - row_start
    indent = len(line.text) - len(line.text.lstrip(" "))
    return column >= 8 and indent == column and "\t" not in text[row_start:title_at] and \
        re.search(r"\d", text[row_start:title_at]) is not None and \
        re.search(r"\S {4,}\S", text[title_at:row_end if row_end >= 0 else None]) is not None
