"""Days as programmes write them: a line that only names a day, what a day's header says
after a dash, and one key for a day however it is written ("20 Oct", "Thursday, 20 October")."""

from __future__ import annotations

import re

from floorapp.core.programme.importer.lines import DATE_WORDS
from floorapp.core.programme.importer.words import MONTHS, WEEKDAY_WORD, WEEKDAYS

_DAY_HEADER_EXTRA = re.compile(
    r"\b(?:morning|afternoon|evening|matin|après-midi|soir|mañana|tarde|noche)\b"
    r"|^\s*(?:session|day|jour|journée|día|jornada|séance|sesión)\s+\w{1,3}\s*[:–-]?"
    r"|^\s*[•*·-]?\s*(?:opening|closing|first|second|third|final|last)\s+day\s*[:–-]?"
    r"|^\s*\d{1,2}\s*(?:ère|re|e|ème|st|nd|rd|th|a|o)?\s+(?:demi-)?(?:journée|jour|day|"
    r"half-day|jornada|día)\b"
    # "Tuesday till Thursday, May 13-15": a span of weekdays before the date, the span's last
    # day after it
    r"|^\s*[•*·-]?\s*[a-z]+day\s+(?:till|to|until|through|thru|[–-])(?=\s*[–-]\s*\d{1,2}\s*$)"
    r"|\s[–-]\s*\d{1,2}\s*$", re.IGNORECASE)  # (what is left when the date is taken out)


#: "Day 1: ", "LEARNING DAY: Day 1 – ": a day's number (and a short label in capitals) first.
_DAY_NUMBER_LEAD = re.compile(r"^\s*(?:#+\s*)?(?:(?-i:[A-Z][A-Z ]{2,30}):\s*)?"
                              r"(?:day|jour|día|journée)\s+\d{1,2}\s*[:–—-]\s*", re.IGNORECASE)


_WEEKDAY = r"(?:(?:" + "|".join(WEEKDAYS) + r")\.?,?\s+)?"
#: "12-13 May 2014", "18 to 21 October", "Sunday 18 – Wednesday 21 October", "del 18 al 21 de
#: octubre", "du 18 au 21 octobre": some days, the first one first.
_SPAN_OF_DAYS = re.compile(r"\s*(?:(?:del|du|from)\s+)?" + _WEEKDAY +
                           r"(?P<first>\d{1,2})(?:st|nd|rd|th|er)?\s*(?:[–-]|(?:to|au|al|a|until)\s)"
                           r"\s*" + _WEEKDAY + r"\d{1,2}(?:st|nd|rd|th)?\s+(?:de\s+)?[a-zé]",
                           re.IGNORECASE)
_CLOCK_FIRST = re.compile(r"\s*\d{1,2}[:h]\d\d(?![\d.:/])\s+\d")


def is_day_header(text: str) -> bool:
    """A line that only names a day: "Monday, 3 May 2010", "Session 1A: Wednesday, 26 April
    afternoon", "1ère demi-journée – mercredi 26 août – après-midi"."""
    if not day_key(text) or re.match(r"\s*(?:sent|envoyé|enviado(?: el)?|gesendet)\s*:", text,
                                     re.IGNORECASE):
        return False  # "Sent: Monday, 3 March 2025 09:12": an e-mail's date, not a day's
    if _CLOCK_FIRST.match(text):
        return False  # "13:05 01st– 04th July 2024": a timed item on a meeting of those days
    led = _DAY_NUMBER_LEAD.match(text) is not None
    text = _DAY_NUMBER_LEAD.sub("", text)
    if day_subtitle(text, colon=led):  # "Day 1: 28 January 2019 - Open Consultations", "Day 2
        return True  # — 11 September 2026: Benchmark Design, …"
    text = re.sub(r"(?<=\S)\s*\((?![^()]*\d)[^()]{1,40}\)\s*$", "", text)  # "(ARAN Park Hotel)"
    rest = _DAY_HEADER_EXTRA.sub("", DATE_WORDS.sub("", _LINK_AND_CLOCKS.sub("", text)))
    return len(rest.strip(" ,.|:;–-")) <= 12


#: A link and the clocks' names on a day's header: "DAY 1 – OCT 19 WIB/UTC https://youtu.be/…".
_LINK_AND_CLOCKS = re.compile(r"\s(?:https?://\S+|(?-i:[A-Z]{2,5})(?:/(?-i:[A-Z]{2,5}))+)(?=\s|$)")


