"""Programmes flattened onto long lines, cut again at their times (importer/flattened.py)."""

from __future__ import annotations

from pathlib import Path

from floorapp.core.programme.importer import propose
from floorapp.core.programme.importer.patterns import clean_title
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


def test_a_flattened_programme_after_its_label_and_a_venue() -> None:
    text = ("MONDAY: 27TH FEBRUARY 2017: COMMITTEE MEETING\nVenue: AfDB Office Programme: "
            "09:00 – 10:00: Alpha Meeting 10:00 – 10:30: Tea / Coffee Break 10:30 – 13:00: Beta "
            "Meeting 13:00 – 14:00: Lunch 14:00 – 15:00: Gamma Meeting 15:00 – 15:30: Tea / Coffee "
            "Break 15:30 – 17:00: Delta Meeting Please Note: Only members may attend.\n")
    p = propose(text)
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments][:4] == [
        ("09:00", "Alpha Meeting"), ("10:00", "Tea / Coffee Break"), ("10:30", "Beta Meeting"),
        ("13:00", "Lunch")]  # the titles after their ranges' colons, not before the ranges
    assert p.venue.value == "AfDB Office"


def test_an_agenda_s_numbered_items_run_together_with_their_hours_in_brackets() -> None:
    text = ("SELI 4th Meeting 25 February 2017 Nha Trang, Viet Nam Agenda Key Objectives: Discuss "
            "any project proposals relevant to strengthening economic legal infrastructure "
            "1. Welcome remarks (14:30-14:35) 2. Overview (including collaboration with other "
            "APEC fora) (14:35-14:45) - Updated Work Plan (Appendix 1) 3. Future direction of SELI "
            "(14:45-15:00) 4. Concluding remarks (15:00-15:10)\n")
    assert [(a, b) for a, b, _ in _times(text)] == [
        ("14:30", "14:35"), ("14:35", "14:45"), ("14:45", "15:00"), ("15:00", "15:10")]
    assert [t for _, _, t in _times(text)][0] in ("Welcome remarks", "1. Welcome remarks")


def test_french_points_run_together_on_a_line() -> None:
    short = propose("Ordre du jour\n10h00 Inscription 11h00 Session d’ouverture – Au-delà de "
                    "2015 13h00 Déjeuner\n")
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}", s.title.value)
            for s in short.segments] == [
        ("10:00", "11:00", "Inscription"),
        ("11:00", "13:00", "Session d’ouverture – Au-delà de 2015")]
    # two points only, inside a long line: written so, they are the day's items
    long = propose("1 Ordre du jour « L’Afrique au-delà de 2015 » 10h00 Inscription 11h00 "
                   "Session d’ouverture – " + "Le programme de développement de l’Afrique " * 6
                   + "\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in long.segments] == [
        ("10:00", "Inscription")]


def test_a_pdf_s_lines_run_together_are_cut_before_each_range() -> None:
    text = ("VENDREDI 3 SEPTEMBRE 1999\n\n9 h 30 - 11 h 30 Cérémonie d’ouverture du Sommet\n\n"
            "— Autres discours\n\n— Interventions des jeunes 14 h 30-18 h 00 Première séance "
            "plénière (huis clos)\n\n14 h 30 à 14 h 35 Constitution du bureau\n\n"
            "14 h 35 à 14 h4 0 Approbation de l’ordre du jour\n\n"
            "14 h 40-15 h 00 Examen des demandes d’adhésion et de statut 15 h 00-15 h 45 Rapport "
            "du Secrétaire général\n\n15 h 45-18 h 00 Volet politique : débat\n")
    assert _times(text) == [
        ("09:30", "11:30", "Cérémonie d’ouverture du Sommet"),
        ("14:30", "14:35", "Constitution du bureau"),
        ("14:35", "14:40", "Approbation de l’ordre du jour"),  # its minutes cut in two: "h4 0"
        ("14:40", "15:00", "Examen des demandes d’adhésion et de statut"),
        ("15:00", "15:45", "Rapport du Secrétaire général"),
        ("15:45", "18:00", "Volet politique : débat")]
    # a time later in the line after "from" or "à" is no item of its own
    assert [a for a, _, _ in _times("10:00-12:00 Visit to the site from 11:00-11:30 Coffee "
                                    "served\n12:00-13:00 Lunch\n")] == ["10:00", "12:00"]


def test_points_between_the_ranges_of_a_flattened_line_are_items() -> None:
    text = ("Process/format details\n\n08.30 New staff introductions - Tadelle 08.45 "
            "Introduction - Ranjitha 08.50 – 09:00 Debbie and Steffen 09:00 - 09:10 Plenary "
            "discussion 09.10 – 9:20 Segenet and Olaf 09:20 – 09:30 Plenary discussion 09.30 – "
            "09:40 Paul and Ana 09:40 - 09:50 Plenary discussion 09.50 Summing up - Bruno\n")
    assert [(a, b) for a, b, _ in _times(text)] == [
        ("08:30", "08:45"), ("08:45", "08:50"), ("08:50", "09:00"), ("09:00", "09:10"),
        ("09:10", "09:20"), ("09:20", "09:30"), ("09:30", "09:40"), ("09:40", "09:50")]
    # ranges listed before their titles (UN-SPIDER 2011): no point among them is an item's
    # start, and the ranges keep their times
    corpus = Path(__file__).resolve().parent.parent / "data" / "concept_notes"
    listed = (corpus / "unoosa-2011-07-05-un-spider-crowdsource-mapping.txt").read_text("utf-8")
    excerpt = "\n".join(listed.split("\n")[20:31])
    assert [(a, b) for a, b, _ in _times(excerpt)][:3] == [
        ("09:00", "09:30"), ("09:30", "10:00"), ("10:00", "10:15")]


