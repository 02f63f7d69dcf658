"""``floorapp host``, ``floorapp join`` and ``floorapp export-db``.

Every failure a user can cause ends in a message and a non-zero exit status.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from floorapp.core.categories import LANGUAGES
from floorapp.core.stations import StationRole
from floorapp.hosting import codes
from floorapp.hosting.errors import ServerError

NOT_ENCRYPTED = (
    "The traffic between the stations is NOT encrypted (this server has no SSL): host only "
    "on a network you trust. For encryption, ask IT for a PostgreSQL server with TLS and "
    "open it with 'floorapp gui postgresql://…?sslmode=require'.")
WINDOWS_FIREWALL = (
    "Windows Firewall: allow other machines in on TCP port {port}, e.g. (as administrator) "
    'netsh advfirewall firewall add rule name="Floor meeting" dir=in action=allow '
    "protocol=TCP localport={port}")


def _err(message: str) -> None:
    print(f"floorapp: {message}", file=sys.stderr, flush=True)


# -- host ----------------------------------------------------------------------------------


def host_parser() -> argparse.ArgumentParser:
    """Arguments of ``floorapp host``."""
    p = argparse.ArgumentParser(
        prog="floorapp host",
        description="Share a meeting with other stations on the network: starts a "
        "PostgreSQL server that Floor manages, puts the meeting there and prints each "
        "role's join code and URL. Runs until Ctrl+C.")
    p.add_argument("meeting", help="the meeting file (.floor), or a new meeting's name "
                   "with --programme")
    p.add_argument("--programme", help="programme (TOML) to create the meeting from")
    p.add_argument("--listen", default="*", help="the address to listen on (default: every "
                   "interface; e.g. 192.168.1.10, or 127.0.0.1 for this machine only)")
    p.add_argument("--port", type=int, default=None,
                   help=f"TCP port (default {codes.DEFAULT_PORT}, or the next free one)")
    p.add_argument("--bundled", action="store_true",
                   help="use Floor's bundled PostgreSQL even where the system has one")
    p.add_argument("--no-advertise", action="store_true",
                   help="do not announce the meeting on the network (mDNS)")
    p.add_argument("--json", action="store_true",
                   help="also print the roles, codes and URLs as one JSON line")
    return p


def _print_hosted(hosted: object, as_json: bool) -> None:
    from floorapp.hosting.host import HostedMeeting

    assert isinstance(hosted, HostedMeeting)
    print(f'Hosting "{hosted.title}" ({hosted.events} events) on {hosted.where} with '
          f"{hosted.server.binaries.describe()}.")
    for note in hosted.notes:
        print(note)
    width = max(len(r.value) for r in codes.ROLES)
    for role in codes.ROLES:
        print(f"{role.value:<{width}}  {hosted.urls[role]}  join code {hosted.codes[role]}")
    print(f"On another machine: floorapp join {hosted.where} CODE (or File > Join a meeting);"
          " the display's code can only read, the secretary's cannot give the floor "
          "unless the officer hands it over.")
    print(NOT_ENCRYPTED)
    if sys.platform == "win32":
        print(WINDOWS_FIREWALL.format(port=hosted.port))
    if as_json:
        print(json.dumps({"hosting": hosted.to_json()}))
    print("Press Ctrl+C to stop hosting (the meeting stays whole; host it again to go on).",
          flush=True)


def host_main(argv: Sequence[str]) -> int:
    """``floorapp host MEETING [--programme FILE] [--listen ADDRESS] [--port N]``."""
    args = host_parser().parse_args(list(argv))
    import psycopg

    from floorapp.core.programme.file import ProgrammeError
    from floorapp.hosting.discovery import Advertiser, lan_addresses
    from floorapp.hosting.host import HostOptions, listen_value, start_hosting, stop_hosting
    from floorapp.storage.errors import JournalError

    stop = threading.Event()

    def on_signal(_signum: int, _frame: object) -> None:
        stop.set()

    # Ctrl+C, a service manager's SIGTERM, a closed terminal: each stops the server cleanly.
    wanted = [signal.SIGINT, signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP")
                                                else [])
    previous = {s: signal.signal(s, on_signal) for s in wanted}
    options = HostOptions(args.meeting, args.programme, args.listen, args.port,
                          "bundled" if args.bundled else "system")
    try:
        hosted = start_hosting(options, say=lambda m: print(m, flush=True))
    except ProgrammeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except (ServerError, JournalError, OSError) as exc:
        _err(str(exc))
        return 2
    except psycopg.Error as exc:
        _err(f"The meeting's PostgreSQL server did not answer as expected: {exc}")
        return 2
    if stop.is_set():
        stop_hosting(hosted)
        print("Stopped before the meeting was shared.")
        return 130
    _print_hosted(hosted, args.json)
    advertiser = Advertiser()
    if not args.no_advertise:
        def report(problem: str | None) -> None:
            print(problem or "Announced on the network: stations nearby see this meeting "
                  "in File > Join a meeting.", flush=True)

        addresses = (lan_addresses() or [hosted.address]) if options.listen in (
            "*", "0.0.0.0") else [hosted.address]
        advertiser.start_in_background(hosted.title, hosted.port, addresses, report)
    status = 0
    try:
        while not stop.wait(1.0):
            if not hosted.server.alive():
                print("The PostgreSQL server stopped unexpectedly; starting it again …",
                      flush=True)
                try:
                    hosted.server.start(listen_value(options.listen), hosted.port)
                    print("The server is back.", flush=True)
                except ServerError as exc:
                    _err(str(exc))
                    status = 3
                    break
    finally:
        advertiser.close()
        print("Stopping the server …", flush=True)
        try:
            stop_hosting(hosted)
        except ServerError as exc:
            _err(str(exc))
            return 3
        for s, h in previous.items():
            signal.signal(s, h)
    print("Stopped. The meeting is whole; 'floorapp host' with the same meeting goes on "
          "where it stopped.", flush=True)
    return status


# -- join ------------------------------------------------------------------------------------


def join_parser() -> argparse.ArgumentParser:
    """Arguments of ``floorapp join``."""
    p = argparse.ArgumentParser(
        prog="floorapp join",
        usage="floorapp join [ADDRESS] CODE [--role ROLE] [--print-url] [--lang LANG]",
        description="Open a meeting another machine hosts (floorapp host), as the role "
        "its join code gives. Without an address, the meetings nearby are looked for.")
    p.add_argument("words", nargs="+", metavar="ADDRESS CODE",
                   help="the host's address as it printed it (e.g. 192.168.1.10:5433) and "
                   "the join code (e.g. S-7KR4-M2XD)")
    p.add_argument("--role", choices=[r.value for r in StationRole],
                   help="open as this role (an officer's code may open the display)")
    p.add_argument("--print-url", action="store_true",
                   help="check the code and print the connection URL; open no window")
    p.add_argument("--lang", default=None, choices=LANGUAGES, help="display language")
    return p


_RANK = {StationRole.OFFICER: 0, StationRole.SECRETARY: 1, StationRole.DISPLAY: 2}


def _choose_nearby() -> str | None:
    from floorapp.hosting.discovery import browse

    print("Looking for meetings nearby …", flush=True)
    found, problem = browse()
    if problem:
        _err(problem)
        return None
    if not found:
        _err("No meeting was found nearby. Type the address the host printed: "
             "floorapp join ADDRESS CODE")
        return None
    if len(found) == 1:
        print(f'Found "{found[0].title}" at {found[0].where}.')
        return found[0].where
    for i, m in enumerate(found, 1):
        print(f'{i}. "{m.title}" at {m.where} ({m.host})')
    if not sys.stdin or not sys.stdin.isatty():
        _err("Several meetings are nearby: give the address of yours: "
             "floorapp join ADDRESS CODE")
        return None
    answer = input("Which one? ").strip()
    if answer.isdigit() and 1 <= int(answer) <= len(found):
        return found[int(answer) - 1].where
    _err("No meeting chosen.")
    return None


def check_station(url: str, address: str) -> StationRole:
    """Connect once as the station; the role the database gives it (JournalError)."""
    from floorapp.storage.errors import DatabaseUnavailable
    from floorapp.storage.journal import Journal

    try:
        journal = Journal.open(url)
    except DatabaseUnavailable as exc:
        text = str(exc)
        if "password authentication failed" in text:
            raise DatabaseUnavailable(
                f"The meeting at {address} did not accept this join code: check it with "
                "the host (each role has its own code).") from None
        raise DatabaseUnavailable(
            f"Cannot reach a meeting at {address}: is 'floorapp host' running there, and "
            f"is the address right? ({text})") from None
    try:
        return journal.role
    finally:
        journal.close()


def join_main(argv: Sequence[str],
              open_gui: Callable[[argparse.Namespace], int] | None = None) -> int:
    """``floorapp join [ADDRESS] CODE [--role ROLE] [--print-url]``; ``open_gui`` opens
    the console (or the display) on the station's URL."""
    args = join_parser().parse_args(list(argv))
    from floorapp.storage.errors import JournalError

    if len(args.words) > 2:
        _err("Give the address and the join code, nothing more.")
        return 2
    try:
        code = codes.parse_code(args.words[-1])
    except codes.BadCode as exc:
        _err(str(exc))
        return 2
    address = args.words[0] if len(args.words) == 2 else _choose_nearby()
    if address is None:
        return 2
    try:
        url = codes.url_for_code(address, code)
    except ValueError as exc:
        _err(str(exc))
        return 2
    wanted = StationRole(args.role) if args.role else code.role
    if _RANK[wanted] < _RANK[code.role]:
        _err(f"This join code is the {code.role.value}'s: it cannot open the meeting as the "
             f"{wanted.value}.")
        return 2
    try:
        role = check_station(url, address)
    except JournalError as exc:
        _err(str(exc))
        return 2
    if args.print_url or open_gui is None:
        print(f"{role.value} {url}")
        return 0
    return open_gui(argparse.Namespace(db=url, programme=None, lang=args.lang, station=None,
                                       view=wanted.value if wanted is not role else None))


