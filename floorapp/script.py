"""The headless script runner: operator commands from a JSON-lines file, on a virtual clock.

Each line is an object with ``t`` (seconds since the script's start) and ``cmd``.
The whole file is checked before anything is applied; a bad line is reported as
``FILE:LINE: reason`` and nothing is applied. See docs/script-format.md.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from floorapp.core.categories import RequestKind, SpeakerCategory
from floorapp.core.clock import FakeClock
from floorapp.core.floor import Refused
from floorapp.core.roster import AmbiguousName, UnknownName
from floorapp.core.turn import ANNOUNCEMENT_KINDS
from floorapp.service import FloorService

#: cmd -> (required fields with their types, optional fields with their types)
SPEC: dict[str, tuple[dict[str, type | tuple[type, ...]], dict[str, type | tuple[type, ...]]]] = {
    "open_segment": ({"segment": str}, {}),
    "request": ({"who": str}, {"kind": str, "on_behalf_of": str, "delivered_by": str}),
    "point_of_order": ({"who": str}, {}),
    "withdraw": ({"who": str}, {"kind": str}),
    "move": ({"who": str, "to": int}, {"kind": str}),
    "defer": ({"who": str}, {"kind": str}),
    "absent": ({"who": str}, {"kind": str}),
    "recall": ({"who": str}, {"kind": str, "to": int}),
    "next": ({}, {"who": str, "delivered_by": str}),
    "give_floor": ({"who": str}, {"kind": str, "on_behalf_of": str, "delivered_by": str}),
    "pause": ({}, {}),
    "resume": ({}, {}),
    "extend": ({"seconds": (int, float)}, {}),
    "end": ({}, {}),
    "undo": ({}, {}),
    "redo": ({}, {}),
    "note": ({}, {"text": str, "themes": list, "intervention": str}),
    "announce": ({"text": str}, {"amount": (int, float), "currency": str, "intervention": str,
                                 "kind": str}),
    "synthesis": ({"key": str, "text": str}, {"lang": str}),
    "record": ({"fields": dict}, {"intervention": str}),
    "strike_announcement": ({"announcement": str}, {"intervention": str}),
    "correct": ({}, {"intervention": str, "who": str, "kind": str, "on_behalf_of": str,
                     "delivered_by": str, "start": str, "end": str}),
    "close_list": ({}, {}),
    "reopen_list": ({}, {}),
    "set_limit": ({"key": str, "seconds": int}, {}),
    "settings": ({}, {"ordering": str, "warning_seconds": int, "reminder_seconds": int}),
    "add_participant": ({"name": str}, {"category": str}),
}

MAX_T = 7 * 24 * 3600.0
#: The largest number any field may hold (JSON allows integers of any size).
MAX_NUMBER = 1e15


def _finite(value: Any) -> bool:
    """Whether a JSON number is finite and of a sane size (huge integers included)."""
    try:
        return math.isfinite(value) and abs(value) <= MAX_NUMBER
    except OverflowError:
        return False


@dataclass(frozen=True)
class ScriptLine:
    """One checked line of a script."""

    number: int
    t: float
    cmd: str
    args: dict[str, Any]


class ScriptError(Exception):
    """A script that cannot be run; ``problems`` are ``FILE:LINE: reason`` strings."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _check_line(obj: Any, previous_t: float) -> tuple[str | None, ScriptLine | None]:
    if not isinstance(obj, dict):
        return "each line must be a JSON object such as {\"t\": 0, \"cmd\": \"next\"}", None
    t = obj.get("t")
    if isinstance(t, bool) or not isinstance(t, int | float) or not _finite(t):
        return "'t' must be a number of seconds since the start of the script", None
    if t < 0 or t > MAX_T:
        return f"'t' must be between 0 and {int(MAX_T)} seconds", None
    if t < previous_t:
        return f"'t' goes back in time ({t} after {previous_t})", None
    name = obj.get("cmd")
    if not isinstance(name, str) or name not in SPEC:
        return f"unknown cmd {name!r}; expected one of: {', '.join(sorted(SPEC))}", None
    required, optional = SPEC[name]
    args = {k: v for k, v in obj.items() if k not in ("t", "cmd")}
    for key in required:
        if key not in args:
            return f"'{name}' needs '{key}'", None
    for key, value in args.items():
        expected = required.get(key) or optional.get(key)
        if expected is None:
            allowed = ", ".join([*required, *optional]) or "nothing else"
            return f"'{name}' does not take '{key}' (it takes {allowed})", None
        if isinstance(value, bool) or not isinstance(value, expected):
            return f"'{key}' has the wrong type for '{name}'", None
        if isinstance(value, int | float) and not _finite(value):
            return f"'{key}' is too large a number", None
    if name == "announce":  # the kind of an announcement, not of a request
        if args.get("kind", "pledge") not in ANNOUNCEMENT_KINDS:
            return (f"unknown kind {args['kind']!r}; expected one of: "
                    f"{', '.join(ANNOUNCEMENT_KINDS)}"), None
    elif "kind" in args and args["kind"] not in {k.value for k in RequestKind}:
        kinds = ", ".join(k.value for k in RequestKind)
        return f"unknown kind {args['kind']!r}; expected one of: {kinds}", None
    if "category" in args and args["category"] not in {c.value for c in SpeakerCategory}:
        return f"unknown category {args['category']!r}", None
    if "themes" in args and not all(isinstance(x, str) for x in args["themes"]):
        return "'themes' must be a list of theme ids", None
    if name == "record" and "intervention" in args["fields"]:
        return "'fields' cannot hold 'intervention'; give it beside 'fields'", None
    if name == "extend" and abs(args["seconds"]) > 7200:
        return "'seconds' must be at most 7200 either way", None
    return None, ScriptLine(0, float(t), name, args)


