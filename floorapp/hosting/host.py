"""Hosting a meeting: its own PostgreSQL server, its three station logins, its codes.

``start_hosting`` sets up (the first time) or restarts (every time after) the server of
one meeting, puts the meeting there (copied from its file, every event with its seq,
or created from a programme), gives each role its login and password, and returns
what the stations need. ``stop_hosting`` stops the server cleanly. Hosting the same
meeting again continues it: same data folder, same port, same codes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from floorapp.core.stations import StationRole
from floorapp.hosting import codes
from floorapp.hosting.accounts import server_user
from floorapp.hosting.binaries import find_binaries, usable_by
from floorapp.hosting.discovery import lan_addresses
from floorapp.hosting.errors import ServerError
from floorapp.hosting.server import ADMIN, ManagedServer, hosting_root, port_is_free

SECRETS_FILE = "host.json"
_LOOPBACK = {"localhost", "127.0.0.1", "::1"}


@dataclass(frozen=True)
class HostOptions:
    """What ``floorapp host`` was asked."""

    meeting: str
    programme: str | None = None
    listen: str = "*"
    port: int | None = None
    binaries: str = "system"  # or "bundled": which PostgreSQL to look for first


@dataclass
class HostedMeeting:
    """A meeting being hosted: where, and the code and URL of each role."""

    title: str
    address: str
    port: int
    codes: dict[StationRole, codes.JoinCode]
    urls: dict[StationRole, str]
    local_urls: dict[StationRole, str]
    folder: Path
    server: ManagedServer
    events: int
    notes: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        """What stations type as the address."""
        a = f"[{self.address}]" if ":" in self.address else self.address
        return a if self.port == codes.DEFAULT_PORT else f"{a}:{self.port}"

    def to_json(self) -> dict[str, Any]:
        """Plain data (for the GUI, which runs the host as a separate process)."""
        return {
            "title": self.title, "address": self.address, "port": self.port,
            "where": self.where, "events": self.events, "folder": str(self.folder),
            "server": self.server.binaries.describe(),
            "roles": {r.value: {"code": str(self.codes[r]), "url": self.urls[r],
                                "local_url": self.local_urls[r]} for r in codes.ROLES},
        }


def meeting_key(meeting: str) -> str:
    """The data folder's name for a meeting: its file's stem and a hash of its path."""
    path = Path(meeting).expanduser().resolve()
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", path.stem).strip("-")[:40] or "meeting"
    return f"{stem}-{hashlib.sha1(str(path).encode()).hexdigest()[:8]}"


def _load_secrets(folder: Path) -> dict[str, Any]:
    path = folder / SECRETS_FILE
    if path.is_file():
        data: dict[str, Any] = json.loads(path.read_text())
        return data
    return {"admin": codes.new_secret() + codes.new_secret(),
            "roles": {r.value: codes.new_secret() for r in codes.ROLES}}


def _save_secrets(folder: Path, data: dict[str, Any]) -> None:
    path = folder / SECRETS_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2))
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def _admin_url(secrets: dict[str, Any], port: int, database: str) -> str:
    return f"postgresql://{ADMIN}:{quote(secrets['admin'], safe='')}@127.0.0.1:{port}/{database}"


def _choose_port(wanted: int | None, remembered: int | None) -> int:
    if wanted is not None:
        if not port_is_free(wanted):
            raise ServerError(f"Port {wanted} is in use by another program; choose another "
                              "with --port.")
        return wanted
    first: int = remembered or codes.DEFAULT_PORT
    candidates: list[int] = [first, *range(codes.DEFAULT_PORT, codes.DEFAULT_PORT + 40)]
    for port in candidates:
        if port_is_free(port):
            return port
    raise ServerError("No free port near 5433; choose one with --port.")


def listen_value(listen: str) -> str:
    """listen_addresses: the chosen interface, plus loopback for Floor's own connection."""
    if listen in ("*", "0.0.0.0", "::") or listen in _LOOPBACK:
        return listen
    return f"{listen},localhost"


def _station_address(listen: str) -> str:
    if listen not in ("*", "0.0.0.0", "::"):
        return listen
    found = lan_addresses()
    return found[0] if found else "127.0.0.1"


def _ensure_database(admin_url: str) -> None:
    import psycopg

    base = admin_url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(base, autocommit=True, connect_timeout=10) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                        (codes.DATABASE,)).fetchone() is None:
            conn.execute(f'CREATE DATABASE "{codes.DATABASE}" OWNER {ADMIN}')


def _meeting_facts(admin_url: str) -> tuple[str, int] | None:
    """The hosted meeting's title and number of events, or None when there is none yet."""
    import psycopg

    with psycopg.connect(admin_url, connect_timeout=10) as conn:
        if conn.execute("SELECT to_regclass('floor_events')").fetchone() == (None,):
            return None
        row = conn.execute("SELECT data FROM floor_events ORDER BY seq LIMIT 1").fetchone()
        count = conn.execute("SELECT count(*) FROM floor_events").fetchone()
        data = row[0] if row else {}
        if isinstance(data, str):
            data = json.loads(data)
        title = str(data.get("programme", {}).get("title", "")) if row else ""
        return title, int(count[0]) if count else 0


