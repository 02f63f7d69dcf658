"""The meeting as a whole: its title (its date is in ``dates``, its venue and time zone in
``place``, its speaking limits in ``speaking_limits``)."""

from __future__ import annotations

import re

from floorapp.core.programme.importer.clock import find_point, find_ranges
from floorapp.core.programme.importer.days import DAY_WORD, day_subtitle, span_of_days
from floorapp.core.programme.importer.labels import label_of
from floorapp.core.programme.importer.lines import DATE_WORDS, MARKDOWN
from floorapp.core.programme.importer.page_chrome import CAPS_GO_ON, PAGE_CHROME
from floorapp.core.programme.importer.pairs import holds_bare_pair
from floorapp.core.programme.importer.people import ROLE_WORDS, bare_name_line, starts_with_person
from floorapp.core.programme.importer.place import ROOM, countries
from floorapp.core.programme.importer.points import TIME_AT_END
from floorapp.core.programme.importer.proposal import Found
from floorapp.core.programme.importer.sittings import name_after_sittings
from floorapp.core.programme.importer.words import CITIES, MONTHS, RESOLUTION_TITLE

_QUOTED = re.compile(r"[\"“«]\s*\*?(?P<t>[^\"”»\n]{8,220}?)\*?\s*[\"”»]")
_TITLE_CUE = re.compile(
    r"(?:entitled|titled|on the theme|under the theme|theme|intitulé|intitulée|sur le thème|"
    r"titulado|titulada|bajo el tema|sobre el tema|dialogue|debate|discussion|panel|event|"
    r"meeting|conference|forum|celebraci[oó]n|coloquio|encuentro)\s*[:,]?(?:\s+on)?\s*$",
    re.IGNORECASE)
_SKIP_HEADINGS = re.compile(
    r"^(?:the president|of the|general assembly|programme|program|programa|tentative programme|"
    r"provisional programme|background|objective|objectives|format|concept notes?|agenda|"
    r"order of the day|journal|official meetings|organization of the session|"
    r"excellency|time|date|note|annex|excellence)\b",
    re.IGNORECASE)


#: The words of a table's heading row: "Time | Session | Speakers", "Heure<TAB>Intervenants".
_HEAD_WORDS = frozenset(
    "time times hour hours timing when what who where date day session sessions title item "
    "items topic topics theme speakers speaker panellists panelists moderator moderators chair "
    "venue room description details programme program agenda activity activities event events "
    "format notes remarks format heure horaire intervenants sujet lieu salle séance hora "
    "horario tema ponentes oradores sesión actividad actividades responsable responsables "
    "participantes intervenant modérateur modération contenu uhrzeit programmpunkt "
    "and et y".split())


#: An e-mail's header lines, pasted with the programme it carries.
_MAIL_HEADER = re.compile(r"(?:from|to|sent|cc|bcc|de|à|a|para|enviado|envoyé|date|fecha)\s*:",
                          re.IGNORECASE)
_MAIL_SUBJECT = re.compile(r"(?:subject|objet|asunto)\s*:\s*(?:(?:fwd?|re|tr|rv)\s*:\s*)*",
                           re.IGNORECASE)

#: "Day 1 – Monday 3 June 2019", "Jour 2 : mardi", "DAY ONE": a day's header, not a title.
_DAY_HEADER = re.compile(r"(?:day|jour|d[ií]a)\s+(?:\d{1,2}|one|two|three|four|five)\b[\s:,.–—-]*"
                         r"(?:" + DATE_WORDS.pattern + r")?[\s.]*", re.IGNORECASE)


def _table_heads(line: str) -> bool:
    """A table's heading row: cells (tabs or "|") of heading words only."""
    cells = [c for c in re.split(r"\t|\|", line) if c.strip()]
    words = re.findall(r"[^\W\d_]+", line.lower())
    return len(cells) >= 2 and bool(words) and all(w in _HEAD_WORDS for w in words)


