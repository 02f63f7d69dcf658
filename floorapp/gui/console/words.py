"""The meeting's words as the console shows them: kinds of request, categories, names."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from floorapp.core.categories import LANGUAGES, RequestKind, SpeakerCategory
from floorapp.core.commands import limit_key
from floorapp.core.countdown import format_mmss
from floorapp.core.state import FloorState
from floorapp.core.turn import FloorRequest
from floorapp.qt.languages import is_rtl, isolate


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


_KIND_LOOKS: dict[RequestKind, Callable[[], KindLook]] = {
    RequestKind.STATEMENT: lambda: KindLook(tr("Statement"), "", "#546e7a", tr("Statement")),
    RequestKind.GROUP: lambda: KindLook(tr("Statement on behalf of a group"), tr("GROUP"),
                                        "#1565c0", tr("Group")),
    RequestKind.QUESTION: lambda: KindLook(tr("Question to the panel"), tr("QUESTION"),
                                           "#6a1b9a", tr("Question")),
    RequestKind.REPLY: lambda: KindLook(tr("Right of reply"), tr("REPLY"), "#e65100",
                                        tr("Reply")),
    RequestKind.POINT_OF_ORDER: lambda: KindLook(tr("Point of order"), tr("POINT OF ORDER"),
                                                 "#b71c1c", tr("Point of order")),
}


def kind_look(kind: RequestKind) -> KindLook:
    """The label and badge of a kind of request (translated now: only this kind's words,
    since every row the log and the list paint asks)."""
    return _KIND_LOOKS[kind]()


#: The categories a choice between them spells out (the short words of the list suffice
#: once the choice is made).
_DETAILED: dict[SpeakerCategory, Callable[[], str]] = {
    SpeakerCategory.OBSERVER: lambda: tr("Intergovernmental observer (African Union, ICRC …)"),
    SpeakerCategory.UN_SYSTEM: lambda: tr("UN system entity"),
    SpeakerCategory.CIVIL_SOCIETY: lambda: tr("Civil society organization"),
}


def category_label(category: SpeakerCategory, detailed: bool = False) -> str:
    """A category of speaker in words; ``detailed`` for a choice among them (the
    participant dialog), where "Observer" alone would not say what it covers."""
    if detailed and category in _DETAILED:
        return _DETAILED[category]()
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
    from floorapp.export.names import behalf_named  # the exports' words, when first needed

    behalf = behalf_named(state, on_behalf_of)
    return behalf.name(lang) if behalf is not None else ""


def speaker_line(
    state: FloorState, pid: str, on_behalf_of: str, delivered_by: str, lang: str
) -> str:
    """ "Egypt, on behalf of the African Group (delivered by …)" in one line, worded as
    the speaker display and the exports word it (export.strings), Latin names isolated
    in right-to-left text."""
    if not on_behalf_of and not delivered_by:  # most rows: the name alone
        name = name_of(state, pid, lang)
        return isolate(name) if is_rtl(lang) else name
    # The exports' words (loaded when a row first needs them, not before the first paint).
    from floorapp.export.names import behalf_named, named
    from floorapp.export.strings import Strings
    from floorapp.export.strings import speaker_line as speaker_words

    words = Strings(lang if lang in LANGUAGES else "en")
    return speaker_words(words, named(state, pid), behalf_named(state, on_behalf_of),
                         named(state, delivered_by) if delivered_by else None)


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
