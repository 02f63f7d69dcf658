"""The commands on the secretary's record: notes, announcements, record fields, the
synthesis and corrections (decided in floorapp.core.record_commands)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from floorapp.core import record_commands as rc
from floorapp.core import synthesis as syn
from floorapp.core.events import Event
from floorapp.service.machinery import ServiceMachinery


class RecordCommands(ServiceMachinery):
    """Named commands on the record of interventions."""

    def add_note(
        self, text: str, themes: Sequence[str] = (), intervention: str | None = None
    ) -> list[Event]:
        """Record a key point of an intervention (the current or last by default)."""
        return self._run(lambda f: rc.add_note(f, text, themes, intervention))

    def edit_note(
        self, intervention: str, note: str, text: str | None = None,
        themes: Sequence[str] | None = None,
    ) -> list[Event]:
        """Correct a recorded key point; the original stays in the journal."""
        return self._run(lambda f: rc.edit_note(f, intervention, note, text, themes))

    def strike_note(self, intervention: str, note: str, struck: bool = True) -> list[Event]:
        """Strike a note from the record (it stays in the journal), or restore it."""
        return self._run(lambda f: rc.strike_note(f, intervention, note, struck))

    def strike_announcement(
        self, intervention: str, announcement: str, struck: bool = True,
    ) -> list[Event]:
        """Strike an announcement from the record (it stays in the journal), or restore it."""
        return self._run(lambda f: rc.strike_announcement(f, intervention, announcement, struck))

    def update_record(self, intervention: str | None = None, **fields: Any) -> list[Event]:
        """Set record fields: language, written_statement, video."""
        return self._run(lambda f: rc.update_record(f, intervention, fields))

    def add_announcement(
        self, text: str, amount: float | None = None, currency: str = "",
        intervention: str | None = None, kind: str | None = None,
    ) -> list[Event]:
        """Record an announcement, e.g. a pledge with its amount and currency; ``kind``
        is "pledge", "personal_gift" or "announcement" (a pledge when there is an amount)."""
        return self._run(lambda f: rc.add_announcement(f, text, amount, currency, intervention,
                                                       kind))

    def keep_synthesis(self, key: str, lang: str, text: str) -> list[Event]:
        """Keep the secretary's text of a paragraph of the Summary's synthesis in ``lang``
        (key "SEGMENT/THEME"); an empty text gives the paragraph back to the proposal."""
        return self._run(lambda f: syn.keep_synthesis(f, key, lang, text))

    def correct(self, intervention: str, **fields: Any) -> list[Event]:
        """Correct a past intervention (participant, kind, on_behalf_of, delivered_by,
        start, end); the original events stay in the journal."""
        return self._run(
            lambda f: rc.correct(f, intervention, {p.id for p in self.roster}, fields))
