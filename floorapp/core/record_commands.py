"""The secretary's record commands: notes, announcements, record fields, corrections.

Like :mod:`floorapp.core.commands`, each function checks a command against the floor
and returns the events to journal, or raises :class:`Refused` with the reason. A
command names its intervention, or applies to the one at the floor, else the last.
Nothing here deletes: striking and correcting are new events over the original.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime
from typing import Any

from floorapp.core import events as ev
from floorapp.core.categories import RequestKind
from floorapp.core.events import Draft
from floorapp.core.floor import Floor, Refused
from floorapp.core.messages import msg
from floorapp.core.record_fields import check_record_fields
from floorapp.core.state import FloorState
from floorapp.core.turn import ANNOUNCEMENT_KINDS, announcement_kind

#: The largest amount an announcement may carry (far above any pledge).
MAX_AMOUNT = 1e15
#: What a correction may change.
CORRECTABLE = ("participant", "kind", "on_behalf_of", "delivered_by", "start", "end")


def target(s: FloorState, intervention: str | None) -> str:
    """The intervention a record command applies to."""
    if intervention:
        if intervention not in s.interventions:
            raise Refused(msg("There is no intervention '{id}'.", id=intervention))
        return intervention
    if s.current is not None:
        return s.current.id
    if s.interventions:
        return next(reversed(s.interventions))
    raise Refused(msg("There is no intervention yet to attach a note to."))


def _themes(s: FloorState, iid: str, themes: Sequence[str]) -> list[str]:
    seg = s.interventions[iid].segment_id
    known: set[str] = set()
    if seg and s.programme is not None:
        known = {t.id for t in s.programme.segment(seg).themes}
    unknown = [t for t in themes if t not in known]
    if unknown:
        if not known:
            raise Refused(msg("Unknown theme {themes}: this segment has no themes.",
                              themes=", ".join(unknown)))
        raise Refused(msg("Unknown theme {themes} for this segment; its themes are: {known}.",
                          themes=", ".join(unknown), known=", ".join(sorted(known))))
    return list(themes)


def add_note(floor: Floor, text: str, themes: Sequence[str] = (),
             intervention: str | None = None) -> list[Draft]:
    """A key point of an intervention, tagged with themes of its segment."""
    s = floor.state
    iid = target(s, intervention)
    tags = _themes(s, iid, themes)
    if not text.strip() and not tags:
        raise Refused(msg("A note needs some text or a theme."))
    return [Draft(ev.NOTE_ADDED, {"intervention": iid, "note": s.next_id("n"),
                                  "text": text.strip(), "themes": tags})]


def edit_note(floor: Floor, intervention: str, note: str, text: str | None = None,
              themes: Sequence[str] | None = None) -> list[Draft]:
    """A correction of a recorded key point."""
    s = floor.state
    iid = target(s, intervention)
    if not any(n.id == note for n in s.interventions[iid].notes):
        raise Refused(msg("There is no note '{id}' on that intervention.", id=note))
    data: dict[str, Any] = {"intervention": iid, "note": note}
    if text is not None:
        data["text"] = text.strip()
    if themes is not None:
        data["themes"] = _themes(s, iid, themes)
    return [Draft(ev.NOTE_EDITED, data)]


def strike_note(floor: Floor, intervention: str, note: str, struck: bool = True) -> list[Draft]:
    """Strike a note from the record, or restore it."""
    s = floor.state
    iid = target(s, intervention)
    if not any(n.id == note for n in s.interventions[iid].notes):
        raise Refused(msg("There is no note '{id}' on that intervention.", id=note))
    return [Draft(ev.NOTE_STRUCK, {"intervention": iid, "note": note, "struck": struck})]


def strike_announcement(floor: Floor, intervention: str, announcement: str,
                        struck: bool = True) -> list[Draft]:
    """Strike an announcement from the record, or restore it."""
    s = floor.state
    iid = target(s, intervention)
    if not any(a.id == announcement for a in s.interventions[iid].announcements):
        raise Refused(msg("There is no announcement '{id}' on that intervention.",
                          id=announcement))
    return [Draft(ev.ANNOUNCEMENT_STRUCK, {"intervention": iid, "announcement": announcement,
                                           "struck": struck})]


def update_record(floor: Floor, intervention: str | None,
                  fields: Mapping[str, Any]) -> list[Draft]:
    """Record fields (language, written statement, video), checked and normalised."""
    iid = target(floor.state, intervention)
    try:
        checked = check_record_fields(fields)
    except ValueError as exc:
        raise Refused(exc.args[0] if exc.args else str(exc)) from None
    if not checked:
        raise Refused(msg("No record field to set."))
    return [Draft(ev.RECORD_UPDATED, {"intervention": iid, "fields": checked})]


def _amount(amount: object) -> float | None:
    if amount is None:
        return None
    if isinstance(amount, bool) or not isinstance(amount, int | float):
        raise Refused(msg("An amount is a number."))
    try:
        value = float(amount)
    except OverflowError:
        raise Refused(msg("That amount is too large.")) from None
    if not math.isfinite(value) or value > MAX_AMOUNT:
        raise Refused(msg("That amount is too large."))
    if value < 0:
        raise Refused(msg("An amount cannot be negative."))
    return value


def add_announcement(floor: Floor, text: str, amount: float | None = None,
                     currency: str = "", intervention: str | None = None,
                     kind: str | None = None) -> list[Draft]:
    """An announcement, e.g. a pledge with its amount and ISO currency code.

    ``kind``: "pledge", "personal_gift" or "announcement"; by default a pledge when
    there is an amount.
    """
    s = floor.state
    if kind is not None and kind not in ANNOUNCEMENT_KINDS:
        raise Refused(f"'{kind}' is not a kind of announcement; use one of "
                      f"{', '.join(ANNOUNCEMENT_KINDS)}.")
    iid = target(s, intervention)
    value = _amount(amount)
    code = currency.strip().upper()
    if code and not (len(code) == 3 and code.isascii() and code.isalpha()):
        raise Refused(msg("'{code}' is not a currency code: use three letters such as "
                          "USD or EUR.", code=code))
    if code and value is None:
        raise Refused(msg("A currency needs an amount."))
    if not text.strip() and value is None:
        raise Refused(msg("An announcement needs some text or an amount."))
    if kind in ("pledge", "personal_gift") and value is None:
        raise Refused(msg("A pledge or a personal gift needs an amount."))
    return [Draft(ev.ANNOUNCEMENT_ADDED, {"intervention": iid, "announcement": s.next_id("a"),
                                          "text": text.strip(), "amount": value,
                                          "currency": code,
                                          "kind": announcement_kind(kind, value)})]


def _when(key: str, value: object) -> datetime:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise Refused(msg("'{value}' is not a date and time.", value=str(value))) from None
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise Refused(msg("The start time needs a date, a time and a time zone.")
                      if key == "start" else
                      msg("The end time needs a date, a time and a time zone."))
    return value


def correct(floor: Floor, intervention: str, known: Collection[str],
            fields: Mapping[str, Any]) -> list[Draft]:
    """A correction of a past intervention; ``known`` are the participant ids it may name."""
    s = floor.state
    iid = target(s, intervention)
    bad = set(fields) - set(CORRECTABLE)
    if bad:
        raise Refused(msg("Cannot correct {fields}.", fields=", ".join(sorted(bad))))
    if not fields:
        raise Refused(msg("Nothing to correct."))
    data = dict(fields)
    for key in ("participant", "delivered_by"):
        if data.get(key) and data[key] not in known:
            raise Refused(msg("'{id}' is not a participant of this meeting.",
                              id=str(data[key])))
    if "participant" in data and not data["participant"]:
        raise Refused(msg("An intervention needs a speaker."))
    iv = s.interventions[iid]
    if "end" in data and iv.ended_at is None:
        raise Refused(msg("The intervention is still going on; end it first."))
    start = _when("start", iv.corrections.get("start") or iv.started_at)
    end = iv.corrections.get("end") or iv.ended_at
    for key in ("start", "end"):
        if key in data:
            when = _when(key, data[key])
            data[key] = when.isoformat()
            start, end = (when, end) if key == "start" else (start, when)
    if end is not None and _when("end", end) <= start:
        raise Refused(msg("The end must come after the start."))
    if "kind" in data:
        try:
            data["kind"] = RequestKind(data["kind"]).value
        except ValueError:
            raise Refused(msg("'{kind}' is not a kind of request.",
                              kind=str(data["kind"]))) from None
    return [Draft(ev.INTERVENTION_CORRECTED, {"intervention": iid, "fields": data})]
