"""Why a meeting database cannot be used, in words for the user."""

from __future__ import annotations

from floorapp.core.messages import Explained


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