# -- export-db -------------------------------------------------------------------------------


def export_db_main(argv: Sequence[str]) -> int:
    """``floorapp export-db URL FILE``: a shared meeting back into one SQLite file."""
    p = argparse.ArgumentParser(
        prog="floorapp export-db",
        description="Copy a meeting (a PostgreSQL URL, or a file) into a new SQLite meeting "
        "file for the archive: every event with its number. Never overwrites a file.")
    p.add_argument("source", help="the meeting's URL (postgresql://…) or file")
    p.add_argument("file", help="the new meeting file (.floor)")
    args = p.parse_args(list(argv))
    from floorapp.storage.copy import copy_meeting, event_count
    from floorapp.storage.errors import JournalError
    from floorapp.storage.journal import describe

    target = Path(args.file)
    if target.exists():
        _err(f"{target} exists already; choose a new file name (nothing was written).")
        return 2
    try:
        n = copy_meeting(args.source, target)
        copied = event_count(target)
    except JournalError as exc:
        _err(str(exc))
        return 2
    if copied != n:
        _err(f"{target} holds {copied} events where {describe(args.source)} has {n}.")
        return 2
    print(f"Wrote {target}: {n} events from {describe(args.source)} (checked).")
    return 0


# -- roles on a server IT runs ------------------------------------------------------------


