"""Programmes flattened onto long lines, cut again at their times (importer/flattened.py)."""

from __future__ import annotations

from tests.programme_import.support import times_of

_times = times_of


def test_points_with_a_bare_hour_split_a_flattened_timetable() -> None:
    text = ("Thursday, 4 December 2031 6 am – 7:15 am Arrival of the press at the Exhibition "
            "Centre (doors closing at 7:15 am) 7:20 am - 7:50 am Arrival of the Heads of "
            "Delegation at the Exhibition Centre 8 am Welcome by the Chairperson-in-Office "
            "9:15 am Family Photo 9:30 am Opening session (open to the press pool) – adoption "
            "of the agenda\n\n1:00 pm Working luncheon for Heads of Delegation\n\n"
            "3 – 6 pm Plenary session I (continued)\n")
    assert [(a, b) for a, b, _ in _times(text)] == [
        ("06:00", "07:15"), ("07:20", "07:50"), ("08:00", "09:15"), ("09:15", "09:30"),
        ("09:30", "13:00"), ("13:00", "15:00"), ("15:00", "18:00")]
