"""Segment titles: on the range's line, below it or above it, cleaned of what is not title.

The people named with a title go to the segment; a segment whose title has not come yet
waits for it (the next line, the heading above, the next range's title) or is reported.
"""

from __future__ import annotations

import re

from floorapp.core.programme.importer.brackets import (
    names_in_brackets,
    people_beside_title,
    speakers_in_brackets,
)
from floorapp.core.programme.importer.cells import row_people
from floorapp.core.programme.importer.clock import TimeRange, find_ranges
from floorapp.core.programme.importer.days import day_key, is_day_header
from floorapp.core.programme.importer.durations import lead_minutes
from floorapp.core.programme.importer.events import card_title_line, wrapped
from floorapp.core.programme.importer.given import before_name, name_then_title, question_then_name
from floorapp.core.programme.importer.labels import OTHER_LABEL, label_of
from floorapp.core.programme.importer.layout import NO_HEADING, untitled_range
from floorapp.core.programme.importer.lines import DATE_WORDS, MONTH_YEAR, Line
from floorapp.core.programme.importer.order import label_above
from floorapp.core.programme.importer.patterns import (
    CUE,
    DAY_ALONE,
    INFO_LABEL,
    MEETING_NO,
    ORGANISERS_AFTER,
    PERIOD,
    ROOM_ONLY,
    SPEAKER_LINE,
    clean_title,
)
from floorapp.core.programme.importer.people import (
    GIVEN_BY,
    NAME_ALONE,
    ORGANISATION,
    SPEECH_AFTER,
    SURE_HONORIFIC,
    bare_name_line,
    known_by_role,
    name_opens_line,
    people_in,
    person,
    role_first_people,
    split_person_title,
    starts_with_person,
    unconfirmed,
    without_body,
)
from floorapp.core.programme.importer.place import reads_as_place
from floorapp.core.programme.importer.presenters import presenters_after
from floorapp.core.programme.importer.proposal import Found, Odd, ProposedSegment
from floorapp.core.programme.importer.reading import ReaderBase
from floorapp.core.programme.importer.run_in import (
    NAMED_AFTER,
    authors_after_title,
    name_after_item,
    office_before_name,
)
from floorapp.core.programme.importer.run_on import before_wide_gap, cut_run_on, without_notes
from floorapp.core.programme.importer.words import PERSON_START, SPEECH_WORD, segment_kind


