"""From a concept note's text to a proposed programme (rules only: no network, no model)."""

from __future__ import annotations

import re
from datetime import date, time

from floorapp.core.programme.importer.clock import minutes
from floorapp.core.programme.importer.dates import find_date, parse_date_words, years_in
from floorapp.core.programme.importer.days import day_key
from floorapp.core.programme.importer.durations import by_lengths
from floorapp.core.programme.importer.items import (
    BESIDE,
    chain_points,
    fills,
    fmt,
    items_within,
    starts_again,
    without_other_clocks,
)
from floorapp.core.programme.importer.labels import caps_labels, label_of
from floorapp.core.programme.importer.lines import DATE_WORDS
from floorapp.core.programme.importer.logical import logical_lines
from floorapp.core.programme.importer.meeting import NAMED_IN_PROSE, find_title
from floorapp.core.programme.importer.parts import settle_blocks
from floorapp.core.programme.importer.patterns import ARRIVALS, ROOM_ONLY
from floorapp.core.programme.importer.people import NAME_ALONE, OPEN_END, person
from floorapp.core.programme.importer.place import find_timezone, find_venue
from floorapp.core.programme.importer.place_column import cut_place_column
from floorapp.core.programme.importer.proposal import Found, Odd, Proposal, ProposedSegment
from floorapp.core.programme.importer.prose import from_prose
from floorapp.core.programme.importer.prose_points import points_in_sentences
from floorapp.core.programme.importer.reading import Reading
from floorapp.core.programme.importer.segments import SegmentReader
from floorapp.core.programme.importer.source import repair
from floorapp.core.programme.importer.speaking_limits import find_limits
from floorapp.core.programme.importer.timed_lines import read_timed_lines
from floorapp.core.programme.importer.words import CITIES, language_of, segment_kind


def _letter_date(text: str, day: str, before: int) -> bool:
    """Whether the day the segments are under (the last line above ``before`` naming it) is
    a letter's own date, alone on its line near the top of the text."""
    last = None
    for m in DATE_WORDS.finditer(text, 0, before):
        if day_key(m.group(0)) == day:
            last = m
    if last is None:
        return False
    line_start = text.rfind("\n", 0, last.start()) + 1
    line_end = text.find("\n", last.end())
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return last.start() < 400 and line.strip() == last.group(0).strip()


def _day_date(key: str, default_year: int | None) -> date | None:
    return parse_date_words(key, default_year) if key else None




def _depth(text: str, at: int) -> int:
    """How deep the line holding ``at`` is written: its heading marks and its indent."""
    line = text[text.rfind("\n", 0, at) + 1:at]
    return len(line) - len(line.lstrip(" \t#"))


def _tiled(seg: ProposedSegment, kept: list[ProposedSegment], depth: dict[int, int]) -> bool:
    """Whether the ranges written deeper below ``seg`` (``depth``: each segment's, by id) and
    inside its hours fill them, one after another from its start to its end: a part and its
    items ("### [14:30-16:15] Session 1" / "#### [14:30-15:15] Why and What" / …)."""
    return fills(seg, [o for o in _below(seg, kept) if depth[id(o)] > depth[id(seg)]], 2)


def _below(seg: ProposedSegment, kept: list[ProposedSegment]) -> list[ProposedSegment]:
    """The items written after ``seg`` and inside its hours."""
    return [o for o in kept if o.start.span[0] > seg.start.span[0] and
            seg.start.value <= o.start.value and o.end.value <= seg.end.value]


def _nested_parts(kept: list[ProposedSegment]) -> set[int]:
    """The parts (by id) of a programme written in parts within parts, however deep: a range
    whose items below it fill its hours, the leaves of it, when one of them holds others
    ("10:00am-1:00pm – Session 1" / "10:00am-11:20am - Part 1" / "10:00am-10:40am - Solution
    …" / … / "11:20-11:40am – Coffee Break" / …): it and the parts between."""
    parts: set[int] = set()
    for seg in kept:
        inner = [o for o in _below(seg, kept) if o.end.doubt == ""]  # (its end written)
        holding = {id(o) for o in inner if any(
            p is not o and o.start.value <= p.start.value and p.end.value <= o.end.value and
            (p.start.value, p.end.value) != (o.start.value, o.end.value) for p in inner)}
        leaves = {(o.start.value, o.end.value): o for o in inner if id(o) not in holding}
        if holding and fills(seg, list(leaves.values()), 2):
            parts |= holding | {id(seg)}
    return parts


