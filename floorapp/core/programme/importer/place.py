"""Where the meeting is held: its venue, and the time zone of the venue's clock."""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path

from floorapp.core.programme.importer.clock import find_ranges
from floorapp.core.programme.importer.lines import DATE_WORDS
from floorapp.core.programme.importer.people import NOT_A_NAME, starts_with_person
from floorapp.core.programme.importer.proposal import Found
from floorapp.core.programme.importer.words import CITIES, WEEKDAY_WORD, WEEKDAYS

_VENUE_LABEL = re.compile(
    r"^[ \t]*(?:[-•*][ \t]+)?(?:venue|place|location|where|lieu|lugar|date and venue|"
    r"date et lieu|fecha y lugar|date/location|date and location|date, time and venue)[ \t]*:"
    r"\s*(?P<v>.+)$", re.IGNORECASE | re.MULTILINE)
_VENUE_HELD = re.compile(
    r"(?:held|take place|took place|taking place|tiendra|celebrará|lieu|déroulera|dérouleront|"
    r"déroulent|déroule)(?:,?\s+(?:on|from|between)\s+[^.;:\n]{3,40}?)?"  # "… from 1 to 2 October"
    r"\s+(?:in|at|au|à|en)\s+(?:the\s+)?"
    r"(?P<v>(?:[A-Z][\w’'()-]*|of|the|and|\d+|,|\s)+?)(?=\s+on\b|\s+from\b|\s*\.|\s+le\b|$)",
    re.MULTILINE)
ROOM = re.compile(
    r"(?P<v>(?:Auditorium|Auditorio)\s+(?:[A-Z][\w-]*\s?){1,3}(?:,\s*(?:Maison de la paix|"
    r"Palais des Nations|[A-Z][\w ]+?))?(?=[,.\n]|$)"
    r"|(?:Conference Room|Room|Salle|Sala)[ \t]+"
    # "Salle de conférence 4", "Sala de Conferencias 2", "Salle des Assemblées"
    r"(?:(?:de(?:[ \t]+la)?|des|del)[ \t]+[\w-]+(?:[ \t]+(?:\d+|[IVXL]+\b))?|[\w-]+)"
    r"(?:[ \t]*\([A-Z]+\))?"
    r"(?:,\s*(?:UN Headquarters|United Nations Headquarters|Palais des Nations|"
    r"[A-Z][\w '’]+?(?=[,.;)\n]|$))"
    r")*(?:,\s*(?:New York|Geneva|Genève|Nairobi|Vienna))?"
    r"|(?:Trusteeship Council|Economic and Social Council|ECOSOC|Security Council|General "
    r"Assembly) (?:Chamber|Hall)(?:,\s*[A-Z][\w ]+)?)")


#: A line that names a place and nothing else: "Centro Cultural de Belem", "Sala Celso
#: Furtado", or after the date, "22 September 2010 Hotel Intercontinental, Geneva".
_PLACE_LINE = re.compile(
    r"^[ \t]*(?:" + DATE_WORDS.pattern + r")?[ \t]*(?P<v>(?:Hotel|Hôtel|Centro|Centre|Center|"
    r"Palais|Palacio|Palazzo|Sala|Salle|Sede|Siège|Lycée|Maison|Casa|Auditorium|Auditorio|"
    r"Conference "
    r"Cent(?:re|er)|International Conference Cent(?:re|er)|Headquarters|United Nations "
    r"(?:Headquarters|Secretariat|Conference Cent(?:re|er)))\b[^\n\d:;]{2,70}?)[ \t.]*$",
    re.IGNORECASE | re.MULTILINE)
#: A heading's "MONTREAL, CANADA, 23-27 APRIL 2012": the city and country before the dates.
_PLACE_BEFORE_DATES = re.compile(
    r"(?:^|(?<=\)\s))[ \t]*\(?(?P<v>(?:[A-Z][\w'’.-]+\s?){1,3},\s*(?:(?:Republic|Kingdom|"
    r"State|United)\s+of\s+(?:the\s+)?)?(?:[A-Z][\w'’.-]+\s?){1,3}),\s*(?=\d{1,2}\s*(?:[-–]|"
    r"to|and)\s*\d{1,2}\s+[A-Za-z]|[A-Za-z]+\s+\d{1,2}\s*(?:[-–]|to|and)\s*\d)",
    re.MULTILINE)


