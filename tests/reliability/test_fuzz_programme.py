"""Fuzzing the programme loader: any file gives a programme or FILE:LINE: errors, nothing else."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.reliability.fuzz_inputs import NASTY, assert_located, deep, mutated, odd_values

pf = pytest.importorskip("floorapp.core.programme.file",
                         reason="the programme loader is not there yet")

ROOT = Path(__file__).resolve().parents[2]
NAME = "fuzz/programme.toml"
SEEDS = [p.read_bytes() for p in sorted((ROOT / "resources" / "programmes").glob("*.toml"))]
FUZZ = settings(max_examples=600, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

if not SEEDS:
    pytest.skip("no bundled programme to mutate yet", allow_module_level=True)


def check(data: bytes) -> None:
    """Load; a ProgrammeError must list FILE:LINE: problems; any other exception fails."""
    try:
        programme = pf.parse_programme(data, NAME)
    except pf.ProgrammeError as exc:
        assert_located(exc.problems, NAME)
        return
    assert programme.segments is not None


def test_the_bundled_programmes_load() -> None:
    for data in SEEDS:
        pf.parse_programme(data, NAME)


@FUZZ
@given(st.binary(max_size=3000))
@example(b"\xff\xfe")
@example(b"title = 1" + b"0" * 5000)
@example(deep(100_000, b"[", b"]", b"x = "))
@example(deep(20_000, b"{a=", b"}", b"x = "))
@example(b"[" + b"a." * 5000 + b"a]")
def test_random_bytes(data: bytes) -> None:
    check(data)


@FUZZ
@given(mutated(SEEDS))
def test_mutated_bundled_programmes(data: bytes) -> None:
    check(data)


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = [prefix] if prefix else []
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out += _paths(v, (*prefix, i))
    return out


@st.composite
def retyped(draw: st.DrawFn) -> bytes:
    """A bundled programme, valid TOML, with a few fields given odd values or dropped."""
    import tomlkit

    doc = tomllib.loads(draw(st.sampled_from(SEEDS)).decode("utf-8"))
    for _ in range(draw(st.integers(1, 4))):
        paths = _paths(doc)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent: Any = doc
        for k in path[:-1]:
            parent = parent[k]
        if draw(st.integers(0, 4)) == 0:
            del parent[path[-1]]
        else:
            value = draw(odd_values)
            parent[path[-1]] = value if value is not None else ""
    try:
        return tomlkit.dumps(doc).encode("utf-8", "surrogatepass")
    except (ValueError, TypeError):  # tomlkit cannot write it (NaN keys, ...); fall back
        return draw(st.sampled_from(SEEDS)) + draw(st.sampled_from(NASTY))


@FUZZ
@given(retyped())
def test_valid_toml_with_odd_values(data: bytes) -> None:
    check(data)