#: Why an item's start was moved on to the end of the item before it.
OVERLAPPED = "written to start before the item above ends: started where it ends"


def _slip(a: ProposedSegment, b: ProposedSegment) -> bool:
    """Whether two items written one after the other, one a break, overlap by a slip of the
    pen, not as parallel meetings: one starts a few minutes before the other ends, by a quarter
    of an hour at most and half of either at most ("Session 3 (09:00h - 10:10h)" / "Morning
    Break (10:00h - 10:20h)")."""
    over = minutes(min(a.end.value, b.end.value)) - minutes(max(a.start.value, b.start.value))
    shorter = min(minutes(x.end.value) - minutes(x.start.value) for x in (a, b))
    return a.start.value != b.start.value and a.end.value != b.end.value and \
        over <= 15 and 2 * over <= shorter and "break" in (a.kind, b.kind)


def _parallel(s: ProposedSegment, kept: list[ProposedSegment]) -> Odd | None:
    """The report of ``s`` when it runs at the same time as an item kept before it: of two
    items at once, the one written first is the programme's, the other a parallel meeting."""
    clash = next((f for f in kept if s.start.value < f.end.value and
                  f.start.value < s.end.value and not (f is kept[-1] and _slip(s, f))), None)
    if clash is None:
        return None
    named = clash.title.value or f"{fmt(clash.start.value)}–{fmt(clash.end.value)}"
    return Odd(f"{fmt(s.start.value)}–{fmt(s.end.value)} {s.title.value}", s.start.span,
               f"at the same time as \u201c{named}\u201d (a parallel meeting)")


def _names_known_at_end(segments: list[ProposedSegment]) -> None:
    """A title that ends with the name of someone another item names ("Guiding Questions
    Tristan L’Ecuyer and Hiro Masunaga" after "Welcome and Introduction to GDAP (Tristan
    L’Ecuyer and Hiro Masunaga)"), alone or first of two or more: the names are its people, not
    its words."""
    named = [(o, p.name.value) for o in segments for p in o.people
             if len(p.name.value.split()) >= 2]
    for s in segments:
        known = {n for o, n in named if o is not s and n in s.title.value} - \
            {p.name.value for p in s.people}
        if not known:
            continue
        names = "|".join(re.escape(n) for n in sorted(known, key=len, reverse=True))
        m = re.search(r"(?<=[\w)?!.])\s+(?P<n>(?:" + names + r")(?:\s*(?:,|and|&)\s*(?:" + names +
                      r"|[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+))*)\s*$", s.title.value)
        head = s.title.value[:m.start()] if m is not None else ""
        if m is None or len(re.findall(r"[^\W\d_]{2,}", head)) < 2 or OPEN_END.search(head):
            continue
        at = s.title.span[0] + m.start("n")
        s.people += [p for n in re.split(r"\s*(?:,|\band\b|&)\s*", m.group("n"))
                     if (p := person(n, at + m.group("n").find(n), "speaker"))]
        s.title.value = head.rstrip(" ,–-")


def _title_below_names(text: str, seg: ProposedSegment) -> None:
    """"16.30 Moderators" / "Salma Jabou" / "Zarin Hainsworth" / "The Global perspective …":
    the label's names below it, then the segment's title."""
    label = label_of(seg.title.value)  # a label alone where a title should be: "Moderators"
    if label is None or label[1].strip() or label[0] not in ("moderator", "panellist", "chair"):
        return
    names = []
    for i, line in enumerate(seg.description):
        if NAME_ALONE.fullmatch(line.strip()):
            names.append(line.strip())
            continue
        at = text.find(line, seg.start.span[0])
        if not names or at < 0 or not re.search(r"[a-z]{3}", line):
            return
        title = line.strip()
        seg.title = Found(title, (at, at + len(title)), "the title below the names under a label")
        seg.kind = segment_kind(title)
        for name in names:
            found = person(name, text.find(name, seg.start.span[0]), label[0])
            if found is not None:
                seg.people.append(found)
        del seg.description[:i + 1]
        return


