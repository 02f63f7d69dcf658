"""``floorapp import FILE|- [-o OUT.toml]``: a concept note in, a programme file out.

The programme goes to standard output (or ``-o``); what the importer was unsure of and
what it did not use go to standard error, each as ``SOURCE:LINE: ...``. Exit status 0
when a programme was written, 1 when the source was refused, 2 when it cannot be read.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from floorapp.core.programme.file import parse_programme
from floorapp.core.programme.importer import SourceRefused, propose_from_bytes
from floorapp.core.programme.importer.build import report, to_programme
from floorapp.core.programme.problem import ProgrammeError
from floorapp.core.programme.write import dump_programme


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="floorapp import",
        description="Propose a programme from a concept note or annotated programme "
                    "(.txt, .docx, .pdf, or pasted text on standard input with -).")
    p.add_argument("file", help="the concept note; - reads standard input")
    p.add_argument("-o", "--output", help="write the programme file here (default: stdout)")
    p.add_argument("-q", "--quiet", action="store_true", help="do not list doubts on stderr")
    return p


HEADER = ("# Proposed by `floorapp import` from {source}: check every field before use;\n"
          "# the fields it was unsure of were listed when it ran. Format: "
          "docs/programme-format.md")


def import_main(argv: list[str]) -> int:
    """Entry point of ``floorapp import``."""
    args = _parser().parse_args(argv)
    name = "<stdin>" if args.file == "-" else args.file
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as exc:
        print(f"floorapp import: cannot read {name}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    try:
        proposal = propose_from_bytes(data, name)
    except SourceRefused as exc:
        print(f"floorapp import: {exc}", file=sys.stderr)
        return 1
    programme = to_programme(proposal)
    text = dump_programme(programme, header=HEADER.format(source=Path(name).name))
    try:
        parse_programme(text, "<proposal>")
    except ProgrammeError as exc:  # a bug: the importer must write what the checker accepts
        for problem in exc.problems:
            print(f"floorapp import: internal error: {problem}", file=sys.stderr)
        return 1
    if not args.quiet:
        for line in report(proposal, name):
            print(line, file=sys.stderr)
        print(f"floorapp import: {len(programme.segments)} segment(s) proposed; "
              f"{len(proposal.doubts())} field(s) to check, {len(proposal.odd)} part(s) "
              "not used.", file=sys.stderr)
    if args.output:
        out = Path(args.output)
        tmp = out.with_name(f".{out.name}.tmp")
        try:
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, out)
        except OSError as exc:
            print(f"floorapp import: cannot write {args.output}: {exc.strerror or exc}",
                  file=sys.stderr)
            tmp.unlink(missing_ok=True)
            return 2
    else:
        sys.stdout.write(text)
    return 0
