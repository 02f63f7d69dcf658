"""Snapshots of the folded state, kept in the meeting database (``floor_snapshots``).

A snapshot is a cache for opening a long meeting quickly: the journal stays the truth,
and a snapshot whose event at its seq is not the journal's is passed over.
"""

from __future__ import annotations

from datetime import UTC, datetime

from floorapp.storage.database import Database
from floorapp.storage.errors import database_errors


class JournalSnapshots:
    """The snapshots' part of :class:`~floorapp.storage.journal.Journal` (its database)."""

    db: Database

    def snapshot(self, version: int) -> tuple[int, str] | None:
        """The newest stored snapshot of this fold version that matches the journal:
        (seq, data as JSON text), or None. A snapshot whose event at its seq is not
        the journal's (another journal, restored or edited) is passed over."""
        try:
            if "floor_snapshots" not in self.db.tables():
                return None
            rows = self.db.query(
                "SELECT s.seq, s.fingerprint, s.data, e.type, e.at FROM floor_snapshots s "
                "JOIN floor_events e ON e.seq = s.seq WHERE s.version = ? "
                "ORDER BY s.seq DESC LIMIT 3", (version,))
        except database_errors():
            return None
        for seq, print_, data, type_, at in rows:
            if print_ == fingerprint(seq, type_, at):
                return int(seq), str(data)
        return None

    def save_snapshot(self, version: int, seq: int, data: str, keep: int = 2) -> None:
        """Store a snapshot taken at ``seq``, keeping only the newest ``keep``."""
        row = self.db.query("SELECT type, at FROM floor_events WHERE seq = ?", (seq,))
        if not row:
            raise ValueError(f"no event {seq} in the journal")
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        with self.db.transaction(write=True) as tx:
            tx.execute("DELETE FROM floor_snapshots WHERE seq = ?", (seq,))
            tx.execute("INSERT INTO floor_snapshots (seq, version, fingerprint, data, written_at) "
                       "VALUES (?, ?, ?, ?, ?)",
                       (seq, version, fingerprint(seq, row[0][0], row[0][1]), data, stamp))
            kept = tx.query("SELECT seq FROM floor_snapshots ORDER BY seq DESC")
            for (old,) in kept[keep:]:
                tx.execute("DELETE FROM floor_snapshots WHERE seq = ?", (old,))

    def drop_snapshots(self, seq: int | None = None) -> None:
        """Delete one snapshot, or all of them (the meeting stays the same)."""
        with self.db.transaction(write=True) as tx:
            if seq is None:
                tx.execute("DELETE FROM floor_snapshots")
            else:
                tx.execute("DELETE FROM floor_snapshots WHERE seq = ?", (seq,))


def fingerprint(seq: int, type_: str, at: str) -> str:
    """Identifies the journal event a snapshot was taken at."""
    return f"{seq}|{type_}|{at}"