def _hours_then_prose(reading: Reading, text: str, title: Found[str], lone: ProposedSegment,
                      proposal: Proposal) -> list[ProposedSegment]:
    """A lone range on the date's line ("23 September 2016 9:00 - 18:00") holding the sittings
    told in prose below it ("… will be held from 10:00 am to 12:30pm and from 2:30pm to 5:00pm"):
    the meeting's hours, the sittings its segments; [lone] otherwise."""
    line = text[text.rfind("\n", 0, lone.start.span[0]) + 1:text.find("\n", lone.start.span[0])]
    odd = len(reading.odd)
    told = from_prose(reading, text, title) if DATE_WORDS.search(line) else []
    if len(told) < 2 or any(s.start.value < lone.start.value or s.end.value > lone.end.value
                            for s in told):
        del reading.odd[odd:]
        return [lone]
    proposal.odd.extend(reading.odd[odd:])  # (other days)
    for s in told:
        s.day = lone.day or s.day  # the hours' own date, not one in the prose around them
    proposal.odd.append(Odd(line.strip(), lone.start.span,
                            "the meeting's hours: the segments below fall within them"))
    return told


def propose(text: str) -> Proposal:
    """The proposed programme for a concept note's text (already read and repaired)."""
    labelled = caps_labels(text)  # "EVENT X", "WHERE Y": a media advisory's fields
    title = find_title(labelled)
    tidy = title.value.lstrip(" /|–—-")  # "/ Human Rights Council": a table's bar before it
    if tidy and tidy != title.value:
        title = Found(tidy, (title.span[1] - len(tidy), title.span[1]), title.doubt)
    when = find_date(text)
    venue = find_venue(labelled)
    zone = find_timezone(text, venue)
    proposal = Proposal(text=text, title=title, date=when, venue=venue, timezone=zone,
                        language=language_of(text), limits=find_limits(text))
    reading = SegmentReader(text).read(logical_lines(text))
    settle_blocks(reading, text)
    segments = reading.segments + chain_points(reading, text)
    if len(told := by_lengths(text)) > 2 * len(segments):  # "Start 10am" / "• Welcome - 5 mins"
        segments = told
    proposal.odd = list(reading.odd)
    pre = reading.preamble
    if len(segments) == 1 and reading.hours:  # "23 September 2016 9:00 - 18:00" then prose
        segments = _hours_then_prose(reading, text, title, segments[0], proposal)
    if not segments and reading.hours:
        segments = from_prose(reading, text, title)
        proposal.odd.extend(o for o in reading.odd if o not in proposal.odd)  # other days
        segments[0].people, segments[0].themes = pre.people, pre.themes
    elif pre.people or pre.themes:
        talks = sorted((s for s in segments if s.kind != "break"),
                       key=lambda s: (s.day, s.start.value))
        if talks:
            for x in pre.people:
                if len(talks) > 1:
                    x.name.doubt = x.name.doubt or "named before the segments: taken for the first"
            talks[0].people[:0] = pre.people
            if len(talks) == 1:
                talks[0].themes[:0] = pre.themes
            for t in pre.themes if len(talks) > 1 else []:
                proposal.odd.append(Odd(t.value, t.span, "a theme named before any segment"))
    segments = segments or points_in_sentences(text)
    if not segments:
        nothing = "no times in the text: placeholder, set the real times"
        segments = [ProposedSegment(start=Found(time(10, 0), (0, 0), nothing),
                                    end=Found(time(13, 0), (0, 0), nothing),
                                    title=Found(title.value, title.span,
                                                "no segments found: the meeting's title"),
                                    kind="dialogue")]
    # The first day's segments make the programme (not a day of arrivals only); others reported.
    days = sorted({s.day for s in segments}, key=lambda d: min(
        s.start.span[0] for s in segments if s.day == d))
    dated = [parse_date_words(d, when.value.year) if d else None for d in days]
    known = [d for d in dated if d is not None]
    if len(days) >= 3 and len(known) == len(days) and all(
            a > b for a, b in zip(known, known[1:], strict=False)):
        days.reverse()  # a calendar listed newest first: its first day is the last listed
    first_day = days[0]
    arrivals = [s for s in segments if s.day == first_day and ARRIVALS.search(s.title.value)]
    if len(days) > 1 and (first_day in reading.arrival_days or arrivals and all(
            s in arrivals or any(a.start.value <= s.start.value < a.end.value for a in arrivals)
            for s in segments if s.day == first_day)):  # (a briefing while registration runs)
        first_day = days[1]
    # as the day is written ("Monday 22 September"): its weekday tells the year left unwritten
    written = next((m.group(0) for m in DATE_WORDS.finditer(text)
                    if first_day and day_key(m.group(0)) == first_day), first_day)
    first_date = parse_date_words(written, when.value.year, years_in(text)) \
        if first_day else None
    weekday_named = any(w in first_day for w in ("day", "di", "lunes", "martes", "miércoles",
                                                  "jueves", "viernes", "sábado", "domingo"))
    # the day the programme's segments are under wins over a date in the prose around them,
    # unless that day is only a letter's own date at the top
    first_seg = min((s for s in segments if s.day == first_day), key=lambda s: s.start.span[0])
    near = first_date is not None and (abs((first_date - when.value).days) <= 14 or (
        abs((first_date - when.value).days) <= 366 and
        not _letter_date(text, first_day, first_seg.start.span[0])))
    if first_date is not None and first_date != when.value and (weekday_named or when.doubt
                                                                or near):
        seg = next(s for s in segments if s.day == first_day)
        year_written = any(day_key(m.group(0)) == first_day and re.search(r"\b(?:19|20)\d\d\b",
                                                                         m.group(0))
                           for m in DATE_WORDS.finditer(text))
        proposal.date = Found(first_date, seg.start.span,
                              "" if year_written or first_date.year == when.value.year and
                              not when.doubt else "the year is not written with the day")
    kept = []
    for s in segments:
        same_date = not first_day and _day_date(s.day, when.value.year) == proposal.date.value
        if s.day and s.day != first_day and not same_date:
            proposal.odd.append(Odd(f"{fmt(s.start.value)}–{fmt(s.end.value)} "
                                    f"{s.title.value}", s.start.span,
                                    f"on another day ({s.day}): a programme holds one day"))
        else:
            kept.append(s)
    # "16:00 - 16:45 Addis Ababa", "14:00 - 14:45 Paris" under a session: its hours on the
    # clocks of other cities, not items
    kept = without_other_clocks(proposal, kept)
    cut_place_column(text, kept)  # "Press conference Palais des Nations": a place's cell
    # "01 March 2019 / 10:00 - 19:00 hrs. Room XIV / Geneva" above the programme: the
    # meeting's hours and place, not an item, when the items follow
    placed = [s for s in kept if s.title.value.strip(" ,.").lower() in CITIES or
              ROOM_ONLY.fullmatch(s.title.value)]
    if len(kept) - len(placed) >= 2:
        for s in placed:
            kept.remove(s)
            proposal.odd.append(Odd(f"{fmt(s.start.value)}–{fmt(s.end.value)} {s.title.value}",
                                    s.start.span, "the meeting's hours and place, not an item"))
    # Of two segments at the same time, the one written first is the programme's; the
    # other is a parallel meeting (a side event listed below the programme of work).
    final: list[ProposedSegment] = []
    previous = earliest = time(0, 0)
    restarted = False
    # (but one that holds two others or more runs beside them, all day: "8.30 a.m. - 6 p.m.
    # Registration", "09.00 – 18.00 Poster Session" above the day's meetings; it gives way)
    beside = {id(f) for f in kept if BESIDE.search(f.title.value) and items_within(f, kept) >= 2}
    depth = {id(s): _depth(text, s.start.span[0]) for s in kept}
    nested = _nested_parts(kept)
    for s in sorted(kept, key=lambda s: s.start.span[0]):
        if _tiled(s, kept, depth) or id(s) in nested:  # "### [14:30-16:15] Session 1" /
            # "#### [14:30-15:15] Why"
            proposal.odd.append(Odd(f"{fmt(s.start.value)}–{fmt(s.end.value)} {s.title.value}",
                                    s.start.span, "a part whose items are listed inside it"))
            continue
        if id(s) in beside:  # a programme holds no two items at once: the meetings stay
            inner = next(o for o in kept if o is not s and
                         s.start.value <= o.start.value and o.end.value <= s.end.value)
            proposal.odd.append(Odd(f"{fmt(s.start.value)}–{fmt(s.end.value)} {s.title.value}",
                                    s.start.span, "at the same time as \u201c"
                                    f"{inner.title.value}\u201d (a parallel meeting)"))
            continue
        parallel = _parallel(s, final)
        # the times start again, from the day's first hour or earlier, after three items or
        # more: the rows that follow are another day's, though no day is named ("15:00 - 17:00
        # Finance Subcommittee" / "Evening Reception" / "09:00 - 11:00 Workshop B")
        again = not restarted and starts_again(len(final), earliest, previous, s.start.value)
        # ("BREAK 11:45 a.m.–12 noon 9 a.m.–1:45 p.m. LUNCH …": the morning's hours, over the
        # items on each side of them, not another day's first item)
        if again and all(f.end.value <= s.end.value and f.day == s.day for f in final):
            proposal.odd.append(Odd(f"{fmt(s.start.value)}–{fmt(s.end.value)} {s.title.value}",
                                    s.start.span, "a part whose items are listed inside it"))
            continue
        restarted = restarted or again
        previous = s.start.value
        if restarted:
            proposal.odd.append(Odd(f"{fmt(s.start.value)}–{fmt(s.end.value)} {s.title.value}",
                                    s.start.span, "the times start again: another day"))
            continue
        if parallel is not None:
            proposal.odd.append(parallel)
            continue
        earliest = min(earliest, s.start.value) if final else s.start.value
        final.append(s)
    final.sort(key=lambda s: (s.start.value, s.end.value))
    for before, after in zip(final, final[1:], strict=False):  # (a slip of the pen: _slip)
        if before.end.value > after.start.value:
            after.start = Found(before.end.value, after.start.span, OVERLAPPED)
    if len(final) <= 1 and len(by_line := read_timed_lines(text)) >= 3:
        # one segment or none, yet three lines or more start with a time: the layout was not
        # understood; the lines are read one by one, each segment marked for the officer
        read = [s.start.span for s in by_line]  # what the first reading set aside, now read
        proposal.odd = [o for o in proposal.odd if not any(a <= o.span[0] < b for a, b in read)]
        for s in final:
            proposal.odd.append(Odd(f"{fmt(s.start.value)}–{fmt(s.end.value)} {s.title.value}",
                                    s.start.span, "the first reading's only segment; the "
                                    "programme was read line by line instead"))
        final = []
        for s in by_line:  # (a programme holds no two items at once, read so either)
            if (parallel := _parallel(s, final)) is not None:
                proposal.odd.append(parallel)
            else:
                final.append(s)
    for s in final:
        _title_below_names(text, s)
        s.title.span = s.title.anchored(text)  # ("**Opening**": the marks around it left out)
    _names_known_at_end(final)
    for i, s in enumerate(final, 1):
        if not s.title.value:
            s.title = Found(f"Segment {i}", s.start.span, "no title found")
    for s in final:  # the same person named twice in a segment ("Chair" and "Opening remarks")
        seen: set[str] = set()
        unique = []
        for x in s.people:
            if x.name.value not in seen:
                seen.add(x.name.value)
                unique.append(x)
        s.people = unique
    proposal.segments = final
    talks = [s for s in final if s.kind != "break"]
    # a heading that names only the body's session ("Twenty-eighth session") or the item's
    # kind ("Panel discussion") says less than the only segment's title
    session_only = re.fullmatch(r"(?i)(?:[\w -]{2,30}\s+s\s?ession\b.{0,45}|(?:panel discussion|"
                                r"plenary meeting)\b.{0,20})", title.value) is not None
    untitled = title.doubt in ("no title found", NAMED_IN_PROSE)
    only = (untitled or title.doubt and session_only) and \
        len(talks) == len(final) == 1 and talks[0].title.sure and talks[0].start.sure
    # "10:00 - 13:00 and 15:00 - 18:00 Working Group on …": one meeting's sittings, one title
    sittings = untitled and len(talks) >= 2 and \
        len({t.title.value for t in talks}) == 1 and talks[0].title.value != title.value
    if only or sittings:
        proposal.title = Found(talks[0].title.value, talks[0].title.span,
                               "the title of the only segment")
    proposal.odd.sort(key=lambda o: o.span[0])
    return proposal


def propose_from_text(raw: str, name: str = "the text") -> Proposal:
    """Repair (or refuse) pasted text, then propose a programme for it."""
    src = repair(raw, name)
    proposal = propose(src.text)
    proposal.notes = src.notes
    return proposal
