"""Points in time: a time alone that opens an item ("11.45 Visit", "16:00 Apertura", "0930
Welcome" where the text writes four-digit times), a table's time cell after its title ("Buses
arrive at school | 08:15 |"), a start with its duration ("|13:05|15 mins|…"), or a start, a
title and the end run together ("9:10am‐ Conflict Resolution Room II 1:00pm: …").

The segment reader asks this of every line with no range; points are chained into segments,
each ending where the next item starts, once the whole text is read.
"""

from __future__ import annotations

import re
from datetime import time

from floorapp.core.programme.importer.body import BodyReading
from floorapp.core.programme.importer.clock import (
    CLOCK_TEXT,
    TimeRange,
    find_point,
    find_ranges,
    minutes,
)
from floorapp.core.programme.importer.days import day_key, span_of_days
from floorapp.core.programme.importer.events import DATED_TIME
from floorapp.core.programme.importer.labels import label_of
from floorapp.core.programme.importer.lines import DATE_WORDS, Line
from floorapp.core.programme.importer.patterns import TIME_LABEL, duration_minutes
from floorapp.core.programme.importer.people import people_in
from floorapp.core.programme.importer.proposal import ProposedSegment
from floorapp.core.programme.importer.words import (
    CLOCK_OF_A_PLACE,
    CUT_OFF,
    DURATION_UNIT,
    ROOM_WORDS,
    WIKI_LINK,
    ZONE_WORD,
)

#: "Welcome by the Chair            10:00", "Discussion ....... 10:45": a title, then its time at
#: the line's end, across a gap or a dot leader (a right-aligned column), or after a space
#: when it says a.m. or p.m. ("Keynote 9:15 am") or its zone ("Enrolment 07:30 UTC", "Using
#: the system (09:30 UTC)"), or as the last of cells set apart by slashes ("1.1 / Welcome by
#: EPPO / Martin Ward / 9:00", a table flattened so).
TIME_AT_END = re.compile(r"^\s*(?P<t>(?:[^\d\s|]|(?!\d{1,2}[.:]\d\d\s)\d[\d.]*\s/\s)[^\n]{2,150}?)"
                         r"(?:(?:\s{3,}|\t+|\s*\.{3,}\s*|\s/\s)"
                         r"(?P<time>" + CLOCK_TEXT + r")|\s(?P<time_m>(?:[01]?\d|2[0-3])"
                         r"(?:[:.][0-5]\d)?\s?[ap]\.?\s?m\b\.?)|\s\(\s*(?P<time_b>" + CLOCK_TEXT +
                         r")(?:\s*" + ZONE_WORD + r")?(?:,\s*(?P<day_b>" + DATE_WORDS.pattern +
                         r"))?\s*\)(?:\s+(?:sponsored|organi[sz]ed|hosted|"
                         r"offered|supported)\s+by\s[^\n]{2,120})?"  # "Lunch (12:30) Sponsored by"
                         r"|\s(?P<time_z>" + CLOCK_TEXT + r")\s*" +
                         ZONE_WORD + r"(?:\s*\([^()]{3,60}\))?)\s*$", re.IGNORECASE | re.MULTILINE)

#: "4.  Report from GRWG (Tim Hewison) 09:50", "Morning break 10:40": a title and its start
#: after one space, read so in a text with three lines or more ending so.
_TIME_LAST = re.compile(r"^\s*(?P<t>(?:[-•*]\s*)?(?:\d{1,2}\.\s+)?[^\d\s|][^\n|]{2,150}?[\w).?’'])"
                        r"\s+(?P<time>(?:[01]?\d|2[0-3])[:.h][0-5]\d)\s*$", re.MULTILINE)


def times_at_end(text: str) -> re.Pattern[str] | None:
    """How the text's items end with their start, when three lines or more do."""
    return next((p for p in (TIME_AT_END, _TIME_LAST) if len(p.findall(text)) >= 3), None)


#: "|13:05|15 mins|Latest updates|": a table's duration cell after a start time.
_DURATION_CELL = re.compile(r"^\s*[|\t]\s*(?P<d>\d{1,3}\s*" + DURATION_UNIT + r")\s*(?=[|\t])",
                            re.IGNORECASE)
#: After a start and a dash, a title and then the end: "‐ Registration 125 Av.de 9:00am: …".
_END_AFTER_TITLE = re.compile(
    r"^\s*[‐‑\-–]\s*(?P<t>[A-Z][^\n]{2,160}?)\s+(?P<e>(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?[ap]\.?m\b"
    r"\.?|(?:[01]?\d|2[0-3])[:.][0-5]\d)\s*:?(?:\s|$)")