def parse_script(data: bytes, filename: str) -> list[ScriptLine]:
    """Check a whole script; raise ScriptError listing every bad line."""
    problems: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = data[: exc.start].count(b"\n") + 1
        raise ScriptError([f"{filename}:{where}: not UTF-8 text (byte {exc.start})"]) from None
    lines: list[ScriptLine] = []
    previous = 0.0
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        try:
            obj = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            problems.append(f"{filename}:{number}: not valid JSON ({exc})")
            continue
        reason, line = _check_line(obj, previous)
        if reason is not None or line is None:
            problems.append(f"{filename}:{number}: {reason}")
            continue
        previous = line.t
        lines.append(ScriptLine(number, line.t, line.cmd, line.args))
    if problems:
        raise ScriptError(problems)
    return lines


class ScriptRunner:
    """Applies checked script lines to a meeting through the floor service."""

    def __init__(self, service: FloorService, clock: FakeClock) -> None:
        self.service = service
        self.clock = clock
        self.start = clock.monotonic()
        self.applied = 0

    def _who(self, text: str) -> str:
        return self.service.resolve(text).id

    def _request_of(self, args: dict[str, Any]) -> str:
        pid = self._who(args["who"])
        kind = args.get("kind")
        s = self.service.state
        if s.current_segment is None:
            raise Refused("No segment is open; open one first.")
        lst = s.segment_list()
        for rid in lst.queue + lst.absent:
            req = s.requests[rid]
            if req.participant_id == pid and (kind is None or req.kind.value == kind):
                return rid
        raise Refused(f"{s.participant(pid).name()} is not on the list.")

    def _correction(self, a: dict[str, Any]) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        if "who" in a:
            fields["participant"] = self._who(a["who"])
        if "delivered_by" in a:
            fields["delivered_by"] = self._who(a["delivered_by"]) if a["delivered_by"] else ""
        for key in ("kind", "on_behalf_of", "start", "end"):
            if key in a:
                fields[key] = a[key]
        return fields

    def run_line(self, line: ScriptLine) -> None:
        """Advance the virtual clock to the line's time and apply its command."""
        target = self.start + line.t
        if target > self.clock.monotonic():
            self.clock.advance(target - self.clock.monotonic())
        self._dispatch(line.cmd, line.args)
        self.applied += 1

    def _dispatch(self, name: str, a: dict[str, Any]) -> None:
        svc = self.service
        kind = RequestKind(a.get("kind", "statement") if name != "announce" else "statement")
        actions: dict[str, Callable[[], Any]] = {
            "open_segment": lambda: svc.open_segment(a["segment"]),
            "request": lambda: svc.request(
                self._who(a["who"]), kind, a.get("on_behalf_of", ""),
                self._who(a["delivered_by"]) if a.get("delivered_by") else ""),
            "point_of_order": lambda: svc.point_of_order(self._who(a["who"])),
            "withdraw": lambda: svc.withdraw(self._request_of(a)),
            "move": lambda: svc.move(self._request_of(a), max(0, a["to"] - 1)),
            "defer": lambda: svc.defer(self._request_of(a)),
            "absent": lambda: svc.mark_absent(self._request_of(a)),
            "recall": lambda: svc.recall(
                self._request_of(a), a["to"] - 1 if "to" in a else None),
            "next": lambda: svc.give_floor(
                request=self._request_of(a) if "who" in a else None,
                delivered_by=self._who(a["delivered_by"]) if a.get("delivered_by") else ""),
            "give_floor": lambda: svc.give_floor(
                participant=self._who(a["who"]), kind=kind,
                on_behalf_of=a.get("on_behalf_of", ""),
                delivered_by=self._who(a["delivered_by"]) if a.get("delivered_by") else ""),
            "pause": svc.pause,
            "resume": svc.resume,
            "extend": lambda: svc.extend(a["seconds"]),
            "end": svc.end,
            "undo": svc.undo,
            "redo": svc.redo,
            "note": lambda: svc.add_note(a.get("text", ""), a.get("themes", []),
                                         a.get("intervention")),
            "announce": lambda: svc.add_announcement(
                a["text"], a.get("amount"), a.get("currency", ""), a.get("intervention"),
                a.get("kind")),
            "synthesis": lambda: svc.keep_synthesis(a["key"], a.get("lang", "en"), a["text"]),
            "record": lambda: svc.update_record(a.get("intervention"), **a["fields"]),
            "strike_announcement": lambda: svc.strike_announcement(
                a.get("intervention") or "", a["announcement"]),
            "correct": lambda: svc.correct(a.get("intervention") or "", **self._correction(a)),
            "close_list": svc.close_list,
            "reopen_list": svc.reopen_list,
            "set_limit": lambda: svc.change_limit(a["key"], a["seconds"]),
            "settings": lambda: svc.change_settings(**a),
            "add_participant": lambda: svc.add_participant(
                a["name"], SpeakerCategory(a.get("category", "other"))),
        }
        actions[name]()


def script_start(service: FloorService, lines: list[ScriptLine]) -> datetime:
    """Where the virtual clock starts: after the journal's last event, or at the
    scheduled start of the first segment the script opens."""
    events = service.floor.events
    if len(events) > 1:
        return events[-1].at + timedelta(seconds=1)
    for line in lines:
        if line.cmd == "open_segment":
            try:
                return service.programme.scheduled(line.args["segment"])[0]
            except KeyError:
                break
    p = service.programme
    if p.segments:
        return p.scheduled(p.segments[0].id)[0]
    return events[-1].at


def read_script(path: Path) -> list[ScriptLine]:
    """Read and check a script file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ScriptError([f"{path}: cannot read the script ({exc.strerror})"]) from None
    return parse_script(data, str(path))


__all__ = ["ScriptError", "ScriptLine", "ScriptRunner", "parse_script", "read_script",
           "script_start", "UnknownName", "AmbiguousName"]
