"""Shared fixtures: a fake clock, an in-memory meeting, database URLs."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from floorapp.core.clock import FakeClock  # noqa: E402
from floorapp.service import FloorService  # noqa: E402
from tests.helpers.factories import memory_service  # noqa: E402


@pytest.fixture
def clock() -> FakeClock:
    """A clock that moves only when told; 3 April 2012, 11:00 in New York."""
    return FakeClock(datetime(2012, 4, 3, 15, 0, tzinfo=UTC))


@pytest.fixture
def service(clock: FakeClock) -> Iterator[FloorService]:
    """A meeting of the small test programme, on an in-memory journal."""
    svc = memory_service(clock)
    yield svc
    svc.close()


PG_URL = os.environ.get("FLOORAPP_TEST_DATABASE_URL", "")


def _postgres_database() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test; dropped afterwards."""
    import uuid

    import psycopg

    base = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    name = f"floortest_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    head, _, tail = base.rpartition("/")
    query = ("?" + tail.split("?", 1)[1]) if "?" in tail else ""
    try:
        yield f"{head}/{name}{query}"
    finally:
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgres"])
def db_target(request: pytest.FixtureRequest, tmp_path: object) -> Iterator[str]:
    """Where to put a meeting database: an SQLite file, or a fresh PostgreSQL database.

    The PostgreSQL case runs when FLOORAPP_TEST_DATABASE_URL names a server
    (.ci/run sets it to the machine's local one) and skips, saying why, otherwise.
    """
    if request.param == "sqlite":
        from pathlib import Path

        yield str(Path(str(tmp_path)) / "meeting.floor")
        return
    if not PG_URL:
        pytest.skip("FLOORAPP_TEST_DATABASE_URL is not set: no PostgreSQL server to test on")
    yield from _postgres_database()
