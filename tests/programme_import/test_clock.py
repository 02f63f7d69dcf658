"""Times and ranges in every form the issue lists."""

from __future__ import annotations

from datetime import time

import pytest

from floorapp.core.programme.importer.clock import find_point, find_ranges


@pytest.mark.parametrize(("text", "start", "end"), [
    ("10am – 11 am", "10:00", "11:00"),
    ("9:30…10:45 Welcome", "09:30", "10:45"),  # an ellipsis for a dash
    ("10:00 – 16:0022nd Ministerial Seminar", "10:00", "16:00"),  # an ordinal glued on
    ("10 am – 11 am", "10:00", "11:00"),
    ("11am – 1pm", "11:00", "13:00"),
    ("3 pm – 4.30 pm", "15:00", "16:30"),
    ("9:00 AM-9:15 AM", "09:00", "09:15"),
    ("10.00 – 13.00", "10:00", "13:00"),
    ("10–11.30 a.m.", "10:00", "11:30"),  # am/pm only at the end
    ("11–1 p.m.", "11:00", "13:00"),
    ("3–6 p.m.", "15:00", "18:00"),
    ("11:00 - 1:00", "11:00", "13:00"),  # 12-hour, end before start
    ("10:00 -- 11:00", "10:00", "11:00"),
    ("10:00 to 11:30", "10:00", "11:30"),
    ("10:00—11:30", "10:00", "11:30"),
    ("10 h 00 – 11 h 30", "10:00", "11:30"),
    ("10h00-11h30", "10:00", "11:30"),
    ("7h00-8h45", "07:00", "08:45"),
    ("10:00 a 11:30", "10:00", "11:30"),
    ("16:00 a 18:00hs", "16:00", "18:00"),
    ("15 heures–18 heures", "15:00", "18:00"),
    ("de 10:00 hasta 11:30", "10:00", "11:30"),
    ("noon - 3 pm", "12:00", "15:00"),
    ("14:30-16:00", "14:30", "16:00"),
    ("03:00 PM - 6:00 PM", "15:00", "18:00"),  # zero-padded, but marked PM
    ("10 a.m.– 12 noon", "10:00", "12:00"),
    ("1400-1410GMT", "14:00", "14:10"),
    ("from 10 to 11 a.m.", "10:00", "11:00"),
    ("1.45 to 3.45 p.m.", "13:45", "15:45"),
])
def test_ranges(text: str, start: str, end: str) -> None:
    (r,) = find_ranges(text)
    assert (r.start.strftime("%H:%M"), r.end.strftime("%H:%M")) == (start, end)


def test_a_guess_is_said() -> None:
    (r,) = find_ranges("11:00 - 1:00")
    assert "afternoon" in r.guess
    (r,) = find_ranges("3.00 - 6.00")
    assert (r.start, r.end) == (time(15), time(18)) and r.guess


@pytest.mark.parametrize("text", ["16-17 March 2005", "2004-2014", "A/HRC/28/16-17",
                                  "in 2004-2014 the Council", "between 1990-2013",
                                  "1 to 3 panellists", "resolution 29/1", "5-10 minutes"])
def test_not_times(text: str) -> None:
    assert find_ranges(text) == []


def test_points() -> None:
    found = find_point("11.45 Visit to the exhibition")
    assert found is not None and found[0] == time(11, 45)
    assert find_point("9:00h: Reception")[0] == time(9)  # type: ignore[index]
    assert find_point("12 members of the panel") is None
    assert find_point("2015 was a year") is None


def test_two_times_alone_on_a_line_are_a_range_but_not_in_prose() -> None:
    (r,) = find_ranges("    • 10:00 13:00\n")
    assert (r.start, r.end) == (time(10), time(13))
    assert find_ranges("Doors open 10:00 13:00 lunch") == []
    assert find_ranges("• 13:00 10:00\n") == []  # an end before the start is no range
    (r,) = find_ranges("1530  1600\n")  # a table that lost its dashes
    assert (r.start, r.end) == (time(15, 30), time(16))
    assert find_ranges("2004 2014\n") == []  # two years


def test_two_times_opening_an_items_line_are_its_range() -> None:
    (r,) = find_ranges("13:00 15:00 Side-events\n")
    assert (r.start, r.end, r.span) == (time(13), time(15), (0, 11))
    assert find_ranges("15:00 13:00 Lunch\n") == []  # an end before the start
    assert find_ranges("Registration 13:00 15:00 Side-events\n") == []  # not opening the line
    assert find_ranges("13:00 15:00 17:00\n") == []  # three times: no item's line
    for line in ("09:20\t09:45\t1. Welcome remarks\n", "12:00 15:00 43rd meeting\n"):
        (r,) = find_ranges(line)  # a numbered item, an ordinal
        assert r.span == (0, 11)
    assert find_ranges("09:00 12:00 15 May\n") == []  # a number alone: no title


def test_pairs_inside_a_flattened_line_are_ranges_when_they_follow_one_another() -> None:
    text = ("Morning segment 9:00 9:45 Opening session Chair: Mr X 9:45 11:15 High-level panel "
            "11:15 11:30 Coffee break")
    assert [(r.start, r.end) for r in find_ranges(text)] == [
        (time(9), time(9, 45)), (time(9, 45), time(11, 15)), (time(11, 15), time(11, 30))]
    assert find_ranges("Doors 9:00 9:45 Opening, then 13:00 15:00 Side-events") == []  # no chain


