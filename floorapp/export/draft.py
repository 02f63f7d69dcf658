"""The President's Summary draft in one language: a narrative synthesis, unattributed.

Order, as in the General Assembly's published summaries of interactive dialogues:
title and dateline; an introduction (who convened what, when, where, with whom);
participation in aggregate; each segment with its keynote speakers, moderator and
panellists named and the synthesis of the views expressed, theme by theme (the
secretary's kept paragraphs, else Floor's proposals); the pledges and announcements
as announced. Points of order, rights of reply and timings are left out: they are in
the log and in the attributed record (``compose.record_document``).
"""

from __future__ import annotations

import re

from floorapp.core.synthesis import INTRO, split_key
from floorapp.export.blocks import BlockKind, Document
from floorapp.export.compose import capital, new_document
from floorapp.export.figures import Attendance
from floorapp.export.proposals import SynthesisEntry, entries
from floorapp.export.record import AnnouncementItem, SummaryData
from floorapp.export.strings import Strings, isolate

_SPACES = re.compile(r"[ \t\r\n]+")


def _paragraphs(doc: Document, text: str) -> None:
    """A kept text may hold several paragraphs, separated by blank lines."""
    for part in text.split("\n\n"):
        part = _SPACES.sub(" ", part).strip(" ")  # no-break spaces stay (French « »)
        if part:
            doc.add(BlockKind.PARAGRAPH, part)


def _introduction(s: Strings, data: SummaryData) -> str:
    m = data.meeting
    parts = [s("intro_convened", date=s.date(m.date), convener=s.convener(m.convened_by),
               title=s.quoted(isolate(s, m.title)))]
    if m.venue:
        parts.append(s("intro_venue", venue=isolate(s, m.venue)))
    panels = [seg for seg in data.segments if seg.kind in ("panel", "dialogue")]
    if panels:
        parts.append(s.plural("intro_panels", len(panels), words=True,
                              titles=s.join([s.quoted(isolate(s, p.title)) for p in panels])))
    if m.organisers:
        parts.append(s("intro_organisers",
                       organisers=s.join([isolate(s, o) for o in m.organisers])))
    return s("sentence_sep").join(parts)


def _count(s: Strings, key: str, n: int) -> str:
    """ "52 Member States" with the language's plural."""
    return s.plural(key, n)


def participation_sentences(s: Strings, a: Attendance) -> list[str]:
    """The participation paragraph: who took part, groups spoken for, levels."""
    who: list[str] = []
    if a.member_states:
        who.append(_count(s, "n_member_states", a.member_states))
    if a.observer_states:
        who.append(_count(s, "n_observer_states", a.observer_states))
    if a.european_union:
        who.append(s("the_eu"))
    if a.observers:
        who.append(_count(s, "n_observers", a.observers))
    if a.un_system:
        who.append(_count(s, "n_un_system", a.un_system))
    if a.civil_society:
        who.append(_count(s, "n_civil_society", a.civil_society))
    if a.other:
        who.append(_count(s, "n_other", a.other))
    out: list[str] = []
    if who:
        out.append(s("took_part", who=s.join(who)))
    if a.groups:
        if a.group_states:
            out.append(s.plural("groups_representing", len(a.groups),
                                states=s.plural("n_states", a.group_states)))
        else:
            out.append(s.plural("groups_only", len(a.groups)))
    if a.ministerial:
        out.append(s.plural("ministerial", a.ministerial, words=True))
    return out


def _money(s: Strings, a: AnnouncementItem) -> str:
    return s.amount(a.amount or 0.0, a.currency)


def _announcements(doc: Document, s: Strings, data: SummaryData) -> None:
    pledges = data.pledges
    gifts = data.gifts
    others = [a for a in data.announcements if a not in pledges and a not in gifts]
    if not (pledges or gifts or others):
        return
    doc.heading(1, s("announcements"))
    if pledges:
        doc.add(BlockKind.PARAGRAPH, s("pledges_intro"))
        for a in pledges:
            line = s("pledge_line", name=isolate(s, a.speaker.name(s.lang)), amount=_money(s, a))
            if a.text:
                line = s("pledge_line_for", line=line, text=isolate(s, a.text))
            doc.add(BlockKind.BULLET, line)
        if data.totals:
            total = s.join([s.amount(v, c) for c, v in data.totals])
            doc.add(BlockKind.PARAGRAPH, s("pledges_total", total=total))
    m = data.meeting
    for a in gifts:
        name = isolate(s, a.speaker.name(s.lang))
        if m.chair is not None and a.speaker.id == m.chair.id:  # named by office
            name = capital(s.convener(m.convened_by))
        text = s("gift_sentence_for", name=name, amount=_money(s, a), text=isolate(s, a.text)) \
            if a.text else s("gift_sentence", name=name, amount=_money(s, a))
        doc.add(BlockKind.PARAGRAPH, text)
    if others:
        doc.add(BlockKind.PARAGRAPH, s("announcements_intro"))
        for a in others:
            name = isolate(s, a.speaker.name(s.lang))
            doc.add(BlockKind.BULLET, s("announcement_line", name=name, text=isolate(s, a.text)))


def summary_document(data: SummaryData, lang: str) -> Document:
    """The President's Summary draft of ``data`` in ``lang``.

    Raises UnknownLanguage for a language that is not one of the six.
    """
    s, data, doc = new_document(data, lang, "summary_title")
    m = data.meeting
    doc.add(BlockKind.TITLE, s("summary_title"))
    doc.add(BlockKind.SUBTITLE, m.title)
    doc.add(BlockKind.NOTE, s.date(m.date))
    doc.add(BlockKind.NOTE, s("draft_status"))
    doc.heading(1, s("introduction"))
    doc.add(BlockKind.PARAGRAPH, _introduction(s, data))
    if data.attendance is not None:
        sentences = participation_sentences(s, data.attendance)
        if sentences:
            doc.add(BlockKind.PARAGRAPH, s("sentence_sep").join(sentences))
    by_segment: dict[str, list[SynthesisEntry]] = {}
    for e in entries(data, lang, local=True):
        if e.text:
            by_segment.setdefault(split_key(e.key)[0], []).append(e)
    for seg in data.segments:
        paragraphs = by_segment.get(seg.id)
        if not paragraphs:
            continue  # no empty headings
        doc.heading(1, seg.title)
        themed = any(e.theme for e in paragraphs)
        for e in paragraphs:
            if e.theme:
                doc.heading(2, e.theme)
            elif themed and split_key(e.key)[1] != INTRO:
                doc.heading(2, s("other_issues"))
            _paragraphs(doc, e.text)
    _announcements(doc, s, data)
    return doc
