"""Schema migrations with Alembic, run on the meeting database.

Opening a meeting whose schema is already the newest (nearly always) reads the
``alembic_version`` table with one query and imports neither Alembic nor
SQLAlchemy: their import and the scan of the migration scripts would be most of
every start. ``HEAD`` and ``KNOWN`` must name the scripts in ``migrations/versions``;
a test checks them against Alembic's own view.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from floorapp.core.messages import msg
from floorapp.storage import errors
from floorapp.storage.database import Database

if TYPE_CHECKING:
    from alembic.config import Config

#: The newest schema revision this program knows.
HEAD = "0002"
#: Every revision this program knows, oldest first.
KNOWN: tuple[str, ...] = ("0001", "0002")


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


def current_revision(db: Database) -> str | None:
    """The schema revision stored in the database, or None before any migration."""
    if "alembic_version" not in db.tables():
        return None
    rows = db.query("SELECT version_num FROM alembic_version")
    return str(rows[0][0]) if rows else None


def check_revision(db: Database, where: str) -> None:
    """Refuse a database whose schema is newer than this program knows."""
    current = current_revision(db)
    if current is not None and current not in KNOWN:
        raise errors.NewerVersion(msg(
            "The meeting database {where} was written by a newer version of Floor "
            "(schema {schema}; this version knows up to {known}). "
            "Update Floor to open it. The database was left untouched.",
            where=where, schema=current, known=HEAD))


def upgrade_to_head(db: Database) -> None:
    """Bring the schema to the newest revision (a no-op, without Alembic, when it is)."""
    if current_revision(db) == HEAD:
        return
    from alembic import command

    with db.sqlalchemy() as conn:
        if conn.in_transaction():
            conn.commit()
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        if conn.in_transaction():
            conn.commit()
