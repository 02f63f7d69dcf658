"""The script runner's commands for the secretary's record: announcements, corrections."""

from __future__ import annotations

import json

import pytest

from floorapp.core.clock import FakeClock
from floorapp.core.floor import Refused
from floorapp.script import ScriptError, ScriptRunner, parse_script
from floorapp.service import FloorService


def _run(service: FloorService, clock: FakeClock, *lines: dict[str, object]) -> None:
    text = "\n".join(json.dumps(x) for x in lines).encode()
    runner = ScriptRunner(service, clock)
    for line in parse_script(text, "s.jsonl"):
        runner.run_line(line)


def test_corrections_and_struck_announcements_from_a_script(
    service: FloorService, clock: FakeClock,
) -> None:
    _run(service, clock,
         {"t": 0, "cmd": "open_segment", "segment": "panel-1"},
         {"t": 1, "cmd": "request", "who": "Qatar"},
         {"t": 2, "cmd": "next"},
         {"t": 100, "cmd": "announce", "text": "Pledge", "amount": 10000, "currency": "USD"},
         {"t": 120, "cmd": "end"},
         {"t": 130, "cmd": "strike_announcement", "announcement": "a1"},
         {"t": 140, "cmd": "correct", "intervention": "i1", "who": "Brazil",
          "delivered_by": "Philippines", "kind": "question"})
    [entry] = service.log()
    assert (entry.participant_id, entry.delivered_by, entry.kind.value) == (
        "BRA", "PHL", "question")
    assert service.state.interventions["i1"].announcements[0].struck


def test_a_correction_naming_nobody_is_refused(service: FloorService, clock: FakeClock) -> None:
    with pytest.raises(Exception, match="Atlantis"):
        _run(service, clock,
             {"t": 0, "cmd": "open_segment", "segment": "panel-1"},
             {"t": 1, "cmd": "request", "who": "Qatar"},
             {"t": 2, "cmd": "next"},
             {"t": 3, "cmd": "correct", "who": "Atlantis"})
    with pytest.raises(Refused, match="date and time"):
        _run(service, clock, {"t": 0, "cmd": "correct", "start": "yesterday"})


def test_a_correction_with_an_unknown_field_is_a_bad_line() -> None:
    with pytest.raises(ScriptError, match="s.jsonl:1: 'correct' does not take 'colour'"):
        parse_script(b'{"t": 0, "cmd": "correct", "colour": "red"}', "s.jsonl")


def test_a_personal_gift_and_the_synthesis_from_a_script(
    service: FloorService, clock: FakeClock,
) -> None:
    _run(service, clock,
         {"t": 0, "cmd": "open_segment", "segment": "panel-1"},
         {"t": 1, "cmd": "request", "who": "Qatar"},
         {"t": 2, "cmd": "next"},
         {"t": 100, "cmd": "announce", "text": "Own funds", "amount": 500, "currency": "USD",
          "kind": "personal_gift"},
         {"t": 110, "cmd": "synthesis", "key": "panel-1/cooperation", "text": "Kept."})
    [gift] = service.state.interventions["i1"].announcements
    assert gift.kind == "personal_gift"
    assert service.state.synthesis == {"en": {"panel-1/cooperation": "Kept."}}


def test_an_unknown_announcement_kind_is_a_bad_line() -> None:
    text = json.dumps({"t": 0, "cmd": "announce", "text": "x", "kind": "gift"}).encode()
    with pytest.raises(ScriptError, match="personal_gift"):
        parse_script(text, "s.jsonl")


def test_the_script_commands_are_the_services_own() -> None:
    """One vocabulary: each script command is named after the service command it runs,
    and the script format's short words are aliases of those."""
    from floorapp.script import ALIASES, COMMANDS, SPEC

    for name in COMMANDS:
        assert callable(getattr(FloorService, name, None)), name
    assert set(ALIASES.values()) <= set(COMMANDS)
    assert set(SPEC) == set(COMMANDS) | set(ALIASES)
