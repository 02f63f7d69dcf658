"""How a programme's lines are laid out: a range alone on its line, a line that can be a title,
a table a PDF gave column by column, a range or a day split over two lines.

The segment reader asks these before it reads the lines one by one.
"""

from __future__ import annotations

import re

from floorapp.core.programme.importer.cells import NUMBERED_PART
from floorapp.core.programme.importer.clock import (
    CLOCK_TEXT,
    TimeRange,
    find_point,
    find_ranges,
)
from floorapp.core.programme.importer.days import day_key, without_date
from floorapp.core.programme.importer.labels import label_of
from floorapp.core.programme.importer.lines import DATE_WORDS, MONTH_YEAR, Line
from floorapp.core.programme.importer.patterns import DAY_ALONE, ROOM_ONLY, TIME_LABEL, clean_title
from floorapp.core.programme.importer.people import starts_with_person
from floorapp.core.programme.importer.words import MONTHS, ROOM_WORDS, WEEKDAYS

#: "Time:" after an item's title, before its range ("Session 1: Opening … Time: 8:00-8:20").
TIME_LABEL_LAST = re.compile(r"(?<=\w\w)\s" + TIME_LABEL.pattern + "$", re.IGNORECASE)
_BARE_TIME = re.compile(r"^\s*" + CLOCK_TEXT + r"\s*$", re.IGNORECASE)
#: "Opening session: from 10 a.m. to 11 a.m.": an item's title, a colon, then its hours.
TITLE_THEN_FROM = re.compile(r"\s*(?:[•*·-]\s*)?(?P<t>[^:\s][^:]{2,80}?)\s*:\s*"
                             r"(?:from|de|desde)?\s*", re.IGNORECASE)
#: "Session II: Combatting the evolving threat … (closed) 15:00-18:00": a numbered part's long
#: title before its range, not a sentence of prose.
NUMBERED_LEAD = re.compile(NUMBERED_PART.pattern + r"[:.–-]", re.IGNORECASE)
#: The words of a sentence, not of a title: "The meeting will be held: from …".
SENTENCE_WORD = re.compile(r"\b(?:will|is|are|be|been|held|takes?|place|sera|aura|tendrá)\b",
                           re.IGNORECASE)


#: "09:30 -      Adoption of the agenda and" / "10:00        organization of work": a PDF table
#: whose time cell wraps, the end of the range on the next line beside the title's rest.
_OPEN_RANGE = re.compile(r"^(?P<a>\s*" + CLOCK_TEXT + r")\s*[-–—]\s*(?P<rest>(?:\s{2,}|\t).*)?$",
                         re.IGNORECASE)
_RANGE_END = re.compile(r"^(?P<b>\s*" + CLOCK_TEXT + r")(?P<rest>(?:\s{2,}|\t).*)?$", re.IGNORECASE)


