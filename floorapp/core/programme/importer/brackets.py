"""People named in brackets in or after a title: "Scientific presentation 1 (Adnan Siddique):
…", "Draft Vision for WIGOS/Space in 2040 (S. Bojinski, WMO) (Doc. 2)", "Introductory Remarks
[Prof. Zhou] [For Information]"; and after a colon, each with a bracket after the name."""

from __future__ import annotations

import re

from floorapp.core.programme.importer.given import ends_with_name, is_given_name
from floorapp.core.programme.importer.people import (
    NAME_ALONE,
    NOT_A_NAME,
    ROLE_WORDS,
    starts_with_person,
)
from floorapp.core.programme.importer.words import ROOM_WORDS

#: "Scientific presentation 1 (Adnan Siddique): Machine learning …": a person in brackets.
_NAME_IN_BRACKETS = re.compile(
    r"\s*\((?P<n>(?-i:[A-Z][a-zà-ÿ'’-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][a-zà-ÿ'’-]+){1,3}))\)"
    r"(?=\s*[:–-]|\s*(?:<[^<>]*>\s*)*$|\s*\[[^\[\]]*\]?\s*$)")  # "… (Jane Doe) [slides]"


_A_PLACE = re.compile(r"\b" + ROOM_WORDS + r"\b")


def names_in_brackets(title: str) -> tuple[str, list[tuple[str, int]]]:
    """The title without the people named in brackets in it, and those names with their
    offsets in ``title``."""
    found: list[tuple[str, int]] = []
    for m in _NAME_IN_BRACKETS.finditer(title):
        if not NOT_A_NAME.search(m.group("n")) and not ROLE_WORDS.search(m.group("n")) and \
                not _A_PLACE.search(m.group("n")):
            found.append((m.group("n"), m.start("n")))
    if not found:
        return title, found
    out = title
    for name, _ in reversed(found):
        out = out.replace(f"({name})", "", 1)
    return re.sub(r"\s{2,}", " ", re.sub(r"\s+:", ":", out)).strip(), found


#: A name written with initials: "P. Shi", "L. P. Riishojgaard", "J.-P. Dupont", "Zhang P.".
_INITIALS_NAME = re.compile(r"(?:[A-Z]\.(?:-[A-Z]\.)?\s?){1,3}[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?|"
                            r"[A-Z][a-z'’-]+\s(?:[A-Z]\.){1,2}")
#: Notes after a title: "(Doc. 2)", "(10 minutes, including …)", "(Theme: …)", "(Powerpoint)"
#: (not a Markdown link's address: "[A talk](slides/a.pdf)").
_NOTE_BRACKET = re.compile(r"\s*(?<!\])\((?:(?:Doc|Docs|Document|Presentation|Slides|PDF|ppt|"
                           r"Powerpoint|Item|Agenda item|Megatrends|Requirements|th[eè]me\s*:|"
                           r"tema\s*:|\d{1,3}\s*(?:min(?:ute)?s?|mn)\b)[^()]*)\)(?=\)?\s*$)",
                           re.IGNORECASE)


_CHAIR_IN_BRACKET = re.compile(r"(?i)(?:co-?)?(?:chair(?:s|ed by|person)?|moderat(?:ors?|ed by)|"
                               r"facilitat(?:ors?|ed by)|présid(?:ent|ente|é par)|"
                               r"modérat(?:eur|rice)|moderador(?:a)?)\s*:?\s*(?=\S)")


