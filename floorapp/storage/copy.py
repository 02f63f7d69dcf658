"""Copy a whole meeting from one database to another, every event with its seq.

``floorapp host`` copies a meeting file onto the hosted PostgreSQL server this way,
and ``floorapp export-db`` copies a shared meeting back into one SQLite file for the
archive. The copy is one transaction on the destination, and is checked afterwards:
same number of events, same last seq, or the copy is reported as failed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, inspect, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from floorapp.storage import errors
from floorapp.storage.journal import Journal, _make_engine, _set_wal, _translate, database_url
from floorapp.storage.journal import describe as _describe
from floorapp.storage.migrate import upgrade_to_head
from floorapp.storage.models import EventRow, MetaRow

_COLUMNS = "seq, command, type, at, data, station"


def copy_meeting(source: str | os.PathLike[str], destination: str | os.PathLike[str]) -> int:
    """Copy the meeting at ``source`` into the empty database ``destination``.

    Returns the number of events copied. Raises ``AlreadyExists`` when the destination
    file exists or the destination database has tables (nothing is overwritten), and
    ``JournalError`` when the copy does not check out.
    """
    where = _describe(destination)
    url = database_url(destination)
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if path.exists():
            raise errors.AlreadyExists(
                f"There is already a file at {where}; choose another name (it was not touched)."
            )
        path.parent.mkdir(parents=True, exist_ok=True)
    src = Journal.open(source)
    try:
        with src.engine.connect() as sconn:
            meta = [dict(r._mapping) for r in sconn.execute(select(MetaRow.key, MetaRow.value))]
            # Raw rows, the data as JSON text: nothing is decoded and encoded again.
            data = "data::text" if src.engine.dialect.name == "postgresql" else "data"
            rows = [tuple(r) for r in sconn.exec_driver_sql(
                f"SELECT seq, command, type, at, {data}, station FROM floor_events "
                "ORDER BY seq")]
    except SQLAlchemyError as exc:
        raise _translate(exc, _describe(source)) from None
    finally:
        src.close()
    engine = _make_engine(url)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                _set_wal(conn)
            if inspect(conn).get_table_names():
                raise errors.AlreadyExists(
                    f"The database {where} already has tables; copy into an empty database."
                )
            upgrade_to_head(conn)
            with conn.begin():
                conn.execute(insert(MetaRow), meta)
                if engine.dialect.name == "postgresql":
                    _copy_rows(conn, rows)
                else:
                    conn.exec_driver_sql(
                        f"INSERT INTO floor_events ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)", rows)
                if engine.dialect.name == "postgresql" and rows:
                    conn.execute(text(
                        "SELECT setval(pg_get_serial_sequence('floor_events', 'seq'), "
                        "(SELECT max(seq) FROM floor_events))"))
            count, last = conn.execute(select(func.count(), func.max(EventRow.seq))).one()
    except errors.JournalError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise _translate(exc, where) from None
    engine.dispose()
    expected_last = rows[-1][0] if rows else None
    if count != len(rows) or last != expected_last:
        raise errors.JournalError(
            f"The copy in {where} holds {count} events (last {last}) where the meeting has "
            f"{len(rows)} (last {expected_last}); do not use it."
        )
    return len(rows)


def _copy_rows(conn: Connection, rows: list[tuple[Any, ...]]) -> None:
    """The events into PostgreSQL by COPY (several times faster than INSERTs), in the
    connection's open transaction."""
    dbapi: Any = conn.connection.dbapi_connection  # psycopg's own connection
    with dbapi.cursor() as cur, cur.copy(f"COPY floor_events ({_COLUMNS}) FROM STDIN") as copy:
        for r in rows:
            copy.write_row(r[:5] + (r[5] or "",))


def event_count(target: str | os.PathLike[str]) -> int:
    """How many events a meeting database holds."""
    journal = Journal.open(target)
    try:
        with journal.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(EventRow)).scalar_one())
    except SQLAlchemyError as exc:
        raise _translate(exc, _describe(target)) from None
    finally:
        journal.close()
