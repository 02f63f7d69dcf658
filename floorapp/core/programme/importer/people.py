"""People as programmes list them: "H.E. Ms. Jane Doe, Minister of X (TBC)", several a line."""

from __future__ import annotations

import re

from floorapp.core.programme.importer.given import NAME_PARTICLE, is_given_name
from floorapp.core.programme.importer.proposal import Found, ProposedPerson
from floorapp.core.programme.importer.words import (
    LABELS,
    OFFICE_ONLY,
    PERSON_START,
    WEEKDAYS,
    segment_kind,
)

PARTICLES = {"de", "del", "della", "di", "da", "dos", "das", "van", "von", "der", "den", "al",
              "el", "bin", "bint", "ibn", "la", "le", "y", "e", "ben", "abu", "ter", "du"}
_TBC = re.compile(r"\(\s*(?:TBC|TBD|to be confirmed|to be announced|à confirmer|"
                  r"por confirmar)\s*\)|\bTBC\b", re.IGNORECASE)


#: Honorifics that start a name wherever they stand, even after a capital ("Address Dr. X"), and
#: "Dr" or "Prof" with no full stop before the name that ends a title ("Opening Remarks Dr
#: Tedros").
SURE_HONORIFIC = re.compile(r"(?:H\.\s?E\.|S\.\s?E\.|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Professor|"
                             r"Ambassador)\s|(?:Dr|Prof)\s+(?:[A-ZÀ-Ý][\w'’-]+\s*){1,4}$")
#: What a speaker gives, after the speaker's name in a table's row run together.
SPEECH_AFTER = re.compile(
    r"(?<=[\w)])\s+(?=(?:(?:Welcome|Welcoming|Opening|Closing|Special|Inaugural|Keynote|"
    r"Concluding|Introductory|Valedictory)\s+(?:Address|Remarks|Speech|Statement|Lecture)|"
    r"Address\s+on)\b|Plenary\s+\d+\s*[-–:])")
#: "Welcome remarks, Grete Faremo", "Boas-vindas: Susana Réfega": who gives it, named after.
GIVEN_BY = re.compile(
    r"(?P<t>[^,:;–-]{0,40}?\b(?i:remarks|address|welcome|statement|speech|keynote|message|"
    r"boas-vindas|bienvenida|bienvenue|allocution|palabras|discurso|mot d'accueil))"
    r"\s*(?:,|:|\s[–—-])\s*(?P<p>[^,;:()]{5,40})")


#: What the officer is told of a person taken from a title's line with no label and no
#: honorific.
GUESSED_SPEAKER = "listed without a label or an honorific: taken as a speaker"
#: A title left open at its end, so that no name can follow it: a preposition, an article,
#: "&" or a comma ("… Department of", "… Congress and").
OPEN_END = re.compile(r"(?i)\b(?:of|and|for|the|with|on|to|in|by|at|from|de|et|y|la|le|du|"
                      r"des|del|a|an)\s*$|[&,]\s*$")


def unconfirmed(title: str, cleaned: str) -> tuple[str, str]:
    """A title without its "(TBC)", and the doubt it gives, when it is marked so."""
    if not re.search(r"\bTB[CDA]\b|to be confirmed|à confirmer", title, re.IGNORECASE):
        return cleaned, ""
    return re.sub(r"\s*\(\s*(?:TB[CDA]|to be confirmed|à confirmer)\s*\)|\s*\bTB[CDA]\b", "",
                  cleaned, flags=re.IGNORECASE).strip().lstrip("–—-: ") or cleaned, \
        "marked as to be confirmed"  # ("(tbc) — Aperitivo and dinner": no dash first)


def starts_with_person(text: str) -> bool:
    """Whether a line opens with an honorific and a capitalised name."""
    return PERSON_START.match(text.strip().lstrip("•*·-–").strip()) is not None


#: A body in brackets after a name: "Tom Lee (UNICEF)".
_BODY_AFTER_NAME = re.compile(r"\s*\((?P<b>[^()]*)\)$")


def without_body(name: str) -> str:
    """ "Tom Lee (UNICEF)" without its body: "Tom Lee"."""
    return _BODY_AFTER_NAME.sub("", name)


#: Two names and nothing else but their body in brackets: "Jane Doe and John Smith", "Jørn
#: Dietze and Gregor Decristoforo (LUST)" (the body is both's), "Anne van Lancker and …".
_NAME_WORDS = (r"[A-ZÀ-Ý][\wà-ÿ'’-]+(?:\s+(?:" + NAME_PARTICLE + r"\s+)?[A-ZÀ-Ý][\wà-ÿ'’.-]+)"
               r"{1,2}")
