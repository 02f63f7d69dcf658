"""Points in time told in prose: "at 9:30 a.m.: Opening ceremony.", "The event will open at 10
a.m. with statements by …", "Registration is at 8.30 a.m."; and what :mod:`prose` shares with
them (a range's day, a sentence's end, a title's first capital)."""

from __future__ import annotations

import re
from datetime import time

from floorapp.core.programme.importer.days import day_key
from floorapp.core.programme.importer.lines import DATE_WORDS
from floorapp.core.programme.importer.proposal import Found, ProposedSegment
from floorapp.core.programme.importer.words import segment_kind

SENTENCE_END = re.compile(r"(?<!\b[ap]\.m)(?<!\bmax)(?<!\bNo)\.\s+(?=[A-Z])")


def capital(t: str) -> str:
    """The text with its first letter a capital ("coffee break" -> "Coffee break")."""
    return t[0].upper() + t[1:]


def first_of_span(text: str, dated: list[re.Match[str]]) -> str:
    """The day of the last date before a range, or the first of a span it ends ("from Tuesday,
    19 September, to Friday, 22 September, … from 09:00 to 12:00": the 19th)."""
    if not dated:
        return ""
    if len(dated) >= 2 and re.fullmatch(r"[\s,]*(?:to|till|until|through|au|al|a|–|-)[\s,]*",
                                        text[dated[-2].end():dated[-1].start()]):
        return day_key(dated[-2].group(0))
    last = day_key(dated[-1].group(0))
    both = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|et|y|&|to|au|al|–|-)\s*$",
                     text[max(0, dated[-1].start() - 12):dated[-1].start()])
    if both is not None and re.fullmatch(r"\d{1,2} \w+", last):  # "on 4 and 5 December": the 4th
        return f"{int(both.group(1))} {last.split()[1]}"
    return last


#: "Wednesday 9 May, 2012 at 9:30 a.m.: Opening ceremony.": a point in time told in prose.
_PROSE_POINT = re.compile(r"\bat\s+(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
                          r"\s*:\s*(?P<t>[A-Z][^.:;]{2,80}?)\s*\.", re.IGNORECASE)


_PROSE_OPENS = re.compile(r"\b(?P<v>will (?:open|begin|start|commence)|opens|begins|starts|"
                          r"commences|will be opened)\s+at\s+(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?"
                          r"\s*(?P<ap>[ap])\.?\s?m\b", re.IGNORECASE)


#: "The opening ceremony will commence …": a short subject, not the meeting itself
_OPENING_PART = re.compile(r"(?:The|An?)\s+(?P<t>(?!(?:event|meeting|session|conference|forum|"
                           r"workshop|seminar|summit|symposium|dialogue|day|programme)\b)"
                           r"[a-z][a-z -]{2,40}?)\s*")


#: "Please aim to arrive early – registration opens at 7a.m": a clause's subject, no article.
_OPENING_CLAUSE = re.compile(r"(?:^\s*|\s[–—-]\s|[,;]\s)(?P<t>registration|check-in|"
                             r"accreditation|(?:the\s+)?doors)\s*$", re.IGNORECASE)


def _what_opens(text: str, m: re.Match[str]) -> tuple[str, tuple[int, int]]:
    """The title of a point told as "… will open at 10 a.m.": the part its sentence names
    ("The opening ceremony"), or else "Opening"."""
    ends = [e.end() for e in SENTENCE_END.finditer(text, 0, m.start())]
    start = max(ends[-1] if ends else 0, text.rfind("\n", 0, m.start()) + 1)
    part = _OPENING_PART.fullmatch(text, start, m.start())
    if part is None and (clause := _OPENING_CLAUSE.search(text[start:m.start()])) is not None:
        return capital(clause["t"]), (start + clause.start("t"), start + clause.end("t"))
    if part is None:
        return "Opening", m.span("v")
    return capital(part.group("t")), part.span("t")


def _time_of(m: re.Match[str]) -> time:
    """The time a match's "h", "m" and (optional) "ap" groups name: "3 p.m." is 15:00."""
    hour, ap = int(m.group("h")), (m.group("ap") or "").lower()
    if ap:
        hour = hour % 12 + (12 if ap == "p" else 0)
    return time(hour, int(m.group("m") or 0))


