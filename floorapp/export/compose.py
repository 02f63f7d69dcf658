"""The attributed record of the meeting in one language, as a :class:`Document` of blocks.

For the Secretariat's files (``record-docx``, ``record-pdf``): who said what, in
order. Order: title block; opening paragraph from the programme; each segment
(presiding officers and panellists, speakers in order, key points by theme, each
with its speaker); announcements and pledges with totals; participation figures;
annex (the full list of speakers, with times). The President's Summary itself is
``draft.summary_document``.
"""

from __future__ import annotations

from floorapp.export.blocks import BlockKind, Document
from floorapp.export.figures import Participation
from floorapp.export.record import SegmentSummary, SpeakerTurn, SummaryData, localized
from floorapp.export.strings import Strings, isolate, speaker_line


def capital(text: str) -> str:
    """``text`` with its first letter in capitals."""
    return text[:1].upper() + text[1:]


def new_document(data: SummaryData, lang: str,
                 title_key: str) -> tuple[Strings, SummaryData, Document]:
    """A document of this meeting in ``lang``, titled by the string ``title_key``, with its
    properties (subject, author, keywords); the words and the data in that language.

    Raises UnknownLanguage for a language that is not one of the six.
    """
    s = Strings(lang)
    data = localized(data, lang)
    m = data.meeting
    doc = Document(lang, f"{s(title_key)} — {m.title}", s.rtl,
                   subject=f"{m.title} — {s.date(m.date)}",
                   author=capital(s.convener(m.convened_by)), keywords=s(title_key))
    return s, data, doc


def _lab(s: Strings, label: str) -> str:
    """A bold lead-in with the language's colon: "Date: "."""
    return s.labelled(label, "")


def turn_extras(s: Strings, t: SpeakerTurn, over: bool = False) -> list[str]:
    """What is worth saying about how an intervention was made (kind, video, written)."""
    extras: list[str] = []
    if t.kind not in ("statement", "group"):
        extras.append(s.kind(t.kind))
    if t.video:
        extras.append(s("video"))
    if t.written_statement:
        extras.append(s("written"))
    if t.level:
        extras.append(s._table("level", t.level))
    if over and t.over_limit:
        extras.append(s("over_by", time=s.duration(t.over)))
    return extras


def turn_line(s: Strings, t: SpeakerTurn) -> str:
    """ "Egypt, on behalf of the African Group (delivered by Nigeria) (video message)"."""
    line = speaker_line(s, t.speaker, t.on_behalf_of, t.delivered_by)
    extras = turn_extras(s, t)
    return s("extras", text=line, extras=s("extras_sep").join(extras)) if extras else line


def segment_time(s: Strings, seg: SegmentSummary) -> str:
    """ "11:00–13:00", or "" when the segment has no scheduled times."""
    if seg.start is None or seg.end is None:
        return ""
    return isolate(s, s("segment_time", start=s.clock(seg.start), end=s.clock(seg.end)))


def _title_block(doc: Document, s: Strings, data: SummaryData) -> None:
    m = data.meeting
    doc.add(BlockKind.TITLE, s("record_title"))
    doc.add(BlockKind.SUBTITLE, s("record_note"))
    doc.add(BlockKind.FIELD, m.title, label=_lab(s, s("meeting")))
    doc.add(BlockKind.FIELD, s.date(m.date, weekday=True), label=_lab(s, s("date")))
    if m.venue:
        doc.add(BlockKind.FIELD, m.venue, label=_lab(s, s("venue")))
    doc.add(BlockKind.FIELD, capital(s.convener(m.convened_by)), label=_lab(s, s("convened_by")))
    if m.chair is not None:
        chair = m.chair.name(s.lang)
        if m.chair.role:
            chair = s("extras", text=chair, extras=m.chair.role)
        doc.add(BlockKind.FIELD, chair, label=_lab(s, s("chair")))


def _opening(doc: Document, s: Strings, data: SummaryData) -> None:
    m = data.meeting
    parts = [s("opening", date=s.date(m.date), convener=s.convener(m.convened_by),
               title=m.title)]
    if m.venue:
        parts.append(s("opening_venue", venue=m.venue))
    segs = [seg for seg in data.segments if seg.kind != "break"]
    if segs:
        named = [s("extras", text=seg.title, extras=segment_time(s, seg))
                 if segment_time(s, seg) else seg.title for seg in segs]
        parts.append(s("opening_programme", segments=s.join(named)))
    if m.organisers:
        parts.append(s("opening_organisers", organisers=s.join(list(m.organisers))))
    sep = "" if s.lang == "zh" else " "
    doc.add(BlockKind.PARAGRAPH, sep.join(parts))


def _segment(doc: Document, s: Strings, seg: SegmentSummary) -> None:
    doc.heading(1, seg.title)
    when = segment_time(s, seg)
    if when:
        doc.add(BlockKind.NOTE, when)
    for label, person in ((s("chair"), seg.chair), (s("moderator"), seg.moderator)):
        if person is not None:
            doc.add(BlockKind.FIELD, _person(s, person.name(s.lang), person.role),
                    label=_lab(s, label))
    if seg.panellists:
        names = [_person(s, p.name(s.lang), p.role) for p in seg.panellists]
        doc.add(BlockKind.FIELD, s("list_sep").join(names), label=_lab(s, s("panellists")))
    if seg.description or seg.invited:
        doc.add(BlockKind.PARAGRAPH, seg.description or _lab(s, s("col_themes")))
    for title in seg.invited:
        doc.add(BlockKind.BULLET, title)
    doc.heading(2, s("speakers"))
    turns = seg.turns
    if not turns:
        doc.add(BlockKind.PARAGRAPH, s("no_speakers"))
    else:
        doc.add(BlockKind.PARAGRAPH, s("speakers_intro"))
        for k, t in enumerate(turns, 1):
            doc.add(BlockKind.NUMBERED, turn_line(s, t), label=f"{k}.")
    if not seg.turns:
        return
    doc.heading(2, s("key_points"))
    if not seg.themes:
        doc.add(BlockKind.PARAGRAPH, s("no_points"))
    for group in seg.themes:
        doc.heading(3, group.title or s("other_points"))
        for point in group.points:
            text = point.text
            if point.also:
                text = s("extras", text=text, extras=s.join(list(point.also)))
            doc.add(BlockKind.BULLET, text, label=_lab(s, point.speaker.name(s.lang)))


