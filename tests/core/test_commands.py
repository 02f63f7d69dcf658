"""core/commands.py directly: decisions from the state, without the service."""

from __future__ import annotations

from floorapp.core.categories import RequestKind
from floorapp.core.commands import limit_key, replies
from floorapp.core.meeting_settings import MeetingSettings
from floorapp.core.ordering import OrderingPolicy
from tests.core.test_fold import _meeting, _request


def test_rights_of_reply_are_counted_asked_and_heard() -> None:
    s = _meeting()
    _request(s, 3, "r1", "QAT", "reply")
    _request(s, 4, "r2", "QAT", "reply")
    assert replies(s, "QAT", "panel-1") == 2  # asked for, not withdrawn: the 2-replies rule
    assert replies(s, "QAT", "panel-1", heard=True) == 0  # none delivered yet
    assert limit_key(s, "QAT", RequestKind.REPLY, "panel-1") == "reply"


def test_the_limit_follows_the_speakers_category_and_the_kind() -> None:
    s = _meeting()
    assert limit_key(s, "QAT", RequestKind.STATEMENT, "panel-1") == "member_state"
    assert limit_key(s, "QAT", RequestKind.GROUP, "panel-1") == "group"
    assert limit_key(s, "QAT", RequestKind.POINT_OF_ORDER, "panel-1") == "point_of_order"


def test_meeting_settings_change_field_by_field_and_round_trip() -> None:
    base = MeetingSettings()
    changed = base.updated({"ordering": "un_practice", "warning_seconds": "45"})
    assert changed.ordering is OrderingPolicy.UN_PRACTICE and changed.warning_seconds == 45
    assert changed.reminder_seconds == base.reminder_seconds
    assert MeetingSettings().updated(changed.to_dict()) == changed