def prose_points(text: str, first_day: str,
                  ranges: list[ProposedSegment]) -> list[ProposedSegment]:
    """Points told in prose before the first range of the day, each ending where the next
    item starts (when a range follows; a point with no end is not a segment)."""
    out: list[ProposedSegment] = []
    if not ranges:
        return out
    first = min(s.start.value for s in ranges)
    found = [(m, m.group("t").strip(), m.span("t")) for m in _PROSE_POINT.finditer(text)]
    # "The event will open at 10 a.m. with statements by …": its opening, until the first range;
    # "The opening ceremony will commence at 10 am": the part the sentence names
    found += [(m, *_what_opens(text, m)) for m in _PROSE_OPENS.finditer(text)]
    for m, t, t_span in found:
        line_start = text.rfind("\n", 0, m.start()) + 1
        dated = list(DATE_WORDS.finditer(text, line_start, m.start()))
        if first_day and (not dated or first_of_span(text, dated) != first_day):
            continue
        at = _time_of(m)
        if at >= first:
            continue
        if any(p.start.value == at for p in out):
            continue
        out.append(ProposedSegment(
            start=Found(at, m.span(), "a time in prose"),
            end=Found(first, m.span(), "end not written: taken from the next item"),
            title=Found(t, t_span, "the meeting's hours in prose: check the title"),
            kind=segment_kind(t)))
    out.sort(key=lambda p: p.start.value)
    for p, nxt in zip(out, out[1:], strict=False):
        p.end = Found(nxt.start.value, p.start.span, "end not written: taken from the next item")
    return out


#: "… a las 10 horas, se ha previsto una tercera reunión de la comisión general", "A las 17
#: horas se efectuará la cuarta sesión plenaria donde …", "à 15 heures aura lieu la séance de
#: clôture": a point in time told in a news item's sentence, then what takes place.
_SENTENCE_POINT = re.compile(
    r"\b(?:a las|à)\s+(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<m>[0-5]\d))?\s*"
    r"(?:horas|hrs?\.?|heures|h)?\s*(?P<ap>[ap])?(?:\.\s?m\.)?\s*,?\s*"
    r"(?:se\s+)?(?:ha previsto|han previsto|prevé|efectuará|realizará|desarrollará|"
    r"llevará a cabo|celebrará|iniciará|tendrá lugar|aura lieu|se tiendra|débutera|s'ouvrira)"
    r"\s+(?:una|un|la|el|las|los|le|les|l['’])?\s*"
    r"(?P<t>[^.,;()\n]{4,90}?)(?=\s+(?:donde|a cargo|mientras|para|que|en la|en el|con|où|qui|"
    r"avec|pour)\b|[.,;()\n]|$)", re.IGNORECASE)


#: "A signature ceremony will take place at 12:00 o'clock noon …", "…, a panel discussion will
#: take place at 3:00pm in …": an item told in an English sentence, then the time it is held at.
_HELD_AT = re.compile(
    r"(?:^|[.!;,:]\s+|\n\s*)(?:an?|the)\s+(?P<t>[a-z][a-z-]{2,20}(?:\s+[a-z-]{2,20}){0,3}?)"
    r"\s+(?:will|is\s+to|is\s+scheduled\s+to)\s+(?:take\s+place|be\s+held|begin|start|commence)"
    r"\s+(?:on\s+[^.;:\n]{3,40}?\s+)?at\s+(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?"
    r"(?!\d)\s*(?:o['’]clock\s*)?(?:(?P<ap>[ap])\.?\s?m\b\.?|noon\b)?", re.IGNORECASE)


#: A media advisory's "When:" field, one event a line: "Ceremony: 17 May 2010 at 14:30
#: Shanghai time", "Press conference: 17 May 2010 at 17:15 (0915 UTC)".
_LABELLED_POINT = re.compile(
    r"(?im)^[ \t]*(?:(?:when|quand|cuándo)\s*:)?[ \t]*(?P<t>[A-Z][^:\n]{2,50}?):[ \t]*"
    r"(?:[^\n:]{0,40}?\s)?(?:at|à|a las)\s+(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<m>[0-5]\d))?"
    r"\s*(?:(?P<ap>[ap])\.?\s?m\b\.?)?")


def points_in_sentences(text: str) -> list[ProposedSegment]:
    """Points in time told in a news item's sentences, or an advisory's "When:" lines, each
    ending where the next starts (the last, with no end, is not a segment)."""
    found: dict[time, ProposedSegment] = {}
    labelled = list(_LABELLED_POINT.finditer(text))
    held = [m for m in _HELD_AT.finditer(text) if m.group("ap") or ":" in m.group(0)]
    told = labelled if len(labelled) >= 2 else held if len(held) >= 2 else []
    for m in told or _SENTENCE_POINT.finditer(text):
        at = _time_of(m)
        t = m.group("t").strip()
        t = capital(t) if t and m.re is _HELD_AT else t
        if at in found or not t:
            continue
        found[at] = ProposedSegment(
            start=Found(at, m.span(), "a time in a sentence"),
            end=Found(at, m.span(), "end not written: taken from the next item"),
            title=Found(t, (m.start("t"), m.start("t") + len(t)),
                        "told in a sentence: check the title"),
            kind=segment_kind(t))
    points = sorted(found.values(), key=lambda p: p.start.value)
    for p, nxt in zip(points, points[1:], strict=False):
        p.end = Found(nxt.start.value, p.start.span, "end not written: taken from the next item")
    return points[:-1] if len(points) >= 3 or told else []

