"""The meeting's date: the one the text says it is held on, its year told by the weekday
named with it when the year is not written."""

from __future__ import annotations

import re
from datetime import date

from floorapp.core.programme.importer.lines import DATE_WORDS
from floorapp.core.programme.importer.proposal import Found, Span
from floorapp.core.programme.importer.words import MONTHS

#: A year; not a plan's horizon ("the 2030 Agenda", "Agenda 2063", "Vision 2030").
_YEAR = re.compile(r"(?<!Agenda )(?<!Vision )(?<!Horizon )\b(19[5-9]\d|20\d\d)\b(?!/)"
                   r"(?!\s+(?:Agenda|Vision)\b)")
#: A date written with dots, day first: "02.11.2021" (not a version "1.2.2021.4").
_DOTTED = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\d.]\d)")

_PAGE_DATE = re.compile(r"(?i)\b(?:post(?:ed)?|published|updated|archived|uploaded|modified|"
                        r"printed|accessed|retrieved|last update)\s+(?:on\s+)?$")
_HELD = re.compile(r"(?:take place|be held|held|convene|tiendra|celebrar|tendrá lugar|"
                   r"aura lieu|se tiendra|date and venue|date et lieu|fecha|date:|"
                   r"will meet|se reunirá|entitled)\W|\bon\s+$", re.IGNORECASE)  # "… on 5 May"


#: The weekdays in the three languages, Monday first (0) as ``date.weekday`` counts them.
_WEEKDAY_NO = {w: i % 7 for i, w in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
     "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"))}


def parse_date_words(text: str, default_year: int | None,
                     years: tuple[int, ...] = ()) -> date | None:
    """A date written in words ("Tuesday, 3 April 2012", "13 décembre", "May 1, 2009"); with
    no year, the default year, or the year nearest it (the text's ``years`` first) in which
    the day falls on the weekday named ("Monday 22 September": 2014, not 2026)."""
    low = text.lower().replace(",", " ")
    month = next((MONTHS[w] for w in re.findall(r"[a-zéûô]+", low) if w in MONTHS), None)
    day_m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th|er)?(?:\b|(?=[a-zé]{3}))(?!\d)", low)
    year_m = _YEAR.search(low)
    if month is None or day_m is None:
        return None
    year = int(year_m.group(1)) if year_m else default_year
    if year is None:
        return None
    try:
        found = date(year, month, int(day_m.group(1)))
    except ValueError:
        return None
    weekday = next((_WEEKDAY_NO[w] for w in re.findall(r"[a-zéá]+", low) if w in _WEEKDAY_NO),
                   None)
    if year_m or weekday is None or found.weekday() == weekday:
        return found
    for y in sorted(range(year - 11, year + 12),  # the text's own years first, then the nearest
                    key=lambda y: (y not in years, abs(y - year), y)):
        try:
            if date(y, month, found.day).weekday() == weekday:
                return date(y, month, found.day)
        except ValueError:
            continue  # 29 February
    return found


def years_in(text: str) -> tuple[int, ...]:
    """Every year the text writes ("2026 GEO Symposium", "Agenda 2030"), in order."""
    return tuple(int(y) for y in _YEAR.findall(text))


#: "Day 1 - Tuesday 11/06/2024": a weekday, then a date in figures and slashes, its year
#: perhaps short ("11/06/24") or left out ("DAY 1 - Tuesday 04/02").
_WEEKDAY_SLASHED = re.compile(r"(?i)\b(?P<w>monday|tuesday|wednesday|thursday|friday|saturday|"
                              r"sunday)\b,?\s*(?P<a>[0-3]?\d)/(?P<b>[01]?\d)"
                              r"(?:/(?P<y>(?:19|20)?\d\d))?\b(?!/)")
_WEEKDAY_NUMBER = {w: i for i, w in enumerate(("monday", "tuesday", "wednesday", "thursday",
                                                "friday", "saturday", "sunday"))}


def _weekday_slashed(text: str, years: tuple[int, ...]) -> Found[date] | None:
    """The first date written in figures after its weekday, day first or month first, whichever
    falls on that weekday ("Tuesday 11/06/2024" is 11 June 2024); with no year, the text's
    years first, then the year nearest today's, earlier first, in which one of them does
    ("Tuesday 04/02" is 4 February 2025). None when none does."""
    m = _WEEKDAY_SLASHED.search(text)
    if m is None:
        return None
    a, b = int(m["a"]), int(m["b"])
    this = date.today().year
    candidates = [int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)] if m["y"] else sorted(
        range(this - 6, this + 7), key=lambda y: (y not in years, abs(y - this), y))
    for y in candidates:
        for day, month in ((a, b), (b, a)):
            try:
                d = date(y, month, day)
            except ValueError:
                continue
            if d.weekday() == _WEEKDAY_NUMBER[m["w"].lower()]:
                return Found(d, m.span(), "the first date in the text; check it is the meeting's"
                             if m["y"] else "the year is not written with the date")
    return None


