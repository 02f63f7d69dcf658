"""Schema migrations with Alembic, run on an open connection.

Opening a meeting whose schema is already the newest (nearly always) reads the
``alembic_version`` table with one query and does not import Alembic at all: the
import and the scan of the migration scripts are a quarter of a second of every
start. ``HEAD`` and ``KNOWN`` must name the scripts in ``migrations/versions``;
a test checks them against Alembic's own view.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from floorapp.core.messages import msg
from floorapp.storage import errors

if TYPE_CHECKING:
    from alembic.config import Config

#: The newest schema revision this program knows.
HEAD = "0001"
#: Every revision this program knows, oldest first.
KNOWN: tuple[str, ...] = ("0001",)


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option(
        "script_location", str(resources.files("floorapp.storage") / "migrations")
    )
    return cfg


def alembic_head() -> str | None:
    """The head revision as Alembic reads it from the scripts (for the tests)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def alembic_known() -> set[str]:
    """Every revision of the scripts, as Alembic reads them (for the tests)."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    """The schema revision stored in the database, or None before any migration."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row is not None else None


def check_revision(conn: Connection, where: str) -> None:
    """Refuse a database whose schema is newer than this program knows."""
    current = current_revision(conn)
    if current is not None and current not in KNOWN:
        raise errors.NewerVersion(msg(
            "The meeting database {where} was written by a newer version of Floor "
            "(schema {schema}; this version knows up to {known}). "
            "Update Floor to open it. The database was left untouched.",
            where=where, schema=current, known=HEAD))


def upgrade_to_head(conn: Connection) -> None:
    """Bring the schema to the newest revision (a no-op when it is there)."""
    if current_revision(conn) == HEAD:
        return
    from alembic import command

    if conn.in_transaction():
        conn.commit()
    cfg = _config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")
    if conn.in_transaction():
        conn.commit()
