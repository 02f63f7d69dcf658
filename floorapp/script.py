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

Fields = dict[str, type | tuple[type, ...]]


@dataclass(frozen=True)
class ScriptCommand:
    """A script command: the fields it takes and how it calls the service.

    The table is keyed by the service's own command names (``mark_absent``,
    ``add_note``...); ``ALIASES`` keeps the short words of the script format."""

    required: Fields
    optional: Fields
    call: Callable[[ScriptRunner, dict[str, Any], RequestKind], object]


def _opt_who(r: ScriptRunner, a: dict[str, Any], key: str) -> str:
    return r.who(a[key]) if a.get(key) else ""


_KIND: Fields = {"kind": str}
#: Every script command, by the name of the service command it runs.
COMMANDS: dict[str, ScriptCommand] = {
    "open_segment": ScriptCommand({"segment": str}, {},
                                  lambda r, a, k: r.service.open_segment(a["segment"])),
    "request": ScriptCommand(
        {"who": str}, {"kind": str, "on_behalf_of": str, "delivered_by": str},
        lambda r, a, k: r.service.request(r.who(a["who"]), k, a.get("on_behalf_of", ""),
                                          _opt_who(r, a, "delivered_by"))),
    "point_of_order": ScriptCommand({"who": str}, {},
                                    lambda r, a, k: r.service.point_of_order(r.who(a["who"]))),
    "withdraw": ScriptCommand({"who": str}, _KIND,
                              lambda r, a, k: r.service.withdraw(r.request_of(a))),
    "move": ScriptCommand({"who": str, "to": int}, _KIND,
                          lambda r, a, k: r.service.move(r.request_of(a), max(0, a["to"] - 1))),
    "defer": ScriptCommand({"who": str}, _KIND,
                           lambda r, a, k: r.service.defer(r.request_of(a))),
    "mark_absent": ScriptCommand({"who": str}, _KIND,
                                 lambda r, a, k: r.service.mark_absent(r.request_of(a))),
    "recall": ScriptCommand(
        {"who": str}, {"kind": str, "to": int},
        lambda r, a, k: r.service.recall(r.request_of(a), a["to"] - 1 if "to" in a else None)),
    "next": ScriptCommand(
        {}, {"who": str, "delivered_by": str},
        lambda r, a, k: r.service.give_floor(
            request=r.request_of(a) if "who" in a else None,
            delivered_by=_opt_who(r, a, "delivered_by"))),
    "give_floor": ScriptCommand(
        {"who": str}, {"kind": str, "on_behalf_of": str, "delivered_by": str},
        lambda r, a, k: r.service.give_floor(
            participant=r.who(a["who"]), kind=k, on_behalf_of=a.get("on_behalf_of", ""),
            delivered_by=_opt_who(r, a, "delivered_by"))),
    "pause": ScriptCommand({}, {}, lambda r, a, k: r.service.pause()),
    "resume": ScriptCommand({}, {}, lambda r, a, k: r.service.resume()),
    "extend": ScriptCommand({"seconds": (int, float)}, {},
                            lambda r, a, k: r.service.extend(a["seconds"])),
    "end": ScriptCommand({}, {}, lambda r, a, k: r.service.end()),
    "undo": ScriptCommand({}, {}, lambda r, a, k: r.service.undo()),
    "redo": ScriptCommand({}, {}, lambda r, a, k: r.service.redo()),
    "add_note": ScriptCommand(
        {}, {"text": str, "themes": list, "intervention": str},
        lambda r, a, k: r.service.add_note(a.get("text", ""), a.get("themes", []),
                                           a.get("intervention"))),
    "add_announcement": ScriptCommand(
        {"text": str}, {"amount": (int, float), "currency": str, "intervention": str,
                        "kind": str},
        lambda r, a, k: r.service.add_announcement(
            a["text"], a.get("amount"), a.get("currency", ""), a.get("intervention"),
            a.get("kind"))),
    "keep_synthesis": ScriptCommand(
        {"key": str, "text": str}, {"lang": str},
        lambda r, a, k: r.service.keep_synthesis(a["key"], a.get("lang", "en"), a["text"])),
    "update_record": ScriptCommand(
        {"fields": dict}, {"intervention": str},
        lambda r, a, k: r.service.update_record(a.get("intervention"), **a["fields"])),
    "strike_announcement": ScriptCommand(
        {"announcement": str}, {"intervention": str},
        lambda r, a, k: r.service.strike_announcement(a.get("intervention") or "",
                                                      a["announcement"])),
    "correct": ScriptCommand(
        {}, {"intervention": str, "who": str, "kind": str, "on_behalf_of": str,
             "delivered_by": str, "start": str, "end": str},
        lambda r, a, k: r.service.correct(a.get("intervention") or "", **r.correction(a))),
    "close_list": ScriptCommand({}, {}, lambda r, a, k: r.service.close_list()),
    "reopen_list": ScriptCommand({}, {}, lambda r, a, k: r.service.reopen_list()),
    "change_limit": ScriptCommand({"key": str, "seconds": int}, {},
                                  lambda r, a, k: r.service.change_limit(a["key"], a["seconds"])),
    "change_settings": ScriptCommand(
        {}, {"ordering": str, "warning_seconds": int, "reminder_seconds": int},
        lambda r, a, k: r.service.change_settings(**a)),
    "add_participant": ScriptCommand(
        {"name": str}, {"category": str},
        lambda r, a, k: r.service.add_participant(
            a["name"], SpeakerCategory(a.get("category", "other")))),
}
#: The script format's short words, kept so that every script written so far still runs.
ALIASES: dict[str, str] = {
    "absent": "mark_absent", "note": "add_note", "announce": "add_announcement",
    "synthesis": "keep_synthesis", "record": "update_record", "set_limit": "change_limit",
    "settings": "change_settings",
}
#: cmd -> (required fields with their types, optional fields with their types)
SPEC: dict[str, tuple[Fields, Fields]] = {
    name: (c.required, c.optional) for name, c in [*COMMANDS.items(), *(
        (alias, COMMANDS[name]) for alias, name in ALIASES.items())]
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
    name = ALIASES.get(name, name)  # the service's name from here on
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
    if name == "add_announcement":  # the kind of an announcement, not of a request
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
    if name == "update_record" and "intervention" in args["fields"]:
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
        self.service: FloorService = service
        self.clock: FakeClock = clock
        self.start = clock.monotonic()
        self.applied = 0

    def who(self, text: str) -> str:
        """The id of the participant a secretary meant by ``text``."""
        return self.service.resolve(text).id

    def request_of(self, args: dict[str, Any]) -> str:
        """The request of ``who`` (and ``kind``) on the open segment's list."""
        pid = self.who(args["who"])
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

    def correction(self, a: dict[str, Any]) -> dict[str, Any]:
        """The fields of a ``correct`` line as the service takes them."""
        fields: dict[str, Any] = {}
        if "who" in a:
            fields["participant"] = self.who(a["who"])
        if "delivered_by" in a:
            fields["delivered_by"] = self.who(a["delivered_by"]) if a["delivered_by"] else ""
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
        command = COMMANDS[ALIASES.get(name, name)]
        kind = RequestKind(a.get("kind", "statement") if command is not COMMANDS[
            "add_announcement"] else "statement")
        command.call(self, a, kind)


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