def test_a_break_s_place_in_brackets_is_no_person() -> None:
    p = propose("12:30-13:00 Presentation of excerpts\n13:00-15:00 Lunch (European Parliament, "
                "5th floor, space G)\n15:00-18:30 First Working session\n")
    assert [(s.title.value, [x.name.value for x in s.people]) for s in p.segments][1] == (
        "Lunch", [])


def test_a_title_then_its_labelled_time_then_what_it_is_about() -> None:
    text = ("Session 1: Opening the Global Forum Time: 8:00-8:20 CET (20 min) Summary: This "
            "session will comprise Opening Remarks and welcoming of participants from the "
            "Directors of Health Workforce and the Chief Nursing Officer. |\n"
            "Session 2: Responding to the priorities Time: 8:20-9:20- CET (60 min) Summary: "
            "Participants will be updated on the latest policy discourse.\n"
            "Session 3: Leadership skills Time: 9:20-10:00 CET (40 min) Summary: A discussion.\n")
    p = propose(text)
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments] == [
        ("08:00", "Session 1: Opening the Global Forum"),
        ("08:20", "Session 2: Responding to the priorities"),
        ("09:20", "Session 3: Leadership skills")]
    assert "Opening Remarks" in " ".join(p.segments[0].description)


def test_points_after_a_break_fill_the_gap_to_the_next_range() -> None:
    text = ("10:35 a.m. - 11:00 a.m. Presentation on the OSH Wiki\n"
            "Coffee break: 11.00 a.m. - 11.25 a.m.\n\nKEYNOTES ADDRESSES\n"
            "11:25 a.m. EU – Mr. Armindo Silva,\nDirector, Employment, European Commission\n"
            "11:45 a.m. US – Mr. David Michaels,\nAssistant Secretary, OSHA\n"
            "Lunch: 12:00 p.m. - 1:30 p.m.\n")
    p = propose(text)
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}", s.title.value,
             [x.name.value for x in s.people]) for s in p.segments][2:4] == [
        ("11:25", "11:45", "EU – Mr. Armindo Silva", ["Mr. Armindo Silva"]),  # a code alone
        ("11:45", "12:00", "US – Mr. David Michaels", ["Mr. David Michaels"])]  # is no title


def test_a_link_to_an_item_s_notes_and_another_clock_s_date_are_no_part_of_the_day() -> None:
    text = ("# Best Practice Workshop May 11 - 25 2021\n\nAll times are in CEST\n\n"
            "### Tuesday May 11\n- 16:00 - 17:30 Plenary 01 [Meeting Notes](https://github.com/"
            "x/notes.md)\n- 19:30 - 21:00 Networking Session\n\n### Wednesday May 12\n"
            "- 07:00-8:30 CEST / 22:00-23:30 PDT (May 11) / 13:00-14:30 AWST [Meeting Notes]"
            "(https://github.com/x/o2.md)\n- Oxygen SOP: Assign people to paragraphs\n")
    assert _times(text) == [("16:00", "17:30", "Plenary 01"),
                            ("19:30", "21:00", "Networking Session")]


def test_a_session_then_its_talks_titles_in_quotes_is_the_session() -> None:
    text = ("Time | Activities |\n9:00 - 10:00 | Opening Ceremony |\n10:00 - 11:15 | Plenary "
            "Session I “The Long Term Strategy of the Programme” “The African Leadership "
            "Development: Core Issues” “Challenges and Trends” |\n11:15 - 11:45 | Tea Break |\n"
            "11:45 - 13:30 | Plenary Session II - “Promoting Integrity in Leadership” |\n")
    assert [t for _, _, t in _times(text)] == [
        "Opening Ceremony", "Plenary Session I", "Tea Break",
        "Plenary Session II - “Promoting Integrity in Leadership”"]  # one subject: kept


def test_a_place_after_a_title_and_a_comma_is_cut_into_the_description() -> None:
    text = ("Monday 1 October 2018\n7.00 – 9.00: Registration, Waterfront Hall, Riverside "
            "Entrance\n9.00 – 10.00: Plenary 1: State of Play, Popov Room\n"
            "10.00 – 11.00: Visit, Hall of Nations\n")
    p = propose(text)
    assert [s.title.value for s in p.segments] == [
        "Registration", "Plenary 1: State of Play", "Visit"]
    assert "Waterfront Hall, Riverside Entrance" in p.segments[0].description


