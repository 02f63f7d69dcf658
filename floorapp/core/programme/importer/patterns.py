"""The patterns of the segment grammar: labels, meeting numbers, rooms, titles.

Regular expressions and small pure functions used by :mod:`segments`; kept apart so
the grammar's vocabulary can be read in one place.
"""

from __future__ import annotations

import re

from floorapp.core.programme.importer.cells import NUMBERED_PART, join_numbered_part
from floorapp.core.programme.importer.lines import MARKDOWN
from floorapp.core.programme.importer.people import speaker_first
from floorapp.core.programme.importer.place_column import room_after_title
from floorapp.core.programme.importer.run_on import sentence_after_title, without_column_heads
from floorapp.core.programme.importer.words import (
    BOILERPLATE,
    CLOCK_OF_A_PLACE,
    DURATION_UNIT,
    LINK_NOTE,
    MONTHS,
    ORGANISERS_FIRST,
    ROOM_WORDS,
    STOCK_ITEM,
    WEEKDAYS,
    WIDGET,
    WIKI_LINK,
    ZONE_WORD,
)

MEETING_NO = re.compile(r"^\s*(?:\d+(?:st|nd|rd|th)\s*|(?:\d+(?:e|ème|a)?|first|second|third|"
                        r"\w+th|\w+-\w+th)\s+)(?:meeting|séance|sesión|reunión)\b"
                        r"(?!\s+of\b)\s*", re.I)  # ("Third meeting of the Committee": a title)
PERIOD = re.compile(r"^\s*(?:morning|afternoon|evening|matin|après-midi|soir|mañana|tarde|"
                    r"noche)\b(?!\s+(?:session|sitting|meeting|plenary|segment|break|tea|coffee|"
                    r"snacks?|reception|networking|walk|prayers?|yoga)\b)\s*", re.IGNORECASE)
SYMBOLS = re.compile(r"\s*\b[A-Z]{1,6}(?:/[A-Za-z0-9.]+){2,}(?<=\d)(?:\W.*)?$"
                      r"|\s*\b[A-Z]{1,6}(?:/[A-Za-z0-9.]+)*/[A-Za-z.]*\d.*$"
                      # an OECD document: "C/MIN(2010)21", "C/A(2010)12/PROV"
                      r"|\s*\b[A-Z]{1,6}(?:/[A-Z]{1,10})+\(\d{4}\)\d+.*$", re.DOTALL)
CUE = re.compile(
    r"\s*(?:(?:Panel+ists|Participants|Delegations|Member States)(?: and [a-z]+)? (?:are|will "
    r"be) (?:invited|encouraged|requested) to (?:focus on|address|consider|discuss)[^:]*:?"
    r"|(?:on|with|address) the following (?:themes|questions|topics|sub-themes)\s*:?"
    r"|Guiding questions\s*:|Les participants sont invités à[^:]*:|Se invita a[^:]*:)",
    re.IGNORECASE)
ZONE_NOTE = re.compile(r"\(\s*(?:local time|(?:New York|Geneva|Vienna|Nairobi|" + ZONE_WORD +
                        r")"
                        r"(?: time)?|heure (?:de Genève|locale)|hora local)[^)]*\)", re.IGNORECASE)
SPEAKER_LINE = re.compile(
    r"^(?:\d{1,2}\.\s*)?(?:Statements?|Remarks|Address|Opening\b[^,]{0,40}|Closing\b[^,]{0,40}|"
    r"Welcom\w*|Keynote\b[^,]{0,20}|Presentation|Video message|Introduction|Intervention|"
    r"Déclaration|Discours|Palabras|Intervención)\b[^,]{0,120},\s*", re.IGNORECASE)
#: Arrivals and registration: what a day of logistics holds, not the meeting's first day.
ARRIVALS = re.compile(r"(?i)\b(?:arriv\w*|registration|badges?|pick-?up|accreditation|"
                      r"inscription|llegada|registro)\b")
#: A title that only says what kind of part it is; its subject is on the next line.
KIND_ONLY = re.compile(r"(?:high[- ]level\s+)?(?:panel(?: discussion)?|discussion|debate|débat|"
                       r"table ronde|round ?table|mesa redonda|conversatorio|plenary|plénière|"
                       r"plenaria|workshop|atelier|taller|dialogue|diálogo|interactive dialogue|"
                       r"conversation|fireside chat|side[- ]event|special event"
                       # "Session 1 | 10:00 – 11:30" / "Opening and scene-setting"
                       r"|(?:session|segment|panel|part|partie|parte|séance|sesión|round ?table|"
                       r"workshop|module|track|block|topic|theme|thème|tema)\s+"
                       r"(?:\d{1,2}|[IVX]{1,4}|[A-D])[a-z]?)",
                       re.IGNORECASE)
