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
from dataclasses import dataclass, field
from datetime import time

from floorapp.core.programme.importer.clock import TimeRange, find_point, find_ranges
from floorapp.core.programme.importer.lines import DATE_WORDS, Line
from floorapp.core.programme.importer.patterns import (
    BULLET,
    BY_PERSON,
    CONNECTOR,
    CUE,
    DAY_ALONE,
    DEADLINE,
    DURATION_ONLY,
    FROM,
    HOURS_LABEL,
    INFO_LABEL,
    ITEM_ALONE,
    ITEM_START,
    KIND_ONLY,
    MEETING_NO,
    OTHER_LABEL,
    PERIOD,
    ROOM_ONLY,
    SPEAKER_LINE,
    SYMBOLS,
    TIME_LABEL,
    clean_title,
    day_key,
    is_day_header,
    join_split_ranges,
    label_of,
    split_person_title,
)
from floorapp.core.programme.importer.people import bare_name_line, people_in, starts_with_person
from floorapp.core.programme.importer.proposal import Found, Odd, ProposedSegment
from floorapp.core.programme.importer.words import (
    PERSON_START,
    WEEKDAYS,
    segment_kind,
)


@dataclass
class _Reading:
    """The state of the line-by-line reading."""

    segments: list[ProposedSegment] = field(default_factory=list)
    points: list[ProposedSegment] = field(default_factory=list)  # ends not known yet
    odd: list[Odd] = field(default_factory=list)
    hours: list[TimeRange] = field(default_factory=list)  # ranges in prose: meeting hours
    day: str = ""
    current: ProposedSegment | None = None
    pending_title: bool = False
    title_open: bool = False  # the title may go on onto the next line
    mode: str = ""  # "people:<label>", "after-single", "themes" or ""
    blank_since: bool = False
    grid_columns: dict[int, TimeRange] = field(default_factory=dict)
    grid_row: int = -1
    grid_day: dict[int, str] = field(default_factory=dict)
    fallback: tuple[str, int, str] | None = None  # a heading above a time alone on its line
    #: A range with only a duration under it ("10.30 – 11.45" / "(1 hr 15 min)"): the table's
    #: title cell spans it and the next range, whose title it takes.
    spanned: ProposedSegment | None = None
    #: Segments from a "Time: 9am – 12:30pm" line, titled from around it; when no title
    #: comes they are the meeting's hours in prose again.
    time_labelled: list[ProposedSegment] = field(default_factory=list)
    #: People and themes named before any segment (a concept note's "Chair:" at the top).
    preamble: ProposedSegment = field(default_factory=lambda: ProposedSegment(
        Found(time(0, 0)), Found(time(0, 0)), Found("")))


