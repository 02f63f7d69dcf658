"""The journal: the meeting database that every accepted command is appended to.

SQLite by default (WAL, synchronous FULL), PostgreSQL by URL. Opening checks that
the database is ours, whole and not newer than this program; a database that is
not usable is reported and left exactly as it was, never replaced.

A meeting file is created whole or not at all: it is built beside its place,
under a name of its own, and moved into place once complete (``creation``). A
file that an older creation left half made (no tables, or our empty tables) is
recognised as ours and made again.

The SQL is written once (``storage.database`` runs it on sqlite3 for a file, on
SQLAlchemy for a server); snapshots of the folded state live in
``storage.snapshots``, a database's failures in words in ``storage.errors``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from floorapp.core.clock import Clock
from floorapp.core.events import MEETING_CREATED, Draft, Event
from floorapp.core.messages import msg
from floorapp.core.stations import StationRole
from floorapp.storage import creation, errors
from floorapp.storage.database import Cursor, Database, ServerDatabase, SqliteDatabase
from floorapp.storage.errors import database_errors, translated
from floorapp.storage.migrate import check_revision, upgrade_to_head
from floorapp.storage.schema import APP_MARKER, OUR_TABLES
from floorapp.storage.snapshots import JournalSnapshots
from floorapp.storage.watch import (
    CHANNEL,
    LINK_SETTINGS,
    DataVersionPoller,
    NotificationListener,
    Watcher,
    WatchHooks,
    app_name,
)

BUSY_TIMEOUT_MS = 5000
#: The longest station name the journal keeps (floor_events.station).
STATION_LENGTH = 64
#: The server's side of the same: a station that vanishes while holding the journal's
#: lock, or in a transaction, is dropped after seconds, so the podium never waits on it.
SERVER_SETTINGS = (
    "-c tcp_keepalives_idle=2 -c tcp_keepalives_interval=1 -c tcp_keepalives_count=3 "
    "-c tcp_user_timeout=5000 -c idle_in_transaction_session_timeout=3000 "
    "-c lock_timeout=8000"
)

_SELECT = ("SELECT seq, command, type, at, data, station FROM floor_events WHERE seq > ? "
           "ORDER BY seq")
_INSERT = ("INSERT INTO floor_events (command, type, at, data, station) "
           "VALUES (?, ?, ?, {json}, ?)")


def database_url(target: str | os.PathLike[str]) -> str:
    """A database URL for a file path or a database URL."""
    t = os.fspath(target)
    if "://" in t:
        if t.startswith("postgresql://") or t.startswith("postgres://"):
            return "postgresql+psycopg://" + t.split("://", 1)[1]
        return t
    return "sqlite:///" + str(Path(t).expanduser().resolve())


def describe(target: str | os.PathLike[str]) -> str:
    """How to name a database in a message: its path, or its URL without a password."""
    t = os.fspath(target)
    if "://" in t and "@" in t:
        scheme, rest = t.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}@{host}"
    return t


def sqlite_path(target: str | os.PathLike[str]) -> Path | None:
    """The file of an SQLite meeting, or None for a server URL."""
    url = database_url(target)
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def connect(target: str | os.PathLike[str], read_only: bool = False,
            station: str = "") -> Database:
    """A connection to the meeting database at ``target`` (file or URL); ``station`` names
    this station to a server (its ``application_name``)."""
    path = sqlite_path(target)
    if path is not None:
        return SqliteDatabase(path, BUSY_TIMEOUT_MS, read_only)
    url = database_url(target)
    if url.startswith("postgresql"):
        # Keepalives and timeouts so a dead link is noticed in seconds (see storage.watch).
        return ServerDatabase(url, {**LINK_SETTINGS, "options": SERVER_SETTINGS,
                                    "application_name": app_name(station)})
    return ServerDatabase(url)


def _events(rows: list[tuple[Any, ...]]) -> list[Event]:
    return [
        Event(seq=r[0], type=r[2], at=datetime.fromisoformat(r[3]),
              data=r[4] if isinstance(r[4], dict) else json.loads(r[4]), command=r[1] or r[0],
              station=r[5] or "")
        for r in rows
    ]


def _fetch(db: Database | Cursor, after: int) -> list[Event]:
    return _events(db.query(_SELECT, (after,)))


def write_first(db: Database, first: Draft, at: datetime) -> None:
    """The marker and the first event, in one transaction (a new, empty schema)."""
    stamp = at.astimezone(UTC).isoformat(timespec="microseconds")
    with db.transaction(write=True) as tx:
        tx.execute("INSERT INTO floor_meta (key, value) VALUES (?, ?)", ("app", APP_MARKER))
        tx.execute("INSERT INTO floor_meta (key, value) VALUES (?, ?)",
                   ("created_at", at.isoformat()))
        tx.insert(_INSERT, (None, first.type, stamp, json.dumps(first.data), ""))


class Journal(JournalSnapshots):
    """An open meeting database: read its events, append new ones."""

    def __init__(self, db: Database, target: str, station: str = "") -> None:
        self.db = db
        self.target = target
        self.station = station[:STATION_LENGTH]  # the column's width
        #: This station's role as the database enforces it (see storage.roles).
        self.role = StationRole.OFFICER

    # -- opening -------------------------------------------------------------

    @classmethod
    def create(cls, target: str | os.PathLike[str], first: Draft, at: datetime) -> Journal:
        """Create a new meeting database holding one first event (the meeting itself)."""
        where = describe(target)
        path = sqlite_path(target)
        try:
            if path is not None:
                creation.create_file(path, where, lambda db: cls._build(db, first, at),
                                     BUSY_TIMEOUT_MS)
                return cls.open(target)
            db = connect(target)
            try:
                tables = db.tables()
                if tables and not cls._unfinished(db, tables):
                    raise errors.AlreadyExists(msg(
                        "The database {where} already has tables; use an empty database.",
                        where=where))
                cls._build(db, first, at)  # on our own unfinished creation: finishes it
            except BaseException:
                db.close()
                raise
        except errors.JournalError:
            raise
        except database_errors() as exc:
            raise translated(exc, where) from None
        return cls(db, os.fspath(target))

    @staticmethod
    def _unfinished(db: Database, tables: set[str]) -> bool:
        """Whether a server database holds only our tables and no event: a creation of
        ours stopped between its schema and its first event (which come together with
        the marker), so finishing it loses nothing."""
        if not tables <= OUR_TABLES or "floor_events" not in tables:
            return False
        return not db.query("SELECT 1 FROM floor_events LIMIT 1")

    @staticmethod
    def _build(db: Database, first: Draft, at: datetime) -> None:
        upgrade_to_head(db)
        write_first(db, first, at)

    @classmethod
    def open(cls, target: str | os.PathLike[str], station: str = "") -> Journal:
        """Open an existing meeting database, refusing one that is not usable."""
        where = describe(target)
        path = sqlite_path(target)
        if path is not None:
            creation.check_file(path, where)
            creation.remove_stray_builds(path)
        try:
            db = connect(target, station=station)
        except database_errors() as exc:
            raise translated(exc, where) from None
        try:
            cls._check(db, where)
            if isinstance(db, SqliteDatabase):
                db.set_wal()
            upgrade_to_head(db)
            role = StationRole.OFFICER
            if isinstance(db, ServerDatabase):
                from floorapp.storage.roles import lock_statement, station_role

                with db.sqlalchemy() as conn:
                    role, db.lock_sql = station_role(conn), lock_statement(conn)
        except errors.JournalError:
            db.close()
            raise
        except database_errors() as exc:
            db.close()
            raise translated(exc, where) from None
        journal = cls(db, os.fspath(target), station)
        journal.role = role
        return journal

    @staticmethod
    def _check(db: Database, where: str) -> None:
        """Refuse a database that is damaged, not ours, unfinished or too new."""
        if db.dialect == "sqlite":
            rows = db.query("PRAGMA quick_check")
            if not rows or rows[0][0] != "ok":
                raise errors.CorruptDatabase(msg(
                    "The meeting database {where} is damaged ({reason}). "
                    "It was left untouched; restore it from a backup.",
                    where=where, reason=str(rows[0][0]) if rows else "?"))
        tables = db.tables()
        not_ours = errors.NotAMeeting(msg(
            "{where} is a database, but not a Floor meeting. It was left untouched.",
            where=where))
        if "floor_meta" not in tables or "floor_events" not in tables:
            raise not_ours
        marker = db.query("SELECT value FROM floor_meta WHERE key = 'app'")
        if not marker or marker[0][0] != APP_MARKER:
            raise not_ours
        check_revision(db, where)
        first = db.query("SELECT type FROM floor_events ORDER BY seq LIMIT 1")
        if not first or first[0][0] != MEETING_CREATED:
            raise errors.NotAMeeting(msg(
                "{where} holds no meeting: its creation was interrupted. "
                "It was left untouched; create the meeting again.", where=where))

    def close(self) -> None:
        """Release the database."""
        self.db.close()

    @property
    def has_server_clock(self) -> bool:
        """Whether the database has a clock to stamp events with (PostgreSQL does)."""
        return self.db.dialect == "postgresql"

    def server_time(self) -> datetime | None:
        """The database server's clock now (``clock_timestamp()``), or None on SQLite."""
        if not self.has_server_clock:
            return None
        try:
            value = self.db.query("SELECT clock_timestamp()")[0][0]
        except database_errors() as exc:
            raise translated(exc, describe(self.target)) from None
        return value if isinstance(value, datetime) else None

    def watch(self, hooks: WatchHooks, clock: Clock | None = None) -> Watcher:
        """A thread that tells ``hooks`` when other stations append (see storage.watch)."""
        if isinstance(self.db, ServerDatabase):
            return NotificationListener(self.db.engine.url, hooks, clock, app_name(self.station))
        assert isinstance(self.db, SqliteDatabase)
        return DataVersionPoller(str(self.db.path), hooks)

    # -- reading and appending -------------------------------------------------

    def read(self, after: int = 0) -> list[Event]:
        """Every event with a seq above ``after``, in order."""
        try:
            return _fetch(self.db, after)
        except database_errors() as exc:
            raise translated(exc, describe(self.target)) from None

    def append(self, drafts: Sequence[Draft], at: datetime) -> list[Event]:
        """Append the events of one command in one transaction; returns them stored."""
        return self.transact(lambda _new: list(drafts), at, after=None)[1]

    def transact(
        self,
        decide: Callable[[list[Event]], Sequence[Draft]],
        at: datetime | None,
        after: int | None,
    ) -> tuple[list[Event], list[Event]]:
        """Read what others appended since ``after``, decide, and append, atomically.

        ``decide`` receives the newer events and returns the drafts to append (it
        may raise to append nothing). Returns (newer events, appended events).
        With ``at`` None the events are stamped by the server's clock when the lock
        is held, so stamps follow seq order (PostgreSQL only).

        On PostgreSQL the table lock taken first makes commit order equal seq order
        (a reader that has seq n never sees n + 2 before n + 1), and the NOTIFY sent
        with the commit wakes the other stations.
        """
        if at is None and not self.has_server_clock:
            raise ValueError("SQLite has no server clock: give the time")
        try:
            with self.db.transaction(write=True) as tx:
                if at is None:
                    at = tx.query("SELECT clock_timestamp()")[0][0]
                    assert isinstance(at, datetime)
                stamp = at.astimezone(UTC).isoformat(timespec="microseconds")
                newer = _fetch(tx, after) if after is not None else []
                drafts = list(decide(newer))
                stored: list[Event] = []
                first = 0
                when = datetime.fromisoformat(stamp)
                for d in drafts:
                    seq = tx.insert(_INSERT, (first or None, d.type, stamp, json.dumps(d.data),
                                              self.station))
                    first = first or seq
                    stored.append(Event(seq, d.type, when, d.data, first, self.station))
                if stored and self.db.dialect == "postgresql":
                    # Delivered at commit, to every station LISTENing; only a hint.
                    tx.query("SELECT pg_notify(?, ?)", (CHANNEL, str(stored[-1].seq)))
        except errors.JournalError:
            raise
        except database_errors() as exc:
            raise translated(exc, describe(self.target)) from None
        return newer, stored
