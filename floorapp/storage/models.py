"""The meeting database's tables, as SQLAlchemy 2 typed ORM classes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from floorapp.storage.schema import APP_MARKER

__all__ = ["APP_MARKER", "Base", "EventRow", "MetaRow", "SnapshotRow"]


class Base(DeclarativeBase):
    """Declarative base of the meeting database."""


class MetaRow(Base):
    """Key-value facts about the meeting database (app marker, creation time)."""

    __tablename__ = "floor_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class EventRow(Base):
    """One journal event: the only table the meeting's state comes from."""

    __tablename__ = "floor_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: The seq of the first event of the same command; NULL means this event's own seq.
    command: Mapped[int | None] = mapped_column(Integer, nullable=True)
    type: Mapped[str] = mapped_column(String(40))
    #: UTC instant, ISO 8601 with offset and microseconds.
    at: Mapped[str] = mapped_column(String(40))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    station: Mapped[str] = mapped_column(String(64), default="")


class SnapshotRow(Base):
    """The folded state at one seq: a cache for opening, never a second truth."""

    __tablename__ = "floor_snapshots"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    #: floorapp.core.snapshot.VERSION of the fold that wrote it.
    version: Mapped[int] = mapped_column(Integer)
    #: Identifies the journal event at ``seq`` (its type and stamp).
    fingerprint: Mapped[str] = mapped_column(String(200))
    data: Mapped[str] = mapped_column(Text)
    written_at: Mapped[str] = mapped_column(String(40))