_TWO_NAMES = re.compile(r"\s*(?P<a>" + _NAME_WORDS + r")\s+(?:and|&|et|y)\s+(?P<b>" + _NAME_WORDS +
                        r")(?P<body>\s*\([^()]{1,60}\))?\s*")


def split_people(text: str) -> list[tuple[str, int]]:
    """One line naming several people cut into one piece each, with offsets in ``text``."""
    starts = [m.start() for m in PERSON_START.finditer(text)
              if m.start() == 0 or re.search(r"(?:^|[,;)•:]|\band|\by|\bet|\bby|\bpar|\bpor)\s*$",
                                             text[:m.start()])]
    two = _TWO_NAMES.fullmatch(text) if not starts else None
    if two is not None and not any(
            NOT_A_NAME.search(two[k]) or ROLE_WORDS.search(two[k]) for k in ("a", "b")):
        return [(two["a"] + (two["body"] or ""), two.start("a")), (two[0][two.start("b"):].strip(),
                                                                   two.start("b"))]
    if not starts:  # "John Doe, UNICEF; Amina Diallo, UNFPA": no honorifics, one a clause;
        # "Janis Karklins (IGO), Bill Woodcock (TC), …": each with a body in brackets
        cut = r"[^;]+" if ";" in text or not re.search(
            r"\)(?:,|\s+(?:and|&|et|y))\s+[A-ZÀ-Ý]", text) else r"[^;()]+(?:\([^()]*\))?"
        # ("Jørn Dietze (LUST) and Harvey Richardson (HPE)": the word joining two bodies dropped)
        pieces = [(m.group("p"), m.start("p")) for m in re.finditer(
            r"[\s,]*(?:(?:and|&|et|y)\s+)?(?P<p>" + cut + r")", text) if m.group("p").strip(" ,")]
        pieces = [(p.rstrip(" ,"), at) for p, at in pieces]
        named = all(not ROLE_WORDS.search(n := re.split(r"[,(]", p)[0]) and
                    not NOT_A_NAME.search(n) for p, _ in pieces)
        return pieces if len(pieces) > 1 and named else _names_after_roles(text)
    prefix = text[:starts[0]]
    if prefix.strip(" ,;•-") and not re.search(r"(?:\bby|\bpar|\bpor|:)\s*$", prefix):
        starts.insert(0, 0)
    if len(starts) == 1:
        return [(text[starts[0]:], starts[0])]
    pieces = []
    for a, b in zip(starts, starts[1:] + [len(text)], strict=True):
        piece = text[a:b]
        piece = re.sub(r"(?:[,;]|\band|\by|\bet)\s*$", "", piece.rstrip()).rstrip(" ,;")
        if piece.strip():
            pieces.append((piece, a))
    return pieces


#: A given name and a family name before a comma ("Ulla-Jill Karlsson,").
_NAME_BEFORE_COMMA = (r"(?P<n>(?P<g>[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý]?[a-zà-ÿ'’]+)?)\s+"
                      r"[A-ZÀ-Ý][\wà-ÿ'’-]+),")
#: The same after the words of someone's role.
_NAME_AFTER_ROLE = re.compile(r"(?<=[\w)])\s+" + _NAME_BEFORE_COMMA)


def _names_after_roles(text: str) -> list[tuple[str, int]]:
    """ "Karen Ellemann, Secretary General, Nordic Council of Ministers (video) Ulla-Jill
    Karlsson, Senior Ministerial Advisor, …": one piece a person, each opening with a given
    name and a family name before a comma; the whole text when it does not open so."""
    first = re.match(r"\s*" + _NAME_BEFORE_COMMA, text)
    if first is None or not is_given_name(first.group("g")):
        return [(text, 0)]
    starts = [0] + [m.start("n") for m in _NAME_AFTER_ROLE.finditer(text)
                    if m.start() > 0 and is_given_name(m.group("g")) and
                    not NOT_A_NAME.search(m.group("n")) and not ROLE_WORDS.search(m.group("n"))
                    and (ROLE_WORDS.search(text, m.end(), m.end() + 60) or  # their role after
                         re.match(r"\s*[A-Z]{2,}\b", text[m.end():]))]  # or their body's name
    return [(re.sub(r"\s+(?:and|&|et|y)$", "", text[a:b].strip(" ,;–-")), a)  # ("…, UNEP and")
            for a, b in zip(starts, starts[1:] + [len(text)], strict=True)]


