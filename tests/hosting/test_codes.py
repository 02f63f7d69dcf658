"""Join codes: read aloud, typed by hand, turned into a role's URL."""

from __future__ import annotations

import pytest

from floorapp.core.stations import StationRole
from floorapp.hosting import codes


def test_a_code_reads_back_whatever_the_case_dashes_and_spaces() -> None:
    code = codes.JoinCode(StationRole.SECRETARY, "7KQ4M2XD")
    assert str(code) == "S-7KQ4-M2XD"
    for typed in ("S-7KQ4-M2XD", "s 7kq4 m2xd", "S7KQ4M2XD", " s-7kq4-m2xd "):
        assert codes.parse_code(typed) == code


def test_new_secrets_use_only_the_unambiguous_alphabet() -> None:
    secrets = {codes.new_secret() for _ in range(200)}
    assert len(secrets) == 200
    assert all(len(s) == 8 and set(s) <= set(codes.ALPHABET) for s in secrets)
    assert not set("01ILOU") & set(codes.ALPHABET)


@pytest.mark.parametrize(("typed", "words"), [
    ("", "empty"),
    ("X-7KQ4-M2XD", "starts with O"),
    ("S-7KQ4-M2X", "has 7"),
    ("S-7KQ4-M2X0", "never contains 0"),
])
def test_a_bad_code_says_what_is_wrong(typed: str, words: str) -> None:
    with pytest.raises(codes.BadCode, match=words):
        codes.parse_code(typed)


def test_the_address_and_code_give_the_role_url() -> None:
    code = codes.parse_code("D-7KQ4-M2XD")
    assert codes.url_for_code("192.168.1.10", code) == (
        "postgresql://floor_display:7KQ4M2XD@192.168.1.10:5433/floor?connect_timeout=5")
    assert codes.url_for_code("hall-pc:6000", code).startswith(
        "postgresql://floor_display:7KQ4M2XD@hall-pc:6000/floor")
    assert "@[fe80::1]:5440/" in codes.url_for_code("[fe80::1]:5440", code)
    with pytest.raises(ValueError, match="port"):
        codes.split_address("host:http")
