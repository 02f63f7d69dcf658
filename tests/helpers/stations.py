"""A meeting on the machine's PostgreSQL with its three station logins, for the tests.

Each use makes its own database and three login roles with unique names, and drops
them afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from floorapp.core.programme.model import Programme
from floorapp.core.stations import StationRole
from floorapp.service import FloorService


@dataclass
class SharedMeeting:
    """A meeting on PostgreSQL with its three station logins."""

    owner_url: str
    urls: dict[StationRole, str]


def _with_user(url: str, user: str, password: str) -> str:
    scheme, rest = url.split("://", 1)
    host = rest.rsplit("@", 1)[-1]
    return f"{scheme}://{user}:{password}@{host}"


@contextmanager
def shared_meeting(programme: Programme, segment: str | None = None) -> Iterator[SharedMeeting]:
    """A fresh shared meeting of ``programme`` (PG_URL must name a server)."""
    import psycopg
    from sqlalchemy import create_engine

    from floorapp.storage.roles import drop_logins, provision_database
    from tests.conftest import _postgres_database

    for owner_url in _postgres_database():
        svc = FloorService.create(owner_url, programme)
        if segment:
            svc.open_segment(segment)
        svc.close()
        tag = uuid.uuid4().hex[:8]
        logins = {r: f"floortest_{tag}_{r.value}" for r in StationRole}
        passwords = {r: uuid.uuid4().hex for r in StationRole}
        try:
            provision_database(owner_url, logins, passwords)
            yield SharedMeeting(owner_url, {
                r: _with_user(owner_url, logins[r], passwords[r]) for r in StationRole})
        finally:
            with psycopg.connect(owner_url, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = current_database() AND pid <> pg_backend_pid()")
            eng = create_engine(owner_url.replace("postgresql://", "postgresql+psycopg://"))
            with eng.connect() as conn:
                drop_logins(conn, logins)
            eng.dispose()
