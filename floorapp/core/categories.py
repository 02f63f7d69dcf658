"""The words of the meeting: kinds of speaker, kinds of floor request, languages."""

from __future__ import annotations

from enum import StrEnum

#: The six official languages, in the UN's order of listing.
LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")


class SpeakerCategory(StrEnum):
    """Who a participant is, which decides speaking limits and order."""

    MEMBER_STATE = "member_state"
    OBSERVER_STATE = "observer_state"
    OBSERVER = "observer"  # intergovernmental observers (EU, African Union, ...)
    UN_SYSTEM = "un_system"
    CIVIL_SOCIETY = "civil_society"
    PANELLIST = "panellist"
    MODERATOR = "moderator"
    CHAIR = "chair"
    OTHER = "other"


class RequestKind(StrEnum):
    """What a delegation asks the floor for."""

    STATEMENT = "statement"
    GROUP = "group"  # a statement on behalf of a group of States
    QUESTION = "question"  # a question to the panel
    REPLY = "reply"  # right of reply
    POINT_OF_ORDER = "point_of_order"


class SegmentKind(StrEnum):
    """What a segment of the programme is."""

    OPENING = "opening"
    PANEL = "panel"
    DIALOGUE = "dialogue"
    CLOSING = "closing"
    BREAK = "break"
    OTHER = "other"


#: Keys of a speaking-limit table: every speaker category plus the request
#: kinds that carry their own limit.
LIMIT_KEYS: tuple[str, ...] = (
    *(c.value for c in SpeakerCategory),
    "group",
    "question",
    "point_of_order",
    "reply",
    "reply_second",
)

#: A speaking limit of 0 seconds: no limit (the time spoken counts up, no cue sounds).
NO_LIMIT = 0

#: Speaking limits in seconds when neither the segment nor the meeting sets one. The
#: chair, moderators and panellists (keynote speakers included) have none by default.
DEFAULT_LIMITS: dict[str, int] = {
    "member_state": 180,
    "observer_state": 180,
    "observer": 120,
    "un_system": 120,
    "civil_society": 120,
    "panellist": NO_LIMIT,
    "moderator": NO_LIMIT,
    "chair": NO_LIMIT,
    "other": 120,
    "group": 300,
    "question": 120,
    "point_of_order": 120,
    "reply": 600,
    "reply_second": 300,
}
