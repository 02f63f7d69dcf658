"""The words programmes use, in English, French and Spanish: labels, honorifics, dates.

One place for the vocabulary, so the grammar in ``parse`` stays readable.
"""

from __future__ import annotations

import re

from floorapp.core.programme.importer.zone_cities import ZONE_CITIES

#: A time zone written after a time: "CET", "UTC+2", "GMT +01:00", "EDT".
ZONE_WORD = (r"(?-i:(?:US |U\.S\. )?(?:ET|EST|EDT|CET|CEST|GMT|UTC|BST|EAT|WAT|CAT|IST|JST|ICT|"
             r"AEST|AEDT|PST|PDT|MST|MDT|CST|CDT|PT|MT|CT|HST|EET|EEST|SAST|MSK|SGT|HKT|KST|NZST|"
             r"NZDT|PKT|GST|WIB|WST|AWST|ACST|ACDT|AST|ADT|NST|WET|BRT|CLT|SST|FJT|NZT|PHT|MYT|"
             r"IRST))(?:\s?[+-]\s?\d{1,2}(?::?\d\d)?)?")  # ("US ET": the clock of a US meeting)
#: A duration's unit: "5 mins", "15 minutos", "1 h", "2 hours", "3 heures".
DURATION_UNIT = r"(?:mins?\.?|minutes?|minutos?|minuti|h|hrs?|hours?|horas?|heures?)"

#: The words that name a room or a place in a building ("Press Briefing Room", "GA Hall").
ROOM_WORDS = (r"(?:Rooms?|Halls?|Chamber|Floor|Building|Auditorium|Atrium|Salle|Sala|Saal|Lounge|"
              r"Lobby|Foyer|Garden|Terrace|Restaurant|Cafeteria|Lawn|Plaza|Square|Street|Hotel|"
              r"Pavilion)")

#: label -> the words that introduce it (lower case; a trailing "s" is optional).
LABELS: dict[str, tuple[str, ...]] = {
    "chair": ("chair", "chairperson", "chairs", "co-chairs", "co-chair", "chaired by",
              "president", "présidence", "président", "présidente", "presidente",
              "presidencia", "presidido por", "présidé par"),
    "moderator": ("moderator", "moderators", "co-moderator", "co-moderators", "moderated by",
                  "facilitator", "facilitators", "facilitated by", "interviewer", "interviewers",
                  "host", "hosted by", "master of ceremony", "master of ceremonies",
                  "modérateur", "modératrice", "modération", "animé par", "animée par",
                  "moderador", "moderadora", "moderado por", "moderada por", "modera",
                  "moderação", "lead", "session lead", "session leads"),
    "panellist": ("panellist", "panelist", "panellists", "panelists", "panel", "speakers",
                  "discussants", "lead discussants", "lead discussant", "participants",
                  "intervenants", "intervenantes", "panélistes", "paneliste", "panelistas",
                  "ponentes", "oradores", "expositores", "panel members", "presenters",
                  "speaker", "guest speaker", "guest speakers", "presenter", "discussant",
                  "discussion leader", "discussion leaders", "lead speaker", "lead speakers",
                  "resource person", "resource persons",
                  "intervenant", "intervenante", "ponente", "orador", "oradora", "expositor",
                  "expositora"),
    "keynote": ("keynote", "keynote speaker", "keynote speakers", "keynote address",
                "keynote speech", "orateur principal", "discours liminaire",
                "conférence inaugurale", "discurso principal", "conferencia magistral",
                "orador principal"),
    "speaker": ("opening statement", "opening statements", "opening remarks",
                "introductory remarks", "introductory statement", "welcome remarks",
                "welcoming remarks", "closing remarks", "concluding remarks",
                "remarks", "introduction", "statement", "statements", "video message",
                "presentation", "presentations", "présentation", "presentación", "briefing",
                "welcome address", "opening address", "address", "mot de bienvenue",
                "united nations response", "ngo response", "response",
                "allocution d'ouverture", "déclaration liminaire", "palabras de bienvenida",
                "palabras de apertura", "apertura", "who"),
    "themes": ("theme", "themes", "topic", "topics", "guiding questions", "guiding question",
               "questions", "key questions", "questions for discussion", "sub-themes",
               "possible questions for discussion", "possible questions", "discussion questions",
               "thème", "thèmes", "questions directrices", "questions d'orientation",
               "sujets", "tema", "temas", "preguntas orientadoras", "preguntas"),
    "venue": ("venue", "place", "location", "room", "lieu", "salle", "lugar", "sala",
              "date and venue", "date et lieu", "fecha y lugar", "date, time and venue",
              "where"),
    "date": ("date", "dates", "fecha", "date and time", "fecha y hora", "date et heure", "when"),
}

