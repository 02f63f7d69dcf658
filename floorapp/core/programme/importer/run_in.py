"""What runs into an item's title. Names: after it with no mark ("GASP and Safety Roadmap Paul
Lamy, Deputy Director"; "1. Welcome Nik Lopoukhine" when the first word is a given name), after a
mark ("…: Philippe Jeanneret, Swiss television"), glued to its last word ("BycatchVolker
Dierschke, Gavia EcoResearch"), or an office before the name. And what is no name: a description
or a room glued to the title, what the item is for, its notes and duration, are in ``run_on``."""

from __future__ import annotations

import re

from floorapp.core.programme.importer.given import NAME_PARTICLE, is_given_name, names_only
from floorapp.core.programme.importer.people import (
    GUESSED_SPEAKER,
    NOT_A_NAME,
    OPEN_END,
    ORGANISATION,
    PARTICLES,
    ROLE_WORDS,
    person,
    without_body,
)
from floorapp.core.programme.importer.presenters import name_after_capitals, presenter_inside
from floorapp.core.programme.importer.proposal import ProposedPerson
from floorapp.core.programme.importer.words import CITIES

#: Who gives an item, named after its title with no honorific: "Welcome by Jose Ignacio Garcia,
#: Director of JRS Europe", "Opening remarks – Amina Mohammed, Deputy Secretary-General",
#: "Keynote address: Jeffrey Sachs, Columbia University", "Panel, moderated by Femi Oke".
NAMED_AFTER = re.compile(
    r"(?<=[\w?!.])(?:\s+(?P<by>by|par|por)|,?\s+(?P<verb>(?:(?i:moderated|chaired|hosted|presented|"
    r"facilitated|introduced|delivered|led))\s+by|animée? par|moderad[oa] por|presidid[oa] por)"
    r"|\s+[–—-]|\s*:)\s+(?P<p>(?:(?:[A-ZÀ-Ý][\w'’-]+|[A-Z]\.|" + NAME_PARTICLE + r")\s+){1,3}"
    r"[A-ZÀ-Ý][\w'’-]+"
    r"(?:\s+(?:and|&)\s+(?:[A-ZÀ-Ý][\w'’-]+\s+){1,2}[A-ZÀ-Ý][\w'’-]+(?=,))?"
    r"(?:\s*\([^()]{2,80}\))?(?:,\s*[^,]{3,120}.*)?)$")  # "…, moderated by Tom Lee (UNICEF)"

#: An honorific a name can open with (as a title's last word, its name's: "Welcome Mr. X").
_HONORIFIC = r"(?:Mr|Mrs|Ms|Dr|Prof|Mme|Sr|Sra)\.?"

#: A title, then a name with no honorific and no mark between them, then its role or body:
#: "GASP and Safety Roadmap Paul Lamy, Deputy Director, ANB, ICAO".
_NAME_RUN_IN = re.compile(r"(?<=[\w)])\s+(?P<name>(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+|(?:[A-Z]\.){1,3}\s?)"
                          r"[A-ZÀ-Ý][a-zà-ÿ'’-]+),"
                          r"\s*(?P<role>\S.{1,200})$")


#: Words before a role that are no role themselves: "former Special Rapporteur".
_ROLE_QUALIFIERS = re.compile(r"(?i)^(?:(?:former|acting|interim|special|senior|regional|"
                              r"national|general)\s+)+")


#: The same after a mark: "… a TV forecaster's eyes: Philippe Jeanneret, Swiss television
#: weather presenter", "Welcome and Morning Call to Action!Juan Pablo Celis Garcia, UNA-NY".
_NAME_AFTER_MARK = re.compile(r"(?<=[\w)?!’”])(?::\s+|!\s*|\s+[–—-]\s*)"
                              r"(?P<name>(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+){1,3}[A-ZÀ-Ý][a-zà-ÿ'’-]+)(?:,|\s+\||\s+(?=\(\S))\s*(?P<role>\S.{1,200})$")
_MORE_ROLES = re.compile(r"(?i)\b(?:presenter|moderator|host|speaker|artist|author|writer|"
                         r"scientist|economist|student|youth|delegate|founder|leader|nations|ministry|"
                         r"mission|association|secretariat|government|embassy|society)\b")


