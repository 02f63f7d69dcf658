"""The line-by-line reading, for a programme whose layout the rules did not recognise."""

from __future__ import annotations

from datetime import time

from floorapp.core.programme.importer import propose, propose_from_text
from floorapp.core.programme.importer.given import names_only
from floorapp.core.programme.importer.timed_lines import DOUBT, read_timed_lines

# a typo ("10-30am") makes the first item's range 10:00-22:00, which swallowed the day
TYPO = """OECD Forum 2013
Tuesday 28 May

10:00-10--30am: Better Life Index presentation

10:45-12:00  Three Parallel Sessions

12:00 Lunch

13:45 – 15:15   Three Parallel Sessions

15:15 – 16:45  Two Parallel Sessions

18:30   Reception
"""


def _rows(segments: list) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}", s.title.value) for s in segments]


def test_one_item_per_line_starting_with_a_time() -> None:
    text = """Kick-off event, 2 February 2021

14.00 Opening words: Vision for Nordic Cooperation
Paula Lehtomäki, Secretary General

14.10
Finnish view to Nordic-Baltic Cooperation

14.30 Topical issues in the offices
14.30 Christer Haglund, Director of Tallinn Office
14.45 Discussion
15.30 End
"""
    segs = read_timed_lines(text)
    assert _rows(segs) == [
        ("14:00", "14:10", "Opening words: Vision for Nordic Cooperation"),
        ("14:10", "14:30", "Finnish view to Nordic-Baltic Cooperation"),  # title below
        ("14:30", "14:45", "Topical issues in the offices"),  # the second 14.30 is beside it
        ("14:45", "15:30", "Discussion"),  # "15.30 End": the last point, with no end
    ]
    assert all(s.title.doubt == DOUBT and s.start.doubt == DOUBT for s in segs)
    assert text[slice(*segs[1].title.span)] == "Finnish view to Nordic-Baltic Cooperation"


def test_the_reading_stops_where_the_times_go_back() -> None:
    text = "09:00-10:00 Opening\n10:00-12:00 Panel\n12:00-13:00 Lunch\n09:00-10:00 Day two\n"
    assert [r[2] for r in _rows(read_timed_lines(text))] == ["Opening", "Panel", "Lunch"]


def test_a_part_holding_items_is_no_segment() -> None:
    text = "09:00-12:00 Morning session\n09:30 Welcome\n10:00 Panel\n11:00 Debate\n12:00 End\n"
    assert _rows(read_timed_lines(text)) == [("09:30", "10:00", "Welcome"),
                                             ("10:00", "11:00", "Panel"),
                                             ("11:00", "12:00", "Debate")]


def test_a_failed_reading_gives_way_to_the_lines_and_says_so() -> None:
    # (the page's own typo, "10:00-10-30am", is read since batch 60: a doubled dash is not)
    assert _rows(propose(TYPO.replace("10--30", "10-30")).segments)[0] == (
        "10:00", "10:30", "Better Life Index presentation")
    p = propose(TYPO)
    assert _rows(p.segments) == [("10:45", "12:00", "Three Parallel Sessions"),
                                 ("12:00", "13:45", "Lunch"),
                                 ("13:45", "15:15", "Three Parallel Sessions"),
                                 ("15:15", "16:45", "Two Parallel Sessions")]
    assert all(not s.title.sure for s in p.segments)  # marked for the officer to check
    odd = [o.why for o in p.odd]
    assert any("read line by line" in w for w in odd)  # the first reading is shown, not lost
    assert not any("parallel meeting" in w for w in odd)  # nor its stale verdicts


def test_a_reading_with_segments_is_kept() -> None:
    p = propose("Opening 10:00 - 11:00\n11:00 - 12:00 Panel\n")
    assert p.segments[0].start.value == time(10, 0) and len(p.segments) == 2
    assert all(s.title.doubt != DOUBT for s in p.segments)


def test_the_hours_on_other_clocks_are_no_title() -> None:
    text = ("10:00-11:00 CET | 04:00-05:00 EDT\nWelcome Session\n\n"
            "11:00-11:30 CET | 05:00-05:30 EDT | 20:00-20:30 AEST\nGEO Pledge Campaign\n\n"
            "11:30-12:30 CET | 05:30-06:30 EDT | 20:30-21:30 AEST\nMember Statements\n")
    assert _rows(read_timed_lines(text)) == [("10:00", "11:00", "Welcome Session"),
                                             ("11:00", "11:30", "GEO Pledge Campaign"),
                                             ("11:30", "12:30", "Member Statements")]


