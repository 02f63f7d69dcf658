"""Fuzzing the script parser: any file gives a list of lines or FILE:LINE: errors, nothing else."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from floorapp.script import SPEC, ScriptError, parse_script
from tests.reliability.fuzz_inputs import NASTY, assert_located, deep, mutated, odd_values

NAME = "fuzz/session.jsonl"
FUZZ = settings(max_examples=600, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

VALID = b"""\
# a morning of the 2012 dialogue
{"t": 0, "cmd": "open_segment", "segment": "panel-1"}
{"t": 5, "cmd": "request", "who": "Qatar"}
{"t": 6, "cmd": "request", "who": "Egypt", "kind": "group", "on_behalf_of": "African Group"}
{"t": 7, "cmd": "point_of_order", "who": "Belarus"}
{"t": 30, "cmd": "next"}
{"t": 40, "cmd": "extend", "seconds": -30}
{"t": 50, "cmd": "move", "who": "Egypt", "to": 1, "kind": "group"}
{"t": 120, "cmd": "note", "text": "Supports the Trust Fund", "themes": ["political-will"]}
{"t": 121, "cmd": "announce", "text": "Pledge", "amount": 10000, "currency": "USD"}
{"t": 130, "cmd": "record", "fields": {"language": "fr"}}
{"t": 200, "cmd": "settings", "ordering": "un_practice", "warning_seconds": 20}
{"t": 210, "cmd": "set_limit", "key": "member_state", "seconds": 120}

{"t": 500, "cmd": "end"}
"""
SEEDS = [VALID, VALID.replace(b"\n", b"\r\n"), b"\xef\xbb\xbf" + VALID]


def check(data: bytes) -> None:
    """Parse; a ScriptError must list FILE:LINE: problems; any other exception fails."""
    try:
        lines = parse_script(data, NAME)
    except ScriptError as exc:
        assert_located(exc.problems, NAME)
        return
    for line in lines:
        assert line.cmd in SPEC and line.t >= 0


def test_the_valid_seed_parses() -> None:
    assert len(parse_script(VALID, NAME)) == 13


@FUZZ
@given(st.binary(max_size=3000))
@example(b"\xff\xfe{}")
@example(b'{"t": 1' + b"0" * 400 + b', "cmd": "next"}')
@example(b'{"t": 0, "cmd": "extend", "seconds": 1' + b"0" * 400 + b"}")
@example(b'{"t": 0, "cmd": "next"}\n{"t": ' + b"9" * 5000 + b', "cmd": "next"}')
@example(deep(100_000, b"[", b"]"))
@example(deep(50_000, b'{"a":', b"}", b""))
def test_random_bytes(data: bytes) -> None:
    check(data)


@FUZZ
@given(mutated(SEEDS))
def test_mutated_real_scripts(data: bytes) -> None:
    check(data)


@st.composite
def structured_line(draw: st.DrawFn) -> bytes:
    """One JSON line shaped like a command, with odd values in its fields."""
    cmd = draw(st.one_of(st.sampled_from(sorted(SPEC)), st.text(max_size=10), odd_values))
    obj: dict[str, Any] = {"cmd": cmd}
    if draw(st.booleans()):
        obj["t"] = draw(st.one_of(st.floats(0, 1e6), odd_values))
    required, optional = SPEC.get(cmd, ({}, {})) if isinstance(cmd, str) else ({}, {})
    for key in [*required, *optional, "who", "to", "seconds", "fields", "themes", "x"]:
        if draw(st.integers(0, 3)) == 0:
            continue
        obj[key] = draw(st.one_of(odd_values, st.sampled_from(
            ["Qatar", "statement", "group", "reply", "member_state", "un_practice", 3, -1])))
    text = json.dumps(obj, allow_nan=True, default=str)
    return text.encode()


@FUZZ
@given(st.lists(st.one_of(structured_line(), st.sampled_from(NASTY)), max_size=12))
def test_structured_lines_with_odd_values(lines: list[bytes]) -> None:
    check(b"\n".join(lines))
