"""The meeting's words as the console shows them: kinds of request, categories, names."""

from __future__ import annotations

import math

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from floorapp.core.categories import RequestKind, SpeakerCategory
from floorapp.core.commands import limit_key
from floorapp.core.countdown import format_mmss
from floorapp.core.state import FloorState
from floorapp.core.turn import FloorRequest
from floorapp.gui.languages import is_rtl, isolate


def tr(text: str) -> str:
    """Translate in the Words context."""
    return QCoreApplication.translate("Words", text)


@dataclass(frozen=True)
class KindLook:
    """How a kind of request is named and badged (text and colour, never colour alone)."""

    label: str  # "Right of reply"
    badge: str  # "REPLY"; empty for a plain statement
    colour: str  # badge background
    short: str = ""  # "Reply": for narrow columns


def kind_look(kind: RequestKind) -> KindLook:
    """The label and badge of a kind of request."""
    return {
        RequestKind.STATEMENT: KindLook(tr("Statement"), "", "#546e7a", tr("Statement")),
        RequestKind.GROUP: KindLook(tr("Statement on behalf of a group"), tr("GROUP"),
                                    "#1565c0", tr("Group")),
        RequestKind.QUESTION: KindLook(tr("Question to the panel"), tr("QUESTION"), "#6a1b9a",
                                       tr("Question")),
        RequestKind.REPLY: KindLook(tr("Right of reply"), tr("REPLY"), "#e65100", tr("Reply")),
        RequestKind.POINT_OF_ORDER: KindLook(tr("Point of order"), tr("POINT OF ORDER"),
                                             "#b71c1c", tr("Point of order")),
    }[kind]


def category_label(category: SpeakerCategory) -> str:
    """A category of speaker in words."""
    return {
        SpeakerCategory.MEMBER_STATE: tr("Member State"),
        SpeakerCategory.OBSERVER_STATE: tr("Observer State"),
        SpeakerCategory.OBSERVER: tr("Observer"),
        SpeakerCategory.UN_SYSTEM: tr("UN system"),
        SpeakerCategory.CIVIL_SOCIETY: tr("Civil society"),
        SpeakerCategory.PANELLIST: tr("Panellist"),
        SpeakerCategory.MODERATOR: tr("Moderator"),
        SpeakerCategory.CHAIR: tr("Chair"),
        SpeakerCategory.OTHER: tr("Other"),
    }[category]


#: Each official language named in itself, for menus and choices.
LANGUAGE_NAMES = {"ar": "العربية", "zh": "中文", "en": "English", "fr": "Français",
                  "ru": "Русский", "es": "Español"}


def name_of(state: FloorState, pid: str, lang: str) -> str:
    """A participant's name in the display language."""
    return state.participant(pid).name(lang) if pid else ""


def behalf_text(state: FloorState, on_behalf_of: str, lang: str) -> str:
    """Whom a statement is made for: a participant's name, or the group's name as typed."""
    if not on_behalf_of:
        return ""
    known = on_behalf_of in state.participants or (
        state.reference is not None and on_behalf_of in state.reference
    )
    return state.participant(on_behalf_of).name(lang) if known else on_behalf_of


def speaker_line(
    state: FloorState, pid: str, on_behalf_of: str, delivered_by: str, lang: str
) -> str:
    """ "Egypt, on behalf of the African Group (delivered by …)" in one line."""
    # In Arabic, a name in Latin letters ("UNODC", a group typed in English) is isolated
    # so that the comma and the brackets around it stay in their places.
    iso = isolate if is_rtl(lang) else str
    text = iso(name_of(state, pid, lang))
    behalf = behalf_text(state, on_behalf_of, lang)
    if behalf:
        text = tr("{speaker}, on behalf of {group}").format(speaker=text, group=iso(behalf))
    if delivered_by:
        text = tr("{text} (delivered by {person})").format(
            text=text, person=iso(name_of(state, delivered_by, lang)))
    return text


def request_limit(state: FloorState, req: FloorRequest) -> int:
    """The limit in force for a waiting request, in seconds."""
    key = limit_key(state, req.participant_id, req.kind, req.segment_id)
    return state.live_limit(req.segment_id, key)


def minutes(seconds: float) -> str:
    """A duration as mm:ss, kept left to right inside right-to-left text.

    Whole seconds are cut as the countdown cuts them, so that "spoken" and the
    clock always add up to the limit.
    """
    return ltr(format_mmss(math.floor(seconds + 1e-9)))


def ltr(text: str) -> str:
    """Text isolated as left to right: times and numbers inside right-to-left text.

    Without it, Arabic text around "11:00–13:00" shows it as "13:00–11:00".
    """
    return f"\u2066{text}\u2069"
