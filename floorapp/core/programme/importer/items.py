"""The day's items from what the reader found: points in time chained into segments, a
range above items that is the meeting's hours, the format told in a sentence, an adjournment,
the same session on another city's clock, registration running beside the meetings."""

from __future__ import annotations

import functools
import re
import zoneinfo
from datetime import time

from floorapp.core.programme.importer.clock import AFTERNOON, TimeRange, as_time, minutes
from floorapp.core.programme.importer.lines import DATE_WORDS, line_around
from floorapp.core.programme.importer.people import person, starts_with_person
from floorapp.core.programme.importer.proposal import Found, Odd, Proposal, ProposedSegment
from floorapp.core.programme.importer.reading import Reading


def fmt(t: time) -> str:
    return t.strftime("%H:%M")


#: A titled range that heads a block of the day rather than being one of its items.
_BLOCK_HEADING = re.compile(r"(?i)^(?:morning|forenoon|afternoon|evening|matin(?:ée)?|"
                            r"après-midi|soir|mañana|tarde)\b|\b(?:will be held|will take place|"
                            r"will run|se tiendra|tendrá lugar)\b"  # "Part I: Morning session (…)"
                            r"|\b(?:morning|forenoon|afternoon|evening)\s+(?:session|sitting)\b"
                            r"|\b(?:part|partie|parte)\s+(?:[IVX]+|\d+)\s*:"
                            # "Discussion on the role of the CEG, including:" above its items
                            r"|\b(?:including|comprising|as follows|notamment|comprenant|"
                            r"incluyendo|en particular)\s*:?\s*$")


def _late_points(r: Reading, a: ProposedSegment, inside: list[ProposedSegment]) -> bool:
    """Only points inside ``a``, the first of them well after it starts, while other ranges
    stand beside it: moments in a meeting ("11.45 / Visit of …"), not its items."""
    return all(s in r.points for s in inside) and \
        minutes(min(s.start.value for s in inside)) - minutes(a.start.value) > 45 and \
        any(o is not a and o.day == a.day and not a.start.value <= o.start.value < a.end.value
            for o in r.segments)


def fills(a: ProposedSegment, inside: list[ProposedSegment], least: int = 3,
          gaps: bool = False) -> bool:
    """Whether ``least`` items or more follow one another from ``a``'s start to its end, each
    where the last ended: "10:00 - 12:00 Introduction session" over "10:00 – 10:15 Welcome",
    "10:15 – 10:40 …", … "11:30 – 12:00 …" is a block and its items, not a parallel meeting;
    with ``gaps``, from its start, one after another, over most of its hours if not all
    ("9:00-10:45 Opening Ceremonies" over "9:00-9:10 Call to Order", … "9:50-10:15 Group Photo
    and Break")."""
    run = sorted(inside, key=lambda s: s.start.value)
    if gaps:
        held = sum(minutes(s.end.value) - minutes(s.start.value) for s in run)
        return len(run) >= least and run[0].start.value == a.start.value and \
            run[-1].end.value <= a.end.value and all(
                x.end.value <= y.start.value for x, y in zip(run, run[1:], strict=False)) and \
            3 * held >= 2 * (minutes(a.end.value) - minutes(a.start.value))
    return len(run) >= least and run[0].start.value == a.start.value and \
        run[-1].end.value == a.end.value and all(
            x.end.value == y.start.value for x, y in zip(run, run[1:], strict=False))


