"""Names run into an item's title: after it with no mark ("GASP and Safety Roadmap Paul Lamy,
Deputy Director"), after a mark ("…: Philippe Jeanneret, Swiss television"), glued to its last
word ("BycatchVolker Dierschke, Gavia EcoResearch"), or an office before the name."""

from __future__ import annotations

import re

from floorapp.core.programme.importer.people import (
    NOT_A_NAME,
    ORGANISATION,
    PARTICLES,
    ROLE_WORDS,
    person,
)
from floorapp.core.programme.importer.proposal import ProposedPerson
from floorapp.core.programme.importer.words import CITIES

#: Who gives an item, named after its title with no honorific: "Welcome by Jose Ignacio Garcia,
#: Director of JRS Europe", "Opening remarks – Amina Mohammed, Deputy Secretary-General",
#: "Keynote address: Jeffrey Sachs, Columbia University", "Panel, moderated by Femi Oke".
NAMED_AFTER = re.compile(
    r"(?<=\w)(?:\s+(?P<by>by|par|por)|,?\s+(?P<verb>(?:moderated|chaired|hosted|presented|"
    r"facilitated|introduced|delivered|led)\s+by|animée? par|moderad[oa] por|presidid[oa] por)"
    r"|\s+[–—-]|\s*:)\s+(?P<p>(?:(?:[A-ZÀ-Ý][\w'’-]+|[A-Z]\.)\s+){1,3}[A-ZÀ-Ý][\w'’-]+"
    r"(?:\s*\([^()]{2,80}\))?(?:,\s*[^,]{3,120}.*)?)$")  # "…, moderated by Tom Lee (UNICEF)"

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
_NAME_AFTER_MARK = re.compile(r"(?<=[\w)?!’”])(?::\s+|!\s*|\s+[–—-]\s+)"
                              r"(?P<name>(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+){1,3}[A-ZÀ-Ý][a-zà-ÿ'’-]+)(?:,|\s+\||\s+(?=\(\S))\s*(?P<role>\S.{1,200})$")
_MORE_ROLES = re.compile(r"(?i)\b(?:presenter|moderator|host|speaker|artist|author|writer|"
                         r"scientist|economist|student|youth|delegate|founder|leader|nations|ministry|"
                         r"mission|association|secretariat|government|embassy|society)\b")


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
            or re.search(r"(?i)\b(?:of|and|for|the|with|on|to|in|by|at|from|de|et|y|la|le)\s*$",
                         title[:m.start()]) or not (
                marked or ROLE_WORDS.match(_ROLE_QUALIFIERS.sub("", m.group("role")))
                or re.match(r"[A-Z]{2,}\b", m.group("role"))):
        return None
    found = person(f"{m.group('name')}, {m.group('role')}", offset + m.start("name"), "speaker")
    if found is None:
        return None
    found.name.doubt = "listed without a label or an honorific: taken as a speaker"
    return title[:m.start()], found


#: A name glued to the title before it, as a page's two elements run together: "BycatchVolker
#: Dierschke, Gavia EcoResearch", "Closing wordsOttilia Thoreson".
_NAME_GLUED = re.compile(r"(?:(?<=[a-zà-ÿ)])|(?<=[A-Z]{2}))"
                         r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ]{2}[a-zà-ÿ'’-]*(?:\s+(?:"
                         + "|".join(sorted(PARTICLES)) + r"))*\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+"
                         r"(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)?)(?P<role>\s*,\s*\S.{1,200})?\s*$")


def name_glued_to_title(title: str, offset: int) -> tuple[str, ProposedPerson] | None:
    """The title and the person when a name is glued to the title's last word, with its role
    after a comma or alone at the end; None when the glued words are no name."""
    m = _NAME_GLUED.search(title)
    if m is None or not re.search(r"[a-zà-ÿ]{2}$|[A-Z]{2}$", title[:m.start()]) or \
            NOT_A_NAME.search(m.group("name")) or ORGANISATION.search(m.group("name")) or \
            m.group("name").split()[0].lower() in CITIES:
        return None
    found = person(m.group(0), offset + m.start("name"), "speaker")
    if found is None:
        return None
    found.name.doubt = "listed without a label or an honorific: taken as a speaker"
    return title[:m.start()], found


def office_before_name(title: str) -> str:
    """ "Opening Remarks: PAHO Assistant Director, ": the title without the office of the
    person named after it; the title itself when what follows its colon is no office."""
    m = re.match(r"(?P<t>[^:]{4,80}):\s+(?P<o>[^:,]{3,60}),\s*$", title)
    return m.group("t") if m is not None and ROLE_WORDS.search(m.group("o")) else title
