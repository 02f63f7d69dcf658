"""The ``floorapp`` command: the app, and its headless tools.

Every failure a user can cause (a bad file, an unusable database) ends in a
message and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from floorapp.core.countdown import format_mmss
from floorapp.gui.arguments import add_gui_arguments
from floorapp.storage.errors import JournalError

LOG_COLUMNS = ("#", "segment", "speaker", "kind", "on behalf of", "start", "end",
               "spoken", "allotted", "over")


def _err(message: str) -> None:
    print(f"floorapp: {message}", file=sys.stderr)


def cmd_script(args: argparse.Namespace) -> int:
    """Run a JSON-lines script of operator commands against a meeting database."""
    from floorapp.core.clock import FakeClock
    from floorapp.core.floor import Refused
    from floorapp.core.programme.file import ProgrammeError, load_programme
    from floorapp.core.roster import AmbiguousName, UnknownName
    from floorapp.script import ScriptError, ScriptRunner, read_script, script_start
    from floorapp.service import FloorService

    try:
        lines = read_script(Path(args.file))
    except ScriptError as exc:
        for p in exc.problems:
            print(p, file=sys.stderr)
        _err("the script was not run; nothing was applied.")
        return 1
    db = Path(args.db) if "://" not in args.db else args.db
    created = isinstance(db, Path) and not db.exists()
    clock = FakeClock()
    try:
        if isinstance(db, Path) and not db.exists() and not args.programme:
            _err(f"{db} does not exist; give --programme FILE to create the meeting.")
            return 2
        if args.programme and not (isinstance(db, Path) and db.exists()):
            # A new file, or a database URL: create the meeting there unless the
            # database already holds tables (then it must be a meeting to open).
            service = FloorService.create_or_open(db, load_programme(Path(args.programme)), clock)
        else:
            service = FloorService.open(db, clock)
    except ProgrammeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except JournalError as exc:
        _err(str(exc))
        return 2
    try:
        start = datetime.fromisoformat(args.start) if args.start else script_start(service, lines)
        clock.set_wall(start)
        service.timeline = type(service.timeline)(clock)
        runner = ScriptRunner(service, clock)
        for line in lines:
            try:
                runner.run_line(line)
            except (Refused, UnknownName, AmbiguousName) as exc:
                print(f"{args.file}:{line.number}: {exc}", file=sys.stderr)
                if runner.applied == 0 and created and isinstance(db, Path):
                    service.close()
                    _remove_database(db)
                    _err(f"stopped at line {line.number}; nothing was applied, and {db} was "
                         "not created.")
                elif runner.applied == 0:
                    _err(f"stopped at line {line.number}; nothing was applied. {args.db} "
                         "already held this meeting: to run the script afresh, give a new "
                         "--db file.")
                else:
                    _err(f"stopped at line {line.number}; "
                         + _commands(runner.applied, "before it") + ".")
                return 1
            if args.verbose:
                print(f"{args.file}:{line.number}: {line.cmd} ok", flush=True)
        n = len(service.state.interventions)
        print(f"Applied {_count(runner.applied, 'command')}; "
              f"{_count(n, 'intervention')} in the log.")
        return 0
    except JournalError as exc:
        _err(str(exc))
        return 2
    finally:
        service.close()


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _commands(n: int, where: str) -> str:
    return (f"the command {where} is recorded" if n == 1
            else f"the {n} commands {where} are recorded")


def _remove_database(db: Path) -> None:
    """Remove a meeting file this run created (with SQLite's side files)."""
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"),
                 db.with_name(db.name + "-journal")):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def _log_extras(number: int, notes: Sequence[str],
                announcements: Sequence[dict[str, object]]) -> list[str]:
    """The lines under the table for one intervention: its notes, announcements, pledges."""
    out = [f"  #{number} note: {note}" for note in notes]
    for a in announcements:
        amount, text = a.get("amount"), str(a.get("text") or "")
        if isinstance(amount, int | float) and amount:
            money = f"{amount:,.2f}".removesuffix(".00")
            currency = str(a.get("currency") or "")
            out.append(f"  #{number} pledge: {text} ({money} {currency})".replace(" )", ")"))
        else:
            out.append(f"  #{number} announcement: {text}")
    return out


def cmd_log(args: argparse.Namespace) -> int:
    """Print the intervention log of a meeting database."""
    from floorapp.service import FloorService

    try:
        service = FloorService.open(args.db)
    except JournalError as exc:
        _err(str(exc))
        return 2
    try:
        entries = service.log()
        if args.json:
            doc = {"schema": "floorapp.log/1", "meeting": service.programme.title,
                   "date": service.programme.date.isoformat(),
                   "interventions": [e.to_json() for e in entries]}
            print(json.dumps(doc, ensure_ascii=False, indent=2))
            return 0
        zone = service.programme.zone()  # the venue's time, as the console and exports
        rows = [LOG_COLUMNS] + [
            (str(i), e.segment_id, f"{e.name} [{e.participant_id}]", e.kind.value,
             e.on_behalf_of, e.start.astimezone(zone).strftime("%H:%M:%S"),
             e.end.astimezone(zone).strftime("%H:%M:%S") if e.end else "(live)",
             format_mmss(e.spoken), format_mmss(e.allotted),
             format_mmss(e.overrun) if e.overrun >= 1 else "")
            for i, e in enumerate(entries, 1)
        ]
        widths = [max(len(str(r[i])) for r in rows) for i in range(len(LOG_COLUMNS))]
        for r in rows:
            print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
            if r is rows[0]:
                print("  ".join("-" * w for w in widths))
        for i, e in enumerate(entries, 1):
            for line in _log_extras(i, e.notes, e.announcements):
                print(line)
        print(f"{_count(len(entries), 'intervention')}; times in the venue's time "
              f"({service.programme.timezone}).")
        return 0
    finally:
        service.close()