#: A heading's "Niamey, 12 mars 2019", "Geneva, 5-6 June 2024": a city alone before a date,
#: on a line of its own near the top.
#: A building's postal address: "Charlemagne Building, Rue de la Loi/ Wetstraat 170, 1040 Brussels".
_ADDRESS = re.compile(r"(?P<v>(?:[A-ZÀ-Ý][\w'’.-]*[ \t]+){0,3}(?:Building|Centre|Center|House|"
                      r"Palais|Palace|Hotel|Hôtel)\b[^\n.;:]{0,60}?,[ \t]*(?!(?:19|20)\d\d\b)"
                      r"\d{4,5}[ \t]+[A-ZÀ-Ý][\w'’-]+)")
_CITY_BEFORE_DATE = re.compile(
    r"^[ \t]*(?P<v>(?:[A-ZÀ-Ý][\w'’.-]+\s?){1,3}),\s*(?=(?:\d{1,2}(?:er)?\s*(?:[-–]\s*\d{1,2}\s*)?"
    r"(?:de\s+)?[A-Za-zéû]+\.?,?\s+(?:de\s+)?\d{4}|[A-Za-z]+\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?,?\s+"
    r"\d{4})[ \t.]*$)", re.MULTILINE)


#: A title that names only a place: "Salão Nobre", "Hémicycle", "38th Floor", "AUC HQ",
#: "Umeme Stage", "International Conference Centre of Geneva" (a room's column, likely).
_PLACE_ONLY = re.compile(
    r"(?:(?:Salão|Salón|Salle|Sala|Jardín|Auditorio)\s+\S+(?:\s+\S+){0,3}|Hémicycle|Hemicycle"
    r"|(?:(?:[A-ZÀ-Ý0-9][\w'’.-]*|de|del|la|of|the|du|des)\s+){0,5}(?:Stage|Floor|Hall|HQ|"
    r"Headquarters|Foyer|Lobby|Terrace|Garden|Ballroom|Auditorium|Pavilion|Centre|Center)"
    r"(?:\s+(?:of|de)\s+[A-Z][\w'’-]+)?)")
_NO_PLACE = re.compile(r"(?i)\b(?:launch|departure|visit|tour|doors|arrival|welcome|start|"
                       r"inauguration|registration|opening|closing|session|meeting|press|"
                       r"preparatory|ministerial|technical|high-level)\b")


def reads_as_place(title: str) -> bool:
    """Whether a segment's title names a place and nothing done there."""
    return _PLACE_ONLY.fullmatch(title.strip(" .")) is not None and not _NO_PLACE.search(title)

#: "[Terceira Island](https://exploreterceira.com)": a Markdown link, read as its words.
_MARKDOWN_LINK = re.compile(r"\[(?P<t>[^\]\n]+)\]\([^)\s]*(?:\)|$)")  # (its ")" on the next line)


