"""A table given column by column, paired again (importer/columns.py)."""

from __future__ import annotations

from tests.programme_import.support import times_of

_times = times_of


def test_columns_with_blank_lines_and_a_place_above_the_titles_are_paired() -> None:
    text = ("Regional Workshop on Water Statistics\n\nDAY 1: MARCH 4th\n\n8:30 - 9:00\n\n"
            "9:00 - 10:30\n\n10:30 - 11:00\n\n11:00 - 12:30\n\nRadisson Blu Hotel\n\n"
            "Registration\n\nOpening sessionNile Room\n\nCoffee break\n\nWorking groups\n")
    assert _times(text) == [("08:30", "09:00", "Registration"),
                            ("09:00", "10:30", "Opening session"),
                            ("10:30", "11:00", "Coffee break"),
                            ("11:00", "12:30", "Working groups")]


def test_a_days_block_and_its_first_item_are_not_taken_for_a_column() -> None:
    text = ("Conference programme\n9:00am- 12:30pm\n\n9:00 am – 9:30 am\nOpening ceremony\n"
            "High-level officials\n\n9:30 am – 10:30 am\nPlenary session\n\n"
            "10:30 am - 12:30 pm\nMinisters' Forum\n")
    assert [t for _, _, t in _times(text)] == ["Opening ceremony", "Plenary session",
                                               "Ministers' Forum"]



def test_a_column_of_times_is_paired_with_the_lines_on_the_same_rows() -> None:
    # A PDF's two columns one after the other, each cell as tall as it took: a time's
    # title is the line on its row of the other column; speakers and headings stay below.
    text = ("Tuesday, 20 October 2015\n9.00 a.m.\n\n9.30 a.m.\n\n\n\n\n10.00 a.m.\n\n"
            "10.30 a.m.\n\n\n"
            "Registration and coffee\n\nHighlights of European statistics\n"
            "Sabine Lautenschläger, Member of the Executive Board\n\nSession 1 - The crisis\n\n"
            "The perspective of the central bank\nAurel Schubert, Director General\n"
            "The perspective of a national bank\n")
    assert _times(text) == [("09:00", "09:30", "Registration and coffee"),
                            ("09:30", "10:00", "Highlights of European statistics"),
                            ("10:00", "10:30", "The perspective of the central bank")]


def test_times_whose_rows_hold_no_titles_are_not_paired() -> None:
    text = ("9.00 a.m.\n\n9.30 a.m.\n\n10.00 a.m.\n\nRegistration\nCoffee\n\nOpening\n")
    assert ("09:00", "09:30", "Registration") not in _times(text)


def test_a_title_paired_from_the_other_column_points_at_its_own_line() -> None:
    from floorapp.core.programme.importer import propose
    # (a PDF's blank lines full of spaces: the titles stand far below their times)
    gap = "\n" + " " * 120 + "\n"
    text = (f"Tuesday, 20 October 2015\n9.00 a.m.{gap}9.30 a.m.{gap}10.00 a.m.{gap}10.30 a.m.{gap}"
            f"Registration and coffee{gap}Highlights of European statistics{gap}"
            f"The perspective of the central bank{gap}The perspective of a national bank\n")
    p = propose(text)
    spans = [text[s.title.span[0]:s.title.span[1]] for s in p.segments]
    assert spans[:2] == ["Registration and coffee", "Highlights of European statistics"]