#: A title left open at its end for a run-in name: as ``OPEN_END``, or a French or Spanish
#: preposition, or a room's word ("… Salle", "… Room").
_OPEN_MORE = re.compile(r"(?i)\b(?:avec|con|par|por|room|salle|sala|hall)\s*$")


def _open(text: str) -> bool:
    return OPEN_END.search(text) is not None or _OPEN_MORE.search(text) is not None


def name_run_into_title(title: str, offset: int) -> tuple[str, ProposedPerson] | None:
    """The title and the person when a name runs into it with its role after a comma ("AFI
    Plan of Action Haile Belai, Chief, …", "Introduction of COSCAPs Len Cormier, CTA, …");
    None when what follows the comma is no role or body, or the title would be one word."""
    m = _NAME_RUN_IN.search(title)
    after = _NAME_AFTER_MARK.search(title)
    marked = after is not None and not ORGANISATION.search(after.group("name")) and \
        not NOT_A_NAME.search(after.group("name")) and bool(
            _MORE_ROLES.search(after.group("role")[:80]) or ROLE_WORDS.search(
                after.group("role")[:80]) or ORGANISATION.search(after.group("role")[:80]))
    m = after if marked else m
    if m is None or len(title[:m.start()].split()) < 2 or NOT_A_NAME.search(m.group("name")) \
            or ROLE_WORDS.search(m.group("name")) \
            or re.match(r"\s*" + _HONORIFIC + r"\s", title) \
            or _open(title[:m.start()]) or not (
                marked or ROLE_WORDS.match(_ROLE_QUALIFIERS.sub("", m.group("role")))
                or re.match(r"[A-Z]{2,}\b", m.group("role"))):
        return None
    found = person(f"{m.group('name')}, {m.group('role')}", offset + m.start("name"), "speaker")
    if found is None:
        return None
    found.name.doubt = GUESSED_SPEAKER
    return title[:m.start()], found


#: A name glued to the title before it, as a page's two elements run together: "BycatchVolker
#: Dierschke, Gavia EcoResearch", "Closing wordsOttilia Thoreson".
_NAME_GLUED = re.compile(r"(?:(?<=[a-zà-ÿ)])|(?<=[A-Z]{2}))"
                         r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ]{2}[a-zà-ÿ'’-]*(?:\s+(?:"
                         + "|".join(sorted(PARTICLES)) + r"))*\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+"
                         r"(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)?)(?P<role>\s*,\s*\S.{1,200}|"
                         r"\s*\([^()]{2,120}\))?\s*$")  # "… MissionHenri Laur (Envisat, ESA)"


def name_glued_to_title(title: str, offset: int) -> tuple[str, ProposedPerson] | None:
    """The title and the person when a name is glued to the title's last word, with its role
    after a comma or alone at the end; None when the glued words are no name, or the title one
    word run into words with no given name ("GloLitter Partnerships", "JuliaGeo Updates")."""
    m = _NAME_GLUED.search(title)
    if m is None or not re.search(r"[a-zà-ÿ]{2}$|[A-Z]{2}$", title[:m.start()]) or \
            re.fullmatch(r"\W*\w+", title[:m.start()]) and \
            not is_given_name(m.group("name").split()[0]) or \
            NOT_A_NAME.search(m.group("name")) or ORGANISATION.search(m.group("name")) or \
            m.group("name").split()[0].lower() in CITIES or _NOT_FAMILY.search(m.group("name")):
        return None
    found = person(m.group(0), offset + m.start("name"), "speaker")
    if found is None:
        return None
    found.name.doubt = GUESSED_SPEAKER
    return title[:m.start()], found


def office_before_name(title: str) -> str:
    """ "Opening Remarks: PAHO Assistant Director, ": the title without the office of the
    person named after it; the title itself when what follows its colon is no office."""
    m = re.match(r"(?P<t>[^:]{4,80}):\s+(?P<o>[^:,]{3,60}),\s*$", title)
    return m.group("t") if m is not None and ROLE_WORDS.search(m.group("o")) else title