_DAY_NUMBER = re.compile(r"^\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                         r",?\s+\d{1,2}\s*$", re.IGNORECASE)
_MONTH_ALONE = re.compile(r"(?i)^\s*(?:january|february|march|april|may|june|july|august|"
                          r"september|october|november|december)(?:\s+\d{4})?\s*:?\s*$")


#: No heading for the time below: what runs all day ("All Day Coffee Break"), the page's title.
NO_HEADING = re.compile(r"(?i)all[- ]day\b|toute la journée|todo el día|(?:(?:draft|provisional|"
                        r"preliminary|annotated|tentative)\s+)?(?:agenda|programme|program)\s*$")


def untitled_range(text: str, ranges: list[TimeRange] | None = None) -> bool:
    """A line holding time ranges and no title ("10:00 – 11:30", "| 9:00 - 9:30 |");
    ``ranges``: the line's, when already found."""
    ranges = find_ranges(text) if ranges is None else ranges
    rest = text[:ranges[0].span[0]] + " " + text[ranges[-1].span[1]:] if ranges else ""
    cleaned = clean_title(without_date(rest).strip(" ,;|"))  # ("Day 1 - 19 November, 9:30")
    return bool(ranges) and (not cleaned or ROOM_ONLY.match(cleaned) is not None)
    # ("13 December, 8:00 – 10:00 AM EAT": a date beside the hours is no title, nor a room:
    # "0930-1230 hours, Popov Room")


def titled_line(text: str) -> bool:
    """A line that can be a segment's title: text, no time, no day, no label."""
    label = label_of(text)
    # "1. Panel: Implementing the NUA in cities": a panel's subject after its label, no names
    subject = label is not None and label[0] == "panellist" and bool(label[1].strip()) and \
        not starts_with_person(label[1]) and not re.search(r",\s*[A-Z]", label[1]) or \
        label is not None and label[0] == "speaker" and not label[1].strip()  # "Opening Remarks"
    return bool(clean_title(text)) and not find_ranges(text) and not day_key(text) and \
        (label is None or subject) and not DAY_ALONE.match(text) and not MONTH_YEAR.fullmatch(text)


#: Two times alone on a line, each with its a.m. or p.m. (or noon), one space between them.
_MARKED_PAIR = re.compile(r"\s*(?P<a>(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?[ap]\.?m\.?|12 noon|noon)"
                          r" (?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?[ap]\.?m\.?\s*", re.IGNORECASE)


def join_split_ranges(lines: list[Line]) -> list[Line]:
    """A start and an end on two lines of their own ("10:00" / "12:30") read as one range;
    a day split over two ("Monday 26" / "November") as one day."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        a = lines[i]
        b = lines[i + 1] if i + 1 < len(lines) else None
        c = lines[i + 2] if i + 2 < len(lines) else None
        if b is not None and c is not None and _BARE_TIME.match(a.text) and \
                re.fullmatch(r"\s*(?:to|until|à|a|hasta|[-–—~～])\s*", b.text, re.IGNORECASE) and \
                _BARE_TIME.match(c.text) and b.start == a.end + 1 and c.start == b.end + 1 and \
                a.row < 0:  # "9:30 a.m." / "to" / "10:30 a.m.": one range on three lines
            out.append(Line(a.text + "-" + " " * (len(b.text) + 1) + c.text, a.start))
            i += 3
            continue
        if b is not None and _BARE_TIME.match(a.text) and (_BARE_TIME.match(b.text) or (
                dashed := re.match(r"\s*[-–—]\s*", b.text)) and _BARE_TIME.match(
                b.text[dashed.end():])) and b.start == a.end + 1 and a.row < 0:
            # ("10:30" / "-11:30": the dash opening the end's line)
            out.append(Line(a.text + ("-" if _BARE_TIME.match(b.text) else " ") + b.text, a.start))
            i += 2
            continue
        if (pair := _MARKED_PAIR.fullmatch(a.text)) is not None:  # "4 p.m. 5.30 p.m.": a
            cut = pair.end("a")  # range with a space for its dash
            out.append(Line(a.text[:cut] + "-" + a.text[cut + 1:], a.start, a.cell, a.row))
            i += 1
            continue
        opened = _OPEN_RANGE.match(a.text)
        ended = _RANGE_END.match(b.text) if b is not None and opened else None
        if b is not None and opened and ended and b.start == a.end + 1 and a.row < 0 and \
                not find_ranges(opened.group("rest") or ""):
            rest = " ".join(x.strip() for x in (opened.group("rest"), ended.group("rest")) if x)
            out.append(Line(f"{opened.group('a')} - {ended.group('b').strip()}  {rest}", a.start))
            i += 2
            continue
        if b is not None and _DAY_NUMBER.match(a.text) and _MONTH_ALONE.match(b.text) and \
                b.start == a.end + 1 and a.row < 0:  # "Monday 26" / "November": one day
            out.append(Line(a.text + " " + b.text, a.start))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


#: what leads a listed item in a sentence: "…, followed by a panel discussion", "and an …"
_ITEM_LEAD = re.compile(
    r"^[\s,;.]*(?:(?:and|then|followed by|after which|before|et|puis|suivie?s? d[e'’]|y|luego|"
    r"seguid[oa]s? de)\s+)*(?:by\s+)?(?:(?:an?|the|two|three|une?|la|le|les|el|los|las)\s+)?",
    re.IGNORECASE)
#: where a sentence's first listed item begins: "The meeting will consist of an opening segment"
_LIST_OPENS = re.compile(
    r".*\b(?:consists? of|comprises?|includes?|including|will (?:open|begin|start) with|"
    r"se compose(?:ra)? d['’e]|comprendra|comprenant|constará de|incluirá|comenzará con)\s+"
    r"|.*:\s+", re.IGNORECASE)


def bracketed_items(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, int]] | None:
    """Items named in a sentence, each with its hours in brackets after it: "The meeting will
    consist of an opening segment (10:00 – 10:30), followed by a panel discussion (10:30 –
    12:00) and an interactive dialogue (12:00 – 13:00)." gives each item's words and offset;
    None when the line is not so written."""
    if len(spans) < 2:
        return None
    items: list[tuple[str, int]] = []
    prev_end = 0
    for start, end in spans:
        before = text[prev_end:start]
        if items and re.fullmatch(r"\s*(?:and|,|;|et|y)\s*", before) and \
                re.match(r"\s*\)", text[end:]):  # "two interactive panels (10:20 – 11:40 and
            items.append(items[-1])               # 11:40 – 12:55)": one item's two ranges
            prev_end = end + re.match(r"\s*\)", text[end:]).end()  # type: ignore[union-attr]
            continue
        if not re.search(r"\(\s*$", before) or not re.match(r"\s*(?:\)|and\s|,)", text[end:]):
            return None
        words = re.sub(r"\(\s*$", "", before)
        if not items:
            opens = _LIST_OPENS.match(words)
            if opens is not None:
                words, prev_end = words[opens.end():], prev_end + opens.end()
        lead = _ITEM_LEAD.match(words)
        at = prev_end + (lead.end() if lead else 0)
        title = words[lead.end() if lead else 0:].strip(" ,;.")
        if not re.search(r"[^\W\d_]{3}", title) or len(title) > 90:
            return None
        items.append((title[0].upper() + title[1:], at))
        closing = re.match(r"\s*\)", text[end:])
        prev_end = end + (closing.end() if closing else 0)
    return items


_TWO_TIMES = re.compile(r"^(?P<lead>\s*)(?P<a>" + CLOCK_TEXT + r")(?P<gap>\s+)(?P<b>" + CLOCK_TEXT +
                        r")\s*$", re.IGNORECASE)


#: What follows a range after a slash or a bar ("10.00-11.30 / Council of Europe hemicycle").
_AFTER_RANGE = re.compile(r"^\s*(?P<sep>[/|])\s*(?P<room>[^/|\d\s][^/|]{2,80}?)\s*\|?\s*$")
#: The words of a break, never a room nor a speaker: "Coffee break", "Lunch".
PAUSE = re.compile(r"\b(?:break|lunch|coffee|pause|registration|reception|dinner)\b",
                    re.IGNORECASE)
_PLACE = re.compile(r"(?-i:" + ROOM_WORDS + r"|Zone|Arena|Cent(?:re|er))\b")
#: The clock after each range: "United State Eastern Time, Washington D.C.", "Seoul Time".
_ZONE_AFTER = re.compile(r"\s*[(,]?\s*(?:(?:[A-Z][\w.-]+\s+){0,2}(?:Eastern|Central|Pacific|"
                         r"Standard|Africa|European|Local)|[A-Z][a-z]+)\s+Time\b[^\d|]{0,40}")


_DAY_CELL = re.compile(r"(?i)\s*(?:" + "|".join(WEEKDAYS + tuple(MONTHS)) + r")\b")


def slash_cells(lines: list[Line]) -> list[Line]:
    """A grid of days flattened with " / " between its cells ("Tuesday 30 / Wednesday 31 /
    November 1 and 2" above "9h00 – 10h30 / Introduction - Welcome / Feedback from the field /
    …", three rows or more so): the slashes are its cells' bars, each row's first cell the
    first day's."""
    days = any(len(cells := ln.text.split(" / ")) >= 2 and all(
        _DAY_CELL.match(c) for c in cells) for ln in lines if " / " in ln.text)
    rows = [ln for ln in lines if days and " /" in ln.text and (r := find_ranges(ln.text)) and
            re.match(r"\s*/(?:\s|$)", ln.text[r[0].span[1]:])]
    if len(rows) < 3:
        return lines
    return [Line(ln.text.replace(" / ", " | "), ln.start, ln.cell, ln.row) for ln in lines]


def blank_rooms_after_ranges(lines: list[Line]) -> list[Line]:
    """The room each item is held in, written after its range: the same words after two
    ranges or more ("10.00-11.30 / Council of Europe hemicycle"), or a place after a bar
    under a heading ("27 June | 14:00- 14:30 | Blue Zone, SDG Media Zone"). Not the title
    (that is the heading above): blanked, the offsets kept, so each range is alone."""
    found: list[tuple[Line, int, str]] = []
    above = ""
    lines = slash_cells(lines)  # (a grid of days flattened with slashes: not rooms after them)
    for line in lines:
        ranges = find_ranges(line.text)
        text = line.text.strip()
        zone = _ZONE_AFTER.fullmatch(line.text[ranges[0].span[1]:]) if len(ranges) == 1 else None
        if zone is not None:  # "9:00 - 9:05 United State Eastern Time, Washington D.C.": the
            found.append((line, ranges[0].span[1], zone.group(0).strip().casefold()))  # clock
            continue
        m = _AFTER_RANGE.match(line.text[ranges[0].span[1]:]) if len(ranges) == 1 else None
        place = m is not None and "|" not in above and not find_ranges(above) and \
            bool(_PLACE.search(m.group("room")))
        if m is not None and not PAUSE.search(m.group("room")) and (
                m.group("sep") == "/" or place) and \
                not clean_title(DATE_WORDS.sub("", line.text[:ranges[0].span[0]])):
            found.append((line, ranges[0].span[1], "" if place else m.group("room").casefold()))
        above = text or above
    rooms = [room for _, _, room in found]
    blank = {id(line): cut for line, cut, room in found if not room or rooms.count(room) >= 2}
    if not blank:
        return lines
    return [Line(ln.text[:blank[id(ln)]] + " " * (len(ln.text) - blank[id(ln)]), ln.start,
                 ln.cell, ln.row) if id(ln) in blank else ln for ln in lines]


#: "WEDNESDAY, MARCH 29 15h 00 Opening of the meeting": a day's header, then its first point.
_DAY_THEN_POINT = re.compile(
    r"^\s*" + DATE_WORDS.pattern + r"[\s,]+(?=(?:[01]?\d|2[0-3])(?:h\s?|[:.])[0-5]\d"
    r"(?:\s?[ap]\.?m\b\.?)?(?:\s+[A-Z]|\s*$))", re.IGNORECASE)  # ("… 2009 16h00": title below)


def split_day_before_point(lines: list[Line]) -> list[Line]:
    """A day's header and the day's first point in time on one line, made two lines (a range
    after the day is read as it stands)."""
    out = []
    for line in lines:
        m = _DAY_THEN_POINT.match(line.text)
        rest = line.text[m.end():] if m else ""
        ranges = find_ranges(rest)
        if m is None or not re.search(r"[^\W\d_]", m.group(0)) or (
                ranges and ranges[0].span[0] == 0):
            out.append(line)
            continue
        out += [Line(line.text[:m.end()], line.start, line.cell, line.row),
                Line(rest, line.start + m.end(), line.cell, line.row)]
    return out


def restore_lost_dashes(lines: list[Line]) -> list[Line]:
    """"8:00  9:00", "08.15  09:00" alone on a line: a range whose dash the text lost (a PDF's
    en dash dropped by a bad encoding); the dash is put back, the offsets kept. (Two times
    run together with no space, "09:0012:00", are read by ``clock.find_ranges`` itself.)"""
    out = []
    for line in lines:
        m = _TWO_TIMES.match(line.text)
        first = find_point(m.group("a")) if m else None
        second = find_point(m.group("b")) if m else None
        if m is None or first is None or second is None or second[0] <= first[0]:
            out.append(line)
            continue
        gap = m.group("gap")
        text = line.text[:m.start("gap")] + " " * (len(gap) - 1) + "-" + line.text[m.end("gap"):]
        out.append(Line(text, line.start, line.cell, line.row))
    return out


#: A row's number run into its range: "19:30-10:00 (0,5h)Introduction", "210:30-12:00".
_NUMBER_ON_RANGE = re.compile(r"\s*(?P<glued>(?P<n>\d)(?P<a>\d{1,2}[:.]\d\d))\s*[-–]\s*"
                              r"(?P<b>\d{1,2}[:.]\d\d)")


def unglue_row_numbers(lines: list[Line]) -> list[Line]:
    """A table's session number run into the range after it ("19:30-10:00" for session 1 at
    9:30-10:00, "313:30-15:30" for session 3): the number is blanked, the offsets kept, when
    the range read with it is no range (its start after its end, or no hour of a day) and
    without it is one."""
    out = []
    for line in lines:
        m = _NUMBER_ON_RANGE.match(line.text)
        a, b, glued = (find_point(m.group(g)) for g in ("a", "b", "glued")) if m else (None,) * 3
        if m is not None and a is not None and b is not None and a[0] < b[0] and \
                (glued is None or glued[0] > b[0]):  # ("19:00 – 19:00" stays as written)
            line = Line(line.text[:m.start("n")] + " " + line.text[m.end("n"):], line.start,
                        line.cell, line.row)
        out.append(line)
    return out


def _hours_closing(line: Line) -> tuple[int, int] | None:
    """The span of a range in round brackets that ends the line ("Ministers' Forum" /
    "(10:30 am - 12:00 pm)", "High-level opening (9:00 am – 9:30 am)"), or None."""
    ranges = find_ranges(line.text)
    if len(ranges) != 1:
        return None
    a, b = ranges[0].span
    opened = line.text.rfind("(", 0, a)
    if opened < 0 or line.text[opened + 1:a].strip() or \
            not re.fullmatch(r"\s*\)\s*", line.text[b:]):
        return None
    return opened, len(line.text.rstrip())


def hoist_bracketed_hours(lines: list[Line]) -> list[Line]:
    """Hours in brackets that close a paragraph of two or three lines are the whole
    paragraph's: "Sustainable Transport Exhibition" / "Inauguration by H.E. Mr. X" /
    "(12:00 pm - 12:30 pm)" reads as the hours, then the title, then its description. Only
    when two paragraphs or more are written so, and none of their other lines has hours."""
    # (first line, last line, the hours' span in the last) of each such paragraph
    paragraphs: list[tuple[int, int, tuple[int, int]]] = []
    i = 0
    while i < len(lines):
        if not lines[i].stripped():
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and lines[j + 1].stripped():
            j += 1
        span = _hours_closing(lines[j]) if 1 <= j - i <= 2 and lines[j].row < 0 else None
        if span is not None and not any(find_ranges(ln.text) for ln in lines[i:j]):
            paragraphs.append((i, j, span))
        i = j + 1
    if len(paragraphs) < 2:
        return lines
    out = list(lines)
    for i, j, span in reversed(paragraphs):
        last = lines[j]
        hours = Line(last.text[span[0] + 1:span[1] - 1], last.start + span[0] + 1)
        rest = Line(last.text[:span[0]].rstrip(), last.start)
        out[i:j + 1] = [hours, *lines[i:j], *([rest] if rest.stripped() else [])]
    return out
