"""Small programmes and meetings built in code, for tests that need no file."""

from __future__ import annotations

from datetime import date, time

from floorapp.core.categories import SegmentKind, SpeakerCategory
from floorapp.core.clock import FakeClock
from floorapp.core.meeting_settings import MeetingSettings
from floorapp.core.programme.model import ExtraParticipant, Person, Programme, Segment, Theme
from floorapp.service import FloorService, meeting_created
from tests.helpers.fakes import MemoryJournal


def small_programme() -> Programme:
    """A two-segment dialogue with themes, a moderator and two panellists."""
    return Programme(
        title="Test dialogue",
        date=date(2012, 4, 3),
        venue="Conference Room 2",
        limits={"member_state": 180, "observer": 120, "group": 300},
        segments=(
            Segment("opening", SegmentKind.OPENING, "Opening", time(10), time(11),
                    chair=Person("pga", "President of the General Assembly", "",
                                 SpeakerCategory.CHAIR)),
            Segment(
                "panel-1", SegmentKind.PANEL, "Panel I", time(11), time(13),
                moderator=Person("mod1", "Moderator One", "", SpeakerCategory.MODERATOR),
                panellists=(Person("pan1", "Panellist One"), Person("pan2", "Panellist Two")),
                themes=(Theme("political-will", "Political will"),
                        Theme("cooperation", "Cooperation")),
            ),
            Segment("panel-2", SegmentKind.PANEL, "Panel II", time(15), time(17, 45),
                    limits={"member_state": 120}),
        ),
        participants=(
            ExtraParticipant("unodc", {"en": "UNODC"}, SpeakerCategory.UN_SYSTEM),
        ),
    )


def memory_service(
    clock: FakeClock | None = None, programme: Programme | None = None,
    settings: MeetingSettings | None = None,
) -> FloorService:
    """A floor service on an in-memory journal."""
    clock = clock or FakeClock()
    journal = MemoryJournal()
    journal.append([meeting_created(programme or small_programme(), settings)], clock.wall())
    return FloorService(journal, clock)