def test_a_part_dropped_for_its_items_hides_no_item_at_its_start() -> None:
    text = ("10:00-10-30am: Index presentation\n10:00-12:00 Three Parallel Sessions\n"
            "13:45 – 15:15 Three Parallel Sessions\n15:15 – 16:45 Two Parallel Sessions\n")
    assert _rows(read_timed_lines(text)) == [  # the typo's 10:00-22:00 holds the others
        ("10:00", "12:00", "Three Parallel Sessions"),
        ("13:45", "15:15", "Three Parallel Sessions"),
        ("15:15", "16:45", "Two Parallel Sessions")]


def test_the_reading_stops_at_the_next_days_heading() -> None:
    text = ("Monday, 14 May 2001\n09:00-17:00 Registration\n18:00 Reception\n"
            "Tuesday, 15 May 2001\n19:00-19:30 Opening\n19:30-20:00 Panel\n20:00 Dinner\n")
    assert [r[2] for r in _rows(read_timed_lines(text))] == ["Registration"]


def test_the_authors_beside_the_time_and_the_title_below_them() -> None:
    text = ("9:00-9:20Anna Krook and Erik O. Ahlgren\n\n"
            "Internalizing externalities of heat production\n\n"
            "9:20-9:40Thomas Alfstad, Paul Friley, IER\n\nStorage in a low-carbon energy system\n\n"
            "9:40-10:00Coffee Break\n\n10:00-10:20Budget Review\n\nby the Secretariat\n")
    segs = read_timed_lines(text)
    assert [(s.title.value, [p.name.value for p in s.people]) for s in segs] == [
        ("Internalizing externalities of heat production", ["Anna Krook", "Erik O. Ahlgren"]),
        ("Storage in a low-carbon energy system", ["Thomas Alfstad", "Paul Friley"]),
        ("Coffee Break", []), ("Budget Review", [])]


def test_names_only_tells_a_list_of_names_from_a_title() -> None:
    assert names_only("Anna Krook and Erik O. Ahlgren") == ["Anna Krook", "Erik O. Ahlgren"]
    assert names_only("Markus Blesl, Tom Kober, IER") == ["Markus Blesl", "Tom Kober"]
    assert names_only("Budget Review") == []
    assert names_only("Energy Models and Urban Planning") == []


def test_a_time_written_from_and_a_range_with_two_zones() -> None:
    text = ("Foreign Affairs Council, 25 June 2031\nfrom 08.00\nArrivals\n\n+/- 09.00\nDoorstep\n\n"
            "+/- 09.30\nBeginning of the meeting\n\n+/- 13.00\nPress conference\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in propose(text).segments] == [
        ("08:00", "Arrivals"), ("09:00", "Doorstep"), ("09:30", "Beginning of the meeting")]
    webinar = ("Webinar, 15 September 2031\n9h30-10h30 EDT / UTC-4\n\n9h30 | Welcome\n\n"
               "9h40 | Presentation of the report\n\n9h50 | Panel\n")
    assert [s.title.value for s in propose(webinar).segments][:2] == [
        "Welcome", "Presentation of the report"]


def test_a_part_whose_items_are_written_deeper_inside_it_gives_way_to_them() -> None:
    text = ("# Final meeting, 27 April 2031\n\n### [14:15-14:30] Welcome\n\n"
            "### [14:30-16:15] Session 1 - Architecture\n\n#### [14:30-15:15] Why and What\n\n"
            "#### [15:15-15:30] Break\n\n#### [15:30-16:15] How\n\n### [16:15-16:30] Break\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in propose(text).segments] == [
        ("14:15", "Welcome"), ("14:30", "Why and What"), ("15:15", "Break"), ("15:30", "How"),
        ("16:15", "Break")]
    # written at the same depth, its items filling it end to end: it gives way as well
    flat = text.replace("#### ", "### ")
    assert [s.title.value for s in propose(flat).segments][1] == "Why and What"