_WORD = re.compile(r"[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’]+(?:-[A-ZÀ-Ý][a-zà-ÿā-ž'’]+)?")  # "Štys", "Łukasz"
#: What ends a place or an event's name, not a person's: "Victoria Falls", "Mandela Room".
_NOT_FAMILY = re.compile(r"(?i)(?:room|hall|salle|sala|building|house|street|avenue|square|park|"
                         r"hotel|falls|island|bay|prize|award|lecture|day|declaration|convention|"
                         r"protocol|agreement|framework|report|plan|act|library|museum|theatre|"
                         r"auditorium|tower|plaza|lake|river|mountains?|setup|updates?|"
                         r"presentations?|partnerships?|sessions?)$")  # ("MarketPlace Setup")


#: A quoted title, then a name and the speaker's body: '"The new SI" Joern Stenger PTB (Germany)'.
_AFTER_QUOTE = re.compile(r'^[^"“”]*["“][^"“”]{8,}(?P<q>["”])\s+(?P<n>(?P<g>[A-ZÀ-Ý][a-zà-ÿ\'’-]+)'
                          r"\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)(?P<r>\s.*)?$")
#: A title of one word that can stand before a speaker's name: "Welcome Lesley Wentworth".
_ONE_WORD_ITEM = re.compile(r"(?i)\b(?:welcome|keynote|opening|closing|introduction|remarks|"
                            r"presentation|address|statement|moderator|conclusions?)\W*$")
#: "Opening session with OECD Secretary-General Mathias Cormann": the name is the title's.
_WITH_SOMEONE = re.compile(r"(?i)\b(?:with|avec|con|mit|featuring|(?:arrival|visit|departure) of|"
                           r"tribute to|call on)\b(?:\s+\S+){0,3}\s*$")  # ("Arrival of Minister X")


_HONORIFIC_LAST = re.compile(r"(?<=\s)(?P<h>" + _HONORIFIC + r")\s*$")


def _initials_of(name: str, body: str) -> bool:
    """ "Earth Observations (GEO)": the bracket spells out the words, it names no body."""
    letters = iter(body)
    return body.isupper() and all(w[0] in letters for w in name.split())


#: A role after a dash that ends the line: "Welcome Dalibor Štys - Director of Research, Ministry
#: of Education", "Presentation on GMES Thomas Beer - GMES Space Office, Directorate of …".
_DASHED_ROLE = re.compile(r"\s+[–—-]\s+(?P<r>[^–—]*\b(?:Director\w*|Head|Manager|Chief|Officer|"
                          r"President|Chair\w*|Minister\w*|Secretary|Coordinator|Leader|Advis[oe]r|"
                          r"Professor|Expert|Specialist|Representative|Office|Division|"
                          r"Department)\b[^–—]*)$")


def name_after_title(title: str, offset: int) -> tuple[str, ProposedPerson] | None:
    """The title and the person when the title ends in a name whose first word is a given
    name, after no mark or a dash, with its body in brackets or none: "1. Welcome Nik
    Lopoukhine", "Welcome and introduction - Ernesto Enkerlin", "An Introduction to the
    Copernicus Programme Philippe Brunet (EC-DG GROW)"; None otherwise."""
    quoted = _AFTER_QUOTE.search(title)
    if quoted is not None and is_given_name(quoted.group("g")) and \
            not NOT_A_NAME.search(quoted.group("n")) and not ORGANISATION.search(quoted.group("n")):
        role = (quoted.group("r") or "").strip()
        found = person(f"{quoted.group('n')}, {role}" if role else quoted.group("n"),
                       offset + quoted.start("n"), "speaker")
        if found is not None:  # 'Keynote 1: "ICARUS" Walter Naumann Max-Planck-Institut'
            found.name.doubt = GUESSED_SPEAKER
            return title[:quoted.end("q")], found
    body = re.search(r"\s*\((?P<b>[^()]{2,80})\)\s*$", title)
    role = _DASHED_ROLE.search(title) if body is None else None  # "… Thomas Beer - Head of …"
    head = title[:body.start()] if body else title[:role.start()] if role else \
        title.rstrip().rstrip(",")  # ("… – Lisa Waddel," / "PHAC": her body on the next line)
    words = list(re.finditer(r"\S+", head))
    for n in (3, 2):
        if len(words) <= n:
            continue
        name = words[-n:]
        given, family = name[0].group(), name[-1].group()
        middle_ok = n == 2 or _WORD.fullmatch(name[1].group()) or \
            name[1].group() in PARTICLES or re.fullmatch(r"[A-Z]\.", name[1].group())
        if not (is_given_name(given) and middle_ok and _WORD.fullmatch(family)):
            continue
        at = name[0].start()
        honorific = _HONORIFIC_LAST.search(head[:at])  # "Welcome Mr. Rodney Taylor": his
        at = honorific.start("h") if honorific is not None else at
        text, before = head[at:], head[:at].rstrip(" –—-,")
        if head[:at].rstrip().endswith(",") and len(before.split()) > 1 and \
                is_given_name(before.split()[-2]):
            return None  # ("Model Evaluation Michael Prather, Frank Dentener": names listed)
        if len(re.findall(r"[^\W\d_]{2,}", before)) < 2 and not _ONE_WORD_ITEM.search(before) \
                or _open(before) or \
                f"{before.split()[-1]} {given}".lower() in CITIES or \
                NOT_A_NAME.search(text) or ORGANISATION.search(text) or \
                _NOT_FAMILY.search(family) or family.lower() in CITIES or \
                body is not None and _initials_of(text, body.group("b")):
            return None
        found = person(text + (f" ({body.group('b')})" if body else f", {role.group('r')}"
                               if role else ""), offset + at, "speaker")
        if found is None:
            return None
        found.name.doubt = GUESSED_SPEAKER
        # ("Opening session with OECD Secretary-General Mathias Cormann", "Arrival of German
        # Minister Andreas Scheuer": the name is the title's too)
        return (title if _WITH_SOMEONE.search(before) else before), found
    return None