#: What is said before the speaker's name: "Allocution de M. X", "Statement by Ms. Y", or a
#: speech's or a part's word and a colon ("Welcome: Rosanna Repetto", "Opening remarks: …").
_SPEECH_OF = re.compile(r"(?i)^(?:(?:allocution|intervention|discours|mot|message|statement|"
                        r"address|remarks|speech|palabras|discurso|intervención)\s+(?:de|d['’]|by|"
                        r"of|from|del|du)\s+(?=\S)|(?:(?:welcome|welcoming|opening|closing|introductory|"
                        r"keynote)\s+)?(?:welcome|welcoming|remarks|address|keynote|introduction|"
                        r"moderator|facilitator|discussant|respondent|rapporteur)s?\s*:\s+(?=[A-ZÀ-Ý]))")


#: Words that name a part of an item, never a person, when they stand alone.
_ITEM_WORDS = {"presentation", "presentations", "debate", "discussion", "questions", "remarks",
               "introduction", "conclusions", "summary", "keynote", "video", "film", "photo",
               "présentation", "débat", "presentación", "moderator", "chair", "tbc", "tba"}


def person(text: str, offset: int, label: str) -> ProposedPerson | None:
    """A person from "Name, title and affiliation" or "Name (Affiliation)"."""
    raw = _SPEECH_OF.sub("", text.strip().lstrip("•*·-–").strip())  # "Allocution de M. X"
    raw = raw.rstrip(" |")  # a table's last cell: "| Moderator: Dr. John Smith |"
    if not raw:
        return None
    lead = text.find(raw[:5]) if raw else 0
    doubt = ""
    if _TBC.search(raw):
        doubt = "marked as to be confirmed"
    # (a bracket the line's end left open: "Ambassador Dudley Thompson (Caribbean")
    m = re.match(r"(?P<name>[^,(;–:]+?(?:,\s*(?:Jr|Sr|II|III|IV)\b\.?)?)\s*"  # ("…, IV")
                 r"(?:\((?P<paren>[^)]*)(?:\)|$)\s*,?\s*|[,:]\s*|"
                 r"\s+[–-]\s+|$)(?P<role>.*)$", raw)  # ("Dr. X: Director of …")
    name = m.group("name").strip() if m is not None else ""
    if m is None or raw[m.end("name"):].lstrip().startswith(":") and not (
            PERSON_START.match(name) or len(name.split()) >= 2 and is_given_name(name.split()[0])):
        return None  # (not "Part One: …", "Hotels: …": a part, a note's heading)
    role = " ".join(x for x in ((m.group("paren") or "").strip(), m.group("role").strip()) if x)
    role = _TBC.sub("", role).strip(" ,;.")  # "Mr X (Eurostat).": no full stop of its own
    role = re.sub(r"(?i)\s*\b(?:see|read|view)\s+(?:bio|biography|profile|more)$", "", role)  # a
    # link's words glued after the bracket: "Geir Axelsen (Director General, Norway)see bio"
    name_clean = re.sub(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý]{2}[A-ZÀ-Ý'’-]*\b)", " ",  # "Ms DanutaHÜBNER":
                        _TBC.sub("", name).strip(" ,;"))  # a PDF's lost space, its family's
    if name_clean.endswith(")") and "(" not in name_clean:
        name_clean = name_clean.rstrip(") ")  # "(Moderator: Ms. Ann Aerts)": the bracket's end
    if len(name_clean) < 3 or len(name_clean) > 80 or name_clean[0].isdigit() or \
            len(name_clean.split()) > 9:
        return None
    if not PERSON_START.match(name_clean):
        # Without an honorific, only what looks like a name: capitalised words and particles.
        words = name_clean.split()
        if len(words) > 5 or any(not (w[:1].isupper() or w.lower() in PARTICLES) for w in words) \
                or re.fullmatch(r"[A-Z][A-Z&-]{1,9}", name_clean) or re.search(r"\d", name_clean):
            return None  # "Hosted by: CSIRO", "Agenda V1.0 PDF | DOC": a body, a document
        if OFFICE_ONLY.fullmatch(name_clean) or NOT_A_NAME.search(name_clean):
            return None  # "Secretary General", "Deputy Director-General": an office, no name;
            # "Opening Remarks", "Arab States", "Ministerial Delegations": no one's name
        if len(words) == 1 and (segment_kind(name_clean) != "other" or
                                name_clean.lower() in _ITEM_WORDS or
                                name_clean.lower() in WEEKDAYS):
            return None  # "• Presentation (15’)", "• Friday, 5 June": a part of the item, a day
        doubt = doubt or "no honorific (Mr., Ms., H.E. …): check this is a person"
    start = offset + lead
    return ProposedPerson(Found(name_clean, (start, start + len(name)), doubt), role, label)


