"""The fold of the secretary's record events: notes, record fields, announcements,
corrections. Part of :class:`floorapp.core.state.FloorState`'s fold; like it, these
never refuse an event, and ignore one naming an intervention that is not there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from floorapp.core import events as ev
from floorapp.core.events import Event
from floorapp.core.turn import Announcement, Intervention, Note, announcement_kind

if TYPE_CHECKING:
    from floorapp.core.state import FloorState


def _intervention(s: FloorState, e: Event) -> Intervention | None:
    return s.interventions.get(e.data.get("intervention", ""))


def _note_added(s: FloorState, e: Event) -> None:
    iv = _intervention(s, e)
    s._count(e.data["note"])
    if iv is not None:
        themes = tuple(e.data.get("themes", ()))
        iv.notes.append(Note(e.data["note"], e.data.get("text", ""), themes))


def _find_note(s: FloorState, e: Event) -> Note | None:
    iv = _intervention(s, e)
    if iv is None:
        return None
    return next((n for n in iv.notes if n.id == e.data["note"]), None)


def _note_edited(s: FloorState, e: Event) -> None:
    note = _find_note(s, e)
    if note is not None:
        if "text" in e.data:
            note.text = e.data["text"]
        if "themes" in e.data:
            note.themes = tuple(e.data["themes"])


def _note_struck(s: FloorState, e: Event) -> None:
    note = _find_note(s, e)
    if note is not None:
        note.struck = bool(e.data.get("struck", True))


def _record_updated(s: FloorState, e: Event) -> None:
    iv = _intervention(s, e)
    if iv is not None:
        iv.record.update(e.data.get("fields", {}))


def _announcement_added(s: FloorState, e: Event) -> None:
    iv = _intervention(s, e)
    s._count(e.data["announcement"])
    if iv is not None:
        amount = e.data.get("amount")
        iv.announcements.append(
            Announcement(
                e.data["announcement"], e.data.get("text", ""),
                float(amount) if amount is not None else None, e.data.get("currency", ""),
                kind=announcement_kind(e.data.get("kind"), amount),
            )
        )


def _announcement_struck(s: FloorState, e: Event) -> None:
    iv = _intervention(s, e)
    if iv is not None:
        for a in iv.announcements:
            if a.id == e.data["announcement"]:
                a.struck = bool(e.data.get("struck", True))


def _intervention_corrected(s: FloorState, e: Event) -> None:
    iv = _intervention(s, e)
    if iv is not None:
        iv.corrections.update(e.data.get("fields", {}))


def _synthesis_kept(s: FloorState, e: Event) -> None:
    """A synthesis paragraph kept (``floorapp.core.synthesis``); "" gives it back."""
    lang, key = str(e.data.get("lang", "")), str(e.data.get("key", ""))
    text = str(e.data.get("text", ""))
    kept = s.synthesis.setdefault(lang, {})
    if text:
        kept[key] = text
    else:
        kept.pop(key, None)


HANDLERS: dict[str, Callable[[FloorState, Event], None]] = {
    ev.NOTE_ADDED: _note_added,
    ev.NOTE_EDITED: _note_edited,
    ev.NOTE_STRUCK: _note_struck,
    ev.RECORD_UPDATED: _record_updated,
    ev.ANNOUNCEMENT_ADDED: _announcement_added,
    ev.ANNOUNCEMENT_STRUCK: _announcement_struck,
    ev.INTERVENTION_CORRECTED: _intervention_corrected,
    ev.SYNTHESIS_KEPT: _synthesis_kept,
}
