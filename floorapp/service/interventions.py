"""The commands on interventions: giving the floor, the speaker's time, undo and redo."""

from __future__ import annotations

from collections.abc import Sequence

from floorapp.core import commands as cmd
from floorapp.core import expectations as ex
from floorapp.core.categories import RequestKind
from floorapp.core.events import Draft, Event
from floorapp.core.expectations import Expect
from floorapp.core.floor import Floor
from floorapp.service.machinery import ServiceMachinery


class InterventionCommands(ServiceMachinery):
    """Named commands on the floor: who speaks, their time, and taking a command back."""

    def give_floor(
        self, request: str | None = None, participant: str | None = None,
        kind: RequestKind = RequestKind.STATEMENT, delivered_by: str = "",
        on_behalf_of: str = "", expect: Expect | None = None,
    ) -> list[Event]:
        """Give the floor to the next speaker, a chosen request, or a participant.

        Refused if another station gave the floor, ended the turn or (for the next on
        the list) changed who is next since this station's screen showed it."""
        facts = (ex.SPEAKER,) if request or participant else (ex.SPEAKER, ex.NEXT)
        return self._run(lambda f: cmd.give_floor(f, request, participant, kind, delivered_by,
                                                  on_behalf_of), facts, expect)

    def next(self, expect: Expect | None = None) -> list[Event]:
        """End the current turn, if any, and give the floor to the next on the list."""
        return self.give_floor(expect=expect)

    def pause(self, expect: Expect | None = None) -> list[Event]:
        """Pause the speaker's time."""
        return self._run(cmd.pause, (ex.SPEAKER, ex.RUNNING), expect)

    def resume(self, expect: Expect | None = None) -> list[Event]:
        """Resume the speaker's time."""
        return self._run(cmd.resume, (ex.SPEAKER, ex.RUNNING), expect)

    def toggle_pause(self, expect: Expect | None = None) -> list[Event]:
        """Pause if running, resume if paused (decided in the transaction)."""

        def decide(f: Floor) -> Sequence[Draft]:
            iv = f.state.current
            return cmd.pause(f) if iv is not None and iv.running else cmd.resume(f)

        return self._run(decide, (ex.SPEAKER, ex.RUNNING), expect)

    def extend(self, seconds: float, expect: Expect | None = None) -> list[Event]:
        """Add (or with negative seconds, take away) speaking time."""
        return self._run(lambda f: cmd.extend(f, seconds), (ex.SPEAKER, ex.ALLOTTED), expect)

    def end(self, expect: Expect | None = None) -> list[Event]:
        """End the current intervention."""
        return self._run(cmd.end, (ex.SPEAKER,), expect)

    def undo(self, expect: Expect | None = None) -> list[Event]:
        """Take back the last floor command (refused if another station acted meanwhile)."""
        return self._run(cmd.undo, (ex.UNDO,), expect)

    def redo(self, expect: Expect | None = None) -> list[Event]:
        """Restore the last undone floor command."""
        return self._run(cmd.redo, (ex.REDO,), expect)

    def expect(self, *facts: str) -> Expect:
        """What this station shows now of ``facts`` (core.expectations), for a command
        issued later that must not act on a state that has moved."""
        return ex.expect(self.floor, facts)
