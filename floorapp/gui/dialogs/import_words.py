"""The importer's reasons (written in English by the pure core) in the user's language.

The core says why it doubted a field or left a part out in plain English; this table
matches each of those sentences and gives it to Qt's translation layer, with its
variable parts put back. A sentence it does not know is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from floorapp.core.programme.importer.words import MONTHS

CONTEXT = "ImportReasons"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark a string for translation; translated where it is shown."""
    return text


N = QT_TRANSLATE_NOOP

#: The core's sentences, as translatable templates; each is matched by a pattern made from
#: it (a "{name}" part matches anything and is put back into the translation).
_TEMPLATES: tuple[str, ...] = (
    N(CONTEXT, "a cell of a grid under no time"),
    N(CONTEXT, "a deadline"),
    N(CONTEXT, "a point in time among timed segments, not a segment"),
    N(CONTEXT, "the end of the meeting above, not an item"),
    N(CONTEXT, "the format told in a sentence: the programme below gives the items"),
    N(CONTEXT, "at the same time as the item above: kept in its description"),
    N(CONTEXT, "marks the start of the item below: kept in its description"),
    N(CONTEXT, "a place named in the text"),
    N(CONTEXT, "no title of its own: the next range's title"),
    N(CONTEXT, "a time with no title after it (a column heading?)"),
    N(CONTEXT, "a time alone, not a segment"),
    N(CONTEXT, "cut from themes run together on one line"),
    N(CONTEXT, "end not written"),
    N(CONTEXT, "end not written: taken from the next item"),
    N(CONTEXT, "end not written: taken from its duration"),
    N(CONTEXT, "reckoned from the lengths written after the items"),
    N(CONTEXT, "written to start before the item above ends: started where it ends"),
    N(CONTEXT, "a note on the hours (interpretation, webcast), not an item"),
    N(CONTEXT, "named in brackets in the title: taken as speaker"),
    N(CONTEXT, "listed without a label: taken as panellist"),
    N(CONTEXT, "listed without a label or an honorific: taken as a speaker"),
    N(CONTEXT, "named after a role: check the name"),
    N(CONTEXT, "listed without a label: taken as a speaker"),
    N(CONTEXT, "marked as to be confirmed"),
    N(CONTEXT, "reads like a place, not an item: check the title"),
    N(CONTEXT, "named before any segment"),
    N(CONTEXT, "a theme named before any segment"),
    N(CONTEXT, "no am/pm: read as afternoon"),
    N(CONTEXT, "no am/pm: read as morning, before the day's first item"),
    N(CONTEXT, "no am/pm: the end was read as afternoon"),
    N(CONTEXT, "the end was read as afternoon"),
    N(CONTEXT, "a 24-hour time was also marked am/pm"),
    N(CONTEXT, "no announced title: a heading was taken"),
    N(CONTEXT, "no city found: New York assumed"),
    N(CONTEXT, "no date found: today's date was put in its place"),
    N(CONTEXT, "no honorific (Mr., Ms., H.E. …): check this is a person"),
    N(CONTEXT, "no segments found: the meeting's title"),
    N(CONTEXT, "no times in the text: placeholder, set the real times"),
    N(CONTEXT, "no title found"),
    N(CONTEXT, "no venue found"),
    N(CONTEXT, "taken from the \u201cTheme\u201d line"),
    N(CONTEXT, "the first date in the text; check it is the meeting's"),
    N(CONTEXT, "the last point in time: its end is not written"),
    N(CONTEXT, "the meeting's hours: no segments were found"),
    N(CONTEXT, "the meeting's title: no segments were found"),
    N(CONTEXT, "the title of the only segment"),
    N(CONTEXT, "a time in prose"),
    N(CONTEXT, "a time in a sentence"),
    N(CONTEXT, "the title below the names under a label"),
    N(CONTEXT, "told in a sentence: check the title"),
    N(CONTEXT, "from the meeting's hours in prose"),
    N(CONTEXT, "the meeting's hours in prose: check the title"),
    N(CONTEXT, "the paragraph's label: check the title"),
    N(CONTEXT, "the meeting's hours: the segments below fall within them"),
    N(CONTEXT, "a part whose items are listed inside it"),
    N(CONTEXT, "no heading names the meeting: taken from a sentence"),
    N(CONTEXT, "named before the segments: taken for the first"),
    N(CONTEXT, "the same times on another clock"),
    N(CONTEXT, "a note in brackets about another day"),
    N(CONTEXT, "the meeting's hours and place, not an item"),
    N(CONTEXT, "times written in {zone}: check the meeting's time zone"),
    N(CONTEXT, "\u201cam\u201d after a range from noon: read as afternoon"),
    N(CONTEXT, "\u201cam\u201d after 12: read as noon"),
    N(CONTEXT, "read line by line: the programme's layout was not recognised"),
    N(CONTEXT, "several places named: the first was taken"),
    N(CONTEXT, "the first reading's only segment; the programme was read line by line instead"),
    N(CONTEXT, "\u201c12 a.m.\u201d at the end of a morning: read as noon"),
    N(CONTEXT, "\u201cam\u201d after a start in the afternoon: read as pm"),
    N(CONTEXT, "the year is not written with the date"),
    N(CONTEXT, "the year is not written with the day"),
    N(CONTEXT, "times from the grid's column heading"),
    N(CONTEXT, "times side by side: the columns of a grid (parallel meetings?)"),
    N(CONTEXT, "who the limit is for is not said: taken for delegations"),
    N(CONTEXT, "from \u201c{city}\u201d in the text"),
    N(CONTEXT, "on another day ({day}): a programme holds one day"),
    N(CONTEXT, "the times start again: another day"),
    N(CONTEXT, "at the same time as \u201c{title}\u201d (a parallel meeting)"),
    N(CONTEXT, "{name} is not UTF-8 (byte {byte} at offset {at}); read it as Windows-1252"),
    N(CONTEXT, "{name} is a PDF without a text layer (a scan?): copy the text from "
               "the original document instead."),
    N(CONTEXT, "read {n} run(s) of doubled letters in {name} once (a PDF's bold text drawn "
               "twice, such as \u201cFFrriiddaayy\u201d)"),
    N(CONTEXT, "removed {n} HTML tags from {name}, keeping the words they marked"),
    N(CONTEXT, "read {n} character(s) between two times as dashes (broken encoding)"),
    N(CONTEXT, "{name} still has {n} unreadable character(s); check names and titles near them"),
    N(CONTEXT, "read {n} Markdown link(s) in {name} as their words"),
    N(CONTEXT, "left out {n} image(s) and link(s) to a talk's material (\u201cVideo\u201d, "
               "\u201cSlides\u201d) in {name}"),
)