DURATION_ONLY = re.compile(r"\(\s*\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|min|mins|minutes)"
                           r"(?:\s*\d+\s*(?:min|mins|minutes)?)?\s*\)", re.IGNORECASE)  # "(1h30)"
#: "5 minutos", "15 minutes", "1 hour", "60″", "15’" alone on a line under a range: no title.
DURATION_BARE = re.compile(r"(?P<n>\d+)(?:[.,]\d+)?\s*(?P<u>" + DURATION_UNIT + r"|[′″'’\"])\.?",
                           re.IGNORECASE)


def duration_minutes(text: str) -> int | None:
    """The minutes of a duration written alone ("5 mins", "1 h"), or None."""
    m = DURATION_BARE.fullmatch(text.strip())
    return None if m is None else int(m.group("n")) * (60 if m.group("u").lower()[:1] == "h"
                                                       else 1)


ITEM_START = re.compile(r"^(?:Item|Point|Tema)\s+\d", re.IGNORECASE)
ITEM_ALONE = re.compile(r"^(?:Item|Point|Tema)\s+\d+\s*[:.]?$", re.IGNORECASE)
BY_PERSON = re.compile(r"\b(?:by|par|por)\s+(?=(?:H\.\s?E\.|Mr|Ms|Mrs|Dr|Prof|Sr|Sra|Mme|M)\.?\s)")
DEADLINE = re.compile(r"deadline|date limite|fecha l[ií]mite|plazo para", re.IGNORECASE)
ROOM_ONLY = re.compile(r"^[\s;,(]*(?:(?:CR|Conference Rooms?|Room|Salle|Sala|Sal[óo]n|"
                       r"ECOSOC Chamber)\b[^)]*"
                       r"|(?-i:(?:[A-Z][\w.'’-]*\s+){1,3})(?:Hall|Chamber|Auditorium|Ballroom|"
                       r"(?:Conference |Meeting )?Room)"  # "GA Hall", "Lower-level Conference Room"
                       r"|Hall\s+[\w'’-]+"  # "HALL SÉGUR", "Hall 3"
                       r"|(?-i:[A-Z]{1,3}-?\d{3,4}[A-Z]?)"  # "C0435", "S-226": a room's code
                       # "United Nations Headquarters, Conference Room 2", "Palais des Nations"
                       r"|(?:(?:United Nations|UN)\s+(?:Headquarters|HQ)|Palais des Nations)"
                       r"(?:\s*,\s*(?:Conference Room|CR|Room|Salle|New York|Geneva)\b[^)]*)?)"
                       # "Assembly Hall - 4th floor"
                       r"(?:\s*[-–,]\s*(?:\d+(?:st|nd|rd|th)\s+)?(?:floor|level)\b)?"
                       r"\)?[\s.;]*$", re.IGNORECASE)
HOURS_LABEL = re.compile(r"\b(?:date|time|when|fecha|hora|heure|horario|venue)[^:]{0,20}:"
                         r"|^\s*(?:time|times|timing|hours|heures?|horaires?|horas?|horario|venue|"
                         r"date|date,? time|when|where|lieu|lugar|fecha)"
                         r"\s*$",  # "Time 8:45 am to 1:00 pm": a label without its colon
                          re.IGNORECASE)
#: "Time:" alone before a range: the range is a segment's, its title around the line (and
#: "When:", as an event's card writes it under "Where:").
TIME_LABEL = re.compile(r"\s*(?:time|times|timing|heure|heures|horario|hora|horas|when|quand|"
                        r"cuándo)\s*:\s*", re.IGNORECASE)
#: A note beside a time, not an item: "13:30-16:30 Interpretation provided in EN - FR - DE".
TIME_NOTE = re.compile(r"\s*[|:–-]?\s*(?:(?:simultaneous\s+)?(?:interpretation|interprétation|"
                       r"interpretación)\s+(?:provided|available|will|into|en|in\s+(?:[A-Z]{2}\b|"
                       r"English|French|Spanish|all|the six))|webcast\b|live\s*stream)", re.I)