def drop_umbrellas(r: Reading, text: str) -> None:
    """A range with no title of its own on its line that holds two or more of the day's
    other items is the meeting's hours.

    "Sunday, 19 May 2019 | 15:00 – 18:00" above "15:00 – 15:15 | Welcome" … or a
    heading's "Apr 25 @ 17:00 – 18:30" above "17:00 Public event", "18:30 Reception":
    not a parallel meeting, and not a segment.
    """
    # (the items after the times start again are another day's, though none is named)
    written = sorted(r.segments + r.points, key=lambda s: s.start.span[0])
    k = restart(written)
    again = written[k].start.span[0] if k < len(written) else len(text)
    for a in list(r.segments):
        line_of = text.count("\n", 0, a.start.span[0])
        titled = bool(a.title.value) and text.count("\n", 0, a.title.span[0]) == line_of and \
            a.title.value[:12] in line_around(text, a.start.span)
        inside = [s for s in r.segments + r.points if s is not a and s.day == a.day
                  and a.start.value <= s.start.value <= a.end.value
                  and (s in r.points or s.end.value <= a.end.value)
                  and s.start.span[0] > a.start.span[0]
                  and (s.start.span[0] < again or a.start.span[0] >= again)]
        # "11.45 - 12.45h First plenary" above two side items is a segment of its own; but
        # "Morning session (10.00-13.00): Plenary" above two items or more is the block's heading,
        # and "The workshop will be held … 13:00 – 15:00 hours" the meeting's hours
        # ("Tuesday, February 6, 2018. Kuala Lumpur. 13 hs to 18:30 hs.", "1 and 2 November
        # 2022, 10:00-18:00 (CET)": the hours on the meeting's date line, beside its place)
        dated = DATE_WORDS.search(line_around(text, a.start.span)) is not None
        # ("Session 3: Setting the Scene" over its talks and break, end to end, as well)
        # (an Indico-like block, "• 13:00 14:15" over "Plenary: Opening" after the day's
        # registration and lunch, is one of the day's items, not its hours)
        later = not titled and bool(a.title.value) and all(s in r.points for s in inside) and any(
            o is not a and o.day == a.day and o.end.value <= a.start.value and
            o.start.span[0] < a.start.span[0] for o in r.segments)
        # (or, opening its line, four items or more from its start over most of its hours:
        # "9:00-10:45 Opening Ceremonies (Led by …)" over "9:00-9:10 Call to Order", …)
        heading = not (titled or later) or dated or bool(_BLOCK_HEADING.search(a.title.value)) \
            or fills(a, ranged := [s for s in inside if s in r.segments]) or \
            (fills(a, ranged, 4, gaps=True) or fills(a, ranged, gaps=True) and  # (or three,
             max(s.end.value for s in ranged) == a.end.value) and \
            not text[text.rfind("\n", 0, a.start.span[0]) + 1:a.start.span[0]].strip()
        # start to end, a break between: "9:00 – 12:30 – Meeting of the Forum" over
        # "9:00 – 10:10 Plenary Meeting", "10:10 – 10:50 Panel", "11:10 – 12:30 Workshops")
        # (items that all start with it are parallel meetings: "1:15-2:45 PM" / "1:15-2:30 PM")
        # (but "11.45 / Visit of …" and "11.55 / Visit of …", points late in a meeting that
        # began at 10.00 among other ranges, are reported in it, not its items: a block's items
        # start when it does; a day told in points keeps its hours)
        spoken = [s for s in inside if s in r.segments and starts_with_person(s.title.value)]
        if not titled and a.title.value and len(spoken) >= 2 and 2 * len(spoken) > len(inside) \
                and len(inside) == sum(s in r.segments for s in inside):
            # "10:00 - 11:30" / "Topical session 1 – …" over "10:00-10:20 Mr Philippe
            # Montarnal, …", "10:20-10:40 Mr Leon Cizelj, …": the session's speaking order
            for s in inside:
                said = person(s.title.value, s.title.span[0], "speaker") \
                    if not s.people and s in spoken else None
                a.people += s.people or ([said] if said else [])
                if not s.people and said is None:  # "10:40-11:00 OECD-NEA (tbc)": a body
                    a.description.append(s.title.value)
                r.segments.remove(s)
            continue
        slots = [s for s in inside if starts_with_person(s.title.value)]
        if titled and all(s in r.points for s in inside) and len(slots) >= 2 and \
                len(slots) >= 0.8 * len(inside):
            # "09:30 – 12:00 High-Level Segment" over "09:30 H.E. Mr. X, Minister …", "09:40
            # H.E. Ms. Y, …": one meeting's speaking order, its speakers' slots
            for s in inside:  # (each read from the text: its title may have lost a name)
                said = person(text[s.title.span[0]:s.title.span[0] + 160], s.title.span[0],
                              "speaker") if s in slots else None
                a.people += [said] if said else []
                r.points.remove(s)
            continue
        if heading and len(inside) >= 2 and not _late_points(r, a, inside) and \
                len({s.start.value for s in inside}) >= 2 and a.start.value < a.end.value:
            r.segments.remove(a)
            r.hours.append(TimeRange(a.start.value, a.end.value, a.start.span))
            r.odd.append(Odd(line_around(text, a.start.span), a.start.span,
                             "the meeting's hours: the segments below fall within them"))


def starts_again(seen: int, earliest: time, last: time, start: time) -> bool:
    """Whether the times start again at ``start``, after ``seen`` items whose first hour is
    ``earliest`` (the one written just before at ``last``): after three items or more, from
    their first hour or earlier and two hours or more before the last; what follows is another
    day's, though none is named."""
    return seen >= 3 and start <= earliest and minutes(last) - minutes(start) >= 120


def restart(written: list[ProposedSegment]) -> int:
    """Where the times of items in the order written start again (their number when never)."""
    earliest = written[0].start.value if written else time(0, 0)
    for k in range(1, len(written)):
        earliest = min(earliest, written[k - 1].start.value)
        if starts_again(k, earliest, written[k - 1].start.value, written[k].start.value):
            return k
    return len(written)


