"""Two times of one item written without a dash between them ("10:00 13:00", "10.0013.00") or
four-digit ranges run into the words of a flattened table ("Lead0830-0900 Registration"): the
pairs :func:`clock.find_ranges` reads as ranges besides those its dashes mark."""

from __future__ import annotations

import re
from itertools import pairwise

#: "• 10:00 13:00" alone on its line: a timetable (Indico's) that writes a range without a dash.
#: "1530  1600" too, in a table that lost its dashes (not two years, "2004 2014").
BARE_PAIR = re.compile(r"^[ \t]*(?:[•*·\-]\s*)?(?P<a>(?P<h1>[01]?\d|2[0-3])[:h](?P<m1>[0-5]\d)|"
                       r"(?P<h1d>[01]\d|2[0-3])(?P<m1d>[0-5]\d))[ \t]+(?P<b>(?P<h2>[01]?\d|2[0-3])"
                       r"[:h](?P<m2>[0-5]\d)|(?P<h2d>[01]\d|2[0-3])(?P<m2d>[0-5]\d))[ \t]*$",
                       re.MULTILINE)
#: "13:00 15:00 Side-events": the same pair before an item's title; taken where it opens
#: the line, or inside a flattened line ("… segment 9:00 9:45 Opening session … 9:45 11:15
#: Panel …") when one pair's end opens the next pair. Dots alike ("10.00 10.15 Belgium"), a
#: numbered, quoted or ordinal title alike ("09:20 09:45 1.2 Welcome", "“Family” photo"), and
#: a table's start and end in cells of their own ("| 10:00 | 10:15 | Belgium |", "10:00,10:15,…").
_TITLED_PAIR = re.compile(r"(?:^|(?<=\s))(?P<a>(?P<h1>[01]?\d|2[0-3])(?P<s>[:.])(?P<m1>[0-5]\d))"
                          r"(?:[ \t]*(?P<c>[|,;])[ \t]*|[ \t]+)"
                          r"(?P<b>(?P<h2>[01]?\d|2[0-3])(?P=s)(?P<m2>[0-5]\d))"
                          r"(?(c)[ \t]*(?P=c)[ \t]*|[ \t]+)"
                          r"(?=[“\"'‘«(]?[^\W\d_]|\d{1,2}(?:[.)]|(?:\.\d{1,2})+\.?)[ \t]+[^\W\d_]|"
                          r"\d+(?:st|nd|rd|th)\b)",
                          re.MULTILINE)


#: "(Open meeting) 10.0013.00 7th meeting of the COP": a PDF's range whose dash was lost with
#: the space around it, the two times run together.
GLUED_PAIR = re.compile(r"(?<![\d.:/])(?P<a>(?P<h1>[01]?\d|2[0-3])(?P<s>[.:h])(?P<m1>[0-5]\d))"
                        r"(?P<b>(?P<h2>[01]?\d|2[0-3])(?P=s)(?P<m2>[0-5]\d))(?![\d.:/])")


def pair_minutes(m: re.Match[str]) -> tuple[int, int]:
    """A pair's two times in minutes since midnight (colons or four digits)."""
    g = m.groupdict()  # the four-digit groups ("h1d") are BARE_PAIR's alone
    return (int(g["h1"] or g["h1d"]) * 60 + int(g["m1"] or g["m1d"]),
            int(g["h2"] or g["h2d"]) * 60 + int(g["m2"] or g["m2d"]))


def _chained(pairs: list[re.Match[str]]) -> list[re.Match[str]]:
    """The pairs that end where another starts or start where another ends."""
    starts = {pair_minutes(m)[0] for m in pairs}
    ends = {pair_minutes(m)[1] for m in pairs}
    return [m for m in pairs if pair_minutes(m)[1] in starts or pair_minutes(m)[0] in ends]


def titled_pairs(text: str) -> list[re.Match[str]]:
    """Pairs before an item's title: those opening their line, and chained ones inside it."""
    pairs = [m for m in _TITLED_PAIR.finditer(text) if _ordered(m)]
    chained = _chained(pairs) if len(text) >= 24 else []  # no room for two in a short line
    return [m for m in pairs if m in chained or
            not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip(" \t|")]


def _ordered(m: re.Match[str]) -> bool:
    start, end = pair_minutes(m)
    return start < end


def holds_bare_pair(line: str) -> bool:
    """Whether a line holds an item's two times with no dash between them, anywhere in it
    ("2 11:45 13:00 The UNESCO Prize", after a page's number)."""
    return any(_ordered(m) for m in _TITLED_PAIR.finditer(line))


#: "Lead0830-0900 Registration 1 0900-0930 Opening …": four-digit ranges run into the words
#: around them in a flattened table, taken only when they follow one another.
_RUN_IN_MILITARY = re.compile(r"(?<!\d)(?P<a>(?P<h1>[01]\d|2[0-3])(?P<m1>[0-5]\d)) ?[-–] ?"
                              r"(?P<b>(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d))(?!\d)"
                              r"(?P<zone>(?!))?(?P<to>(?!))?")  # MILITARY's groups, never set


def chained_military(text: str) -> list[re.Match[str]]:
    """Run-in four-digit ranges, when at least three of them chain end to start."""
    if len(text) < 30:
        return []  # no room for three
    pairs = [m for m in _RUN_IN_MILITARY.finditer(text) if _ordered(m) and not all(
        1900 <= int(v) <= 2099 for v in (m.group("a"), m.group("b")))]  # not years
    chained = _chained(pairs)
    if len(chained) >= 3:  # and the next after a break: "… 1400-1540 Discussion 1545-1600 …"
        chained += [m for a, m in pairwise(pairs) if a in chained and m not in chained and
                    0 <= pair_minutes(m)[0] - pair_minutes(a)[1] <= 30]
        chained.sort(key=lambda m: m.start())
    # ("… the plan from 1100-1130. Media Q&A 1130-1150": two, when "from" opens the first)
    told = len(chained) == 2 and re.search(r"\b(?:from|de|desde)\s*$", text[:chained[0].start()])
    return chained if len(chained) >= 3 or told else []