def find_venue(text: str) -> Found[str]:
    """Where the meeting is held: a "Venue:" line, "held in/at …", or a room named."""
    m = _VENUE_LABEL.search(text)
    if m:
        # (in a flattened line, up to the next label or time: "AfDB Office Programme: 09:00 …")
        v = re.split(r"(?<![,;])\s+(?=[A-Z][a-z]+(?: [a-z]+){0,2}:\s|\d{1,2}[:.h]\d\d\b)"
                     r"|\.\s+(?=[A-Z][a-z]+\s+[a-z]+\s+[a-z])",  # "…, Geneva. Please report to …"
                     _MARKDOWN_LINK.sub(r"\g<t>", m.group("v").strip()))[0]
        parts = [p.strip() for p in re.split(r"[,;]", v)]
        kept = [p for p in parts
                if not (DATE_WORDS.search(p) or re.search(r"\d\s*(?:a\.?m|p\.?m|h)", p, re.I)
                        or find_ranges(p) or WEEKDAY_WORD.fullmatch(p))]  # "Tuesday, 1 March"
        v = ", ".join(kept) if kept else v
        others = {o.group("v").strip().rstrip(".").lower() for o in _VENUE_LABEL.finditer(text)}
        return Found(v.strip(" |").rstrip("."), m.span("v"),  # events' cards, each with
                     "several places named: the first was taken"  # its own place
                     if len(others) > 1 else "")
    tiers = ((_VENUE_HELD, r"(?i)room|chamber|hall|salle|sala"), (_PLACE_LINE, r"."),
             (_PLACE_BEFORE_DATES, r"."), (_ADDRESS, r"."), (ROOM, r"."), (_CITY_BEFORE_DATE, r"."),
             (_VENUE_HELD, r"(?i)headquarters|palais|centre|center|palexpo|building|house"))
    for pattern, needed in tiers:
        for m in pattern.finditer(text):
            v = m.group("v").strip(" ,|")
            if len(v) < 4 or not re.search(needed, v) or (
                    pattern is _CITY_BEFORE_DATE and (m.start() > 1500 or DATE_WORDS.match(v) or
                                                     WEEKDAY_WORD.search(v))):
                continue
            return Found(_in_its_seat(v, text), m.span("v"), "" if pattern is _VENUE_HELD else
                         "a place named in the text")
    return _city_named(text) or Found("", (0, 0), "no venue found")


#: "in Manado, Indonesia on …", "Arona, Italy: 6-8 June, 2011": a town, then its country.
_TOWN_THEN_COUNTRY = re.compile(r"(?m)(?:^[ \t]*|\b(?:in|at|en|à)\s+|[–—-]\s+)"
                                r"(?P<c>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,}(?:[ \t][A-ZÀ-Ý][a-zà-ÿ'’-]+)?),"
                                r"[ \t]*(?P<k>[A-Z][A-Za-zà-ÿ'’ .-]{2,30}?)"
                                r"(?=[ \t]*(?:[,(\n]|$|\d)|[.;]|:[ \t]*\d|\s+(?:on|from|in|at|"
                                r"during|have|has|will|was|were|is)\b)")


def _city_named(text: str, head: int = 800) -> Found[str] | None:
    """The first city the text's head names where a meeting's place is written ("Hiroshima,
    Japan, 28 February", "held in Vientiane", "1040 Brussels"), with its country after a
    comma; not a city in a line that names a speaker."""
    low = _people_lines_blanked(text[:head]).lower()
    best: tuple[int, int] | None = None
    for city in CITIES:
        if city not in low:
            continue
        for m in re.finditer(r"(?:^[ \t]*|\b(?:in|at|en|à|au)\s+|[,–-]\s*|\b\d{4,5}\s+)(" +
                             re.escape(city) + r")\b(?=[ \t]*(?:,|$|\(|\d|[-–])|\s+on\s+\d)", low,
                             re.MULTILINE):  # its country, a date, the line's end after it
            if best is None or m.start(1) < best[0]:
                best = (m.start(1), m.end(1))
            break
    if best is None:  # "… Symposium – Toulouse, France, July 2018": a town before its country
        town = next((m for m in _TOWN_THEN_COUNTRY.finditer(text[:head]) if m.group("k").lower()
                     in countries() and not starts_with_person(m.group("c")) and
                     not NOT_A_NAME.search(m.group("c"))), None)
        return None if town is None else Found(town.group(0)[town.start("c") - town.start():],
                                               town.span("c")[:1] + town.span("k")[1:],
                                               "a place named in the text")
    if not text[best[0]].isupper():
        return None
    word = (r"(?!(?i:day|week|programme|program|agenda|session|meeting|draft|" + "|".join(WEEKDAYS)
            + r")\b)(?:[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý]?[a-zà-ÿ'’]+)*|[A-Z]{2,4}|(?:[A-Z]\.){2,3})")
    country = re.match(r",[ \t]*(" + word + r"(?:[ \t]+(?:" + word + r"|of|the)){0,3})"
                       r"(?=[ \t.]*(?:[,\n(]|$|\d))", text[best[1]:])
    end = best[1] + (country.end(1) if country else 0 if text[best[0]:best[1]].lower() in
                     countries() else _known_country(text[best[1]:best[1] + 60]))  # "Mexico, …"
    start = _seat_before(text, best[0])
    return Found(text[start:end].strip(), (start, end), "a place named in the text")