class Titling(ReaderBase):
    """Giving each segment its title, and what waits for one."""

    def _close_pending(self, use_fallback: bool = False) -> None:
        r = self.r
        if use_fallback and r.current is not None and r.pending_title and self._use_fallback():
            return
        r.fallback = None
        if r.current is not None and r.pending_title and r.current is r.spanned:
            r.pending_title = False  # titled with the next range's title, in _set_title
            return
        if r.current is not None and r.pending_title and r.current in r.time_labelled:
            seg = r.current
            r.segments.remove(seg)
            r.hours.append(TimeRange(seg.start.value, seg.end.value, seg.start.span,
                                     seg.start.doubt))
            r.current = None
            r.pending_title = False
            return
        if r.current is not None and r.pending_title and r.numbered is not None and \
                r.numbered[0] is r.current:  # "1st Meeting" and no title after it: its title
            seg, number, at = r.numbered
            i = max(at, self.text.find(number, at))
            seg.title = Found(number, (i, i + len(number)))
            r.pending_title, r.numbered = False, None
            return
        if r.current is not None and r.pending_title:
            self._drop_spanned()
            seg = r.current
            where = seg.start.span
            target = r.points if seg in r.points else r.segments
            if seg in target:
                target.remove(seg)
            if use_fallback and target is r.points:  # the text ends on a time alone
                r.last_bare[seg.day] = seg.start.value
            r.bare_times += [(seg.day, seg.start.value, where[0])] if target is r.points else []
            r.odd.append(Odd(self.text[where[0]:where[1]], where,
                             "a time with no title after it (a column heading?)"))
            r.current = None
        r.pending_title = False

    def _new_segment(self, rng: TimeRange, line: Line, title: str, title_at: int,
                     day: str, point: bool = False) -> ProposedSegment:
        self._close_pending()
        self.r.after_day = False
        span = (line.start + rng.span[0], line.start + rng.span[1])
        seg = ProposedSegment(
            start=Found(rng.start, span, rng.guess),
            end=Found(rng.end, span, rng.guess if not point else "end not written"),
            title=Found("", span), day=day)
        (self.r.points if point else self.r.segments).append(seg)
        seg.minutes = lead_minutes(title) if point else 0  # "11:45 (15 min) Closing"
        self.r.current = seg
        self.r.mode = ""
        self._set_title(seg, title, line.start + title_at)
        return seg

    def _drop_spanned(self) -> None:
        """The range that waited for the next range's title, when none came."""
        spanned, self.r.spanned = self.r.spanned, None
        if spanned is not None and spanned in self.r.segments:
            self.r.segments.remove(spanned)
            self.r.odd.append(Odd(self.text[spanned.start.span[0]:spanned.start.span[1]],
                                  spanned.start.span,
                                  "a time with no title after it (a column heading?)"))

    def _set_title(self, seg: ProposedSegment, title: str, at: int) -> None:
        title, seg.minutes = cut_run_on(title, seg.minutes)  # "Opening SessionThe event …"
        title, found = row_people(title, seg.title.value == "", clean_title,
                                  lambda piece: max(0, self.text.find(piece, at)))
        seg.people += found
        title, named, notes = people_beside_title(title)  # "… [Prof. Zhou] [For Information]"
        seg.description += notes
        seg.people += [p for inner in named
                       for p in people_in(inner, max(0, self.text.find(inner, at)), "speaker")]
        # speakers in brackets after the title: "Opening remarks (P. Shi, WMO) (Doc. 1)"
        whole, (title, speakers) = title, speakers_in_brackets(title)
        if not speakers and title != whole:  # "(10 minutes, …)", "(Theme: …)": notes, kept
            seg.description.append(whole[len(title):].strip())
        seg.people += [p for name, _ in speakers
                       if (p := person(name, max(0, self.text.find(name, at)), "speaker"))]
        if authors := authors_after_title(title, max(0, self.text.find(title, at))):
            title, seg.people = authors[0], seg.people + authors[1]  # "… D. Calle, G. Tobias …"
        split = split_person_title(title.strip()) or name_then_title(  # ("9:15 - 9:30: Michael
            title.strip().lstrip(": ")) or question_then_name(title.strip())  # Gillon (…): …")
        said = SPEECH_AFTER.search(title, 12) if starts_with_person(title.strip()) else None
        given = GIVEN_BY.fullmatch(title.strip()) if not split and said is None else None
        if given is not None and NAME_ALONE.fullmatch(who := given.group("p")) and \
                not ORGANISATION.search(who) and person(who, 0, "speaker") is not None:
            split = given.group("t"), who  # "Welcome remarks, Grete Faremo"
        if said is not None:  # "Dr. Srinivasa Kumar T INCOIS, India Welcome
            split = title[said.start():], title[:said.start()].strip()  # Address": speaker first
        people_text, given_by = "", False
        listed = said is not None or given is not None and split is not None  # who gives it
        speaker = SPEAKER_LINE.match(title.strip())
        if split:
            title, people_text = split
        elif speaker and (head := before_name(title.strip()[:speaker.end()].rstrip(" ,"))):
            # "Opening Karen Ellemann, Secretary General, …": the speaker ends the title
            title, people_text, listed = head, title.strip()[len(head):], True
        elif speaker and not PERSON_START.search(title.strip()[:speaker.end()]) and re.match(
                r"(?:[A-Z][\w'’-]+\s+(?:(?:van|de|der|von|da|del|la|le)\s+)*)"
                r"{1,3}[A-Z][\w'’-]+\s*,", title.strip()[speaker.end():]):
            # "Welcome and introduction, James Love, CPTech and Machiel van der Velde, …"
            title, people_text = title.strip()[:speaker.end()], title.strip()[speaker.end():]
            listed = True
        else:
            inner = [m for m in PERSON_START.finditer(title) if m.start() > 8 and (
                re.search(r"[)*:,]\s*$|\s[–—-]\s*$|\b[a-z]+\s*$|\d{4}\s*$", title[:m.start()])
                or (SURE_HONORIFIC.match(title, m.start()) and "|" not in title and not re.search(
                    r"(?i)\bExcellen\w*\s*$|\b(?:with|mit|avec|con)\s+\S+\s*$",
                    title[:m.start()])))]  # "Welcome Address Dr. X", not "with President Dr. X"
            if inner and starts_with_person(title[inner[0].start():]):
                people_text = title[inner[0].start():]
                listed = True
                before = re.sub(r"(?i)\s+(?:in the presence of|en présence de|en presencia de)"
                                r"\s*$", "", title[:inner[0].start()])  # "Table ronde en présence"
                # "Speech by", ": Statement by" after its hours
                given_by = re.fullmatch(r"[\s:.–—-]*[\w-]+\s+by\s*", before) is not None
                if not re.search(r"\b(?:with|and|of|for|to|from|between|meets?|avec|con|de|du|"
                                 r"del)\s*$",
                                 before) or re.search(  # "Meet with Ms. X" stays whole, but not
                        r"(?i)\b(?:message|address|statement|remarks|greetings)\s+(?:of|from)\s*$",
                        before):  # "Video Message of Dr Martial Ikounga"
                    title = re.sub(r"(?i)(?<=message|address|atement|remarks|eetings)\s+(?:of|"
                                   r"from)\s*$", "", before.rstrip(" –—-"))
                    title = office_before_name(title)  # "Opening Remarks: PAHO Director, Dr X"
                # "Luncheon hosted by Amb. X": the host is a person; the title is the luncheon
                title = re.sub(r"\s+(?:(?:(?:to|will) be\s+)?(?:hosted|chaired|organi[sz]ed|"
                               r"moderated|convened|led|introduced|presented|facilitated|given|"
                               r"delivered|opened)\s+)?by\s*$", "", title, flags=re.IGNORECASE)
        by = NAMED_AFTER.search(title)
        who, others = None, []
        if by is not None:
            giver, where = by.group("p"), max(0, self.text.find(by.group("p"), at))
            giver = re.sub(r"(?i)\s+and\s+(?:moderat|chair|facilitat)\w*$", "", giver)  # (taken)
            body, giver = without_body(giver) != giver, without_body(giver)  # "by Tom Lee (UNICEF)"
            lone = NAME_ALONE.fullmatch(giver.split(",")[0] if by.group("verb") else giver)
            if (by.group("verb") or (body and by.group("by"))) and lone:  # "moderated by Femi
                verb = (by.group("verb") or "").lower()  # Oke", "… by Tom Lee (UNICEF)"
                who = person(giver, where,
                             "moderator" if "moder" in verb or "anim" in verb else "speaker")
            elif "," in giver and (found := known_by_role(giver, where, by.group("by"))):
                who, others = found[0], found[1:]  # known by the role or the body after it
        if who is not None and by is not None:
            seg.people += [who, *others]
            item = title[:by.start()]  # the item, its speaker being one of its people; but
            # "Address by Michelle Bachelet, UN High Commissioner": one word says too little,
            # and the item is kept as written, to a clause after it (", presenting …")
            title = re.sub(r",\s+[a-z].*", "", title.strip()) if by.group("by") and \
                len(item.split()) == 1 and not re.fullmatch(  # (not "Opening by Michel …")
                    r"(?i)\s*(?:opening|closing|ouverture|clôture|apertura|clausura)\s*",
                    item) else item
        if who is None and not people_text:
            # "Remarks by Deputy Secretary-General Jan Eliasson": the office stays, the name his
            officials = role_first_people(title, max(0, self.text.find(title, at)), "speaker")
            if len(officials) == 1 and title.rstrip().endswith(officials[0].name.value):
                seg.people += officials
                title = title.rstrip()[:-len(officials[0].name.value)].rstrip(" ,")
        if who is None and not people_text and not seg.people:
            if run_in := name_after_item(title, max(0, self.text.find(title, at))):
                title = run_in[0]  # "GASP and Safety Roadmap Paul Lamy, Deputy Director, ICAO"
                seg.people += run_in[1]
            elif self.presenter_column and (column := presenters_after(
                    title, max(0, self.text.find(title, at)))):
                title, seg.people = column[0], seg.people + column[1]
        title, columns = before_wide_gap(title)  # "Opening, agenda         Chair"
        seg.description += [columns] if columns else []
        honoured = re.search(r"\s*\((?P<p>[^()]{5,200})\)\s*$", title)
        if honoured is not None and not people_text and starts_with_person(honoured.group("p")):
            # "Vote of thanks (Ms. Sarah Lee, UN Women)": who gives it, in brackets
            seg.people += people_in(honoured.group("p"),
                                    max(0, self.text.find(honoured.group("p"), at)), "speaker")
            title = title[:honoured.start()]
        title, bracketed = names_in_brackets(title)
        cleaned = without_notes(clean_title(title))
        number = MEETING_NO.match(title.strip(" \t|:–—-"))
        said_by = number is not None and title.rstrip().endswith(":") and \
            label_of(cleaned + ":") is not None
        if said_by and number is not None:  # "8th meeting / Opening statement:": a label of
            cleaned = number.group(0).strip()  # who speaks next, after the meeting's number
        if not cleaned or ROOM_ONLY.match(cleaned) or DAY_ALONE.match(cleaned):
            self.r.pending_title = True
            self.r.title_open = False
            if number is not None and not cleaned:
                self.r.numbered = (seg, number.group(0).strip(), at)
            return
        i = self.text.find(cleaned[:20], at) if cleaned else at
        i = at if i < 0 or i > at + 400 and self.text.count(cleaned[:20], at, at + 5000) != 1 \
            else i  # (far off, once only: a column paired with its times' column)
        cleaned, doubt = unconfirmed(title, cleaned)
        if not doubt and reads_as_place(cleaned):  # "Salão Nobre", "38th Floor": a room's
            doubt = "reads like a place, not an item: check the title"  # column, most likely
        seg.title = Found(cleaned, (i, i + len(cleaned)), doubt or seg.title.doubt)
        seg.kind = segment_kind(cleaned)
        spanned = self.r.spanned
        if spanned is not None and spanned is not seg:
            spanned.title = Found(cleaned, seg.title.span,
                                  "no title of its own: the next range's title")
            spanned.kind = seg.kind
        self.r.spanned = None  # a spanned range that found a title of its own is titled too
        self.r.pending_title = False
        # a title cut before its organisers ("… inaugurationDonated by Maestro X") goes on no
        # further: what follows on the next line is the rest of what was cut; nor does one whose
        # line ends with a bracket, a note taken off it ("… (Venue: Plenary Ballroom A&B)") or
        # kept ("EIONET information: EUROAIRNET (StL)" / "overview (goals, …)": what is said)
        self.r.title_open = len(cleaned) < 120 and not ORGANISERS_AFTER.search(title) and \
            not (title.rstrip().endswith(")") or cleaned.rstrip().endswith(")"))
        if people_text:
            label = "chair" if seg.kind in ("opening", "closing") and not listed else "speaker"
            j = self.text.find(people_text[:15], at)
            found = people_in(people_text, j if j >= 0 else at, label)
            for p in found if listed else []:
                p.name.doubt = p.name.doubt or "listed without a label: taken as a speaker"
            seg.people += found
            if given_by and found and SPEECH_WORD.search(cleaned):  # "Speech by Mr Bernard
                # Kouchner, Minister …": one word says too little ("Address by Michelle
                # Bachelet"), but "Opening by Mr X" is the opening
                seg.title = Found(f"{cleaned} by {found[0].name.value}",
                                  (seg.title.span[0], found[0].name.span[1]), seg.title.doubt)
            self.r.mode = "after-single" if not listed else "people:speaker"
        if said_by:
            self.r.mode = "people:speaker"
        for name, _ in bracketed:
            j = self.text.find(name, at)
            for p in people_in(name, j if j >= 0 else at, "speaker"):
                p.name.doubt = p.name.doubt or "named in brackets in the title: taken as speaker"
                seg.people.append(p)
        rest = title[len(title) - len(title.lstrip()):]
        cue = CUE.search(rest)
        if cue:
            self._run_on_themes(seg, rest[cue.end():], at + cue.end())

    def _run_on_themes(self, seg: ProposedSegment, text: str, at: int) -> None:
        """Themes run together on one line: cut before each capitalised clause."""
        cuts = [0]
        for m in re.finditer(r"(?<=[a-z)])\s+(?=(?:[A-Z][a-z]+|[A-Z]{2,})\b)", text):
            prev_raw = text[:m.start()].split()[-1] if text[:m.start()].split() else ""
            prev = prev_raw.lower()
            if not prev_raw[:1].islower() or prev in (
                    "the", "by", "of", "and", "for", "to", "in", "on", "with", "a", "an",
                        "its", "their", "including", "between", "from", "at", "as"):
                continue
            cuts.append(m.end())
        cuts.append(len(text))
        pieces = [(text[a:b], a) for a, b in zip(cuts, cuts[1:], strict=False)]
        doubt = "" if len(pieces) == 1 else "cut from themes run together on one line"
        for piece, a in pieces:
            p = piece.strip(" ;,")
            if len(p) > 3:
                start = at + a + piece.find(p)
                seg.themes.append(Found(p, (start, start + len(p)), doubt))
        self.r.mode = "themes"

    def _heading_before(self, line: Line, prev: Line | None = None,
                        kind: str = "", bulleted: bool = False,
                        carded: bool = False) -> tuple[str, int, str] | None:
        """The heading just above a range alone on its line ("19 September | Title"), if any,
        taken back from the previous segment's description (longer on a card: ``carded``)."""
        prev, kind = (prev, kind) if prev is not None else (self.prev_line, self.prev_kind)
        if prev is None or kind != "body":
            return None
        text = prev.stripped()
        day = day_key(text)
        bare = "" if MONTH_YEAR.fullmatch(text) else DATE_WORDS.sub("", text).strip(" |,:;-–")
        numbered = prev is not self.prev_line and re.match(r"\d{1,2}[.)]\s", text) is not None
        if not bare or len(bare) > (250 if numbered or carded or self.titles_above else 150) or (
                text.endswith(".") and not self.titles_above and not numbered) or \
                (text.endswith(":") and len(bare.split()) >= 4) or PERIOD.fullmatch(bare) or \
                (re.match(r"[-•*·▪◦]\s", text) and not self.titles_above and not bulleted) or \
                DAY_ALONE.match(bare) or MEETING_NO.fullmatch(bare) or NO_HEADING.match(bare) or \
                ROOM_ONLY.match(bare) or OTHER_LABEL.match(bare) or INFO_LABEL.match(text) or \
                (label_of(text) is not None and not (
                    self.titles_above and label_above(text, self.above_alone))) or \
                starts_with_person(bare) or name_opens_line(bare):
            # the speaker of the item above ("Elsa Pilichowski, Directrice, …"), not a title
            return None  # ("Opening Remarks", "1. Panel: Implementing …" above their times)
        quoted = re.fullmatch(r"[\"“«‘']\s*(?P<t>[^\"“”«»]+?)\s*[\"”»’']", bare)
        if quoted is not None:  # "“Breaking barriers: …”": the title, in its quotes
            bare = quoted.group("t")
        at = prev.start + prev.text.find(bare)
        return bare, at, day

    def _labelled_time_heading(self, line: Line) -> tuple[str, int, str] | None:
        """The title of a "Time: 9am – 12:30pm" line: above it (none when the text writes
        titles below such lines), above its day ("• Briefing meeting" / "Date: 5 October" /
        "Time: …"), or above an event card's fields ("Place:", "Date:")."""
        if self.time_titles_below:
            return None
        heading = self._heading_before(line)
        if heading is None and self.above_day is not None and self.prev_line is not None and \
                is_day_header(self.prev_line.stripped()):
            heading = self._heading_before(line, wrapped(self.recent, self.above_day[0]),
                                           self.above_day[1], bulleted=True)
        above = card_title_line(self.recent, line) if heading is None else None
        return self._heading_before(line, *above) if above is not None else heading

    def _use_fallback(self) -> bool:
        """Title the pending segment with the heading above its time; True when done."""
        r = self.r
        if r.fallback is None or r.current is None:
            return False
        bare, at, day = r.fallback
        r.fallback = None
        seg = r.current
        self._take_back(bare, keep=seg)
        self._set_title(seg, bare, at)
        if not seg.title.value:
            return False
        seg.title.span = (at, at + len(seg.title.value))
        if day:
            seg.day = day
            r.day = day
        return True

    def _bullet_above(self, line: Line) -> tuple[str, int, str] | None:
        """The bulleted line just above a range alone that is indented under it, as a
        heading; None when the range is not indented deeper than a bulleted line above."""
        prev = self.prev_line
        if prev is None or self.prev_kind == "title" or find_ranges(prev.text):
            return None
        m = re.match(r"(?P<in>[ \t]*)[•*·▪◦-][ \t]+(?P<t>\S.{2,150}?)[ \t]*$", prev.text)
        indent = len(line.text) - len(line.text.lstrip(" \t"))
        if m is None or indent <= len(m.group("in").expandtabs()) or \
                not untitled_range(line.text) or starts_with_person(m.group("t")) or \
                bare_name_line(m.group("t"), 0) is not None or \
                not DATE_WORDS.sub("", m.group("t")).strip(" |,:;-–") or (  # a day's bullet
                    DATE_WORDS.search(m.group("t")) and  # "Opening Day: Monday, 2 December"
                    len(DATE_WORDS.sub("", m.group("t")).split()) <= 3):
            return None
        # (a date inside a long bullet, "… at 31 December 2013.", is not the item's day)
        return m.group("t"), prev.start + m.start("t"), \
            day_key(m.group("t")) if is_day_header(m.group("t")) else ""