def find_date(text: str) -> Found[date]:
    """The meeting's date: the one near "held on"/"take place", else the first full one."""
    # the year of the heading ("2026 GEO Symposium"), else the one written most often
    years = years_in(text)
    heading = _YEAR.search(text[:200])
    default_year = int(heading.group(1)) if heading else \
        max(set(years), key=years.count) if years else None
    for m in DATE_WORDS.finditer(text):  # the year of the first full date, where there is one
        y = _YEAR.search(m.group(0))
        if y:
            default_year = int(y.group(1))
            break
    best: tuple[int, date, Span, str] | None = None
    for m in DATE_WORDS.finditer(text):
        d = parse_date_words(m.group(0), default_year, years)
        if d is None:
            continue
        first = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–]|to|au|al|a|à|and|&|et|y)\s*$",
                          text[max(0, m.start() - 14):m.start()])  # "from 18 to 22 September",
        # "Tuesday 23rd & Wednesday 24th February 2021"
        if first and not re.match(r"\s*\d{1,2}:", text[m.start() - 6:]) and \
                1 <= int(first.group(1)) < d.day:  # "9-10 May 2012": the first day
            d = d.replace(day=int(first.group(1)))
        doubt = "" if _YEAR.search(m.group(0)) else "the year is not written with the date"
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        before = text[max(0, m.start() - 90):m.start()]
        score = 0
        if _PAGE_DATE.search(before):
            score -= 4  # "Post on 01-Oct-2020", "This page was archived on 27 Feb 2023": the page's
        elif _HELD.search(before[-60:]):
            score += 3
        if re.match(r"\s*(?:date|date,? time|date and time|when|fecha|date et heure)\b[^\n]{0,12}$",
                    text[line_start:m.start()], re.IGNORECASE):
            score += 3  # "Date, time Friday 3 June - 11:00 EST": the meeting's own date line
        if re.search(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|"
                     r"mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes)\b",
                     m.group(0), re.IGNORECASE):
            score += 2
        if line.strip() == m.group(0).strip() and m.start() < 400 and not re.search(
                r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|"
                r"vendredi|lunes|martes|miércoles|jueves|viernes)\b", m.group(0)):
            score -= 2  # a letter's own date, alone at the top
        if re.search(r"\d\s*[-–]\s*$", before[-4:]) or re.match(r"\s*[-–]\s*\d", text[m.end():]):
            score -= 1  # part of a span of days ("16-17 March", "2 - 27 March")
        if doubt:
            score -= 1
        if _SENT_LINE.match(line) or (re.match(r"\s*date\s*:", line, re.IGNORECASE) and re.search(
                r"(?im)^\s*(?:from|de)\s*:", text[max(0, line_start - 300):line_start])):
            score -= 6  # "Sent: Monday, 3 March 2025 09:12": the message's date, not the meeting's
        if best is None or score > best[0]:
            best = (score, d, m.span(), doubt)
    dotted = _DOTTED.search(text) if best is None else None
    if dotted is not None:  # "Glasgow 02.11.2021: …", "Day 1  29.02.2024": day, month, year
        try:
            return Found(date(int(dotted.group("y")), int(dotted.group("m")),
                              int(dotted.group("d"))), dotted.span(),
                         "the first date in the text; check it is the meeting's")
        except ValueError:
            pass
    slashed = _weekday_slashed(text, years) if best is None and dotted is None else None
    if slashed is not None:
        return slashed
    if best is None:
        return Found(date.today(), (0, 0), "no date found: today's date was put in its place")
    doubt = best[3]
    if best[0] <= 0 and not doubt:
        doubt = "the first date in the text; check it is the meeting's"
    return Found(best[1], best[2], doubt)


#: An e-mail's "Sent:" header line, pasted with the programme it carries.
_SENT_LINE = re.compile(r"\s*(?:sent|envoyé|enviado(?: el)?|gesendet)\s*:", re.IGNORECASE)
