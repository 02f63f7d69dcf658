"""What is wrong with an edited programme, in plain words, before it replaces the live one.

The editor's own checks name fields as the form shows them; the checks of a
programme file (``programme_file.check_programme``) then catch anything else. On top come
what only a live meeting knows: a segment that already has a list or
interventions, or a theme already used in notes, cannot be taken away.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from floorapp.core.programme.model import Programme, Segment
from floorapp.core.state import FloorState
from floorapp.qt.messages import say_problem

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
LINE_NOTE = re.compile(r"\s*\((?:first on )?line \d+\)")


def tr(text: str) -> str:
    """Translate in the ProgrammeEditor context."""
    return QCoreApplication.translate("ProgrammeEditor", text)


def _name(seg: Segment, index: int) -> str:
    return f"“{seg.title}”" if seg.title else tr("segment {n}").format(n=index + 1)


def _hm(t: object) -> str:
    return f"{getattr(t, 'hour', 0):02d}:{getattr(t, 'minute', 0):02d}"


def _segment_problems(seg: Segment, index: int) -> list[str]:
    name = _name(seg, index)
    out: list[str] = []
    if not seg.id:
        out.append(tr("{segment} needs an id (a short name such as panel-1).").format(
            segment=_cap(name)))
    elif not ID_PATTERN.match(seg.id):
        out.append(tr("The id “{id}” of {segment} may only have letters, digits, - and _.")
                   .format(id=seg.id, segment=name))
    if not seg.title:
        out.append(tr("Segment {n} needs a title.").format(n=index + 1))
    if seg.end <= seg.start:
        out.append(tr("{segment} ends at {end}, which is not after its start at {start}.")
                   .format(segment=_cap(name), end=_hm(seg.end), start=_hm(seg.start)))
    seen: set[str] = set()
    for theme in seg.themes:
        if not theme.title:
            out.append(tr("A theme of {segment} has an id but no title.").format(segment=name))
        if theme.id in seen:
            out.append(tr("Two themes of {segment} have the id “{id}”.").format(
                segment=name, id=theme.id))
        seen.add(theme.id)
    for person in seg.panellists:
        if not person.name:
            out.append(tr("A panellist of {segment} has a role but no name.").format(
                segment=name))
    return out


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def editor_problems(p: Programme) -> list[str]:
    """Problems of a programme as the editor words them."""
    out: list[str] = []
    if not p.title.strip():
        out.append(tr("The meeting needs a title."))
    if not p.segments:
        out.append(tr("The programme needs at least one segment."))
    ids: set[str] = set()
    for i, seg in enumerate(p.segments):
        out += _segment_problems(seg, i)
        if seg.id and seg.id in ids:
            out.append(tr("Two segments have the id “{id}”; each needs its own.").format(
                id=seg.id))
        ids.add(seg.id)
        if i and seg.start < p.segments[i - 1].end:
            out.append(tr("{segment} starts at {start}, before {previous} ends at {end}.")
                       .format(segment=_cap(_name(seg, i)), start=_hm(seg.start),
                               previous=_name(p.segments[i - 1], i - 1),
                               end=_hm(p.segments[i - 1].end)))
    for key, seconds in p.limits.items():
        if seconds <= 0:
            out.append(tr("The limit for {key} must be more than zero.").format(key=key))
    return out


def live_problems(p: Programme, state: FloorState) -> list[str]:
    """What the live meeting forbids: removing a segment or theme already in use."""
    out: list[str] = []
    kept = {s.id: s for s in p.segments}
    used_segments = set(state.lists) | {iv.segment_id for iv in state.interventions.values()}
    old = state.programme
    for sid in sorted(used_segments):
        if sid and sid not in kept:
            title = old.segment(sid).title if old and any(
                s.id == sid for s in old.segments) else sid
            out.append(tr("The segment “{title}” (id {id}) cannot be removed or renamed: its "
                          "list of speakers has already been opened.").format(
                              title=title, id=sid))
    for iv in state.interventions.values():
        seg = kept.get(iv.segment_id)
        if seg is None:
            continue
        themes = {t.id for t in seg.themes}
        for tag in iv.themes:
            if tag not in themes:
                out.append(tr("The theme “{id}” of “{segment}” cannot be removed: notes are "
                              "tagged with it.").format(id=tag, segment=seg.title))
    return list(dict.fromkeys(out))


def file_problems(p: Programme) -> list[str]:
    """Problems the programme file's own checks find in ``p``, as if it were saved."""
    try:
        from floorapp.core.programme.file import check_programme
    except ImportError:
        return []
    # There is no file here: a line number would point nowhere.
    return [LINE_NOTE.sub("", say_problem(problem)) for problem in check_programme(p)]


def programme_problems(p: Programme, state: FloorState | None = None) -> list[str]:
    """Every problem of an edited programme, in plain words; empty when it can be used."""
    found = editor_problems(p) or file_problems(p)  # the file's checks catch the rest
    if state is not None:
        found += live_problems(p, state)
    return list(dict.fromkeys(found))
