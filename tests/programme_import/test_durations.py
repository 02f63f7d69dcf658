"""An agenda told by lengths, its times reckoned from them (importer/durations.py)."""

from __future__ import annotations

from floorapp.core.programme.importer import propose
from floorapp.core.programme.importer.durations import RECKONED, by_lengths
from tests.programme_import.support import times_of, titles_and_people

SEMINAR = """Workshop on Marine Debris

Day One (Monday 13th May - Public Seminar)

Start 10am

  • Welcome and background to the workshop. Workshop Convener: Mark Peter Simmonds - 5 mins.
  • Marine Debris in our oceans – an overview. Nancy Wallace, Marine Debris Programme \
Director – 45 mins – to include questions

11.05 am Coffee break (25 mins)

  • Microplastics – Cristina Fossi, University of Siena – 45 minutes- to include questions

1 pm Lunch break (1.5 hours)

  • Questions Arising – Mark Peter Simmonds and Sarah Baulch -30 mins.

Days 2-4 Formal Workshop (Open only to registered participants)

  • Report writing - 90 mins
"""


def test_an_agenda_told_by_lengths_after_its_start() -> None:
    assert times_of(SEMINAR) == [
        ("10:00", "10:05", "Welcome and background to the workshop"),
        ("10:05", "10:50", "Marine Debris in our oceans – an overview"),
        ("11:05", "11:30", "Coffee break"),
        ("11:30", "12:15", "Microplastics"),
        ("13:00", "14:30", "Lunch break"),
        ("14:30", "15:00", "Questions Arising")]
    people = titles_and_people(propose(SEMINAR))
    assert people[0][1] == ["Mark Peter Simmonds"] and people[3][1] == ["Cristina Fossi"]
    assert by_lengths(SEMINAR)[0].start.doubt == RECKONED  # marked as reckoned, not read


def test_lengths_under_a_timed_item_are_its_parts() -> None:
    text = ("9:00 am Opening remarks\n\n9:30 am Financing the Future\n"
            "  • Keynote by Ms. Jane Doe (15 mins)\n  • Panel session (45 mins)\n"
            "  • Discussion (30 mins)\n\n11:00 am Coffee break\n\n11:15 am Closing\n")
    assert by_lengths(text) == []
    assert [a for a, _, _ in times_of(text)] == ["09:00", "09:30", "11:00"]