def test_a_point_on_two_clocks_each_with_its_place() -> None:
    text = ("Board of Governors, Friday May 12th, 2023:\n"
            "8:00 a.m. in Central America / 10:00 a.m. in Dominican R.Intonation of the anthem\n"
            "8:10 a.m. in Central America / 10:10 a.m. in Dominican R.Words by the President\n"
            "8:20 a.m. in Central America / 10:20 a.m. in Dominican R.Commemorative video\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in propose(text).segments] == [
        ("08:00", "Intonation of the anthem"), ("08:10", "Words by the President")]


def _spans(text: str) -> list[tuple[str, str, str]]:
    """The segments of a text as a file or a paste gives it (repaired first)."""
    return [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}", s.title.value)
            for s in propose_from_text(text).segments]


def test_a_pdf_grids_times_run_into_the_cells_around_them() -> None:
    text = ("TIMETABLE 2.1 Adoption of the Agenda (T. Aarup)10.45 C O F F E E B R E A K11.00 3. "
            "REPORTS 3.1 Chair report (F. Grard)12.30L U N C H B R E A K14.30 GOOS CLIMATE "
            "MODULE 4.1 OOPC Chairperson report and recommendations (E. Harrison) 4.2 National "
            "Contributions to GOOS (A. Fischer)\n")
    assert [(a, b) for a, b, _ in _spans(text)] == [
        ("10:45", "11:00"), ("11:00", "12:30"), ("12:30", "14:30")]


def test_hours_marked_hr_and_a_title_opening_with_a_digit() -> None:
    assert _spans("8:30hr – Welcome, Introduction\n9:00hr – SOOS update\n9:30hr – Lunch\n")[:2] \
        == [("08:30", "09:00", "Welcome, Introduction"), ("09:00", "09:30", "SOOS update")]
    text = ("0900 Welcome by the Commission\n0920 Ocean Margin Research\n"
            "1140 3D Seismic Imaging Of The Seafloor\n1200 Discussion\n")
    assert ("11:40", "12:00", "3D Seismic Imaging Of The Seafloor") in _spans(text)


def test_the_speaker_named_after_the_title_without_an_honorific() -> None:
    text = ("13.00 Opening Karen Ellemann, Secretary General, Nordic Council of Ministers\n"
            "13.30 Coffee\n14.00 Close\n")
    first = propose(text).segments[0]
    assert (first.title.value, [p.name.value for p in first.people]) == (
        "Opening", ["Karen Ellemann"])
    # but not a name after an honorific, nor a longer name cut in two: a name with a particle
    # after "by" goes whole to the speakers
    line = "Opening remarks H.E. Mr. Nguyen Minh Vu, Deputy Minister"
    assert propose(f"13.00 {line}\n13.30 Coffee\n14.00 Close\n").segments[0] \
        .title.value.startswith("Opening remarks")
    first = propose("13.00 Opening address by José Graziano da Silva, Director-General\n"
                    "13.30 Coffee\n14.00 Close\n").segments[0]
    assert (first.title.value, [p.name.value for p in first.people]) == (
        "Opening address", ["José Graziano da Silva"])


def test_a_block_after_the_days_first_items_keeps_its_talks_inside_it() -> None:
    text = ("    • 11:00 12:00\n      Registration\n    • 12:00 13:00\n      Lunch\n"
            "    • 13:00 14:15\n      Plenary: Opening\n      • 13:00\n        Welcome 10m\n"
            "      • 13:10\n        A regional approach 10m\n      • 13:20\n"
            "        A national approach 25m\n")
    assert _spans(text) == [("11:00", "12:00", "Registration"), ("12:00", "13:00", "Lunch"),
                            ("13:00", "14:15", "Plenary: Opening")]


def test_a_titles_room_and_its_description_are_cut_off() -> None:
    text = ("9:00 a.m. Inaugural Session Rubén Darío Room, eighth floor\n"
            "10 a.m.–11:45 a.m. SESSION 1: OPENING CEREMONY (Senirosi Ballroom, Ground Floor)\n"
            "| 16.00 – 17.00 | High-Level Opening Ceremony The Opening Ceremony will feature a "
            "welcome prelude with a live music performance |\n")
    assert [t for _, _, t in _spans(text)] == [
        "Inaugural Session", "SESSION 1: OPENING CEREMONY", "High-Level Opening Ceremony"]


