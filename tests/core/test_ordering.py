"""Ordering policies: where a new floor request goes, tested on the pure functions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from floorapp.core.categories import RequestKind, SpeakerCategory
from floorapp.core.ordering import OrderingPolicy, insertion_index, tier


def test_points_of_order_first_and_replies_last_under_every_policy() -> None:
    for policy in OrderingPolicy:
        for category in SpeakerCategory:
            assert tier(policy, RequestKind.POINT_OF_ORDER, category) == 0
            assert tier(policy, RequestKind.REPLY, category) == 9


def test_first_come_puts_everyone_else_in_one_block() -> None:
    tiers = {tier(OrderingPolicy.FIRST_COME, kind, cat)
             for kind in (RequestKind.STATEMENT, RequestKind.GROUP)
             for cat in SpeakerCategory}
    assert tiers == {1}


def test_un_practice_groups_then_states_then_observers_then_others() -> None:
    un = OrderingPolicy.UN_PRACTICE
    group = tier(un, RequestKind.GROUP, SpeakerCategory.MEMBER_STATE)
    state = tier(un, RequestKind.STATEMENT, SpeakerCategory.MEMBER_STATE)
    observer = tier(un, RequestKind.STATEMENT, SpeakerCategory.OBSERVER_STATE)
    other = tier(un, RequestKind.STATEMENT, SpeakerCategory.OTHER)
    assert group < state < observer < other


def test_a_newcomer_goes_after_its_own_block() -> None:
    assert insertion_index([0, 1, 1, 2, 9], 1) == 3
    assert insertion_index([0, 1, 1, 2, 9], 9) == 5
    assert insertion_index([], 2) == 0
    assert insertion_index([2, 2, 3], 0) == 0


@given(st.lists(st.integers(min_value=0, max_value=9)).map(sorted),
       st.integers(min_value=0, max_value=9))
def test_inserting_keeps_a_sorted_list_sorted(tiers: list[int], new: int) -> None:
    i = insertion_index(tiers, new)
    after = tiers[:i] + [new] + tiers[i:]
    assert after == sorted(after)
    assert all(t <= new for t in tiers[:i])
