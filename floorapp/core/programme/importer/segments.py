"""The segments of a programme, read line by line with a small grammar.

    SEGMENT  := [DAY] [LABEL] RANGE [TITLE] (TITLE-LINE)? BODY*
    POINT    := TIME TITLE                       "11.45 Visit", "16:00 Apertura"
    BODY     := PEOPLE-LABEL (PERSON | NEWLINE PERSON+) | THEMES-LABEL THEME+ | CUE THEME+
              | NOTE                             anything else, kept as the description
    DAY      := [WEEKDAY] DATE | WEEKDAY         a header line, or in front of a range

Each segment records the day it was found under; a grid of "|" cells maps each cell
to its column's times. What does not fit (a deadline, a time alone, a heading with
no title) is reported as odd, never dropped.
"""

from __future__ import annotations

import re

from floorapp.core.programme.importer.cells import title_cell
from floorapp.core.programme.importer.clock import TimeRange, find_ranges
from floorapp.core.programme.importer.days import (
    day_key,
    day_subtitle,
    header_day,
    is_day_header,
    without_day_words,
)
from floorapp.core.programme.importer.events import DATED_TIME, PLACE_FIELD, TIME_FIELD, WHEN
from floorapp.core.programme.importer.labels import OTHER_LABEL, bare_people_label, label_of
from floorapp.core.programme.importer.layout import (
    NUMBERED_LEAD,
    SENTENCE_WORD,
    TIME_LABEL_LAST,
    TITLE_THEN_FROM,
    bracketed_items,
)
from floorapp.core.programme.importer.lines import DATE_WORDS, Line, next_texts
from floorapp.core.programme.importer.order import card_title_above, over_description
from floorapp.core.programme.importer.patterns import (
    ARRIVALS,
    CONNECTOR,
    DAY_ALONE,
    DEADLINE,
    FROM,
    HOURS_LABEL,
    LABEL_SPACED,
    PERIOD,
    ROOM_ONLY,
    TIME_LABEL,
    TIME_NOTE,
    TITLE_FIELD,
    clean_title,
)
from floorapp.core.programme.importer.people import bare_name_line, starts_with_person
from floorapp.core.programme.importer.prose import told_item
from floorapp.core.programme.importer.reading import Reading
from floorapp.core.programme.importer.second_clock import without_second_clock
from floorapp.core.programme.importer.shapes import ShapeReading
from floorapp.core.programme.importer.sittings import joins, not_items
from floorapp.core.programme.importer.speakers import lone_speaker
from floorapp.core.programme.importer.words import ORGANISERS_FIRST

#: A date a title speaks of, after a word that joins it to the title: "Preparations for the
#: European Council meeting on 12-13 December 2019", not the item's day.
_DATE_SAID = re.compile(r"[^\W\d_]{3}.*\s(?:on|of|for|since|until|from|du|des|sur|del)\s+"
                        r"(?=(?:\d{1,2}[-–])?(?:" + DATE_WORDS.pattern + r"))", re.IGNORECASE)


