"""The list of speakers: inscribing, ordering policies, moves, absences, closing."""

from __future__ import annotations

import pytest

from floorapp.core.categories import RequestKind
from floorapp.core.clock import FakeClock
from floorapp.core.floor import Refused
from floorapp.core.meeting_settings import MeetingSettings
from floorapp.core.ordering import OrderingPolicy
from floorapp.service import FloorService
from tests.helpers.factories import memory_service


def waiting_ids(svc: FloorService) -> list[str]:
    return [r.participant_id for r in svc.state.waiting()]


def test_nothing_before_a_segment_is_open(service: FloorService) -> None:
    with pytest.raises(Refused, match="open a segment"):
        service.request("FRA")
    assert service.state.requests == {}


def test_first_come_first_served(service: FloorService) -> None:
    service.open_segment("panel-1")
    for who in ["QAT", "BLR", "PHL", "EU"]:
        service.request(who)
    assert waiting_ids(service) == ["QAT", "BLR", "PHL", "EU"]


def test_un_practice_groups_then_states_then_observers(clock: FakeClock) -> None:
    svc = memory_service(clock, settings=MeetingSettings(ordering=OrderingPolicy.UN_PRACTICE))
    svc.open_segment("panel-1")
    svc.request("unodc")
    svc.request("EU")
    svc.request("QAT")
    svc.request("VAT")
    svc.request("EGY", RequestKind.GROUP, on_behalf_of="African Group")
    svc.request("BLR")
    assert waiting_ids(svc) == ["EGY", "QAT", "BLR", "EU", "VAT", "unodc"]


def test_changing_the_policy_reorders_the_waiting_list(service: FloorService) -> None:
    service.open_segment("panel-1")
    for pid in ("unodc", "EU", "QAT", "VAT", "BLR"):
        service.request(pid)
    service.request("EGY", RequestKind.GROUP, on_behalf_of="African Group")
    service.request("ARM", RequestKind.REPLY)
    service.move(service.state.segment_list().queue[4], 2)  # Belarus moved up by hand
    assert waiting_ids(service) == ["unodc", "EU", "BLR", "QAT", "VAT", "EGY", "ARM"]
    service.change_settings(ordering="un_practice")
    # Groups, Member States, observers, others; the hand-made order kept within each.
    assert waiting_ids(service) == ["EGY", "BLR", "QAT", "EU", "VAT", "unodc", "ARM"]
    service.undo()
    assert waiting_ids(service) == ["unodc", "EU", "BLR", "QAT", "VAT", "EGY", "ARM"]


def test_rights_of_reply_are_held_to_the_end(service: FloorService) -> None:
    service.open_segment("panel-1")
    service.request("QAT")
    service.request("ARM", RequestKind.REPLY)
    service.request("BLR")
    assert waiting_ids(service) == ["QAT", "BLR", "ARM"]


def test_at_most_two_replies_per_delegation(service: FloorService) -> None:
    service.open_segment("panel-1")
    service.request("ARM", RequestKind.REPLY)
    service.next()
    service.request("ARM", RequestKind.REPLY)
    service.next()
    assert service.state.current is not None
    assert service.state.current.limit == 300  # second reply: 5 minutes
    with pytest.raises(Refused, match="2 rights of reply"):
        service.request("ARM", RequestKind.REPLY)


def test_group_statement_needs_its_group(service: FloorService) -> None:
    service.open_segment("panel-1")
    with pytest.raises(Refused, match="on behalf of"):
        service.request("EGY", RequestKind.GROUP)


def test_no_double_inscription(service: FloorService) -> None:
    service.open_segment("panel-1")
    service.request("QAT")
    with pytest.raises(Refused, match="already inscribed"):
        service.request("QAT")
    service.request("QAT", RequestKind.QUESTION)  # another kind is fine
    assert len(service.state.waiting()) == 2


def test_move_defer_withdraw(service: FloorService) -> None:
    service.open_segment("panel-1")
    for who in ["QAT", "BLR", "PHL", "EGY"]:
        service.request(who)
    rid = {r.participant_id: r.id for r in service.state.waiting()}
    service.move(rid["EGY"], 0)
    assert waiting_ids(service) == ["EGY", "QAT", "BLR", "PHL"]
    service.defer(rid["QAT"])
    assert waiting_ids(service) == ["EGY", "BLR", "PHL", "QAT"]
    service.withdraw(rid["BLR"])
    assert waiting_ids(service) == ["EGY", "PHL", "QAT"]
    with pytest.raises(Refused):
        service.withdraw(rid["BLR"])


def test_absent_and_recall(service: FloorService) -> None:
    service.open_segment("panel-1")
    for who in ["QAT", "BLR", "PHL"]:
        service.request(who)
    first = service.state.waiting()[0].id
    service.mark_absent(first)
    assert waiting_ids(service) == ["BLR", "PHL"]
    assert [r.participant_id for r in service.state.absent()] == ["QAT"]
    with pytest.raises(Refused, match="absent"):
        service.give_floor(request=first)
    service.next()  # BLR speaks
    service.recall(first)
    assert waiting_ids(service) == ["QAT", "PHL"]


def test_closed_list_refuses_new_statements_but_not_points_of_order(
    service: FloorService,
) -> None:
    service.open_segment("panel-1")
    service.request("QAT")
    service.close_list()
    with pytest.raises(Refused, match="closed"):
        service.request("BLR")
    service.request("ARM", RequestKind.REPLY)
    service.reopen_list()
    service.request("BLR")
    assert waiting_ids(service) == ["QAT", "BLR", "ARM"]


def test_segments_keep_their_own_lists(service: FloorService) -> None:
    service.open_segment("panel-1")
    service.request("QAT")
    service.open_segment("panel-2")
    assert service.state.waiting() == []
    service.request("BLR")
    service.open_segment("panel-1")
    assert waiting_ids(service) == ["QAT"]


def test_unknown_segment_is_refused(service: FloorService) -> None:
    with pytest.raises(Refused, match="no segment 'panel-9'"):
        service.open_segment("panel-9")


def test_ad_hoc_participant(service: FloorService) -> None:
    service.open_segment("panel-1")
    au = service.add_participant("African Union", category=__import__(
        "floorapp.core.categories", fromlist=["SpeakerCategory"]).SpeakerCategory.OBSERVER)
    assert service.resolve("African Union").id == au.id
    service.request(au.id)
    service.next()
    assert service.state.current is not None
    assert service.state.current.limit == 120  # observer limit of the programme
