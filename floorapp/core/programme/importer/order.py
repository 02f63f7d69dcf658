"""Where a timetable writes its items' titles: above their times (an event's card, a title
over its hours), or first on their rows (a table's columns title, time, place), rather than
after their times, as most programmes do."""

from __future__ import annotations

import re

from floorapp.core.programme.importer.clock import TimeRange, find_ranges
from floorapp.core.programme.importer.days import is_day_header
from floorapp.core.programme.importer.labels import label_of
from floorapp.core.programme.importer.layout import PAUSE, titled_line
from floorapp.core.programme.importer.lines import Line, heading_level
from floorapp.core.programme.importer.patterns import INFO_LABEL, KIND_ONLY, ROOM_ONLY
from floorapp.core.programme.importer.people import bare_name_line, starts_with_person


def _beside_hours(text: str) -> bool:
    """Whether a line has words beside its hours (a room's: "Room 6 – 9:00 – 10:00")."""
    ranges = find_ranges(text)
    return bool(ranges) and re.search(
        r"[^\W\d]", text[:ranges[0].span[0]] + text[ranges[-1].span[1]:]) is not None


#: A sentence about an item: "The session will demonstrate …", "This panel aims to …".
_SAID = re.compile(r"^(?:The|This|These|Discussion|Participants|Speakers)\b.*\b(?:will|aims?|"
                   r"focus(?:es)?|explores?|brings?|discuss(?:es)?)\b")

#: A paragraph describing an item: sentences, the last ending it.
_PARAGRAPH = re.compile(r"[A-Z].*[.!?][\"”)]?\s*")


#: A table's header given cell by cell, its items' column before its times' ("Session" /
#: "Time (CEST)" / "Who"): each item's title above its time.
_ITEM_HEADER = re.compile(r"(?i)(?:sessions?|titles?|topics?|agenda items?|activit(?:y|ies)|"
                          r"subjects?|events?|items?)\s*")
_TIME_HEADER = re.compile(r"(?i)(?:time|timing|hours?|heure|horaire|hora|horario|"
                          r"start(?:ing)?(?: at| time)?|begins?(?: at)?)\b.{0,20}")


def title_column_first(texts: list[str]) -> bool:
    """Whether a table's header, each cell on its line, puts its items before their times."""
    return any(_ITEM_HEADER.fullmatch(a) and _TIME_HEADER.fullmatch(b)
               for a, b in zip(texts, texts[1:], strict=False))


def titles_above(texts: list[str], alone: list[int], items_first: bool = False,
                 closing: frozenset[int] = frozenset()) -> bool:
    """Whether each time range alone on its line has its title on the line above: every
    such range follows a line of text, and the last one is followed by none (or by what no
    title is: people, a note, another day), or what is said of each item stands below its
    time, or each card puts its room between its title and its hours, or a table's header puts
    its items' column first (``items_first``), or each range ends its block of lines above a
    blank one (``closing``: the indexes of the lines that end a block). (A day's hours that
    hold two of those ranges or more, "Day 1, Thursday 29 May, 09:00 to 17:00 hs", are not
    one.)"""
    spans = {i: (rs[0].start, rs[-1].end) for i in alone if (rs := find_ranges(texts[i]))}
    alone = [i for i in alone if sum(spans[i][0] <= spans[j][0] and spans[j][1] <= spans[i][1]
                                     for j in alone if j > i) < 2]
    if len(alone) < 2:
        return False
    if items_first:
        return True
    if len(alone) >= 3 and all(i in closing and i - 1 not in closing and i > 0 and
                               not find_ranges(texts[i - 1]) for i in alone):
        return True  # "Keynote speech" / "09:20 – 09:35" / a blank line: each card ends in its
        # hours, its title above them, even one that reads as a label
    if all(i > 0 and heading_level(texts[i - 1]) < heading_level(texts[i]) for i in alone) \
            and all(heading_level(texts[i + 1]) < 9 or texts[i + 1][:2] in ("- ", "* ")
                    for i in alone[:-1]):
        return True  # "## Welcome keynote" / "### 18:30 - 18:50": a Markdown heading above
    last = alone[-1]
    below = texts[last + 1] if last + 1 < len(texts) else ""
    label = label_of(below) if below else None
    # a label of people below ("Moderator: …"), not a title that opens with a speaker's
    # word ("Closing Remarks: Recommendations for the HLPF")
    people_below = label is not None and (  # (not "Keynote Speech" alone: a title)
        label[1].strip() and (label[0] != "speaker" or starts_with_person(label[1])) or
        not label[1].strip() and (":" in below or label[0] in ("panellist", "moderator",
                                                                "chair"))) or \
        starts_with_person(below) or bare_name_line(below.lstrip("•*·- "), 0) is not None
    # "Opening Plenary - Localizing …" / "09:00 - 10:15" / "The session will demonstrate …":
    # what is said of each item below its time, its title above
    said = [texts[i + 1] for i in alone if i + 1 < len(texts) and len(texts[i + 1].split()) >= 12
            and (_SAID.search(texts[i + 1]) or _PARAGRAPH.fullmatch(texts[i + 1]))]
    if len(said) >= 2 and len(said) >= 0.5 * len(alone) and sum(
            i > 0 and titled_line(texts[i - 1]) and len(texts[i - 1].split()) <= 20 and
            not texts[i - 1].endswith(".") for i in alone) >= 0.6 * len(alone):
        return True
    # "Provisional programme of the event" above the first time: the page's heading, so
    # the titles are below their times
    if re.search(r"(?i)\b(?:programme|program|agenda|schedule|programa|ordre du jour|"
                 r"orden del día)\b", texts[alone[0] - 1] if alone[0] > 0 else "") and \
            len(texts[alone[0] - 1].split()) <= 8:
        return False
    # "Lunch break" / "12.30-14.30" and no break below any time: the breaks, which only a
    # title can be, stand above their times
    breaks_above = any(PAUSE.search(texts[i - 1]) and len(texts[i - 1].split()) <= 3
                       for i in alone) and not any(
        i + 1 < len(texts) and PAUSE.search(texts[i + 1]) for i in alone)
    # "EPP/CD Group" / "Room 9" / "16.30 – 18.30": an event's card, its room between its
    # title and its hours, each range with its room above it or beside it ("Room 6 – 9:00")
    carded = any(i > 1 and ROOM_ONLY.match(texts[i - 1]) and titled_line(texts[i - 2])
                 and not ROOM_ONLY.match(texts[i - 2]) for i in alone) and all(
        ROOM_ONLY.match(texts[i - 1]) or _beside_hours(texts[i]) for i in alone)
    # "Room Raúl Prebisch" / "Special session: International Mother Earth day" / "02:30 pm to
    # 03:30 pm": each card's room above its title, its hours below it
    roomed = all(i > 1 and ROOM_ONLY.match(texts[i - 2]) for i in alone)
    return all(i > 0 and titled_line(texts[i - 1]) for i in alone) and (
        carded or roomed or not below or bool(find_ranges(below)) or is_day_header(below) or
        people_below or INFO_LABEL.match(below) is not None or  # "Webcast / Captioning": a note
        below.rstrip().endswith(":") or  # "Approximately:", "Presenters:": a note, a list
        breaks_above)


