"""``floorapp export DB --format FORMAT --lang LANG -o FILE [--segment ID]``.

Every failure a user can cause (a missing database, an unknown format or language,
a file that cannot be written) ends in a message and a non-zero exit status.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from floorapp.core.categories import LANGUAGES
from floorapp.export.formats import FORMATS

FORMAT_NAMES = tuple(FORMATS)
#: Short names a user may type: the Summary is what "docx" and "pdf" mean.
FORMAT_ALIASES = {"docx": "summary-docx", "word": "summary-docx", "pdf": "summary-pdf",
                  "markdown": "md", "speakers": "speakers-pdf", "record": "record-docx"}


def _err(message: str) -> None:
    print(f"floorapp export: {message}", file=sys.stderr)


def accepted_formats() -> str:
    """Every name --format takes, each format with its short names."""
    shorts: dict[str, list[str]] = {}
    for short, full in FORMAT_ALIASES.items():
        shorts.setdefault(full, []).append(short)
    return ", ".join(name + (f" (or {', '.join(shorts[name])})" if name in shorts else "")
                     for name in FORMAT_NAMES)


def _format(value: str) -> str:
    name = FORMAT_ALIASES.get(value.lower(), value.lower())
    if name not in FORMAT_NAMES:
        raise argparse.ArgumentTypeError(
            f"invalid choice: {value!r} (choose from {accepted_formats()})")
    return name


def build_parser() -> argparse.ArgumentParser:
    """The grammar of ``floorapp export``."""
    p = argparse.ArgumentParser(
        prog="floorapp export",
        description="Export a meeting: the President's Summary draft (Word or PDF), the "
                    "attributed record for the Secretariat (Word or PDF), the log (CSV, JSON, "
                    "Markdown) or the list of speakers of a segment (PDF).")
    p.add_argument("db", help="meeting database file or URL")
    p.add_argument("--format", "-f", required=True, dest="fmt",
                   type=_format, metavar="FORMAT",
                   help="what to export: " + accepted_formats())
    p.add_argument("--lang", "-l", default="en", choices=LANGUAGES,
                   help="language of the fixed text and of the names (default: en)")
    p.add_argument("-o", "--output", required=True, help="file to write")
    p.add_argument("--segment", help="segment id, for speakers-pdf (default: the current one)")
    return p


def _check_output(path: Path) -> str | None:
    """Why ``path`` cannot be written, or None."""
    if path.is_dir():
        return f"{path} is a folder; give a file name with -o."
    folder = path.parent
    if not folder.is_dir():
        return f"The folder {folder} does not exist."
    if not os.access(folder, os.W_OK):
        return f"Cannot write in the folder {folder}."
    if path.exists() and not os.access(path, os.W_OK):
        return f"Cannot overwrite {path}."
    return None


def _gui_app() -> object:
    """A QGuiApplication for the PDF writers (offscreen unless a platform is set)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["floorapp-export"])


def export_main(argv: Sequence[str]) -> int:
    """Run ``floorapp export`` with ``argv`` (without the program and command names)."""
    try:
        args = build_parser().parse_args(list(argv))
    except SystemExit as exc:  # argparse has printed the usage and the problem
        return int(exc.code or 0)
    out = Path(args.output).expanduser()
    problem = _check_output(out)
    if problem:
        _err(problem)
        return 2
    db: str = args.db
    if "://" not in db and not Path(db).exists():
        _err(f"There is no meeting database at {db}.")
        return 2

    from floorapp.export.formats import FORMATS, prepare, render
    from floorapp.service import FloorService
    from floorapp.storage.errors import JournalError

    try:
        service = FloorService.open(db)
    except JournalError as exc:
        _err(str(exc))
        return 2
    try:
        prepared = prepare(service, args.fmt, args.lang, args.segment)
    except KeyError as exc:
        names = ", ".join(s.id for s in service.programme.segments)
        _err(f"{exc.args[0] if exc.args else exc} (segments: {names}).")
        return 2
    except (ValueError, JournalError) as exc:
        _err(str(exc))
        return 2
    finally:
        service.close()
    app = _gui_app() if FORMATS[args.fmt].needs_qt else None
    try:
        render(prepared, out)
    except (OSError, RuntimeError) as exc:
        _err(f"Could not write {out}: {exc}")
        return 1
    del app
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(export_main(sys.argv[1:]))