#: A form's field that names the title: "Title:", "Session title:", "Intitulé :".
_FORM_TITLE = r"(?:(?:event|session|activity|item)\s+)?(?:title|titre|título|intitulé)"
TITLE_FIELD = re.compile(r"\s*" + _FORM_TITLE + r"\s*:", re.IGNORECASE)
#: Practical lines under a segment's time, never its title ("RSVP here", "watch video").
INFO_LABEL = re.compile(r"\s*(?:(?:location|venue|room|overflow rooms?|place|lieu|salle|lugar|sala|"
                        r"where|où|d[oó]nde|webcast(?:\s*/\s*captioning)?|captioning|"
                        r"interpretation|languages?|format|date)\s*(?::|$)"
                        r"|(?:hybrid|online|virtual|in[- ]person)\s*(?:[-–|,]|$)|"
                        r"(?:video )?recording\s*$|(?:open to (?:the )?(?:press|media)|"
                        r"ouverte? à la presse|abiert[oa] a la prensa)\s*$|"
                        r"(?:rsvp|register|join|view the (?:event|meeting)|view presentation|watch"
                        r"(?: the)?(?: video| recording| webcast)?)(?:\s+(?:here|now|live))?\s*"
                        r"(?:$|\())", re.IGNORECASE)
#: A label before the meeting's date and time, its spaces removed (a PDF spaces letters
#: apart: "Date and v enue"): not a title.
LABEL_SPACED = re.compile(r"(?:date|time|venue|when|where|dateandvenue|dateandtime|dateandplace|"
                          r"datetimeandvenue|datetime|dateetlieu|fechaylugar|lieu|lugar)",
                          re.IGNORECASE)
FROM = re.compile(r"(?:\bfrom|\bbetween|\bde|\bdesde|\bentre|\bat|\b(?:de|desde|entre) las)\s*$",
                  re.IGNORECASE)
CONNECTOR = re.compile(r"(?:\b(?:and|of|on|the|for|in|into|to|with|from|between|towards|through|"
                        r"(?-i:a)|an|et|de|du|des|la|le|"
                        r"(?-i:y)|del|el|los|las|en)|[,:–-])\s*$", re.IGNORECASE)  # not "Q&A"
BULLET = re.compile(r"^\s*(?:[•*·\-–]|o(?=\s+[A-Z])|\d{1,2}[.)]|[a-h][.)]|\(?[ivx]{1,4}\))\s*")
DAY_ALONE = re.compile(r"^(?:" + "|".join(WEEKDAYS) + r")\b[\s,|]*$", re.IGNORECASE)

_SMALL_WORDS = {"of", "the", "and", "for", "on", "de", "la", "le", "du", "des", "et", "y", "del"}
_BEFORE_SUBJECT = {"&", "/", "by", "to", "in", "with", "about", "from", "at"}

#: A title's organisers or donors after it (cut off), with a capital: "… AGAINST DRUGS Organized
#: by the Governments of …", "… inaugurationDonated by Maestro X", "“…” – by Government of X".
ORGANISERS_AFTER = re.compile(
    r"(?<=.{10})(?:(?:[\s,;–-]+|(?<=[A-Za-z”\"])(?=[A-Z]))(?:Co-?)?(?:Organi[sz]ed|Organisé|"
    r"Organizado|Host(?:ed)?|Sponsored|Convened|Donated|Offered|Presented)\s+(?:jointly\s+)?"
    r"(?:by|par|por)|(?<=[”\"»])\s*[–—-]\s*(?:by|par|por)(?=\s+[A-Z]))\s.*$")


def _cut_before_organiser(t: str) -> str:
    """ "Nuclear Disarmament: The World at Crossroads Quaker United Nations Office (QUNO), …":
    a flattened title runs into its organiser, named with its acronym; the title ends where
    the words whose initials make the acronym begin."""
    for m in re.finditer(r"\(([A-Z]{2,8})\)", t):
        words = t[:m.start()].split()
        acronym, k, initials = m.group(1), 0, ""
        for w in reversed(words):
            k += 1
            if w.lower() in _SMALL_WORDS:
                continue
            initials = w[0] + initials
            if len(initials) >= len(acronym):
                break
        if initials == acronym and len(words) - k >= 3 and not re.match(
                r"\s+[A-Z][a-z]+\s+(?:of|on|for|in)\s|\s+(?!(?:and|with|in|at|et|y)\b)[a-z]{3,}",
                t[m.end():]) and \
                words[-k - 1].lower() not in _SMALL_WORDS | _BEFORE_SUBJECT:  # ("… to State of
            # the … Report (SAER)", "… by Austria & World Bank Group (WBG)": subject, speaker)
            return " ".join(words[:len(words) - k])
    return t


