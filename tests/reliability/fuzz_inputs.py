"""Hypothesis strategies for hostile input files: bytes, mutations of real files, odd values.

Shared by the fuzz tests of the programme loader and of the script parser.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

#: Fragments that have broken parsers before: bad UTF-8, huge and odd numbers, nesting.
NASTY: tuple[bytes, ...] = (
    b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00", b"\xef\xbb\xbf", b"\r", b"\r\n", b"\t",
    b"9" * 5000, b"1e999", b"-1e999", b"nan", b"inf", b"-0", b"0x7fffffffffffffff",
    b"99999999999999999999999999", b"1" * 400, b"-" + b"9" * 400,
    b"[" * 3000, b"{" * 3000, b"{\"a\":" * 2000, b"x = " + b"[" * 5000, b"a={b=" * 2000,
    b"\"", b"'''", b"\"\"\"", b"\\u0000", b"\\ud800", b"#", b"[[", b"]]", b"=", b"\n\n[",
    "\u202e\u0645\u0631\u062d\u0628\u0627".encode(), "\U0001f600".encode(), b"1979-05-27T07:32:00Z",
    b"25:61", b"-10:00", b"24:00", b"2012-02-30",
)

#: Values for a field in a structured file: odd types and extreme numbers.
odd_values: st.SearchStrategy[Any] = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
        st.sampled_from([10**400, -(10**400), 2**63, -(2**63) - 1, 1e308, -1e308, 0, -1]),
        st.text(max_size=20), st.sampled_from(["", " ", "25:61", "10:00", "panel-1", "\x00"]),
    ),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=8,
)


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """A real file with a few random edits: cuts, insertions of nasty bytes, line shuffles."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            data += draw(st.sampled_from(NASTY))
            continue
        pos = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["cut", "nasty", "bytes", "flip", "dup", "swap", "trunc",
                                   "digits"]))
        if op == "cut":
            del data[pos:pos + draw(st.integers(1, 40))]
        elif op == "nasty":
            data[pos:pos] = draw(st.sampled_from(NASTY))
        elif op == "bytes":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=8))
        elif op == "flip" and pos < len(data):
            data[pos] = draw(st.integers(0, 255))
        elif op in ("dup", "swap"):
            lines = bytes(data).split(b"\n")
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            if op == "dup":
                lines.insert(j, lines[i])
            else:
                lines[i], lines[j] = lines[j], lines[i]
            data = bytearray(b"\n".join(lines))
        elif op == "trunc":
            del data[pos:]
        elif op == "digits":
            match = list(re.finditer(rb"\d+", bytes(data)))
            if match:
                m = draw(st.sampled_from(match))
                data[m.start():m.end()] = draw(st.sampled_from(
                    [b"9" * 5000, b"99999999999999999999", b"-1", b"0", b"1e999", b"61"]))
    return bytes(data)


def deep(depth: int, opener: bytes, closer: bytes, prefix: bytes = b"") -> bytes:
    """Nesting ``depth`` deep."""
    return prefix + opener * depth + closer * depth


LOCATED = r"^{name}:\d+: \S"


def assert_located(problems: Sequence[object], name: str) -> None:
    """Every problem reads ``FILE:LINE: what is wrong`` (strings, or objects that print so)."""
    assert problems, "an error without any problem listed"
    pattern = re.compile(LOCATED.format(name=re.escape(name)))
    for p in problems:
        assert pattern.match(str(p)), f"not a FILE:LINE: message: {str(p)!r}"
