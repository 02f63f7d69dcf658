"""Groups of States that statements are made on behalf of, and who their members are.

From ``resources/export/groups.toml`` (``[behalf.*]``): a group is matched by what a
secretary typed or by a roster id; its members are listed, taken from a regional
group of the roster, or only counted (G77, NAM).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from floorapp.core.roster import Roster


@dataclass(frozen=True)
class GroupOfStates:
    """A known group: its key in groups.toml and its member States (ids) or size."""

    key: str
    members: frozenset[str]
    size: int | None  # None when its size is not known


def normal_name(text: str) -> str:
    """What is compared when matching a typed name: case, spaces, "the", apostrophes."""
    text = " ".join(text.replace("’", "'").split()).casefold()
    return text.removeprefix("the ")


@cache
def _entries() -> dict[str, dict[str, Any]]:
    from floorapp.resources_paths import resources_folder

    with (resources_folder() / "export" / "groups.toml").open("rb") as fh:
        return dict(tomllib.load(fh).get("behalf", {}))


@cache
def _regional(group: str) -> frozenset[str]:
    return frozenset(p.id for p in Roster.reference() if p.regional_group == group)


def find_group(*names: str) -> GroupOfStates | None:
    """The known group named by any of ``names`` (typed names or a roster id), or None."""
    wanted = {normal_name(n) for n in names if n}
    for key, entry in _entries().items():
        if not wanted & {normal_name(m) for m in entry.get("match", ())}:
            continue
        members = frozenset(entry.get("members", ()))
        if "regional_group" in entry:
            members |= _regional(str(entry["regional_group"]))
        size = len(members) if members else entry.get("count")
        return GroupOfStates(key, members, int(size) if size is not None else None)
    return None