#: Labels that are not people nor themes but are known, so they are not reported as odd.
OTHER_LABELS = ("why", "what", "format", "objectives", "objective", "background", "modalities",
                "target audience", "expected outcome", "outcome", "organizers",
                "organisers", "lead organizers", "co-organizers", "item", "objetivo",
                "objectif", "contexte", "antecedentes", "debate", "video", "documents", "host",
                "co-host", "hosted by", "sponsor", "participants", "quoi", "qué")

#: A person's name starting with an honorific: "H.E. Mr. Jane Doe", "Sra. Ana Ruiz", "M. Dupont".
PERSON_START = re.compile(
    r"(?:(?:H\.\s?E\.?|S\.\s?E\.|H\.\s?R\.\s?H\.)\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|Sr|Sra|Mme|M)\.?\s*)?"
    r"|HE\s+(?:Mr|Mrs|Ms|Dr|Prof|Ambassador|Amb)\.?\s+"  # "HE Ms. Mona Juul": no dots
    r"|(?:Mr|Mrs|Ms|Mme|Mlle|Dr|Prof|Sr|Sra|Srta|Dña|Dra|Amb|Hon|Rev)\.?\s+"
    r"|(?:Professor|Ambassador|Sir|Dame|Lord|Judge|Senator|Don|Doña|Elder)\s+"
    r"|(?:M|D)\.\s+)(?=[A-ZÀ-Ý])"
)

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # misspellings seen in published programmes ("Monday, 11 Feburary 2008")
    "feburary": 2, "febuary": 2, "febraury": 2,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado",
            "sabado", "domingo")
#: A weekday's name, as a word: "Tuesday", "mardi", "martes".
WEEKDAY_WORD = re.compile(r"(?i)\b(?:" + "|".join(WEEKDAYS) + r")\b")