def test_a_side_event_card_s_numbered_title_may_be_long_and_end_with_a_full_stop() -> None:
    title = ("2. Propelling Data-Driven Decisions in Fertilizer and Soil Health: Lessons Learned "
             "from the Abuja Declaration Building Fertilizer Data Sets and Developing a Pathway "
             "for Measuring Changes in Soil Health.")
    text = (f"1. Mapping Organic Feedstock Sources\nDate: May 7, 2024\nTime: 1530 to 1700 hrs "
            f"(GMT+3)\nLocation: KICC, Tent 6\n{title}\nDate: May 7, 2024\n"
            f"Time: 1700 to 1830 hrs (GMT+3)\n")
    assert [(a, b) for a, b, _ in _times(text)] == [("15:30", "17:00"), ("17:00", "18:30")]
    assert _times(text)[1][2].startswith("2. Propelling Data-Driven Decisions")


def test_a_card_s_numbered_title_wrapped_onto_an_indented_line_is_whole() -> None:
    text = ("We are glad to invite you to the side-events:\n\n  1. Post-Summit action\n\n"
            "Date: 7th May, 2024.\nTime: 14:00 pm to 15:30 pm EAT\nVenue: KICC Lawns, Tent 5.\n\n"
            "  1. The Great Debate: Towards Better Soil Health through Sustainable\n"
            "    Agricultural Practices\n    Date: 7th May 2024\n"
            "    Time: 15:30pm to 17:00pm EAT\n\n    Venue: KICC\n")
    assert [t for _, _, t in _times(text)][1] == (
        "1. The Great Debate: Towards Better Soil Health through Sustainable Agricultural "
        "Practices")


def test_who_gives_an_item_is_taken_when_its_moderator_follows() -> None:
    text = ("20.01.2021 10:00 (GMT+3)\n10:00-10:10 – Welcome and introduction by Jonas Wendel, "
            "Chief of Staff, Secretary General’s Office and moderator Dr. Kim Hannemann Møller, "
            "owner of Oxford Group.\n10:10-10:40 – 1st panel: Socio-economic development\n")
    p = propose(text)
    assert (p.segments[0].title.value, [x.name.value for x in p.segments[0].people]) == (
        "Welcome and introduction", ["Jonas Wendel", "Dr. Kim Hannemann Møller"])
    assert p.segments[0].people[0].role == "Chief of Staff, Secretary General’s Office"


def test_who_gives_a_welcome_is_no_column_heading() -> None:
    assert clean_title("Welcome by the Conference Moderators") == \
        "Welcome by the Conference Moderators"
    assert clean_title("Panel Discussion Moderator Contributors") == "Panel Discussion"


def test_numbered_items_run_together_each_with_its_time_in_square_brackets() -> None:
    p = propose("50th COUNCIL MEETING DETAILED AGENDA Day One 10 th July 2019 1 [13:00] "
                "Introductory Remarks and Finalization of Agenda [Prof. Zhou] [For Information] "
                "2 [13:10] Approval of Minutes of the 49th Council Meeting [Prof. Zhou] [For "
                "Information and Decision; voting by show of hands] The draft minutes are in the "
                "Agenda book. 3 [13:20] Ratification of Decisions Taken by Bureau\n")
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}", s.title.value,
             [x.name.value for x in s.people]) for s in p.segments] == [
        ("13:00", "13:10", "Introductory Remarks and Finalization of Agenda", ["Prof. Zhou"]),
        ("13:10", "13:20", "Approval of Minutes of the 49th Council Meeting", ["Prof. Zhou"])]


def test_a_sentence_on_what_the_item_covers_is_no_part_of_its_title() -> None:
    text = ("09.50-11.10 |\n2.1. National data issues: key challenges which can affect the "
            "comparability of estimates. This includes issues such as:\n11.10-11.30 | Coffee "
            "break |\n")
    assert [s.title.value for s in propose(text).segments][0] == (
        "2.1. National data issues: key challenges which can affect the comparability of "
        "estimates")


def test_a_pages_next_fields_after_a_title_and_its_hashtag() -> None:
    text = ("09:30 - 11:15 - Opening ceremony #RightsCulture Performance by Musicians for Human "
            "Rights Opening of the Forum\n\n11:30 - 12:45 - Parallel FRA working groups "
            "Description WG1: Belonging in today’s diverse societies\n")
    assert [s.title.value for s in propose(text).segments] == [
        "Opening ceremony #RightsCulture", "Parallel FRA working groups"]


def test_a_slides_agenda_with_its_times_run_into_the_cells() -> None:
    text = ("2 4th SG meeting, Athens, 10 June 2008 Agenda Agenda TopicsRapporteur 10:00Welcome "
            "and opening RAE/Co-chairs 10:151. Opening Approval of the agenda Co-chairs "
            "10:452. Cooperation and coordination RCC TSOs 12:003. Capacity issues (I) EFET "
            "13:00 Lunch\n")
    assert [(a, b) for a, b, _ in times_of(text)] == [
        ("10:00", "10:15"), ("10:15", "10:45"), ("10:45", "12:00"), ("12:00", "13:00")]
    assert times_of(text)[1][2].startswith("1. Opening")
