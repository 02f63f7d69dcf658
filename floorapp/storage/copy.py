"""Copy a whole meeting from one database to another, every event with its seq.

``floorapp host`` copies a meeting file onto the hosted PostgreSQL server this way,
and ``floorapp export-db`` copies a shared meeting back into one SQLite file for the
archive. The copy is one transaction on the destination, and is checked afterwards:
same number of events, same last seq, or the copy is reported as failed.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import func, insert, inspect, select, text
from sqlalchemy.exc import SQLAlchemyError

from floorapp.storage import errors
from floorapp.storage.journal import Journal, _make_engine, _set_wal, _translate, database_url
from floorapp.storage.journal import describe as _describe
from floorapp.storage.migrate import upgrade_to_head
from floorapp.storage.models import EventRow, MetaRow

_EVENT_COLUMNS = (EventRow.seq, EventRow.command, EventRow.type, EventRow.at, EventRow.data,
                  EventRow.station)
_BATCH = 5000


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
            rows = [dict(r._mapping) for r in sconn.execute(
                select(*_EVENT_COLUMNS).order_by(EventRow.seq))]
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
                for i in range(0, len(rows), _BATCH):
                    conn.execute(insert(EventRow), rows[i:i + _BATCH])
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
    expected_last = rows[-1]["seq"] if rows else None
    if count != len(rows) or last != expected_last:
        raise errors.JournalError(
            f"The copy in {where} holds {count} events (last {last}) where the meeting has "
            f"{len(rows)} (last {expected_last}); do not use it."
        )
    return len(rows)


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