#: A period of the day leading a title before a meeting's number or nothing ("Morning: 9th
#: meeting"); "Morning Briefing", "Afternoon session" keep theirs.
_PERIOD_LEAD = re.compile(
    PERIOD.pattern + r"(?=[:,–—-]|\d|$|(?:first|second|third|fourth|fifth)\b)", re.IGNORECASE)


#: A table cell naming a room: "Conference Room 3", "Press Briefing Room, S-237", "GA Hall",
#: "38th Floor", "Trusteeship Council Chamber".
PLACE_CELL = re.compile(r"(?!(?:break-?out|return|back|move|go|transfer|visit|tour|walk)\b)"
                        r"(?:[\w.'’-]+[\s,]+){0,5}(?-i:" + ROOM_WORDS + r")\b[\w\s,.()-]{0,14}",
                        re.IGNORECASE)  # (not "Breakout Rooms", "Return to Main Room": items)


#: Where a long title goes on after a bracket's note, not after an item's letter ("(b) Devel…").
_AFTER_NOTE = re.compile(r"(?<=\))(?<!\(\w\))\s+(?=[A-Z][a-z])")


def _without_open_bracket(t: str, at_least: int) -> str:
    """``t`` cut before a bracket it opens and never closes (if that bracket is at
    ``at_least`` or later)."""
    i = t.rfind("(")
    return t[:i] if i >= at_least and ")" not in t[i:] else t


