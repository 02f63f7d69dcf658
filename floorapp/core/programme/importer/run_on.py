"""What runs on after an item's title and is no name: a description glued to it ("Opening
SessionThe event will open with …"), what the item is for ("… consisting of a video …"), notes
("(duration approx. 1 hour)", "EN/FR") and a timetable's written duration ("LHC Matters 40m")."""

from __future__ import annotations

import re

from floorapp.core.programme.importer.lines import line_around

#: A description glued to its title, as a page's two elements run together: "Opening
#: SessionThe event will open with …", "The EO Commercial DimensionA reflection on …".
_GLUED_PROSE = re.compile(r"(?<![#@\w])[A-ZÀ-Ý]?[a-zà-ÿ]{4,}(?P<cut>)[A-ZÀ-Ý][a-zà-ÿ]*\s+"
                          r"(?:[a-zà-ÿ][\w'’-]*[\s,]+){2}[a-zà-ÿ]")


#: What an item is for or holds, run on after its title: "… Women Leaders' Forum consisting
#: of a video presentation on …", "… Stock-take focused on stock-taking and exploring …".
_PROSE_AFTER = re.compile(r"(?<=[\w)’'])\s+(?:consisting of|focus(?:ed|ing) on|aim(?:ed|ing) "
                          r"(?:at|to)|which will|that will|will (?:address|focus|discuss|examine|"
                          r"explore)|in order to|to (?:review|discuss|"
                          r"present|consider|exchange)\b|including (?:an? )?(?:overview|"
                          r"presentations?|discussions?|review)|where participants|during which)"
                          r"\s.*$")
_SENTENCE_START = re.compile(r"(?:The|This|These|A|An|In|On|During|Our|Its|Each|Join|Le|La|Les|"
                             r"El|Los|Las|Un|Une|Una)\s")


#: Notes after a title that are no part of it: "(duration approx. 1 hour)", "[10']", "(Organized
#: by the NGOs)", "(from Sunday 22 October at 13:00)", the languages it is held in ("EN",
#: "EN/FR"), the sites' numbers "(8) (5) (4)".
_TRAILING_NOTE = re.compile(r"(?:\s*(?:\((?i:duration|approx|organi[sz]ed by|hosted by|"
                            r"organisé par|organizado por|(?:from|until|since) (?=[^()]*\d:\d\d)"
                            r")[^()]*\)|\[\d{1,3}['’]\]|"
                            r"(?:\s*\(\d{1,2}\)){2,}|"
                            r"(?<=\w)\s(?:EN|FR|ES|AR|RU|ZH)(?:/(?:EN|FR|ES|AR|RU|ZH))*(?=\s|$)))+"
                            r"(?:\s+[A-Z]{1,3}\d+\.\d+)?\s*$")


#: A table's column headings after a title, with no names: "Panel Discussion Moderator
#: Contributors" (not "Presentations by the Panelists", "Election of a Chairperson / Rapporteur").
_COLUMN_HEADS = re.compile(r"(?<!\bby)(?<!\bthe)(?<!\bof)(?<!\bfor)(?<!\bwith)(?<!\band)(?<!\bto)"
                           r"(?<!\bSpecial)(?<!/)(?<!\bpar)(?<!\bles)(?<!\bdes)(?<!\bpor)"
                           r"(?<!\blos)(?<!\blas)(?:\s+(?:Co-)?(?:Moderators?|Contributors|"
                           r"Speakers|Panel+ists|Presenters|Rapporteurs?))+\s*$")


def without_column_heads(title: str) -> str:
    """The title without a table's column headings after it; "Welcome by the Conference
    Moderators" keeps its last word, who gives the welcome."""
    if re.search(r"\b(?:by|the)\s+[\w-]+\s+(?:Co-)?Moderators?$", title):
        return title
    return _COLUMN_HEADS.sub("", title)


def without_notes(title: str) -> str:
    """The title without the notes after it ("(duration approx. 1 hour)", "EN", "[10']")."""
    return _TRAILING_NOTE.sub("", title)


