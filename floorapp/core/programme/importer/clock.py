"""Times of day and time ranges as programmes write them, in English, French and Spanish.

The grammar, in words:

    TIME   := HOUR [ (":" | "." | "h" | " h ") MINUTES ] [ MERIDIEM | "h" | "hs" | "heures" ]
            | "noon" | "midday" | "midi" | "mediodía"
    RANGE  := TIME DASH TIME            DASH: - – — ‐ ‒ − ~ -- to till until à a al hasta y
    POINT  := TIME at the start of a line, not followed by a DASH and a TIME ("11.45 Visit")

A range is only taken as one when it cannot be a date or a count: at least one of its
ends has minutes, a meridiem (am/pm) or an "h"/"heures" mark ("16-17 March" and
"2004-2014" are not times). Which half of the day a 12-hour time is in is decided
once for the whole range (:func:`resolve`), and every guess is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from floorapp.core.programme.importer.pairs import (
    BARE_PAIR,
    GLUED_PAIR,
    chained_military,
    pair_minutes,
    titled_pairs,
)
from floorapp.core.programme.importer.words import DURATION_UNIT, ZONE_WORD

_MERIDIEM = (r"(?:(?:(?-i:[ap]\.?\s?m)(?=(?-i:[A-Z]))|[ap]\.?\s?m(?:\b|(?<=[ap]m)"
             r"(?=[0-5]\d(?!\d))))\.?"  # ("2pm30"; "AMCOW" is no "AM" and a word)
             r"|[AP]\.?\s?M(?:\b|(?=(?-i:[A-Z][a-z])))\.?"
             r"|(?-i:[ap])\.rn\b\.?|(?<=\d\d)(?-i:[ap])(?![\w.])"  # "2.30 p.rn" (a scan), "9:15a"
             r"|noon\b|midi\b)")  # "1pmItem 5": a title glued to the meridiem
_WORD_TIME = r"(?:noon|midday|midi|mediod[ií]a)"
_CLOCK = (
    r"(?P<{n}h>[01]?\d|2[0-3])"
    r"(?:\s?(?P<{n}sep>[:.]|h|\s?h\s)\s?(?P<{n}m>[0-5]\d))?"
    r"(?:(?:\.(?=[ap]\.\s?m\.))?\s?(?P<{n}mer>" + _MERIDIEM + r")"  # "6.p.m.": a stray dot
    r"(?P<{n}mm>(?<=[ap]m)[0-5]\d(?!\d))?"  # "2pm30": the minutes after the meridiem
    r"|\s?(?P<{n}mark>heures|hours|horas|hrs|hr|hs|Uhr|(?-i:h)|(?-i:H)(?!\.\s?(?-i:[A-Z])))(?:\b\.?|(?=\d)|(?=(?-i:[A-Z][a-z]))))?"
)
#: A clock time written alone, as a table cell or a line holds it: "10:00", "8.30", "9 h 15"
#: is not one, "10:00 a.m." is.
CLOCK_TEXT = r"(?:[01]?\d|2[0-3])[:.h]\s?[0-5]\d(?:\s?[ap]\.?\s?m\.?)?"

_DASH = (r"\s*(?:\bto\s+(?:around|about|approximately|approx\.|circa)\s"
         r"|--|[-–—‐‑‒−~〜～→…]|\bto\b|\btill\b|\buntil\b|\bà\b|\ba\s+las\b|\bhasta\s+las\b|\ba\b"
         r"|\bal\b|\bhasta\b|\by\b|(?<=[.:]\d\d)\s\|(?=\s\d)"
         r"|(?<=[ap]\.m\.)(?=\d))\s*")  # the last: a PDF that lost its dash ("10 a.m.1 p.m.")

#: A zone written after a range's start ("10:00 AM ET – 11:00 AM ET").
_ZONE = r"(?:\s?" + ZONE_WORD + r"\b)?"
RANGE = re.compile(
    r"(?<![\w/.,:])(?:" + _CLOCK.format(n="a") + r"|(?P<aword>" + _WORD_TIME + r"))"
    + _ZONE + _DASH
    + r"(?:" + _CLOCK.format(n="b") + r"|(?P<bword>" + _WORD_TIME + r"))"
    # not the start of a longer number or word; but "14.00Launch", a title glued to its end
    + r"(?:(?<=[:.h]\d\d)(?=(?-i:[A-Z][a-z]|[A-Z]{3}))|(?<=[ap]m)(?=(?-i:[A-Z]))"
    + r"|(?<=\sh\s\d\d)(?=(?-i:[A-Z]{3}))"  # "19 h 15SALLE I": a room glued to the end
    + r"|(?<=[:.h]\d\d)(?=\d{1,3}(?:st|nd|rd|th)\b)"  # "16:0022nd Ministerial Seminar"
    + r"|(?<=[:.]\d\d)(?!(?i:hours|horas|heures|uhr))(?=(?-i:[a-z]{4}))"  # "10:45break10:45-"
    + r"|(?<=[a-z])(?=\d|(?-i:[A-Z][a-z]))"  # "13 heures4e séance", "15:00 hoursLunch": glued
    + r"|(?![\w/]|[.,:]\d))",
    re.IGNORECASE,
)
#: "1400-1410GMT", "0900 – 1000 hrs", "from 0800 hours to 0900 hours": four-digit times, as news
#: agencies, militaries and some UN agencies write them.
MILITARY = re.compile(
    r"(?<![\w/.,:-])(?P<a>(?P<h1>[01]\d|2[0-3])(?P<m1>[0-5]\d))(?:h|\s*(?:hours|hrs)\b)?"  # "0900h"
    r"(?:\s*[-–—]\s*|\s+(?P<to>to|until|till)\s+)"
    r"(?P<b>(?P<h2>[01]\d|2[0-3]):?(?P<m2>[0-5]\d))\s*(?P<zone>GMT|UTC|Z|hrs|hours|h|"
    + ZONE_WORD + r")?(?![\w/-])",
    re.IGNORECASE)
AFTERNOON = "no am/pm: read as afternoon"  #: the guess made of an hour read after noon


POINT = re.compile(
    r"^\s*(?:\*\*|[•*·\-@]\s*)?(?:(?:\+/-|±|~|approx\.?|ca\.|circa|(?-i:h)\.|from|"  # "**11:10**"
    r"(?:à|a) partir de|desde)\s*)?"
    r"(?:\d{1,2}\.\d{1,2}\s+(?=(?:[01]?\d|2[0-3])[:h][0-5]\d))?"  # "1.3 09:15": an item's number
    r"(?:(?:\d{1,2}\s+)?(?P<sq>\[)(?=(?:[01]?\d|2[0-3]):[0-5]\d\]))?"  # "1 [13:00] Introductory …"
    + _CLOCK.format(n="a") + r"(?(sq)\])"
    # what follows: a title, "1st", a numbered item ("12h30 1. Opening"), a duration
    # ("13:05<TAB>15 mins<TAB>…"), or nothing
    + r"(?=\s*[:\-–—.]?\s*(?:[^\d\s]|\d+(?:st|nd|rd|th)\b|\d{1,2}\.\s+(?:(?:19|20)\d\d\s+)?[A-Z]|"
    + r"\d{1,2}\.\d(?![\d:.])\s+[A-Z]|"  # "14:30 7. 2014 IUCN World Parks Congress", "15:30 7.3 …"
    + r"\d{1,3}\s*" + DURATION_UNIT + r"(?![\w:.])|$))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ClockTime:
    """One end of a range as written: hour, minutes, and what marked it."""

    hour: int
    minute: int
    meridiem: str | None  # "am", "pm" or None
    explicit: bool  # minutes, meridiem or an "h" mark were written
    word: str | None = None  # "noon"


@dataclass(frozen=True)
class TimeRange:
    """A range found in the text: where it is, its two ends, and any guess made."""

    start: time
    end: time
    span: tuple[int, int]
    guess: str = ""  # why the reading is not certain, "" when it is


def _meridiem(text: str | None) -> str | None:
    if not text:
        return None
    low = text.strip().lower()
    return "pm" if low.startswith(("p", "n", "midi")) else "am"


def _end(m: re.Match[str], n: str) -> ClockTime | None:
    word = m.group(f"{n}word") if f"{n}word" in m.re.groupindex else None
    if word:
        return ClockTime(12, 0, "pm", True, word="noon")
    hour = m.group(f"{n}h")
    if hour is None:
        return None
    minutes = m.group(f"{n}m") or m.group(f"{n}mm")
    mer = _meridiem(m.group(f"{n}mer"))
    mark = m.group(f"{n}mark") if f"{n}mark" in m.re.groupindex else None
    sep = m.group(f"{n}sep")
    explicit = bool(minutes or mer or mark or (sep and sep.strip() == "h"))
    return ClockTime(int(hour), int(minutes or 0), mer, explicit)


def _h24(m: re.Match[str], n: str) -> bool:
    """Whether an end is written the 24-hour way: "09:00", "10 h 30", "16:00hs", "13 heures"."""
    hour = m.group(f"{n}h") or ""
    sep = (m.group(f"{n}sep") or "").strip()
    mark = m.group(f"{n}mark") if f"{n}mark" in m.re.groupindex else None
    return bool(re.fullmatch(r"0\d", hour)) or sep == "h" or bool(mark)


def _to24(c: ClockTime, meridiem: str | None) -> int:
    """Minutes since midnight of a clock time read in a half of the day."""
    h = c.hour
    if meridiem == "pm" and h < 12:
        h += 12
    elif meridiem == "am" and h == 12:
        h = 0
    return h * 60 + c.minute


def resolve(a: ClockTime, b: ClockTime, h24: bool = False) -> tuple[int, int, str] | None:
    """Start and end in minutes since midnight, and the guess made ("" when none).

    ``None`` when the two ends make no sense as a range of one day.
    """
    guess = ""
    if a.hour > 12 or b.hour > 12 or (h24 and not (a.meridiem or b.meridiem)) or a.hour == 0:
        if a.meridiem or b.meridiem:  # "13:00 pm": trust the 24-hour reading
            guess = "a 24-hour time was also marked am/pm"
        start, end = a.hour * 60 + a.minute, b.hour * 60 + b.minute
        if end < start and b.hour + 12 < 24 and b.hour < 12:
            end += 12 * 60
            guess = "the end was read as afternoon"
    elif a.meridiem and b.meridiem:
        start, end = _to24(a, a.meridiem), _to24(b, b.meridiem)
        if a.meridiem == b.meridiem == "am" and b.hour == 12 and start > 0:
            end = 12 * 60 + b.minute  # "9 a.m. - 12 a.m.", "10:45 am – 12:15 am": a morning
            # that ends at noon, not midnight
            guess = "“12 a.m.” at the end of a morning: read as noon"
        elif a.meridiem == "pm" and b.meridiem == "am" and b.hour < 12 and \
                0 < _to24(b, "pm") - start <= 4 * 60:  # "12:55 PM - 01:55 AM": a slip
            end, guess = _to24(b, "pm"), "“am” after a start in the afternoon: read as pm"
    elif b.meridiem:  # "10–11.30 a.m.", "11–1 p.m.", "3-6 p.m."
        end = _to24(b, b.meridiem)
        start = _to24(a, b.meridiem)
        if start > end:
            start = _to24(a, "am")
        if a.hour == 12 and start < 6 * 60:  # "12:30 - 2:00 am": a lunch, not a night
            start, end = _to24(a, "pm"), _to24(b, "pm")
            guess = "“am” after a range from noon: read as afternoon"
    elif a.meridiem:  # "11 a.m. - 1"
        start = _to24(a, a.meridiem)
        end = _to24(b, a.meridiem)
        if end <= start:
            end = _to24(b, "pm")
    else:  # no meridiem at all, hours 1-12: "10.00 – 11.30", "11:00 - 1:00", "3.00 - 6.00"
        start, end = a.hour * 60 + a.minute, b.hour * 60 + b.minute
        if a.hour < 8 and b.hour <= 8 and not (a.hour == 0):
            start, end = start + 12 * 60, end + 12 * 60
            guess = AFTERNOON
        elif end <= start and b.hour < 12:
            end += 12 * 60
            guess = "no am/pm: the end was read as afternoon"
    if not (0 <= start < end < 24 * 60):
        return None
    return start, end, guess


def as_time(minutes: int) -> time:
    """The time of day ``minutes`` after midnight."""
    return time(minutes // 60, minutes % 60)


#: A range's end that opens another range: its start was a number, not a time
#: ("Panel 1 – 10:00 to 11:30").
_RANGE_GOES_ON = re.compile(r"\s*(?:--|[-–—]|to\b|until\b|à\b|a\b|al\b|hasta\b)\s*\d",
                            re.IGNORECASE)


def find_ranges(text: str) -> list[TimeRange]:
    """Every time range in ``text``, in order, with its character span."""
    found = []
    pos = 0
    while (m := RANGE.search(text, pos)) is not None:
        pos = m.end()
        a, b = _end(m, "a"), _end(m, "b")
        if a is None or b is None:
            continue
        if not (a.explicit or a.meridiem) and m.group("bh") and _RANGE_GOES_ON.match(text,
                                                                                  m.end()):
            pos = m.start("bh")
            continue  # "Panel 1 – 10:00 to 11:30": the panel's number, then the range
        bare_end = m.group("bh") and not (m.group("bm") or m.group("bmer") or m.group("bmark"))
        if bare_end and text[m.end():m.end() + 1] == ")" and \
                "(" not in text[text.rfind("\n", 0, m.start()) + 1:m.start()]:
            pos = m.start("bh")
            continue  # "10:00 AM - 1) Opening segment. 2) …": a time, then a numbered item
        a_end = max((m.end(g) for g in ("ah", "am", "amer", "amark") if m.group(g)),
                    default=m.start())
        dash = text[a_end: m.start("bh") if m.group("bh") else m.end()].lower()
        word_dash = re.search(r"\b(?:a|y|al|to|à)\b", dash) is not None
        if not (a.explicit or b.explicit):
            continue
        if word_dash and not (a.explicit and b.explicit) and not b.meridiem:
            continue  # "1 a 3" or "10 to 12" without marks is a count, not times
        r = resolve(a, b, _h24(m, "a") or _h24(m, "b"))
        if r is None:
            continue
        found.append(TimeRange(as_time(r[0]), as_time(r[1]), m.span(), r[2]))
    taken = [r.span for r in found]
    for m in (*BARE_PAIR.finditer(text), *titled_pairs(text), *GLUED_PAIR.finditer(text)):
        if any(a < m.end("b") and m.start("a") < b for a, b in taken):
            continue
        taken.append((m.start("a"), m.end("b")))
        start, end = pair_minutes(m)
        if start < end and not all(v.isdigit() and 1900 <= int(v) <= 2099
                                   for v in (m.group("a"), m.group("b"))):
            found.append(TimeRange(as_time(start), as_time(end),
                                   (m.start("a"), m.end("b"))))
    taken = [r.span for r in found]
    chained = chained_military(text)
    for m in (*MILITARY.finditer(text), *chained):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        h1, m1, h2, m2 = (int(m.group(k)) for k in ("h1", "m1", "h2", "m2"))
        zone = m.group("zone") or ""
        years = all(v.isdigit() and 1900 <= int(v) <= 2099 for v in (m.group("a"), m.group("b")))
        lead = text[:m.start()].strip(" \t|•*-")
        # ("Opening Statements        1200-1215": a table's last column, the time, apart)
        column = not text[m.end():].strip() and re.search(r"(?:\t| {3,})$", text[:m.start()])
        if not zone and m not in chained and (years or m.group("to") or lead and not column
                                              and not re.fullmatch(r"\d{1,2}[.)]?", lead)):
            continue  # "2004-2014" is years; a bare "0900-1000" only opens a line; "from
            # 0900 to 1200" needs its "hours"
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if start >= end:
            continue
        guess = f"times written in {zone.upper()}: check the meeting's time zone" if \
            zone.upper() in ("GMT", "UTC", "Z") else ""
        found.append(TimeRange(as_time(start), as_time(end), m.span(), guess))
        taken.append(m.span())
    found.sort(key=lambda r: r.span)
    return found


#: "0800GMT – Session opened", "1045 hrs: Oral update": a four-digit time with its zone.
MILITARY_POINT = re.compile(
    r"^\s*(?:[•*·\-]\s*)?(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?:GMT|UTC|Z|hrs|hours)\b"
    r"(?=\s*[:\-–—.]?\s*[^\d\s])")


#: "0930 Welcome" in a programme whose ranges are written "1015-1200": four digits alone.
FOUR_DIGIT_POINT = re.compile(r"^\s*(?:[•*·\-]\s*)?(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)"
                              r"(?=\s*[:\-–—.]?\s*(?:[A-Z]|\d[A-Z]\w?\s+[A-Z]|\d{1,2}\.\s+[A-Z])"
                              r"|\s*$)")  # "3D …", "1. Administration"


def minutes(t: time) -> int:
    """Minutes since midnight."""
    return t.hour * 60 + t.minute


def find_point(line: str, four_digits: bool = False) -> tuple[time, tuple[int, int], str] | None:
    """A time alone at the start of a line ("11.45 Visit", "16:00 Apertura", "0800GMT –
    Opening"; "0930 Welcome" when ``four_digits``: the text writes its ranges so), or None."""
    four = MILITARY_POINT.match(line) or (FOUR_DIGIT_POINT.match(line) if four_digits else None)
    if four is not None:
        return time(int(four.group("h")), int(four.group("m"))), four.span(), ""
    if re.fullmatch(r"\s*\d{1,2}\.\s\d{1,2}\.\s*", line) or re.match(r"\s*0\d[ap]\b", line):
        return None  # "18. 10.": a day and a month (18 October); "01a Minutes": a paper's number
    noon = re.match(r"\s*(?:12\s*)?(?:noon|midday|midi|mediod[ií]a)\s*(?:[:.–-]\s*|$)", line,
                    re.IGNORECASE)
    if noon is not None and (noon.end() == len(line) or line[noon.end():noon.end() + 1].isupper()):
        return time(12, 0), noon.span(), ""  # "Midi" / "Réunion du Bureau": a point at noon
    m = POINT.match(line)
    if m is None or re.search(r"\d[./]\d\d$", m.group(0)) and re.match(r"[./]\d", line[m.end():]):
        return None  # "02.02.2021 14:00": a date, not a point at 02:02
    if four_digits and re.match(r"\s*\d{1,2}\.\d{1,2}\s*$", line):
        return None  # "2.10" in a text whose times are written "1400": an item's number
    c = _end(m, "a")
    if c is None or not c.explicit:
        return None
    if m.group("asep") is None and not c.meridiem and not m.group("amark"):
        return None
    guess = ""
    if c.meridiem == "am" and c.hour == 12:  # "12 : 30 am Group photo" after a morning's
        minutes = 12 * 60 + c.minute  # items: a programme's day has no half past midnight
        guess = "“am” after 12: read as noon"
    elif c.meridiem:
        minutes = _to24(c, c.meridiem)
    else:
        minutes = c.hour * 60 + c.minute
        if c.hour < 8 and not _h24(m, "a"):
            minutes += 12 * 60
            guess = AFTERNOON
    if minutes >= 24 * 60:
        return None
    return as_time(minutes), m.span(), guess
