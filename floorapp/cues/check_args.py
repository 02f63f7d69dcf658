"""The arguments of ``floorapp cues check``, without Qt (the ``floorapp`` command builds them)."""

from __future__ import annotations

import argparse

#: Seconds between two cues of the sound check.
DEFAULT_GAP = 0.7
DESCRIPTION = "Play every enabled sound cue once, in order, naming each as it plays."


def add_check_arguments(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the options of the sound check to ``p``; returns it."""
    p.add_argument("--output", default=None,
                   help="audio output (name or id, as --list-outputs shows); default: the "
                        "one in the settings, else the system's default")
    p.add_argument("--gap", type=float, default=DEFAULT_GAP,
                   help=f"seconds of silence between cues (default {DEFAULT_GAP})")
    p.add_argument("--list-outputs", action="store_true", help="list the audio outputs and stop")
    p.add_argument("--settings", default=None,
                   help="an INI file of settings to use instead of the user's")
    return p


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``floorapp cues check`` on its own."""
    return add_check_arguments(
        argparse.ArgumentParser(prog="floorapp cues check", description=DESCRIPTION))