def _known_country(after: str) -> int:
    """How far the country after a city's comma runs when the zone database names it, whatever
    follows ("Athens, Greece Venue to be confirmed", "Abidjan, Côte d’Ivoire"); 0 otherwise."""
    m = re.match(r",[ \t]*([^,\n(;.]+)", after)
    words = m.group(1).split() if m else []
    n = next((n for n in range(min(len(words), 4), 0, -1)
              if " ".join(words[:n]).lower().replace(" and ", " & ") in countries()), 0)
    return after.find(words[n - 1], m.start(1)) + len(words[n - 1]) if m and n else 0


#: The building or grounds named before a city on its line: "Park of Porta Capena, Rome",
#: "(Hofburg Congress Centre, Vienna)", "… at the Intare Conference Arena in Kigali, Rwanda".
_SEAT_BEFORE = re.compile(r"(?m)(?:^|\(|\bat[ \t]+(?:the[ \t]+)?)(?P<s>(?:[A-ZÀ-Ý][\w'’.-]*[ \t]+"
                          r"(?:(?:of|de|des|du|the|and|&)[ \t]+)?){0,5}(?:[A-ZÀ-Ý][\w'’.-]*)"
                          r"(?:,[ \t]*(?:[A-ZÀ-Ý][\w'’.-]*[ \t]*){1,4})?)"
                          r"(?:,[ \t]*|[ \t]+in[ \t]+)$")
_SEAT_WORD = re.compile(r"\b(?:Centre|Center|Park|Palais|Palace|Hall|Headquarters|Hotel|Building|"
                        r"House|Campus|University|Arena|Auditorium|Congress|Museum|Library|"
                        r"Pavilion|Plaza|Garden|Castle|Villa|Chamber|Forum|Stadium)\b")


def _seat_before(text: str, city_at: int) -> int:
    """Where the venue starts when its building is named before its city on the same line."""
    line_start = text.rfind("\n", 0, city_at) + 1
    m = _SEAT_BEFORE.search(text, line_start, city_at)
    return m.start("s") if m is not None and _SEAT_WORD.search(m.group("s")) and \
        len(m.group("s")) <= 70 and not DATE_WORDS.search(m.group("s")) else city_at


#: A room named alone: "Room XXI", "Conference Room 3", "Trusteeship Council Chamber".
_ROOM_ALONE = re.compile(r"(?i)(?:conference\s+)?(?:room|salle|sala)(?:\s+de\s+conf\w*)?\s+"
                         r"[\w.-]{1,6}(?:\s*\([A-Z]+\))?|[\w ]{3,40}\s+(?:chamber|hall)")


def _in_its_seat(venue: str, text: str) -> str:
    """ "Room XXI" alone, in a text that names the Palais des Nations elsewhere: "Palais des
    Nations, Room XXI", as the room display and the record need it."""
    if not _ROOM_ALONE.fullmatch(venue.strip()):
        return venue
    seats = [m.group(0) for pattern, _ in _SEATS for m in pattern.finditer(
        _people_lines_blanked(text)) if re.search(r"[A-Z]", m.group(0)[:1])]
    return f"{seats[0]}, {venue}" if len({s.lower() for s in seats}) == 1 else venue