def people_in(text: str, offset: int, label: str) -> list[ProposedPerson]:
    """Every person named in a piece of text (one or several)."""
    out = []
    for piece, at in split_people(text):
        p = person(piece, offset + at, label)
        if p is not None:
            out.append(p)
    return out


#: What follows a bare name on a line of its own: "Ilona Kickbusch, Director, …".
ROLE_WORDS = re.compile(
    r"\b(?:Director|Ambassador|Minister|President|Professor|Prof|Advis[eo]r|Representative|"
    r"Chair(?:man|woman|person)?|Secretary|Head|Chief|CEO|Officer|Fellow|Coordinator|"
    r"Commissioner|Member|Founder|Expert|Rapporteur|Dean|Lecturer|Researcher|Manager|Councill?or|"
    r"Specialist|Deputy|Executive|Vice|Counsel|Envoy|Mayor|Governor|Senator|Journalist|"
    r"Administrator|Commissioner|High Representative|Special Envoy|Minister|"
    r"Activist|Directeur|Directrice|Ministre|Présidente?|Directora?|Ministra?|Embajadora?|"
    r"Ambassadeur|Ambassadrice|Diretora?|Direção|Coordenadora?|Secretári[oa])\b"
    # roles French and Spanish write in lower case, and an organisation's acronym first
    r"|(?i:\b(?:président|présidente|ministre|chef|journaliste|historienn?e?|professeure?|"
    r"conseill(?:er|ère)|député|députée|ancien|ancienne|secretari[oa]|coordinador[a]?|jef[ea]|"
    r"rector[a]?|punto focal)\b)"
    r"|^\s*[A-Z][A-Z&-]{1,9}\b(?:\s*,|\s*$)")
NOT_A_NAME = re.compile(
    r"(?i)\b(?:nations|organi[sz]ation|ministry|mission|office|foundation|institute|university|"
    r"council|committee|group|bank|fund|programme|program|agency|department|centre|center|"
    r"forum|panel|session|discussion|assembly|opening|closing|remarks|welcome|break|lunch|"
    r"statement|address|segment|dialogue|republic|kingdom|union|secretariat|society|association|"
    r"network|coalition|alliance|initiative|company|asia|africa|europe|americas?|pacific|"
    r"caribbean|oceania|arctic|region|islands|division|board|team|parliament|parlement|parlamento|"
    r"commission|embassy|government|municipality|states|delegations?|meetings?|training|"
    r"workshops?|courses?|tutorials?|seminars?|webinars?|hackathons?)\b")


#: A label's word first, without its colon: "Moderação António Ferrari".
_LABEL_FIRST = re.compile(r"(?i)(?:" + "|".join(sorted((re.escape(w) for ws in LABELS.values()
                                                        for w in ws), key=len, reverse=True))
                          + r")\s")