def _person(s: Strings, name: str, role: str) -> str:
    return s("extras", text=name, extras=role) if role else name


def _announcements(doc: Document, s: Strings, data: SummaryData) -> None:
    doc.heading(1, s("announcements"))
    if not data.announcements:
        doc.add(BlockKind.PARAGRAPH, s("no_announcements"))
        return
    for a in data.announcements:
        text = a.text
        if a.amount is not None:
            money = s.amount(a.amount, a.currency)
            if a.kind == "personal_gift":
                money = s("extras_sep").join([money, s._table("announcement_kind", a.kind)])
            text = s("extras", text=text, extras=money) if text else money
        doc.add(BlockKind.BULLET, text, label=_lab(s, a.speaker.name(s.lang)))
    if data.totals:
        total = s.join([s.amount(v, c) for c, v in data.totals])
        doc.add(BlockKind.FIELD, total, label=_lab(s, s("pledge_total")))


def _participation(doc: Document, s: Strings, p: Participation) -> None:
    doc.heading(1, s("participation"))
    doc.add(BlockKind.PARAGRAPH, s("participation_summary", speakers=p.speakers,
                                   interventions=p.interventions))
    doc.heading(2, s("by_category"))
    rows: list[tuple[str, ...]] = [
        (s.category(c.key), str(c.speakers), str(c.interventions)) for c in p.by_category]
    rows.append((s("total"), str(p.speakers), str(p.interventions)))
    doc.table((s("col_category"), s("col_speakers"), s("col_interventions")), rows,
              (4, 1, 1), emphasis=(len(rows) - 1,))
    doc.heading(2, s("by_group"))
    rows = [(s.regional_group(c.key), str(c.speakers), str(c.interventions))
            for c in p.by_group]
    rows.append((s("total"), str(sum(c.speakers for c in p.by_group)),
                 str(sum(c.interventions for c in p.by_group))))
    doc.table((s("col_group"), s("col_speakers"), s("col_interventions")), rows, (4, 1, 1),
              emphasis=(len(rows) - 1,))
    doc.heading(2, s("time_heading"))
    rows = [(t.title, s.duration(t.scheduled, True), s.duration(t.used, True),
             s.duration(t.speaking, True), str(t.interventions), str(t.over_limit))
            for t in p.times]
    rows.append((s("total"), s.duration(p.scheduled, True), s.duration(p.used, True),
                 s.duration(p.speaking, True), str(p.interventions), str(p.over_limit)))
    doc.table((s("col_segment"), s("col_scheduled"), s("col_used"), s("col_speaking"),
               s("col_interventions"), s("col_over")), rows, (8, 4, 4, 4, 5, 4),
              emphasis=(len(rows) - 1,))
    if p.over_limit:
        doc.add(BlockKind.PARAGRAPH, s("over_sentence", over=p.over_limit,
                                       total=p.interventions))
    else:
        doc.add(BlockKind.PARAGRAPH, s("none_over"))
    if p.video:
        doc.add(BlockKind.PARAGRAPH, s("video_sentence",
                                       names=s.join([x.name(s.lang) for x in p.video])))
    if p.written:
        doc.add(BlockKind.PARAGRAPH, s("written_sentence",
                                       names=s.join([x.name(s.lang) for x in p.written])))


def annex_rows(s: Strings, seg: SegmentSummary, zone: str) -> list[tuple[str, ...]]:
    """The annex table rows of one segment."""
    return [
        (str(t.number), speaker_line(s, t.speaker, t.on_behalf_of, t.delivered_by),
         s.clock(t.start, zone), s.duration(t.spoken), s.duration(t.allotted),
         s.language(t.language), s("extras_sep").join(turn_extras(s, t, over=True)))
        for t in seg.turns
    ]


def _annex(doc: Document, s: Strings, data: SummaryData) -> None:
    doc.heading(1, s.labelled(s("annex"), s("annex_title")))
    header = (s("col_no"), s("col_speaker"), s("col_time"), s("col_spoken"), s("col_limit"),
              s("col_language"), s("col_remarks"))
    for seg in data.segments:
        if not seg.turns:
            continue
        doc.heading(2, seg.title)
        doc.table(header, annex_rows(s, seg, data.meeting.timezone), (2, 10, 3, 3, 3, 4, 7))


def record_document(data: SummaryData, lang: str) -> Document:
    """The attributed record of ``data`` in ``lang``.

    Raises UnknownLanguage for a language that is not one of the six.
    """
    s, data, doc = new_document(data, lang, "record_title")
    _title_block(doc, s, data)
    _opening(doc, s, data)
    for seg in data.segments:
        _segment(doc, s, seg)
    _announcements(doc, s, data)
    _participation(doc, s, data.participation)
    _annex(doc, s, data)
    return doc