def test_parallel_sessions_heads_run_on_give_the_first() -> None:
    text = ("10:00 - 10:30 Break\n10:30 - 12:00 Parallel Session 1 Parallel Session 2 Parallel "
            "Session 3 ** Impact of the refugee crisis on Is artistic freedom a new\n"
            "12:00 - 14:00 Lunch\n")
    assert [t for _, _, t in _spans(text)] == ["Break", "Parallel Session 1", "Lunch"]


def test_an_office_named_without_its_holder_is_no_person() -> None:
    from floorapp.core.programme.importer.people import person
    assert person("Secretary General", 0, "speaker") is None
    assert person("Deputy Director-General, FAO", 0, "speaker") is None
    found = person("Karen Ellemann, Secretary General", 0, "speaker")
    assert found is not None and found.name.value == "Karen Ellemann"


def test_the_speaker_named_after_a_question() -> None:
    text = ("13.30 | How to foster Nordic resilience in the time of information disorders? Jukka "
            "Vahti, Senior Lead, Foresight and Training, SITRA |\n14.30 | Coffee |\n"
            "15.00 | End |\n")
    first = propose_from_text(text).segments[0]
    assert (first.title.value, [p.name.value for p in first.people]) == (
        "How to foster Nordic resilience in the time of information disorders?", ["Jukka Vahti"])
    second = propose_from_text("10:35 - 10:45 Celebrating 2024! Chloe Rice, WHO Collaboratory\n"
                               "10:45 - 11:00 Break\n").segments[0]
    assert (second.title.value, [p.name.value for p in second.people]) == (
        "Celebrating 2024!", ["Chloe Rice"])


def test_a_title_wrapped_after_into_goes_on() -> None:
    text = ("14:40-15:40\nRoadmap for implementation of uncertainty into\nIQuOD dataset versions\n"
            "15:40-16:00\nCoffee break\n")
    assert [t for _, _, t in _spans(text)] == [
        "Roadmap for implementation of uncertainty into IQuOD dataset versions", "Coffee break"]


def test_the_venues_building_named_before_its_city() -> None:
    times = "\n10:00 - 11:00 Opening\n11:00 - 12:00 Panel\n"
    for line, venue in (
            ("Park of Porta Capena, Rome", "Park of Porta Capena, Rome"),
            ("The Forum takes place at the Intare Conference Arena in Kigali, Rwanda.",
             "Intare Conference Arena in Kigali, Rwanda"),
            ("Sheikh Zayed Centre, FAO Headquarters, Rome",
             "Sheikh Zayed Centre, FAO Headquarters, Rome"),
            ("Workshop, Rome, 3 May 2019", "Rome")):
        assert propose_from_text(line + times).venue.value == venue


def test_the_venues_country_after_its_city_whatever_follows() -> None:
    times = "\n10:00 - 11:00 Opening\n11:00 - 12:00 Panel\n"
    for line, venue in (
            ("28-29 April 2009, Athens, Greece Venue to be confirmed", "Athens, Greece"),
            ("24-28 September 2018\nAbidjan, Côte d’Ivoire", "Abidjan, Côte d’Ivoire"),
            ("Sheikh Zayed Centre, FAO Headquarters, Rome\n",
             "Sheikh Zayed Centre, FAO Headquarters, Rome")):
        assert propose_from_text(line + times).venue.value == venue


def test_people_named_one_after_another_each_with_a_role() -> None:
    from floorapp.core.programme.importer.people import split_people
    text = ("Karen Ellemann, Secretary General, Nordic Council of Ministers (video) Ulla-Jill "
            "Karlsson, Senior Ministerial Advisor, Ministry of Education, Finland Malene "
            "Vangdrup, Senior Adviser, Nordic Council of Ministers")
    assert [p.split(",")[0] for p, _ in split_people(text)] == [
        "Karen Ellemann", "Ulla-Jill Karlsson", "Malene Vangdrup"]
    # (a name-like pair with no role after it stays in the text: "… France Inter, Libération")
    assert len(split_people("Anne Martin, journalist at France Inter, Libération")) == 1


