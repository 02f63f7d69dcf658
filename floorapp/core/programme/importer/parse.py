"""From a concept note's text to a proposed programme (rules only: no network, no model)."""

from __future__ import annotations

import re
import zoneinfo
from datetime import date, time

from floorapp.core.programme.importer.clock import TimeRange
from floorapp.core.programme.importer.lines import DATE_WORDS, line_around, logical_lines
from floorapp.core.programme.importer.meeting import (
    find_date,
    find_timezone,
    find_title,
    find_venue,
    parse_date_words,
)
from floorapp.core.programme.importer.patterns import ARRIVALS, day_key, label_of
from floorapp.core.programme.importer.people import NAME_ALONE, person
from floorapp.core.programme.importer.proposal import Found, Odd, Proposal, ProposedSegment
from floorapp.core.programme.importer.prose import from_prose, points_in_sentences
from floorapp.core.programme.importer.reading import Reading
from floorapp.core.programme.importer.segments import SegmentReader
from floorapp.core.programme.importer.source import repair
from floorapp.core.programme.importer.speaking_limits import find_limits
from floorapp.core.programme.importer.words import language_of, segment_kind


def _fmt(t: time) -> str:
    return t.strftime("%H:%M")


#: A titled range that heads a block of the day rather than being one of its items.
_BLOCK_HEADING = re.compile(r"(?i)^(?:morning|afternoon|evening|matin(?:ée)?|après-midi|soir|"
                            r"mañana|tarde)\b|\b(?:will be held|will take place|se tiendra|"
                            r"tendrá lugar)\b")


def _drop_umbrellas(r: Reading, text: str) -> None:
    """A range with no title of its own on its line that holds two or more of the day's
    other items is the meeting's hours.

    "Sunday, 19 May 2019 | 15:00 – 18:00" above "15:00 – 15:15 | Welcome" … or a
    heading's "Apr 25 @ 17:00 – 18:30" above "17:00 Public event", "18:30 Reception":
    not a parallel meeting, and not a segment.
    """
    for a in list(r.segments):
        line_of = text.count("\n", 0, a.start.span[0])
        titled = bool(a.title.value) and text.count("\n", 0, a.title.span[0]) == line_of and \
            a.title.value[:12] in line_around(text, a.start.span)
        inside = [s for s in r.segments + r.points if s is not a and s.day == a.day
                  and a.start.value <= s.start.value <= a.end.value
                  and (s in r.points or s.end.value <= a.end.value)
                  and s.start.span[0] > a.start.span[0]]
        # "11.45 - 12.45h First plenary" above two side items is a segment of its own; but
        # "Morning session (10.00-13.00): Plenary" above two items or more is the block's heading,
        # and "The workshop will be held … 13:00 – 15:00 hours" the meeting's hours
        # ("Tuesday, February 6, 2018. Kuala Lumpur. 13 hs to 18:30 hs.", "1 and 2 November
        # 2022, 10:00-18:00 (CET)": the hours on the meeting's date line, beside its place)
        dated = DATE_WORDS.search(line_around(text, a.start.span)) is not None
        heading = not titled or dated or bool(_BLOCK_HEADING.search(a.title.value))
        # (items that all start with it are parallel meetings: "1:15-2:45 PM" / "1:15-2:30 PM")
        if heading and len(inside) >= 2 and \
                len({s.start.value for s in inside}) >= 2 and a.start.value < a.end.value:
            r.segments.remove(a)
            r.hours.append(TimeRange(a.start.value, a.end.value, a.start.span))
            r.odd.append(Odd(line_around(text, a.start.span), a.start.span,
                             "the meeting's hours: the segments below fall within them"))