#: Commands with their own argument parser, handed the rest of the command line.
ARGV_TOOLS = {
    "export": ("floorapp.cli.export", "export_main"),
    "screenshots": ("floorapp.gui.screenshots", "screenshots_main"),
    "import": ("floorapp.cli.importing", "import_main"),
    "host": ("floorapp.hosting.cli", "host_main"),
    "join": ("floorapp.cli.main", "join_main"),
    "export-db": ("floorapp.hosting.cli", "export_db_main"),
    "roles": ("floorapp.hosting.cli", "roles_main"),
}


def _lazy(module: str, func: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        import importlib

        result: int = getattr(importlib.import_module(module), func)(args)
        return result

    return run


def join_main(argv: Sequence[str]) -> int:
    """``floorapp join``: checks the code, then opens the console on the shared meeting."""
    from floorapp.hosting.cli import join_main as join

    return join(argv, _lazy("floorapp.gui.app", "gui_main"))


def build_parser() -> argparse.ArgumentParser:
    """The command-line grammar."""
    parser = argparse.ArgumentParser(prog="floorapp", description="Floor: runs the floor of "
                                     "a chaired dialogue session.")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("check", help="check programme files")
    p.add_argument("files", nargs="+")
    p.add_argument("--translations", action="store_true",
                   help="also list the texts not yet translated into each official language")
    p.set_defaults(func=lambda a: _argv_tool(
        "floorapp.cli.check", "check_main",
        [*a.files, *(["--translations"] if a.translations else [])]))

    p = sub.add_parser("roster", help="the roster of participants")
    rsub = p.add_subparsers(dest="roster_command", required=True)
    pf = rsub.add_parser("find", help="find participants from what a secretary types")
    pf.add_argument("rest", nargs=argparse.REMAINDER)
    pf.set_defaults(func=lambda a: _argv_tool("floorapp.cli.roster", "roster_find_main", a.rest))

    p = sub.add_parser("script", help="apply a JSON-lines script of operator commands")
    p.add_argument("file")
    p.add_argument("--db", required=True, help="meeting database file or URL")
    p.add_argument("--programme", help="programme TOML, to create the meeting")
    p.add_argument("--start", help="wall-clock start of the script (ISO 8601 with offset)")
    p.add_argument("-v", "--verbose", action="store_true")
    p.set_defaults(func=cmd_script)

    p = sub.add_parser("log", help="print the intervention log of a meeting")
    p.add_argument("db")
    p.add_argument("--json", action="store_true", help="JSON (schema in docs/log-format.md)")
    p.set_defaults(func=cmd_log)

    p = add_gui_arguments(sub.add_parser("gui", help="the podium console (the default command)"))
    p.set_defaults(func=_lazy("floorapp.gui.app", "gui_main"))

    sub.add_parser("screenshots", help="save PNGs of the console and the speaker display "
                   "(floorapp screenshots --help)", add_help=False)

    p = sub.add_parser("cues", help="the sound cues")
    csub = p.add_subparsers(dest="cues_command", required=True)
    from floorapp.cues.check_args import DESCRIPTION, add_check_arguments

    pc = add_check_arguments(csub.add_parser("check", help=DESCRIPTION, description=DESCRIPTION))
    pc.set_defaults(func=_lazy("floorapp.cues.check", "cues_check_run"))

    sub.add_parser("export", help="export the log, the President's Summary or a list of "
                   "speakers (floorapp export --help)", add_help=False)
    sub.add_parser("import", help="propose a programme file from a concept note "
                   "(floorapp import --help)", add_help=False)
    sub.add_parser("host", help="share a meeting with other stations on the network "
                   "(floorapp host --help)", add_help=False)
    sub.add_parser("join", help="open a meeting another machine hosts, with its join code "
                   "(floorapp join --help)", add_help=False)
    sub.add_parser("export-db", help="copy a shared meeting into one SQLite file for the "
                   "archive (floorapp export-db --help)", add_help=False)
    sub.add_parser("roles", help="give a meeting on an IT-run PostgreSQL its station logins "
                   "(floorapp roles --help)", add_help=False)
    return parser


def _argv_tool(module: str, func: str, argv: Sequence[str]) -> int:
    import importlib

    result: int = getattr(importlib.import_module(module), func)(list(argv))
    return result


def _command_names() -> set[str]:
    """The subcommands of the ``floorapp`` command, as the parser declares them."""
    parser = build_parser()
    return {name for action in parser._subparsers._group_actions  # type: ignore[union-attr]
            for name in getattr(action, "choices", {})}


def _looks_like_a_meeting(arg: str) -> bool:
    """Whether a first argument names a meeting database rather than a command."""
    if arg.startswith("-") or arg in _command_names():
        return False
    return "://" in arg or arg.endswith((".floor", ".db", ".sqlite")) or Path(arg).is_file()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``floorapp`` command."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in ARGV_TOOLS:
        return _argv_tool(*ARGV_TOOLS[args_list[0]], args_list[1:])
    parser = build_parser()
    if args_list and _looks_like_a_meeting(args_list[0]):
        args_list = ["gui", *args_list]  # floorapp MEETING.floor opens it in the console
    args = parser.parse_args(args_list)
    if not getattr(args, "func", None):
        args = parser.parse_args(["gui", *args_list])
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader (head, less) stopped reading: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    return code


if __name__ == "__main__":
    sys.exit(main())