#: City (as written) -> IANA time zone, for the venues UN meetings are held in.
CITIES: dict[str, str] = {
    "new york": "America/New_York", "nueva york": "America/New_York",
    "geneva": "Europe/Zurich", "genève": "Europe/Zurich", "ginebra": "Europe/Zurich",
    "palais des nations": "Europe/Zurich", "palexpo": "Europe/Zurich",
    "vienna": "Europe/Vienna", "vienne": "Europe/Vienna", "viena": "Europe/Vienna",
    "nairobi": "Africa/Nairobi", "addis ababa": "Africa/Addis_Ababa",
    "bangkok": "Asia/Bangkok", "beirut": "Asia/Beirut", "santiago": "America/Santiago",
    "montevideo": "America/Montevideo", "paris": "Europe/Paris", "rome": "Europe/Rome",
    "bonn": "Europe/Berlin", "the hague": "Europe/Amsterdam", "madrid": "Europe/Madrid",
    "barcelona": "Europe/Madrid", "mexico": "America/Mexico_City", "panamá": "America/Panama",
    "panama": "America/Panama", "buenos aires": "America/Argentina/Buenos_Aires",
    "brussels": "Europe/Brussels", "bruxelles": "Europe/Brussels", "bruselas": "Europe/Brussels",
    "strasbourg": "Europe/Paris", "lyon": "Europe/Paris", "london": "Europe/London",
    "londres": "Europe/London", "berlin": "Europe/Berlin", "copenhagen": "Europe/Copenhagen",
    "oslo": "Europe/Oslo", "stockholm": "Europe/Stockholm", "helsinki": "Europe/Helsinki",
    "budapest": "Europe/Budapest", "warsaw": "Europe/Warsaw", "lisbon": "Europe/Lisbon",
    "lisboa": "Europe/Lisbon", "athens": "Europe/Athens", "istanbul": "Europe/Istanbul",
    "moscow": "Europe/Moscow", "st. petersburg": "Europe/Moscow",
    "saint petersburg": "Europe/Moscow", "st petersburg": "Europe/Moscow",
    "washington": "America/New_York", "montreal": "America/Toronto",
    "montréal": "America/Toronto", "quebec": "America/Toronto", "québec": "America/Toronto",
    "ottawa": "America/Toronto", "lima": "America/Lima", "bogotá": "America/Bogota",
    "bogota": "America/Bogota", "quito": "America/Guayaquil", "havana": "America/Havana",
    "la habana": "America/Havana", "brasília": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo",
    "san josé": "America/Costa_Rica", "bridgetown": "America/Barbados",
    "kingston": "America/Jamaica",
    "cairo": "Africa/Cairo", "tunis": "Africa/Tunis", "algiers": "Africa/Algiers",
    "rabat": "Africa/Casablanca", "marrakech": "Africa/Casablanca", "dakar": "Africa/Dakar",
    "abidjan": "Africa/Abidjan", "accra": "Africa/Accra", "lagos": "Africa/Lagos",
    "abuja": "Africa/Lagos", "kigali": "Africa/Kigali", "kampala": "Africa/Kampala",
    "johannesburg": "Africa/Johannesburg", "pretoria": "Africa/Johannesburg",
    "durban": "Africa/Johannesburg", "gaborone": "Africa/Gaborone", "antananarivo":
    "Indian/Antananarivo", "doha": "Asia/Qatar", "dubai": "Asia/Dubai", "abu dhabi": "Asia/Dubai",
    "riyadh": "Asia/Riyadh", "amman": "Asia/Amman", "tokyo": "Asia/Tokyo",
    "hiroshima": "Asia/Tokyo", "beijing": "Asia/Shanghai", "seoul": "Asia/Seoul",
    "new delhi": "Asia/Kolkata", "manila": "Asia/Manila", "jakarta": "Asia/Jakarta",
    "bali": "Asia/Makassar", "singapore": "Asia/Singapore", "kuala lumpur": "Asia/Kuala_Lumpur",
    "suva": "Pacific/Fiji", "apia": "Pacific/Apia", "sydney": "Australia/Sydney",
    **ZONE_CITIES,  # the time-zone database's cities ("berlin", "douala", "port of spain")
}

KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("break", ("lunch", "break", "coffee", "pause", "déjeuner", "almuerzo", "café", "receso",
               "reception", "réception", "recepción", "arrivée", "arrival", "registration")),
    ("opening", ("opening", "welcome", "ouverture", "apertura", "inaugura", "bienvenue",
                 "bienvenida")),
    ("closing", ("closing", "closure", "concluding", "clôture", "cloture", "clausura",
                 "cierre", "conclusion")),
    ("panel", ("panel", "round table", "roundtable", "table ronde", "mesa redonda",
               "table-ronde", "roundtables", "round-table")),
    ("dialogue", ("dialogue", "diálogo", "dialogo", "debate", "débat", "discussion",
                  "consultations", "session", "séance", "sesión", "meeting", "plenary",
                  "plénière", "plenaria")),
)

#: The words for any sitting, which name no kind of their own beside another kind's word.
_SITTING = ("session", "séance", "sesión", "meeting", "plenary", "plénière", "plenaria")


def segment_kind(title: str) -> str:
    """The kind of a segment guessed from its title ("other" when nothing matches)."""
    low = title.lower()
    # the kind named first wins: "Panel 1 – Closing the urban finance gap" is a panel
    found = [(w in _SITTING, m.start(), k) for k, (kind, words) in enumerate(KINDS) for w in words
             if (m := re.search(r"\b" + re.escape(w) + ("(?!fast)" if w == "break" else ""), low))]
    # but a sitting's word says least: "Séance d'ouverture", "Sesión de clausura"
    return KINDS[min(found)[2]][0] if found else "other"


