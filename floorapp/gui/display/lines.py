"""What the speaker display says, in the room's language: who speaks, for whom, who is next.

Names come from the roster (``Participant.name(lang)``); the meeting's own words
("on behalf of the African Group", "right of reply") from the six-language tables
the exports use, so the room reads one language whatever the console shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from floorapp.core.categories import LANGUAGES, RequestKind
from floorapp.core.state import FloorState
from floorapp.export.compose import capital
from floorapp.export.names import behalf_named, named
from floorapp.export.strings import RTL_LANGUAGES, Strings
from floorapp.qt import languages

#: Kinds of request the room is told about (a plain or group statement goes without saying).
TOLD_KINDS = (RequestKind.QUESTION, RequestKind.REPLY, RequestKind.POINT_OF_ORDER)


def tr(text: str, lang: str | None = None) -> str:
    """Translate in the SpeakerDisplay context, into ``lang`` (None: the app's language)."""
    return languages.translate("SpeakerDisplay", text, lang)


def is_rtl(lang: str) -> bool:
    """Whether ``lang`` is written right to left."""
    return lang in RTL_LANGUAGES


def strings(lang: str) -> Strings:
    """The meeting's words in ``lang`` (English for a language Floor does not know)."""
    return Strings(lang if lang in LANGUAGES else "en")


@dataclass(frozen=True)
class Speaker:
    """Who a turn or a request is for, as the display words it."""

    name: str  # "Egypt"
    detail: str  # "on behalf of the African Group (delivered by Nigeria)"
    line: str  # both in one line, for the list of next speakers


def speaker(
    state: FloorState, pid: str, kind: RequestKind, on_behalf_of: str, delivered_by: str,
    lang: str,
) -> Speaker:
    """The words for one speaker in ``lang``."""
    s = strings(lang)
    who = named(state, pid)
    behalf = behalf_named(state, on_behalf_of)
    by = named(state, delivered_by) if delivered_by else None
    parts: list[str] = []
    if kind in TOLD_KINDS:
        parts.append(capital(s.kind(kind.value)))
    detail = s.behalf(behalf) if behalf is not None else ""
    if by is not None:
        detail = s("delivered_by", text=detail, person=by.name(s.lang)).strip()
    if detail:
        parts.append(detail)
    line = who.name(s.lang)
    if behalf is not None:
        line = s("speaker_behalf", speaker=line, behalf=s.behalf(behalf))
    if kind in TOLD_KINDS:
        line = s("extras", text=line, extras=s.kind(kind.value))
    return Speaker(who.name(s.lang), " · ".join(parts), line)


def current_speaker(state: FloorState, lang: str) -> Speaker | None:
    """Who holds the floor, or None when it is free."""
    iv = state.current
    if iv is None:
        return None
    return speaker(state, iv.participant_id, iv.kind, iv.on_behalf_of, iv.delivered_by, lang)


def next_speakers(state: FloorState, lang: str, count: int = 3) -> list[Speaker]:
    """The next ``count`` speakers on the list."""
    return [
        speaker(state, r.participant_id, r.kind, r.on_behalf_of, r.delivered_by, lang)
        for r in state.waiting()[:count]
    ]


def segment_title(state: FloorState, lang: str = "en") -> str:
    """The title of the open segment (the meeting's title before any is open) in ``lang``.

    Untranslated, it shows in the programme's language, tagged with its code.
    """
    p = state.programme
    if p is None:
        return ""
    if state.current_segment is not None:
        try:
            return p.text(p.segment(state.current_segment), "title", lang).tagged()
        except KeyError:
            pass
    return p.text(p, "title", lang).tagged()


@dataclass(frozen=True)
class Screenful:
    """Every text of the display, top to bottom, and whether the floor is free."""

    title: str
    name: str
    detail: str
    heading: str
    listed: tuple[str, ...]  # "1.  Egypt, on behalf of the African Group", ...
    free: bool


def screenful(state: FloorState, lang: str, count: int = 3) -> Screenful:
    """What the display shows now.

    While the floor is free, the next speaker takes the speaker's place (marked as
    next) and the list goes on from the second, numbered as on the console's list.
    """
    who = current_speaker(state, lang)
    coming = next_speakers(state, lang, count + 1)
    first = 0
    name = detail = ""
    if who is not None:
        name, detail = who.name, who.detail
    elif coming:
        name = coming[0].name
        detail = " · ".join(x for x in (tr("Next speaker", lang), coming[0].detail) if x)
        first = 1
    listed = [f"{first + i + 1}.  {s.line}" for i, s in enumerate(coming[first:first + count])]
    return Screenful(
        title=segment_title(state, lang), name=name, detail=detail,
        heading=tr("Next speakers", lang) if listed else "",
        listed=tuple(listed + [""] * (count - len(listed))), free=who is None,
    )
