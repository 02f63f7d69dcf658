"""The stations' roles, enforced by PostgreSQL: one login per role, grants, a row policy.

``provision`` gives a meeting database three login roles, each with its own SCRAM
password: the display may only read (``GRANT SELECT``), the secretary may insert only
the events of ``floorapp.core.stations.SECRETARY_EVENTS`` (and the floor and clock
events while the journal's latest hand-over says the officer handed them over: a
row-level security policy), the officer may insert any event. Nobody but the owner
may update or delete. ``station_role`` tells a connection which role it has.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Mapping

from sqlalchemy import text
from sqlalchemy.engine import Connection

from floorapp.core.events import FLOOR_HANDED_OVER, FLOOR_TAKEN_BACK
from floorapp.core.stations import HANDED_OVER_EVENTS, SECRETARY_EVENTS, StationRole

#: The function that takes the journal's append lock for roles that may not LOCK TABLE
#: themselves (that needs UPDATE or DELETE, which no station has).
LOCK_FUNCTION = "floor_lock_journal"
#: The table naming which login is which station role.
STATIONS_TABLE = "floor_stations"
_ORDER = (StationRole.OFFICER, StationRole.SECRETARY, StationRole.DISPLAY)


def scram_verifier(password: str, iterations: int = 4096, salt: bytes | None = None) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 5802/7677).

    Computed here, so the password itself never reaches the server (nor its log).
    """
    salt = salt if salt is not None else os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(b: bytes) -> str:
        return base64.b64encode(b).decode()

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def _ident(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    """A quoted SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def _array(values: frozenset[str]) -> str:
    return "ARRAY[" + ", ".join(_literal(v) for v in sorted(values)) + "]::text[]"


def provision(
    conn: Connection, logins: Mapping[StationRole, str], passwords: Mapping[StationRole, str],
) -> None:
    """Create (or update) the three login roles and the rules of this meeting database.

    Runs as the owner of the meeting's tables, who must be allowed to create roles.
    Idempotent: hosting the meeting again only sets the passwords again.
    """
    db = conn.execute(text("SELECT current_database()")).scalar_one()
    if conn.in_transaction():
        conn.commit()
    names = {role: _ident(logins[role]) for role in _ORDER}
    everyone = ", ".join(names[r] for r in _ORDER)
    writers = f"{names[StationRole.OFFICER]}, {names[StationRole.SECRETARY]}"
    with conn.begin():
        for role in _ORDER:
            exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                                  {"n": logins[role]}).first()
            verb = "ALTER" if exists else "CREATE"
            conn.exec_driver_sql(
                f"{verb} ROLE {names[role]} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
                f"NOINHERIT PASSWORD {_literal(scram_verifier(passwords[role]))}")
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence('floor_events', 'seq')")).scalar_one()
        statements = [
            f"REVOKE ALL ON DATABASE {_ident(db)} FROM PUBLIC",
            f"GRANT CONNECT, TEMPORARY ON DATABASE {_ident(db)} TO {everyone}",
            "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
            f"GRANT USAGE ON SCHEMA public TO {everyone}",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {everyone}",
            f"GRANT INSERT ON floor_events TO {writers}",
            f"GRANT USAGE ON SEQUENCE {sequence} TO {writers}",
            f"""CREATE OR REPLACE FUNCTION {LOCK_FUNCTION}() RETURNS void
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN LOCK TABLE public.floor_events IN SHARE ROW EXCLUSIVE MODE; END $$""",
            f"REVOKE ALL ON FUNCTION {LOCK_FUNCTION}() FROM PUBLIC",
            f"GRANT EXECUTE ON FUNCTION {LOCK_FUNCTION}() TO {writers}",
            f"""CREATE OR REPLACE FUNCTION floor_handed_over() RETURNS boolean
                LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
                SELECT coalesce((SELECT type = {_literal(FLOOR_HANDED_OVER)}
                                 FROM public.floor_events
                                 WHERE type IN ({_literal(FLOOR_HANDED_OVER)},
                                                {_literal(FLOOR_TAKEN_BACK)})
                                 ORDER BY seq DESC LIMIT 1), false) $$""",
            f"""CREATE INDEX IF NOT EXISTS floor_events_handover ON floor_events (seq)
                WHERE type IN ({_literal(FLOOR_HANDED_OVER)}, {_literal(FLOOR_TAKEN_BACK)})""",
            "ALTER TABLE floor_events ENABLE ROW LEVEL SECURITY",
            "DROP POLICY IF EXISTS floor_events_read ON floor_events",
            "DROP POLICY IF EXISTS floor_events_officer ON floor_events",
            "DROP POLICY IF EXISTS floor_events_secretary ON floor_events",
            "CREATE POLICY floor_events_read ON floor_events FOR SELECT USING (true)",
            f"""CREATE POLICY floor_events_officer ON floor_events FOR INSERT
                TO {names[StationRole.OFFICER]} WITH CHECK (true)""",
            f"""CREATE POLICY floor_events_secretary ON floor_events FOR INSERT
                TO {names[StationRole.SECRETARY]} WITH CHECK (
                    type = ANY ({_array(SECRETARY_EVENTS)})
                    OR (type = ANY ({_array(HANDED_OVER_EVENTS)}) AND floor_handed_over()))""",
            f"""CREATE TABLE IF NOT EXISTS {STATIONS_TABLE} (
                    login text PRIMARY KEY, role text NOT NULL)""",
            f"DELETE FROM {STATIONS_TABLE}",
            f"GRANT SELECT ON {STATIONS_TABLE} TO {everyone}",
        ]
        for sql in statements:
            conn.exec_driver_sql(sql)
        for role in _ORDER:
            conn.execute(text(f"INSERT INTO {STATIONS_TABLE} (login, role) VALUES (:l, :r)"),
                         {"l": logins[role], "r": role.value})


def drop_logins(conn: Connection, logins: Mapping[StationRole, str]) -> None:
    """Drop the login roles (for tests and for a meeting that is deleted)."""
    if conn.in_transaction():
        conn.commit()
    with conn.begin():
        for login in logins.values():
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                            {"n": login}).first():
                conn.execute(text(f"DROP OWNED BY {_ident(login)}"))
                conn.execute(text(f"DROP ROLE {_ident(login)}"))


def station_role(conn: Connection) -> StationRole:
    """Which station role this connection's login has (the officer's on SQLite, as the
    owner or a superuser, or on a database without stations)."""
    if conn.dialect.name != "postgresql":
        return StationRole.OFFICER
    row = conn.execute(text(
        "SELECT rolsuper, pg_has_role(current_user, c.relowner, 'MEMBER') "
        "FROM pg_roles r, pg_class c "
        "WHERE r.rolname = current_user AND c.oid = to_regclass('floor_events')")).first()
    if row is None or row[0] or row[1]:
        return StationRole.OFFICER
    if conn.execute(text(f"SELECT to_regclass('{STATIONS_TABLE}')")).scalar() is not None:
        found = {str(r[0]) for r in conn.execute(text(
            f"SELECT s.role FROM {STATIONS_TABLE} s JOIN pg_roles r ON r.rolname = s.login "
            "WHERE pg_has_role(current_user, r.oid, 'MEMBER')"))}
        for role in _ORDER:
            if role.value in found:
                return role
    may_insert = conn.execute(
        text("SELECT has_table_privilege('floor_events', 'INSERT')")).scalar()
    return StationRole.OFFICER if may_insert else StationRole.DISPLAY


def lock_statement(conn: Connection) -> str:
    """How this connection takes the journal's append lock (see ``LOCK_FUNCTION``)."""
    if conn.dialect.name == "postgresql" and conn.execute(
            text(f"SELECT to_regproc('{LOCK_FUNCTION}')")).scalar() is not None:
        return f"SELECT {LOCK_FUNCTION}()"
    return "LOCK TABLE floor_events IN SHARE ROW EXCLUSIVE MODE"


def provision_database(
    target: str, logins: Mapping[StationRole, str], passwords: Mapping[StationRole, str],
) -> None:
    """``provision`` on the meeting database at ``target`` (the owner's URL)."""
    from floorapp.storage.journal import Journal

    journal = Journal.open(target)
    try:
        with journal.db.sqlalchemy() as conn:
            provision(conn, logins, passwords)
    finally:
        journal.close()