#: Where a sentence starts after a title ("… Panel 1 will discuss …").
_TITLE_THEN_SENTENCE = re.compile(
    r"(?<=[a-z0-9)])\s+(?=(?:The|This|It|In|A|An|Les|La|Le|El|Los|Las|Veuillez|Please|With|As|"
    r"While|Given|Despite|Since|Following|Over|During|Today|Across)\s(?![A-Z][a-z]+\s+[A-Z―–—])|"
    r"(?-i:[A-Z][a-z]+)(?:\s+\d+)?\s+(?:will|shall|aims|seeks)\s+[a-z])")  # "Panel 1 will"


def sentence_after_title(t: str) -> re.Match[str] | None:
    """Where a sentence after a title starts; not inside a name ("the Skills Summit 2024 will
    officially start": the name's last word is no sentence's first)."""
    m = _TITLE_THEN_SENTENCE.search(t)
    if m is not None and re.search(r"\b[A-Z][a-z]+$", t[:m.start()]) and \
            re.match(r"\s+[A-Z][a-z]+\s+\d", t[m.start():]):
        return None
    return m


#: A timetable's duration after an item's title (Indico: "LHC Matters 40m", "--- LUNCH --- 1h
#: 30m").
_WRITTEN_DURATION = re.compile(r"(?<=\S)\s+(?:(?P<h>\d{1,2})h(?:\s?(?P<m>\d{1,2})m)?|"
                               r"(?P<mm>\d{1,3})m)\s*$")


def cut_run_on(title: str, minutes: int) -> tuple[str, int]:
    """The title without what runs on after it, and the item's minutes when a timetable writes
    its duration after the title ("Report by the Credentials Committee 2m"), else ``minutes``."""
    took = _WRITTEN_DURATION.search(title)
    if took is not None and re.search(r"[^\W\d]{2}", title[:took.start()]):
        minutes = int(took.group("h") or 0) * 60 + int(took.group("m") or took.group("mm") or 0)
        title = title[:took.start()].strip(" -–—")
    # "… (Laurence Rouil, Carolin Sanz Noriega) - Download", "(session in French): Registration":
    # a web page's link after it
    title = re.sub(r"(?<=\S)(?:\s+[-–|]\s*(?:Download|PDF|Slides)|\s*[-–|:]\s*Regist(?:ration|er)"
                   r"(?: here)?)\s*$", "", title)
    return without_run_on(title), minutes