def language_of(text: str) -> str:
    """en, fr or es, by counting a few common words."""
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    counts = {
        "en": sum(w in ("the", "and", "of", "will", "with", "for", "on", "by") for w in words),
        "fr": sum(w in ("le", "les", "des", "et", "du", "une", "au", "aux", "d", "l", "à",
                        "séance", "ouverture") for w in words),
        "es": sum(w in ("el", "los", "las", "y", "del", "una", "con", "por", "para",
                        "inauguración", "apertura") for w in words),
    }
    return max(counts, key=lambda k: counts[k]) if any(counts.values()) else "en"

#: An item every programme has, in stock words, and something else run on after it with a
#: capital ("Registration European Parliament Accreditation Centre", "Lunch Organization for
#: Security …"): the words of a flattened page's next column or heading, not the item's.
STOCK_ITEM = re.compile(
    r"(?i:registration(?: of (?:participants|delegates))?(?: and (?:welcome )?(?:coffee|"
    r"breakfast))?|(?:welcome |networking )?(?:coffee|tea)(?: break)?|(?:buffet |working )?"
    r"lunch(?: break| reception)?|break|pause[- ]caf[ée]|d[ée]jeuner|almuerzo|pausa caf[ée]|"
    r"inscription des participants|inscripci[óo]n de participantes)"
    r"(?=\s+(?!(?i:and|&|break|reception|desk|opens?|area|sessions?|meeting|meet|buffet|lunch|"
    r"coffee|hosted|offered|given|sponsored|provided|served|time|hour|talks?|seminars?|by|with|"
    r"at|in|for|on|of|de|du|con)\b)(?-i:[A-Z0-9]))")

#: Whose clock a range is on, said after it: "Chilean time", "(New York time)", "hora de Chile".
CLOCK_OF_A_PLACE = re.compile(
    r"\(?\s*(?:(?:[A-Z][a-z]+(?:an|ese|ian|ean|ish)|Eastern|Central|Pacific|Western|Mountain|"
    r"Atlantic|Standard|Local|Daylight|New York|Geneva|Vienna|Nairobi|Bangkok|Santiago|"
    r"Addis Ababa|Beirut|Rome|Paris|Bonn|Montreal|London|Washington|Brussels|Tokyo|Beijing|"
    r"Manila|Jakarta|Panama|Mexico City|Lima|Bogotá|Buenos Aires)(?:\s+(?:Standard|Summer|"
    r"Daylight))?\s+[Tt]ime|hora\s+(?:de|del)\s+[A-Z][\w ]+|heure\s+de\s+[A-Z][\w ]+)\s*\)?\.?")
#: The words of a web page's buttons and toggles, copied with the programme.
WIDGET = re.compile(r"(?i)(?:open\s+closed|add to (?:my )?calendar|read more|show more|"
                     r"see more|more info(?:rmation)?|register(?: here| now)?|details|share|"
                     r"expand|collapse|(?:session )?in (?:English|French|Spanish|Arabic|Chinese|"
                     r"Russian)(?:\s*(?:and|/|,)\s*(?:English|French|Spanish|Arabic|Chinese|"
                     r"Russian))*(?:\s*[-–]\s*(?:recording|webcast|video))?|recording|"
                     r"light|dark|text colou?r"  # a page's theme switch ("Light / Text color")
                     # a form's empty field, and who may attend: notes, not an item's title
                     r"|n/?a|tb[acd]|(?:by|on) invitation(?: only)?|invitation only|"
                     r"open to (?:all|the public)|sur invitation|por invitaci[oó]n"
                     # a page's sections below the programme ("Related Documents")
                     r"|related (?:documents|links|resources|events|news|content)|downloads?|"
                     r"attachments|documents connexes|documentos relacionados)")