#: A clock's zone written beside the times ("6:00 – 7:30 PM (ET)"), and the place each
#: stands for; CET is read as Geneva's (Vienna's and Paris's clocks are the same).
_ZONE_ABBREVIATIONS = {"ET": "America/New_York", "EST": "America/New_York",
                       "EDT": "America/New_York", "CET": "Europe/Zurich",
                       "CEST": "Europe/Zurich", "EAT": "Africa/Nairobi", "BST": "Europe/London",
                       "JST": "Asia/Tokyo", "ICT": "Asia/Bangkok", "WAT": "Africa/Lagos",
                       "CAT": "Africa/Harare", "AEST": "Australia/Sydney",
                       "AEDT": "Australia/Sydney", "PST": "America/Los_Angeles",
                       "PDT": "America/Los_Angeles",
                       "MST": "America/Denver", "MDT": "America/Denver",
                       "CST": "America/Chicago", "CDT": "America/Chicago",
                       "HST": "Pacific/Honolulu",
                       "EET": "Europe/Athens", "EEST": "Europe/Athens",
                       "SAST": "Africa/Johannesburg", "MSK": "Europe/Moscow",
                       "SGT": "Asia/Singapore", "HKT": "Asia/Hong_Kong", "KST": "Asia/Seoul",
                       "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland",
                       # "IST": India's in the UN's programmes (Israel's and Ireland's are rarer)
                       "IST": "Asia/Kolkata", "PKT": "Asia/Karachi", "GST": "Asia/Dubai",
                       "WIB": "Asia/Jakarta"}
_ZONE_BESIDE_TIME = re.compile(r"\d\s*(?:[ap]\.?\s?m\.?)?\s*(?:\.\s)?\(?(?P<z>" +  # ("1150. EST")
                               "|".join(sorted(_ZONE_ABBREVIATIONS, key=len, reverse=True)) +
                               r")\b\)?", re.IGNORECASE)
#: A zone's abbreviation in brackets of its own anywhere in the text's head: "(CET)".
_ZONE_IN_BRACKETS = re.compile(r"\((?P<z>" + "|".join(sorted(_ZONE_ABBREVIATIONS, key=len,
                                                              reverse=True)) + r")\)")
#: Universal time written after a start ("07:30 UTC", "1400-1410GMT", "12:00–14:30 (GMT)"),
#: not an offset ("UTC+3"), not a feed's stamp with seconds ("12:00:00 GMT").
_UTC_BESIDE_TIME = re.compile(r"(?<![\d:])\d{1,2}[:.h]?\d{2}(?P<s>:\d\d)?\s*\(?(?P<z>UTC|GMT)\b"
                              r"(?!\s*[+\-\u2212\u00b1]\s*\d)")
#: A zone told in a sentence: "Please note all times are in BST", "Times shown in CET".
_ZONE_TOLD = re.compile(r"(?i)\btimes\b[^.\n]{0,25}?\b(?P<z>" + "|".join(
    sorted(_ZONE_ABBREVIATIONS, key=len, reverse=True)) + r")\b")
#: The seats of the UN named without their city.
_SEATS = ((re.compile(r"(?i)\b(?:UN(?:ited Nations)?\s*(?:HQ|Headquarters)|UNHQ|North Lawn)\b"),
           "America/New_York"),
          (re.compile(r"(?i)\bPalais des Nations\b"), "Europe/Zurich"),
          (re.compile(r"(?i)\bVienna International Centre\b"), "Europe/Vienna"),
          (re.compile(r"(?i)\b(?:UNON|Gigiri)\b"), "Africa/Nairobi"),
          # the seats of the agencies, named without their city
          (re.compile(r"(?i)\bUNESCO\s+(?:HQ|Headquarters|House)\b|\b(?:Fontenoy|Miollis)\b|"
                      r"\bOECD Conference Centre\b|\bChâteau de la Muette\b"), "Europe/Paris"),
          (re.compile(r"(?i)\b(?:FAO|IFAD|WFP)\s+(?:HQ|Headquarters)\b"), "Europe/Rome"),
          (re.compile(r"(?i)\b(?:WHO|ILO|WMO|ITU|WIPO|WTO|UNHCR|IOM)\s+(?:HQ|Headquarters)\b|"
                      r"\bCentre William Rappard\b"), "Europe/Zurich"),
          (re.compile(r"(?i)\b(?:IAEA|UNIDO|UNODC|CTBTO|OSCE)\s+(?:HQ|Headquarters)\b"),
           "Europe/Vienna"),
          (re.compile(r"(?i)\bIMO\s+(?:HQ|Headquarters)\b"), "Europe/London"),
          (re.compile(r"(?i)\bUN Campus\b"), "Europe/Berlin"),
          (re.compile(r"(?i)\bPalais de l['’]Europe\b|\bAgora Building\b"), "Europe/Paris"))