def without_run_on(title: str) -> str:
    """The title without what runs on after it: a description or a room glued to its last word,
    what the item is for, a flattened agenda's next numbered items."""
    # "Guided city tour: … Museum Meeting point: Tourist information, …": where to meet
    title = re.sub(r"(?<=\S)\s+(?:Meeting point|Meeting place|Point de rencontre|Punto de "
                   r"encuentro|Venue|Location)\s*:\s.*$", "", title)
    letters = re.search(r"(?<=[a-z])a\.b\.(?:[c-z]\.)*(?=[A-Z])", title)
    if letters is not None:  # "… Ordinary Sessiona.b.c.d.Statement by the President…": a PDF's
        title = title[:letters.start()]  # lettered sub-items, their marks and texts glued on
    numbered = re.match(r"\s*\d{1,2}[a-z]?[.)]\s+\S.{3,}?(?=\s\d{1,2}[a-z]?\.\s+[A-Z])", title)
    if numbered is not None:  # "1. Welcome by the Chair 1a. Introduction of participants 2. …":
        title = numbered.group(0)  # a flattened agenda's next items, run on
    twice = re.fullmatch(r"(?P<w>[^\W\d][\w'’ -]{2,40}?)\s+(?P<a>\w{1,3})\s+(?P=w)\s+"
                         r"(?!(?P=a)\b)\w{1,3}", title.strip())
    if twice is not None:  # "Workshop 1 Workshop 2": a grid's parallel sessions, one row
        return title.strip()[:twice.end("a")]
    parallel = re.match(r"\s*(?P<w>Session|Panel|Workshop|Track|Room|Sesión|Séance|Atelier)\s+"
                        r"(?P<a>[A-Z]?\d{1,2}[A-Z]?)\b.{8,}?(?=\s(?P=w)\s+(?!(?P=a)\b)[A-Z]?\d{1,2}"
                        r"[A-Z]?\b)", title)
    if parallel is not None:  # "Session A2 - Media for … Session B2 - Bungeni": side by side
        title = parallel.group(0)
    title = without_notes(title)
    talks = re.match(r"[\s|]*(?P<t>(?:Plenary\s+)?(?:Session|Panel|Séance|Sesión|Segment)\s+"
                     r"(?:[IVX]{1,4}|\d{1,2})[a-z]?)\s+[“\"«][^“”\"«»]{10,}[”\"»][^“\"«]{0,90}[“\"«]",
                     title)
    if talks is not None:  # "Plenary Session I “The Long Term Strategy …” “The African …”":
        return talks.group("t")  # the session, then its talks' titles in quotes
    # "Opening (by the co-Presidency) Adoption of the agenda Tour de table …": who gives it in
    # brackets, then the flattened agenda's next items
    title = re.sub(r"(?<=\S)(\s*\((?:by|par|por)\s[^()]{2,60}\))\s+[A-Z][a-z].{15,}$", r"\1", title)
    quote = re.match(r"\s*[“\"«][^“”\"«»]{6,200}[”\"»](?=\.\s+[A-ZÀ-Ý][a-zà-ÿ]*[\s,]+[a-zà-ÿ])",
                     title)
    if quote is not None:  # "“Sustainability starts with educators”. This roundtable …": the
        return quote.group(0).strip()  # quoted title, then a sentence about it
    # "Opening ceremony #RightsCulture Performance by …", "Parallel FRA working groups
    # Description WG1: …": a flattened page's next fields after the title and its hashtag
    hashtag = re.search(r"(?<=[a-z])\s+#\w+(?=\s+[A-Z])", title)
    title = title[:hashtag.end()] if hashtag is not None else title
    title = re.sub(r"(?<=[a-z])\s+Description\s+[A-Z].*$", "", title)
    said = _PROSE_AFTER.search(title)
    if said is not None and len(title) > 60 and len(title[:said.start()].split()) >= 3:
        title = title[:said.start()]  # "… Working Group (CMWG) to review and finalize the …"
        subject = re.search(r"(?<=[a-z)])\s+(?-i:[A-Z][a-z]+)(?:\s+[a-z]+){1,6}$", title) \
            if said.group().lstrip().startswith("will") else None
        if subject is not None and len(title[:subject.start()].split()) >= 3:
            title = title[:subject.start()]  # "… private sector Business representatives in
            # home and host countries will discuss …": the sentence's subject, too
    room = re.search(r"(?<=[a-zà-ÿ]{3})[A-ZÀ-Ý][\w'’-]+\s+(?:Room|Hall|Salle|Sala)\s*$", title)
    if room is not None:  # "Opening sessionKairouan Room": the table's room column, glued
        return title[:room.start()]
    m = _GLUED_PROSE.search(title)
    return title[:m.start("cut")] if m is not None and (
        " " in title[:m.start("cut")].strip() or _SENTENCE_START.match(title, m.end("cut"))
        or title.startswith(title[m.start(0):m.end("cut")], m.end("cut"))) else title


def before_wide_gap(title: str) -> tuple[str, str]:
    """ "Opening, introduction, agenda         Chair": the title before a wide gap (a PDF
    table's next columns), and what stands after it ("" when there is no gap)."""
    gap = re.search(r"(?<=[^\W\d_]|[)])[ ]{4,}(?=\S)", title)
    return (title[:gap.start()], title[gap.end():].strip()) if gap else (title, "")


def closes_bracket(text: str, title_at: int, below: str) -> bool:
    """Whether the line ``below`` a title closes a bracket its line left open ("… of
    requirements ("fish bowl" and group" / "work; moderation: J. Klausen)"): a note's end, not
    the title's."""
    row = line_around(text, (title_at, title_at))
    return row.count("(") > row.count(")") and below.count(")") > below.count("(")