def _merge_same_time(r: Reading, text: str,
                     points: list[ProposedSegment]) -> list[ProposedSegment]:
    """"16h - Ouverture du colloque" above "16h – Présentation par …": one item, headed by
    the first; the second's title goes to its description (and is reported)."""
    out: list[ProposedSegment] = []
    for p in sorted(points, key=lambda x: x.start.value):
        if out and out[-1].start.value == p.start.value and p.title.value:
            head = out[-1]
            head.description.append(p.title.value)
            head.people += p.people
            r.odd.append(Odd(line_around(text, p.start.span), p.start.span,
                             "at the same time as the item above: kept in its description"))
            continue
        out.append(p)
    return out


_ADJOURNMENT = re.compile(r"(?i)(?:adjournment|adjourn|meeting adjourns|close of (?:the )?meeting|"
                          r"levée de la séance|fin de la séance|se levanta la sesión|"
                          r"levantamiento de la sesión|end)\.?")


#: What runs all day beside the meetings: registration, a poster session, an exhibition.
_BESIDE = re.compile(r"(?i)(?:registration|accreditation|badge|poster|exhibition|exposition|"
                     r"inscription|inscripción|registro|accueil)\b")


def _drop_overview(r: Reading, text: str) -> None:
    """The format told in a sentence ("an opening segment (10:00 – 10:20), followed by two
    interactive panels …") gives way to a programme written out below it, item by item."""
    others = [s for s in r.segments + r.points if not any(s is o for o in r.overview)]
    if not r.overview or len(others) < 2:
        return
    told: set[str] = set()
    for s in r.overview:
        r.segments = [x for x in r.segments if x is not s]
        line = line_around(text, s.start.span)
        if line not in told:
            told.add(line)
            r.odd.append(Odd(line, s.start.span,
                             "the format told in a sentence: the programme below gives the items"))


def _clock_cities() -> set[str]:
    """The cities that name time zones ("Lilongwe", "Addis Ababa", "New York")."""
    try:
        zones = zoneinfo.available_timezones()
    except Exception:  # noqa: BLE001 - no zone data: no city is known
        return set()
    return {z.rsplit("/", 1)[-1].replace("_", " ").lower() for z in zones if "/" in z}


_CLOCK_CITIES = _clock_cities()


def _without_other_clocks(proposal: Proposal, segments: list[ProposedSegment]
                          ) -> list[ProposedSegment]:
    """The segments without those titled only by a city whose hours last as long as an item
    above them: the same session on another city's clock."""
    out: list[ProposedSegment] = []
    for s in sorted(segments, key=lambda x: x.start.span[0]):
        city = s.title.value.strip(" ()").lower()
        if city in _CLOCK_CITIES and any(_minutes(o.end.value) - _minutes(o.start.value) ==
                                         _minutes(s.end.value) - _minutes(s.start.value)
                                         for o in out):
            proposal.odd.append(Odd(f"{_fmt(s.start.value)}–{_fmt(s.end.value)} {s.title.value}",
                                    s.start.span, "the same times on another clock"))
            continue
        out.append(s)
    return out


def _items_within(f: ProposedSegment, segments: list[ProposedSegment]) -> int:
    """How many items one after another fall within ``f``'s hours (parallel ones count once)."""
    inner = sorted((o for o in segments if o is not f and f.start.value <= o.start.value and
                    o.end.value <= f.end.value and
                    (o.start.value, o.end.value) != (f.start.value, f.end.value)),
                   key=lambda o: o.start.value)
    count, free_from = 0, time(0, 0)
    for o in inner:
        if o.start.value >= free_from:
            count, free_from = count + 1, o.end.value
    return count


def _adjournments(r: Reading, text: str, points: list[ProposedSegment]
                  ) -> tuple[list[ProposedSegment], set[int]]:
    """"12.30 p.m. Adjournment" under "9.30 a.m. Fourth meeting": the meeting above ends
    then; the adjournment is no item. Returns the points left and the ids of those whose end
    it wrote."""
    kept: list[ProposedSegment] = []
    closed: set[int] = set()
    for p in points:
        if _ADJOURNMENT.fullmatch(p.title.value.strip()):
            if kept and id(kept[-1]) not in closed and kept[-1].start.value < p.start.value:
                kept[-1].end = Found(p.start.value, p.start.span, "")
                closed.add(id(kept[-1]))
            r.odd.append(Odd(line_around(text, p.start.span), p.start.span,
                             "the end of the meeting above, not an item"))
            continue
        kept.append(p)
    return kept, closed


