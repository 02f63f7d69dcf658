"""A meeting's sittings listed on one line ("10:00 - 13:00 and 15:00 - 18:00", "9 a.m.– 1 p.m.;
2–3 p.m."): the words that join the ranges, and the name written after them or below them."""

from __future__ import annotations

import re
from itertools import pairwise

from floorapp.core.programme.importer.clock import TimeRange, find_ranges, minutes
from floorapp.core.programme.importer.lines import DATE_WORDS, DAY_NAMES
from floorapp.core.programme.importer.patterns import clean_title
from floorapp.core.programme.importer.proposal import Found

#: What stands between two ranges that list one meeting's sittings: "and", ";", "y", "from".
_JOIN = re.compile(r"(?:\s*\([A-Z]{2,4}\))?"  # ("8:00 - 9:30 a.m (EST) and 6:00 - …": a zone)
                   r"[\s,;]*(?:and|et|y|or|ou|o)?[\s,;]*(?:from|de|the other from|one from)?\s*",
                   re.IGNORECASE)


def one_item_s_sittings(text: str, ranges: list[TimeRange]) -> bool:
    """ "10:00 am - 1:00 pm, 3:00 - 5:00 pm": one item's morning and afternoon sittings."""
    return all(re.fullmatch(r"\s*[,;]\s*", text[a.span[1]:b.span[0]]) and
               minutes(a.end) < minutes(b.start) and
               minutes(a.end) - minutes(a.start) != minutes(b.end) - minutes(b.start)
               for a, b in pairwise(ranges))


def joins(text: str, ranges: list[TimeRange]) -> list[bool]:
    """For each gap between two of a line's ranges, whether only a joining word stands in it."""
    return [_JOIN.fullmatch(text[a.span[1]:b.span[0]]) is not None for a, b in pairwise(ranges)]


def name_after_sittings(line: str) -> tuple[str, int] | None:
    """ "10:00 - 13:00 and 15:00 - 18:00 Working Group on …": the name after two sittings or
    more listed at the line's start, and where it starts in the line; None otherwise."""
    ranges = find_ranges(line)
    if len(ranges) < 2 or line[:ranges[0].span[0]].strip() or not all(joins(line, ranges)):
        return None
    m = re.match(r"\s*(?P<t>[^\W\d_][^|]{8,160})$", line[ranges[-1].span[1]:])
    return (m.group("t").strip(), ranges[-1].span[1] + m.start("t")) if m else None


def sittings_title(text: str, span: tuple[int, int]) -> Found[str] | None:
    """ "12 Jan 2023 9 a.m.– 1 p.m.; 2–3 p.m. |" above "Labouisse Hall | Orientation for the
    Board members", or "10:00-13:00 and 15:00-18:00 Plenary meeting": a line that lists a
    meeting's sittings and nothing else, titled after its last range or on the line below."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    end = len(text) if end < 0 else end
    ranges = find_ranges(text[start:end])
    if not ranges:
        return None
    lead = DATE_WORDS.sub("", text[start:start + ranges[0].span[0]])
    if re.search(r"[^\W\d_]{3}", re.sub(r"(?i)\b(?:from|de|du|del|desde)\b", "", lead)):
        return None  # a sentence that tells the hours, not a line that lists them
    after = text[start + ranges[-1].span[1]:end]
    if not re.search(r"[^\W\d_]{4}", after):  # nothing after the ranges: the line below
        below_end = text.find("\n", end + 1)
        after = text[end + 1:len(text) if below_end < 0 else below_end]
        if find_ranges(after) or DATE_WORDS.match(after.strip()):
            return None
    t = clean_title(after.strip(" |,;:–-"))
    if len(t) < 4 or not re.search(r"[^\W\d_]{3}", t) or \
            re.match(r"(?i)(?:conference\s+)?(?:room|salle|sala|palais|hall)\b", t) or \
            re.match(r"(?i)\s*(?:venue|location|place|lieu|lugar|date|time|where|when)\s*:",
                     after):  # "Venue: Conference Room 1": a label, no title
        return None
    at = text.find(t[:20], start)
    return Found(t, (at, at + len(t)) if at >= 0 else span, "the meeting's hours in prose: "
                 "check the title")


def not_items(text: str, ranges: list[TimeRange]) -> str | None:
    """Why a line's ranges are no items, or None: "(9:00 – 10:00 GMT)" alone is the same
    times on another clock; ranges with no words between them, a grid's columns."""
    if re.fullmatch(r"\s*\(\s*[^()]*\)\s*", text) and re.search(
            r"\b(?:[A-Z]{2,4}T|GMT|UTC|local time|time)\b", text):
        return "the same times on another clock"
    note = re.fullmatch(r"\s*\((?P<b>[^()]*)\)\s*", text)  # "(Includes technical visit to …
    if note is not None and ranges and re.search(  # 05:00 - 08:00 on the Thursday …)": a note
            r"[a-z]{2,}\s+\S+\s+\S+", note["b"][:ranges[0].span[0] - note.start("b")]) and \
            re.search(r"(?i)\bon\s+(?:the\s+)?(?:" + DAY_NAMES + r")\b", text):
        return "a note in brackets about another day"
    # "Timing: Edmonton: 06.00–08.00; Cali/Washington DC: 08.00–10.00; Accra/London: …"
    cities = [text[ranges[k - 1].span[1] if k else 0:r.span[0]] for k, r in enumerate(ranges)]
    if len(ranges) >= 3 and all(
            re.search(r"(?:^(?:[A-Z]\w+:\s*)?|[;,]\s*)[A-Z][\w./ ]{1,40}:\s*$", c) for c in cities):
        return "the same times on another clock"
    between = text
    for rng in reversed(ranges):
        between = between[:rng.span[0]] + between[rng.span[1]:]
    w = re.sub(r"[\W\d_]|\b(?:first|second|week|semaine|semana)\b", "", between, flags=re.I)
    if len(ranges) >= 2 and not one_item_s_sittings(text, ranges) and len(w) < 4:
        return "times side by side: the columns of a grid (parallel meetings?)"
    return None