def label_above(text: str, above_alone: set[str]) -> bool:
    """Whether a line that reads as a label is the title above a time, when titles stand above
    their times: a titled line, or one above a range alone that names no one ("Keynote speech"
    over "09:20 – 09:35")."""
    lab = label_of(text)
    return titled_line(text) or text in above_alone and lab is not None and not lab[1].strip()


def titles_first(texts: list[str], ranges: list[list[TimeRange]]) -> bool:
    """Whether a table's rows, their cells run together, give each item's title before its
    time and its place after it ("Opening ceremony  09:00 – 10:30  National Assembly"): three
    rows or more, most of the lines with one range (``ranges``: each line's)."""
    ranged = [(t, r[0]) for t, r in zip(texts, ranges, strict=True) if len(r) == 1]
    rows = [t for t, r in ranged
            if len(re.findall(r"[^\W\d]{2,}", t[:r.span[0]])) >= 1 and
            re.match(r"\s*[^\W\d]{2,}", t[r.span[1]:]) and not starts_with_person(t[r.span[1]:])]
    return len(rows) >= 3 and len(rows) >= 0.7 * len(ranged)


#: A card's field label alone on its line, its value on the lines below ("Organisers",
#: "Time", "Venue").
_FIELD_ALONE = re.compile(r"(?i)\s*(?:co-?)?(?:organi[sz]ers?|organi[sz]ed by|hosts?|hosted by|"
                          r"partners?|time|hours?|heure|horaire|hora|horario|dates?|venue|room|"
                          r"location|lieu|lugar|sala|salle)\s*:?\s*")
#: The card's hours' label, its last field's, just above the range.
_TIME_ALONE = re.compile(r"(?i)\s*(?:time|hours|heure|horaire|hora|horario)\s*:?\s*")


def card_title_above(recent: list[tuple[Line, str]], line: Line) -> tuple[Line, str] | None:
    """The title of an event's card whose fields each have a label alone on its line, the
    time's last ("Side event: Advancing …" / "Organisers" / "UNESCO IIEP; UNGEI" / "Time" /
    "15h00 – 17h30"): the line above the card's first label, with its kind."""
    lines = [x for x in recent if x[0] is not line]
    texts = [x[0].stripped() for x in lines]
    if not texts or not _TIME_ALONE.fullmatch(texts[-1]):
        return None
    top = len(texts) - 1
    while True:  # up to the label above, past its values ("ACTION AID;" / "OXFAM; FAWE;")
        up = next((i for i in range(top - 1, max(-1, top - 7), -1)
                   if _FIELD_ALONE.fullmatch(texts[i]) or find_ranges(texts[i]) or
                   INFO_LABEL.match(texts[i]) or "://" in texts[i]), None)
        if up is None or not _FIELD_ALONE.fullmatch(texts[up]):
            break  # (the last card's time, place or link: this card starts after them)
        top = up
    return lines[top - 1] if top >= 1 and top < len(texts) - 1 else None


def over_description(recent: list[tuple[Line, str]], line: Line,
                     above: bool) -> tuple[Line | None, str]:
    """The line with an item's title when a table's header puts its items before their times
    (``above``): the one just above (None, ""), or above the sentence that describes the item
    between them ("Key Note Address" / "High level address focusing on progress …" / "14:10")."""
    lines = [x for x in recent if x[0] is not line]
    if not above or len(lines) < 2 or lines[-1][1] != "body" or lines[-2][1] != "body":
        return None, ""
    said, k = lines[-1][0].stripped(), -2
    # ("Looking back to shape the future" / "Presentations" / "Panel discussion" / "A panel
    # discussion to reflect …": the item's title above the kinds of its parts)
    while -k < len(lines) and k > -4 and \
            KIND_ONLY.fullmatch(re.sub(r"(?i)^presentations?$", "panel", lines[k][0].stripped())):
        k -= 1
    if lines[k][1] != "body":
        k = -2
    title = lines[k][0].stripped()
    if len(said.split()) >= 12 and titled_line(title) and len(title.split()) <= 10 and \
            not re.search(r"[.:;,]$", title) and not starts_with_person(title) and \
            bare_name_line(title, 0) is None:
        return lines[k]
    return None, ""