#: An item that starts at a point in time ("09:30 Welcome and introductions").
_POINT = r"\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![.\d])(?:\s*[ap]\.?m\.?)?"
_POINT_ITEM = re.compile(_POINT + r"(?:\s+(?![ap]\.?m\b)[^\W\d]|\s*$)",
                         re.IGNORECASE)  # or the time alone on its line
_BARE_POINT = re.compile(_POINT + r"\s*", re.IGNORECASE)


#: The words that name a meeting, in a heading: "… Seminar on …", "Cumbre …".
_MEETING_WORD = re.compile(
    r"(?i)session|forum|dialogue|debate|meeting|conference|panel|summit|event|discussion|plenary|"
    r"council|encuentro|réunion|assembly|symposium|workshop|webinar|briefing|ceremony|hearing|"
    r"roundtable|\bEGM\b|seminar|colloqui|congress|consultation|commemorat|anniversary|"
    r"séminaire|colloque|sommet|congrès|conférence|conferencia|seminario|cumbre|foro|reunión|"
    r"sesión|jornada|taller|hommage|di[aá]logo|homenaje|tribute|launch|lancement|lanzamiento|"
    r"(?<!of the )\bday\b|journée|(?<!del )\bdía\b")
#: A form's field below a heading, never the heading's wrapped end: "Place: Swissôtel".
_FIELD_LINE = re.compile(r"(?i)\s*(?:place|venue|date|time|location|where|when|lieu|lugar|"
                         r"fecha|hora|heure)\s*:")
#: Where a flattened programme's leading title ends: its place, its date, its programme.
_HEAD_ENDS = re.compile(r"(?:,\s*|\s+)(?=(?:Geneva|Genève|Ginebra|New York|Nueva York|Vienna|"
                        r"Nairobi|Paris|Rome|Bangkok|Santiago|Addis Ababa|Brussels|Bonn)\b)|"
                        r"\s+(?=(?:Programme|Program|Programa|Agenda|Order of the [Dd]ay|PROGRAMME|"
                        r"AGENDA|ORDER OF THE DAY|Provisional|Draft|Tentative|TENTATIVE)\b)")


#: A page's heading that names no meeting: "Conference Programme", "Detailed agenda".
_GENERIC_HEADING = re.compile(
    r"(?i)(?:(?:the\s+)?(?:conference|meeting|event|session|workshop|forum|seminar|symposium|"
    r"summit|full|draft|detailed|provisional|tentative|final|annotated|daily|official)\s+)*"
    r"(?:programme|program|programa|agenda|schedule|timetable|ordre du jour|orden del d[ií]a)"
    r"(?:\s+(?:at a glance|overview|of events|of work))?")


#: A document about the meeting, named before it: "Proposed timetable for the work of the",
#: "Media Arrangements for the", "Draft Programme of Work for the", "Media Advisory: …".
_ABOUT_THE_MEETING = re.compile(
    r"(?i)(?:(?:draft|provisional|tentative|proposed|revised|final|preliminary)\s+)?(?:"
    r"programme of work|programme|program|agenda|"
    r"(?:provisional\s+)?timetable(?: for the work)?|schedule|media arrangements|information note|"
    r"organi[sz]ation of work|order of the day|practical information|logistics note)"
    r"\s+(?:for|of)\s+the\s+(?=\S)")


#: What runs on after a meeting's name in a heading: a day ("POLICY FORUM Thursday 20 February
#: 2014"), a place glued to it ("Group MeetingHiroshima, Japan") or after it ("… SESSION Bali,
#: Republic of Indonesia").
_DAY_AFTER = re.compile(r"(?<=\S{3})\s+(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                        r"Sunday|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|"
                        r"jueves|viernes),?\s+\d)")
_GLUED_AFTER_MEETING = re.compile(r"\b(?:Meeting|Session|Forum|Summit|Seminar|Conference|"
                                  r"Symposium|Workshop)(?=[A-Z][a-z])")
_TOWN_COUNTRY = re.compile(r"\s+[A-Z][a-zà-ÿ'’-]+(?:\s[A-Z][a-zà-ÿ'’-]+)?,\s+"
                           r"(?:Republic of\s+|the\s+)?(?P<c>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\b")