def test_numbered_rows_whose_cells_are_set_apart_by_slashes_end_with_their_time() -> None:
    text = ("(Includes technical visit to Rungis market 05:00 - 08:00 on the Thursday 2nd of "
            "November)\n\nAgenda Item / Document No. / Presenter / Indicative Time\n"
            "Monday 30th October\n1. / Opening of the Meeting / 9:00\n"
            "1.1 / Welcome by EPPO / Martin Ward / 9:00\n1.2 / Welcome by the\n"
            "Ministry of Agriculture of France / M. P Dehaumont, Directeur Général / 9:05\n"
            "1.3 / Welcome by the IPPC Secretariat / Jingyuan Xia / 9:40\n"
            "2. / Meeting Arrangements / 10:00\n2.1 / Introduction of the participants\n"
            "Coffee break / 11:00\n4. / Pending matters from the 28th TC-RPPOs / 11:30\n"
            "Lunch (sandwiches) / 13:00\n")
    p = propose_from_text(text)
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}", s.title.value)
            for s in p.segments] == [
        ("09:00", "09:05", "Opening of the Meeting"),
        ("09:05", "09:40", "Welcome by the Ministry of Agriculture of France"),  # (its row cut)
        ("09:40", "10:00", "Welcome by the IPPC Secretariat"),
        ("10:00", "11:00", "Meeting Arrangements"), ("11:00", "11:30", "Coffee break"),
        ("11:30", "13:00", "Pending matters from the 28th TC-RPPOs")]
    # the bracketed note of another day's visit is shown, not taken for an item
    assert any(o.why == "a note in brackets about another day" for o in p.odd)
    # "12.00 / Item 1" in a grid is a time's cell, not an item's number
    assert propose_from_text("12.00 / Item 1 / 9.00\n12.00 / Item 2 / 9:00\n"
                             "12.00 / Item 3 / 9:00\n").segments[0].title.value != "Item 1"


def test_a_break_after_each_break_s_hours_is_its_title_not_a_repeated_field() -> None:
    rows = "".join(f"{a} | Side Event {n} (Chamarel 3) |\nAn organiser {n}\n|\n{b}\n|\n"
                   "Health Break\n|\n"
                   for n, (a, b) in enumerate([("08:30 – 10:00", "10:00 – 10:15"),
                                               ("10:15 – 11:45", "11:45 – 12:00"),
                                               ("12:00 – 13:30", "13:30 – 13:45")], 1))
    p = propose_from_text("Time\n|\nItem\n|\nDescription\n|\n" + rows +
                          "13:45 – 15:15 | Closing |\n")
    assert [s.title.value for s in p.segments] == [
        "Side Event 1 (Chamarel 3)", "Health Break", "Side Event 2 (Chamarel 3)", "Health Break",
        "Side Event 3 (Chamarel 3)", "Health Break", "Closing"]


def test_breakout_rooms_and_a_return_to_the_main_room_are_items_not_places() -> None:
    text = ("| 13:00 | Welcome |\n|-------|-----|\n| 13:30 | Breakout Rooms |\n"
            "| 14:30 | Social Break |\n| 16:45 | Return to Main Room |\n| 17:00 | Finish |\n")
    assert [s.title.value for s in propose_from_text(text).segments] == [
        "Welcome", "Breakout Rooms", "Social Break", "Return to Main Room"]
    # a room's own cell under its time stays the item's place
    room = propose_from_text("| 12:00 pm | Press Briefing Room, S-237 | Briefing |\n"
                             "| 1:00 pm | Press Briefing Room, S-237 | Noon briefing |\n"
                             "| 2:00 pm | End |\n").segments[0]
    assert room.title.value == "Briefing"


def test_hours_alone_are_a_duration_where_times_are_written_with_a_colon() -> None:
    text = ("Time\nSession\n9:00\nWelcome\n20 min.\n9:20\nReport from Director - Session 1\n"
            "FOR INFORMATION\n2h\nBreak\n30 min.\n1h\nDiscussion: 1h 20 min.\n10:00\n"
            "Coffee/tea break\n10:30\nReport from GAVI\n11:50\nLunch\n")
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}")
            for s in propose_from_text(text).segments] == [
        ("09:00", "09:20"), ("09:20", "10:00"), ("10:00", "10:30"), ("10:30", "11:50")]
    # written the French way, "14h" is a time
    assert [f"{s.start.value:%H:%M}" for s in propose_from_text(
        "9h\nAccueil\n10h\nOuverture\n14h\nAteliers\n16h\nClôture\n").segments] == [
        "09:00", "10:00", "14:00"]