#: A web page's stock lines after a title: "Watch live", "Find out more and register here".
BOILERPLATE = re.compile(r"\s*(?:View recording of the webcast here|(?:Virtual|In-person) "
                          r"(?:in)?formal meeting|\(will be broadcast[^)]*\)?|Watch (?:it )?"
                          r"(?:live|here)[^.]*|Find out more(?: and register here)?|Register "
                          r"here|Read more|Watch the (?:recording|replay)(?: of this event)?|"
                          r"(?:Learn more|Download the (?:slides|presentations?)):?(?=\s*$))",
                          re.IGNORECASE)
#: A web page's links in brackets after a title: "(Video of the session)", "(PDF)".
LINK_NOTE = re.compile(r"\s*(?:\((?:video|webcast|recording|watch|pdf|presentation|slides|"
                        r"photos?|livestream|bio(?:graphy)?|concept note|programme|agenda)"
                        r"[^()]{0,30}\)"
                        # the UN Journal's "14th meeting [webcast]", "… Commission [item 79]"
                        r"|\[(?:webcast|web ?tv|live|hybrid|closed|"
                        r"(?:agenda )?items?\s+\d[^\[\]]{0,30})\]"
                        # a link's label, its bracket left open where the line breaks
                        r"|\[(?:presentation|slides|video|pdf|webcast)s?\]?\s*$"
                        # and its presenter after it: "… Plenary [presentation] CEO Team"
                        r"|\s\[(?:presentation|slides)s?\]\s+[^\[\]]{2,60}$)", re.IGNORECASE)


#: Who holds an event, where its title should stand: "Co-organized by Denmark, Kenya, UNFPA".
ORGANISERS_FIRST = re.compile(r"(?i)^\s*(?:co-?)?(?:organi[sz]ed|organisée?|organizado|hosted|"
                              r"sponsored|convened)\s+(?:jointly\s+)?(?:by|par|por)\s.*$")

#: A UN resolution's number and title, the meeting it organises after its modalities: "75/283.
#: Modalités, forme et organisation de la réunion de haut niveau …", "Modalities, format and
#: organization of the high-level meeting on …".
RESOLUTION_TITLE = re.compile(
    r"(?m)^[ \t]*\d{2}/\d{1,3}\.[ \t]+(?:[^\n]{0,80}?\b(?:of the|for the|de la|de l['’]|del?)\s+"
    r"(?=(?:réunion|reunión|high-level|conférence|conference|conferencia|meeting|session|"
    r"sesión|dialogue|diálogo)))?(?P<t>[^\n]{10,300}?)\s*$", re.IGNORECASE)


#: An office named without its holder: "Secretary General", "Deputy Director-General".
OFFICE_ONLY = re.compile(r"(?i)(?:(?:the|deputy|vice|assistant|under|executive|general|"
                         r"secretary|director|minister|chair\w*|president|head|representative|"
                         r"commissioner|coordinator|officer|senior|chief|special|advis[eo]r|"
                         r"rapporteur)(?:[\s-]+|$))+")


#: A word for what is said, whose speaker says what it is ("Statement by Mr X"), unlike an item's
#: part said by its own word ("Opening by Mr X").
SPEECH_WORD = re.compile(r"(?i)\b(?:statement|speech|address|message|remarks|intervention|"
                         r"discours|allocution|déclaration|declaración|discurso)\s*$")


#: A title cut off after a word no title ends with ("… public life in", "… Programme &"): its rest
#: is on a later line.
CUT_OFF = re.compile(r"(?:\b(?:of|in|on|the|for|to|with|from|into|between|towards|through|and|"
                     r"by)|&)\s*$")

#: A wiki's link, read as its words: "[wiki:Training2011/Run  Your first experiment ]", "[https://
#: x.org/a.pdf Harmonie System Installation]" (Trac's and MediaWiki's external links).
WIKI_LINK = r"\[(?:wiki:|https?://)\S+\s+(?P<w>[^\[\]]*[^\s\[\]])\s*\]"
