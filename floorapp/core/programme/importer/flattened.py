"""One source line cut into several logical lines: a programme flattened onto one long line
(cut before each time range, each day, each label and each bracketed note, or after each
range when its titles stand before their ranges), points in time run together, and the
columns after an item's title.
"""

from __future__ import annotations

import re
from datetime import time
from itertools import pairwise

from floorapp.core.programme.importer.clock import TimeRange, find_point, find_ranges
from floorapp.core.programme.importer.lines import DATE_WORDS, DAY_NAMES, MONTH_NAMES, Line
from floorapp.core.programme.importer.words import LABELS

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
_WEEKDAY_DATE = re.compile(r"(?<=\s)(?:" + DAY_NAMES + r"),?\s+(?:\d{1,2}\s?(?:st|nd|rd|th)?\s+"
                           r"(?:" + MONTH_NAMES + r")\b|(?:" + MONTH_NAMES +
                           r")\s+\d{1,2})", re.IGNORECASE)  # "… THURSDAY, MARCH 30"
#: A point in time inside a flattened line, before a capitalised title: "… 8.30 Morning Prayer",
#: or run into the word before it, as a table's cells ("Registration08:30 Opening Remarks"),
#: or a bare hour with its am or pm ("8 am Ceremonial meet and greet").
_INLINE_POINT = re.compile(r"(?:(?<=\s)(?:[01]?\d|2[0-3])|(?<=[a-z])(?:[01]\d|2[0-3])(?=:))"
                           r"(?:[:.][0-5]\d(?:\s?[AaPp]\.?[Mm]\b\.?:?)?|\s?[AaPp]\.?[Mm]\b\.?:?|"
                           r"(?<=\d)\s?h\s?[0-5]\d)"  # (French: "10h00 Inscription 11h00 …")
                           r"(?=\s+(?:[A-Z]|\d{1,2}\.\s)|[A-Z][a-z]|\d\.\s|(?<=\d\d)\s[–—]\s[A-Z])")
# "… 3:05 PM: Call to order", "… 11:15 – Coffee break", a slide's cells run together
# ("Rapporteur 10:00Welcome … Co-chairs 10:151. Opening")


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
_BREAK = r"(?:\b(?:(?:tea\s*/\s*)?coffee|tea|health|lunch)\s+break|\blunch\b)"
_BREAK_BEFORE = re.compile(_BREAK + r"\s*$", re.IGNORECASE)
_BREAK_AFTER = re.compile(r"\s*:?\s*" + _BREAK, re.IGNORECASE)  # ("10:00 – 10:30: Tea / Coffee")
#: Where a numbered part's title starts inside a flattened line ("… the meeting Session 1: …").
_PART_INSIDE = re.compile(r"(?<=\s)(?=(?-i:Session|Panel|Segment|Plenary)\s+(?:\d+|[IVX]+)\s*:)")


#: "… Venue: AfDB Office Programme: 09:00 – 10:00: …": the programme's items follow its label
#: (a capitalised one: "… the following schedule: 10 a.m. to 1 p.m.; …" lists hours in prose).
_PROGRAMME_LABEL = re.compile(r"\b(?:Programme|Program|Agenda|Schedule|Timetable|Ordre du jour|"
                              r"Programa|PROGRAMME|AGENDA)\s*:\s*$")


def _titles_before(text: str, ranges: list[TimeRange]) -> list[int] | None:
    """Where to cut a flattened line whose titles stand before their ranges ("Official
    Opening and Welcome 9:00-10:00 . Dr. X … Tea break 11:00-11:30 Session II: …"): after
    each range and each year, before each break and each numbered part; None when the
    breaks do not tell it (one stands right before a range, none right after one)."""
    breaks = [m.start() for r in ranges
              if (m := _BREAK_BEFORE.search(text, max(0, r.span[0] - 20), r.span[0]))]
    if len(ranges) < 3 or not breaks or \
            any(_BREAK_AFTER.match(text, r.span[1]) for r in ranges):
        return None
    cuts = {r.span[1] for r in ranges} | set(breaks)
    cuts.update(m.start() for m in _PART_INSIDE.finditer(text))
    cuts.update(m.end() for m in re.finditer(r"\b(?:19|20)\d\d\b\s+(?=[A-Z])", text))
    cuts.update(_label_cuts(text))
    return sorted(c for c in cuts if 0 < c < len(text))


