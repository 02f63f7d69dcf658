"""Cutting a concept note into logical lines, each knowing where it sits in the text.

Most programmes have one item a line. Two shapes need more: a grid whose cells are
separated by "|" (one logical line per cell, the grid's rows and columns kept), and a
programme flattened onto one long line (cut before each time range, each day, each
label and each bracketed note, so the same grammar reads it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from floorapp.core.programme.importer.clock import CLOCK_TEXT, TimeRange, find_ranges
from floorapp.core.programme.importer.words import LABELS, MONTHS, WEEKDAYS

#: Markdown's marks around a title: "**Opening**", "## Session 1", "__Lunch__".
MARKDOWN = re.compile(r"\*\*|(?<!\w)__|__(?!\w)|^\s*#{1,6}\s+")


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

    def stripped(self) -> str:
        """The text without surrounding spaces, bullets and grid bars."""
        return self.text.strip().strip("|").strip()


_DAY_NAMES = "|".join(WEEKDAYS)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_WORDS = re.compile(
    r"(?:\b(?:" + _DAY_NAMES + r")\b,?\s*)?"
    r"(?:\b\d{1,2}(?:\s?(?:st|nd|rd|th)|er)?(?:\s+de|\s*[-–])?(?:\s+|(?=[A-Z][a-z]{2}))(?:"
    + _MONTH_NAMES + r")\b\.?"  # "21March 2018": a PDF that lost the space
    r"(?:\s+(?:de\s+)?\d{4})?"
    r"|\b(?:" + _MONTH_NAMES + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?)",
    re.IGNORECASE,
)
_LABEL_WORDS = sorted({w for k in ("chair", "moderator", "panellist", "keynote", "speaker",
                                   "themes") for w in LABELS[k]}, key=len, reverse=True)
#: A label inside a flattened line starts with a capital: "… Moderator: Ms. X", but
#: "Interactive panel: Oceans and climate" is a title.
_LABEL_SPLIT = re.compile(
    r"(?<=\S)\s+(?=(?:" + "|".join(f"(?-i:{re.escape(w[0].upper())}){re.escape(w[1:])}"
                                    for w in _LABEL_WORDS) + r")s?\s*:)",
    re.IGNORECASE,
)
#: "Panel: UN support to AU operations", no honorific and no comma soon after: a subject.
_PANEL_SUBJECT = re.compile(r"(?i:panel)\s*:\s*(?!(?:H\.\s?E\.|Mr|Ms|Mrs|Dr|Prof|Amb)\b)"
                            r"[A-Z][^,;:()]{40}")
_FROM_BEFORE = re.compile(r"(?:\bfrom|\bbetween|\bde|\bdesde|\bentre|\bat|\bà|,)\s*$",
                          re.IGNORECASE)
LONG_LINE = 220
_ROOM_END = re.compile(r"\b(?:Conference Room \d{1,2}[A-Z]?|(?:GA|ECOSOC|Trusteeship Council) "
                       r"(?:Hall|Chamber))\*?(?=\s+\S)")
_WEEKDAY_DATE = re.compile(r"(?<=\s)(?:" + _DAY_NAMES + r"),?\s+(?:\d{1,2}\s?(?:st|nd|rd|th)?\s+"
                           r"(?:" + _MONTH_NAMES + r")\b|(?:" + _MONTH_NAMES +
                           r")\s+\d{1,2})", re.IGNORECASE)  # "… THURSDAY, MARCH 30"
#: A point in time inside a flattened line, before a capitalised title: "… 8.30 Morning Prayer".
_INLINE_POINT = re.compile(r"(?<=\s)(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[AaPp]\.?[Mm]\b\.?:?)?"
                           r"(?=\s+(?:[A-Z]|\d{1,2}\.\s))")  # "… 3:05 PM: Call to order"


def _inline_points(text: str, ranges: list[TimeRange]) -> list[int]:
    """Where points in time start inside a flattened line (not the ends of its ranges)."""
    return [m.start() for m in _INLINE_POINT.finditer(text)
            if not any(r.span[0] <= m.start() < r.span[1] for r in ranges) and
            not (m.group(0)[-1:] in "mM.:" and _HONOURED.match(text, m.end()))]


#: "… 10.50 a.m. H.E. Mr. X, Minister": a speaking order inside a meeting, not its items.
_HONOURED = re.compile(r"[\s:.]*(?:H\.\s?E\.|Mr|Ms|Mrs|Dr|Prof)\.?\s")


def _label_cuts(text: str) -> list[int]:
    """Where a label with its colon starts inside a line ("… Panelists: …")."""
    label_cuts: list[int] = []
    for m in _LABEL_SPLIT.finditer(text):
        # "Opening remarks:" is one label, not "Opening" + "remarks:".
        if label_cuts and m.end() - label_cuts[-1] < 25 and ":" not in text[label_cuts[-1]:m.end()]:
            continue
        if _PANEL_SUBJECT.match(text, m.end()):
            continue  # "High-level Panel: UN support to AU …": the panel's subject, a title
        label_cuts.append(m.end())
    return label_cuts


#: A break written right before its range in a flattened line ("… Q and A Tea break
#: 11:00-11:30 Session II: …"), or right after it.
_BREAK_BEFORE = re.compile(r"(?:\b(?:tea|coffee|health|lunch)\s+break|\blunch)\s*$", re.IGNORECASE)
_BREAK_AFTER = re.compile(r"\s*(?:(?:tea|coffee|health|lunch)\s+break|lunch)\b", re.IGNORECASE)
#: Where a numbered part's title starts inside a flattened line ("… the meeting Session 1: …").
_PART_INSIDE = re.compile(r"(?<=\s)(?=(?-i:Session|Panel|Segment|Plenary)\s+(?:\d+|[IVX]+)\s*:)")


def _titles_before(text: str, ranges: list[TimeRange]) -> list[int] | None:
    """Where to cut a flattened line whose titles stand before their ranges ("Official
    Opening and Welcome 9:00-10:00 . Dr. X … Tea break 11:00-11:30 Session II: …"): after
    each range and each year, before each break and each numbered part; None when the breaks do not
    tell it (one stands right before a range, none right after one)."""
    if len(ranges) < 3 or not any(
            _BREAK_BEFORE.search(text[max(0, r.span[0] - 20):r.span[0]]) for r in ranges) or \
            any(_BREAK_AFTER.match(text[r.span[1]:]) for r in ranges):
        return None
    cuts = {r.span[1] for r in ranges}
    for r in ranges:
        if (m := _BREAK_BEFORE.search(text[max(0, r.span[0] - 20):r.span[0]])) is not None:
            cuts.add(max(0, r.span[0] - 20) + m.start())
    cuts.update(m.start() for m in _PART_INSIDE.finditer(text))
    cuts.update(m.end() for m in re.finditer(r"\b(?:19|20)\d\d\b\s+(?=[A-Z])", text))
    cuts.update(_label_cuts(text))
    return sorted(c for c in cuts if 0 < c < len(text))


def _cuts(text: str, ranges: list[TimeRange], points: list[int]) -> list[int]:
    """Where to cut a flattened line: before ranges, days, labels, bullets and notes."""
    if (titled := _titles_before(text, ranges)) is not None:
        return titled
    cuts: set[int] = set()
    previous_end = -1
    for r in ranges:
        begin = r.span[0]
        joined = previous_end >= 0 and re.fullmatch(
            r"[\s,;]*(?:and|et|y|or|ou)?[\s,;]*(?:from|de|the other from)?\s*",
            text[previous_end:begin], re.IGNORECASE)
        previous_end = r.span[1]
        if joined or re.search(r"[:(]\s*$", text[max(0, begin - 3):begin]):
            continue  # "10 a.m. to 1 p.m.; 3 p.m. to 6 p.m.": one list of hours
        if len(ranges) == 1 and re.match(r"\s*[•▪◦*]\s", text):
            continue  # "• A long title - its organiser 4.00 to 5.00 p.m.": one listed item
        before = text[max(0, begin - 45):begin]
        date = None
        for m in DATE_WORDS.finditer(before):
            date = m
        if date is not None and before[date.end():].strip(" ,") == "":
            begin = begin - len(before) + date.start()
            cuts.add(begin)
        elif not _FROM_BEFORE.search(text[:begin]):
            cuts.add(begin)
    cuts.update(_label_cuts(text))
    for m in re.finditer(r"\s(?=\[)|\s(?=•)|\s(?=\bItem \d+\b)", text):
        cuts.add(m.end())
    # a flattened table's room column ends its row: "… civil society hearing Conference Room
    # 2* Round table 1 ECOSOC Chamber …"; a day's name starts the next day's rows
    for m in _ROOM_END.finditer(text):
        cuts.add(m.end())
    for m in _WEEKDAY_DATE.finditer(text):
        cuts.update((m.start(), m.end()))
    if len(points) >= 3:  # "… 8.00 Arrival & Registration 8.30 Morning Prayer 9.00 Welcome …"
        cuts.update(points)
    return sorted(c for c in cuts if 0 < c < len(text))


#: "10.00 Bilateral meeting with UNSG i 10.30 High level meeting on Libya": a line that opens
#: with a point in time and holds the next ones, as a press notice runs them together.
_LEAD_POINT = re.compile(r"^\s*(?P<h>[01]?\d|2[0-3])(?P<sep>[:.])(?P<m>[0-5]\d)"
                         r"(?P<mer>\s?[AaPp]\.?[Mm]\b\.?:?)?\s+(?=[A-Z])")

#: A short label before the points of a line ("Agenda:", "Programme:", "Ordre du jour :").
_POINTS_LABEL = re.compile(r"\s*[A-Z][^\W\d]+(?: [^\W\d]+){0,2}\s?:\s+(?=\d)")


def _points_run_together(text: str, start: int, marked: bool = False) -> list[Line] | None:
    """A line of points in time run together, cut into one line each; with ``marked``, only
    when they say a.m. or p.m. ("3:00 PM: Opening … 3:05 PM: Call to order")."""
    label = _POINTS_LABEL.match(text)  # "Agenda: 1:15 pm Welcome 1:20 pm Opening video …"
    skip = label.end() if label else 0
    lead = _LEAD_POINT.match(text[skip:])
    if lead is None or find_ranges(text) or (marked and not lead.group("mer")):
        return None
    def minutes_of(h: str, m: str, mer: str | None) -> int:
        pm = (mer or "").strip()[:1].lower() == "p" and int(h) < 12
        return (int(h) + (12 if pm else 0)) * 60 + int(m)

    last = minutes_of(lead.group("h"), lead.group("m"), lead.group("mer"))
    cuts = []
    for at in _inline_points(text, []):
        m = re.match(r"(\d{1,2})([:.])(\d\d)(\s?[AaPp]\.?[Mm]\b)?", text[at:])
        if m is None or m.group(2) != lead.group("sep"):
            continue
        minutes = minutes_of(m.group(1), m.group(3), m.group(4) or lead.group("mer"))
        if minutes > last:  # later in the day: the next item, not a number in a title
            cuts.append(at)
            last = minutes
    return _cut(text, start, [skip, *cuts] if skip else cuts) if cuts else None


def _cut(text: str, start: int, cuts: list[int]) -> list[Line]:
    """The pieces of a line cut at the given offsets (sorted), blank ones left out."""
    bounds = [0, *cuts, len(text)]
    return [Line(text[a:b], start + a) for a, b in zip(bounds, bounds[1:], strict=False)
            if text[a:b].strip()]


def _split_long(text: str, start: int) -> list[Line]:
    if len(text) < LONG_LINE:
        first = re.match(r"\s*[\w ]{3,30}:", text)  # a label first, another after its colon
        labels = [c for c in _label_cuts(text) if c > first.end()] if first else []
        run = _points_run_together(text, start)
        if labels and not find_ranges(text) and not run:
            return _cut(text, start, labels)  # "Moderator: Ayesha Hassan  Panelists: …"
        return run or [Line(text, start)]
    ranges = find_ranges(text)
    points = _inline_points(text, ranges)
    if not ranges and len(_LABEL_SPLIT.findall(text)) < 2 and len(points) < 3:
        # "3:00 PM: Opening music video … 3:05 PM: Call to order …": points run together
        return _points_run_together(text, start, marked=True) or [Line(text, start)]
    return _cut(text, start, _cuts(text, ranges, points))


def time_alone(cell: str) -> bool:
    """A cell holding a time range and next to nothing else."""
    r = find_ranges(cell)
    return bool(r) and len(cell) - (r[0].span[1] - r[0].span[0]) < 6


_POINT_CELL = re.compile(CLOCK_TEXT, re.IGNORECASE)


def _bar_row(raw: str) -> str:
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
    if len(timed) == 1 and timed == alone and len(cells) >= 2 and any(
            any(ch.isalpha() for ch in c) for i, c in enumerate(cells) if i != timed[0]):
        return "row"
    return "grid"


def _columns_after_title(line: Line) -> list[Line]:
    """An item's line whose title is followed by more columns, set apart by wide gaps
    ("09:00-09:30 Opening ceremony    UNDP Resident Representative"): the time and the
    title, then each further column a line of its own."""
    text = line.text
    r = find_ranges(text)
    if not r or text[:r[0].span[0]].strip():
        return [line]
    after = r[0].span[1]
    cuts = [after + m.start(1) for m in re.finditer(r"[^\W\d]\S*(\s{3,}|\t+)(?=\S)",
                                                    text[after:])]
    return _cut(text, line.start, cuts) if cuts else [line]


#: A table's heading cells: the one of its times and the one of its items' titles.
_TIME_HEAD = re.compile(r"(?i)(?:date and )?(?:time|times|hour|hours|hora|horario|heure|horaire)")
_TITLE_HEAD = re.compile(
    r"(?i)(?:title|título|titre|intitulé)(?: of (?:the )?(?:session|event))?|topic|subject|"
    r"session|event|activity|actividad|activité|item|tema|sujet|th[eè]me|agenda item")


def _cells(text: str) -> list[tuple[str, int]]:
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
        heads = [c for c, _ in _cells(text)]
        times = [i for i, c in enumerate(heads) if _TIME_HEAD.fullmatch(c)]
        titles = [i for i, c in enumerate(heads) if _TITLE_HEAD.fullmatch(c)]
        if len(heads) >= 3 and len(times) == 1 and len(titles) == 1:
            offset = titles[0] - times[0]
            return offset if offset not in (0, 1) else 0
    return 0


def cell_after(text: str, at: int, offset: int) -> tuple[str, int] | None:
    """The cell ``offset`` cells after the one at ``at`` in a table row, with its offset."""
    cells = _cells(text)
    here = [i for i, (c, start) in enumerate(cells) if start <= at < start + max(1, len(c))]
    if not here or not 0 <= here[0] + offset < len(cells) or not cells[here[0] + offset][0]:
        return None
    return cells[here[0] + offset]


#: A time alone in its cell or on its line ("08:30 |").
_TIME_ALONE = r"[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d[ \t]*\|?[ \t]*"
_START_FINISH = re.compile(r"^(?P<a>" + _TIME_ALONE + r")\n(?=(?P<b>" + _TIME_ALONE + r")\n)",
                           re.MULTILINE)


_RANGE_BROKEN = re.compile(r"((?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*(?:hours|hrs|h|[ap]\.?m\.?))?"
                           r"[ \t]+(?:to|until|-|–|—))[ \t]*\n"
                           r"(?=[ \t]*(?:[01]?\d|2[0-3])[:.h][0-5]\d)", re.IGNORECASE)


def _start_above_finish(text: str) -> str:
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
    text = _start_above_finish(text)
    # "08.00 hours to" / "10.00 hours - Registration": a range broken after its dash (one
    # character for one)
    text = _RANGE_BROKEN.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))),
                             text)
    for raw in text.split("\n"):
        kind = _bar_row(raw) if raw.count("|") >= 2 else ("rule" if "|" in raw and re.fullmatch(
            r"[\s|:\-]+", raw) else "")
        if titled and kind in ("table", "grid") and find_ranges(raw):
            kind = "whole"
        if kind == "table":
            # "| 08.30 - 09.15 | Opening | 09.15 - 12.15 | Topic 1 | …": each cell a line of
            # its own, the times above their titles
            pos = 0
            for cell in raw.split("|"):
                if cell.strip():
                    out.extend(_split_long(cell, offset + pos))
                pos += len(cell) + 1
        elif kind == "grid":
            row += 1
            pos = 0
            for i, cell in enumerate(raw.split("|")):
                if cell.strip():
                    for piece in _split_long(cell, offset + pos):
                        out.append(Line(piece.text, piece.start, i, row))
                pos += len(cell) + 1
        elif kind == "whole":
            out.append(Line(raw, offset))
        elif kind != "rule":  # a plain line, or "| Session 1 | 10:00 – 11:30 | Financing |"
            for line in _split_long(raw, offset):
                out.extend(_columns_after_title(line) if not kind else [line])
        offset += len(raw) + 1
    return out


def line_around(text: str, span: tuple[int, int]) -> str:
    """The source line a span starts on, stripped."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[0])
    return text[start:end if end >= 0 else len(text)].strip()
