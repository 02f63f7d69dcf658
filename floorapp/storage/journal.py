"""The journal: the meeting database that every accepted command is appended to.

SQLite by default (WAL, synchronous FULL), PostgreSQL by URL. Opening checks that
the database is ours, whole and not newer than this program; a database that is
not usable is reported and left exactly as it was, never replaced.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, inspect, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from floorapp.core.events import MEETING_CREATED, Draft, Event
from floorapp.core.messages import msg
from floorapp.storage import errors
from floorapp.storage.migrate import check_revision, upgrade_to_head
from floorapp.storage.models import APP_MARKER, EventRow, MetaRow

BUSY_TIMEOUT_MS = 5000


def database_url(target: str | os.PathLike[str]) -> str:
    """A SQLAlchemy URL for a file path or a database URL."""
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


def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA synchronous=FULL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            # Writers take the write lock up front, so two stations never deadlock.
            immediate = conn.get_execution_options().get("immediate", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True)


def _translate(exc: Exception, where: str) -> errors.JournalError:
    reason = str(getattr(exc, "orig", exc)).lower()
    if "locked" in reason or "busy" in reason:
        return errors.DatabaseLocked(msg(
            "The meeting database {where} is in use by another program (it is locked). "
            "Close the other program, or wait, and try again. Nothing was changed.",
            where=where))
    if "not a database" in reason or "malformed" in reason or "corrupt" in reason:
        return errors.CorruptDatabase(msg(
            "The file {where} is damaged or is not a database ({reason}). "
            "It was left untouched; restore it from a backup or open another meeting.",
            where=where, reason=reason.strip()))
    if "unable to open" in reason or "connection" in reason or "could not" in reason:
        return errors.DatabaseUnavailable(msg("Cannot reach the meeting database {where}: "
                                              "{reason}", where=where, reason=reason))
    return errors.JournalError(msg("The meeting database {where} cannot be used: {reason}",
                                   where=where, reason=reason))


def _set_wal(conn: Connection) -> None:
    """Switch an SQLite database to write-ahead logging (outside any transaction)."""
    if conn.in_transaction():
        conn.rollback()
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    dbapi.execute("PRAGMA journal_mode=WAL")


def _fetch(conn: Connection, after: int) -> list[Event]:
    rows = conn.execute(
        select(EventRow.seq, EventRow.command, EventRow.type, EventRow.at, EventRow.data)
        .where(EventRow.seq > after)
        .order_by(EventRow.seq)
    ).all()
    return [
        Event(seq=r[0], type=r[2], at=datetime.fromisoformat(r[3]), data=r[4],
              command=r[1] or r[0])
        for r in rows
    ]


class Journal:
    """An open meeting database: read its events, append new ones."""

    def __init__(self, engine: Engine, target: str, station: str = "") -> None:
        self.engine = engine
        self.target = target
        self.station = station

    # -- opening -------------------------------------------------------------

    @classmethod
    def create(cls, target: str | os.PathLike[str], first: Draft, at: datetime) -> Journal:
        """Create a new meeting database holding one first event (the meeting itself)."""
        where = describe(target)
        url = database_url(target)
        if url.startswith("sqlite:///"):
            path = Path(url.removeprefix("sqlite:///"))
            if path.exists() and path.stat().st_size > 0:
                raise errors.AlreadyExists(msg(
                    "There is already a file at {where}; choose another name or open it.",
                    where=where))
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = _make_engine(url)
        try:
            with engine.connect() as conn:
                if engine.dialect.name == "sqlite":
                    _set_wal(conn)
                if inspect(conn).get_table_names():
                    raise errors.AlreadyExists(msg(
                        "The database {where} already has tables; use an empty database.",
                        where=where))
                upgrade_to_head(conn)
                # The marker and the first event in one transaction: a process killed
                # while creating leaves either a whole meeting or no meeting at all.
                stamp = at.astimezone(UTC).isoformat(timespec="microseconds")
                with conn.begin():
                    conn.execute(insert(MetaRow), [
                        {"key": "app", "value": APP_MARKER},
                        {"key": "created_at", "value": at.isoformat()},
                    ])
                    conn.execute(insert(EventRow), {"command": None, "type": first.type,
                                                    "at": stamp, "data": first.data,
                                                    "station": ""})
        except errors.JournalError:
            engine.dispose()
            raise
        except SQLAlchemyError as exc:
            engine.dispose()
            raise _translate(exc, where) from None
        return cls(engine, os.fspath(target))

    @classmethod
    def open(cls, target: str | os.PathLike[str], station: str = "") -> Journal:
        """Open an existing meeting database, refusing one that is not usable."""
        where = describe(target)
        url = database_url(target)
        if url.startswith("sqlite:///"):
            path = Path(url.removeprefix("sqlite:///"))
            if not path.exists():
                raise errors.MissingDatabase(msg("There is no meeting database at {where}.",
                                                 where=where))
            if path.is_dir():
                raise errors.NotAMeeting(msg("{where} is a folder, not a meeting database.",
                                             where=where))
            if path.stat().st_size == 0:
                raise errors.NotAMeeting(msg("{where} is an empty file, not a meeting database.",
                                             where=where))
            with path.open("rb") as fh:
                if fh.read(16) != b"SQLite format 3\x00":
                    raise errors.NotAMeeting(msg(
                        "{where} is not a Floor meeting database (not an SQLite file). "
                        "It was left untouched.", where=where))
        engine = _make_engine(url)
        try:
            with engine.connect() as conn:
                if engine.dialect.name == "sqlite":
                    row = conn.exec_driver_sql("PRAGMA quick_check").fetchone()
                    if row is None or row[0] != "ok":
                        raise errors.CorruptDatabase(msg(
                            "The meeting database {where} is damaged ({reason}). "
                            "It was left untouched; restore it from a backup.",
                            where=where, reason=str(row[0]) if row else "?"))
                tables = set(inspect(conn).get_table_names())
                if "floor_meta" not in tables or "floor_events" not in tables:
                    raise errors.NotAMeeting(msg(
                        "{where} is a database, but not a Floor meeting. It was left "
                        "untouched.", where=where))
                marker = conn.execute(
                    select(MetaRow.value).where(MetaRow.key == "app")
                ).scalar_one_or_none()
                if marker != APP_MARKER:
                    raise errors.NotAMeeting(msg(
                        "{where} is a database, but not a Floor meeting. It was left "
                        "untouched.", where=where))
                check_revision(conn, where)
                first_type = conn.execute(
                    select(EventRow.type).order_by(EventRow.seq).limit(1)
                ).scalar_one_or_none()
                if first_type != MEETING_CREATED:
                    raise errors.NotAMeeting(msg(
                        "{where} holds no meeting: its creation was interrupted. "
                        "It was left untouched; create the meeting again.", where=where))
                if engine.dialect.name == "sqlite":
                    _set_wal(conn)
                upgrade_to_head(conn)
        except errors.JournalError:
            engine.dispose()
            raise
        except (SQLAlchemyError, DBAPIError) as exc:
            engine.dispose()
            raise _translate(exc, where) from None
        return cls(engine, os.fspath(target), station)

    def close(self) -> None:
        """Release the database."""
        self.engine.dispose()

    # -- reading and appending -------------------------------------------------

    def read(self, after: int = 0) -> list[Event]:
        """Every event with a seq above ``after``, in order."""
        try:
            with self.engine.connect() as conn:
                return _fetch(conn, after)
        except SQLAlchemyError as exc:
            raise _translate(exc, describe(self.target)) from None

    def append(self, drafts: Sequence[Draft], at: datetime) -> list[Event]:
        """Append the events of one command in one transaction; returns them stored."""
        return self.transact(lambda _new: list(drafts), at, after=None)[1]

    def transact(
        self,
        decide: Callable[[list[Event]], Sequence[Draft]],
        at: datetime,
        after: int | None,
    ) -> tuple[list[Event], list[Event]]:
        """Read what others appended since ``after``, decide, and append, atomically.

        ``decide`` receives the newer events and returns the drafts to append (it
        may raise to append nothing). Returns (newer events, appended events).
        """
        stamp = at.astimezone(UTC).isoformat(timespec="microseconds")
        try:
            with self.engine.connect() as conn:
                conn.execution_options(immediate=True)
                with conn.begin():
                    if self.engine.dialect.name == "postgresql":
                        conn.execute(text("LOCK TABLE floor_events IN SHARE ROW EXCLUSIVE MODE"))
                    newer = _fetch(conn, after) if after is not None else []
                    drafts = list(decide(newer))
                    stored: list[Event] = []
                    first = 0
                    for d in drafts:
                        seq = conn.execute(
                            insert(EventRow).returning(EventRow.seq),
                            {"command": first or None, "type": d.type, "at": stamp,
                             "data": d.data, "station": self.station},
                        ).scalar_one()
                        first = first or seq
                        stored.append(
                            Event(seq, d.type, datetime.fromisoformat(stamp), d.data, first)
                        )
        except errors.JournalError:
            raise
        except (OperationalError, DBAPIError, SQLAlchemyError) as exc:
            raise _translate(exc, describe(self.target)) from None
        return newer, stored