#: A zone written in words or as an offset from UTC beside the times: "Eastern European
#: Time", "UTC+2", "GMT+3", "(UTC −5)".
_ZONE_IN_WORDS = re.compile(r"\b(?P<region>Eastern|Central|Western) European(?:(?: Summer)? "
                            r"Time\b|(?=\s+UTC))"
                            r"|\b(?:UTC|GMT)\s?(?P<sign>[+−-])\s?(?P<h>\d{1,2})(?::?00)?\b")


def _zone_in_words(m: re.Match[str]) -> str:
    """The IANA zone for a zone written in words, or a fixed offset ("Etc/GMT-2" is UTC+2)."""
    region = m.group("region")
    if region:
        return {"Eastern": "Europe/Athens", "Central": "Europe/Zurich",
                "Western": "Europe/Lisbon"}[region]
    hours = int(m.group("h"))
    sign = "-" if m.group("sign") == "+" else "+"  # the Etc zones count the other way
    return f"Etc/GMT{sign}{hours}" if 0 < hours <= 12 else "UTC"


@functools.cache
def _zone_tables() -> tuple[str, str]:
    """The zone database's tables of countries and of zones (tzdata's, else the system's);
    empty when neither is there."""
    try:
        base = resources.files("tzdata").joinpath("zoneinfo")
        names, zones = (base.joinpath(f).read_text("utf-8") for f in ("iso3166.tab", "zone.tab"))
    except (ModuleNotFoundError, OSError):
        try:
            names, zones = (Path("/usr/share/zoneinfo", f).read_text("utf-8")
                            for f in ("iso3166.tab", "zone.tab"))
        except OSError:
            return "", ""
    return names, zones


@functools.cache
def countries() -> frozenset[str]:
    """Every country's name as the zone database writes it, in lower case ("france")."""
    return frozenset(line.partition("\t")[2].strip().lower()
                     for line in _zone_tables()[0].splitlines() if not line.startswith("#"))


@functools.cache
def _one_zone_countries() -> dict[str, str]:
    """The countries of a single time zone, by their name in lower case ("kenya":
    "Africa/Nairobi"), read once from the zone database's tables."""
    names, zones = _zone_tables()
    by_code: dict[str, list[str]] = {}
    main: dict[str, str] = {}  # "Pacific/Auckland  most of New Zealand"
    for line in zones.splitlines():
        cells = line.split("\t")
        if len(cells) >= 3 and not line.startswith("#"):
            by_code.setdefault(cells[0], []).append(cells[2])
            if len(cells) > 3 and re.match(r"most of\b|.*\(mainland\)", cells[3]):
                main[cells[0]] = cells[2]
    return {name.strip().lower(): main.get(code) or by_code[code][0] for code, _, name in
            (line.partition("\t") for line in names.splitlines() if not line.startswith("#"))
            if len(by_code.get(code, [])) == 1 or code in main}


def _country_zone(venue: str) -> tuple[str, str] | None:
    """The country a venue ends with, when it has one time zone, and that zone."""
    for part in reversed(venue.lower().split(",")[1:]):
        name = part.strip(" .")
        zone = _one_zone_countries().get(name)
        if zone is not None:
            return name, zone
    return None


def _people_lines_blanked(text: str) -> str:
    """The text with the lines that name people blanked (offsets kept): "Vice Minister …,
    Panama" says where a speaker is from, not where the meeting is."""
    return "\n".join(" " * len(line) if starts_with_person(line.lstrip(" -•*\t")) else line
                     for line in text.split("\n"))


