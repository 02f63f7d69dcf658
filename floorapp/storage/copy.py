"""Copy a whole meeting from one database to another, every event with its seq.

``floorapp host`` copies a meeting file onto the hosted PostgreSQL server this way,
and ``floorapp export-db`` copies a shared meeting back into one SQLite file for the
archive. The copy is one transaction on the destination (a file is built beside its
place and moved in whole, like any new meeting), and is checked afterwards: same
number of events, same last seq, or the copy is reported as failed. Snapshots of the
fold are a cache and are not copied.
"""

from __future__ import annotations

import os
from typing import Any

from floorapp.storage import creation, errors
from floorapp.storage.database import Database
from floorapp.storage.errors import database_errors, translated
from floorapp.storage.journal import BUSY_TIMEOUT_MS, Journal, connect, sqlite_path
from floorapp.storage.journal import describe as _describe
from floorapp.storage.migrate import upgrade_to_head

_EVENTS = "SELECT seq, command, type, at, data, station FROM floor_events ORDER BY seq"
_INSERT = ("INSERT INTO floor_events (seq, command, type, at, data, station) "
           "VALUES (?, ?, ?, ?, {json}, ?)")


def _read(source: str | os.PathLike[str]) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    src = Journal.open(source)
    try:
        meta = src.db.query("SELECT key, value FROM floor_meta")
        rows = src.db.query(_EVENTS)
    except database_errors() as exc:
        raise translated(exc, _describe(source)) from None
    finally:
        src.close()
    return meta, rows


def _fill(db: Database, meta: list[tuple[Any, ...]], rows: list[tuple[Any, ...]]) -> None:
    import json

    upgrade_to_head(db)
    with db.transaction(write=True) as tx:
        for key, value in meta:
            tx.execute("INSERT INTO floor_meta (key, value) VALUES (?, ?)", (key, value))
        texts = ((seq, command, type_, at, data if isinstance(data, str) else json.dumps(data),
                  station or "") for seq, command, type_, at, data, station in rows)
        raw: Any = getattr(getattr(tx, "conn", None), "connection", None)
        if db.dialect == "postgresql" and raw is not None:
            # COPY: several times faster than one INSERT per event (psycopg's connection).
            with raw.dbapi_connection.cursor() as cur, cur.copy(
                    "COPY floor_events (seq, command, type, at, data, station) FROM STDIN") as cp:
                for row in texts:
                    cp.write_row(row)
        else:
            for row in texts:
                tx.execute(_INSERT, row)
        if db.dialect == "postgresql" and rows:
            tx.query("SELECT setval(pg_get_serial_sequence('floor_events', 'seq'), "
                     "(SELECT max(seq) FROM floor_events))")


def copy_meeting(source: str | os.PathLike[str], destination: str | os.PathLike[str]) -> int:
    """Copy the meeting at ``source`` into the empty database ``destination``.

    Returns the number of events copied. Raises ``AlreadyExists`` when the destination
    file exists or the destination database has tables (nothing is overwritten), and
    ``JournalError`` when the copy does not check out.
    """
    where = _describe(destination)
    path = sqlite_path(destination)
    if path is not None and path.exists():
        raise errors.AlreadyExists(
            f"There is already a file at {where}; choose another name (it was not touched)."
        )
    meta, rows = _read(source)
    try:
        if path is not None:
            creation.create_file(path, where, lambda db: _fill(db, meta, rows), BUSY_TIMEOUT_MS)
        else:
            db = connect(destination)
            try:
                if db.tables():
                    raise errors.AlreadyExists(
                        f"The database {where} already has tables; copy into an empty database."
                    )
                _fill(db, meta, rows)
            finally:
                db.close()
        count, last = _count(destination)
    except errors.JournalError:
        raise
    except database_errors() as exc:
        raise translated(exc, where) from None
    expected_last = rows[-1][0] if rows else None
    if count != len(rows) or last != expected_last:
        raise errors.JournalError(
            f"The copy in {where} holds {count} events (last {last}) where the meeting has "
            f"{len(rows)} (last {expected_last}); do not use it."
        )
    return len(rows)


def _count(target: str | os.PathLike[str]) -> tuple[int, int | None]:
    journal = Journal.open(target)
    try:
        row = journal.db.query("SELECT count(*), max(seq) FROM floor_events")[0]
    finally:
        journal.close()
    return int(row[0]), (int(row[1]) if row[1] is not None else None)


def event_count(target: str | os.PathLike[str]) -> int:
    """How many events a meeting database holds."""
    try:
        return _count(target)[0]
    except database_errors() as exc:
        raise translated(exc, _describe(target)) from None
