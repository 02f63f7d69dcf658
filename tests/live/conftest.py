"""Fixtures of the multi-station tests: a PostgreSQL database when a server answers."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

#: The machine's local server, tried when FLOORAPP_TEST_DATABASE_URL is not set.
LOCAL_SERVER = "postgresql://postgres@127.0.0.1:5432/test"


def server_url() -> str | None:
    """A PostgreSQL server URL that answers, or None."""
    url = os.environ.get("FLOORAPP_TEST_DATABASE_URL") or LOCAL_SERVER
    url = url.replace("postgresql+psycopg://", "postgresql://")
    try:
        import psycopg

        with psycopg.connect(url, connect_timeout=2):
            return url
    except Exception:  # noqa: BLE001 - any failure means: no server to test on
        return None


def fresh_database(base: str) -> Iterator[str]:
    """A new empty database on the server of ``base``; dropped afterwards."""
    import psycopg

    name = f"floorlive_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    head, _, tail = base.rpartition("/")
    query = ("?" + tail.split("?", 1)[1]) if "?" in tail else ""
    try:
        yield f"{head}/{name}{query}"
    finally:
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _pg() -> Iterator[str]:
    url = server_url()
    if url is None:
        pytest.skip("no PostgreSQL server answers (FLOORAPP_TEST_DATABASE_URL, or "
                    f"{LOCAL_SERVER})")
    yield from fresh_database(url)


@pytest.fixture
def pg_target() -> Iterator[str]:
    """A fresh, empty PostgreSQL database; skips only when no server answers."""
    yield from _pg()


@pytest.fixture(params=["sqlite", "postgres"])
def shared_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A meeting database two stations share: an SQLite file, or PostgreSQL."""
    if request.param == "sqlite":
        yield str(tmp_path / "meeting.floor")
        return
    yield from _pg()