def _put_meeting_there(options: HostOptions, admin_url: str, say: Callable[[str], None],
                       secrets: dict[str, Any]) -> None:
    from floorapp.storage.copy import copy_meeting

    source = Path(options.meeting).expanduser()
    if source.is_file():
        n = copy_meeting(source, admin_url)
        secrets["copied_events"] = n
        say(f"Copied {source} to the hosted server ({n} events, each with its number).")
        return
    if options.programme is None:
        raise ServerError(f"There is no meeting file {source}: give --programme FILE to "
                          "create the meeting.")
    from floorapp.core.programme.file import load_programme
    from floorapp.service import FloorService

    FloorService.create(admin_url, load_programme(Path(options.programme))).close()
    say(f"Created the meeting from {options.programme}.")


def _check_inputs(options: HostOptions) -> None:
    """Refuse a meeting file or programme that will not do, before any server is set up."""
    source = Path(options.meeting).expanduser()
    if source.is_file():
        from floorapp.storage.journal import Journal

        Journal.open(source).close()
    elif options.programme is not None:
        from floorapp.core.programme.file import load_programme

        load_programme(Path(options.programme))


def _file_moved_on(source: Path, copied: int | None) -> list[str]:
    """A warning when the meeting file gained events after it was copied to the server."""
    if copied is None or not source.is_file():
        return []
    from floorapp.storage.copy import event_count

    try:
        now = event_count(source)
    except Exception:  # noqa: BLE001 - the warning is a courtesy; hosting goes on
        return []
    if now <= copied:
        return []
    n = now - copied
    return [f"Warning: {source} has {n} event{'s' if n != 1 else ''} recorded in the file "
            "after it was first hosted; they are not in the hosted meeting, which goes on "
            "from where hosting stopped. The file is left as it is."]


def start_hosting(options: HostOptions, say: Callable[[str], None] = print) -> HostedMeeting:
    """Start (or restart) hosting a meeting; raises ServerError or JournalError."""
    from floorapp.storage.roles import provision_database

    _check_inputs(options)
    root = hosting_root()
    user = server_user()
    root.mkdir(parents=True, exist_ok=True)
    if user is not None:
        os.chmod(root, 0o755)  # the server account passes through to each meeting's data
    folder = root / meeting_key(options.meeting)
    folder.mkdir(parents=True, exist_ok=True)
    secrets = _load_secrets(folder)
    _save_secrets(folder, secrets)
    binaries = usable_by(find_binaries(options.binaries), user, root)
    server = ManagedServer(folder, binaries, user)
    notes: list[str] = []
    if server.initialised:
        made_by = int((server.pgdata / "PG_VERSION").read_text().strip())
        if made_by != binaries.version:
            other = usable_by(find_binaries("bundled" if options.binaries == "system"
                                            else "system"), user, root)
            if other.version != made_by:
                raise ServerError(
                    f"This meeting's server data was made by PostgreSQL {made_by}, and only "
                    f"{binaries.describe()} is here. Install PostgreSQL {made_by}, or export "
                    "the meeting and host it afresh.")
            server = ManagedServer(folder, other, user)
        if server.pid_file().exists() and server.running():
            notes.append("A server from an earlier run was still going; it was stopped.")
            server.stop()
    else:
        say(f"Setting up a PostgreSQL server for this meeting ({binaries.describe()}) …")
        logins = [codes.login(r) for r in codes.ROLES]
        server.initialise(secrets["admin"], logins, codes.DATABASE)
    port = _choose_port(options.port, secrets.get("port"))
    notes += server.start(listen_value(options.listen), port)
    try:
        secrets["port"] = port
        _save_secrets(folder, secrets)
        admin_url = _admin_url(secrets, port, codes.DATABASE)
        _ensure_database(admin_url)
        facts = _meeting_facts(admin_url)
        if facts is None:
            _put_meeting_there(options, admin_url, say, secrets)
            _save_secrets(folder, secrets)
        else:
            source = Path(options.meeting).expanduser()
            say(f"Continuing the hosted meeting ({facts[1]} events)"
                + (f"; {source} is not changed while the meeting is hosted." if
                   source.is_file() else "."))
            notes += _file_moved_on(source, secrets.get("copied_events"))
        passwords = {r: secrets["roles"][r.value] for r in codes.ROLES}
        provision_database(admin_url, {r: codes.login(r) for r in codes.ROLES}, passwords)
        facts = _meeting_facts(admin_url)
        assert facts is not None
    except BaseException:
        server.stop()
        raise
    address = _station_address(options.listen)
    local = "127.0.0.1" if options.listen in ("*", "0.0.0.0", "::") else (
        options.listen if options.listen in _LOOPBACK else "127.0.0.1")
    return HostedMeeting(
        title=facts[0], address=address, port=port,
        codes={r: codes.JoinCode(r, passwords[r]) for r in codes.ROLES},
        urls={r: codes.station_url(address, port, r, passwords[r]) for r in codes.ROLES},
        local_urls={r: codes.station_url(local, port, r, passwords[r]) for r in codes.ROLES},
        folder=folder, server=server, events=facts[1], notes=notes)


def stop_hosting(hosted: HostedMeeting) -> None:
    """Stop the meeting's server cleanly; the meeting stays whole in its data folder."""
    hosted.server.stop()
