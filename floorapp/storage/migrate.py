"""Schema migrations with Alembic, run on an open connection."""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from floorapp.storage import errors


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option(
        "script_location", str(resources.files("floorapp.storage") / "migrations")
    )
    return cfg


def head_revision() -> str:
    """The newest schema revision this program knows."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def check_revision(conn: Connection, where: str) -> None:
    """Refuse a database whose schema is newer than this program knows."""
    current = MigrationContext.configure(conn).get_current_revision()
    if current is None:
        return
    script = ScriptDirectory.from_config(_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise errors.NewerVersion(
            f"The meeting database {where} was written by a newer version of Floor "
            f"(schema {current}; this version knows up to {head_revision()}). "
            "Update Floor to open it. The database was left untouched."
        )


def upgrade_to_head(conn: Connection) -> None:
    """Bring the schema to the newest revision (a no-op when it is there)."""
    current = MigrationContext.configure(conn).get_current_revision()
    if current == head_revision():
        return
    if conn.in_transaction():
        conn.commit()
    cfg = _config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")
    if conn.in_transaction():
        conn.commit()
