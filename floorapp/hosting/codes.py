"""Join codes: what a conference officer reads aloud so another station can join.

A join code is a role letter and eight characters, e.g. ``S-7KQ4-M2XD``: ``O`` for the
officer, ``S`` for the secretary, ``D`` for the display. The eight characters are that
role's own PostgreSQL password; the alphabet leaves out 0/O, 1/I/L and U, so nothing
read aloud or copied by hand is ambiguous, and letters may be typed in either case,
with or without the dashes. Each role has its own code: the display's code, which may
hang on the wall, cannot write, and the secretary's cannot give the floor.

With the address of the host (``192.168.1.10`` or ``192.168.1.10:5433``) a code gives
the role's connection URL: the hosted meeting always lives in the database ``floor``
and the roles' logins are ``floor_officer``, ``floor_secretary`` and ``floor_display``.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from urllib.parse import quote

from floorapp.core.stations import StationRole

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
SECRET_LENGTH = 8
#: The hosted meeting's database and the prefix of its logins.
DATABASE = "floor"
LOGIN_PREFIX = "floor"
#: The port ``floorapp host`` listens on unless told otherwise (5432 is usually taken
#: by an IT-run or system PostgreSQL).
DEFAULT_PORT = 5433
#: Seconds a station waits for the host to answer before saying it cannot reach it.
CONNECT_TIMEOUT = 5

_LETTERS = {StationRole.OFFICER: "O", StationRole.SECRETARY: "S", StationRole.DISPLAY: "D"}
_ROLES = {letter: role for role, letter in _LETTERS.items()}
#: The order in which roles are printed and outrank one another.
ROLES = (StationRole.OFFICER, StationRole.SECRETARY, StationRole.DISPLAY)


class BadCode(ValueError):
    """Text that is not a join code (the message says what is wrong)."""


@dataclass(frozen=True)
class JoinCode:
    """A role and its password, written for people."""

    role: StationRole
    secret: str

    def __str__(self) -> str:
        s = self.secret
        return f"{_LETTERS[self.role]}-{s[:4]}-{s[4:]}"


def new_secret() -> str:
    """A fresh random password for a role (about 39 bits; SCRAM on the server)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(SECRET_LENGTH))


def login(role: StationRole) -> str:
    """The PostgreSQL login of a role in a hosted meeting."""
    return f"{LOGIN_PREFIX}_{role.value}"


def parse_code(text: str) -> JoinCode:
    """Read a join code as typed or heard (case, spaces and dashes do not matter)."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -_.")
    if not cleaned:
        raise BadCode("The join code is empty: it looks like S-7KQ4-M2XD.")
    role = _ROLES.get(cleaned[0])
    if role is None:
        raise BadCode(f"A join code starts with O (officer), S (secretary) or D (display), "
                      f"not {text.strip()[:1]!r}.")
    secret = cleaned[1:]
    if len(secret) != SECRET_LENGTH:
        raise BadCode(f"A join code has {SECRET_LENGTH} characters after its first letter "
                      f"(like S-7KQ4-M2XD); {text.strip()!r} has {len(secret)}.")
    wrong = sorted({ch for ch in secret if ch not in ALPHABET})
    if wrong:
        raise BadCode(f"A join code never contains {', '.join(wrong)}: check the code "
                      f"{text.strip()!r} with the host.")
    return JoinCode(role, secret)


def split_address(address: str, default_port: int = DEFAULT_PORT) -> tuple[str, int]:
    """``host``, ``host:port``, ``[v6]:port`` → (host, port)."""
    a = address.strip()
    if not a:
        raise ValueError("The address is empty: type what the host printed, e.g. "
                         "192.168.1.10:5433.")
    if a.startswith("["):
        host, _, rest = a[1:].partition("]")
        port_text = rest.removeprefix(":")
    elif a.count(":") == 1:
        host, _, port_text = a.partition(":")
    else:
        host, port_text = a, ""
    if not port_text:
        return host, default_port
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ValueError(f"{port_text!r} is not a port number (in {address!r}).")
    return host, int(port_text)


def station_url(host: str, port: int, role: StationRole, secret: str,
                database: str = DATABASE) -> str:
    """The connection URL of a role on a hosted meeting."""
    h = f"[{host}]" if ":" in host else host
    return (f"postgresql://{login(role)}:{quote(secret, safe='')}@{h}:{port}/{database}"
            f"?connect_timeout={CONNECT_TIMEOUT}")


def url_for_code(address: str, code: JoinCode) -> str:
    """The URL a station derives from the host's address and its join code."""
    host, port = split_address(address)
    return station_url(host, port, code.role, code.secret)