#: "… 1. Welcome remarks (14:30-14:35) 2. Overview (14:35-14:45) - Updated Work Plan …": an
#: agenda's numbered items run together, each with its hours in brackets after its title.
_NUMBER = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,2})\.\s+(?=[A-Z\"“])")


def _numbered_items(text: str, ranges: list[TimeRange]) -> list[int] | None:
    """Where each numbered item starts, when three or more run in order and the line's
    ranges are in brackets after them; None otherwise."""
    cuts: list[int] = []
    for m in _NUMBER.finditer(text):
        if int(m.group("n")) == len(cuts) + 1:
            cuts.append(m.start())
    bracketed = [r for r in ranges if re.search(r"\(\s*$", text[:r.span[0]]) and
                 re.match(r"\s*\)", text[r.span[1]:])]
    if len(cuts) < 3 or len(bracketed) < 3 or len(bracketed) < len(ranges) - 1 or \
            text.find(")", bracketed[0].span[1]) < cuts[0]:
        return None
    return cuts


_DATE_BEFORE = re.compile(r"(?:\b\d{4}|\b(?:" + DAY_NAMES + r")|\b(?:" + MONTH_NAMES +
                          r")\s+\d{1,2})[\s,.]*$", re.IGNORECASE)


def _first_point(text: str, at: int, ranges: list[TimeRange]) -> bool:
    """Whether the point at ``at`` opens the day, right after its date and before the first
    of its ranges in time and in the text."""
    found = find_point(text[at:at + 12])
    return found is not None and bool(ranges) and at < ranges[0].span[0] and \
        found[0] < ranges[0].start and _DATE_BEFORE.search(text, 0, at) is not None


def _points_in_order(text: str, ranges: list[TimeRange], points: list[int]) -> list[int]:
    """The points that fall in time between the ranges written around them, in a line of two
    ranges or more: "08.30 New staff introductions 08.45 Introduction - Ranjitha 08.50 – 09:00
    Debbie and Steffen 09:00 - 09:10 Plenary discussion … 09.50 Summing up"."""
    out: list[int] = []
    if len(ranges) < 2 or any(not re.search(r"[^\W\d]{3}", text[r.span[1]:nxt])
                              for r, nxt in zip(ranges, [r.span[0] for r in ranges[1:]] + [
                                  len(text)], strict=True)):
        return out  # not each range with its title after it: "9:00 - 9:30 9:30 - 10:00 …"
    for at in points:
        found = find_point(text[at:at + 12])
        before = [r.end for r in ranges if r.span[1] <= at]
        after = [r.start for r in ranges if r.span[0] > at]
        if found is not None and (not before or before[-1] <= found[0]) and \
                (not after or found[0] < after[0]):
            out.append(at)
    return out


def _two_listed(text: str, points: list[int]) -> bool:
    """Two points that open items: written the French way ("10h00", "11 h 30"), as no number
    in a title is; or after a session's label, each followed by a capital, the second later
    and neither told in a sentence ("… Moderators: Ms. X 09:00 Ms. Y, Director 09:15 Ms. Z")."""
    if points and all(re.match(r"\d+\s?h", text[at:]) for at in points):
        return True
    clocks = [(int(m[1]), m[2]) for at in points
              if (m := re.match(r"(\d{1,2})[:.](\d\d)\s+[A-Z]", text[at:])) is not None]
    return len(points) == len(clocks) == 2 and clocks[0] < clocks[1] and \
        _LABEL_SPLIT.search(text, 0, points[0]) is not None and not any(
            re.search(r"(?i)\b(?:at|from|by|until|till|to|between|and|à|de|dès|a|desde)\s*$",
                      text[:at]) for at in points)


def _cuts(text: str, ranges: list[TimeRange], points: list[int]) -> list[int]:
    """Where to cut a flattened line: before ranges, days, labels, bullets and notes."""
    if (titled := _titles_before(text, ranges) or _numbered_items(text, ranges)) is not None:
        return titled
    cuts: set[int] = set()
    previous_end = -1
    for r in ranges:
        begin = r.span[0]
        joined = previous_end >= 0 and re.fullmatch(
            r"[\s,;]*(?:and|et|y|or|ou)?[\s,;]*(?:from|de|the other from)?\s*",
            text[previous_end:begin], re.IGNORECASE)
        previous_end = r.span[1]
        label = _PROGRAMME_LABEL.search(text, max(0, begin - 25), begin)
        if label is not None:
            cuts.add(label.start())
        elif joined or re.search(r"[:(]\s*$", text[max(0, begin - 3):begin]):
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
    for m in re.finditer(r"\s(?=\[)|\s(?=•)|\s(?=\bItem \d+\b)|\s(?=(?:[A-Z]{4,}\s)?(?:SESSION|"
                         r"SEGMENT|PANEL|PART)\s(?:[IVX]{1,4}|\d{1,2}):)", text):  # ("THEMATIC …")
        cuts.add(m.end())
    # a flattened table's room column ends its row: "… civil society hearing Conference Room
    # 2* Round table 1 ECOSOC Chamber …"; a day's name starts the next day's rows
    for m in _ROOM_END.finditer(text):
        cuts.add(m.end())
    for m in _WEEKDAY_DATE.finditer(text):
        cuts.update((m.start(), m.end()))
    if len(points) >= 3 or len(points) == 2 and _two_listed(text, points):  # "… 8.00 Arrival &
        # Registration 8.30 Morning Prayer 9.00 Welcome …", "… 10h00 Inscription 11h00 …"
        cuts.update(points)
    else:  # "… June 11, 2003 10.00 Representatives … 10.30-11.00 Registration …": a point in
        cuts.update(at for at in points if _first_point(text, at, ranges))  # its day's first
        cuts.update(_points_in_order(text, ranges, points))
    return sorted(c for c in cuts if 0 < c < len(text))


#: "10.00 Bilateral meeting with UNSG i 10.30 High level meeting on Libya": a line that opens
#: with a point in time and holds the next ones, as a press notice runs them together.
_LEAD_POINT = re.compile(r"^\s*(?P<h>[01]?\d|2[0-3])(?P<sep>[:.]|\s?h\s?)(?P<m>[0-5]\d)"
                         r"(?P<mer>\s?[AaPp]\.?[Mm]\b\.?:?)?(?:\s+(?=[A-Z])|(?=[A-Z][a-z]))")

#: A short label before the points of a line ("Agenda:", "Programme:", "Ordre du jour :").
_POINTS_LABEL = re.compile(r"\s*(?:[A-Z][^\W\d]+(?: [^\W\d]+){0,2}\s?:|(?i:agenda|programme|"
                           r"program|schedule|timetable)(?: [^\W\d]+){0,2})\s+(?=\d)")


def _points_run_together(text: str, start: int, marked: bool = False) -> list[Line] | None:
    """A line of points in time run together, cut into one line each; with ``marked``, only
    when they say a.m. or p.m. ("3:00 PM: Opening … 3:05 PM: Call to order") or are written
    the French way ("10h00 Inscription 11h00 Session d'ouverture …")."""
    label = _POINTS_LABEL.match(text)  # "Agenda: 1:15 pm Welcome 1:20 pm Opening video …"
    skip = label.end() if label else 0
    lead = _LEAD_POINT.match(text[skip:])
    if lead is None or find_ranges(text) or (marked and not lead.group("mer")
                                             and "h" not in lead.group("sep")):  # ("10h00")
        return None
    def minutes_of(h: str, m: str, mer: str | None) -> int:
        pm = (mer or "").strip()[:1].lower() == "p" and int(h) < 12
        return (int(h) + (12 if pm else 0)) * 60 + int(m)

    last = minutes_of(lead.group("h"), lead.group("m"), lead.group("mer"))
    cuts = []
    for at in _inline_points(text, []):
        m = re.match(r"(\d{1,2})([:.]|\s?h\s?)(\d\d)(\s?[AaPp]\.?[Mm]\b)?", text[at:])
        if m is None or m.group(2).strip() != lead.group("sep").strip():  # ("10h00 … 11 h 00")
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


#: A point in time glued to the word before it, the next item after it, as a web page's
#: lines run together: ", Chief Operations Officer, SIWI16.10 – Speakers", "… with
#: speakers16.55 Closing Remarks".
_GLUED_POINT = re.compile(r"(?<=[^\W\d_]{3})(?:[01]?\d|2[0-3])[.:][0-5]\d(?=\s*[–—-]\s+[A-Z]|"
                          r"\s+[A-Z][a-z])")


def _ranges_run_on(text: str) -> list[int]:
    """Where the next items' ranges start in a short line that opens with an item's range or
    a bullet, as a PDF runs two lines together: "14 h 50-15 h 00 Examen des demandes 15 h
    00-15 h 45 Rapport du Secrétaire général", "— Autres discours 14 h 30-18 h 00 Séance"."""
    ranges = find_ranges(text)
    opens = bool(ranges) and not text[:ranges[0].span[0]].strip()
    if not opens and not re.match(r"\s*[—–•▪-]\s", text):
        return []
    cuts, last = [], ranges[0].start if opens else time(0)
    after = ranges[0].span[1] if opens else 0
    for r in ranges[1 if opens else 0:]:
        before, between = text[:r.span[0]], text[after:r.span[0]]
        if r.start >= last and re.search(r"[^\W\d]{2}\s+$", before) and \
                re.match(r"\s+[A-ZÀ-Ý]", text[r.span[1]:]) and not _FROM_BEFORE.search(before) \
                and len(re.findall(r"(?i)\b(?!(?:and|et|y|or|ou)\b)[^\W\d]{2,}", between)) >= 2:
            cuts.append(r.span[0])  # (not "9 a.m.– 1 p.m. and 2–3 p.m. Orientation")
            last = r.start
        after = r.span[1]
    return cuts


#: What an item is about, labelled after its time on its line: "Session 1: Opening … Time:
#: 8:00-8:20 CET (20 min) Summary: This session will comprise …".
_ABOUT_LABEL = re.compile(r"\s(?=(?:Summary|Description|Abstract|Résumé|Resumen|Descripción|"
                          r"Objectives?|Objectifs?|Objetivos?)\s?:\s)")


#: "… Day One 10 th July 2019 1 [13:00] Introductory Remarks … 2 [13:10] Approval of …": an
#: agenda's numbered items run together, each with its time in square brackets.
_BRACKETED_POINT = re.compile(r"(?:(?<=\s)\d{1,2}\s+)?\[(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\]\s")


def _bracketed_points(text: str) -> list[int]:
    """Where each item starts, when two or more such points run later and later."""
    found = list(_BRACKETED_POINT.finditer(text))
    times = [int(m.group("h")) * 60 + int(m.group("m")) for m in found]
    ordered = len(found) >= 2 and all(a < b for a, b in pairwise(times))
    return [m.start() for m in found] if ordered else []


def split_long(text: str, start: int) -> list[Line]:
    if bracketed := _bracketed_points(text):
        return _cut(text, start, bracketed)
    about = _ABOUT_LABEL.search(text)
    if about is not None and (ranges := find_ranges(text[:about.start()])) and \
            not find_ranges(text[about.end():]) and text[:ranges[0].span[0]].strip():
        return [*split_long(text[:about.start()], start), Line(text[about.end():],
                                                                start + about.end())]
    if len(text) < LONG_LINE:
        if run_on := _ranges_run_on(text):
            return _cut(text, start, run_on)
        first = re.match(r"\s*[\w ]{3,30}:", text)  # a label first, another after its colon
        labels = [c for c in _label_cuts(text) if c > first.end()] if first else []
        glued = [m.start() for m in _GLUED_POINT.finditer(text)]
        if glued and not find_ranges(text):
            return [piece for line in _cut(text, start, glued)
                    for piece in split_long(line.text, line.start)]
        run = _points_run_together(text, start)
        if labels and not find_ranges(text) and not run:
            return _cut(text, start, labels)  # "Moderator: Ayesha Hassan  Panelists: …"
        return run or [Line(text, start)]
    ranges = find_ranges(text)
    points = _inline_points(text, ranges)
    if not ranges and len(_LABEL_SPLIT.findall(text)) < 2 and len(points) < 3 and \
            not _two_listed(text, points):
        # "3:00 PM: Opening music video … 3:05 PM: Call to order …": points run together
        return _points_run_together(text, start, marked=True) or [Line(text, start)]
    return _cut(text, start, _cuts(text, ranges, points))


def columns_after_title(line: Line) -> list[Line]:
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
