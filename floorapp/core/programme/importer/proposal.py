"""What the importer proposes: each field with where it came from and how sure it is.

Plain data, no parsing. A :class:`Found` value carries its ``span`` (character offsets
in the source text the importer read, after repair) and a ``doubt``: empty when the
importer is sure, else a short reason in English ("no am/pm: read as afternoon").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Generic, TypeVar

T = TypeVar("T")

Span = tuple[int, int]
NO_SPAN: Span = (0, 0)


@dataclass
class Found(Generic[T]):
    """A proposed value, the text it came from, and why it may be wrong."""

    value: T
    span: Span = NO_SPAN
    doubt: str = ""

    @property
    def sure(self) -> bool:
        """Whether the importer had no doubt about this value."""
        return not self.doubt

    def anchored(self, text: str) -> Span:
        """Where a text value stands in ``text``: its own place, when the span found for it
        starts on marks around it ("**Opening**" read as "Opening"); the span found otherwise."""
        a, b = self.span
        if not isinstance(self.value, str) or not self.value or text[a:b] == self.value:
            return self.span
        at = text.find(self.value, max(0, a - 8), b + 8)
        return (at, at + len(self.value)) if at >= 0 else self.span


@dataclass
class ProposedPerson:
    """Someone named in a segment: name, title/affiliation, and the label that named them."""

    name: Found[str]
    role: str = ""  # "Executive Director, UNODC"
    label: str = "panellist"  # chair, moderator, panellist, keynote, speaker


@dataclass
class ProposedSegment:
    """One part of the programme as found."""

    start: Found[time]
    end: Found[time]
    title: Found[str]
    kind: str = "other"
    day: str = ""  # the day it was listed under, as written ("tuesday, 7 july 2020")
    people: list[ProposedPerson] = field(default_factory=list)
    themes: list[Found[str]] = field(default_factory=list)
    description: list[str] = field(default_factory=list)
    minutes: int = 0  # a duration written beside a point in time ("|14:25|5 mins|Wrap up|")

    def named(self, label: str) -> list[ProposedPerson]:
        """The people named with one label ("moderator", "panellist", ...)."""
        return [p for p in self.people if p.label == label]


@dataclass
class Odd:
    """A part of the text the importer did not turn into the programme, and why."""

    text: str
    span: Span
    why: str


@dataclass
class Proposal:
    """A whole proposed programme, with the text it was read from."""

    text: str
    title: Found[str]
    date: Found[date]
    venue: Found[str]
    timezone: Found[str]
    language: str = "en"
    convened_by: Found[str] | None = None
    chair: ProposedPerson | None = None
    limits: dict[str, Found[int]] = field(default_factory=dict)  # seconds
    segments: list[ProposedSegment] = field(default_factory=list)
    odd: list[Odd] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the reading itself did (repairs)

    def line_of(self, span: Span) -> int:
        """The 1-based line number of a span's start in :attr:`text`."""
        return self.text.count("\n", 0, span[0]) + 1

    def doubts(self) -> list[tuple[str, Span, str]]:
        """Every unsure field: (what, span, why), in the order of the programme."""
        out: list[tuple[str, Span, str]] = []
        meeting: list[tuple[str, Found[str] | Found[date]]] = [
            ("title", self.title), ("date", self.date), ("venue", self.venue),
            ("time zone", self.timezone)]
        for what, f in meeting:
            if f.doubt:
                out.append((what, f.span, f.doubt))
        for key, lim in self.limits.items():
            if lim.doubt:
                out.append((f"limit {key}", lim.span, lim.doubt))
        for i, s in enumerate(self.segments, 1):
            timed: list[tuple[str, Found[time] | Found[str]]] = [
                ("start", s.start), ("end", s.end), ("title", s.title)]
            for what, g in timed:
                if g.doubt:
                    out.append((f"segment {i} {what}", g.span, g.doubt))
            for p in s.people:
                if p.name.doubt:
                    out.append((f"segment {i} {p.label}", p.name.span, p.name.doubt))
            for t in s.themes:
                if t.doubt:
                    out.append((f"segment {i} theme", t.span, t.doubt))
        return out