#: A body's words, never a town's: "… of the Regional Committee, Maldives".
_BODY_WORD = re.compile(r"(?i)committee|commission|council|group|board|assembly|office|union|"
                        r"regional|secretariat")


def _without_where_and_when(full: str) -> str:
    """A meeting's name without the day or the place run on after it (see above)."""
    if numbered := re.search(r"(?i)(?<=\S{4})\s*[,;|–—-]\s*" + DAY_WORD +  # "Single-cell
                             r"\s+\d{1,2}\b(?!\s+of\b)", full):  # course, Day 1 - Tuesday 04/02"
        full = full[:numbered.start()]
    for m in (_DAY_AFTER.search(full), _GLUED_AFTER_MEETING.search(full)):
        if m is not None and _MEETING_WORD.search(full[:m.end()]):
            return full[:m.end()].rstrip(" ,;|–—-")
    for m in _TOWN_COUNTRY.finditer(full):
        if m.group("c").lower() in countries() and _MEETING_WORD.search(full[:m.start()]) and \
                not _BODY_WORD.search(m.group(0)) and not _MEETING_WORD.search(m.group(0)):
            return full[:m.start()].rstrip(" ,;|–—-")
    return full


def _flattened_head(line: str) -> str:
    """The title leading a programme flattened onto one line: "Human Rights Council Fifteenth
    session Geneva, 13 September …", "BIENNIAL SEMINAR OF THE RADIOCOMMUNICATION BUREAU, 2006
    Programme Geneva, …"; "" when no such head stands before its place, date or times."""
    ends = [m.start() for m in (_HEAD_ENDS.search(line), DATE_WORDS.search(line))
            if m is not None and m.start() >= 12]
    ranges = find_ranges(line)
    if len(ranges) < 2:
        return ""  # a paragraph of prose, not a programme run together
    ends.append(ranges[0].span[0])
    end = min(ends, default=0)
    head = line[:end].rstrip(" ,;:|–—-") if 12 <= end <= 200 else ""
    return "" if find_point(head) or re.search(r"[.!?]\s", head) else head


def _goes_on(line: str, below: str) -> bool:
    """Whether a heading's line goes on onto the line below: a long line, or one ending on a
    slash, a hyphen or a linking word, not on a stop; or capitals wrapped after a colon or a
    linking word onto a short line in capitals. Never onto a date, a time or a form's field."""
    line, below = line.strip(), below.strip()
    if not below or re.match(r"(?:\d|" + DATE_WORDS.pattern + ")", below, re.I) or \
            find_ranges(below) or _FIELD_LINE.match(below):
        return False
    return (len(line) >= 60 or line.endswith(("/", "-")) or re.search(
        r"\s(?:on|of|for|and|the|to|in|de|du|des|del|sur|sobre|y|et)$", line) is not None) and \
        not line.endswith((".", ":", ";")) or CAPS_GO_ON.fullmatch(f"{line}\n{below}") is not None