#: A grid's columns body, speaker, title on one row: "EUM Marc Cohen EPS Status", "ESA-EUM Eva
#: Oriol, X. Calbet EPS/MetOp RAO presentation".
_BODY_NAME_FIRST = re.compile(r"(?P<body>[A-Z][A-Z]{1,6}(?:[-/][A-Z]{2,6})?)\s+(?P<n>(?P<g>[A-ZÀ-Ý]"
                              r"[a-zà-ÿ'’-]+)\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:,\s+(?:[A-Z]\.\s?)+[A-ZÀ-Ý]"
                              r"[a-zà-ÿ'’-]+)*)\s+(?P<t>[A-Z(\"“].{2,})")


def name_before_title(title: str, offset: int) -> tuple[str, ProposedPerson] | None:
    """The title and the person when a row gives the speaker's body and name before the item
    (the name's first word a given name); None otherwise."""
    m = _BODY_NAME_FIRST.fullmatch(title.strip())
    if m is None or not is_given_name(m.group("g")) or is_given_name(m.group("t").split()[0]) \
            or NOT_A_NAME.search(m.group("n")) or ORGANISATION.search(m.group("n")):
        return None
    first = m.group("n").split(",")[0]  # (the co-speakers after a comma are not taken)
    found = person(f"{first} ({m.group('body')})", offset + title.find(first), "speaker")
    if found is None:
        return None
    found.name.doubt = GUESSED_SPEAKER
    return m.group("t"), found


#: A name by its initials ending a title: "Supernovae at high redshift J. Melinder",
#: "Welcome to Participants T. de Zeeuw", "Overview of EUMETSAT B. Bojkov", "… PDS4 L. Neakrease".
_INITIALLED_AT_END = re.compile(r"(?:(?<=[a-z)?])|(?<=[A-Z]{2})|(?<=[A-Za-z]\d))\s+"
                                r"(?P<n>(?:[A-Z]\.\s?){1,2}(?:(?:de|van|von|da|di|del|le|la)\s)?"
                                r"[A-ZÀ-Ý][a-zà-ÿ'’-]+)\s*$")


#: A word that a letter may follow as its number: "Session B. Opening", "Part A. Rules".
_LETTERED = re.compile(r"(?i)session|part|annex|appendix|item|section|chapter|module|track|"
                       r"theme|topic|panel|group|room|table|block|day|workshop|phase|step|unit")


def initialled_name_after_title(title: str, offset: int) -> tuple[str, ProposedPerson] | None:
    """The title and the person when the title ends in a name given by its initials."""
    m = _INITIALLED_AT_END.search(title)
    before = title[:m.start()].split() if m is not None else []
    if m is None or not before or len(before) < 2 and _LETTERED.fullmatch(before[0]) or \
            _open(title[:m.start()]) or _NOT_FAMILY.search(m.group("n")):
        return None
    found = person(m.group("n"), offset + m.start("n"), "speaker")
    if found is None:
        return None
    found.name.doubt = GUESSED_SPEAKER
    return title[:m.start()], found


