"""Ordering policies: where a new floor request goes on the list.

The list itself is an explicit order that the operator may change by hand; the
policy decides where a newcomer is inscribed and where a deferred request goes, and
when the meeting changes its policy the waiting requests move to their blocks under
the new one, keeping their order within each block.
"""

from __future__ import annotations

from enum import StrEnum

from floorapp.core.categories import RequestKind, SpeakerCategory


class OrderingPolicy(StrEnum):
    """How the meeting orders its list of speakers."""

    FIRST_COME = "first_come"  # order of asking; points of order first, replies last
    UN_PRACTICE = "un_practice"  # groups, then Member States, observers, others


_CATEGORY_TIER = {
    SpeakerCategory.MEMBER_STATE: 2,
    SpeakerCategory.OBSERVER_STATE: 3,
    SpeakerCategory.OBSERVER: 3,
}


def tier(policy: OrderingPolicy, kind: RequestKind, category: SpeakerCategory) -> int:
    """The rank of a request's block on the list; lower is heard earlier."""
    if kind is RequestKind.POINT_OF_ORDER:
        return 0
    if kind is RequestKind.REPLY:
        return 9  # rights of reply are held to the end of the segment
    if policy is OrderingPolicy.FIRST_COME:
        return 1
    if kind is RequestKind.GROUP:
        return 1
    return _CATEGORY_TIER.get(category, 4)


def insertion_index(tiers: list[int], new_tier: int) -> int:
    """Where a request of ``new_tier`` goes: after everything of its tier or better."""
    for i, t in enumerate(tiers):
        if t > new_tier:
            return i
    return len(tiers)