def _merge_same_time(r: Reading, text: str,
                     points: list[ProposedSegment]) -> list[ProposedSegment]:
    """"16h - Ouverture du colloque" above "16h – Présentation par …": one item, headed by
    the first; the second's title goes to its description (and is reported)."""
    out: list[ProposedSegment] = []
    written = sorted(points, key=lambda x: x.start.span[0])
    k = restart(written)
    for q in written[k:]:
        r.odd.append(Odd(line_around(text, q.start.span), q.start.span,
                         "the times start again: another day"))
    written = written[:k]
    for p in sorted(written, key=lambda x: x.start.value):
        if out and out[-1].start.value == p.start.value and p.title.value:
            head, other = out[-1], p
            marked = _START_MARK.match(head.title.value) is not None
            if marked:  # "Start of Workshop 08:00 UTC" above "Introduction to … (08:00 UTC)":
                head, other = p, head  # the item, not the mark
                out[-1] = head
            head.description.append(other.title.value)
            head.people += other.people
            r.odd.append(Odd(line_around(text, other.start.span), other.start.span,
                             MARKS_START if marked else
                             "at the same time as the item above: kept in its description"))
            continue
        out.append(p)
    return out


#: Why a start's mark is no segment.
MARKS_START = "marks the start of the item below: kept in its description"
#: What marks when the meeting starts, not an item of it: "Start of Workshop", "Beginning of the
#: meeting".
_START_MARK = re.compile(r"(?i)(?:start|beginning|commencement|début|inicio|comienzo)\s+(?:of|"
                         r"de|du|del)\s+(?:the\s+|la\s+|l['’]|el\s+)?\w+\s*$")


_ADJOURNMENT = re.compile(r"(?i)(?:adjournment|adjourn|meeting adjourns|close of (?:the )?meeting|"
                          r"levée de la séance|fin de la séance|se levanta la sesión|"
                          r"levantamiento de la sesión|end)\.?")


#: What runs all day beside the meetings: registration, a poster session, an exhibition.
BESIDE = re.compile(r"(?i)(?:registration|accreditation|badge|poster|exhibition|exposition|"
                     r"inscription|inscripción|registro|accueil)\b"
                     # a block's chair alone: "9:30-11 am Chair: Mr X" above the block's items
                     r"|^(?:co-?)?(?:chair(?:person|s)?|moderators?|président|presidente)$")


def drop_overview(r: Reading, text: str) -> None:
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


@functools.cache
def _clock_cities() -> frozenset[str]:
    """The cities that name time zones ("Lilongwe", "Addis Ababa", "New York"), read once
    when first asked (the zone database is a folder of files)."""
    try:
        zones = zoneinfo.available_timezones()
    except Exception:  # noqa: BLE001 - no zone data: no city is known
        return frozenset()
    return frozenset(z.rsplit("/", 1)[-1].replace("_", " ").lower() for z in zones if "/" in z)


def without_other_clocks(proposal: Proposal, segments: list[ProposedSegment]
                          ) -> list[ProposedSegment]:
    """The segments without those titled only by a city whose hours last as long as an item
    above them: the same session on another city's clock."""
    out: list[ProposedSegment] = []
    for s in sorted(segments, key=lambda x: x.start.span[0]):
        city = s.title.value.strip(" ()").lower()
        if city in _clock_cities() and any(minutes(o.end.value) - minutes(o.start.value) ==
                                         minutes(s.end.value) - minutes(s.start.value)
                                         for o in out):
            proposal.odd.append(Odd(f"{fmt(s.start.value)}–{fmt(s.end.value)} {s.title.value}",
                                    s.start.span, "the same times on another clock"))
            continue
        out.append(s)
    return out


def items_within(f: ProposedSegment, segments: list[ProposedSegment]) -> int:
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


def _adjournments(r: Reading, text: str, points: list[ProposedSegment],
                  ranges: list[ProposedSegment]) -> tuple[list[ProposedSegment], set[int]]:
    """"12.30 p.m. Adjournment" under "9.30 a.m. Fourth meeting": the meeting above ends
    then; the adjournment is no item. Returns the points left and the ids of those whose end
    it wrote. A meeting with items timed after it ("09:30 Welcome", "10:15-10:30 Coffee", …,
    "17:30 End") is not the one it ends."""
    kept: list[ProposedSegment] = []
    closed: set[int] = set()
    for p in points:
        if _ADJOURNMENT.fullmatch(p.title.value.strip()):
            if kept and id(kept[-1]) not in closed and kept[-1].start.value < p.start.value \
                    and not any(kept[-1].start.value < x.start.value < p.start.value
                                for x in ranges):
                kept[-1].end = Found(p.start.value, p.start.span, "")
                closed.add(id(kept[-1]))
            r.odd.append(Odd(line_around(text, p.start.span), p.start.span,
                             "the end of the meeting above, not an item"))
            continue
        kept.append(p)
    return kept, closed