def day_subtitle(text: str, colon: bool = False) -> str:
    """What a day header says of its day after a dash: "Sunday 9 September – Arrival and
    Welcome of Participants" gives "Arrival and Welcome of Participants", or after a colon
    when ``colon`` (the day's number came first: "Day 2 — 11 September 2026: Benchmark
    Design"); else ""."""
    m = DATE_WORDS.match(text.strip())
    if m is None:
        return ""
    rest = re.match(r"\s*[–—-]\s+(?P<s>[A-Z][^\n]{3,60})$" if not colon else
                    r"\s*[–—:-]\s+(?P<s>[A-Z][^\n]{3,80})$", text.strip()[m.end():]) or \
        re.match(r"(?:\s*,\s*(?i:day\s+\d{1,2}|(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?))+"
                 r"\s*[–—:-]\s+(?P<s>[A-Z][^\n]{3,60})$", text.strip()[m.end():])
    # ("Aug 6, day 1, Mon: AmeriGEOSS Week (INPE; São José dos Campos)"; not "21 October 2020:
    # Opening Session", an item's title after its date)
    if rest is None or re.search(r"\d{1,2}[:.h]\d\d|\d\s*[ap]\.?m\b|^(?i:day)\s+\d{1,2}$",
                                 rest.group("s")):
        return ""  # a time in it: a segment under its day, not the day's subtitle; "– Day 1"
    return rest.group("s").strip()


_MONTH_NAME = {n: name for name, n in reversed(list(MONTHS.items()))}  # 10: "october"

#: A day named by its number alone, in a table's cell or in bold: "| **Day 2** |".
_DAY_ALONE_NUMBER = re.compile(r"(?i)[\s|*#_]*(?:day|jour|día|journée)\s+(\d{1,2})[\s|*_:]*")


def day_key(text: str) -> str:
    """A day as "22 february": the same day however it is written (weekday, year or not); not
    "1 october" for "DAY 1 – OCT 19"."""
    m = DATE_WORDS.search(_DAY_NUMBER_LEAD.sub("", text))
    if m is None:  # "| **Day 2** |": a later day by its number alone (the first day's may
        alone = _DAY_ALONE_NUMBER.fullmatch(text)  # come after its registration's hour)
        return f"day {int(alone.group(1))}" if alone is not None and int(alone.group(1)) > 1 \
            else ""
    low = m.group(0).lower()
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th|er)?\b(?!\d)", low)
    month = next((w for w in re.findall(r"[a-zéûôí]+", low) if w in MONTHS), None)
    if day is None or month is None:
        return re.sub(r"\s+", " ", low.strip(" ,"))
    # "20 Oct", "20 October", "20 octobre": one day
    return f"{int(day.group(1))} {_MONTH_NAME[MONTHS[month]]}"


def span_of_days(text: str) -> bool:
    """ "23rd – 27th September 2024" alone: some days; below a programme's items, or after an
    item's time, the dates of a meeting the item speaks of, not a day of this programme's."""
    return bool(_SPAN_OF_DAYS.match(text)) and is_day_header(text.strip())


def header_day(text: str, after_items: bool, above: str = "") -> str | None:
    """The day a line that only names a day stands for, or None; of a span of days above the
    items ("12-13 May 2014"), its first; a span below them ("23rd – 27th September 2024") is the
    dates of a meeting an item speaks of, no day; nor is a date with no weekday under a page's
    number (``above``: the line before), a PDF page's foot ("1" / "27 September 2017")."""
    if not is_day_header(text) or after_items and re.fullmatch(r"\d{1,3}", above.strip()) and \
            not WEEKDAY_WORD.search(text):
        return None
    span = _SPAN_OF_DAYS.match(text)
    key = day_key(text)
    if span is None or " " not in key:
        return key
    return None if after_items else f"{int(span.group('first'))} {key.split(' ', 1)[1]}"


_WEEKDAY_SHORT = re.compile(r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?"
                            r"(?=\s*[,|]|\s+\d|\s*$)")


def without_day_words(text: str) -> str:
    """The text without its dates and weekdays, whole or short ("Tue, Jun 11 | …"), and the
    day's number before a date ("Day 1 - Wednesday 19 November, ")."""
    return _or_nothing(text, _WEEKDAY_SHORT.sub("", WEEKDAY_WORD.sub("", DATE_WORDS.sub("", text))))


def without_date(text: str) -> str:
    """The text without its dates, and the day's number before one ("Day 1 - 19 November")."""
    return _or_nothing(text, DATE_WORDS.sub(" ", text))


#: "Day", "jour", "día": the word before a day's number.
DAY_WORD = r"(?:day|jour|día)"
#: What is left of "Day 1 - Wednesday 19 November, 9:30" without its date.
_DAY_NUMBER_ALONE = re.compile(r"\s*" + DAY_WORD + r"\s+\d{1,2}\s*[:,–-]?[\s,]*", re.IGNORECASE)


def _or_nothing(text: str, bare: str) -> str:
    """``bare``, what is left of ``text`` without its date, or nothing when only the day's
    number before that date is left."""
    return "" if bare != text and _DAY_NUMBER_ALONE.fullmatch(bare) else bare