def speakers_in_brackets(title: str) -> tuple[str, list[tuple[str, int]]]:
    """ "Draft Vision for WIGOS/Space in 2040 (S. Bojinski, WMO) (Doc. 2)": the title without
    its speakers' bracket and its notes, and the speakers' names with their offsets in
    ``title``. A bracket counts when it opens with a name (initials, or a name alone before a
    comma or a slash); countries and bodies after the names are their affiliations."""
    found: list[tuple[str, int]] = []
    out, noted = title, False
    for _ in range(4):
        note = _NOTE_BRACKET.search(out)
        if note is not None and note.start() > 3:
            out, noted = out[:note.start()] + out[note.end():], True
            continue
        m = re.search(r"\s*\((?P<b>[^()]{3,240})\)(?P<dot>\.)?:?(?:\s+[–-]\s+(?i:presentation|"
                      r"discussion))?\s*$", out)  # "(Dr X, WOAH).", "(I. Shi) - Presentation"
        if m is None or m.start() < 3 or m.group("dot") and len(out[:m.start()].split()) < 4:
            break
        label = _CHAIR_IN_BRACKET.match(m.group("b"))  # "(Chair: C. Readings)"
        skip = label.end() if label is not None else 0
        pieces = [(p.group(0).strip(), m.start("b") + skip + p.start()) for p in
                  re.finditer(r"[^,;/]+", re.sub(  # "(Jo Lee and Al Roy)", "(Jo Lee – UNEP)"
                      r"\s+(?:and|&)\s+|\s+[–—-]\s+", lambda d: "," + " " * (len(d.group()) - 1),
                      m.group("b")[skip:]))]
        pieces = [(p, at) for p, at in pieces if p]
        names = [(p, at) for i, (p, at) in enumerate(pieces)
                 if _INITIALS_NAME.fullmatch(p) or ((i == 0 or is_given_name(p.split()[0])) and
                                                     NAME_ALONE.fullmatch(p) and
                                                     not NOT_A_NAME.search(p))]
        if not names or names[0][1] != pieces[0][1] or _A_PLACE.search(
                re.sub(r"(?i)capacity building", "", m.group("b"))) or \
                re.match(r"\s*CR\s*\d", m.group("b")) or \
                not _INITIALS_NAME.fullmatch(names[0][0]) and ends_with_name(out[:m.start()]):
            break  # "(ECOSOC Chamber)", "(Sonja Henie, Radisson Blu Plaza Hotel)": where; "Jo
            # Lee (Toulouse City)": the body of the person named before it
        found = names + found
        out = out[:m.start()]
    return (out.rstrip() if found or noted else title), found


#: Square brackets after a title, then a sentence about the item: "Approval of Minutes [Prof.
#: Zhou] [For Information and Decision] The draft minutes are in the Agenda book."
_SQUARE_THEN_SENTENCE = re.compile(r"(?P<t>.{4,}?\[[^\[\]]{2,80}\])\s+"
                                   r"(?P<s>[A-Z][a-z]+\s+[a-z].*)$")
_SQUARE_AT_END = re.compile(r"\s*\[(?P<b>[^\[\]]{2,80})\]\s*$")


#: Who is named after a title and a colon, each with a bracket after the name: "Meet the IAU
#: Office for Young Astronomers: Itziar Aretxaga (INAOE, Mexico), David Mota (Oslo, Norway)";
#: or who gives a talk whose title follows in quotes: "Gruber Prize Winner Volker Springel
#: (MPA, Germany): "Simulations of Black Hole Feedback …"".
_ONE = r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3}\s*\([^()]{2,60}\)"
_NAMED_AFTER_COLON = re.compile(rf"(?P<t>.{{8,}}?):\s+(?P<n>{_ONE}(?:\s*(?:,|and|&)\s*{_ONE})*)"
                                r"\s*$")
_TALK_AFTER_SPEAKER = re.compile(r"(?P<t>.{3,})\s+(?P<n>" + _ONE + r")\s*:\s*"
                                 r"(?P<q>[“\"«][^“”\"«»]{8,200}[”\"»])\s*$")


def _named(names: str) -> bool:
    """Whether each name of a list opens with a known given name."""
    return all(is_given_name(n.split()[0]) for n in re.split(r"\)\s*(?:,|and|&)\s*", names))


def people_beside_title(title: str) -> tuple[str, list[str], list[str]]:
    """The title without who is named beside it (after a colon, or in square brackets after
    it), those names, and the notes taken off it."""
    talk = _TALK_AFTER_SPEAKER.fullmatch(title.strip())
    if talk is not None and _named(talk.group("n")):
        return talk.group("q")[1:-1].strip(), [talk.group("n")], [talk.group("t")]
    after = _NAMED_AFTER_COLON.fullmatch(title.strip())
    if after is not None and _named(after.group("n")):
        return after.group("t"), [after.group("n")], []
    return square_brackets_after(title)


def square_brackets_after(title: str) -> tuple[str, list[str], list[str]]:
    """ "Introductory Remarks [Prof. Zhou] [For Information]": the title without the square
    brackets after it (nor a sentence after those), who is named in them, and the notes."""
    said: list[str] = []
    notes: list[str] = []
    sentence = _SQUARE_THEN_SENTENCE.match(title)
    if sentence is not None:
        title, notes = sentence.group("t"), [sentence.group("s")]
    while (square := _SQUARE_AT_END.search(title)) is not None and square.start() > 3:
        inner = square.group("b")
        (said if starts_with_person(inner) else notes).insert(0, inner)
        title = title[:square.start()]
    return title, said, notes
