"""Programmes told in prose: "The opening segment, to be held from 10 to 11", "De 10 heures
à 13 heures, le chef de l'Etat assistera au 27-ème sommet …", "at 9:30 a.m.: Opening ceremony."

The reader found the ranges of such text as the meeting's hours; here each becomes a segment
titled from its sentence (a paragraph's label, the item after the range's colon, what is
attended, the segment the sentence names), and points told in prose are added before them.
"""

from __future__ import annotations

import re

from floorapp.core.programme.importer.layout import SENTENCE_WORD
from floorapp.core.programme.importer.lines import DATE_WORDS, line_around
from floorapp.core.programme.importer.proposal import Found, Odd, ProposedSegment
from floorapp.core.programme.importer.prose_points import (
    SENTENCE_END,
    capital,
    first_of_span,
    prose_points,
)
from floorapp.core.programme.importer.reading import Reading
from floorapp.core.programme.importer.sittings import sittings_title
from floorapp.core.programme.importer.words import segment_kind

_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|\bThe\s+|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|consecutive|\d+)\s+)(?P<t>(?:[\w-]+\s+){0,3}?(?:segment|session|meeting|panel|"
    r"dialogue|debate|round ?table|discussion|consultation|séance|sesión|segmento|(?-i:Day))s?"
    r"(?:\s+of\s+the\s+(?:meeting|conference|committee|council|assembly|commission))?)\b",
    re.IGNORECASE)


#: What another meeting is named after: "… the Stakeholder Day prior to the seventh session".
_BEFORE_ANOTHER = re.compile(r"(?i)\b(?:prior to|ahead of|in advance of|before|after|following|"
                             r"on the (?:margins|sidelines) of)\s+(?:the\s+)?$")


#: "Registration will open from …", "The meetings of the … session were held in English from …".
_ITEM_THEN_VERB = re.compile(
    r"\s*(?:[A-Z][A-Z ,&'’-]{3,60}:\s+)?(?:[-•*]\s*)?(?P<t>[A-Z][\w/&'’ -]{2,60}?)\s+(?:will\s+"
    r"(?:open|begin|start|be held|take place|follow|be served|convene|reconvene|meet)|to follow|"
    r"opens|begins|starts|is served|convenes|meets|(?:is|are|was|were) held)"
    r"(?:\s+(?:in [A-Z]\w+|online|virtually|in person))?\s*(?:from|at|between)?\s*")

_BREAK_BEFORE = re.compile(
    r"(?<![\w-])(?P<t>(?:(?:coffee|tea|health|networking|working|buffet)\s+)?(?:break|lunch|"
    r"luncheon|reception|dinner|registration))\s+(?:(?:will|shall)\s+be\s+(?:held|served|"
    r"offered|open)\s+|is\s+(?:scheduled|served)\s+)?(?:from|between)\s*$", re.IGNORECASE)



def from_prose(r: Reading, text: str, meeting_title: Found[str]) -> list[ProposedSegment]:
    """Segments from a programme told in prose ("The opening segment, to be held from 10 to 11")."""
    out: list[ProposedSegment] = []
    first_day = ""
    for h in r.hours:
        # "on Thursday, 4 May, from 3 - 6 p.m. and Friday, 5 May, from 10 a.m. - 1 p.m.": the
        # date nearest before each range in its line; a programme holds the first day.
        line_start = text.rfind("\n", 0, h.span[0]) + 1
        dated = list(DATE_WORDS.finditer(text, line_start, h.span[0]))
        day = first_of_span(text, dated)
        first_day = first_day or day
        if day and first_day and day != first_day:
            r.odd.append(Odd(line_around(text, h.span), h.span,
                             f"on another day ({day}): a programme holds one day"))
            continue
        title = _prose_title(text, h.span, meeting_title)
        if out and re.fullmatch(r"\s*,?\s*(?:and|et|y)\s+(?:from|de|desde)\s*",
                                text[out[-1].end.span[1]:h.span[0]]):
            title = out[-1].title  # "… panel discussions, from 11 a.m. to 1 p.m. and from 3 …"
        kind = segment_kind(title.value)
        out.append(ProposedSegment(
            start=Found(h.start, h.span, "from the meeting's hours in prose"),
            end=Found(h.end, h.span, "from the meeting's hours in prose"),
            title=title, kind=kind if kind != "other" else "dialogue",
            day=day))  # (the day the programme's date is taken from)
    return _without_hours(r, text, out) + prose_points(text, first_day, out)


def _without_hours(r: Reading, text: str, out: list[ProposedSegment]) -> list[ProposedSegment]:
    """The segments less any that holds two others or more, the first starting with it and the
    last ending with it ("from 10 a.m. to 6 p.m., and shall consist of …" above "The opening
    segment, to be held from 10 to 10.30 a.m." … "The closing segment, … from 5.30 to 6 p.m."):
    the meeting's hours, the parts inside them told too. (Not the plenary that two panels are
    held beside.)"""
    kept = []
    for s in out:
        a, b = s.start.value, s.end.value
        inside = [o for o in out if a <= o.start.value and o.end.value <= b and
                  (o.start.value, o.end.value) != (a, b)]
        if len(inside) >= 2 and any(o.start.value == a for o in inside) and \
                any(o.end.value == b for o in inside):
            r.odd.append(Odd(line_around(text, s.start.span), s.start.span,
                             "the meeting's hours: the segments below fall within them"))
            for o in inside:
                o.day = o.day or s.day  # (the hours' sentence says the day)
        else:
            kept.append(s)
    return kept


#: "… from 11:00 a.m. till 1 p.m.: A ministerial round table discussion will be held …": the
#: item after the colon, up to its verb or the sentence's end; a quoted subject after "on".
_AFTER_COLON = re.compile(r"\s*\.?\s*:\s*(?P<t>[A-Z][^.:;“\"]{3,90}?)(?=\s+(?:will|is|are|shall)\b"
                          r"|[.;]|$)")
#: "… à 13 heures, le chef de l'Etat assistera au 27-ème sommet …", "(il) assistera de 18 heures
#: à 19 heures à la réunion du Comité des dix …", "… will take part in the dialogue on …".
_VERB = (r"\b(?:assistera|participera|prendra part|présidera|asistirá|participará|presidirá|"
         r"will attend|will take part|will participate|will chair)\b")
_PREPOSITION = r"(?:à la|à l['’]|au|aux|à|a la|al|a los|a las|in the|in|the)\s+"
_OBJECT = (r"(?P<t>[^.;:\n]{8,160}?)(?=\s*(?:[.;]|,\s+(?:dont|qui|où|que|which|where|who)\b|"
           r"\s(?:dont|qui|which)\b|$))")
_BRACKET_AFTER = re.compile(r"[ \t]*\((?P<t>(?![^)]*\b(?:time|CET|CEST|GMT|UTC|EST|EDT|local|hora|"
                            r"heure)\b)[^()\n]{3,60})\)[ \t]*(?::[^\n]{0,20})?$", re.MULTILINE)
_ATTENDED_AFTER = re.compile(r"[\s,]*[^.;:\n]{0,60}?" + _VERB + r"\s*" + _PREPOSITION + _OBJECT,
                             re.IGNORECASE)
_ATTENDED_AROUND = re.compile(r"[\s,]*" + _PREPOSITION + _OBJECT, re.IGNORECASE)
_VERB_BEFORE = re.compile(_VERB + r"[^.;:\n]{0,40}$", re.IGNORECASE)
_QUOTED_ON = re.compile(r"\bon\s+[“\"](?P<q>[^”\"]{8,160})[”\"]")


#: "… will comprise a morning session from 10 a.m. to 1 p.m.", "an opening plenary meeting, from
#: 9 a.m. to 11 a.m., two consecutive panel discussions, from …", "the first panel discussion,
#: which will be held from …": the part named just before a range, in a sentence that lists them
_WHEN_HELD = (r"\s*,?\s*(?:on\s+(?:\w+,?\s+)?\d{1,2}\s+\w+(?:\s+\d{4})?\s*,?\s*)?"
              r"(?:(?:which|that)\s+will\s+(?:be\s+held|take\s+place)\s+|to\s+be\s+held\s+)?")
_NAMED_PART = re.compile(
    r"\b(?:an?|the|two|three|four|consecutive)\s+(?P<t>(?:[a-z-]+\s+){0,2}(?:sessions?|segments?|"
    r"meetings?|panels?|panel discussions?|dialogues?|plenary|round ?tables?|debates?))"
    + _WHEN_HELD + r"(?:from|between)\s*$", re.IGNORECASE)
#: The same in French: "une séance plénière d’ouverture le 22 novembre, de 10 heures à 11 heures",
#: "deux tables rondes se suivant, de 11 heures …", "la première table ronde, qui se tiendra de …"
_NAMED_PART_FR = re.compile(
    r"\b(?:une?|des|deux|trois|quatre|la|le|les)\s+(?P<t>(?:[\w’'-]+\s+)?(?:séances?|tables? "
    r"rondes?|débats?|dialogues?|réunions?|segments?|sessions?)(?:\s+[^\s,;:]+){0,4}?)\s*,?\s*"
    r"(?:(?:le|du)\s+(?:\w+\s+)?\d{1,2}\s+\w+(?:\s+\d{4})?\s*,?\s*)?(?:qui\s+(?:se\s+tiendra|aura\s+lieu)\s+)?"
    r"(?:de|entre)\s*$", re.IGNORECASE)


def _capitalised(t: str, at: int, doubt: str) -> Found[str]:
    """A title found at ``at``, its first letter a capital."""
    return Found(capital(t), (at, at + len(t)), doubt)


#: A numbered section's heading above a paragraph: "II. Registration", "3. Opening session".
_SECTION = re.compile(r"(?m)^[ \t]*(?:[IVX]{1,4}|\d{1,2})\.[ \t]+(?P<t>[A-Z][\w’',&-]*(?:[ \t]+"
                      r"[\w’',&-]+){0,4})[ \t]*$")


def _prose_title(text: str, span: tuple[int, int], meeting_title: Found[str]) -> Found[str]:
    """The title of a range found in prose: the paragraph's label, the item after the
    range's colon, the segment the sentence names, or else the meeting's title."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, 0, span[0])]
    sentence_start = max(ends[-1] if ends else 0, text.rfind("\n", 0, span[0]) + 1)
    before = text[sentence_start:span[0]]
    doubt = "the meeting's hours in prose: check the title"
    # "OPENING PLENARY: … will take place from 10:00-1:00 pm": the paragraph's label.
    para_start = text.rfind("\n", 0, span[0]) + 1
    label = re.match(r"\s*(?P<t>[A-Z][A-Z ,&'’-]{3,60}[A-Z]):\s", text[para_start:span[0]]) or \
        re.match(r"\s*[•*·▪-]\s*(?P<t>[A-Z][^:\n]{2,50}?):\s", text[para_start:span[0]]) or \
        re.match(r"\s*(?P<t>[A-ZÀ-Ý][^:\n]{3,60}?\s\d{1,2}):\s", text[para_start:span[0]])
    # ("Jornada de Acción 1: viernes 20 de septiembre, de las 13.00 a las 18.00": a numbered
    # part's name before its date)
    if label is not None:
        t = label.group("t").strip()
        t = t.capitalize() if t.isupper() else t
        at = para_start + label.start("t")
        return Found(t, (at, at + len(t)), "the paragraph's label: check the title")
    # "- Security / Registration will open from 14:15-14:45", "- Refreshments to follow from
    # 17:00-17:45": a short item, then its verb and the hours
    item = _ITEM_THEN_VERB.fullmatch(before)
    if item is not None:  # ("A coffee break will be held from …": the break, without its article)
        t, at = item.group("t").strip(), sentence_start + item.start("t")
        if (article := re.match(r"(?:An?|The)\s+(?=[a-z])", t)) is not None:
            t, at = t[article.end()].upper() + t[article.end() + 1:], at + article.end()
        return Found(t, (at, at + len(t)), doubt)
    # "A coffee break will be held from 11:30 to 11:45", "…, followed by lunch from 13:00 to
    # 14:30": a break named just before its hours
    pause = _BREAK_BEFORE.search(before)
    if pause is not None:
        t, at = pause.group("t"), sentence_start + pause.start("t")
        return _capitalised(t, at, doubt)
    # "Monday 29 November: FAC15 from 0900h - 1100h and HOD from 1130h - 1330h": a short name
    # in capitals just before each range's "from", after a colon or "and"
    short = re.search(r"(?:^|[:;]\s+|,\s+|\band\s+)(?P<t>[A-Z][A-Z\d/&-]{1,11})\s+(?:from|"
                      r"between)\s*$", before)
    if short is not None:
        t, at = short.group("t"), sentence_start + short.start("t")
        return Found(t, (at, at + len(t)), doubt)
    # "… will comprise a morning session from 10 a.m. to 1 p.m., an afternoon session from …":
    # the part named just before each range's "from"
    named = _NAMED_PART.search(before) or _NAMED_PART_FR.search(before)
    if named is not None and named.group("t").split()[0].lower() not in ("the", "this", "that"):
        t, at = named.group("t"), sentence_start + named.start("t")
        return _capitalised(t, at, doubt)
    after = _AFTER_COLON.match(text, span[1])
    if after is not None:
        t, at = after.group("t").strip(), after.start("t")
        sentence_end = SENTENCE_END.search(text, after.end())
        quoted = _QUOTED_ON.search(text, after.end(), sentence_end.start() if sentence_end
                                   else len(text))
        if quoted is not None:
            t = f"{t}: {quoted.group('q').strip().rstrip('.')}"
        return Found(t, (at, at + len(after.group("t").strip())), doubt)
    # "• Wednesday, 3 June 2020 from 11:00 to 12:00 (session in French): Registration": the
    # bracket after the range, at its line's end or before a link
    bracket = _BRACKET_AFTER.match(text, span[1])
    if bracket is not None and ":" not in text[para_start:span[0]]:  # (not "When: …, 10am-11am
        # (Full events schedule attached)": a label's line tells the meeting's hours)
        t, at = bracket.group("t").strip(), bracket.start("t")
        return _capitalised(t, at, doubt)
    # "De 10 heures à 13 heures, le chef de l'Etat assistera au 27-ème sommet du NEPAD, …":
    # what is attended, after the range, up to the sentence's end or a relative clause
    obj = _ATTENDED_AFTER.match(text, span[1])
    if obj is None and _VERB_BEFORE.search(text, max(0, span[0] - 60), span[0]):
        obj = _ATTENDED_AROUND.match(text, span[1])
    if obj is not None:
        t, at = obj.group("t").strip(" ,"), obj.start("t")
        return Found(t, (at, at + len(t)), doubt)
    # "a plenary meeting to hear …" names a segment; "a Special High-Level Dialogue on …" is
    # a proper title that goes on past the word the pattern stops at.
    lead_in = text[:para_start].rstrip().rsplit("\n", 1)[-1]
    from_lead_in = not _SUBJECT.search(before) and lead_in.endswith(":")
    if from_lead_in:
        # "… shall consist of eight plenary meetings, as follows:" / "Monday, …, from 9 a.m.
        # to 1 p.m. and from 3 to 6 p.m.": the lead-in above names what the ranges are, the
        # last thing it names before its colon
        before = lead_in
        sentence_start = text.rfind(lead_in, 0, para_start)
    subjects = [m for m in _SUBJECT.finditer(before)
                if not (re.search(r"\ban?\s+$", before[:m.start("t")], re.IGNORECASE)
                        and m.group("t")[:1].isupper())
                and not before.startswith(":", m.end())  # ("Date and sessions: …": a label)
                and not _BEFORE_ANOTHER.search(before, 0, m.start("t"))]  # ("prior to the …")
    if not subjects and (listed := sittings_title(text, span)) is not None:
        return listed
    sections = [] if subjects else list(_SECTION.finditer(text, max(0, para_start - 1500),
                                                           para_start))
    if sections:  # "II. Registration" / "3. … register … from 0800 hours to 0900 hours …"
        return Found(sections[-1].group("t"), sections[-1].span("t"), doubt)
    if not subjects:
        return Found(meeting_title.value, meeting_title.span,
                     "the meeting's title: no segments were found")
    # "Morning sessions will be held from 9:30 …, and the afternoon sessions will be held from
    # 2:00 …": a clause of its own names the ranges after it
    clauses = [x for x in subjects[1:] if re.search(r"[,;]\s*and\s+(?:the\s+)?$|;\s*(?:the\s+)?$",
                                                     before[:x.start("t")], re.IGNORECASE)]
    m = subjects[-1] if from_lead_in else clauses[-1] if clauses else subjects[0]
    words = m.group("t").split()
    if len(words) > 1 and words[0].lower() in ("the", "consecutive", "two", "three", "nine",
                                               "several", "high-level", "multi-stakeholder"):
        words = words[1:]
    t = " ".join(words)
    t = t[0].upper() + t[1:]
    if t.lower() in ("meeting", "event", "session", "dialogue", "debate", "discussion"):
        t = meeting_title.value
    # one sitting of several: "Formal sessions of the meeting" gives "Formal session of the
    # meeting"
    t = re.sub(r"(?i)(meeting|segment|session|panel)s(?=\s+of\s+the\s|$)", r"\1", t)
    return Found(t, (sentence_start + m.start("t"), sentence_start + m.end("t")), doubt)


#: "WHEN: Thursday 7 May. Opening remarks from 1100-1130. Media Q&A 1130-1150. EST": items
#: told in short sentences, each its title, then its hours, then the sentence's full stop.
_TOLD_ITEM = re.compile(r"(?:^|[.:;]\s+)(?P<t>[A-Z][^.:;]{2,80}?)\s*(?:\b(?:from|between)\s*)?$")


def told_item(before: str, after: str) -> tuple[str, int] | None:
    """The title of a range told as "… . Opening remarks from 1100-1130. …", and where it
    starts in ``before``; None unless the sentence ends right after the range."""
    if not re.match(r"\s*\.(?:\s|$)", after):
        return None
    told = _TOLD_ITEM.search(before)
    if told is None or DATE_WORDS.search(told.group("t")) or \
            len(told.group("t").split()) > 10 or SENTENCE_WORD.search(told.group("t")):
        return None
    return told.group("t"), told.start("t")
