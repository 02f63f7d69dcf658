"""Sharing a meeting between stations: a PostgreSQL server Floor runs itself, join codes,
meetings found nearby (mDNS), and the ``host``, ``join`` and ``export-db`` commands."""