def _chain_points(r: Reading, text: str) -> list[ProposedSegment]:
    """Points in time ("16:00 Apertura") become segments ending at the next one.

    Only when their day has no segment with written times; otherwise they are odd.
    """
    days_with_ranges = {s.day for s in r.segments}
    chained: list[ProposedSegment] = []
    by_day: dict[str, list[ProposedSegment]] = {}
    for p in r.points:
        by_day.setdefault(p.day, []).append(p)
    for day, unsorted in by_day.items():
        points, closed = _adjournments(r, text, _merge_same_time(r, text, unsorted))
        # a range over two points or more runs beside them ("8.30 a.m. - 6 p.m. Registration"
        # above "9.30 Fourth meeting", "2.30 p.m. Fifth meeting"): it does not hide them
        ranges = [x for x in r.segments if x.day == day and sum(
            x.start.value <= q.start.value < x.end.value for q in points) < 2]
        if day in days_with_ranges and ranges:
            # "9:00 Opening" above "10:30 - 13:30 Plenary": the opening runs until it; points
            # after the last range ("3 pm Final thoughts", "3:30pm Adjourn") run each until the
            # next, the last having no end; a point between ranges ("11.45 Visit") is a side
            # item, reported.
            first = min(x.start.value for x in ranges)
            last = max(x.end.value for x in ranges)
            # a day told mostly in points with a few ranges ("09:30 Opening", …, "15:30 - 18:00
            # Hands on session"): every point runs until the next item, unless inside a range
            mostly_points = len(points) > len(ranges)
            for i, p in enumerate(points):
                if id(p) in closed:  # "3:30pm Adjourn" wrote its end
                    chained.append(p)
                    continue
                t = p.start.value
                starts = [x.start.value for x in ranges if x.start.value > t] + \
                    [q.start.value for q in points[i + 1:] if q.start.value > t]
                inside = any(x.start.value <= t < x.end.value for x in ranges)
                among_ranges = first <= t < last  # "11.45 Visit" between two ranges
                if not starts or (among_ranges and (inside or not mostly_points)):
                    r.odd.append(Odd(line_around(text, p.start.span), p.start.span,
                                     "the last point in time: its end is not written"
                                     if t >= last else
                                     "a point in time among timed segments, not a segment"))
                    continue
                p.end = Found(min(starts), p.start.span,
                              "end not written: taken from the next item")
                chained.append(p)
            continue
        hours_end = max((h.end for h in r.hours), default=None)
        for i, p in enumerate(points):
            if id(p) in closed:  # "12.30 p.m. Adjournment": its end is written
                chained.append(p)
                continue
            if i + 1 < len(points):
                nxt = points[i + 1].start.value
            elif hours_end is not None and hours_end > p.start.value:
                nxt = hours_end
            elif p.minutes and p.start.value.hour * 60 + p.start.value.minute + p.minutes < 1440:
                at = p.start.value.hour * 60 + p.start.value.minute + p.minutes
                p.end = Found(time(at // 60, at % 60), p.start.span,
                              "end not written: taken from its duration")
                chained.append(p)
                continue
            else:
                r.odd.append(Odd(line_around(text, p.start.span), p.start.span,
                                 "the last point in time: its end is not written"))
                continue
            p.end = Found(nxt, p.start.span, "end not written: taken from the next item")
            chained.append(p)
    return chained


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


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def propose(text: str) -> Proposal:
    """The proposed programme for a concept note's text (already read and repaired)."""
    title = find_title(text)
    when = find_date(text)
    venue = find_venue(text)
    zone = find_timezone(text, venue)
    proposal = Proposal(text=text, title=title, date=when, venue=venue, timezone=zone,
                        language=language_of(text), limits=find_limits(text))
    reading = SegmentReader(text).read(logical_lines(text))
    _drop_overview(reading, text)
    _drop_umbrellas(reading, text)
    segments = reading.segments + _chain_points(reading, text)
    proposal.odd = list(reading.odd)
    pre = reading.preamble
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
    if not segments:
        segments = points_in_sentences(text)
    if not segments:
        nothing = "no times in the text: placeholder, set the real times"
        segments = [ProposedSegment(start=Found(time(10, 0), (0, 0), nothing),
                                    end=Found(time(13, 0), (0, 0), nothing),
                                    title=Found(title.value, title.span,
                                                "no segments found: the meeting's title"),
                                    kind="dialogue")]
    # Segments of the first day make the programme; others are reported.
    # A first day of arrivals and registration only is not the meeting's first day.
    days = sorted({s.day for s in segments}, key=lambda d: min(
        s.start.span[0] for s in segments if s.day == d))
    first_day = days[0]
    if len(days) > 1 and (first_day in reading.arrival_days or all(
            ARRIVALS.search(s.title.value) for s in segments if s.day == first_day)):
        first_day = days[1]
    first_date = _day_date(first_day, when.value.year)
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
            proposal.odd.append(Odd(f"{_fmt(s.start.value)}–{_fmt(s.end.value)} "
                                    f"{s.title.value}", s.start.span,
                                    f"on another day ({s.day}): a programme holds one day"))
        else:
            kept.append(s)
    # "16:00 - 16:45 Addis Ababa", "14:00 - 14:45 Paris" under a session: its hours on the
    # clocks of other cities, not items
    kept = _without_other_clocks(proposal, kept)
    # Of two segments at the same time, the one written first is the programme's; the
    # other is a parallel meeting (a side event listed below the programme of work).
    final: list[ProposedSegment] = []
    previous = time(0, 0)
    restarted = False
    # (but one that holds two others or more runs beside them, all day: "8.30 a.m. - 6 p.m.
    # Registration", "09.00 – 18.00 Poster Session" above the day's meetings; it gives way)
    beside = {id(f) for f in kept if _BESIDE.search(f.title.value) and _items_within(f, kept) >= 2}
    for s in sorted(kept, key=lambda s: s.start.span[0]):
        if id(s) in beside:  # a programme holds no two items at once: the meetings stay
            inner = next(o for o in kept if o is not s and
                         s.start.value <= o.start.value and o.end.value <= s.end.value)
            proposal.odd.append(Odd(f"{_fmt(s.start.value)}–{_fmt(s.end.value)} {s.title.value}",
                                    s.start.span, "at the same time as \u201c"
                                    f"{inner.title.value}\u201d (a parallel meeting)"))
            continue
        clash = next((f for f in final if s.start.value < f.end.value and
                      f.start.value < s.end.value), None)
        # the times start again, from the day's first hour or earlier, after three items or
        # more: the rows that follow are another day's, though no day is named ("15:00 - 17:00
        # Finance Subcommittee" / "Evening Reception" / "09:00 - 11:00 Workshop B")
        restarted = restarted or (
            len(final) >= 3 and s.start.value <= min(f.start.value for f in final) and
            _minutes(previous) - _minutes(s.start.value) >= 120)
        previous = s.start.value
        if restarted:
            proposal.odd.append(Odd(f"{_fmt(s.start.value)}–{_fmt(s.end.value)} {s.title.value}",
                                    s.start.span, "the times start again: another day"))
            continue
        if clash is not None:
            proposal.odd.append(Odd(f"{_fmt(s.start.value)}–{_fmt(s.end.value)} {s.title.value}",
                                    s.start.span, "at the same time as \u201c"
                                    f"{clash.title.value}\u201d (a parallel meeting)"))
            continue
        final.append(s)
    final.sort(key=lambda s: (s.start.value, s.end.value))
    for s in final:
        _title_below_names(text, s)
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
    if title.doubt and len(talks) == 1 and talks[0].title.sure and talks[0].start.sure:
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
