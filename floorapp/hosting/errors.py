"""Why hosting a meeting failed, in words for the user."""

from __future__ import annotations


class ServerError(Exception):
    """The hosted server could not be set up, started or stopped (message for the user)."""
