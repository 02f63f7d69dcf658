"""Reading a programme file's segments: each [[segments]] table, its themes, and their times.

Across segments: each id once, listed in time order, none overlapping another.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Any

from floorapp.core.messages import Message, msg
from floorapp.core.programme.fields import Owner, _label, line_aside
from floorapp.core.programme.model import Person, Segment, Theme
from floorapp.core.programme.people import PeopleReader
from floorapp.core.programme.source import Path
from floorapp.core.programme.text import SEGMENT_TEXTS, THEME_TEXTS
from floorapp.core.programme.values import (
    describe,
    format_time,
    parse_id,
    parse_kind,
    parse_time,
)

SEGMENT_KEYS = ("id", "kind", "title", "start", "end", "description", "chair", "moderator",
                "panellists", "themes", "limits")
THEME_KEYS = ("id", "title")


@dataclass(frozen=True)
class _Slot:
    """Where a segment sits in the day, as far as its id and times could be read."""

    path: Path
    label: Message
    id: str | None = None
    start: time | None = None
    end: time | None = None

    @property
    def span(self) -> Message:
        """The segment as messages show it with its times: segment "panel-1" (11:00–13:00)."""
        times = f"{format_time(self.start)}–{format_time(self.end)}" \
            if self.start is not None and self.end is not None else "?"
        return msg("{label} ({times})", label=self.label, times=times)


class SegmentReader(PeopleReader):
    """Reads the segments of a programme file and checks them against each other."""

    def theme(self, value: Any, path: Path, owner: Owner) -> Theme | None:
        """A theme of a segment: an id and a title."""
        tbl = self.table(value, path, THEME_KEYS, owner, texts=THEME_TEXTS)
        if tbl is None:
            return None
        ident = self.field(tbl, path, "id", parse_id, owner, required=True)
        title = self.text(tbl, path, "title", owner, required=True)
        translations = self.translations(tbl, path, THEME_TEXTS, owner)
        if ident is None or title is None:
            return None
        return Theme(ident, title, translations)

    def segment(self, value: Any, path: Path) -> tuple[Segment | None, _Slot]:
        """One [[segments]] table, and its id and times for the checks across segments."""
        label = _label("segment", path, value)
        slot = _Slot(path, label)
        tbl = self.table(value, path, SEGMENT_KEYS, label, texts=SEGMENT_TEXTS)
        if tbl is None:
            return None, slot
        ident = self.field(tbl, path, "id", parse_id, label, required=True)
        kind = self.field(tbl, path, "kind", parse_kind, label, required=True)
        title = self.text(tbl, path, "title", label, required=True)
        start = self.field(tbl, path, "start", parse_time, label, required=True)
        end = self.field(tbl, path, "end", parse_time, label, required=True)
        if start is not None and end is not None and end <= start:
            self.add(path + ("end",), msg("{segment} ends at {end}, which is not after its "
                                          "start at {start}", segment=label,
                                          end=format_time(end), start=format_time(start)))
            end = None
        slot = _Slot(path, label, ident, start, end)
        roles = {"chair": msg("the chair of {segment}", segment=label),
                 "moderator": msg("the moderator of {segment}", segment=label)}
        people = {role: self.person(tbl[role], path + (role,), role, roles[role])
                  for role in ("chair", "moderator") if role in tbl}
        panellists = self.people_list(tbl, path, label)
        themes = self.themes(tbl, path, label)
        limits = self.limits(tbl["limits"], path + ("limits",), label) if "limits" in tbl else {}
        description = self.text(tbl, path, "description", label) or ""
        translations = self.translations(tbl, path, SEGMENT_TEXTS, label)
        if ident is None or kind is None or title is None or start is None or end is None:
            return None, slot
        return Segment(ident, kind, title, start, end, people.get("chair"),
                       people.get("moderator"), panellists, themes, limits, description,
                       translations), slot

    def people_list(self, tbl: dict[str, Any], path: Path,
                    label: Message) -> tuple[Person, ...]:
        """The panellists of a segment."""
        raw = tbl.get("panellists", [])
        if not isinstance(raw, list):
            self.add(path + ("panellists",), msg(
                "'panellists' of {segment} must be a list of [[segments.panellists]] tables "
                "or names, not {found}", segment=label, found=describe(raw)))
            return ()
        found = [self.person(x, path + ("panellists", i), "panellists",
                             msg("panellist {n} of {segment}", n=i + 1, segment=label))
                 for i, x in enumerate(raw)]
        return tuple(p for p in found if p is not None)

    def themes(self, tbl: dict[str, Any], path: Path, label: Message) -> tuple[Theme, ...]:
        """The themes of a segment; an id may be used once per segment."""
        raw = tbl.get("themes", [])
        if not isinstance(raw, list):
            self.add(path + ("themes",), msg("'themes' of {segment} must be a list of "
                                             "[[segments.themes]] tables, not {found}",
                                             segment=label, found=describe(raw)))
            return ()
        out: list[Theme] = []
        first: dict[str, int] = {}
        for i, x in enumerate(raw):
            theme = self.theme(x, path + ("themes", i),
                               msg("theme {n} of {segment}", n=i + 1, segment=label))
            if theme is None:
                continue
            here = path + ("themes", i, "id")
            if theme.id in first:
                self.add(here, msg("theme id \"{id}\" is used twice in {segment}{where}",
                                   id=theme.id, segment=label,
                                   where=line_aside(first[theme.id])))
                continue
            first[theme.id] = self.lines.line(here)
            out.append(theme)
        return tuple(out)

    def segments(self, raw: Any) -> tuple[Segment, ...]:
        """Every segment, then the checks across them: ids, order, overlaps."""
        path: Path = ("segments",)
        if isinstance(raw, dict):
            self.add(path, msg("write [[segments]] (two brackets) before each segment; "
                               "[segments] makes a single table"))
            return ()
        if not isinstance(raw, list):
            self.add(path, msg("'segments' must be [[segments]] tables, not {found}",
                               found=describe(raw)))
            return ()
        if not raw:
            self.add(path, msg("the programme needs at least one segment ([[segments]])"))
        found: list[Segment] = []
        timed: list[tuple[time, time, _Slot]] = []
        first: dict[str, int] = {}
        for i, value in enumerate(raw):
            seg, slot = self.segment(value, path + (i,))
            if slot.id is not None:
                if slot.id in first:
                    self.add(path + (i, "id"), msg("segment id \"{id}\" is used twice{where}",
                                                   id=slot.id, where=line_aside(first[slot.id])))
                    continue
                first[slot.id] = self.lines.line(path + (i, "id"))
            if slot.start is not None and slot.end is not None:
                timed.append((slot.start, slot.end, slot))
            if seg is not None:
                found.append(seg)
        self.timing(timed)
        return tuple(found)

    def timing(self, timed: list[tuple[time, time, _Slot]]) -> None:
        """Segments must be listed in time order and must not overlap."""
        for (start0, _, prev), (start, _, slot) in zip(timed, timed[1:], strict=False):
            if start < start0:
                self.add(slot.path + ("start",), msg(
                    "{segment} is listed after {other} but starts before it; list the "
                    "segments in time order", segment=slot.span, other=prev.span))
        latest: tuple[time, time, _Slot] | None = None
        for start, end, slot in sorted(timed, key=lambda x: (x[0], x[1])):
            if latest is not None and start < latest[1]:
                self.add(slot.path + ("start",), msg("{segment} overlaps {other}",
                                                     segment=slot.span, other=latest[2].span))
            if latest is None or end > latest[1]:
                latest = (start, end, slot)
