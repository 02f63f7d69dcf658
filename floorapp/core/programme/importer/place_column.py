"""A table whose rows came out flattened, one space between cells, under a heading that names
a place column ("Time  Description  Location  Media arrangements"): each row's place, the same
in several rows, is cut from its title ("Press conference Palais des Nations – Room III")."""

from __future__ import annotations

import re
from collections import Counter

from floorapp.core.programme.importer.proposal import Found, ProposedSegment
from floorapp.core.programme.importer.words import ROOM_WORDS

_HEADING = re.compile(r"(?im)^[ \t]*(?:time|hours?|heure|horaire|hora|horario)\b[^\n]{0,60}?"
                      r"\b(?:location|venue|place|room|lieu|salle|lugar|sala)\b[^\n]{0,40}$")
#: "TIME ROOM": the place's column right after the time's, before the title's
_PLACE_FIRST = re.compile(r"(?i)^[ \t]*(?:time|hours?|heure|horaire|hora|horario)[ \t]+"
                          r"(?:location|venue|place|room|lieu|salle|lugar|sala)\b")
#: A place's name: one to four words with capitals ("ILO", "Palais des Nations").
_PHRASE = re.compile(r"(?=\b([A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:des|de|du|of|the|del|la)\s+)?"
                     r"[A-ZÀ-Ý][\w'’-]*){0,3}))")
#: Words after which a place is the title's own ("arrives at Palais des Nations").
_CONNECTOR = re.compile(r"(?i)\b(?:at|in|to|with|from|the|of|for|on|au|à|en|avec|con|a)\s*$")


def _places(titles: list[str]) -> list[str]:
    """The capitalised phrases three titles or more hold, longest first."""
    seen: Counter[str] = Counter()
    for t in titles:
        seen.update({m.group(1) for m in _PHRASE.finditer(t)})
    return sorted((p for p, n in seen.items() if n >= 3 and len(p) >= 3), key=len, reverse=True)


#: A place after an item's title and a comma: "Registration, Waterfront Hall, Riverside
#: Entrance", "Plenary 1: State of Play, Popov Room".
_PLACE_AFTER = re.compile(r"(?P<t>[^,]{3,80}?),\s+(?:[A-ZÀ-Ý][\w'’-]*\s+){0,3}" + ROOM_WORDS +
                          r"\b")
_ROOM = re.compile(r"\b" + ROOM_WORDS + r"\b")


def cut_place_column(text: str, segments: list[ProposedSegment]) -> None:
    """Cut each title at its place cell, when a heading names the table's place column, and
    each title at the place written after it and a comma."""
    for s in segments:
        after = _PLACE_AFTER.match(s.title.value)
        if after is not None and not _ROOM.search(after.group("t")):
            s.description.append(s.title.value[after.end("t") + 1:].strip())
            s.title = Found(after.group("t"), (s.title.span[0], s.title.span[0] +
                                               len(after.group("t"))), s.title.doubt)
    heading = _HEADING.search(text)
    if heading is None:
        return
    rows = [s for s in segments if s.title.span[0] > heading.end()]
    if _PLACE_FIRST.match(heading.group(0)):
        _cut_leading_place(rows)
        return
    places = _places([s.title.value for s in rows])
    for s in rows if places else []:
        t = s.title.value
        found = [m.span() for p in places for m in re.finditer(r"\b" + re.escape(p) + r"\b", t)]
        cuts = [a for a, b in found if a >= 8 and re.search(r"[\w)]\s+$", t[:a]) and  # a cell's
                not _CONNECTOR.search(t[:a]) and not any(  # (not "…: Focused discussions")
            x <= a and b <= y and (x, y) != (a, b) for x, y in found)]  # ("des Nations")
        if cuts and len(t[:min(cuts)].split()) >= 2:
            kept = t[:min(cuts)].rstrip(" ,–—-")
            s.title = Found(kept, (s.title.span[0], s.title.span[0] + len(kept)), s.title.doubt)
            s.description.append(t[min(cuts):].strip())  # its place and notes, kept


def _cut_leading_place(rows: list[ProposedSegment]) -> None:
    """ "10:15-11:15 115 Welcome" under "TIME ROOM": the room three rows or more name, cut
    from the start of each title (and kept in its description)."""
    firsts = Counter(s.title.value.split()[0] for s in rows if len(s.title.value.split()) > 1)
    for s in rows:
        words = s.title.value.split() or [""]
        kept = s.title.value[len(words[0]):].lstrip(" –—-")
        if len(words) > 1 and firsts[words[0]] >= 3 and not re.match(r"(?:\d+|[IVX]+)\b", kept):
            # (not "Session 1: Opening": a part's name and number, not a room)
            at = s.title.span[1] - len(kept)
            s.title = Found(kept, (at, s.title.span[1]), s.title.doubt)
            s.description.append(words[0])