#: "Buses arrive at school/ Arrivée des bus | 08:15 |": a row's title cell, then its time.
_TITLE_THEN_TIME_CELL = re.compile(r"^\s*\|?\s*(?P<t>[^|\d][^|]{2,200}?)\s*\|\s*(?P<time>"
                                   + CLOCK_TEXT + r")(?:\s*\|\s*(?P<end>" + CLOCK_TEXT +
                                   r"))?\s*\|?\s*$", re.IGNORECASE)

#: "• Wednesday, 9 April – 10 a.m. – …": a bulleted event's day, then its time
_DATED_POINT = re.compile(r"\s*[•*·▪-]\s*(?P<d>" + DATE_WORDS.pattern + r")\s*[–—,-]\s*(?=\d)",
                          re.IGNORECASE)

#: What an event's card says after its date and start: whose clock, and how long it lasts
#: ("(Italian time). The session will last 30 minutes.").
_CARD_NOTES = re.compile(r"(?:" + CLOCK_OF_A_PLACE.pattern + r")?\s*(?:(?:The|This)\s+(?:session|"
                         r"event|meeting|panel|item)\s+will\s+last\s+(?:about\s+)?(?P<d>\d{1,3}\s*"
                         + DURATION_UNIT + r")\.?)?\s*")

#: Where an event takes place, before a colon and what it is: "CO4 Board Room: Mini-Forum …"
_ROOM_FIRST = re.compile(r"(?P<p>[^:\n]{3,80}?\b" + ROOM_WORDS + r")\s*:\s+(?=\S)")

#: After a time alone in a card's field: nothing, or its zone ("CET", "(local time)")
_ALONE = re.compile(r"\s*(?:\(?(?:[A-Z]{2,4}(?:[+-]\d{1,2})?|local time|hora local|heure "
                    r"locale)\)?)?\s*\.?\s*")

#: "Hora 11:30 – …", "Time 9.30 – …": the word for the hour, no colon, then the time
_HOUR_WORD = re.compile(r"\s*(?:time|hora|heure)\s+(?=\d)", re.IGNORECASE)

_BRACKETED = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)?\(\s*(?P<t>[^()]{3,12}?)\s*\)\s+(?=[^\W\d])")


#: A slashed row's number and the start of its title (cut off, when ``CUT_OFF`` ends it).
_ROW_BEGUN = re.compile(r"\s*\d[\d.]*\s/\s(?P<t>[^/]*?)\s*")
#: Hours alone on a line, a duration or a French time: "2h", "1h 20 min".
_HOURS_ALONE = re.compile(r"\s*\d{1,2}\s?h(?:\s?\d{1,2}\s?min\.?)?\s*")