def find_title(text: str) -> Found[str]:
    """The meeting's title: a quoted title after "entitled"/"dialogue"/..., else a heading."""
    # (a media advisory's "What:" names the event; a theme quoted in its prose does not)
    advisory = re.search(r"(?im)^[ \t]*(?:what|event)[ \t]*:", text[:3000]) is not None
    if (res := RESOLUTION_TITLE.search(text[:3000])) is not None:  # (its first letter a capital)
        return Found(res.group("t")[0].upper() + res.group("t")[1:], res.span("t"),
                     "no announced title: a heading was taken")
    for m in _QUOTED.finditer(text[:6000]):
        before = text[max(0, m.start() - 60):m.start()]
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        ln = text[line_start:line_end if line_end >= 0 else None]
        alone = ln.strip() == m.group(0) and m.start() < 800
        if re.search(r"(?i)\b(?:resolution|résolution|resolución|decision|décision|decisión|"
                     r"report|rapport|informe)\s+[\w/.-]*\d", before) or \
                (rs := find_ranges(ln)) and not ln[:rs[0].span[0]].strip():  # "11:30 13:00 5.3.
            continue  # Session, panel: “Green …”": an item's; "résolution 70/1 … « … »": another
        if _TITLE_CUE.search(before.rstrip()) or alone or not advisory and re.search(
                r"(?i)theme[^\"“.]{0,40}\b(?:is|was|será|est)\s*$", before):
            title = m.group("t").strip().rstrip(".").strip("*").strip()
            return Found(title, (m.start("t"), m.start("t") + len(m.group("t"))))
    # "Theme: …"; a media advisory's "What: Launch of X:" (its title going on below)
    theme = re.search(r"(?:(?:^|\s)(?:Theme|Thème|Tema|(?P<what>What))|(?:^|\n)[ \t]*"
                      r"(?P<event>Event))\s*:\s*(?P<t>[^\n]{8,400}?:\s*\n[^\n]{4,200}|[^\n]{8,400})",
                      text[:3000], re.IGNORECASE)
    if theme:
        m = theme
        t = m.group("t")
        cut = DATE_WORDS.search(t)
        t = t[:cut.start()] if cut and cut.start() > 8 else t
        t = re.sub(r"\s*\([^()]*$", "", t)  # "… General Assembly (12-16 October, 2015)"
        t = re.split(r"(?<=[a-z])\.\s", t)[0].strip(" ,.")[:220].replace("\n", " ")
        found = Found(t, (m.start("t"), m.start("t") + len(t)),
                      "taken from the \u201cTheme\u201d line")
        if m.group("what") or m.group("event"):
            return found  # a media advisory's "What:" names the event itself
        themed: Found[str] | None = found
    else:
        themed = None
    offset = 0
    candidates: list[tuple[int, str, int]] = []
    raws = text.split("\n")[:40]
    front = re.match(r"\A\s*---[ \t]*\n(.*?)\n---[ \t]*\n", text, re.DOTALL)
    if front is not None:  # a Markdown file's front matter: its "title:", not its keys
        named = re.search(r"^title:[ \t]*(?P<t>.*(?:\n[ \t]+\S.*)*)", front.group(1), re.MULTILINE)
        if named is not None:
            t = " ".join(named.group("t").split()).strip("'\"")
            if len(t) >= 8 and not _SKIP_HEADINGS.fullmatch(t):
                at = front.start(1) + named.start("t")
                return Found(t, (at, at + len(named.group("t"))))
        skip = front.group(0).count("\n")
        raws = [""] * skip + raws[skip:]  # the front matter's lines are no headings
    # the programme's first item: a range on a line with no date and no "Time:" (the
    # meeting's own hours)
    def split_range(n: int) -> bool:  # "6:00 pm" / "–" / "8:00 pm": a range, split
        near = [r.strip() for r in raws[max(0, n - 1):n + 2]]
        return _BARE_POINT.fullmatch(raws[n]) is not None and any(
            re.fullmatch(r"[-–—]|to|à|a", r) for r in near)

    items = [n for n, raw in enumerate(raws) if (find_ranges(raw) or _POINT_ITEM.match(raw))
             and not split_range(n) and not DATE_WORDS.search(raw)
             and not re.match(r"\s*(?:time|hours?|heure|horario|hora)s?\s*:", raw, re.I)]
    programme_at = items[0] if len(items) >= 2 else len(raws)
    for n, raw in enumerate(raws):
        if n > programme_at:
            break  # inside the programme: an item's title, not the meeting's
        line = MARKDOWN.sub("", raw).strip()  # "## Session 1", "**Programme**"
        # "27 June - 1 July 2022 | UN Ocean Conference": a page's date before its name;
        # "# Agenda Physical Meeting 9-10 May 2024": the kind of page before the meeting's name
        dated = re.match(r"(?:\d{1,2}\s*[-–]\s*)?(?:" + DATE_WORDS.pattern +
                         r")[^|]{0,30}\|\s*", line,  # (a range's first day: "18-22 September")
                         re.IGNORECASE)
        if dated is not None and len(line) - dated.end() >= 12:
            line = line[dated.end():]
        if _MAIL_HEADER.match(line):
            line = ""  # "From: Secretariat", "Sent: Monday, …": the e-mail's, not the meeting's
        subject = _MAIL_SUBJECT.match(line)
        if subject is not None:  # "Subject: Programme - Expert group meeting, 14 March 2023"
            line = line[subject.end():]
        lead = re.match(r"(?i)(?:(?:draft|provisional|tentative|proposed)\s+)?(?:agenda|programme|"
                        r"program)\s*(?:of the\s+|for the\s+|[:–-]\s*)?(?=(?:\S+\s+){2,}\S)", line)
        if lead is not None and (raw.lstrip().startswith("#") or subject is not None or
                                 _MEETING_WORD.search(line[lead.end():])):
            line = line[lead.end():]
        start = offset + max(0, raw.find(line)) if line else offset
        offset += len(raw) + 1
        subtitle = day_subtitle(re.sub(r"(?i)^day\s+\d{1,2}\s*[.:–-]\s*", "", line))
        if subtitle and _MEETING_WORD.search(subtitle):  # "Day 1. Monday, 17 June 2024 - Youth
            candidates.append((1, subtitle, start + line.find(subtitle)))  # Seminar"
            continue
        if PAGE_CHROME.match(line):
            continue  # "Aller au contenu principal", "Download …", "Event description"
        heading_one = raw.startswith("# ")  # a Markdown file's own title
        if len(line) > 240:  # a programme flattened onto one line: its title may lead it
            head = _flattened_head(line)
            line = head if head and _MEETING_WORD.search(head) else ""
        if len(line) < 12 or len(line) > 240 or _SKIP_HEADINGS.match(line) or line.islower():
            continue
        after = name_after_sittings(line)  # "10:00 - 13:00 and 15:00 - 18:00 Working Group on
        if after is not None:  # …": the meeting, after its sittings' hours
            candidates.append((1, after[0], start + after[1]))
            continue
        if re.match(r"(?i)(?:(?:event|meeting|conference)\s+)?(?:chair|moderator|panel+ists?|"
                    r"speakers?|venue|date|start|end|"
                    r"lead discussants|id|pass(?:code|word)|webinar id|"
                    r"respondents|keynote)[^:]{0,20}:", line) or find_ranges(line) or \
                TIME_AT_END.match(line) or holds_bare_pair(line):
            continue  # a label, an item's range, "2 11:45 13:00 The Prize" (a page's number first)
        if re.search(r"(?i)www\.|https?://|\S@\S|\bwill be\b", line) or re.match(
                r"(?i)(?:date|time|venue|when|where|speakers?|live|webcast|location|overflow|"
                r"hora|horario|heure|horaire|fecha)\b",
                line):
            continue  # a link, an address, a sentence, a label without its colon
        if len(line) > 80 and re.search(r"[a-z]\.\s+[A-Z]", line):
            continue  # two sentences of prose
        if re.search(r"\|\s*$|\b(?:first|second) week\b", line, re.IGNORECASE):
            continue
        if line.lower().startswith("human rights council") or re.match(
                r"\d+(?:st|nd|rd|th)? session", line, re.IGNORECASE):
            if len(line) < 120:  # the Council's heading above each of its journal's pages, a
                candidates.append((-9, line, start))  # site's "47th session (2016)": taken
            continue  # only when nothing else names the meeting
        dated_lead = DATE_WORDS.match(line)
        if dated_lead is not None and len(line) - dated_lead.end() < 40 or \
                re.match(r"(?i)(?:total )?page\s*:?\s*\d|rev(?:ision|\.)?\s*:|file type\s*:|"
                         r"day\s+\d{1,2}\b(?!\s+of\b)", line):
            continue  # "12 December 2007 Centre John Knox", "Total Page:16", "Rev: 9 May", "Day 1"
        if DATE_WORDS.fullmatch(line) or span_of_days(line) or \
                re.match(r"^[\d\W]+$|^[-•*·▪◦–]\s", line) or \
                _table_heads(line) or _DAY_HEADER.fullmatch(line):
            continue  # a date, a number, a bullet, a table's heading row, a day's header
        if line.endswith(".") and (len(line) > 120 or len(line.split()) > 8):
            continue  # a sentence of prose, not a heading
        if re.match(r"(?i)(?:there (?:will|are|is)|the following|below|please|join us|"
                    r"image\b|image of)\b", line) or len(re.findall(r"\[[^\]]*\]", line)) >= 2:
            continue  # a lead-in ("There will be four sessions:"), an image's caption, a
            # page's navigation ("ENB:05:83 [Next] . [Previous]")
        if find_point(line) or bare_name_line(line, 0) is not None or \
                label_of(line) is not None or starts_with_person(line):
            continue  # "16:00 Ceremony": a segment; "Jane Doe, Director, …": a person
        if ROOM.match(line) or re.match(r"(?i)(?:auditori(?:um|o)|salle|sala|room|hall)\b",
                                         line):
            continue  # where, not what
        if re.match(r"^(?:geneva|new york|nairobi|vienna|genève|ginebra)\b", line, re.I) or \
                re.match(r"(?i)(?:sede|siège|headquarters)\b", line):
            continue  # "Sede de la CEPAL, Santiago de Chile": where, not what
        # A heading wrapped over several lines goes on while its lines are long.
        full = line
        k = n
        while k + 1 < len(raws) and len(full) < 240 and _goes_on(raws[k], raws[k + 1]):
            k += 1
            full = f"{full}{'' if full.endswith('/') else ' '}{raws[k].strip()}"
        about = _ABOUT_THE_MEETING.match(full)
        if about is not None and _MEETING_WORD.search(full[about.end():]):
            full = full[about.end():]  # "Media Arrangements for the 27th Ministerial Session"
        full = re.sub(r"(?i),\s*(?:" + "|".join(MONTHS) + r")\.?\s+(?:19|20)\d\d\s*$", "",
                      full) or full  # "…, December 1998": its month after the meeting's name
        score = 2 if _MEETING_WORD.search(full) else 0
        if re.fullmatch(r"[A-Z0-9]+(?:/[\w.-]+){2,}(?:\s+(?:Prov|Rev|Add|Corr)\.?(?:\s*\d+)?)?\.?",
                        full):
            continue  # "WIPO/MMP1/15/INF/2 Prov.": the document's symbol, not its meeting
        if re.search(r"(?i)\b(?:will|are|is|have|has|was|were|será|serán|sera|seront|est|sont)\b",
                     full) and \
                not re.search(r"[:–—]", full):
            score -= 2  # "The UNCITRAL Colloquium consists of four panels": a sentence
        cut = DATE_WORDS.search(full)
        lead = re.search(r"(?:(?<!\d)[,;|–—-]\s*|\s+(?=\d))(?:\d{1,2}\s*[-–—]\s*)?$",
                         full[:cut.start()]) if cut else None
        if lead is not None and lead.group(0)[:1] not in ",;|–—-" and lead.start() <= 20:
            lead = None  # "Physical Meeting 9-10 May 2024": too little left without its days
        if cut and cut.start() > 8 and lead is not None and \
                full[:lead.start()].count("(") <= full[:lead.start()].count(")"):
            # "Panel on water, 5 June 2024, Room 4",
            full = full[:lead.start()].rstrip(" ,;|–—-")  # "… Central Asia, 16-17 September"
        last = list(DATE_WORDS.finditer(full))
        if last and last[-1].end() >= len(full.rstrip(" .")) and last[-1].start() > 20:
            # "… General Conference 17-20 October 2011": the dates at the end of a heading
            full = re.sub(r"\s*(?:\d{1,2}\s*[-–]\s*)?$", "",
                          full[:last[-1].start()]).rstrip(" ,;|–—-")
            full = re.sub(r"(?i)\s+(?:of|on|du|de|del|des)$", "", full)  # "… Council of [date]"
        full = re.sub(r"(?i)^(?:indicative|provisional|draft|tentative|final|detailed|annotated)\s+"
                      r"(?:programme|program|agenda|programa)(?:\s*[–—:]|\s+-)\s+(?=\S{3})", "",
                      full)  # "Indicative programme – General Affairs Council": the meeting
        full = _without_where_and_when(full)
        # "VI European Regional Meeting VI European Regional Meeting VI": a heading repeated
        doubled = re.match(r"(?P<t>.{12,}?)(?:\s+(?P=t))+\b", full)
        if doubled is not None:
            full = doubled.group("t")
        # "… 66th Plenary Session (Venice, 17-18 March 2006)": its place and dates in brackets
        full = re.sub(r"\s*\([^()]*\b(?:19|20)\d\d\b[^()]*\)?\s*$", "", full) or full
        # "Global Vaccination Summit Brussels": its city after the meeting's name
        words = full.split()
        for size in (3, 2, 1):  # a city's name of three words or fewer
            head, tail = " ".join(words[:-size]), " ".join(words[-size:]).strip(" ,.")
            if len(words) > size + 1 and tail[:1].isupper() and tail.lower() in CITIES and \
                    _MEETING_WORD.search(head):
                full = head.rstrip(" ,;|–—-")
                break
        if _GENERIC_HEADING.fullmatch(full.strip(" :")):
            score -= 3  # "Conference Programme", "Detailed agenda": the page's, not the
            # meeting's, taken only when nothing else names it
        candidates.append((score + (3 if heading_one else 0), full.rstrip(":"), start))
    best = max(candidates, key=lambda c: (c[0], -c[2]), default=None)
    if best is not None and (best[0] >= 2 or themed is None):  # a heading naming a meeting
        return Found(best[1], (best[2], best[2] + len(best[1])),  # before the "Theme:" line
                     "no announced title: a heading was taken")
    return themed or _named_in_prose(text) or Found("Meeting", (0, 0), "no title found")