class SegmentReader(ShapeReading):
    """Reads segments out of logical lines; call :meth:`read`."""

    # -- the grammar ----------------------------------------------------------------------

    def _range_line(self, line: Line, ranges: list[TimeRange]) -> bool:
        """A line with time ranges: new segments, or the meeting's hours in prose."""
        text = line.text
        made = False
        if (why := not_items(text, ranges)) is not None:
            self._odd(line, why)
            return True
        bracketed = bracketed_items(text, [rng.span for rng in ranges])
        if bracketed is not None:  # "… an opening segment (10:00 – 10:30), followed by …"
            for rng, (title, at) in zip(ranges, bracketed, strict=True):
                self.r.overview.append(self._new_segment(rng, line, title, at, self.r.day))
            return True
        if HOURS_LABEL.search(self.prev_text) and self.prev_text.rstrip().endswith(":"):
            for rng in ranges:
                self.r.hours.append(TimeRange(rng.start, rng.end, (line.start + rng.span[0],
                                                                   line.start + rng.span[1]),
                                              rng.guess))
            return True
        prose = False
        gaps = joins(text, ranges)
        listed = bool(gaps) and all(gaps)  # "09:00-11:15 and 11:45-13:45": hours, listed
        items_listed = False
        for k, rng in enumerate(ranges):
            before = text[ranges[k - 1].span[1] if k else 0:rng.span[0]]
            before = TIME_LABEL_LAST.sub(" ", before)  # "Session 1: Opening … Time: 8:00-8:20"
            joined = k > 0 and gaps[k - 1]
            if listed or (prose and joined):
                self.r.hours.append(TimeRange(rng.start, rng.end,
                                              (line.start + rng.span[0], line.start + rng.span[1]),
                                              rng.guess))
                continue
            said = _DATE_SAID.search(before)  # (a date the title speaks of; "(May 11)": a day)
            day_here = "" if said else day_key(re.sub(r"\([^()]*\)", "", before) if k else before)
            bare = PERIOD.sub("", (before if said else without_day_words(before)).strip(
                " ,.|")).strip(" ,.|")
            if ROOM_ONLY.match(bare) or re.fullmatch(r"(?:h|hrs?|ore)\.?", bare, re.IGNORECASE):
                bare = ""  # "Conference Room: CR B | 9:15 – 10:00 AM": where, not what; "h.
                # 8.30-10.00": the hours' mark before them
            if LABEL_SPACED.fullmatch(re.sub(r"[\s,]", "", bare)):
                bare = ""  # "Date and v enue 18 September 2014, 12:00-15:00": a label, spaced
            # "Opening ceremony [10:00 – 10:30]", "Panel on X (Thursday, 6 May 2021, 11:30 am …)"
            paren = before.rstrip().endswith(("(", "["))
            dated_paren = not paren and bool(day_here) and re.sub(  # (its day in the bracket)
                r"\(\s*,\s*$", "(", without_day_words(before).rstrip()).endswith("(")
            paren_title = bare.rstrip("([ ,")
            if (paren or dated_paren) and not FROM.search(before[:-1].rstrip()) and k == 0 and \
                    re.search(r"[^\W\d_]", paren_title) and \
                    not HOURS_LABEL.search(before[before.rfind("("):] if dated_paren else before):
                title_text = paren_title
                after_text = text[rng.span[1]:].lstrip(" )]–-,")
                if re.match(r"\s*[)\]]\s*[:–-]\s*\w", text[rng.span[1]:]):
                    # "Session I (10:00 – 11:30): Financing": the part, then its subject
                    title_text, after_text = f"{paren_title}: {after_text.lstrip(':–- ')}", ""
                seg = self._new_segment(rng, line, title_text, 0, day_here or self.r.day)
                if after_text.strip():
                    seg.description.append(after_text.strip())
                made = True
                continue
            listed_item = re.fullmatch(r"\s*(?:[•*·-]\s*)?(?:from|de|desde)\s*", before,
                                       re.IGNORECASE) and k == 0 and re.match(
                r"\s*(?:[:–-]\s*\S|:\s*$)", text[rng.span[1]:])  # "From 10:00 to 11:00: Opening"
            # "… : Opening plenary. From 4 to 5.30 p.m.: Working groups.": the next item
            listed_item = listed_item or (k > 0 and items_listed and re.match(
                r"\s*[:–-]\s*\S", text[rng.span[1]:]) and re.fullmatch(
                r"\s*[:–-][^:]*?[.;]\s*(?:from|de|desde)\s*", before, re.IGNORECASE))
            items_listed = bool(listed_item)
            # ("… 5.30 p.m. maximum (Nairobi time (UTC +3)) respectively": notes on the hours)
            hours_note = re.sub(r"(?i)\b(?:maximum|max\.|approximately|approx\.|respectively)\b"
                                r"|\((?:[^()]|\([^()]*\))*\)", "", text[rng.span[1]:])
            # "Date: Sunday, June 6, 2010 » Time: 1:00 p.m. - 3:00 p.m.": a card's one line; and
            # "Dates: Tuesday, 7 October – 08:30-10:30", when the text lists its events so
            when = (WHEN.match(before) if self.when_items else None) or TIME_FIELD.match(before)
            dated = bool(day_here) and (DATED_TIME.fullmatch(before) is not None or (
                when is not None and not re.sub(r"(?i)\bfrom\b|[\s,&–—-]", "",
                                                DATE_WORDS.sub("", before[when.end():]))))
            placed = PLACE_FIELD.fullmatch(before) if k == 0 else None  # "Venue: X, 6-9 p.m"
            if (TIME_LABEL.fullmatch(before) or dated or placed) and len(ranges) == 1 and \
                    not clean_title(hours_note):
                heading = self._labelled_time_heading(line)  # "Time: 9am – 12:30pm"
                seg = self._new_segment(rng, line, "", rng.span[1],
                                        day_here if dated else self.r.day)
                self.r.time_labelled.append(seg)
                seg.description += [placed.group("p")] if placed else []
                self.r.fallback = heading if self.r.pending_title else None
                if heading is not None:
                    self._use_fallback()
                made = True
                continue
            titled = TITLE_THEN_FROM.fullmatch(before) if k == 0 else None
            spoken = lone_speaker(text[rng.span[1]:], line.start + rng.span[1]) if titled else None
            described = re.match(r"\s*[:–—]\s+(?=\S)", text[rng.span[1]:])
            if titled and not HOURS_LABEL.search(before) and len(ranges) == 1 and \
                    not SENTENCE_WORD.search(titled.group("t")) and \
                    (not text[rng.span[1]:].strip(" .;)") or spoken is not None or
                     (described and len(titled.group("t").split()) <= 6)):
                # "Opening session: from 10 a.m. to 11 a.m.": the item, then its hours;
                # "Conférence de presse: 9h00-9h30 : Le Groupe …": then what it is about
                seg = self._new_segment(rng, line, titled.group("t"), line.text.find(
                    titled.group("t")), day_here or self.r.day)
                if day_here and not re.search(r"[^\W\d_]", bare):
                    self.r.day = day_here  # "Tuesday, 28 May: 1 - 5pm": the day's hours
                if described:
                    seg.description.append(text[rng.span[1] + described.end():].strip())
                seg.people += [spoken] if spoken is not None else []  # "…: 9:05 – 9:15 am Ann Lee"
                made = True
                continue
            # "Time: 14:30 - 14:55:  Arrival of guests": the label, the range, then the item
            labelled = TIME_LABEL.fullmatch(before) is not None and len(ranges) == 1 and \
                re.match(r"\s*[:–-]\s*\S", text[rng.span[1]:]) is not None
            bare = "" if labelled or listed_item else bare  # ("From 9 am to noon:": items below)
            told = None if listed_item else told_item(before, text[rng.span[1]:])
            if told is not None:  # "… . Opening remarks from 1100-1130. Media Q&A 1130-1150."
                self._new_segment(rng, line, told[0], text.rfind(told[0], 0, rng.span[0]),
                                  day_here or self.r.day)
                made = True
                continue
            cell_before = re.search(r"[|\t]\s*$", before) is not None  # "Title … | 08:30-09:00 |"
            # "Plenary Session 1: “Stronger in the world. …”  15.00-16.00": a long title's column,
            # then the range ending its line
            cell_before = cell_before or ((re.search(r"\S {2,}$", before) is not None or
                                           self.ranges_last) and  # (lines so, three or more)
                                          not text[rng.span[1]:].strip(" .") and
                                          not SENTENCE_WORD.search(before)) or \
                re.fullmatch(r"\s*[/|]\s*", text[rng.span[1]:]) is not None  # ("… the 2010
            # round censuses10:00 – 11:00 /": a table's time cell run into the words before)
            if not listed_item and not labelled and (
                    FROM.search(before) or HOURS_LABEL.search(before) and not (
                        self.when_items and WHEN.match(before)) or
                    (len(bare) > 60 and not cell_before and not NUMBERED_LEAD.match(bare) and
                     not re.match(r"\s*[•▪◦*]\s", before))):  # "• Title - Organiser 9.00 to …"
                prose = True
                self.r.hours.append(TimeRange(rng.start, rng.end,
                                              (line.start + rng.span[0], line.start + rng.span[1]),
                                              rng.guess))
                continue
            after_end = ranges[k + 1].span[0] if k + 1 < len(ranges) else len(text)
            after = text[rng.span[1]:after_end]
            if TIME_NOTE.match(after) and not bare:
                self._odd(line, "a note on the hours (interpretation, webcast), not an item")
                made = True
                continue
            dated_after = DATE_WORDS.match(after.lstrip(" ,;|–-"))
            if not day_here and dated_after:  # "12:30–14:00, 23 May 2022, venue"
                day_here = day_key(dated_after.group(0))
            if day_here:
                self.r.day = day_here
            title, at = after, rng.span[1]
            titled_cell = title_cell(text, rng.span[0], self.title_column, line.start) \
                if self.title_column and len(ranges) == 1 else None
            if titled_cell is not None:  # "Día | Hora | Sala | Organizador | Título |"
                title, at, cell_people = titled_cell
            if listed_item and k + 1 < len(ranges):  # "Opening plenary. From": the next item's
                title = re.sub(r"[.;]\s*(?:from|de|desde)\s*$", "", title, flags=re.IGNORECASE)
            roomed = re.match(r"\s*,\s*(?P<room>[^:;]{2,60}):\s*(?=\S)", after)
            if roomed is not None and ROOM_ONLY.match(roomed.group("room").split(",")[-1]):
                # "Apr 30, 10h-12h, Conference Room C: Nuclear weapons in Europe", "1.15 p.m.
                # to 2.45 p.m., Blue Zone, Pacific Room: “Education - …”"
                title, at = after[roomed.end():], rng.span[1] + roomed.end()
            elif re.match(r"\s*[;,]", after):  # "…, 11:00 - 14:00; Zoom room": a note
                title = ""
            cleaned_after = clean_title(title)
            prev_bare = DATE_WORDS.sub("", self.prev_text).strip(" ,.|")
            # "Apertura de la reunión" / "11:00 to 11:35- Rolando Ocampo, Director de …":
            # who speaks after the hours, the item above them
            speaker_after = bare_name_line(re.split(r"[•▪]", cleaned_after)[0], 0) \
                if cleaned_after and re.match(r"\s*[–—-]", after) else None
            # "… Ronda 2021" / "11:35 to 14:00- ▪ Estado global …": a list of what is done
            listed_after = re.match(r"\s*[–—-]\s*[▪•◦]", after) is not None
            if (not cleaned_after or speaker_after is not None or listed_after) and \
                    after.strip(" .;,:|") and not bare and \
                    0 < len(self.prev_text) <= (
                        150 if speaker_after is not None or listed_after else 80) and \
                    not find_ranges(self.prev_text) and \
                    not re.match(r"[-•*·▪◦]\s", self.prev_text) and \
                    prev_bare and not DAY_ALONE.match(prev_bare) and \
                    not re.search(r"[a-z]{3}\.$", self.prev_text.rstrip()) and \
                    not PERIOD.fullmatch(prev_bare) and self.prev_kind == "body" and \
                    (re.search(r"\b[a-z]{3,}", prev_bare) or len(prev_bare.split()) > 3):
                title, at = self.prev_text, max(0, line.start - len(self.prev_text) - 1)
                if speaker_after is not None or listed_after:
                    self._take_back(self.prev_text)
                if speaker_after is not None:
                    name = speaker_after.name.value
                    named_at = line.start + rng.span[1] + after.find(name)
                    speaker_after.name.span = (named_at, named_at + len(name))
            else:
                speaker_after, listed_after = None, False
            after_cells = [c.strip() for c in re.split(r"\t|\|", after) if c.strip()]
            if bare and re.search(r"[\t|]\s*$", before) and after_cells and (
                    starts_with_person(after_cells[0]) or label_of(after_cells[0])):
                # "Opening<TAB>10:00-10:15<TAB>H.E. Mr. X": a table whose title cell comes
                # first, the time next, the people after
                title, at = "\t".join([bare, *after_cells]), text.find(bare)
            elif (not cleaned_after or ROOM_ONLY.match(cleaned_after) or self.titles_first) and \
                    bare and not DAY_ALONE.match(bare):  # (a table's columns title, time, place)
                title, at = bare, text.find(bare) if bare in text else 0
            if not bare and cleaned_after and ROOM_ONLY.match(cleaned_after) and \
                    title is after:  # "9:00 a.m. – 10:00 a.m. | GA Hall": the title is above
                title = ""
            heading = None if clean_title(title) else self._heading_before(
                line, *over_description(self.recent, line, self.items_first))
            seg = self._new_segment(rng, line, title, at, self.r.day)
            seg.people += cell_people if titled_cell is not None else []
            if speaker_after is not None:
                seg.people.append(speaker_after)
            if speaker_after is not None or listed_after:
                seg.description.append(cleaned_after)
            self.r.fallback = heading if self.r.pending_title else None
            # "Launch of the database" / "5 March 2009, 1:15 – 2:45 p.m." / "United Nations
            # Headquarters, Conference Room 2": an event's card, its title above its date
            carded = bool(day_here) and ROOM_ONLY.match(self.next_text) is not None or \
                not after.strip() and re.match(r"[ \t]*\|", self.text[  # ("9:30 am - 1:00 pm
                    line.start + rng.span[1]:line.start + len(line.text)]) is not None  # | Room")
            if carded and self.r.pending_title and self.r.fallback is None:  # (a long title)
                self.r.fallback = self._heading_before(
                    line, *over_description(self.recent, line, self.items_first), carded=True)
            # "Title" / "Co-hosted by X" / "11:30am - 1:00pm"; "Title" / "Organisers" / … / "Time"
            card = None if not self.r.pending_title else (self.prev2_line, self.prev2_kind) \
                if ORGANISERS_FIRST.match(self.prev_text) else card_title_above(self.recent, line)
            if card is not None:
                self.r.fallback = self._heading_before(line, *card)
                carded = self.r.fallback is not None
            if carded and self.r.pending_title and self.r.fallback is None:
                # its moderator between: "A panel discussion moderated by Mr. X" under
                # "“Breaking barriers: …”"; a title in quotes is one, after a list or not
                for above, kind in ((self.prev_line, self.prev_kind),
                                    (self.prev2_line, self.prev2_kind)):
                    quoted = above is not None and re.match(r"\s*[\"“«]", above.text)
                    self.r.fallback = self._heading_before(line, above, "body" if quoted else kind)
                    if self.r.fallback is not None:
                        break
            if (self.titles_above or TITLE_FIELD.match(self.prev_text) or carded) and \
                    self.r.pending_title:
                self._use_fallback()  # "Opening segment" / "10:00 – 10:15": the title above
            elif self.r.pending_title and (bullet := self._bullet_above(line)) is not None:
                # "• Opening of the meeting" / "    11:00 a 11:35" indented under it
                if self.prev_line is not None:
                    self._take_back_people(self.prev_line)
                self.r.fallback = bullet
                self._use_fallback()
            if cleaned_after and ROOM_ONLY.match(cleaned_after):
                seg.description.append(cleaned_after.strip("() ;"))
            made = True
        return made

    def read(self, lines: list[Line]) -> Reading:
        """Read every line; returns the segments, points, odd parts and hours found."""
        r = self.r
        lines = self._learn_shape(lines)
        texts_below = next_texts(lines)
        for line, self.next_text in zip(lines, texts_below, strict=True):
            text = line.stripped()
            if not text:
                r.blank_since = True
                continue
            self.cur_kind = "other"
            self._line(line, text)
            self.prev_text = text
            if is_day_header(text) and self.prev_line is not None:
                self.above_day = (self.prev_line, self.prev_kind)
            self.prev2_line, self.prev2_kind = self.prev_line, self.prev_kind
            self.recent = [*self.recent[-11:], (line, self.cur_kind)]
            self.prev_line = line
            self.prev_kind = self.cur_kind
        self._close_pending(use_fallback=True)
        self._drop_spanned()
        return r

    def _line(self, line: Line, text: str) -> None:
        r = self.r
        if self._grid(line):
            r.blank_since = False
            return
        if DEADLINE.search(text):
            self._odd(line, "a deadline")
            return
        if (len(ranges := find_ranges(line.text)) >= 2 or "/" in line.text) and \
                (unclocked := without_second_clock(line, ranges)) is not line:
            line, ranges = unclocked, find_ranges(unclocked.text)  # "10:00-10:30 CET / 17:00-…"
        if ranges and self._range_line(line, ranges):
            r.blank_since = False
            return
        # ("12-13 May 2014" above the items: the first day's)
        if (day := header_day(text, bool(r.segments or r.points), self.prev_text)) is not None or \
                DAY_ALONE.match(text):
            r.after_day = True
            r.day = day if day is not None else text.strip(" ,|").lower()
            if day is not None and ARRIVALS.search(day_subtitle(text)):
                r.arrival_days.add(r.day)  # "Sunday 9 September – Arrival of Participants"
            self._close_pending()
            r.mode = ""
            return
        if not ranges and self._point_line(line):
            r.blank_since = False
            return
        if r.pending_title and r.fallback is not None and self.when_items and \
                WHEN.match(self.prev_text):
            self._use_fallback()  # "Title" / "When: 11 October, 9:15-11:30": the title above
        pending_label = label_of(text) if r.pending_title and r.fallback else None
        # "Moderator: …" under a time whose title is above it; but "Apertura" or "Opening
        # remarks" alone, a speaker's kind without a colon, is the title itself
        if pending_label is not None and (
                (not pending_label[1].strip() and (":" in text or pending_label[0] != "speaker"))
                or pending_label[0] in ("chair", "moderator", "panellist", "themes")):
            self._use_fallback()
        # "… introduction of" / "participants": a title's wrapped end, not a label of people
        wrapped = r.title_open and r.current is not None and text[:1].islower() and \
            CONNECTOR.search(r.current.title.value + " ") is not None
        lab = label_of(text) if not r.pending_title and text not in self.above_alone and \
            not wrapped else None
        if r.pending_title and r.fallback is None and lab is None and not self.titles_above:
            lab = bare_people_label(text)  # "Moderators" / names / the title after them
        if lab is not None:
            self._label_line(line, lab)
            r.title_open = False  # what follows a label's line is no more of the title
        elif OTHER_LABEL.match(text) and r.current is not None and not r.pending_title:
            r.mode = ""
            r.title_open = False
            if len(r.current.description) < 12:
                r.current.description.append(text)
        else:
            was_pending = r.pending_title
            self._body_line(line)
            # a line that titled the segment above is not a heading for the next one
            self.cur_kind = "title" if was_pending and not r.pending_title and \
                r.current not in r.points else \
                "body" if not r.mode else "other"
        r.blank_since = False