def test_a_day_numbered_and_named_before_its_subtitle_heads_its_items() -> None:
    text = ("Time\tDescription\nAug 6, day 1, Mon: AmeriGEOSS Week (INPE; São José dos Campos)\n"
            "9 am - noon\tOpening of AmeriGEOSS Week [Gutierrez, Montes]\n"
            "2 pm\tDeparture to the Centro de Biologia Marinha\n4 pm\tArrival at CEBIMar\n"
            "7 pm\tGroup dinner (TBD)\nAug 7, day 2, Tue: Field sampling of invertebrates\n"
            "7:30 - 8:30 am\tBreakfast\n8:30 - 9 am\tWelcome and workshop briefing [Montes]\n")
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}")
            for s in propose_from_text(text).segments] == [
        ("09:00", "12:00"), ("14:00", "16:00"), ("16:00", "19:00")]


def test_a_long_title_before_its_range_where_titles_come_first() -> None:
    text = ("Welcome 09:00 to 09:10\n\nAndrea Ammon, ECDC Director.\n\nKeynote speech 09:20 to "
            "09:35\n\nKeeping antibiotics working: European action and current situation 09:35 "
            "to 10:20\n\nDiscussion and Q&A 10:20 to 11:15\n")
    assert [s.title.value for s in propose_from_text(text).segments] == [
        "Welcome", "Keynote speech",
        "Keeping antibiotics working: European action and current situation",
        "Discussion and Q&A"]


def test_a_range_whose_end_opens_the_next_line_with_its_dash() -> None:
    text = ("09:00-10:00\n\nRegistration\n\n10:30\n-11:30\n\nDevelopment of women's participation"
            "\n\n11:30\n-12:00\n\nIntroduction to the Programme\n")
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}")
            for s in propose_from_text(text).segments] == [
        ("09:00", "10:00"), ("10:30", "11:30"), ("11:30", "12:00")]


def test_a_title_cut_off_after_in_or_an_ampersand_goes_on_past_blank_lines() -> None:
    text = ("10:30-11:30\nDevelopment of participation in public life in\n\n\nMorocco, Egypt and "
            "Jordan\n11:30-12:00\nIntroduction to the Governance Programme &\n\n\nWomen in "
            "Government Platform\n12:00-13:00 Lunch\n")
    assert [s.title.value for s in propose_from_text(text).segments] == [
        "Development of participation in public life in Morocco, Egypt and Jordan",
        "Introduction to the Governance Programme & Women in Government Platform", "Lunch"]


def test_a_label_after_a_title_that_ends_with_a_number_or_names_an_interviewer() -> None:
    text = ("0830 Recap of the first day / process for day 2 Facilitators: Peter Ballantyne, "
            "Ewen Le Borgne\n0900 DG Intermission / hard talk Interviewer: Brian Perry\n"
            "1030 Break\n1100 Parallel sessions\n")
    p = propose_from_text(text)
    assert [(s.title.value, [x.name.value for x in s.people][:1]) for s in p.segments][:2] == [
        ("Recap of the first day / process for day 2", ["Peter Ballantyne"]),
        ("DG Intermission / hard talk", ["Brian Perry"])]


def test_two_marked_times_alone_on_a_line_are_a_range() -> None:
    text = ("The debates\n\n12 noon 1.30 p.m.\n\nDebate on international Geneva\n\n"
            "4 p.m. 5.30 p.m.\n\nDebate on the first fifteen years of the WTO\n")
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}", s.title.value)
            for s in propose_from_text(text).segments] == [
        ("12:00", "13:30", "Debate on international Geneva"),
        ("16:00", "17:30", "Debate on the first fifteen years of the WTO")]


def test_an_event_card_titled_in_a_field_with_a_sentence_below_it() -> None:
    card = ("Event:             {t}\n\n{d}\n\nDate:               Thursday, 26 September\n\n"
            "Time:               {h}\n\nVenue:            {v}\n\n \n\n")
    text = (card.format(t="“Our Door of Return” Diaspora Economic Dialogue", h="10h00 to 12h30",
                        d="Accelerating results-oriented investments and development in Africa.",
                        v="Office of the Brooklyn Borough President, Brooklyn, New York") +
            card.format(t="Launch of the SME campaign", h="14h00 to 16h30",
                        d="Firming up synergies with stakeholders to accelerate jobs creation.",
                        v="African Union Observer Mission, New York"))
    assert [s.title.value for s in propose_from_text(text).segments] == [
        "“Our Door of Return” Diaspora Economic Dialogue", "Launch of the SME campaign"]
