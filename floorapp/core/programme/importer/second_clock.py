"""An item's time given again on a second clock: "10:00-10:30 CET / 17:00-17:30 Beijing" on one
line, or "09:00 CEST" over "10:00 EEST" in one cell. The first clock is the meeting's; the second
is blanked out, the offsets kept."""

from __future__ import annotations

import re

from floorapp.core.programme.importer.clock import CLOCK_TEXT, TimeRange, minutes
from floorapp.core.programme.importer.lines import Line
from floorapp.core.programme.importer.words import ZONE_WORD

#: between two clocks of one item: "10:00-10:30 CET / 17:00-17:30 Beijing", "9:00 EST | 15:00 CET"
_CLOCK_JOIN = re.compile(r"\s*(?:" + ZONE_WORD + r"|local time|hora local|heure locale|"
                         r"[A-Z][a-zé]+(?: time)?)?\s*[/|]\s*\(?\s*$")
_CLOCK_BRACKET = re.compile(r"\s*(?:[A-Z][a-zé]+(?: [A-Z][a-zé]+)?(?: time)?|" + ZONE_WORD +
                            r")?\s*\(\s*")  # ("11:00 - 17:30 EST (16:00 - 22:30 GMT)")
_ZONE_CLOSE = re.compile(r"\s*(?:" + ZONE_WORD + r")\s*\)")
_CLOCK_PLACE = re.compile(r"\s*(?:" + ZONE_WORD + r"|[A-Z][a-zé]+(?: [A-Z][a-zé]+)?)(?: time)?\)?"
                          r"(?=\s{2,}|\t|\s*[|:–-]|\s*$)")


#: A point in time on two clocks, each with its place: "8:00 a.m. in Central America / 10:00
#: a.m. in Dominican R." (the first is kept, as for ranges).
_TWO_POINTS_IN = re.compile(r"^\s*(?P<a>" + CLOCK_TEXT + r")\s+in\s+[^/|\d]{2,40}?\s*/\s*" +
                            CLOCK_TEXT + r"\s+in\s+[A-Z][a-zà-ÿ]*\.?(?:\s+[A-Z][a-zà-ÿ]*\.?){0,3}",
                            re.IGNORECASE)


def _minutes_long(rng: TimeRange) -> int:
    return (minutes(rng.end) - minutes(rng.start)) % 1440


#: "09:00/02:00 Opening": an item's time on the meeting's clock, then on another (UTC).
_SLASHED_POINTS = re.compile(r"^\s*(?P<a>(?:[01]?\d|2[0-3]):[0-5]\d)\s*/\s*"
                             r"(?:[01]?\d|2[0-3]):[0-5]\d(?=\s+[^\W\d_])")


def without_second_clock(line: Line, ranges: list[TimeRange]) -> Line:
    """The line with a second clock's range blanked out ("10:00-10:30 CET / 17:00-17:30
    Beijing   Opening session"): the same item's hours elsewhere, of the same length; the line
    itself when it has none (``ranges``: the line's, already found)."""
    text = line.text
    two = _TWO_POINTS_IN.match(text) or _SLASHED_POINTS.match(text)
    if two is not None:  # "8:00 a.m. in Central America / 10:00 a.m. in Dominican R.Words by …"
        blanked = text[:two.end("a")] + " " * (two.end() - two.end("a")) + text[two.end():]
        return Line(blanked, line.start, line.cell, line.row)
    for first, second in zip(ranges, ranges[1:], strict=False):
        same_length = _minutes_long(first) == _minutes_long(second)
        # ("WHEN 11.00–12.30 South Africa (09:00-11:30 GMT)": the other clock in brackets)
        bracketed = _CLOCK_BRACKET.fullmatch(text[first.span[1]:second.span[0]]) is not None and \
            _ZONE_CLOSE.match(text, second.span[1]) is not None
        if not bracketed and (not same_length or
                              not _CLOCK_JOIN.fullmatch(text[first.span[1]:second.span[0]])):
            continue
        place = _CLOCK_PLACE.match(text, second.span[1])
        cut_end = place.end() if place is not None else second.span[1]
        blanked = text[:first.span[1]] + " " * (cut_end - first.span[1]) + text[cut_end:]
        return Line(blanked, line.start, line.cell, line.row)
    return line


#: A point or a range alone on its line with its clock's name: "09:00 CEST", "10:00-11:00 EEST".
_CLOCKED_ALONE = re.compile(r"^\s*" + CLOCK_TEXT + r"(?:\s*[-–]\s*" + CLOCK_TEXT + r")?\s*(?P<z>" +
                            ZONE_WORD + r")\s*$", re.IGNORECASE)


def blank_second_clock_lines(lines: list[Line]) -> list[Line]:
    """A line that gives the time above it again on another clock ("09:00 CEST" / "10:00 EEST",
    a web page's time cell with the hour of a second country below), blank lines between them
    allowed: the second line is blanked. Each names its clock, and the clocks differ."""
    out = list(lines)
    above: re.Match[str] | None = None
    for i, line in enumerate(lines):
        if not line.text.strip():
            continue
        m = _CLOCKED_ALONE.match(line.text)
        if m is not None and above is not None and m.group("z") != above.group("z"):
            out[i] = Line(" " * len(line.text), line.start, line.cell, line.row)
            above = None
            continue
        above = m
    return out
