"""A proposal made into a programme that ``floorapp check`` accepts, and a report of doubts."""

from __future__ import annotations

from floorapp.core.categories import SegmentKind, SpeakerCategory
from floorapp.core.programme.importer.proposal import Proposal, ProposedPerson, ProposedSegment
from floorapp.core.programme.model import Person, Programme, Segment, Theme
from floorapp.core.programme.values import slug

_ROLE_PREFIX = {"keynote": "Keynote speaker", "speaker": "Speaker"}


def _unique(base: str, taken: set[str], fallback: str) -> str:
    base = slug(base)[:48].strip("-") or fallback
    out, n = base, 2
    while out in taken:
        out = f"{base}-{n}"
        n += 1
    taken.add(out)
    return out


def _person(p: ProposedPerson, category: SpeakerCategory, people: dict[str, Person]) -> Person:
    """A person, the same id for the same name everywhere."""
    key = slug(p.name.value) or "person"
    if key in people and people[key].name == p.name.value:
        return people[key]
    role = p.role
    if p.label in _ROLE_PREFIX:
        role = f"{_ROLE_PREFIX[p.label]}; {role}" if role else _ROLE_PREFIX[p.label]
    n, base = 2, key
    while key in people:
        key = f"{base}-{n}"
        n += 1
    person = Person(id=key, name=p.name.value, role=role[:300], category=category)
    people[key] = person
    return person


def _segment(s: ProposedSegment, seg_id: str, people: dict[str, Person]) -> Segment:
    chairs = s.named("chair")
    moderators = s.named("moderator")
    panel = [p for p in s.people if p.label in ("panellist", "keynote", "speaker")]
    extra_chairs = chairs[1:] + moderators[1:]
    theme_ids: set[str] = set()
    themes = tuple(Theme(_unique(t.value, theme_ids, "theme"), t.value[:500]) for t in s.themes)
    description = " ".join(s.description)[:2000]
    if extra_chairs:
        names = ", ".join(p.name.value for p in extra_chairs)
        description = f"Also chairing or moderating: {names}. {description}".strip()
    return Segment(
        id=seg_id,
        kind=SegmentKind(s.kind),
        title=s.title.value[:300],
        start=s.start.value,
        end=s.end.value,
        chair=_person(chairs[0], SpeakerCategory.CHAIR, people) if chairs else None,
        moderator=(_person(moderators[0], SpeakerCategory.MODERATOR, people)
                   if moderators else None),
        panellists=tuple(_person(p, SpeakerCategory.PANELLIST, people) for p in panel),
        themes=themes,
        description=description,
    )


def to_programme(proposal: Proposal) -> Programme:
    """The programme a proposal describes (its segments already in order, one day)."""
    taken: set[str] = set()
    people: dict[str, Person] = {}
    segments = tuple(_segment(s, _unique(s.title.value, taken, f"segment-{i}"), people)
                     for i, s in enumerate(proposal.segments, 1))
    unsure = len(proposal.doubts())
    status = "imported from a concept note"
    if unsure:
        status += f"; {unsure} field{'s' if unsure != 1 else ''} to check"
    return Programme(
        title=proposal.title.value[:300] or "Meeting",
        date=proposal.date.value,
        venue=proposal.venue.value[:300],
        timezone=proposal.timezone.value,
        language=proposal.language,
        status=status,
        limits={k: v.value for k, v in proposal.limits.items()},
        segments=segments,
    )


def report(proposal: Proposal, source: str = "") -> list[str]:
    """Lines saying what the importer was unsure of and what it did not use."""
    where = f"{source}:" if source else "line "
    out = [f"note: {n}" for n in proposal.notes]
    for what, span, why in proposal.doubts():
        out.append(f"{where}{proposal.line_of(span)}: unsure of {what}: {why}")
    for odd in proposal.odd:
        text = odd.text if len(odd.text) <= 90 else odd.text[:87] + "..."
        out.append(f"{where}{proposal.line_of(odd.span)}: not in the programme ({odd.why}): "
                   f"{text}")
    return out