def _universal_time(head: str) -> re.Match[str] | None:
    """The first start written in universal time, not an aside in brackets after a local
    time ("11.00 South Africa (09:00 GMT)", "Shanghai time (0630 UTC)")."""
    for m in _UTC_BESIDE_TIME.finditer(head):
        before = head[head.rfind("\n", 0, m.start()) + 1:m.start()]
        if m.group("s") is None and before.rfind("(") <= before.rfind(")"):
            return m
    return None


#: Cities whose names are given names too ("Florence, Palazzo Vecchio"; not "Florence Ndiaye"):
#: for the clock only, where a place is written, never in the checks on people's names.
_CLOCK_CITIES = {"florence": "Europe/Rome", "firenze": "Europe/Rome", "milan": "Europe/Rome",
                 "milano": "Europe/Rome", "turin": "Europe/Rome", "venice": "Europe/Rome"}


def find_timezone(text: str, venue: Found[str]) -> Found[str]:
    """The venue's IANA time zone: from the city named in the venue, a zone written beside
    the times ("(ET)"), a UN seat named without its city, or a city in the text (not one in
    a line that names a speaker)."""
    low_venue = venue.value.lower()
    for city, zone in CITIES.items():
        i = low_venue.find(city)
        if i >= 0 and re.search(r"\b" + re.escape(city) + r"\b", low_venue):
            return Found(zone, (venue.span[0] + i, venue.span[0] + i + len(city)))
    head = text[:4000]
    written = _ZONE_BESIDE_TIME.search(head)
    universal = _universal_time(head)
    if universal is not None and (written is None or universal.start() < written.start()):
        return Found("UTC", universal.span("z"),
                     f"from \u201c{universal.group('z')}\u201d in the text")
    if written is not None and written.group("z").isupper():
        return Found(_ZONE_ABBREVIATIONS[written.group("z")], written.span("z"),
                     f"from \u201c{written.group('z')}\u201d in the text")
    bracketed = _ZONE_IN_BRACKETS.search(head) or next(
        (m for m in _ZONE_TOLD.finditer(head) if m.group("z").isupper()), None)
    if bracketed is not None:  # "online on the afternoons (CET) of 27 and 28 April"
        return Found(_ZONE_ABBREVIATIONS[bracketed.group("z")], bracketed.span("z"),
                     f"from \u201c{bracketed.group('z')}\u201d in the text")
    country = _country_zone(venue.value)
    if country is not None:  # "Hamilton, New Zealand": a country of one time zone
        i = max(0, low_venue.find(country[0]))
        return Found(country[1], (venue.span[0] + i, venue.span[0] + i + len(country[0])),
                     f"from \u201c{venue.value[i:i + len(country[0])]}\u201d in the text")
    offset = _ZONE_IN_WORDS.search(head)
    if offset is not None:  # "Time (Eastern European UTC+2)", "14:00 (UTC+3)"
        return Found(_zone_in_words(offset), offset.span(),
                     f"from \u201c{offset.group(0).strip()}\u201d in the text")
    for seat, zone in _SEATS:
        m = seat.search(head)
        if m is not None:
            return Found(zone, m.span(), f"from \u201c{m.group(0)}\u201d in the text")
    low = _people_lines_blanked(head).lower()
    for city, zone in (CITIES | _CLOCK_CITIES).items():
        if city not in low:
            continue  # most cities are not named: no pattern to search for them
        found = re.search(r"(?:^|\b(?:in|at|en|à|au)\s+|[,–-]\s*|\b\d{4,5}\s+)" +
                          re.escape(city) + r"\b", low, re.MULTILINE)  # "1040 Brussels"
        i = low.find(city, found.start()) if found else -1
        if i >= 0:
            return Found(zone, (i, i + len(city)), f"from \u201c{city}\u201d in the text")
    return Found("America/New_York", (0, 0), "no city found: New York assumed")
