"""The commands on the list of speakers: who asks for the floor, and in what order."""

from __future__ import annotations

from collections.abc import Sequence

from floorapp.core import commands as cmd
from floorapp.core import expectations as ex
from floorapp.core.categories import RequestKind
from floorapp.core.events import Draft, Event
from floorapp.core.floor import Floor
from floorapp.service.machinery import ServiceMachinery


class ListCommands(ServiceMachinery):
    """Named commands on the list: segments, requests, points of order, closing the list."""

    def open_segment(self, segment: str) -> list[Event]:
        """Open a segment of the programme."""
        return self._run(lambda f: cmd.open_segment(f, segment))

    def request(
        self, participant: str, kind: RequestKind = RequestKind.STATEMENT,
        on_behalf_of: str = "", delivered_by: str = "",
    ) -> list[Event]:
        """Inscribe a participant (by id) on the current list."""
        return self._run(lambda f: cmd.request(f, participant, kind, on_behalf_of,
                                                     delivered_by))

    def point_of_order(self, participant: str) -> list[Event]:
        """Hear a point of order at once."""
        return self._run(lambda f: cmd.point_of_order(f, participant))

    def withdraw(self, request: str) -> list[Event]:
        """Withdraw a request."""
        return self._run(lambda f: cmd.withdraw(f, request))

    def move(self, request: str, index: int) -> list[Event]:
        """Move a request to a position on the list."""
        return self._run(lambda f: cmd.move(f, request, index))

    def defer(self, request: str) -> list[Event]:
        """Send a request to the end of the list."""
        return self._run(lambda f: cmd.defer(f, request))

    def mark_absent(self, request: str) -> list[Event]:
        """Set aside a delegation not in the room."""
        return self._run(lambda f: cmd.mark_absent(f, request))

    def recall(self, request: str, index: int | None = None) -> list[Event]:
        """Put an absent delegation back on the list."""
        return self._run(lambda f: cmd.recall(f, request, index))

    def close_list(self) -> list[Event]:
        """Close the list of speakers."""
        return self._run(lambda f: cmd.close_list(f), (ex.CLOSED,))

    def reopen_list(self) -> list[Event]:
        """Reopen the list of speakers."""
        return self._run(lambda f: cmd.reopen_list(f), (ex.CLOSED,))

    def toggle_list(self) -> list[Event]:
        """Close the list if open, reopen it if closed (decided in the transaction)."""

        def decide(f: Floor) -> Sequence[Draft]:
            s = f.state
            if s.current_segment is not None and s.segment_list().closed:
                return cmd.reopen_list(f)
            return cmd.close_list(f)

        return self._run(decide, (ex.CLOSED,))