def bare_name_line(text: str, offset: int) -> ProposedPerson | None:
    """A person on a line of their own with no honorific and no label, when what follows
    the name is a role ("Ilona Kickbusch, Director, Global Health Centre") or the name opens
    with a given name ("Robert Arnoux, ITER Communication"); else None."""
    m = re.match(r"^(?P<name>[^,;:()|–]{3,60}?)(?:,|\s\||\s+[–-]\s+)\s*(?P<role>.+)$", text.strip())
    if m is None or not (ROLE_WORDS.search(m.group("role")[:120]) or re.fullmatch(
            r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?: [A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2}", m.group("name").strip()) and
            is_given_name(m.group("name").split()[0])) or \
            NOT_A_NAME.search(m.group("name")) or not 2 <= len(m.group("name").split()) <= 5 or \
            _LABEL_FIRST.match(m.group("name")):  # "Moderação António Ferrari | UNRIC"
        return None
    # "Name | Organisation", "Name - Senior Adviser, UNICEF"
    found = person(re.sub(r"\s+(?:\||[–-])\s+", ", ", text, count=1), offset, "speaker")
    if found is not None:
        found.name.doubt = GUESSED_SPEAKER
    return found


#: Two people with one role or body: "Julia Fitzner and Patricia Ndumbi, WHO".
_PAIR = re.compile(r"(?P<a>(?:[A-ZÀ-Ý][\w'’-]+\s+){1,2}[A-ZÀ-Ý][\w'’-]+)\s+(?:and|&)\s+"
                   r"(?P<b>(?:[A-ZÀ-Ý][\w'’-]+\s+){1,2}[A-ZÀ-Ý][\w'’-]+)(?P<r>,.+)$")


def known_by_role(text: str, offset: int, by: str | None) -> list[ProposedPerson]:
    """The person a name after a title with their role or body after it names ("Amina
    Mohammed, Deputy Secretary-General"), or the two that two names with one role name; the
    name alone before its comma unless said after "by"."""
    if not by and not NAME_ALONE.fullmatch(re.sub(r"\s+(?:and|&)\s+", " ", text.split(",")[0])):
        return []
    pair = _PAIR.match(text)
    if pair is not None:
        both = [bare_name_line(pair.group(k) + pair.group("r"), offset + pair.start(k))
                for k in ("a", "b")]
        return [p for p in both if p is not None] if all(both) else []
    found = bare_name_line(text, offset) or name_with_body(text, offset)
    return [found] if found is not None else []


#: A name at the end of a role: "EU High Representative Federica Mogherini", "UN Special
#: Envoy for Syria Staffan de Mistura": a given name, particles, a family name.
_GIVEN = r"[A-ZÀ-Ý][a-zà-ÿ'’-]+"
#: A family name after a given name, with the particles before it: " de Mistura".
_FAMILY = r"(?:\s+(?:" + "|".join(sorted(PARTICLES)) + r"))*\s+[A-ZÀ-Ý][\w'’.-]+"
_NAME_AT_END = re.compile(r"(?P<name>" + _GIVEN + _FAMILY + r")\s*$")
_BY_ROLES = re.compile(r"\b(?:(?:co-)?chaired|moderated|introduced|opened|presented|hosted|"
                       r"delivered|remarks|statements?|address(?:es)?)?\s*by\s+(?P<p>.+)$",
                       re.IGNORECASE)


def role_first_people(text: str, offset: int, label: str) -> list[ProposedPerson]:
    """People named after their roles, after "by": "Co-chaired by EU High Representative
    Federica Mogherini and UN Special Envoy for Syria Staffan de Mistura"."""
    m = _BY_ROLES.search(text)
    if m is None:
        return []
    tail = re.split(r"\s*\(|\s+followed by\b|\s+(?:will|to)\s", m.group("p"))[0]
    out = []
    pos = m.start("p")
    for piece in re.split(r",\s*|\s+and\s+|\s+et\s+|\s+y\s+", tail):
        at = text.find(piece, pos)
        pos = max(pos, at + len(piece)) if at >= 0 else pos
        name = _NAME_AT_END.search(piece)
        role = piece[:name.start()].strip() if name else ""
        if name is None or not ROLE_WORDS.search(role) or len(role.split()) > 12 or \
                not role.split()[-1][:1].isupper() or NOT_A_NAME.search(name.group("name")) \
                or ROLE_WORDS.search(name.group("name")):
            continue  # "the President of the General Assembly": an office, not a name
        start = offset + max(0, at) + name.start()
        out.append(ProposedPerson(Found(name.group("name"), (start, start + len(name.group(
            "name"))), "named after a role: check the name"), role, label))
    return out


_NAME_ALONE = re.compile(_GIVEN + r"(?:" + _FAMILY + r"){1,4}")


_PROGRAMME_PART = re.compile(r"(?i)\s*(?:session|panel|segment|part|theme|topic|item|day|module|"
                             r"block|sesión|séance|tema|thème)\s*(?:\d{1,2}|[IVX]{1,4}|[A-Z])?\s*$")


def name_after_label(text: str, offset: int) -> ProposedPerson | None:
    """ "CBD Secretariat: Braulio Dias", "QCBS & Future Earth: Andrew Gonzalez": a name
    alone after a short label that says who the person speaks for."""
    m = re.match(r"^(?P<role>[^:]{2,50}):\s*(?P<name>.+?)\s*$", text.strip())
    if m is None or not _NAME_ALONE.fullmatch(m.group("name")) or \
            NOT_A_NAME.search(m.group("name")) or ROLE_WORDS.search(m.group("name")) or \
            len(m.group("role").split()) > 5 or _PROGRAMME_PART.fullmatch(m.group("role")):
        return None  # "Session 1: Core Business": a part of the programme and its subject
    at = offset + text.find(m.group("name"))
    return ProposedPerson(Found(m.group("name"), (at, at + len(m.group("name"))),
                                GUESSED_SPEAKER),
                          m.group("role").strip(), "speaker")


#: A name alone, capitalised words and no honorific: "Salma Jabou", "Jane A. Doe".
NAME_ALONE = re.compile(r"[A-ZÀ-Ý][\w'’.-]+\s+(?:(?:[A-ZÀ-Ý][\w'’.-]+|" + NAME_PARTICLE +
                        r")\s+){0,2}[A-ZÀ-Ý][\w'’-]+")
#: What an organisation's name holds: "Columbia University", "UNDP", "UN-Water".
ORGANISATION = re.compile(r"\b(?:University|Universit[ée]|Universidad|Institute|Institut|"
                           r"Instituto|Foundation|Fondation|Fundación|Centre|Center|School|College|Bank|Fund|"
                           r"Programme|Organi[sz]ation|Agency|Commission|Council|Network)\b"
                           r"|^\s*(?:UN-?)?[A-Z][A-Za-z&]{1,9}(?:-[A-Z][a-z]+)?\s*$")


def name_with_body(text: str, offset: int) -> ProposedPerson | None:
    """ "Jeffrey Sachs, Columbia University", "Jane Doe, UNDP": a name with no honorific, then
    the body the person speaks for (what :func:`bare_name_line` takes needs a role)."""
    name, _, body = text.partition(",")
    if not NAME_ALONE.fullmatch(name.strip()) or NOT_A_NAME.search(name) or \
            _LABEL_FIRST.match(name) or not ORGANISATION.search(body):
        return None
    return person(text, offset, "speaker")


#: "Erland Källén (ECMWF). Welcome & introduction.": the speaker first, then the talk.
_SPEAKER_FIRST = re.compile(r"(?P<name>(?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}[A-ZÀ-Ý][\w'’-]+)\s*"
                            r"\((?P<body>[^()]{2,40})\)\.(?:\s+|$)")


def speaker_first(title: str) -> int:
    """Where the talk's title starts when a line opens with its speaker and the speaker's
    body in brackets, then a full stop ("Tim Palmer (U.Oxford). Keynote lecture"); else 0."""
    m = _SPEAKER_FIRST.match(title)
    return m.end() if m is not None and not NOT_A_NAME.search(m.group("name")) else 0


def split_person_title(title: str) -> tuple[str, str] | None:
    """ "Opening Remarks: H.E. Jane Doe, President" -> (title, people text)."""
    honorific = r"(?P<p>(?:H\.\s?E\.|Mr|Ms|Mrs|Dr|Prof|Sr|Sra|Mme|M\.)\s*.*)$"
    m = re.match(r"^(?P<t>[^:,]{3,80}?)\s*[:–—,-]\s*" + honorific, title) or \
        re.match(r"^(?P<t>.{3,120}?)\s+[–—-]\s+" + honorific, title)  # "Open X: what – Prof. Y"
    if m and starts_with_person(m.group("p")):  # "EU – Mr. Koos Richelle": who speaks for
        return (m.group("t") if re.search(r"[^\W\d]{3}", m.group("t")) else  # it, the whole
                title.rstrip(" ,")), m.group("p")  # line its title
    # a table's cells run together with wide gaps: "Status of EUMETSAT programmes  A. Ratier
    # EUMETSAT", "EUMETSAT Training activities  M. Higgins EUMETSAT"
    cells = re.split(r"\s{2,}", title)
    if len(cells) >= 2 and len(cells[0].split()) >= 2 and (
            _INITIALLED.match(cells[1]) or starts_with_person(cells[1])):
        return cells[0], cells[1]
    return None


#: A name given by its initials: "P. Counet", "M. Diop Kané", "J.-P. Gray".
_INITIALLED = re.compile(r"(?:[A-Z]\.[\s-]?){1,3}[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s|,|$)")


def name_opens_line(text: str) -> bool:
    """Whether a line is who speaks ("Elsa Pilichowski, Directrice, …"), the name opening it,
    not a title that names its speaker ("Speech by Mr Bernard Kouchner, Minister …")."""
    found = bare_name_line(text, 0)
    return found is not None and not text[:found.name.span[0]].strip(" •*-")