#: A paper's authors after its title, each by initials, with their footnote marks before or
#: after: "… Multi-GNSS High-accuracy Solution D. Calle, G. Tobias González, I. Rodriguez Perez",
#: "… Timing Applications 1 2 2 A. Caporali , L. Nicolini , M. Bertocco 1 2 University of …".
_INITIAL = r"(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)?)"
_AUTHOR = _INITIAL + r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ'’]+)*" \
    r"(?:\s(?!Univ|Inst|Cent|Agen|Dep|Min|Off|Lab)[A-ZÀ-Ý][a-zà-ÿ'’-]+)?"  # "B. Galton-Fenzi"
_AUTHORS = re.compile(r"(?<=[a-z)?”\"])(?:\s+\d{1,2})*\s+(?=" + _AUTHOR + r"(?:\s*\d{1,2})*\s*,\s*"
                      + _AUTHOR + ")")
_ONE_AUTHOR = re.compile(_AUTHOR)
#: "Opening - Sanjay Pradhan & Tony Hegarty", "… Reform – Bill Dorotinsky and Sanjay Vani":
#: two or more given names and their families after a dash.
_ONE_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2}")
_DASHED_NAMES = re.compile(r"\s+[–—-]\s+(?=" + _ONE_NAME.pattern + r"(?:\s*(?:&|,|\band\b)\s*"
                           + _ONE_NAME.pattern + r")+\s*$)")
#: "d. GCOS update – C. Richter", "OOPC update – J. Karstensen / K. Hill", "CliC – B. Galton-Fenzi
#: (remotely)": who gives a report, by initials, after a dash that ends the line.
_DASHED_AUTHORS = re.compile(r"\s+[–—-]\s+(?=" + _AUTHOR + r"(?:\s*(?:/|,|&|\band\b)\s*" + _AUTHOR
                             + r")*\s*(?:\([a-z][^()]*\))?\s*$)")


def authors_after_title(title: str, offset: int) -> tuple[str, list[ProposedPerson]] | None:
    """The title and its authors when two or more names given by initials follow it, or one
    or more after a dash."""
    m = _AUTHORS.search(title)
    if m is None or len(title[:m.start()].split()) < 3 or _open(title[:m.start()]):
        m = _DASHED_AUTHORS.search(title) or _DASHED_NAMES.search(title)
        if m is None or not title[:m.start()].strip() or m.re is _DASHED_NAMES and not any(
                is_given_name(n.split()[0]) for n in _ONE_NAME.findall(title, m.end())):
            return None  # (one given name known among them: "Sanjay Pradhan & Tony Hegarty")
    people = []
    for a in (_ONE_AUTHOR if m.re is not _DASHED_NAMES else _ONE_NAME).finditer(title, m.end()):
        name = a.group()
        if name.split()[-1].lower() in CITIES and len(name.split()) > 2:
            name = name.rsplit(" ", 1)[0]  # "P. F. Navarro Madrid GMV (Spain)"
        found = person(name, offset + a.start(), "speaker")
        if found is not None:
            found.name.doubt = GUESSED_SPEAKER
            people.append(found)
    return title[:m.start()], people


#: "Introductory Remarks, Tao Zhang, Deputy Managing Director, IMF": a kind, a name, a role.
_KIND_COMMA_NAME = re.compile(r"(?P<t>[^,]{3,60}?),\s+(?P<name>(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+){1,2}"
                              r"[A-ZÀ-Ý][a-zà-ÿ'’-]+),\s*(?P<role>\S.{1,200})")


def name_between_commas(title: str, offset: int) -> tuple[str, ProposedPerson] | None:
    """The item's kind and its speaker, when a role follows the name between commas."""
    m = _KIND_COMMA_NAME.fullmatch(title)
    if m is None or not _ONE_WORD_ITEM.search(m.group("t")) or \
            not ROLE_WORDS.match(_ROLE_QUALIFIERS.sub("", m.group("role"))) or \
            NOT_A_NAME.search(m.group("name")) or ROLE_WORDS.search(m.group("name")):
        return None
    found = person(f"{m.group('name')}, {m.group('role')}", offset + m.start("name"), "speaker")
    if found is not None:
        found.name.doubt = GUESSED_SPEAKER
    return (m.group("t"), found) if found is not None else None


