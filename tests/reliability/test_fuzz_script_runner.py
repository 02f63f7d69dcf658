"""Fuzzing the script runner: checked lines that the floor refuses give a reason, never a crash.

``floorapp script`` reports Refused, UnknownName and AmbiguousName as ``FILE:LINE:``
messages; any other exception would reach the user as a traceback.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from floorapp.core.clock import FakeClock
from floorapp.core.floor import Refused
from floorapp.core.roster import AmbiguousName, UnknownName
from floorapp.script import SPEC, ScriptError, ScriptRunner, parse_script
from tests.helpers.factories import memory_service

NAME = "fuzz/run.jsonl"
WHO = ["Qatar", "QAT", "Egypt", "UK", "Russia", "pan1", "unodc", "Atlantis", "", " ", "a",
       "Holy See", "EU", "mod1"]
VALUES: dict[str, st.SearchStrategy[Any]] = {
    "segment": st.sampled_from(["opening", "panel-1", "panel-2", "nowhere", ""]),
    "who": st.sampled_from(WHO),
    "delivered_by": st.sampled_from(WHO),
    "kind": st.sampled_from(["statement", "group", "question", "reply", "point_of_order"]),
    "on_behalf_of": st.sampled_from(["", "African Group", " "]),
    "to": st.integers(-5, 50) | st.sampled_from([10**30, -(10**30)]),
    "seconds": st.integers(-7200, 7200) | st.floats(-7200, 7200),
    "text": st.text(max_size=20),
    "themes": st.lists(st.sampled_from(["political-will", "cooperation", "x", ""]), max_size=3),
    "intervention": st.sampled_from(["i1", "i2", "i99", ""]),
    "amount": st.integers(-10, 10**12) | st.floats(allow_nan=False, allow_infinity=False),
    "currency": st.sampled_from(["USD", "eur", "", "€"]),
    "fields": st.dictionaries(
        st.sampled_from(["language", "written_statement", "video", "intervention", "x", ""]),
        st.one_of(st.text(max_size=5), st.booleans(), st.integers()), max_size=3),
    "key": st.sampled_from(["member_state", "observer", "group", "nonsense", ""]),
    "ordering": st.sampled_from(["first_come", "un_practice", "alphabetical"]),
    "warning_seconds": st.integers(-10, 5000),
    "reminder_seconds": st.integers(-10, 5000),
    "name": st.sampled_from(["African Union", "ICRC", "", " ", "Qatar", "UNODC"]),
    "category": st.sampled_from(["other", "civil_society", "un_system", "observer"]),
    "announcement": st.sampled_from(["a1", "a2", "i1", ""]),
    "start": st.sampled_from(["2012-04-03T15:00:30+00:00", "2012-04-03T15:00:30", "soon", ""]),
    "end": st.sampled_from(["2012-04-03T15:10:00+00:00", "2012-04-03T14:00:00+00:00", "x"]),
    "lang": st.sampled_from(["en", "fr", "ar", "de", ""]),
}
#: Values that differ by command: an announcement's kind is not a request's.
VALUES_OF = {("announce", "kind"): st.sampled_from(["pledge", "personal_gift", "announcement"]),
             ("synthesis", "key"): st.sampled_from(["panel-1/political-will", "panel-1/",
                                                    "opening/#intro", "nowhere/x", ""])}


@st.composite
def script(draw: st.DrawFn) -> bytes:
    """A script whose lines all pass the parser's checks."""
    lines = []
    t = 0
    for _ in range(draw(st.integers(1, 30))):
        cmd = draw(st.sampled_from(sorted(SPEC)))
        required, optional = SPEC[cmd]
        obj: dict[str, Any] = {"t": t, "cmd": cmd}
        for key in required:
            obj[key] = draw(VALUES_OF.get((cmd, key), VALUES[key]))
        for key in optional:
            if draw(st.booleans()):
                obj[key] = draw(VALUES_OF.get((cmd, key), VALUES[key]))
        lines.append(json.dumps(obj))
        t += draw(st.integers(0, 300))
    return "\n".join(lines).encode()


@settings(max_examples=600, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(script())
def test_checked_scripts_run_or_are_refused_with_a_reason(data: bytes) -> None:
    try:
        lines = parse_script(data, NAME)
    except ScriptError:
        return
    clock = FakeClock()
    runner = ScriptRunner(memory_service(clock), clock)
    for line in lines:
        try:
            runner.run_line(line)
        except (Refused, UnknownName, AmbiguousName):
            pass