#: Sentences the core words otherwise than their template: (pattern, template).
_WORDED_OTHERWISE: tuple[tuple[str, str], ...] = (
    (r"repaired broken encoding in (?P<name>.+) \((?P<n>\d+) garbled sequences? such as "
     r"\u201c(?P<sample>.+)\u201d\)",
     N(CONTEXT, "repaired broken encoding in {name} ({n} garbled sequences such as "
                "\u201c{sample}\u201d)")),
    (r"removed the e-mail quote marks \(\u201c>\u201d\) before (?P<n>\d+) lines? of (?P<name>.+)",
     N(CONTEXT, "removed the e-mail quote marks (\u201c>\u201d) at the start of {n} line(s) of "
                "{name}")),
    (r"(?P<name>.+) has broken encoding that cannot be repaired: (?P<n>\d+) (?P<what>.+); the "
     r"original characters are lost\. Copy the text again from the original document \(or "
     r"save it as UTF-8\) and import that\.",
     N(CONTEXT, "{name} has broken encoding that cannot be repaired ({n} {what}); the original "
                "characters are lost. Copy the text again from the original document (or save "
                "it as UTF-8) and import that.")),
)


def _pattern(template: str) -> str:
    """The regular expression that matches the core's sentence for a template."""
    return re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>.*)", re.escape(template))


#: (the core's sentence as a regular expression, its translatable template).
REASONS: tuple[tuple[str, str], ...] = tuple(
    (_pattern(t), t) for t in _TEMPLATES) + _WORDED_OTHERWISE

_COMPILED = tuple((re.compile(pattern), template) for pattern, template in REASONS)


def reason(text: str) -> str:
    """The importer's sentence in the user's language (as it is when not known)."""
    for pattern, template in _COMPILED:
        m = pattern.fullmatch(text)
        if m:
            parts = m.groupdict()
            if "day" in parts:
                parts["day"] = _day_shown(parts["day"])
            return QCoreApplication.translate(CONTEXT, template).format(**parts)
    return text


#: A day the core keys by its number alone ("day 2").
_DAY_NUMBER = N(CONTEXT, "day {n}")


def _day_shown(day: str) -> str:
    """A day as the core keys it ("20 october", "day 2") in the user's language ("20 أكتوبر")."""
    if numbered := re.fullmatch(r"day (\d{1,2})", day):
        return QCoreApplication.translate(CONTEXT, _DAY_NUMBER).format(n=numbered.group(1))
    m = re.fullmatch(r"(\d{1,2}) ([a-z]+)", day)
    month = MONTHS.get(m.group(2)) if m else None
    if m is None or month is None or not QDate.isValid(2000, month, int(m.group(1))):
        return day
    return QLocale().toString(QDate(2000, month, int(m.group(1))), "d MMMM")