def roles_main(argv: Sequence[str]) -> int:
    """``floorapp roles OWNER_URL [--prefix NAME]``: the three station logins on a server
    that IT runs (with TLS, say), for a meeting already there."""
    p = argparse.ArgumentParser(
        prog="floorapp roles",
        description="Give a meeting on a PostgreSQL server that IT runs its three station "
        "logins (officer, secretary, display), each with a new password, and print each "
        "role's URL. Run it with the URL of the meeting's owner, who may create roles. "
        "Running it again gives new passwords.")
    p.add_argument("url", help="the meeting's URL, as its owner (postgresql://…)")
    p.add_argument("--prefix", help="the logins' prefix (default: the database's name)")
    args = p.parse_args(list(argv))
    import re
    from urllib.parse import quote, urlsplit, urlunsplit

    from floorapp.storage.errors import JournalError
    from floorapp.storage.roles import provision_database

    parts = urlsplit(args.url)
    if not parts.scheme.startswith("postgres") or not parts.hostname:
        _err("Give the meeting's PostgreSQL URL, e.g. postgresql://owner@db.example.org/meeting")
        return 2
    database = parts.path.lstrip("/")
    prefix = re.sub(r"[^a-z0-9_]+", "_", (args.prefix or database or "floor").lower())[:40]
    logins = {r: f"{prefix}_{r.value}" for r in codes.ROLES}
    passwords = {r: codes.new_secret() + codes.new_secret() for r in codes.ROLES}
    try:
        provision_database(args.url, logins, passwords)
    except JournalError as exc:
        _err(str(exc))
        return 2
    except Exception as exc:  # noqa: BLE001 - the server's refusal, in its words
        _err(f"The server refused to set up the logins: {getattr(exc, 'orig', exc)}")
        return 2
    host = parts.netloc.rsplit("@", 1)[-1]
    for role in codes.ROLES:
        netloc = f"{logins[role]}:{quote(passwords[role], safe='')}@{host}"
        url = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
        print(f"{role.value:<9}  {url}")
    print("Each station opens the meeting with its URL: floorapp gui URL. The display's "
          "can only read; the secretary's cannot give the floor unless the officer hands "
          "it over.")
    return 0