#: "Identification of outbreaks – Peter Gerner-Smidt, Centers for Disease Control (CDC)": a
#: talk, a dash, its speaker's given and family names, a comma and the speaker's body.
_DASH_NAME_COMMA = re.compile(r"(?P<t>\S.{6,}?\S)\s+[–—-]\s+(?P<n>(?P<g>[A-ZÀ-Ý][a-zà-ÿ'’-]+)"
                              r"(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2}),\s+(?P<r>[A-Z][^–—]{1,150})")


def name_after_dash(title: str, offset: int) -> tuple[str, ProposedPerson] | None:
    """The talk and its speaker when a dash, a name whose first word is a given name, a comma
    and the speaker's body follow the talk's title."""
    m = _DASH_NAME_COMMA.fullmatch(title.strip())
    if m is None or not is_given_name(m.group("g")) or NOT_A_NAME.search(m.group("n")) or \
            ORGANISATION.search(m.group("n")):
        return None
    found = person(f"{m.group('n')}, {m.group('r')}", offset + title.find(m.group("n")),
                   "speaker")
    return (m.group("t"), found) if found is not None else None


def name_after_item(title: str, offset: int) -> tuple[str, list[ProposedPerson]] | None:
    """The title and the people when a name runs into the item's title, whichever way (not
    the end of a longer name: "H.E. Ms. María | Gabriela Sommerfeld Rosero"), or names listed
    after it."""
    if "|" not in (cell := title.strip(" |")):  # a table row's one cell: "| Talk – A and B |"
        title, offset = cell, offset + title.find(cell)
    found = name_glued_to_title(title, offset) or name_run_into_title(title, offset) or \
        name_between_commas(title, offset) or name_after_title(title, offset) or \
        name_before_title(title, offset) or initialled_name_after_title(title, offset) or \
        presenter_inside(title, offset) or name_after_capitals(title, offset) or \
        name_after_dash(title, offset)
    if found is None:
        return names_listed_after(title, offset)
    return None if _NAME_BEGUN.search(found[0]) or _HONORIFIC_ALONE.fullmatch(found[0]) else \
        (found[0], [found[1]])  # (not "Mr" of "Mr Paolo Garzotti, Deputy …")


#: Names listed after a title, after a dash or "led by": "Background, Introductions, and Goals
#: – John Field/Laurent Labeyrie and Ed Urban", "Introductions Led by Carolina Odman and …",
#: "Questions and discussions – Moderated by Lisa Waddel and Patricia Ndumbi".
_LISTED_AFTER = re.compile(r"(?<=[\w)])\s+(?:(?:[–—-]\s+)?(?i:led|moderated|chaired|presented|"
                           r"facilitated|introduced)\s+by|[–—-])\s+(?P<n>[A-ZÀ-Ý][^–—]{4,200})$")


def names_listed_after(title: str, offset: int) -> tuple[str, list[ProposedPerson]] | None:
    """The title and the people when two names or more, and nothing else, follow it."""
    m = _LISTED_AFTER.search(title)
    names = names_only(m.group("n")) if m is not None else []
    if m is None or len(names) < 2 or not title[:m.start()].strip():
        return None
    role = "moderator" if "moder" in m.group(0).lower() else "speaker"
    people = [p for n in names if (p := person(n, offset + title.find(  # (the name's place: a
        without_body(n), m.start("n")), role))]  # body after the last is each's)
    return (title[:m.start()], people) if people else None


#: A name begun at a title's end: an honorific and one or two names ("H.E. Mr. Alexander",
#: "H.E. Amb. Josefa Leonel").
_HONORIFIC_ALONE = re.compile(r"\W*(?:(?:" + _HONORIFIC + r"|Amb|H\.\s?E)\.?\s*)+")
_NAME_BEGUN = re.compile(r"(?:\b" + _HONORIFIC + r"|\bAmb\.?|\bH\.\s?E\.)\s+"
                         r"(?:[A-ZÀ-Ý][\w'’-]+\s*){1,2}$")