class SegmentReader:
    """Reads segments out of logical lines; call :meth:`read`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.r = _Reading()
        self.prev_text = ""
        self.prev_line: Line | None = None
        self.prev_kind = ""  # what the previous line was: "body" or "other"
        self.above_day: tuple[Line, str] | None = None  # the line above the last day header
        self.cur_kind = ""
        self.titles_above = False

    # -- helpers ------------------------------------------------------------------------

    def _odd(self, line: Line, why: str, text: str | None = None) -> None:
        body = (text if text is not None else line.stripped())
        self.r.odd.append(Odd(body.strip(), (line.start, line.end), why))

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
        if r.current is not None and r.pending_title:
            self._drop_spanned()
            seg = r.current
            where = seg.start.span
            target = r.points if seg in r.points else r.segments
            if seg in target:
                target.remove(seg)
            r.odd.append(Odd(self.text[where[0]:where[1]], where,
                             "a time with no title after it (a column heading?)"))
            r.current = None
        r.pending_title = False

    def _new_segment(self, rng: TimeRange, line: Line, title: str, title_at: int,
                     day: str, point: bool = False) -> ProposedSegment:
        self._close_pending()
        span = (line.start + rng.span[0], line.start + rng.span[1])
        seg = ProposedSegment(
            start=Found(rng.start, span, rng.guess),
            end=Found(rng.end, span, rng.guess if not point else "end not written"),
            title=Found("", span), day=day)
        (self.r.points if point else self.r.segments).append(seg)
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
        if "\t" in title.strip():  # a Word table's row: title and people in their cells
            cells = [c.strip() for c in title.split("\t") if c.strip()]
            named = [c for c in cells[1:] if starts_with_person(c)]
            title = next((c for c in cells if not starts_with_person(c)), cells[0])
            if named and seg.title.value == "":
                seg.people += [p for c in named for p in people_in(
                    c, max(0, self.text.find(c, at)), "speaker")]
        split = split_person_title(title.strip())
        people_text = ""
        listed = False
        speaker = SPEAKER_LINE.match(title.strip())
        if split:
            title, people_text = split
        elif speaker and re.match(r"(?:[A-Z][\w'’-]+\s+(?:(?:van|de|der|von|da|del|la|le)\s+)*)"
                                  r"{1,3}[A-Z][\w'’-]+\s*,", title.strip()[speaker.end():]):
            # "Welcome and introduction, James Love, CPTech and Machiel van der Velde, …"
            title, people_text = title.strip()[:speaker.end()], title.strip()[speaker.end():]
            listed = True
        else:
            inner = [m for m in PERSON_START.finditer(title) if m.start() > 8 and
                     re.search(r"[)*:]\s*$|\b[a-z]+\s*$", title[:m.start()])]
            if inner and starts_with_person(title[inner[0].start():]):
                title, people_text = title[:inner[0].start()], title[inner[0].start():]
                listed = True
                # "Luncheon hosted by Amb. X": the host is a person; the title is the luncheon
                title = re.sub(r"\s+(?:(?:hosted|chaired|organi[sz]ed|moderated|convened|led|"
                               r"introduced|presented|facilitated|given|delivered|opened)\s+)?"
                               r"by\s*$", "", title, flags=re.IGNORECASE)
        cleaned = clean_title(title)
        if not cleaned or ROOM_ONLY.match(cleaned) or DAY_ALONE.match(cleaned):
            self.r.pending_title = True
            self.r.title_open = False
            return
        i = self.text.find(cleaned[:20], at) if cleaned else at
        i = at if i < 0 or i > at + 400 else i
        doubt = ""
        if re.search(r"\bTB[CDA]\b|to be confirmed|à confirmer", title, re.IGNORECASE):
            doubt = "marked as to be confirmed"
        if doubt:
            cleaned = re.sub(r"\s*\(\s*(?:TB[CDA]|to be confirmed|à confirmer)\s*\)|\s*\bTB[CDA]\b",
                             "", cleaned, flags=re.IGNORECASE).strip() or cleaned
        seg.title = Found(cleaned, (i, i + len(cleaned)), doubt or seg.title.doubt)
        seg.kind = segment_kind(cleaned)
        spanned = self.r.spanned
        if spanned is not None and spanned is not seg:
            spanned.title = Found(cleaned, seg.title.span,
                                  "no title of its own: the next range's title")
            spanned.kind = seg.kind
            self.r.spanned = None
        self.r.pending_title = False
        self.r.title_open = len(cleaned) < 120
        if people_text:
            label = "chair" if seg.kind in ("opening", "closing") and not listed else "speaker"
            j = self.text.find(people_text[:15], at)
            found = people_in(people_text, j if j >= 0 else at, label)
            for p in found if listed else []:
                p.name.doubt = p.name.doubt or "listed without a label: taken as a speaker"
            seg.people += found
            self.r.mode = "after-single" if not listed else "people:speaker"
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

    # -- the grammar ----------------------------------------------------------------------

    def _grid(self, line: Line) -> bool:
        """Handle a line that is a cell of a "|" grid; True when handled."""
        r = self.r
        if line.row < 0:
            return False
        text = line.stripped()
        ranges = find_ranges(text)
        if ranges and len(text) - (ranges[0].span[1] - ranges[0].span[0]) < 6:
            if line.row != r.grid_row:
                r.grid_columns = {}
                r.grid_row = line.row
            r.grid_columns[line.cell] = ranges[0]
            return True
        if not r.grid_columns or line.row == r.grid_row:
            return False
        if line.cell not in r.grid_columns:
            key = day_key(text) or (text.lower() if DAY_ALONE.match(text) else "")
            if key:
                r.grid_day[line.row] = key
                r.day = key
            else:
                self._odd(line, "a cell of a grid under no time")
            return True
        rng = r.grid_columns[line.cell]
        day = r.grid_day.get(line.row, r.day)
        dead = DEADLINE.search(text)
        if dead:
            m = re.search(r"[^.|]*(?:deadline|date limite|fecha l[ií]mite)[^.|]*?(?=\s[A-Z]|$)",
                          text, re.IGNORECASE)
            if m:
                self.r.odd.append(Odd(m.group(0).strip(), (line.start + m.start(),
                                                           line.start + m.end()), "a deadline"))
        moved = TimeRange(rng.start, rng.end, (0, 0), rng.guess)
        seg = self._new_segment(moved, line, text, 0, day)
        lead = len(line.text) - len(line.text.lstrip())
        seg.start.span = seg.end.span = (line.start + lead, line.start + lead + min(len(text), 40))
        seg.start.doubt = seg.end.doubt = "times from the grid's column heading"
        if len(text) > len(seg.title.value) + 20:
            seg.description.append(text)
        r.mode = ""
        return True

    def _range_line(self, line: Line, ranges: list[TimeRange]) -> bool:
        """A line with time ranges: new segments, or the meeting's hours in prose."""
        text = line.text
        made = False
        if re.fullmatch(r"\s*\(\s*[^()]*\)\s*", text) and re.search(
                r"\b(?:[A-Z]{2,4}T|GMT|UTC|local time|time)\b", text):
            self._odd(line, "the same times on another clock")
            return True
        between = text
        for rng in reversed(ranges):
            between = between[:rng.span[0]] + between[rng.span[1]:]
        if len(ranges) >= 2 and len(re.sub(r"[\W\d_]|\b(?:first|second|week|semaine|semana)\b",
                                           "", between, flags=re.IGNORECASE)) < 4:
            self._odd(line, "times side by side: the columns of a grid (parallel meetings?)")
            return True
        if HOURS_LABEL.search(self.prev_text) and self.prev_text.rstrip().endswith(":"):
            for rng in ranges:
                self.r.hours.append(TimeRange(rng.start, rng.end, (line.start + rng.span[0],
                                                                   line.start + rng.span[1]),
                                              rng.guess))
            return True
        prose = False
        joins = [re.fullmatch(r"[\s,;]*(?:and|et|y|or|ou|o)?[\s,;]*(?:from|de|the other from|one "
                              r"from)?\s*", text[ranges[k - 1].span[1]:ranges[k].span[0]],
                              re.IGNORECASE) is not None for k in range(1, len(ranges))]
        listed = bool(joins) and all(joins)  # "09:00-11:15 and 11:45-13:45": hours, listed
        for k, rng in enumerate(ranges):
            before = text[ranges[k - 1].span[1] if k else 0:rng.span[0]]
            joined = k > 0 and joins[k - 1]
            if listed or (prose and joined):
                self.r.hours.append(TimeRange(rng.start, rng.end,
                                              (line.start + rng.span[0], line.start + rng.span[1]),
                                              rng.guess))
                continue
            day_here = day_key(before)
            bare = DATE_WORDS.sub("", before)
            bare = re.sub(r"(?i)\b(?:" + "|".join(WEEKDAYS) + r")\b", "", bare)
            bare = PERIOD.sub("", bare.strip(" ,.|")).strip(" ,.|")
            paren = before.rstrip().endswith("(")
            paren_title = bare.rstrip("( ")
            if paren and not FROM.search(before[:-1].rstrip()) and k == 0 and paren_title and \
                    not HOURS_LABEL.search(before):
                title_text = paren_title
                after_text = text[rng.span[1]:].lstrip(" )–-,")
                if re.match(r"\s*\)\s*[:–-]\s*\w", text[rng.span[1]:]):
                    # "Session I (10:00 – 11:30): Financing": the part, then its subject
                    title_text, after_text = f"{paren_title}: {after_text.lstrip(':–- ')}", ""
                seg = self._new_segment(rng, line, title_text, 0, day_here or self.r.day)
                if after_text.strip():
                    seg.description.append(after_text.strip())
                made = True
                continue
            listed_item = re.fullmatch(r"\s*(?:[•*·-]\s*)?(?:from|de|desde)\s*", before,
                                       re.IGNORECASE) and k == 0 and re.match(
                r"\s*[:–-]\s*\S", text[rng.span[1]:])  # "From 10:00 to 11:00: Opening"
            if TIME_LABEL.fullmatch(before) and len(ranges) == 1 and \
                    not clean_title(text[rng.span[1]:]):
                # "Time: 9am – 12:30pm" under a day, its title above or below the line
                heading = self._heading_before(line)
                if heading is None and self.above_day is not None and \
                        self.prev_line is not None and is_day_header(self.prev_line.stripped()):
                    heading = self._heading_before(line, *self.above_day)  # title / day / time
                seg = self._new_segment(rng, line, "", rng.span[1], self.r.day)
                self.r.time_labelled.append(seg)
                self.r.fallback = heading if self.r.pending_title else None
                if heading is not None:
                    self._use_fallback()
                made = True
                continue
            if not listed_item and (FROM.search(before) or HOURS_LABEL.search(before) or
                                    len(bare) > 60):
                prose = True
                self.r.hours.append(TimeRange(rng.start, rng.end,
                                              (line.start + rng.span[0], line.start + rng.span[1]),
                                              rng.guess))
                continue
            after_end = ranges[k + 1].span[0] if k + 1 < len(ranges) else len(text)
            after = text[rng.span[1]:after_end]
            dated_after = DATE_WORDS.match(after.lstrip(" ,;|–-"))
            if not day_here and dated_after:  # "12:30–14:00, 23 May 2022, venue"
                day_here = day_key(dated_after.group(0))
            if day_here:
                self.r.day = day_here
            title, at = after, rng.span[1]
            if re.match(r"\s*[;,]", after):  # "…, 11:00 - 14:00; Zoom room": a note, not a title
                title = ""
            cleaned_after = clean_title(title)
            prev_bare = DATE_WORDS.sub("", self.prev_text).strip(" ,.|")
            if not cleaned_after and after.strip(" .;,:|") and not bare and \
                    0 < len(self.prev_text) <= 80 and not find_ranges(self.prev_text) and \
                    prev_bare and not DAY_ALONE.match(prev_bare) and \
                    not PERIOD.fullmatch(prev_bare) and self.prev_kind == "body" and \
                    (re.search(r"\b[a-z]{3,}", prev_bare) or len(prev_bare.split()) > 3):
                title, at = self.prev_text, max(0, line.start - len(self.prev_text) - 1)
            if (not cleaned_after or ROOM_ONLY.match(cleaned_after)) and bare and not \
                    DAY_ALONE.match(bare):
                title, at = bare, text.find(bare) if bare in text else 0
                if cleaned_after and ROOM_ONLY.match(cleaned_after):
                    pass
            heading = self._heading_before(line) if not clean_title(title) else None
            seg = self._new_segment(rng, line, title, at, self.r.day)
            self.r.fallback = heading if self.r.pending_title else None
            if self.titles_above and self.r.pending_title:
                self._use_fallback()  # "Opening segment" / "10:00 – 10:15": the title above
            if cleaned_after and ROOM_ONLY.match(cleaned_after):
                seg.description.append(cleaned_after.strip("() ;"))
            made = True
        return made

    def _heading_before(self, line: Line, prev: Line | None = None,
                        kind: str = "") -> tuple[str, int, str] | None:
        """The heading just above a range alone on its line ("19 September | Title"), if any.

        Taken back from the previous segment's description, where it was put.
        """
        prev, kind = (prev, kind) if prev is not None else (self.prev_line, self.prev_kind)
        if prev is None or kind != "body":
            return None
        text = prev.stripped()
        day = day_key(text)
        bare = DATE_WORDS.sub("", text).strip(" |,:;-–")
        if not bare or len(bare) > 150 or bare.endswith(".") or PERIOD.fullmatch(bare) or \
                DAY_ALONE.match(bare) or MEETING_NO.fullmatch(bare) or \
                ROOM_ONLY.match(bare) or OTHER_LABEL.match(bare) or INFO_LABEL.match(text) or \
                label_of(text) is not None:
            return None
        at = prev.start + prev.text.find(bare)
        return bare, at, day

    def _use_fallback(self) -> bool:
        """Title the pending segment with the heading above its time; True when done."""
        r = self.r
        if r.fallback is None or r.current is None:
            return False
        bare, at, day = r.fallback
        r.fallback = None
        seg = r.current
        for other in r.segments + r.points:
            if other is not seg and other.description and bare in other.description[-1]:
                other.description.pop()
                break
        self._set_title(seg, bare, at)
        if not seg.title.value:
            return False
        seg.title.span = (at, at + len(seg.title.value))
        if day:
            seg.day = day
            r.day = day
        return True

    def _point_line(self, line: Line) -> bool:
        found = find_point(line.text)
        if found is None:
            return False
        t, span, guess = found
        rest = line.text[span[1]:]
        rest_clean = re.sub(r"^(?:h|hs|hrs)?\s*[:\-–.]?\s*", "", rest).strip()
        if re.fullmatch(r"\([^()]*\)", rest_clean):
            rest_clean = ""  # "+/- 09.00 (photo opportunity)": a note; the title is below
        if rest_clean.startswith("["):
            self._odd(line, "a time alone, not a segment")
            return True
        if not rest_clean:  # "10:00 a.m." alone, its title on the next line
            self._new_segment(TimeRange(t, t, span, guess), line, "", span[1], self.r.day,
                              point=True)
            return True
        rng = TimeRange(t, t, span, guess)
        lab = label_of(rest_clean)
        title = rest_clean
        if lab is not None and lab[0] != "themes":
            title = rest_clean.split(":")[0]
        seg = self._new_segment(rng, line, title, span[1], self.r.day, point=True)
        if lab is not None and lab[0] in ("panellist", "moderator", "chair", "keynote"):
            r_text = lab[1]
            if r_text.strip():
                off = line.start + span[1] + rest.find(r_text) if r_text in rest else line.start
                seg.people += people_in(r_text, off, lab[0])
            self.r.mode = f"people:{lab[0]}"
        return True

    def _label_line(self, line: Line, lab: tuple[str, str, int]) -> None:
        kind, rest, at = lab
        seg = self.r.current
        offset = line.start + at
        if kind in ("venue", "date"):
            return
        if seg is None:
            if kind not in ("chair", "moderator", "panellist", "keynote", "speaker", "themes"):
                return
            seg = self.r.preamble
            self.r.current = seg
        self.r.pending_title = False if seg.title.value else self.r.pending_title
        if kind == "themes":
            if rest.strip():
                cue = CUE.search(rest)
                if cue or len(rest) > 250:
                    self._run_on_themes(seg, rest[cue.end():] if cue else rest,
                                        offset + (cue.end() if cue else 0))
                else:
                    t = rest.strip()
                    seg.themes.append(Found(t, (offset, offset + len(t))))
            self.r.mode = "themes"
            return
        label = kind
        found = people_in(rest, offset, label) if rest.strip() else []
        seg.people += found
        if found and label in ("chair", "moderator", "speaker", "keynote") and len(found) == 1:
            self.r.mode = "after-single"
        else:
            self.r.mode = f"people:{label}"
        self.r.blank_since = False

    def _body_line(self, line: Line) -> None:
        r = self.r
        seg = r.current
        text = line.stripped()
        if seg is None:
            return
        if r.pending_title:
            if INFO_LABEL.match(text):
                return  # "Location: …", "Overflow rooms: …" under a time: not its title
            if DURATION_ONLY.fullmatch(text) and seg in r.segments:
                r.spanned = seg
                return
            if MEETING_NO.fullmatch(text) or PERIOD.fullmatch(text) or ROOM_ONLY.match(text) \
                    or ITEM_ALONE.match(text) or re.match(r"(?i)image\s*:", text):
                return  # (an image's caption on a web page is no title)
            prose = text.endswith(".") and len(text.split()) >= 12 or bool(
                re.match(r"^\s*[-•*·]\s", line.text))
            if prose and self._use_fallback():
                seg.description.append(text)
                return
            self._set_title(seg, text, line.start + line.text.find(text))
            return
        bare = BULLET.sub("", text)
        if not bare:
            return
        if r.mode.startswith("people") or r.mode == "after-single":
            if starts_with_person(bare):
                label = "panellist" if r.mode == "after-single" else r.mode.split(":")[1]
                found = people_in(bare, line.start + line.text.find(bare), label)
                if r.mode == "after-single":
                    for p in found:
                        p.name.doubt = p.name.doubt or "listed without a label: taken as panellist"
                    r.mode = "people:panellist"
                seg.people += found
                r.blank_since = False
                return
            if re.match(r"^\s*(?:[•*·\-–]|o\s)", text) and bare[:1].isupper() and \
                    not SYMBOLS.match(bare) and r.mode != "after-single":
                found = people_in(bare, line.start + line.text.find(bare), r.mode.split(":")[1])
                if found:
                    seg.people += found
                    r.blank_since = False
                    return
            if seg.people and not r.blank_since and not bare.startswith("[") and \
                    not SYMBOLS.match(bare) and len(bare) < 200 and not self.titles_above:
                last = seg.people[-1]
                last.role = f"{last.role} {bare}".strip()
                return
            r.mode = ""
        if r.mode == "themes":
            if r.blank_since and seg.themes and not BULLET.match(text):
                r.mode = ""
            elif not bare.startswith("[") and len(bare) < 400:
                if seg.themes and (bare[0].islower() or CONNECTOR.search(seg.themes[-1].value)):
                    theme = seg.themes[-1]
                    theme.value = f"{theme.value} {bare}"
                    theme.span = (theme.span[0], line.start + line.text.find(bare) + len(bare))
                else:
                    at = line.start + line.text.find(bare)
                    seg.themes.append(Found(bare.rstrip(";"), (at, at + len(bare.rstrip(";")))))
                return
        bare2 = BULLET.sub("", bare)
        speaker = SPEAKER_LINE.match(bare2)
        if not r.mode and speaker and starts_with_person(bare2[speaker.end():]):
            rest = bare2[speaker.end():]
            found = people_in(rest, line.start + line.text.find(rest), "speaker")
            for p in found:
                p.name.doubt = p.name.doubt or "listed without a label: taken as a speaker"
            seg.people += found
            return
        if not r.mode and re.match(r"^\s*[•*·]", text) and not starts_with_person(bare2):
            found = people_in(bare2, line.start + line.text.find(bare2), "speaker")
            if found:
                for p in found:
                    p.name.doubt = p.name.doubt or "listed without a label: taken as a speaker"
                seg.people += found
                return
        if not r.mode and (BULLET.match(text) or seg.people) and starts_with_person(bare2) or \
                not r.mode and starts_with_person(bare) and not seg.description:
            found = people_in(bare, line.start + line.text.find(bare), "speaker")
            for p in found:
                p.name.doubt = p.name.doubt or "listed without a label: taken as a speaker"
            seg.people += found
            return
        bare_person = bare_name_line(bare2, line.start + line.text.find(bare2)) \
            if not r.mode and (not BULLET.match(text) or re.match(r"\s*[-–•]\s", text)) \
            else None
        if bare_person is not None:
            seg.people.append(bare_person)
            return
        by = BY_PERSON.search(text)
        if by and not r.mode and len(text) < 250:
            label = "keynote" if re.search(r"(?i)keynote|liminaire|magistral", text[:by.start()]) \
                else "speaker"
            seg.people += people_in(text[by.end():], line.start + line.text.find(text) +
                                    by.end(), label)
            if len(seg.description) < 12:
                seg.description.append(text)
            return
        cue = CUE.search(text)
        if cue:
            self._run_on_themes(seg, text[cue.end():], line.start + line.text.find(text) +
                                cue.end())
            if not seg.themes:
                r.mode = "themes"
            return
        if KIND_ONLY.fullmatch(seg.title.value) and not seg.description and not seg.people \
                and len(bare) <= 100 and not bare.endswith(".") and bare[:1].isupper():
            # "15h30 – 16h30 : débat" / "Le siècle des pandémies ?": the kind, then its subject
            seg.title.value = f"{seg.title.value[:1].upper()}{seg.title.value[1:]}: {bare}"
            seg.title.span = (seg.title.span[0], line.start + line.text.find(bare) + len(bare))
            r.title_open = False
            return
        if r.title_open and not r.blank_since and not ITEM_START.match(bare) and (
                bare[0].islower() or
                                                    CONNECTOR.search(seg.title.value + " ")):
            seg.title.value = f"{seg.title.value} {bare}".strip()
            seg.title.span = (seg.title.span[0], line.start + line.text.find(bare) + len(bare))
            r.title_open = len(seg.title.value) < 200
            return
        r.title_open = False
        if len(seg.description) < 12:
            seg.description.append(text)

    @staticmethod
    def _titles_above(lines: list[Line]) -> bool:
        """Whether each time range alone on its line has its title on the line above: every
        such range follows a line of text, and the last one is followed by none."""
        texts = [ln.stripped() for ln in lines if ln.stripped()]
        alone = [i for i, t in enumerate(texts)
                 if (rs := find_ranges(t)) and not clean_title(t[:rs[0].span[0]] +
                                                               t[rs[-1].span[1]:])]
        if len(alone) < 2:
            return False

        def titled(t: str) -> bool:
            return bool(clean_title(t)) and not find_ranges(t) and not day_key(t) and \
                label_of(t) is None and not DAY_ALONE.match(t)
        last = alone[-1]
        return all(i > 0 and titled(texts[i - 1]) for i in alone) and (
            last + 1 == len(texts) or bool(find_ranges(texts[last + 1])) or
            is_day_header(texts[last + 1]) or label_of(texts[last + 1]) is not None)

    def read(self, lines: list[Line]) -> _Reading:
        """Read every line; returns the segments, points, odd parts and hours found."""
        r = self.r
        lines = join_split_ranges(lines)
        self.titles_above = self._titles_above(lines)
        for line in lines:
            text = line.stripped()
            if not text:
                r.blank_since = True
                continue
            self.cur_kind = "other"
            self._line(line, text)
            self.prev_text = text
            if is_day_header(text) and self.prev_line is not None:
                self.above_day = (self.prev_line, self.prev_kind)
            self.prev_line = line
            self.prev_kind = self.cur_kind
        self._close_pending(use_fallback=True)
        self._drop_spanned()
        return r

    def _line(self, line: Line, text: str) -> None:
        r = self.r
        if True:
            if self._grid(line):
                r.blank_since = False
                return
            if DEADLINE.search(text):
                self._odd(line, "a deadline")
                return
            ranges = find_ranges(line.text)
            if ranges and self._range_line(line, ranges):
                r.blank_since = False
                return
            if is_day_header(text):
                r.day = day_key(text)
                self._close_pending()
                r.mode = ""
                return
            if DAY_ALONE.match(text):
                r.day = text.strip(" ,|").lower()
                self._close_pending()
                r.mode = ""
                return
            if not ranges and self._point_line(line):
                r.blank_since = False
                return
            pending_label = label_of(text) if r.pending_title and r.fallback else None
            if pending_label is not None and (not pending_label[1].strip() or pending_label[0] in (
                    "chair", "moderator", "panellist", "themes")):
                self._use_fallback()
            lab = label_of(text) if not r.pending_title else None
            if lab is not None:
                self._label_line(line, lab)
            elif OTHER_LABEL.match(text) and r.current is not None and not r.pending_title:
                r.mode = ""
                if len(r.current.description) < 12:
                    r.current.description.append(text)
            else:
                self._body_line(line)
                self.cur_kind = "body" if not r.mode else "other"
            r.blank_since = False
