"""Meetings nearby by mDNS, on this machine's loopback only, and its clear failure."""

from __future__ import annotations

import pytest

from floorapp.hosting.discovery import Advertiser, browse


def test_a_meeting_advertised_is_found_nearby(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLOORAPP_MDNS_INTERFACES", "127.0.0.1")
    advertiser = Advertiser()
    problem = advertiser.start("Interactive dialogue", 5999, ["127.0.0.1"])
    if problem is not None:
        pytest.skip(f"no multicast on this machine's loopback: {problem}")
    try:
        mine = []
        for _ in range(4):  # a loaded machine may answer after the first two seconds
            found, problem = browse(2.0)
            assert problem is None
            mine = [m for m in found if m.port == 5999]
            if mine:
                break
    finally:
        advertiser.close()
    assert mine and mine[0].title == "Interactive dialogue"
    assert mine[0].where == "127.0.0.1:5999"


def test_without_multicast_both_sides_say_so_and_nothing_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FLOORAPP_MDNS_INTERFACES", "203.0.113.77")  # on no interface here
    problem = Advertiser().start("Interactive dialogue", 5999, ["127.0.0.1"])
    assert problem is not None and "Type the address" in problem
    found, problem = browse(0.5)
    assert found == [] and problem is not None and "mDNS is unavailable" in problem