#: Why a title named in a sentence is in doubt.
NAMED_IN_PROSE = "no heading names the meeting: taken from a sentence"
#: A meeting named in a sentence, its words capitalised: "at our upcoming Challenges Annual
#: Forum in Addis Ababa", "the CTBT Science and Technology 2013 Conference".
_NAMED = re.compile(
    r"(?<![\w'’-])(?:(?:[A-Z][\w'’&+-]*|\d{4}|\d{1,3}(?:st|nd|rd|th))[ \t]+"
    r"(?:(?:of|on|for|and|the|de|la|del|des|du|sur|y|et)[ \t]+)*){1,8}?"
    r"(?-i:Forum|Conference|Summit|Session|Meeting|Assembly|Workshop|Symposium|Dialogue|Seminar|"
    r"Congress|Consultation|Roundtable|Colloquium|Cumbre|Conferencia|Foro|Sommet|Conférence|"
    r"Colloque|Séminaire|Seminario|Taller|Jornada)\b(?:[ \t]+(?:on|of|for|sur|sobre|de)"
    r"(?:[ \t]+(?:of|and|for|on|the|de|la|le|les|du|des|et|y|el|los)|[ \t]+[A-Z(][\w'’)-]*+(?!:))"
    r"{1,16})?")


def _named_in_prose(text: str) -> Found[str] | None:
    """The first meeting named with capitalised words in the text's head, as a guess (not in
    an item's line: "10:40 – 10:55 An update on the CLRTAP’s Forum for …")."""
    for m in _NAMED.finditer(text[:3000]):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if _POINT_ITEM.match(line) or find_ranges(line):
            continue
        name = re.sub(r"(?:\s+(?:of|and|for|on|the|de|la|le|les|du|des|et|y|el|los))+$", "",
                      m.group(0).strip())
        if sum(w[:1].isupper() for w in name.split()) >= 3 and not name.isupper() and \
                not ROLE_WORDS.match(name):  # ("the Vice-President of the General Assembly")
            return Found(name, (m.start(), m.start() + len(name)), NAMED_IN_PROSE)
    return None
