"""The arguments of ``floorapp gui`` (no Qt here: the command line builds its parser
from them without loading the GUI)."""

from __future__ import annotations

import argparse

from floorapp.core.categories import LANGUAGES


def add_gui_arguments(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the console's arguments to ``p``; returns it."""
    p.add_argument("db", nargs="?", default=None,
                   help="meeting database (file or URL); default: the 2012 sample meeting")
    p.add_argument("--programme", default=None,
                   help="programme file (TOML) to create the meeting from if it does not exist")
    p.add_argument("--lang", default=None, choices=LANGUAGES, help="display language")
    p.add_argument("--station", default=None,
                   help="this station's name in the journal, told to other stations sharing "
                        "the meeting (e.g. \"the podium\"); default: this computer's name")
    return p


def build_parser() -> argparse.ArgumentParser:
    """Arguments of ``floorapp gui``."""
    return add_gui_arguments(
        argparse.ArgumentParser(prog="floorapp gui", description="The podium console."))


def station_name(given: str | None) -> str:
    """This station's name: as given, else this computer's name."""
    if given and given.strip():
        return given.strip()[:64]
    import os

    if hasattr(os, "uname"):  # POSIX: no need of the socket module (7 ms) before the paint
        return os.uname().nodename[:64]
    import socket

    return socket.gethostname()[:64]
