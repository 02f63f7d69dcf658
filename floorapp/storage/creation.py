"""Making a meeting file whole or not at all, and recognising one we left half made.

A new meeting is built in a file of its own beside its place
(``.NAME.PID.creating``), synced to disk, and only then linked into place, so a
process killed at any instant leaves either no meeting, or the whole meeting,
plus at most a stray build file that the next creation removes. A file at the
place that an older version left half made (an SQLite file with no tables, or
with only our tables and no event) holds nothing of anyone's: it is made again.
Anything else at the place is never touched.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from floorapp.core.messages import msg
from floorapp.storage import errors
from floorapp.storage.database import SqliteDatabase
from floorapp.storage.schema import OUR_TABLES

SQLITE_HEADER = b"SQLite format 3\x00"
BUILD_SUFFIX = ".creating"


def check_file(path: Path, where: str) -> None:
    """Refuse, with the reason, a path that cannot be an SQLite meeting file."""
    if not path.exists():
        raise errors.MissingDatabase(msg("There is no meeting database at {where}.", where=where))
    if path.is_dir():
        raise errors.NotAMeeting(msg("{where} is a folder, not a meeting database.", where=where))
    if path.stat().st_size == 0:
        raise errors.NotAMeeting(msg("{where} is an empty file, not a meeting database.",
                                     where=where))
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise errors.NotAMeeting(msg(
                "{where} is not a Floor meeting database (not an SQLite file). "
                "It was left untouched.", where=where))


def half_made(path: Path) -> bool:
    """Whether the SQLite file at ``path`` is a creation of ours that never finished."""
    try:
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_HEADER:
                return False
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables <= OUR_TABLES:
                return False
            if "floor_events" in tables and con.execute(
                    "SELECT 1 FROM floor_events LIMIT 1").fetchone() is not None:
                return False
            return True
        finally:
            con.close()
    except (OSError, sqlite3.Error):
        return False


def build_name(path: Path, pid: int | None = None) -> Path:
    """Where the meeting at ``path`` is built before it is moved into place."""
    return path.with_name(f".{path.name}.{pid or os.getpid()}{BUILD_SUFFIX}")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stray_builds(path: Path) -> None:
    """Remove build files of ``path`` left by creations that were killed."""
    for stray in path.parent.glob(f".{path.name}.*{BUILD_SUFFIX}"):
        pid = stray.name.removeprefix(f".{path.name}.").removesuffix(BUILD_SUFFIX)
        if pid.isdigit() and not _alive(int(pid)):
            for p in (stray, Path(f"{stray}-journal")):
                p.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _drop_side_files(path: Path) -> None:
    """A write-ahead log or index beside a meeting not in place belongs to no meeting."""
    for side in ("-wal", "-shm", "-journal"):
        Path(f"{path}{side}").unlink(missing_ok=True)



def _already_there(where: str) -> errors.AlreadyExists:
    """The refusal when the target is taken by a file that is not our half-made one."""
    return errors.AlreadyExists(
        msg("There is already a file at {where}; choose another name or open it.", where=where))

def create_file(path: Path, where: str, build: Callable[[SqliteDatabase], None],
                busy_timeout_ms: int) -> None:
    """Build a meeting file beside ``path`` with ``build`` and move it into place."""
    replace = False
    if path.parent.is_dir():
        remove_stray_builds(path)
    if path.exists() and (path.is_dir() or path.stat().st_size > 0):
        if path.is_dir() or not half_made(path):
            raise _already_there(where)
        replace = True
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = build_name(path)
    tmp.unlink(missing_ok=True)
    try:
        db = SqliteDatabase(tmp, busy_timeout_ms)
        try:
            build(db)
        finally:
            db.close()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        if replace or (path.exists() and path.stat().st_size == 0):
            _drop_side_files(path)
            os.replace(tmp, path)
        else:
            _drop_side_files(path)
            try:
                os.link(tmp, path)  # never replaces: a meeting made meanwhile stays
            except FileExistsError:
                raise _already_there(where) from None
            except OSError:  # a file system without hard links
                if path.exists():
                    raise _already_there(where) from None
                os.replace(tmp, path)
        _sync_folder(path.parent)
    finally:
        for p in (tmp, Path(f"{tmp}-journal")):
            p.unlink(missing_ok=True)
