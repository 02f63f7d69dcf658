"""The commands that set up the meeting, and that share it between stations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from floorapp.core import commands as cmd
from floorapp.core import events as ev
from floorapp.core import stations
from floorapp.core.categories import SpeakerCategory
from floorapp.core.events import Draft, Event
from floorapp.core.floor import Floor, Refused
from floorapp.core.programme.model import Programme, programme_to_dict
from floorapp.core.roster import Participant, make_participant_id
from floorapp.service.machinery import ServiceMachinery


class SetUpCommands(ServiceMachinery):
    """Named commands on the meeting's set-up: stations, programme, participants, limits."""

    # -- stations sharing the meeting --------------------------------------------------

    def hand_over_floor(self) -> list[Event]:
        """The officer hands the floor and the clock to the secretary's station."""
        return self._run(stations.hand_over)

    def take_back_floor(self) -> list[Event]:
        """The officer takes the floor and the clock back from the secretary."""
        return self._run(stations.take_back)

    # -- meeting set-up ---------------------------------------------------------------

    def replace_programme(self, programme: Programme) -> list[Event]:
        """Replace the programme (edited live or before the meeting)."""
        return self._run(lambda f: [Draft(ev.PROGRAMME_REPLACED,
                                          {"programme": programme_to_dict(programme)})])

    def add_participant(
        self, name: str, category: SpeakerCategory = SpeakerCategory.OTHER,
        names: dict[str, str] | None = None,
    ) -> Participant:
        """Add a participant beyond the roster; returns it."""
        all_names = {"en": name.strip(), **(names or {})}
        chosen: list[str] = []

        def decide(f: Floor) -> Sequence[Draft]:
            # Inside the transaction, after catching up: two stations adding at once
            # neither pick the same id nor add the same participant twice.
            wanted = all_names["en"].casefold()
            for p in f.state.participants.values():
                if p.names.get("en", "").strip().casefold() == wanted:
                    raise Refused(f"{p.name()} is already a participant of this meeting.")
            pid = make_participant_id(name, {p.id for p in self.roster})
            chosen.append(pid)
            return cmd.add_participant(f, pid, all_names, category)

        self._run(decide)
        return self.state.participants[chosen[-1]]

    def change_settings(self, **changes: Any) -> list[Event]:
        """Change the ordering policy, warning time or reminder interval."""
        return self._run(lambda f: cmd.change_settings(f, **changes))

    def change_limit(self, key: str, seconds: int, segment: str | None = None) -> list[Event]:
        """Change a speaking limit for the rest of a segment's list."""
        return self._run(lambda f: cmd.change_limit(f, key, seconds, segment))