#: A piece of a place, between its commas: "Palais des Nations", "Room XVII", "ILO",
#: "Governing Body Room".
_PLACE_PART = re.compile(r"Palais des Nations|[A-Z]{2,6}|(?:[A-Z][\w'’.-]*\s+){0,3}"
                         r"(?:(?:Conference |Meeting )?Room|Hall|Building|Auditorium)"
                         r"(?:\s+[IVXL\d]{1,4}[A-Z]?)?")


#: A room the title speaks of, not a room column after it: "Discussion in Conference Room 1".
_SPOKEN_OF = re.compile(r"\b(?:in|at|to|into|dans|en)\s*$")


def room_after_title(t: str, room_only: bool) -> str:
    """A title without the room written after it, as a table's room column runs into it."""
    # "Governments: Palais des Nations, Room XVII", "Employers: ILO, Governing Body Room": who
    # meets, then where, after a colon (not "Keynote: The Elephant in the Room", a title)
    where = re.search(r"(?<=\w)\s*:\s+(?P<w>[^:]+?)[\s,]*$", t)
    if where is not None and all(_PLACE_PART.fullmatch(p.strip())
                                 for p in where.group("w").split(",")):
        t = t[:where.start()]
    # "Welcome and introduction Room II": a table's room column after the title (but a cell
    # that is only a room, "Conference Room 4", stays one for the callers to see)
    if not room_only:
        t = re.sub(r"(?:\s+(?:Outside|Inside|In front of|Near|Next to))?"  # "Break Outside Room 3"
                   r"(?:\s+(?:Conference )?Room|Salle|Sala)\s+(?:[IVXL\d]{1,4}[A-Z]?|[A-Z])\*?$"
                   r"|\s+Foyer$"  # ("Opening Salle D")
                   r"|\s+(?:GA|ECOSOC|Trusteeship Council|General Assembly|Assembly|Plenary)\s+"
                   r"(?:Hall|Chamber)\*?$"  # "Opening Plenary Meeting GA Hall*"
                   # the rooms of UN Headquarters that are no numbered rooms
                   r"|\s+(?:Delegates['’]? (?:Dining Room|Lounge)|North Lawn Building|"
                   r"Indonesian Lounge|Vienna Caf[eé]|Economic and Social Council Chamber|"
                   r"Security Council Chamber)\*?$"
                   # "Inaugural Session Rubén Darío Room, eighth floor": a named room, its floor
                   r"|\s+(?:[A-ZÀ-Ý][\w’'-]*\s+){1,2}Room,\s+(?:\w+\s+)?(?:floor|level)$"
                   # "… hosted by Realizing Rights Mamba Point Hotel, Mamba Point Road": a hotel
                   # and its street
                   r"|\s+(?:[A-ZÀ-Ý][\w’'-]*\s+){1,2}Hotel,\s+(?:[A-ZÀ-Ý][\w’'-]*\s+){1,3}"
                   r"(?:Road|Street|Avenue|Boulevard)$",
                   lambda m: m.group() if _SPOKEN_OF.search(t, 0, m.start()) else "", t)
    # "FOURTH PLENARY MEETING RED ROOM", "Poster Session Outside Meeting Rooms": a named
    # room's column after the title (not "Lunch in the Delegates Room")
    t = re.sub(r"(?<=\w)(?<!\bin)(?<!\bat)(?<!\bthe)(?<!\bof)(?<!\bto)(?<!\bon)(?<!\bfor)"
               r"(?<!\band)\s+(?:(?:Outside|Inside|In front of|Near)\s+)?"
               r"(?-i:[A-Z][\w'’-]+)\s+(?-i:Rooms?|ROOMS?)\*?$", "", t) \
        if t.rstrip("*")[-4:].lower() in ("room", "ooms") and len(t.split()) >= 4 else t
    # "Opening ceremony - Main hall": a room after a dash
    # (not '… - The Elephant in the Room?”', a quoted title's own words)
    t = re.sub(r"\s+[-–—]\s+[^-–—“”\"?]{0,30}\b(?:[Hh]all|[Rr]oom|Salle|Sala|Auditorium|"
               r"Chamber|Foyer|Plenary [Hh]all)\b[^-–—“”\"?]{0,12}$", "", t)
    return t
