"""One connection to a meeting database, whatever the engine: SQL in, rows out.

The journal writes its SQL once, with ``?`` placeholders and ``{json}`` where a
JSON value goes. :class:`SqliteDatabase` runs it on the standard library's
``sqlite3`` (a meeting file: nothing heavy to import before the console shows);
:class:`ServerDatabase` runs it through SQLAlchemy on a server (PostgreSQL).
SQLAlchemy itself is imported only for a server, and for Alembic's migrations.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

Params = Sequence[Any]


class Cursor(Protocol):
    """What runs SQL inside a transaction."""

    def query(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]: ...

    def insert(self, sql: str, params: Params = ()) -> int: ...

    def execute(self, sql: str, params: Params = ()) -> None: ...


class Database(Protocol):
    """A meeting database: the journal's only way to its tables."""

    dialect: str

    def query(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]: ...

    def transaction(self, write: bool = False) -> Any: ...

    def tables(self) -> set[str]: ...

    def sqlalchemy(self) -> Any: ...

    def close(self) -> None: ...


class SqliteDatabase:
    """A meeting file through the standard library's sqlite3 (one connection)."""

    dialect = "sqlite"

    def __init__(self, path: Path, busy_timeout_ms: int, read_only: bool = False) -> None:
        self.path = path
        if read_only:
            self.con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True,
                                       timeout=busy_timeout_ms / 1000, isolation_level=None,
                                       check_same_thread=False)
        else:
            self.con = sqlite3.connect(path, timeout=busy_timeout_ms / 1000,
                                       isolation_level=None, check_same_thread=False)
        self.con.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        self.con.execute("PRAGMA synchronous=FULL")

    def sql(self, sql: str) -> str:
        """The statement in this engine's words."""
        return sql.replace("{json}", "?")

    def query(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Rows of one statement (its own implicit transaction)."""
        return self.con.execute(self.sql(sql), tuple(params)).fetchall()

    def insert(self, sql: str, params: Params = ()) -> int:
        """Run an INSERT into floor_events; the new event's seq."""
        cur = self.con.execute(self.sql(sql), tuple(params))
        return int(cur.lastrowid or 0)

    def execute(self, sql: str, params: Params = ()) -> None:
        """Run a statement that returns no rows."""
        self.con.execute(self.sql(sql), tuple(params))

    def set_wal(self) -> None:
        """Write-ahead logging (outside any transaction)."""
        self.con.execute("PRAGMA journal_mode=WAL")

    @contextmanager
    def transaction(self, write: bool = False) -> Iterator[SqliteDatabase]:
        """One transaction; a writer takes the write lock up front (BEGIN IMMEDIATE)."""
        self.con.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield self
        except BaseException:
            if self.con.in_transaction:
                self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def tables(self) -> set[str]:
        """The names of the database's tables."""
        return {r[0] for r in self.query("SELECT name FROM sqlite_master WHERE type = 'table'")}

    @contextmanager
    def sqlalchemy(self) -> Iterator[Connection]:
        """A SQLAlchemy connection to the same file, for Alembic (imports SQLAlchemy)."""
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        engine = create_engine(f"sqlite:///{self.path}", poolclass=NullPool)
        try:
            with engine.connect() as conn:
                yield conn
                if conn.in_transaction():
                    conn.commit()
        finally:
            engine.dispose()

    def close(self) -> None:
        """Release the file."""
        self.con.close()


class _ServerCursor:
    """SQL through one SQLAlchemy connection, placeholders in the driver's style."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def query(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.conn.exec_driver_sql(_server_sql(sql), tuple(params))]

    def insert(self, sql: str, params: Params = ()) -> int:
        row = self.conn.exec_driver_sql(_server_sql(sql) + " RETURNING seq",
                                        tuple(params)).first()
        assert row is not None
        return int(row[0])

    def execute(self, sql: str, params: Params = ()) -> None:
        self.conn.exec_driver_sql(_server_sql(sql), tuple(params))


def _server_sql(sql: str) -> str:
    return sql.replace("%", "%%").replace("{json}", "?::json").replace("?", "%s")


class ServerDatabase:
    """A meeting on a database server (PostgreSQL), through a SQLAlchemy engine."""

    def __init__(self, url: str, connect_args: dict[str, Any] | None = None) -> None:
        from sqlalchemy import create_engine

        self.engine: Engine = create_engine(url, pool_pre_ping=True,
                                            connect_args=connect_args or {})
        self.dialect = self.engine.dialect.name
        #: How a writer takes the journal's append lock (a station role may only call the
        #: meeting's lock function; see storage.roles.lock_statement).
        self.lock_sql = "LOCK TABLE floor_events IN SHARE ROW EXCLUSIVE MODE"

    def query(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """Rows of one statement."""
        with self.engine.connect() as conn:
            return _ServerCursor(conn).query(sql, params)

    @contextmanager
    def transaction(self, write: bool = False) -> Iterator[_ServerCursor]:
        """One transaction; a writer locks the journal so commit order is seq order."""
        with self.engine.connect() as conn, conn.begin():
            if write and self.dialect == "postgresql":
                conn.exec_driver_sql(self.lock_sql)
            yield _ServerCursor(conn)

    def tables(self) -> set[str]:
        """The names of the database's tables."""
        from sqlalchemy import inspect

        with self.engine.connect() as conn:
            return set(inspect(conn).get_table_names())

    @contextmanager
    def sqlalchemy(self) -> Iterator[Connection]:
        """A SQLAlchemy connection, for Alembic."""
        with self.engine.connect() as conn:
            yield conn
            if conn.in_transaction():
                conn.commit()

    def close(self) -> None:
        """Release the connections."""
        self.engine.dispose()