def test_a_point_in_bold() -> None:
    found = find_point("**11:10** **Break**")
    assert found is not None and found[0] == time(11, 10)


def test_two_times_run_together_when_the_dash_was_lost() -> None:
    (r,) = find_ranges("(Open meeting) 10.0013.00 7th meeting of the COP")
    assert (r.start, r.end) == (time(10), time(13))
    (r,) = find_ranges("(Open meeting) 08.309.00 Presidents informal stocktaking plenary")
    assert (r.start, r.end) == (time(8, 30), time(9))
    assert find_ranges("see A/HRC/22/12.3013.00") == []  # a symbol's number, not times
    assert find_ranges("13.0010.00") == []  # an end before its start


def test_a_date_written_with_dots_is_no_point_in_time() -> None:
    assert find_point("02.02.2021 14:00 (GMT+3)") is None  # 2 February 2021, not 02:02
    found = find_point("14.00 Opening words")
    assert found is not None and found[0] == time(14)


def test_four_digit_ranges_run_into_a_flattened_tables_words() -> None:
    text = ("Item Time Topic Lead0830-0900 Registration 1 0900-0930 Opening Kumar2 0930-1000 "
            "Progress of TT3")
    assert [(r.start, r.end) for r in find_ranges(text)] == [
        (time(8, 30), time(9)), (time(9), time(9, 30)), (time(9, 30), time(10))]
    assert find_ranges("Report2010-2011 and 2011-2012, 2012-2013") == []  # years
    assert find_ranges("Code0830-0900 only") == []  # one alone: no chain


def test_four_digit_ranges_spaced_around_their_dash_chain_in_a_flattened_table() -> None:
    text = ("TIME ACTIVITY SPEAKER SESSION 1 0900 - 0915 Welcome remarks ED 0915- 0945 Election "
            "of Chairperson 0945 - 1115 Exhibitions 1115 - 1245 Official Opening")
    assert [(r.start, r.end) for r in find_ranges(text)] == [
        (time(9), time(9, 15)), (time(9, 15), time(9, 45)), (time(9, 45), time(11, 15)),
        (time(11, 15), time(12, 45))]
    assert find_ranges("in 2008 - 2010, 2010 - 2012 and 2012 - 2014 the fund grew") == []


def test_a_short_meridiem_glued_to_the_minutes() -> None:
    from floorapp.core.programme.importer.clock import find_ranges
    r = find_ranges("8:45-9:15a")
    assert [(f"{x.start:%H:%M}", f"{x.end:%H:%M}") for x in r] == [("08:45", "09:15")]
    r = find_ranges("1:30-3:00p")
    assert [(f"{x.start:%H:%M}", f"{x.end:%H:%M}") for x in r] == [("13:30", "15:00")]
    assert not find_ranges("Room 10 a")


def test_minutes_written_after_the_meridiem() -> None:
    from floorapp.core.programme.importer.clock import find_ranges
    r = find_ranges("Workshop A (3pm30-5.15pm) and dinner (7pm30-9pm45)")
    assert [(f"{x.start:%H:%M}", f"{x.end:%H:%M}") for x in r] == [("15:30", "17:15"),
                                                                    ("19:30", "21:45")]
    assert not find_ranges("Room 2pm345")


def test_two_four_digit_ranges_in_a_sentence_after_from() -> None:
    from floorapp.core.programme.importer.clock import find_ranges
    r = find_ranges("Opening remarks from 0930-1000. Questions 1000-1030. CET")
    assert [(f"{x.start:%H:%M}", f"{x.end:%H:%M}") for x in r] == [("09:30", "10:00"),
                                                                    ("10:00", "10:30")]
    assert find_ranges("Codes 0930-1000 and 1000-1030 were sent") == []


def test_a_papers_number_is_no_point_in_time() -> None:
    assert find_point("00a Document list pdf") is None
    assert find_point("01a Declarations of interest") is None
    assert find_point("10a Welcome") == (time(10, 0), (0, 3), "")


@pytest.mark.parametrize("text", ["09h2510h10", "09h25 10h10"])
def test_a_french_range_whose_dash_was_lost(text: str) -> None:
    (r,) = find_ranges(text)
    assert (r.start, r.end) == (time(9, 25), time(10, 10))


def test_a_point_in_square_brackets_after_an_items_number() -> None:
    found = find_point("1 [13:00] Introductory Remarks")
    assert found is not None and found[0] == time(13)
    assert find_point("[13:10] Approval of Minutes") is not None
    assert find_point("[13:10 Approval of Minutes") is None  # (no closing bracket, no point)


def test_am_after_an_afternoon_start_is_a_slip_for_pm() -> None:
    (r,) = find_ranges("12:55 PM - 01:55 AM")
    assert (r.start, r.end) == (time(12, 55), time(13, 55)) and "pm" in r.guess
    assert find_ranges("10 pm - 2 am") == []  # a night, not a slip: no range of one day


def test_two_times_before_a_sub_numbered_or_quoted_title() -> None:
    for line in ("10:00\t11:00\t5.1. Opening of the Session\n", "14:30 15:00 1.3 Technical work\n",
                 "10:00\t10:15\t“Family” Photo\n"):
        (r,) = find_ranges(line)
        assert r.span == (0, 11)
