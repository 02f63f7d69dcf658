"""``floorapp check FILE [FILE...]``: say whether programme files can be used, and what is wrong.

Prints ``FILE: OK (N segments)`` for a good file. For a bad one, prints every problem
as ``FILE:LINE: what is wrong`` on standard error. Exit status: 0 when every file is
good, 1 when a file has problems, 2 when a file cannot be read at all (or on a usage
error).
"""

from __future__ import annotations

import argparse
import sys

from floorapp.core.programme.file import (
    ProgrammeError,
    ProgrammeFileUnreadable,
    load_programme,
)
from floorapp.core.programme.text import other_languages

OK, PROBLEMS, UNREADABLE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="floorapp check",
        description="Check programme files (TOML): list every problem as FILE:LINE: message.",
        epilog="The format is described in docs/programme-format.md.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="programme files to check")
    p.add_argument("--translations", action="store_true",
                   help="also list, for a good file, the texts not yet translated into each "
                        "of the other official languages (not a problem: they show in the "
                        "original)")
    return p


def check_file(name: str, translations: bool = False) -> int:
    """Check one file, print the outcome; its exit status (0, 1 or 2).

    ``translations``: for a good file, also list what is not yet translated.
    """
    try:
        programme = load_programme(name)
    except ProgrammeFileUnreadable as exc:
        print(f"{name}: cannot be read: {exc.strerror}", file=sys.stderr)
        return UNREADABLE
    except ProgrammeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        n = len(exc.problems)
        print(f"{name}: {n} problem{'s' * (n != 1)}; the file cannot be used as it is",
              file=sys.stderr)
        return PROBLEMS
    n = len(programme.segments)
    print(f"{name}: OK ({n} segment{'s' * (n != 1)})")
    if translations:
        for lang in other_languages(programme.language):
            missing = programme.untranslated(lang)
            if not missing:
                print(f"{name}: {lang}: every text is translated")
                continue
            print(f"{name}: {lang}: {len(missing)} text{'s' * (len(missing) != 1)} not "
                  f"translated (shown in {programme.language}):")
            for where in missing:
                print(f"    {where}")
    return OK


def check_main(argv: list[str]) -> int:
    """Check every file named in ``argv``; the worst exit status of them all."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already printed by argparse
        return exc.code if isinstance(exc.code, int) else UNREADABLE
    return max(check_file(name, args.translations) for name in args.files)


if __name__ == "__main__":
    sys.exit(check_main(sys.argv[1:]))