class PointReading(BodyReading):
    """Reading a line that opens with a point in time (or a table's row holding one)."""

    def _card_point(self, rng: TimeRange, line: Line, at: int, day: str) -> ProposedSegment:
        """A point in an event card's time field, titled by the card's heading."""
        seg = self._new_segment(rng, line, "", at, day, point=True)
        heading = self._labelled_time_heading(line)  # the card's title, above its fields
        self.r.fallback = heading if self.r.pending_title else None
        if heading is not None:
            self._use_fallback()
        return seg

    def _point_line(self, line: Line) -> bool:
        card = DATED_TIME.match(line.text)  # "Date: Monday, June 7, 2010 » Time: 7:30 p.m."
        if card is not None and (at_card := find_point(line.text[card.end():])) is not None:
            t, (a, b), guess = at_card
            self._card_point(TimeRange(t, t, (card.end() + a, card.end() + b), guess), line,
                             card.end() + b, day_key(card.group(0)) or self.r.day)
            return True
        found = find_point(line.text, self.four_digits)
        if found is not None and _HOURS_ALONE.fullmatch(line.text) and self.colon_clock:
            return False  # "2h" alone, in a text whose times are "9:20": a duration's column
        dated = _DATED_POINT.match(line.text) if found is None else None
        if dated is not None and (at_date := find_point(line.text[dated.end():])) is not None:
            # "• Wednesday, 9 April – 10 a.m. – Vienna International Centre: Mini-Forum …": an
            # advisory's events, each bulleted with its day and time
            t, (a, b), guess = at_date
            at = dated.end() + b
            at += len(line.text[at:]) - len(line.text[at:].lstrip(" \t–—,.:-"))
            self.r.day = day_key(dated.group("d")) or self.r.day  # (its later points, that day)
            room = _ROOM_FIRST.match(line.text, at)  # "… – CO4 Board Room: Mini-Forum …"
            at = room.end() if room else at
            seg = self._new_segment(TimeRange(t, t, (dated.end() + a, dated.end() + b), guess),
                                    line, line.text[at:], at, self.r.day, point=True)
            seg.description += [room.group("p")] if room else []
            return True
        bracket = _BRACKETED.match(line.text) if found is None else None
        if bracket is not None and (inner := find_point(bracket.group("t"))) is not None:
            at = bracket.start("t")  # "6. (10.00 am) Exchange of views with …": an agenda
            t, (a, b), guess = inner  # item's time in brackets before its title
            self._new_segment(TimeRange(t, t, (at + a, at + b), guess), line,
                              line.text[bracket.end():], bracket.end(), self.r.day, point=True)
            return True
        labelled = (TIME_LABEL.match(line.text) or _HOUR_WORD.match(line.text)) \
            if found is None else None
        if labelled is not None and (at_label := find_point(line.text[labelled.end():])):
            # "Time: 12h30 (arrival of media)": a point, what it is for in brackets after it;
            # "Hora 11:30 – Caszacuentos (Narración …)": the label, the point, a dash, the item
            t, (a, b), guess = at_label
            after = line.text[labelled.end() + b:]
            what = re.fullmatch(r"\s*\(?\s*(?P<t>[^\W\d_][^()]{2,80}?)\s*\)?\s*", after) or \
                re.match(r"\s*[–—-]\s*(?P<t>[^\W\d_].{2,})", after)
            if what is not None:
                at = labelled.end()
                self._new_segment(TimeRange(t, t, (at + a, at + b), guess), line,
                                  what.group("t"), at + b + what.start("t"), self.r.day,
                                  point=True)
                return True
            if _ALONE.fullmatch(after) and TIME_LABEL.match(line.text) is not None:
                # "1. Media briefings" / "Date: …" / "Time: 14:00" / "Venue: …": an event's
                # card with its time alone in its field, titled by the line above its fields
                self._card_point(TimeRange(t, t, (labelled.end() + a, labelled.end() + b),
                                           guess), line, labelled.end() + b, self.r.day)
                return True
        row = _TITLE_THEN_TIME_CELL.match(line.text) if found is None else None
        if row is not None and (cell := find_point(row.group("time"))) is not None:
            # "Buses arrive at school | 08:15 |": a table whose title cell comes first; "|
            # Inauguración | 8:30 | 10:00 |": its start and end in cells of their own
            at = row.start("time")
            pair = find_ranges(f"{row.group('time')} - {row.group('end')}") \
                if row.group("end") else []  # read as one range: "10:30 | 1:00" is to 13:00
            if pair:
                rng = TimeRange(pair[0].start, pair[0].end, (at, row.end("end")), pair[0].guess)
                self._new_segment(rng, line, row.group("t"), row.start("t"), self.r.day)
                return True
            self._new_segment(TimeRange(cell[0], cell[0], (at, at + len(row.group("time"))),
                                        cell[2]),
                              line, row.group("t"), row.start("t"), self.r.day, point=True)
            return True
        at_end = self.times_at_end.match(line.text) if found is None and self.times_at_end \
            else None
        if at_end is not None and re.search(r"(?i)\b(?:at|from|to|until|till|by|around|starts?|"
                                            r"begins?|à|a las|de|dès|ab|um)$", at_end.group("t")):
            at_end = None  # "The meeting will open at 10 am": a sentence, not a title and time
        which = next((g for g in ("time", "time_b", "time_z") if at_end and
                      at_end.groupdict().get(g)),
                     "time_m")  # after a gap, in brackets ("(08:00 UTC)"), before its zone
        if at_end is not None and (cell := find_point(at_end.group(which))) is not None:
            at = at_end.start(which)  # "Discussion ......... 10:45": its start, at the end
            title = at_end.group("t")  # (cells set apart by slashes: a row's cells, when the
            slashed = at_end.group(0)[at - 3:at] == " / "  # text numbers such rows)
            if slashed and not self.slashed_rows:
                return False
            title = title.replace(" / ", "\t") if slashed else title
            begun = _ROW_BEGUN.fullmatch(self.prev_text) if slashed else None
            if begun is not None and CUT_OFF.search(begun.group("t")):  # "1.2 / Welcome by
                # the" / "Ministry of … / M. P D… / 9:05"
                title = f"{begun.group('t')} {title}"
                held = self.r.current.description if self.r.current is not None else []
                held[:] = [d for d in held if d != self.prev_text.strip()]
            if on_day := at_end.groupdict().get("day_b"):  # "I.1 Opening (13:00, 11 November)"
                self.r.day = day_key(on_day) or self.r.day
            self._new_segment(TimeRange(cell[0], cell[0], (at, at_end.end(which)), cell[2]),
                              line, title, at_end.start("t"), self.r.day, point=True)
            return True
        if found is None:
            return False
        t, span, guess = found
        rest = line.text[span[1]:]
        duration = _DURATION_CELL.match(rest)
        if duration is not None:  # "|14:25|5 mins|Wrap up|": a start and its duration
            ends_at = minutes(t) + (duration_minutes(duration.group("d")) or 0)
            if ends_at < 24 * 60:
                end_t = time(ends_at // 60, ends_at % 60)
                self._new_segment(TimeRange(t, end_t, span, guess), line,
                                  rest[duration.end():], span[1] + duration.end(), self.r.day)
                return True
        rest_clean = re.sub(r"^(?:h|hs|hrs)?\s*[:\-–.|]?\s*", "", rest).strip()
        # "07.30 onwards" / "Registration …": the time's modifier, the title below
        rest_clean = re.sub(r"(?i)^(?:onwards?|and after|on)\b\s*[:\-–.]?\s*", "", rest_clean)
        if re.fullmatch(r"\([^()]*\)", rest_clean) or span_of_days(rest_clean) or \
                rest_clean.lower() == self.repeated_field:  # ("07h30 Plenary": a room's column)
            rest_clean = ""  # "+/- 09.00 (photo opportunity)": a note; "13:05 01st– 04th July
            # 2024": the days of the meeting the item speaks of; the title is below
        lasts = _CARD_NOTES.fullmatch(rest_clean)
        if lasts is not None and lasts.group("d") and DATE_WORDS.search(  # (its date before it,
                self.text[self.text.rfind("\n", 0, line.start) + 1:line.start + span[0]]):  # read)
            # "Opening session" / "12 September 2024, 11.35 am (Italian time). The session will
            # last 25 minutes.": an event's card, its title above its date, hours and length
            seg = self._card_point(TimeRange(t, t, span, guess), line, span[1], self.r.day)
            seg.minutes = duration_minutes(lasts.group("d")) or 0
            return True
        if rest_clean.startswith("[") and not re.match(r"\[[^\[\]]+\]\(|" + WIKI_LINK, rest_clean):
            self._odd(line, "a time alone, not a segment")
            return True
        end = _END_AFTER_TITLE.match(rest)
        end_at = find_point(end.group("e")) if end is not None else None
        if end is not None and end_at is not None and end_at[0] > t:
            # "9:10am‐ Conflict Resolution Room II 1:00pm: …": a table's start, title, room and
            # end columns run together; the end is the time after the title
            rng = TimeRange(t, end_at[0], span, guess)
            self._new_segment(rng, line, end.group("t"), span[1] + end.start("t"), self.r.day)
            return True
        if not rest_clean:  # "10:00 a.m." alone, its title on the next line
            self._new_segment(TimeRange(t, t, span, guess), line, "", span[1], self.r.day,
                              point=True)
            return True
        rng = TimeRange(t, t, span, guess)
        then = re.search(r"(?<=[^\W\d])\s+(?P<n>(?:[01]?\d|2[0-3])[:.h][0-5]\d)\s*$", rest_clean)
        following = find_point(then.group("n")) if then is not None else None
        if then is not None and following is not None and following[0] > t and \
                self.next_text.strip() and not find_ranges(self.next_text) and \
                find_point(self.next_text) is None:
            # "12:30   Lunch 14:00" / "1. Opening of meeting …": the next item's start, its
            # title on the line below
            self._new_segment(rng, line, rest_clean[:then.start()], span[1], self.r.day,
                              point=True)
            at = line.text.rfind(then.group("n"))
            self._new_segment(TimeRange(following[0], following[0],
                                        (at, at + len(then.group("n"))), following[2]),
                              line, "", at + len(then.group("n")), self.r.day, point=True)
            return True
        lab = label_of(rest_clean)
        title = rest_clean
        named = []
        if lab is not None and lab[0] != "themes":
            off = line.start + span[1] + rest.find(lab[1]) if lab[1] in rest else line.start
            # (its subject first, its speakers in brackets after: "Keynote: Demographic change
            # (S. Takeda, Japan)" is a title, the brackets' names its people)
            named = people_in(lab[1], off, lab[0]) if lab[1].strip() and not re.match(
                r"[^()]{8,}\(", lab[1]) else []
            if named or not lab[1].strip():
                title = rest_clean.split(":")[0]
            else:  # "Keynote: The future of work", "Panel: Digital inclusion": a title
                lab = None
        seg = self._new_segment(rng, line, title, span[1], self.r.day, point=True)
        if lab is not None and lab[0] in ("panellist", "moderator", "chair", "keynote"):
            seg.people += named
            self.r.mode = f"people:{lab[0]}"
        return True
