"""Why a meeting database cannot be used, in words for the user (``translated`` turns a
database driver's exception into one of these)."""

from __future__ import annotations

import sqlite3

from floorapp.core.messages import Explained, msg


class JournalError(Explained):
    """A meeting database that cannot be used; ``message`` is for the user (``str()`` English)."""


class MissingDatabase(JournalError):
    """No meeting database at that place."""


class AlreadyExists(JournalError):
    """A new meeting was asked for where a database already is."""


class NotAMeeting(JournalError):
    """A database, but not one of ours."""


class NewerVersion(JournalError):
    """A meeting database written by a newer version of Floor."""


class CorruptDatabase(JournalError):
    """A damaged file."""


class DatabaseLocked(JournalError):
    """Another program holds the database."""


class DatabaseUnavailable(JournalError):
    """The database server cannot be reached or refused us."""


class NotAllowed(JournalError):
    """The database refused a change this station's role may not make."""


def translated(exc: Exception, where: str) -> JournalError:
    """A database failure at ``where`` as the journal's error, said in words."""
    reason = str(getattr(exc, "orig", exc)).lower()
    if "row-level security" in reason or "permission denied" in reason:
        return NotAllowed(msg(
            "The meeting database {where} refused this station's change: its role may "
            "not do that (the officer may have taken the floor back). Nothing was changed.",
            where=where))
    if "locked" in reason or "busy" in reason:
        return DatabaseLocked(msg(
            "The meeting database {where} is in use by another program (it is locked). "
            "Close the other program, or wait, and try again. Nothing was changed.",
            where=where))
    if "not a database" in reason or "malformed" in reason or "corrupt" in reason:
        return CorruptDatabase(msg(
            "The file {where} is damaged or is not a database ({reason}). "
            "It was left untouched; restore it from a backup or open another meeting.",
            where=where, reason=reason.strip()))
    if "unable to open" in reason or "connection" in reason or "could not" in reason:
        return DatabaseUnavailable(msg("Cannot reach the meeting database {where}: "
                                       "{reason}", where=where, reason=reason))
    return JournalError(msg("The meeting database {where} cannot be used: {reason}",
                            where=where, reason=reason))


def database_errors() -> tuple[type[Exception], ...]:
    """The exceptions a database call may raise (SQLAlchemy's only once it is loaded)."""
    import sys

    found: list[type[Exception]] = [sqlite3.Error]
    exc_module = sys.modules.get("sqlalchemy.exc")
    if exc_module is not None:
        found.append(exc_module.SQLAlchemyError)
    return tuple(found)
