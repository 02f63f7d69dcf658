"""Event lists and cards: each event's title, then "When: 11 October, 9:15-11:30 EST", then
"Where: …", the way a page lists the events of a day (UNGEI's, UNICEF's); or its title, then
"Place:", "Date:" and "Time:" lines, then a sentence describing it (the OAS's)."""

from __future__ import annotations

import re

from floorapp.core.programme.importer.clock import find_ranges
from floorapp.core.programme.importer.labels import OTHER_LABEL
from floorapp.core.programme.importer.layout import titled_line
from floorapp.core.programme.importer.lines import Line
from floorapp.core.programme.importer.patterns import (
    HOURS_LABEL,
    INFO_LABEL,
    TIME_LABEL,
    clean_title,
)

#: "When:", "Quand :", "Cuándo:": the line that gives an event's hours.
WHEN = re.compile(r"\s*(?:when|quand|cuándo|dates?)\s*:", re.IGNORECASE)
#: A card's time field in a bulleted list, its day before its hours: "• Time: 22nd September
#: 13:00-18:00" (not "Time: Wednesday 18 June 2025 from 10:00 to 16:00", the meeting's hours).
TIME_FIELD = re.compile(r"\s*[•▪·*-]\s*(?:time|heure|hora|horario)\s*:", re.IGNORECASE)

#: A card's place with the event's hours after it: "Venue: United Nations Cafeteria at 8:30 a.m.
#: – 9:30 a.m.", "Venue: Delegates’ Dining Room, 4th Floor, 6 p.m.-9 p.m".
PLACE_FIELD = re.compile(r"\s*(?:venue|location|place|lieu|lugar|where)\s*:\s*(?P<p>[^:]{2,120}?)"
                         r"[\s,;]*(?:\b(?:at|from|à|de)\s*)?", re.IGNORECASE)


def when_items(texts: list[str]) -> bool:
    """Whether the text lists events so: two "When: … 9:15-11:30" lines or more, each under
    a line of text (its event's title)."""
    return sum(1 for i, t in enumerate(texts) if i and WHEN.match(t) and find_ranges(t) and
               (titled_line(texts[i - 1]) or _card_field(texts[i - 1]) or
                INFO_LABEL.match(texts[i - 1]) is not None)) >= 2  # (or "Location: Hall E")


#: A card's date and time on one line: "Date: Sunday, June 6, 2010 » Time: ".
DATED_TIME = re.compile(r"\s*(?:date|fecha)\s*:\s*.{6,40}?\s*[»|;,–-]?\s*" + TIME_LABEL.pattern,
                        re.IGNORECASE)


def _card_field(text: str) -> bool:
    """ "When: June 30, 2023", "What: …", "Host: …": a card's field, never its title ("Organized
    by: X" is one here, though a list of side events may name its items so)."""
    return WHEN.match(text) is not None or OTHER_LABEL.match(text) is not None or \
        re.match(r"\s*organi[sz]ed by\s*:", text, re.IGNORECASE) is not None or \
        _BULLETED_FIELD.match(text) is not None


#: A card's field in a bulleted list: "• Global Fund speaker: Peter Sands", "• Location: X" (a
#: label of a few words, no number in it).
_BULLETED_FIELD = re.compile(r"\s*[•▪·*-]\s*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}\s*:\s*\S")


def time_titles_below(texts: list[str]) -> bool:
    """Whether each "Time: 10:00 – 10:30" line has its title on the line below it
    ("Session: Welcome"), not above: every such line is followed by a line of text."""
    timed = [i for i, t in enumerate(texts)
             if TIME_LABEL.match(t) and (rs := find_ranges(t)) and
             not clean_title(t[rs[-1].span[1]:])]  # "Time: 10:00 – 10:30", the label before
    return len(timed) >= 2 and all(
        i + 1 < len(texts) and titled_line(texts[i + 1]) and
        not INFO_LABEL.match(texts[i + 1]) and not _card_field(texts[i + 1])
        for i in timed) and not all(
        re.search(r"\w{3}\.$", texts[i + 1]) and len(texts[i + 1].split()) >= 6
        for i in timed)  # an event's card: a sentence describing it below, its title above


def card_title_line(recent: list[tuple[Line, str]], line: Line) -> tuple[Line, str] | None:
    """The line above a card's fields ("Dialogue with Civil Society" / "Place: Museo de la
    Nación" / "Date: Sunday, June 6, 2010" / "Time: 11:00 a.m. - 12:30 p.m."), with its kind."""
    titled = any(_TITLE_FIELD.match(x.stripped()) for x, _ in recent)
    lines = [x for x in recent if x[0] is not line]
    for i in range(len(lines) - 1, -1, -1):
        above, kind = lines[i]
        text = above.stripped()
        said = re.search(r"\w{3}\.$", text) is not None and len(text.split()) >= 6
        if said and (titled or i > 0 and _heading(lines[i - 1][0].stripped())):
            continue  # "Event: X" / "Accelerating results-oriented investments …." / "Date:";
            # "President's Discussion" / "The … Discussion is open to all …." / "Location:"
        if not (INFO_LABEL.match(text) or HOURS_LABEL.match(text) or _card_field(text)):
            return wrapped(recent, above), kind
    return None


def _heading(text: str) -> bool:
    """Whether a line reads as a card's heading: a few words, no sentence, no field."""
    return 0 < len(text.split()) <= 12 and not re.search(r"[.:;,]$", text) and \
        not _card_field(text) and not INFO_LABEL.match(text)


def wrapped(recent: list[tuple[Line, str]], above: Line) -> Line:
    """A card's numbered title wrapped onto the line below it, indented deeper ("1. The Great
    Debate: Towards Better Soil Health through Sustainable" / "    Agricultural Practices"),
    as one line; else the line above the card's fields."""
    i = next((k for k, (x, _) in enumerate(recent) if x is above), 0)
    first = recent[i - 1][0] if i else above
    if first is not above and re.match(r"\s*\d{1,2}[.)]\s+\S", first.text) and \
            above.indent > first.indent and not re.search(r"[.:;!?)]\s*$", first.text) and \
            not re.match(r"\s*\d", above.text):
        return Line(f"{first.text.rstrip()} {above.stripped()}", first.start)
    return above


#: A card's title in a field of its own: "Event:             “Our Door of Return” …".
_TITLE_FIELD = re.compile(r"\s*(?:event|title|activity)\s*:\s*\S", re.IGNORECASE)
