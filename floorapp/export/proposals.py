"""The synthesis the Summary proposes: one unattributed paragraph per theme of a segment.

The secretary's key points are grouped by theme (a note tagged with two themes counts
under its first) and, within a theme, by point: notes of the same text (case, spaces
and the final stop aside) are one point. Each point becomes a sentence that says how
many delegations raised it without naming them ("Three delegations stressed …");
points of the chair, moderators and panellists are attributed to them by name, as
real summaries do. Sentences are ordered by how widely the point was shared.

The secretary rewrites these paragraphs (``FloorService.keep_synthesis``); a kept
paragraph replaces the proposal in its language (:func:`paragraphs`).
"""

from __future__ import annotations

from dataclasses import dataclass

from floorapp.core.synthesis import INTRO, synthesis_key
from floorapp.export.figures import STATES, is_placeholder
from floorapp.export.record import KeyPoint, SegmentSummary, SummaryData, ThemePoints, localized
from floorapp.export.strings import Strings, person_text

#: Speakers called "delegations" (the others are "speakers").
DELEGATIONS = (*STATES, "observer")
#: Interventions whose points stay out of the Summary (they are in the log and record).
PROCEDURAL = ("point_of_order", "reply")


@dataclass(frozen=True)
class SynthesisEntry:
    """One paragraph of the synthesis, as the editor shows it."""

    key: str
    segment: str  # the segment's title
    theme: str  # the theme's title ("" for a segment's intro or untagged points)
    proposal: str
    kept: str  # the secretary's text in this language, "" when none

    @property
    def text(self) -> str:
        """What the Summary prints: the kept text, else the proposal."""
        return self.kept or self.proposal


def _norm(text: str) -> str:
    return " ".join(text.rstrip(" .;。．").split()).casefold()


def _count_class(n: int) -> str:
    return {1: "one", 2: "two", 3: "three", 4: "four"}.get(n, "several" if n < 10 else "many")


def _clause(s: Strings, text: str) -> str:
    """A note made ready to follow "Three delegations": English lower-cases its first
    word unless it is an acronym; other languages quote the note as typed."""
    text = text.strip().rstrip(" .;。．")
    if s.lang == "en" and text[:1].isupper() and not text[1:2].isupper():
        text = text[:1].lower() + text[1:]
    return text


def point_sentences(s: Strings, points: tuple[KeyPoint, ...]) -> list[str]:
    """The sentences of one theme's points, most widely shared first."""
    groups: dict[str, list[KeyPoint]] = {}
    for p in points:
        if p.kind in PROCEDURAL:
            continue
        groups.setdefault(_norm(p.text), []).append(p)
    named: list[str] = []
    counted: list[tuple[int, int, str]] = []
    for order, same in enumerate(groups.values()):
        text = _clause(s, same[0].text)
        people = {p.speaker.id: p.speaker for p in same if p.presiding}
        for who in people.values():
            named.append(s("prop_named", name=person_text(s, who), text=text))
        others = {p.speaker.id: p.speaker for p in same
                  if not p.presiding and not is_placeholder(p.speaker)}
        if others:
            noun = "delegation" if all(o.category in DELEGATIONS for o in others.values()) \
                else "speaker"
            n = len(others)
            counted.append((-n, order, s(f"prop_{_count_class(n)}_{noun}", text=text)))
    return named + [sentence for _n, _o, sentence in sorted(counted)]


def theme_paragraph(s: Strings, group: ThemePoints) -> str:
    """The proposed paragraph of one theme's points."""
    return s("sentence_sep").join(point_sentences(s, group.points))


def intro_paragraph(s: Strings, seg: SegmentSummary) -> str:
    """The proposed opening paragraph of a segment: who moderated, who presented."""
    parts: list[str] = []
    if seg.moderator is not None and not is_placeholder(seg.moderator):
        parts.append(s("intro_moderator", name=person_text(s, seg.moderator)))
    people = [p for p in seg.panellists if not is_placeholder(p)]
    if people:
        key = "intro_keynotes" if seg.kind in ("opening", "closing") else "intro_panellists"
        parts.append(s(key, names=s.join([person_text(s, p) for p in people], semicolons=True)))
    return s("sentence_sep").join(parts)


def entries(data: SummaryData, lang: str) -> list[SynthesisEntry]:
    """Every paragraph of the synthesis in ``lang``, in the Summary's order."""
    s = Strings(lang)
    data = localized(data, lang)
    kept = data.synthesis.get(lang, {})
    out: list[SynthesisEntry] = []
    for seg in data.segments:
        if seg.kind == "break":
            continue
        key = synthesis_key(seg.id, INTRO)
        intro = intro_paragraph(s, seg)
        if intro or kept.get(key):
            out.append(SynthesisEntry(key, seg.title, "", intro, kept.get(key, "")))
        for group in seg.themes:
            key = synthesis_key(seg.id, group.theme_id)
            proposal = theme_paragraph(s, group)
            if proposal or kept.get(key):
                out.append(SynthesisEntry(key, seg.title, group.title, proposal,
                                          kept.get(key, "")))
    return out
