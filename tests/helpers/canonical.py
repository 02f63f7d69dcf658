"""The live state in a comparable form, for tests that check one fold against another."""

from __future__ import annotations

import json
from typing import Any

from floorapp.core.floor import Floor
from floorapp.core.snapshot import floor_to_dict, state_to_dict
from floorapp.core.state import FloorState


def canonical_state(state: FloorState) -> Any:
    """The state as plain data; a segment list that queries made and no event touched
    (nothing in it) counts as absent."""
    d = json.loads(json.dumps(state_to_dict(state)))
    d["lists"] = [x for x in d["lists"] if x[1] or x[2] or x[3] or x[4] or x[5]]
    return d


def canonical_floor(floor: Floor) -> Any:
    """The state and undo history as plain data."""
    d = json.loads(json.dumps(floor_to_dict(floor)))
    d["state"] = canonical_state(floor.state)
    return d
