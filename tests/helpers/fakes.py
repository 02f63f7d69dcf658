"""Shared fakes: an in-memory journal (the clock fake lives in floorapp.core.clock)."""

from __future__ import annotations

from floorapp.storage.memory import MemoryJournal

__all__ = ["MemoryJournal"]