def _morning_first(points: list[ProposedSegment], ranges: list[ProposedSegment],
                   first: time) -> None:
    """ "From 7:30 Badges collection" above "9:00 - 10:00 Plenary": a point with no am/pm
    written above the day's ranges, the first of them in the morning, is early that morning
    (not "2:00 Introductions" above "3:00-3:30 Joint Press Conference")."""
    top = min(x.start.span[0] for x in ranges)
    for p in points:
        t = minutes(p.start.value) - 12 * 60
        if p.start.doubt == AFTERNOON and p.start.span[0] < top and \
                6 * 60 <= t < minutes(first) < 12 * 60:
            p.start = Found(as_time(t), p.start.span, "no am/pm: read as morning, before the "
                            "day's first item")


def chain_points(r: Reading, text: str) -> list[ProposedSegment]:
    """Points in time ("16:00 Apertura") become segments ending at the next one.

    Only when their day has no segment with written times; otherwise they are odd.
    """
    days_with_ranges = {s.day for s in r.segments}
    chained: list[ProposedSegment] = []
    by_day: dict[str, list[ProposedSegment]] = {}
    for p in r.points:
        by_day.setdefault(p.day, []).append(p)
    for day, unsorted in by_day.items():
        points, closed = _adjournments(r, text, _merge_same_time(r, text, unsorted),
                                       [x for x in r.segments if x.day == day])
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
            _morning_first(points, ranges, first)
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
                # "11.45 Visit" between two ranges (not a point written above them all, earlier
                # than the first: the day's opening, however the times go on below)
                top = min(ranges, key=lambda x: x.start.span[0])
                among_ranges = first <= t < last and not (
                    p.start.span[0] < top.start.span[0] and t < top.start.value and
                    not re.match(r"(?i)\s*(?:start|end|date|time)\b", p.title.value))
                # "10:30 Coffee break" between "09:30-10:30 Panel" and "11:00-12:00 Closing":
                # it fills the gap the ranges leave, an item of its own, and so do the points
                # after it until the next range ("11:25 EU keynote", "11:45 US keynote")
                gap = not inside and (any(x.end.value == t for x in ranges) or
                                      any(q.end.value == t for q in chained if q.day == day))
                if not starts and p.minutes and not among_ranges and \
                        minutes(t) + p.minutes < 1440:  # "11:45 (15 min) …", the day's last
                    p.end = Found(as_time(minutes(t) + p.minutes), p.start.span,
                                  "end not written: taken from its duration")
                    chained.append(p)
                    continue
                if not starts or (among_ranges and (inside or not mostly_points and not gap)):
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
            if i + 1 < len(points) and p.minutes and \
                    minutes(p.start.value) + p.minutes < minutes(points[i + 1].start.value):
                p.end = Found(as_time(minutes(p.start.value) + p.minutes), p.start.span,
                              "end not written: taken from its duration")  # "09:30 Report 2m"
                chained.append(p)
                continue
            if i + 1 < len(points):  # (or a time alone before it: "8:30 pm Concert" / "9:30
                nxt = min([points[i + 1].start.value] + [  # pm" / "9:45 pm Reception")
                    t for d, t, at in r.bare_times if d == day and p.start.value < t and
                    p.start.span[0] < at < points[i + 1].start.span[0]])
            elif p.minutes and minutes(p.start.value) + p.minutes < 1440:
                at = minutes(p.start.value) + p.minutes
                p.end = Found(time(at // 60, at % 60), p.start.span,
                              "end not written: taken from its duration")
                chained.append(p)
                continue
            elif hours_end is not None and hours_end > p.start.value:
                nxt = hours_end
            elif r.last_bare.get(day, p.start.value) > p.start.value:
                nxt = r.last_bare[day]  # "2:00 p.m. Session II" … "3:45 p.m." at the end
            else:  # (alone on a day of its own while other days hold the ranges: that day's)
                alone = len(points) == 1 and days_with_ranges and day not in days_with_ranges
                r.odd.append(Odd(line_around(text, p.start.span), p.start.span,
                                 f"on another day ({day}): a programme holds one day" if alone
                                 else "the last point in time: its end is not written"))
                continue
            p.end = Found(nxt, p.start.span, "end not written: taken from the next item")
            chained.append(p)
    return chained