def clean_title(text: str) -> str:
    """A segment title without meeting numbers, document symbols, rooms, run-on prose, bullets."""
    t = MARKDOWN.sub("", text.replace("\\_", "_"))  # ("\_Vision discussion\_": escaped)
    # a web page's marks: "<br>", "[Latest updates](/assets/…pdf)", "*Regional hydrology*"
    t = re.sub(r"<(?:br|/?[a-z]{1,6})\b[^<>]{0,80}>", " ", t, flags=re.IGNORECASE)
    t = re.sub(r"(?<=\S)\s+\[(?i:(?:meeting )?notes|slides|recording|video|pdf|download|minutes|"
               r"here|presentation)\]\([^()\s]*\)\s*$|\[([^\[\]]+)\]\([^()\s]*\)|" + WIKI_LINK,
               lambda m: m.group(1) or m.group("w") or "", t)  # (a wiki's "[wiki:P
    # The label]"; "Plenary 01 [Meeting Notes](…)": a link to the item's notes, dropped)
    t = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])|(?<![\w_])_([^_\n]+)_(?![\w_])",
               lambda m: m.group(1) or m.group(2), t)
    t = t.strip().strip("|").strip()
    # "CET | Welcome": the range's zone first, then the table's cell
    t = re.sub(r"^(?:(?:" + ZONE_WORD + r"|local time)\b\s*/?\s*)+", "", t).strip(" |")
    if CLOCK_OF_A_PLACE.fullmatch(t):
        return ""  # "10:00 - 11:00 Chilean time", "(New York time)": whose clock, not an item
    if "|" in t:  # "Opening Session | Chair: …": the title is the first cell (not a room's)
        cells = [c.strip() for c in t.split("|") if any(ch.isalnum() for ch in c)]  # not ":"
        t = join_numbered_part(
            [c for c in cells if not PLACE_CELL.fullmatch(c)] or cells[:1] or [""])
    # "· Standards · Adoption of conclusions": two listed items run together (two columns)
    t = re.sub(r"^(\s*[·•▪]\s+[^·•▪]{10,}?)\s+[·•▪]\s.*$", r"\1", t)
    t = re.sub(r"^[\s:;,.\-‐‑–—•·▪*/]+|^\s*[)\]]\s*(?:[:–—-]\s*)?|^[a-z][.)]\s+(?=[A-Z])", "",
               t)  # "[10:00] Opening", "09h10 d. GCOS update": a lettered sub-item's letter
    # "Session: Welcome", "Title: …", "Event: …": a form's label before the title itself; "3
    # Technical …": a row's number, wide apart
    t = re.sub(r"^(?:(?:" + _FORM_TITLE + r"|session|event|activity|item|sesión|séance|th[eè]me|"
               r"topic|tema|sujet)\s*:\s*(?=\S)|\d{1,2} {2,}(?=[^\W\d]))", "", t,
               flags=re.IGNORECASE)
    # "(45min) / Opening Ceremony", "/ Registration": a duration, a table slash first; "13:00 (1:00
    # pm) – Lunch": the other clock; "10:00 10min Welcome", "1h 15min": a length's own column
    t = re.sub(r"^(?:" + DURATION_ONLY.pattern + r"\s*/?|/|\(\s*(?:1[0-2]|0?\d)(?:[:.][0-5]\d)?"
               r"\s?[ap]\.?\s?m\.?\s*\)\s*[-–—:]?|\d{1,3} ?(?:h|min)(?: ?\d{1,2} ?min)?"
               r"(?=\s+(?-i:[A-Z(])|\s*$))\s*", "", t, flags=re.IGNORECASE)
    for _ in range(3):
        t = _PERIOD_LEAD.sub("", t)
        if not re.match(r"\s*[–—-]\s*[a-z]", MEETING_NO.sub("", t)):  # "Fifth meeting —
            t = MEETING_NO.sub("", t)  # ministerial consultations": the number is the title's
    t = re.sub(r"^\s*/\s*", "", t)  # "27th meeting / Panel discussion": after the number
    t = re.split(r"(?<=\w[\w)])\s+[•●Ø➢►▪]\s+(?=[A-Z])", SYMBOLS.sub("", t), maxsplit=1)[0]
    t = BOILERPLATE.sub("", t)
    t = LINK_NOTE.sub("", t)
    t = re.sub(r"\s*\((?:see|voir|véase|cf\.|(?-i:paper|prepared|in co\w+))\s"
               r"[^()]*\)", "", t, flags=re.IGNORECASE)  # "(see page 5)", "(paper prepared …)"
    t = ZONE_NOTE.sub("", t).strip()
    t = t[speaker_first(t):]  # "Tim Palmer (U.Oxford). Keynote lecture": the talk after its giver
    # "Item 10 (cont'd) Technical assistance Interactive dialogue with: (cont'd) - …": the
    # order of the day's list of dialogues after the item's title
    t = re.sub(r"(?<=\S{3})\s+(?:(?:Enhanced|Clustered)\s+)?[Ii]nteractive dialogue with\s*:.*$"
               r"|(?<=\S{3})\s+In the presence of\s.*$", "", t)  # "… Remarks In the presence of …"
    if re.match(r"[a-zà-ÿ][^()]*\)\s*$", t):
        return ""  # "or later, if required)", "confirmar)": a bracket's end from the line above
    t = re.sub(r"^\d{1,4}\s*[ap]\.?\s?m\b\.?[\s.]*", "", t)  # "36 p.m." left by a lost dash
    m = CUE.search(t)
    if m:
        t = t[:m.start()]
    t = re.sub(r"\s*\([^()]*\b(?:Rooms?|Chamber|Hall|Ballroom|Lounge|Salle|Sala|CR|[Ff]loor|level|"
               r"Saal|Hotel|Auditori(?:um|o)|étage|piso|planta)\b[^)]*\)?", "", t)
    # "Welcome and Introduction by Stockholm School of Economics, European Commission (Mr.
    # Pierre Schellekens, …)": who speaks, by their institutions, then their names
    t = re.sub(r"(?<=\w)\s+(?:by|par|por)\s+[^(),]{3,60},[^()]{3,80}?\((?:H\.\s?E\.|Mr|Ms|Mrs|Dr|"
               r"Prof|Mme|M|Sr|Sra)\.?\s.*$", "", t)
    # "Registration (In front of the school theater / Devant la salle)": where, in a note
    t = re.sub(r"\s*\((?:in|on|at|inside|outside|near|in front of|per|dans|devant|au|à la|sur|"
               r"en el|en la|frente a)\s[^()]{3,}\)\s*$"  # and "(Venue: Rwenzori Centre)"
               r"|\s*\((?:venue|location|place|lieu|lugar|local)\s*:[^()]{3,}\)\s*$"
               # "(Organisers: IPB, Rosa Luxemburg Stiftung)": who holds it, in a note
               r"|\s*\((?:co-?)?(?:organi[sz](?:ers?|ed by|ateurs?|adores?)|hosted by|"
               r"supported by)\b[^()]{3,}\)\s*$", "", t,
               flags=re.IGNORECASE)
    t = room_after_title(t, ROOM_ONLY.match(t) is not None)
    # "SESSION 1: OPENING [Sathorn I]", "Group Photo [front of the Lobby]": where, or another
    # note, in square brackets after the title
    t = re.sub(r"(?<=\S)\s*\[[^\[\]]{2,60}\]\s*$", "", t)
    # "Opening of the workshop – Secretariat", "Introduction (Chair)": who gives it, by office,
    # after a dash or in brackets (square ones went with the notes above)
    t = re.sub(r"(?:\s+[-–—]\s*(?:the\s+)?|\s*\(\s*)(?:[A-Z]{2,8}\s+)?"  # "(ECE Secretariat)"
               r"(?:Secretariat|Chair(?:person|man|woman)?|"
               r"Co-?[Cc]hairs?|President|Moderator|Facilitators?|Rapporteur|Host(?: country)?|"
               r"Organi[sz]ers?|(?:Government|Ministry|Delegation|Permanent Mission) of [A-Z]"
               r"[^()–—]{0,50})\s*\)?\s*$", "", t)
    # "Roundtable Introductions / Bureau Chair": who leads it, by office, in a column after a
    # slash (but "Election of a Chairperson / Rapporteur" names two offices, the item's)
    t = re.sub(r"(?<=\w)\s+/\s*[A-Z][\w-]+\s+(?:Chair|Co-?[Cc]hairs?|Secretariat|Moderator|"
               r"President)\s*$"  # and "Welcome: Co-Chairs, C4UN Steering Committee"
               r"|(?<=\w):\s*(?:the\s+)?(?:Co-?[Cc]hairs?|Chair(?:person)?|President|Secretariat|"
               r"Moderator)\s*,[^:]{2,80}$", "", t)
    # "Media Q&A 11:00 END": the time the next line gives, run on; "… after SMSP THURSDAY,
    # MARCH 3": the next day's heading; "… Regional CoordinatorsVirtual (Webex)": its format
    t = re.sub(r"(?<=\S)\s+(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:END|End|end|CLOSE|Close|"
               r"Closing|Fin|FIN|Adjourn\w*)?\s*$"
               r"|(?<=\S)\s+(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
               r"(?i:" + "|".join(MONTHS) + r")\s+\d{1,2}\s*$"
               r"|(?<=[a-z])(?:Virtual|Hybrid|Online|In-person)\b.*$", "", t)
    # "LunchTuesday, 4 November 2003Afternoon session": the next day's heading, glued on
    if "day" in t:
        t = re.split(r"(?<=[a-z])(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                     r"Sunday),?\s+\d)", t, maxsplit=1)[0]
    t = _without_open_bracket(t, 0)
    # a flattened PDF: "Opening ceremony Welcome/Opening Remarks by: …", "Regional
    # presentations (Arab States) by: Bahrain": the title ends where a label begins
    if by := re.search(r"(?<=[a-z])\s+(?=[A-Z][\w/]*(?:\s+[A-Z][\w/]*){0,2}\s+by\s*:)"
                       r"|(?<=[\w)])(?<!ed)\s+by\s*:\s", t):
        t = t[:by.start()]
    t = _cut_before_organiser(t)
    # what follows a title and lists its parts: "Opening 1. Membership issues 2. Adoption of
    # the agenda", "Welcome Address: - Co-Chairs of IPCC TFI - Australian Government",
    # "Break-out group (BOG) session BOG1: General and cross-sectoral issues"
    parts = re.search(r"(?<=\S)\s+1[.)]\s+[A-Z](?=.*?\s2[.)]\s+[A-Z])|(?<=\w)\s*:\s+[-–•]\s+(?=\S)"
                      r"|(?<=[a-z)])\s+(?=(?-i:[A-Z]{2,5})\s?1\s*:)", t)
    if parts is not None and parts.start() >= 3:
        t = t[:parts.start()]
    # "Parallel Session 1 Parallel Session 2 Parallel Session 3 …": columns' heads run on
    t = re.sub(r"^((?P<h>(?:[A-Z][\w-]*\s+){1,3})(?:\d{1,2}|[IVX]{1,4}))\s+(?P=h)"
               r"(?:\d{1,2}|[IVX]{1,4})\b.*$", r"\1", t)
    # "Coffee Break SESSION 1 Chairperson: …": the next block's heading, in capitals, run on
    heading = re.search(r"(?<=[a-z)])\s+(?-i:SESSION|PANEL|SEGMENT|PART)\s+(?:[IVX]+|\d+)\b", t)
    if heading is not None and heading.start() >= 3:
        t = t[:heading.start()]
    # "UNITED NATIONS AND SCO IN THE FIGHT AGAINST DRUGS Organized by the Governments of …"
    # (a capital: "International Conference organized by the Mission of Rwanda" is a title)
    t = ORGANISERS_AFTER.sub("", ORGANISERS_FIRST.sub("", t))  # "… inaugurationDonated by …"
    # "Opening session (open to media pool) – Formal opening and adoption of the agenda": what
    # the sitting does, after its name and a note in brackets
    t = re.sub(r"^([^\s(].*?\))\s+[–—]\s+[A-Z][a-z].{20,}$", r"\1", t)  # (not "(tbc) — X")
    # "Lunch and book launch STORA SALEN": the room, in capitals, after a title in small letters
    t = re.sub(r"(?<=[a-z)])\s+(?:[A-ZÀ-Ý]{4,}\s+){1,3}[A-ZÀ-Ý]{4,}$", "", t)
    # "Welcome and network receptionNote: foresee …": a page's next field, glued on
    t = re.sub(r"(?<=[a-z)])(?:Note|Venue|Location|Room|Chair|Moderator|Speakers?)\s*:.*$", "", t)
    # "Registration and coffee Introductory segment This segment opens the meeting …", "Young
    # people and the transition What are current challenges …?": the title, then its subject
    about = re.search(r"(?<=[a-z)])\s+(?=(?:This|These|The)\s+(?:segment|session|panel|meeting|"
                      r"event|workshop|dialogue|discussion|round ?table)s?\s+[a-z]"
                      # "High-Level Opening Ceremony The Opening Ceremony will feature …"
                      r"|(?:This|These|The)\s+(?:[A-Z][\w’'-]*\s+){1,4}(?:will|shall|aims|"
                      r"seeks|unites|brings|gathers|provides|offers|is|are)\s+[a-z]"
                      r"|(?:What|How|Why|Which|In what way)\s+[a-z][^?]{10,}\?)"
                      # "… of estimates. This includes issues such as:": what the item covers
                      r"|(?<=[\w)])\.\s+(?=(?:This|These|It)\s+(?:includes?|covers?|will|aims?|"
                      r"focus\w*)\b)", t)
    if about is not None and about.start() >= 3:
        t = t[:about.start()]
    caps = re.match(r"^(?:[A-Z][A-Z'’&/-]*[:,]?\s+){2,}[A-Z][A-Z'’&/-]*[:,]?(?=\s+[A-Z][a-z]+"
                    r"(?:\s+[a-z]+){3}|\s+[A-Z][a-z]+\s+(?:from|by|of)\s)", t)
    if caps:
        t = caps.group(0)
    # "Welcome – introduction of participants 20 min. A. CRAVIOTO. Chair of SAGE.": the item's
    # duration, then who gives it, its columns flattened (not "Pitches of 3 min each")
    t = re.sub(r"(?<=[\w)])(?<!\bof)(?<!\bin)(?<!\bfor)\s+(?:\d\s?h(?:\s?\d{1,2}\s?min)?|"
               r"\d{1,3}\s?min(?:s|utes)?)\.?(?:\s+[A-Z(].*)?$", "", t)
    # "… - Session 1 FOR INFORMATION", "Coffee/Tea break Break": what the agenda asks of the
    # item, and its kind's column, after the title
    t = re.sub(r"(?<=\S)\s+FOR (?:INFORMATION|DISCUSSION|DECISION|ACTION|NOTING)\b.*$", "", t)
    t = re.sub(r"(?i)\b(break|lunch)\s+\1$", r"\1", t)
    # "1.1 Welcome remarks  Cao Xiaozhong (China)": a table's speaker cell after a wide gap
    t = re.sub(r"(?<=\S)(?<!\bM[rs]\.)(?<!\bMrs\.)(?<!\bDr\.) {2,}[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)"
               r"{1,3}(?: \([^()]{2,40}\))?$", "", t)  # (not "H.E. Ms.  Dina …": her name)
    if len(t) > 110:
        for cut in (re.search(r"\s+(?:--|—)\s+", t),  # "What the science says -- Science …"
                    sentence_after_title(t), re.search(r"\s+-\s+", t),
                    _AFTER_NOTE.search(t, 60) and _AFTER_NOTE.search(t),
                    re.search(r",?\s+(?:featuring|followed by|with the participation of)\s", t),
                    re.search(r"(?<=[a-z0-9])(?<!\bAmb)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)"
                              r"(?<!\bProf)(?<!\bSt)(?<!\bNo)\.\s", t)):
            if cut and cut.start() > 3 and not NUMBERED_PART.fullmatch(t[:cut.start()]) and \
                    t[:cut.start()].split()[-1].lower() not in MONTHS:  # ("March - September")
                t = t[:cut.start()]
                break
    # "Report of the Chair / 60 minutes", "Opening /": a table's last cells, run into the title
    t = re.sub(r"(?:\s*/\s*(?:\d+\s*(?:min|mins|minutes|h|hrs?|hours?)\.?)?)+\s*$", "", t)
    # "Welcoming remarks (4 min): World Health Organization, Mr. X", "Statements (3 min. each)
    # * Mission of Canada": a duration inside the line ends the title; who speaks follows
    inside = re.search(r"\s*\(\s*\d{1,3}\s*(?:min\b\.?|mins\b|minutes?|['’′])(?:\s*each)?\s*\)"
                       r"(?=\s*[:*–—-]?\s*\S)", t, re.IGNORECASE)
    if inside is not None and inside.start() >= 3:
        t = t[:inside.start()]
    # "Keynote address (20 minutes)", "Panel (75')", "Welcome (5 min each)": a duration's note
    t = re.sub(r"\s*\(\s*(?:approx\.?\s*|ca\.?\s*|up to\s*)?\d{1,3}\s*(?:['’′]|min\b\.?|mins\b|"
               r"minutes?|minutos?|h\b|hrs?\b|hours?)(?:\s*(?:each|max\.?|chacun|cada uno))?\s*\)"
               r"\s*$", "", t, flags=re.IGNORECASE)
    t = re.sub(r"[.;,]\s*(?:Co-)?(?:Chair|Chairperson|Moderator|Facilitator|Rapporteur)s?\s*:?\s*$",
               "", t)  # "Session 1 – Primary health care. Chair: Dr. X": the label, its name gone
    t = without_column_heads(t)
    t = re.sub(r"\s+(?:by|par|por)(?:\s+the)?\s*:?\s*$", "", t)  # "Remarks by" / "Mr. X" below
    t = _without_open_bracket(t, 3)  # a note in brackets that a cut above left open
    t = t.strip(" \t;,:.-–|")
    t = re.sub(r"\s+i$", "", t)  # "… with UNSG Ban Ki-moon i": a web page's information icon
    t = re.sub(r"\s*\(@[\w.-]+(?:\s*/\s*@[\w.-]+)*\)", "", t)  # "(@Austin)": a speaker's handle
    if re.fullmatch(r"(?i)(?:schedule|programme|program|agenda|programa|timetable|"
                    r"ordre du jour|orden del día)", t):
        return ""  # the page's heading, not a title
    if re.fullmatch(r"\((?:lunch|coffee|tea|break|pause|déjeuner|almuerzo|receso)[^()]*\)", t,
                    re.IGNORECASE):
        t = t[1:-1]  # "(Lunch Break)": a break, written in brackets
    # "(Plenary)", "(Hybrid)": a note on the time, the title is elsewhere; "Quand:26 septembre
    # 2024, 10h-18h": a form's label; a web page's buttons ("Open Closed", "Add to calendar")
    if re.fullmatch(r"\([^()]*\)|(?i:when|where|quand|où|cu[aá]ndo|d[oó]nde|wann|wo)", t) or \
            WIDGET.fullmatch(t):
        return ""
    if re.fullmatch(r"(?-i:[IVXL]{1,5})(?:\s*(?:&|and|,|-|–)\s*(?-i:[IVXL]{1,5}))*", t):
        return ""  # "I.", "II & III.": an agenda item's number; its subject is below
    stock = STOCK_ITEM.match(t)  # "Lunch Organization for Security …", "COFFEE ITU Elected …"
    t = stock.group(0) if stock and stock.end() < len(t) else t
    if re.fullmatch(r"(?:and|et|y|or|ou|o|to|à|a)?", t, re.IGNORECASE) or \
            not any(c.isalpha() for c in t):
        return ""  # a joining word or a mark left alone ("@" of "Apr 25 @ 17:00") is no title
    return t
