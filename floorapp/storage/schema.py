"""Facts about the meeting database's tables that opening needs, without SQLAlchemy.

The tables themselves are declared in ``models`` (for Alembic) and created by the
migrations; the journal names them in plain SQL.
"""

from __future__ import annotations

#: Written in floor_meta under "app" so we never mistake another program's database.
APP_MARKER = "floorapp meeting"

#: The tables of a meeting database (and Alembic's own).
OUR_TABLES = frozenset({"alembic_version", "floor_meta", "floor_events", "floor_snapshots"})
