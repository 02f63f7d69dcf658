"""The grammar on the messy shapes real programmes take."""

from __future__ import annotations

import re
from datetime import date, time

from floorapp.core.programme.file import parse_programme
from floorapp.core.programme.importer import propose, propose_from_text
from floorapp.core.programme.importer.build import report, to_programme
from floorapp.core.programme.importer.clock import find_ranges
from floorapp.core.programme.importer.patterns import clean_title
from floorapp.core.programme.importer.people import split_people
from floorapp.core.programme.importer.proposal import ProposedSegment
from floorapp.core.programme.importer.run_in import name_after_item
from floorapp.core.programme.write import dump_programme
from tests.programme_import.support import times_of, titles_and_people

_times = times_of


def _valid(text: str) -> None:
    parse_programme(dump_programme(to_programme(propose(text))), "<test>")


def test_titles_on_the_next_line_and_people_per_line() -> None:
    text = """Tuesday, 3 April 2012
10:00 - 11:00
Opening segment
CHAIR H.E. Mr. John Smith, President of the General Assembly
11:00 - 1:00
Panel discussion on partnerships
moderator: Ms. Ana Ruiz, Director, UNODC
PANELLISTS
Mr. Ali Khan, Minister of Justice, Pakistan
Dr. Mary Jones (TBC), Professor, University of Oxford
"""
    p = propose(text)
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}", s.title.value)
            for s in p.segments] == [("10:00", "11:00", "Opening segment"),
                                     ("11:00", "13:00", "Panel discussion on partnerships")]
    assert p.segments[1].end.doubt  # "11:00 - 1:00" read as 13:00, and said so
    assert [x.name.value for x in p.segments[0].named("chair")] == ["H.E. Mr. John Smith"]
    panel = p.segments[1]
    assert [x.name.value for x in panel.named("moderator")] == ["Ms. Ana Ruiz"]
    assert [x.name.value for x in panel.named("panellist")] == ["Mr. Ali Khan", "Dr. Mary Jones"]
    assert panel.named("panellist")[1].name.doubt == "marked as to be confirmed"
    assert panel.named("panellist")[0].role == "Minister of Justice, Pakistan"
    assert p.date.value == date(2012, 4, 3)
    _valid(text)


def test_panellists_on_one_line_and_keynote() -> None:
    text = """3 pm – 4.30 pm Round table 1
Keynote: Prof. Jane Doe, Harvard University
Panelists: Mr. A. Brown (UNDP), Ms. C. Green (ILO) and Dr. D. White (WHO)
"""
    (seg,) = propose(text).segments
    assert [x.name.value for x in seg.named("panellist")] == ["Mr. A. Brown", "Ms. C. Green",
                                                             "Dr. D. White"]
    assert [x.role for x in seg.named("panellist")] == ["UNDP", "ILO", "WHO"]
    assert [x.name.value for x in seg.named("keynote")] == ["Prof. Jane Doe"]


def test_point_in_time_deadline_second_day_and_parallel_are_reported() -> None:
    text = """Monday, 9 March 2015
10:00 – 11:30 Opening of the session
11.45 Visit to the exhibition
12:00 – 13:00 Round table A (Conference Room 1)
12:00 – 13:00 Round table B (Conference Room 2)
1 p.m.: deadline for inscription on the list of speakers
Tuesday, 10 March 2015
10:00 – 13:00 General discussion
"""
    p = propose(text)
    assert _times(text) == [("10:00", "11:30", "Opening of the session"),
                            ("12:00", "13:00", "Round table A")]
    whys = " | ".join(f"{o.why}: {o.text}" for o in p.odd)
    assert "Visit to the exhibition" in whys and "point in time" in whys
    assert "deadline" in whys
    assert "Round table B" in whys and "parallel" in whys
    assert "General discussion" in whys and "another day" in whys
    lines = report(p, "note.txt")
    assert any(line.startswith("note.txt:3: not in the programme") for line in lines)
    _valid(text)


def test_flattened_onto_one_line() -> None:
    text = ("Programme Monday, 2 May 2016 10:00 – 10:30 Opening remarks: H.E. Mr. A. B, "
            "President 10:30 – 12:00 Panel 1: Financing Moderator: Ms. C. D, UNICEF "
            "Panellists: Mr. E. F, World Bank; Ms. G. H, OECD 12:00 – 13:00 Interactive "
            "dialogue 15:00 – 16:00 Closing")
    assert _times(text) == [("10:00", "10:30", "Opening remarks"),
                            ("10:30", "12:00", "Panel 1: Financing"),
                            ("12:00", "13:00", "Interactive dialogue"),
                            ("15:00", "16:00", "Closing")]
    seg = propose(text).segments[1]
    assert [x.name.value for x in seg.people] == ["Ms. C. D", "Mr. E. F", "Ms. G. H"]
    _valid(text)


def test_french_and_spanish() -> None:
    fr = """Mercredi 13 décembre 2023
10 h 00 – 11 h 30 Séance d'ouverture
Présidence : S.E. M. Jean Dupont, Président de l'Assemblée
11 h 30 – 13 h 00 Table ronde
Modératrice : Mme Claire Martin, UNESCO
Intervenants : M. Paul Durand, OMS ; Mme Léa Petit, PNUD
"""
    p = propose(fr)
    assert _times(fr) == [("10:00", "11:30", "Séance d'ouverture"),
                          ("11:30", "13:00", "Table ronde")]
    assert p.date.value == date(2023, 12, 13) and p.language == "fr"
    assert [x.label for x in p.segments[1].people] == ["moderator", "panellist", "panellist"]
    es = """Jueves 5 de mayo de 2022
10:00 a 11:30 Inauguración
Moderador: Sr. Juan Pérez, CEPAL
11:30 a 13:00 Panel de expertos
Panelistas: Sra. Ana Gómez (ONU Mujeres), Sr. Luis Díaz (OIT)
"""
    p = propose(es)
    assert _times(es) == [("10:00", "11:30", "Inauguración"), ("11:30", "13:00",
                                                              "Panel de expertos")]
    assert [x.name.value for x in p.segments[1].people] == ["Sra. Ana Gómez", "Sr. Luis Díaz"]
    assert p.date.value == date(2022, 5, 5)


def test_limits_from_prose() -> None:
    text = ("Statements should not exceed 3 minutes. 5 minutes for statements on behalf of "
            "groups. Speaking time is 2 minutes for all other speakers.\n10:00 - 13:00 Debate")
    limits = {k: v.value for k, v in propose(text).limits.items()}
    assert limits["member_state"] == 180 and limits["group"] == 300
    assert limits["civil_society"] == 120



def test_a_limit_after_a_person_is_not_their_affiliation() -> None:
    text = """10:30 - 13:00 Multi-stakeholder panel 1: Prevention and access
Moderator: Dr. Hanan Balkhy, WHO
Statements are limited to three minutes.
"""
    p = propose(text)
    (moderator,) = p.segments[0].named("moderator")
    assert moderator.role == "WHO"
    assert p.limits["member_state"].value == 180

def test_themes_under_a_label_and_run_on() -> None:
    text = """10:00 - 13:00 Panel I
Guiding questions:
1. How can States protect victims?
2. What role for the private sector?
"""
    (seg,) = propose(text).segments
    assert [t.value for t in seg.themes] == ["How can States protect victims?",
                                             "What role for the private sector?"]


def test_multi_day_with_dates_per_segment() -> None:
    text = """Tuesday, 7 July 2020, 9:00 AM-9:15 AM Opening
Tuesday, 7 July 2020, 9:15 AM-12:00 PM Session 1
Wednesday, 8 July 2020, 9:00 AM-12:00 PM Session 2
"""
    p = propose(text)
    assert [s.title.value for s in p.segments] == ["Opening", "Session 1"]
    assert p.date.value == date(2020, 7, 7)
    assert any("another day" in o.why and "Session 2" in o.text for o in p.odd)


def test_grid_of_parallel_meetings() -> None:
    text = """First week | 10 a.m.-1 p.m. | 3-6 p.m. |
---|---|---|
Monday 9 March 2015 | Opening of the session | General discussion |
Tuesday 10 March 2015 | Round table A | Round table B |
"""
    assert _times(text) == [("10:00", "13:00", "Opening of the session"),
                            ("15:00", "18:00", "General discussion")]
    p = propose(text)
    assert sum("another day" in o.why for o in p.odd) == 2
    _valid(text)


def test_nothing_found_still_makes_a_valid_programme_and_says_so() -> None:
    p = propose("Excellency, I have the honour to invite you to a dialogue.")
    (seg,) = p.segments
    assert seg.start.value == time(10) and "placeholder" in seg.start.doubt
    assert "date" in {w for w, _s, _y in p.doubts()}
    _valid("Excellency, I have the honour to invite you to a dialogue.")


def test_provenance_points_at_the_text() -> None:
    text = "Intro\n\n10:00 - 11:00 Opening Remarks\n"
    p = propose(text)
    seg = p.segments[0]
    assert text[slice(*seg.title.span)] == "Opening Remarks"
    assert p.line_of(seg.start.span) == 3


def test_a_second_day_after_an_undated_programme() -> None:
    text = """A dialogue on Tuesday, 14 March 2023 in Conference Room 4.
10am – 11 am Opening segment
3 pm – 4.30 pm Panel II
Wednesday, 15 March 2023
10:00 – 13:00 General discussion
"""
    p = propose(text)
    assert [s.title.value for s in p.segments] == ["Opening segment", "Panel II"]
    assert p.date.value == date(2023, 3, 14)
    assert any("another day" in o.why and "General discussion" in o.text for o in p.odd)


def test_a_range_holding_the_day_s_items_is_the_meeting_s_hours() -> None:
    """The heading's range is not a parallel meeting; the points under it chain."""
    text = """How ending the epidemic changes the world
Apr 25 @ 17:00 – 18:30

16:00 Ceremony at the Place des Nations
17:00 Public event at the Maison de la paix
18:30 Networking reception
"""
    p = propose(text)
    assert _times(text) == [("16:00", "17:00", "Ceremony at the Place des Nations"),
                            ("17:00", "18:30", "Public event at the Maison de la paix")]
    assert any("17:00 – 18:30" in o.text for o in p.odd)  # shown, not dropped
    assert any("Networking reception" in o.text for o in p.odd)


def test_day_hours_above_timed_items_and_people_without_honorifics() -> None:
    text = """Sunday, 19 May 2019 | 15:00 – 18:00
Auditorium Ivan Pictet, Maison de la paix

15:00 – 15:15 | Welcome
Jane Roe, Director, Global Health Centre

15:15 – 16:30 | Panel Discussion: what is at stake
Ana Pérez de la Torre, Ambassador; Permanent Representative of Mexico
Geneva, Switzerland
Moderator: Jane Roe
"""
    p = propose(text)
    assert _times(text) == [("15:00", "15:15", "Welcome"),
                            ("15:15", "16:30", "Panel Discussion: what is at stake")]
    assert [x.name.value for x in p.segments[0].people] == ["Jane Roe"]
    assert p.segments[0].people[0].name.doubt  # no label, no honorific: flagged
    assert [x.name.value for x in p.segments[1].people] == ["Ana Pérez de la Torre", "Jane Roe"]
    assert p.venue.value == "Auditorium Ivan Pictet, Maison de la paix"


def test_prose_to_around_and_a_meeting_named_with_an_article() -> None:
    text = ("Before the opening, there will be a plenary meeting to hear an address by the "
            "Secretary-General, scheduled to take place from 10:00 to around 10:50 a.m.\n")
    assert _times(text) == [("10:00", "10:50", "Plenary meeting")]


def test_a_point_followed_by_an_ordinal_and_a_date_after_the_range() -> None:
    assert _times("16:00 10th anniversary ceremony\n17:00 Reception\n18:00 Close\n")[0] == (
        "16:00", "17:00", "10th anniversary ceremony")
    text = """75th World Health Assembly
The Assembly takes place 20–28 May 2022 in Geneva.

Side event on diagnostics
12:30–14:00, 23 May 2022, InterContinental Hotel, Geneva

Round table on access to care
10:30–11:30, 24 May 2022, InterContinental Hotel, Geneva
"""
    p = propose(text)
    assert p.date.value == date(2022, 5, 23)
    assert _times(text) == [("12:30", "14:00", "Side event on diagnostics")]
    assert any("another day" in o.why for o in p.odd)


def test_a_room_and_its_city_whole() -> None:
    p = propose("Dialogue\n3 April 2012, Conference Room 2, United Nations Headquarters, "
                "New York\n10:00 - 11:00 Opening\n")
    assert p.venue.value == "Conference Room 2, United Nations Headquarters, New York"


def test_a_heading_s_date_and_place_are_not_its_title() -> None:
    p = propose("Panel on water, 5 June 2024, Room 4, Palais des Nations, Geneva\n"
                "10 am - 11.30 am Opening segment\n11.30 am - 1 pm Panel on water and peace\n")
    assert p.title.value == "Panel on water"
    assert p.date.value == date(2024, 6, 5)
    assert p.venue.value == "Room 4, Palais des Nations, Geneva"


def test_four_digit_points_with_their_zone() -> None:
    text = """SCHEDULE:
0800GMT – Session opened by the President of the Council
0815GMT – Address by the High Commissioner
0845GMT – Interactive dialogue on the report
1045GMT – Oral update
"""
    assert _times(text)[:2] == [
        ("08:00", "08:15", "Session opened by the President of the Council"),
        ("08:15", "08:45", "Address by the High Commissioner")]


def test_a_time_alone_on_its_line_with_the_title_below() -> None:
    text = """10:00 a.m.

Opening Plenary | United For Our Future

11:00 a.m.

Session I | Responding to the Climate Crisis

2:00 p.m.

Session II | Women's Rights
"""
    assert [t[:2] for t in _times(text)] == [("10:00", "11:00"), ("11:00", "14:00")]
    assert _times(text)[0][2].startswith("Opening Plenary")


def test_a_titled_range_holding_side_items_is_not_the_meeting_s_hours() -> None:
    text = """10.30 - 11.45h Opening plenary
11.45 - 12.45h First plenary
11.45-12.00h Minister Photo
12.00-12.45 Press Conference
12.45 - 15.00h Lunch break
"""
    titles = [t[2] for t in _times(text)]
    assert "Opening plenary" in titles and "Lunch break" in titles
    assert not any("11.45 - 12.45h First plenary" in o.text and "hours" in o.why
                   for o in propose(text).odd)


def test_batch_9_forms() -> None:
    """What the ninth batch's first run missed, each in a text of its own."""
    prose = ("The high-level segment will take place in Geneva on Thursday, 4 May, from "
             "3 - 6 p.m. and Friday, 5 May, from 10 a.m. - 1 p.m.\n")
    p = propose(prose)
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}") for s in p.segments] == [
        ("15:00", "18:00")]
    assert any("another day" in o.why for o in p.odd)
    hours = "The working hours will be from 0900 to 1200 hours and from 1400 to 1700 hours.\n"
    assert [t[:2] for t in _times(hours)] == [("09:00", "12:00"), ("14:00", "17:00")]
    assert _times("from 2015 to 2030 the goals, 10:00 - 11:00 Opening\n") == [
        ("10:00", "11:00", "Opening")]
    labelled = ("OPENING PLENARY: The President will address the Plenary, which will take "
                "place from 10:00-1:00 pm.\n\nCOMMITTEE OF THE WHOLE: It will meet from "
                "3:00-6:00 pm, in Conference Room 3.\n")
    assert _times(labelled) == [("10:00", "13:00", "Opening plenary"),
                                ("15:00", "18:00", "Committee of the whole")]
    split_day = """Saturday 24
November
9:00 - 16:00 Delegate arrival and registration
Monday 26
November
9:00 Opening by the Government
10:30 - 13:30 Plenary session
15:00 - 18:00 Plenary session
"""
    assert [t[:2] for t in _times(split_day)] == [("09:00", "10:30"), ("10:30", "13:30"),
                                                  ("15:00", "18:00")]
    caption = """High Level Plenary Session
Turning Targets into action
Monday 10 May 2010, 10:30-12:00
image: squares decoration Description
The year 2010 marks the halfway point between the conclusion of the summit and 2015, the year.
"""
    assert _times(caption)[0][2] == "Turning Targets into action"
    timed = "Expert meeting on the HLPF\nDate: June 21st 2019\nTime 8:45 am to 1:00 pm\n"
    assert _times(timed)[0][2] != "Time"


def test_batch_10_forms() -> None:
    """What the tenth batch's first run missed, each in a text of its own."""
    from floorapp.core.programme.importer import propose_from_text

    broken = ("Day One\n\nThursday, 08 September\n10:00 每 11:00\n\nCall to Action\n\n"
              "11:00 每 11:40\n\nKeynotes\n")
    p = propose_from_text(broken)
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}") for s in p.segments] == [
        ("10:00", "11:00"), ("11:00", "11:40")]
    assert p.segments[0].title.value == "Call to Action"
    assert any("dashes" in n for n in p.notes)
    lunch = "11:00 - 12:30 pm High-level Roundtable\n12:30 - 2:00 am Working Lunch\n"
    assert [t[:2] for t in _times(lunch)] == [("11:00", "12:30"), ("12:30", "14:00")]
    hosted = ("1:15 p.m.\n\nSecurity Council Luncheon hosted by Amb. ZHANG Jun of China, "
              "President of the Security Council for the Month of November\n\n3:30 p.m. "
              "Meeting with the Panel of External Auditors\n")
    assert _times(hosted)[0] == ("13:15", "15:30", "Security Council Luncheon")


def test_batch_11_forms() -> None:
    """What the eleventh batch's first run missed, each in a text of its own."""
    approx = """+/- 09.00 (photo opportunity)
Opening ceremony

+/- 10.15
First plenary session

+/- 12.00
First parallel session
"""
    assert _times(approx) == [("09:00", "10:15", "Opening ceremony"),
                              ("10:15", "12:00", "First plenary session")]
    slashed = "08.00 – 08.30 / Registration\n08.30 – 09.15\n(45min) / Opening Ceremony\n"
    assert [t[2] for t in _times(slashed)] == ["Registration", "Opening Ceremony"]


def test_a_title_glued_to_its_range_and_a_table_s_cells_run_into_titles() -> None:
    text = """Monday, 24 November 2014
09.30-10.00Launch of the Report 2014
10:45 - 11:15Coffee break
11:15 - 12:45 PSO Operational Aspects including Moderator Contributors
12:45 - 13:00 Presentations by the Panelists
1600-1700 / 7. Report of the Chairperson of the ET/SPI /
1700-1730 / COFFEE / TEA BREAK / 30 minutes
"""
    assert _times(text) == [
        ("09:30", "10:00", "Launch of the Report 2014"),
        ("10:45", "11:15", "Coffee break"),
        ("11:15", "12:45", "PSO Operational Aspects including"),
        ("12:45", "13:00", "Presentations by the Panelists"),
        ("16:00", "17:00", "7. Report of the Chairperson of the ET/SPI"),
        ("17:00", "17:30", "COFFEE / TEA BREAK")]


def test_day_headers_with_a_session_name_or_a_half_day() -> None:
    text = """Session 1A: Wednesday, 26 April afternoon
14:00 - 14:15 Introduction
Session 2: Thursday, 27 April morning:
08:30 - 09:00 Welcome coffee
"""
    assert _times(text) == [("14:00", "14:15", "Introduction")]
    french = """1ère demi-journée – mercredi 26 août – après-midi
14h00 – 14h30 : discours d’ouverture
2e demi-journée – jeudi 27 août – matin
9h30 – 10h20 : conférence
"""
    assert _times(french) == [("14:00", "14:30", "discours d’ouverture")]


def test_the_subject_after_a_numbered_part_or_a_kind_is_the_title() -> None:
    long_subject = ("Desafíos de la región de Latinoamérica y Caribe para garantizar el "
                    "cumplimiento de los Objetivos para el Desarrollo en un contexto difícil")
    text = f"""13:30 - 14:15 Sesión 1 - {long_subject}
15h30 – 16h30 : débat

Le siècle des pandémies ?
Vivre avec le risque
"""
    assert [t for _, _, t in _times(text)] == [f"Sesión 1 - {long_subject}",
                                               "Débat: Le siècle des pandémies ?"]


def test_a_flattened_title_ends_where_a_label_or_a_sentence_begins() -> None:
    text = ("Tuesday, November 3, 2015 9.30 – 11.00 Opening ceremony Welcome/Opening Remarks by: "
            "The Representative of the African Union (AU), Addis Ababa Mr. Francis Gurry, "
            "Director General 11.30 – 12.00 Press Conference 12.00 – 14.00 HIGH LEVEL SEGMENT "
            "AFRICA IN A KNOWLEDGE-BASED ECONOMY: CHALLENGES AND OPPORTUNITIES In the global "
            "knowledge-based economy there is increasing recognition that property matters")
    assert [t for _, _, t in _times(text)] == [
        "Opening ceremony", "Press Conference",
        "HIGH LEVEL SEGMENT AFRICA IN A KNOWLEDGE-BASED ECONOMY: CHALLENGES AND OPPORTUNITIES"]


def test_two_items_at_the_same_time_are_one_headed_by_the_first() -> None:
    text = """PROGRAMME - le 31 mai 2013.
16h - Ouverture du colloque
16h – Présentation du colloque par Isabelle Mallez
16h15 - 17h15 : Première table ronde
"""
    p = propose(text)
    assert _times(text) == [("16:00", "16:15", "Ouverture du colloque"),
                            ("16:15", "17:15", "Première table ronde")]
    assert "Présentation du colloque par Isabelle Mallez" in p.segments[0].description
    assert any("same time" in o.why for o in p.odd)  # reported, not dropped


def test_bare_names_with_a_lower_case_role_or_an_acronym() -> None:
    text = """07:00 - 07:05
Opening Remarks
Henrietta Fore, UNICEF, United States
14h00 – 14h30 : discours d’ouverture
Geoffroy Roux de Bézieux, président du Mouvement des entreprises de France
15:00 - 16:00 Apertura
- José Manuel Salazar, Secretario Ejecutivo de la CEPAL.
"""
    p = propose(text)
    assert [[x.name.value for x in s.people] for s in p.segments] == [
        ["Henrietta Fore"], ["Geoffroy Roux de Bézieux"], ["José Manuel Salazar"]]


def test_a_two_column_table_run_onto_one_line() -> None:
    text = ("| | 08.30 - 09.15 | Opening of the Meeting | 09.15 - 12.15 | Topic 1 : Standards "
            "Introduced by Mr Stephan Vigié (UNMAS) | 10.00 - 10.15 | Coffee break | 12.15 - "
            "12.30 | Summing up | Tuesday 14 September | | 09.00 - 11.30 | Topic 3 : Planning |")
    p = propose(text)
    assert _times(text) == [("08:30", "09:15", "Opening of the Meeting"),
                            ("09:15", "12:15", "Topic 1 : Standards"),
                            ("12:15", "12:30", "Summing up")]
    assert [x.name.value for x in p.segments[1].people] == ["Mr Stephan Vigié"]
    whys = " ".join(o.why for o in p.odd)
    assert "parallel" in whys and "another day" in whys  # the break inside, the second day


def test_a_speaker_after_a_dash_when_the_title_has_a_colon() -> None:
    text = "19.05 – 19.20 Open innovation: what it is – Prof. Wim Vanhaverbeke, Hasselt University"
    p = propose(text)
    assert p.segments[0].title.value == "Open innovation: what it is"
    assert [x.name.value for x in p.segments[0].people] == ["Prof. Wim Vanhaverbeke"]


def test_the_venue_from_a_place_line_a_heading_or_where() -> None:
    assert propose("The WIPO Work Program\nFriday October 17, 2003\nCentro Cultural de Belem\n"
                   "9.00 - 9.15 Welcome").venue.value == "Centro Cultural de Belem"
    assert propose("Open Innovation\n22 September 2010 Hotel Intercontinental, Geneva\n"
                   "18.30 – 19.00 Drinks").venue.value == "Hotel Intercontinental, Geneva"
    assert propose("MEETING OF THE TEAM\nMONTREAL, CANADA, 23-27 APRIL 2012\n"
                   "0900-0930 Opening").venue.value == "MONTREAL, CANADA"
    assert propose("What: Launch\nWhen: Tuesday 25 October 2005, 10am-11am\n"
                   "Where:  United Nations Secretariat Building\n").venue.value == \
        "United Nations Secretariat Building"


def test_table_rows_as_word_and_web_pages_give_them() -> None:
    word = ("Monday, 3 May 2010\nTime\tSession\tSpeakers\n"
            "10:00-10:15\tOpening\tH.E. Mr. John Smith\n"
            "10:15-11:30\tPanel on water\tMs. Ana Ruiz\n")
    p = propose(word)
    assert _times(word) == [("10:00", "10:15", "Opening"), ("10:15", "11:30", "Panel on water")]
    assert [x.name.value for x in p.segments[0].people] == ["H.E. Mr. John Smith"]
    web = "| Session 1 | 10:00 – 11:30 | Financing |\n| Session 2 | 11:30 – 13:00 | Technology |\n"
    assert _times(web) == [("10:00", "11:30", "Financing"), ("11:30", "13:00", "Technology")]


def test_from_a_time_to_a_time_a_duration_and_a_colon_before_the_title() -> None:
    assert _times("From 10:00 to 11:00: Opening\nFrom 11:00 to 12:30: Interactive dialogue\n") \
        == [("10:00", "11:00", "Opening"), ("11:00", "12:30", "Interactive dialogue")]
    assert _times("10:00-10:30 (30 min) Opening\n10:30-11:00 (30 min) Keynote\n") == [
        ("10:00", "10:30", "Opening"), ("10:30", "11:00", "Keynote")]
    assert _times("10:00 – 11:00:\nOpening session\n11:00 – 13:00:\nRound table 1\n") == [
        ("10:00", "11:00", "Opening session"), ("11:00", "13:00", "Round table 1")]


def test_full_width_digits_are_read() -> None:
    from floorapp.core.programme.importer import propose_from_text

    p = propose_from_text("10：00－10：30 Opening\n10：30－12：00 Panel\n")
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}", s.title.value)
            for s in p.segments] == [("10:00", "10:30", "Opening"), ("10:30", "12:00", "Panel")]


def test_a_range_with_only_a_duration_takes_the_next_range_s_title() -> None:
    text = """10.00 – 10.30 / Break
10.30 – 11.45
(1 hr 15 min)
11.45 – 13.00
UNESCO and its Reform Process
13.00 – 14.30 / Lunch
"""
    p = propose(text)
    assert _times(text) == [("10:00", "10:30", "Break"),
                            ("10:30", "11:45", "UNESCO and its Reform Process"),
                            ("11:45", "13:00", "UNESCO and its Reform Process"),
                            ("13:00", "14:30", "Lunch")]
    assert "next range" in p.segments[1].title.doubt


def test_titles_above_their_ranges() -> None:
    text = """Opening segment
10:00 – 10:15
Chair: H.E. Mr. John Smith
Panel discussion
10:15 – 11:30
Moderator: Ms. Ana Ruiz
"""
    p = propose(text)
    assert _times(text) == [("10:00", "10:15", "Opening segment"),
                            ("10:15", "11:30", "Panel discussion")]
    assert [[x.name.value for x in s.people] for s in p.segments] == [
        ["H.E. Mr. John Smith"], ["Ms. Ana Ruiz"]]


def test_markdown_headings_above_their_ranges_are_their_titles() -> None:
    text = """# Agenda

## Arrival of guests
### 17:30 - 18:30

## Welcome keynote
18:30 - 18:50

- Leena Wokeck, CSR Asia (Moderator)

## Closing Remarks
18:50 - 19:00

Note that this event has been designed to let all guests speak
"""
    assert _times(text) == [("17:30", "18:30", "Arrival of guests"),
                            ("18:30", "18:50", "Welcome keynote"),
                            ("18:50", "19:00", "Closing Remarks")]


def test_more_ways_to_write_a_line_of_the_programme() -> None:
    assert _times("10:00–11:30 | Opening Session | Chair: H.E. Mr. X Y\n") == [
        ("10:00", "11:30", "Opening Session")]
    assert _times("Session I (10:00 – 11:30): Financing for development\n") == [
        ("10:00", "11:30", "Session I: Financing for development")]
    assert [(a, b) for a, b, _ in _times("Panel 1 – 10:00 to 11:30 – Financing\n")] == [
        ("10:00", "11:30")]
    assert _times("De 10:00 a 11:30 horas: Inauguración\n") == [
        ("10:00", "11:30", "Inauguración")]
    p = propose("10:00 – 10:15 Opening remarks, H.E. Mr. Abdulla Shahid, President\n")
    assert p.segments[0].title.value == "Opening remarks"
    assert [x.name.value for x in p.segments[0].people] == ["H.E. Mr. Abdulla Shahid"]


def test_a_web_page_s_link_notes_are_not_part_of_a_title() -> None:
    assert _times("10:00-11:00 Opening Session (Video of the session)\n"
                  "11:00-11:30 Setting the scene (PDF)\n") == [
        ("10:00", "11:00", "Opening Session"), ("11:00", "11:30", "Setting the scene")]


def test_the_first_day_of_a_span_and_the_day_the_segments_are_under() -> None:
    assert propose("The session will be held on 9-10 May 2012 in Beirut.\n"
                   "10:00 - 11:00 Opening").date.value == date(2012, 5, 9)
    text = ("The second session prepares the conference scheduled in Marrakech on 10 and 11 "
            "December 2018.\n\nDAY ONE- 8 October 2018\n\n10:00-11:00 Opening Session\n")
    assert propose(text).date.value == date(2018, 10, 8)


def test_items_told_in_prose_after_their_times() -> None:
    text = ("The Session will be held on 9-10 May 2012. 3. Wednesday 9 May, 2012 at 9:30 a.m.: "
            "Opening ceremony. Reporters should arrive by 9:00 a.m. 4. Wednesday 9 May, 2012 "
            "from 11:00 a.m. till 1 p.m.: A ministerial round table discussion will be held "
            "with journalists on “The Role of Participation in Development.” 5. Wednesday 9 "
            "May, 2012 from 2:00 p.m. till 4:00 pm.: A ministerial round table discussion will")
    assert _times(text) == [
        ("09:30", "11:00", "Opening ceremony"),
        ("11:00", "13:00",
         "A ministerial round table discussion: The Role of Participation in Development"),
        ("14:00", "16:00", "A ministerial round table discussion")]


def test_a_title_glued_to_a_meridiem_and_side_events_written_after_the_programme() -> None:
    text = """Tuesday, May 2, 2017
10am-1pmItem 5
Dialogue with indigenous peoples
3pm-6pmItem 6
Dialogue with Member States

10:00am-11:30amCRBThe Significance of Indigenous Literatures
1:15pm-2:30pmCR4Updates on a new International Mechanism
"""
    p = propose(text)
    assert [(a, b) for a, b, _ in _times(text)][:1] == [("10:00", "13:00")]
    assert ("15:00", "18:00") in [(a, b) for a, b, _ in _times(text)]
    assert any("parallel" in o.why and "Significance" in o.text for o in p.odd)


def test_a_time_label_under_its_title_or_above_it() -> None:
    text = """22 September
Time: 9am – 12:30pm
Location: General Assembly Hall
Opening Plenary Meeting
Remarks from:
- H.E. Mr. Sam Kutesa, President of the General Assembly
Roundtable 1: UN system action
Time: 3pm – 6pm
Location: Conference Room 4
"""
    assert _times(text) == [("09:00", "12:30", "Opening Plenary Meeting"),
                            ("15:00", "18:00", "Roundtable 1: UN system action")]


def test_points_in_the_gaps_between_ranges_and_after_the_last() -> None:
    text = """Saturday - April 19, 2008
8: 30am Breakfast
9:00am Traditional Greetings
10:30 – 11:30am Navigating the UN
12 – 1 pm Lunch
2:30- 3 pm Q and A
3 pm Final thoughts
3:30pm Adjourn
"""
    assert _times(text) == [("08:30", "09:00", "Breakfast"),
                            ("09:00", "10:30", "Traditional Greetings"),
                            ("10:30", "11:30", "Navigating the UN"),
                            ("12:00", "13:00", "Lunch"),
                            ("14:30", "15:00", "Q and A"),
                            ("15:00", "15:30", "Final thoughts")]


def test_a_date_line_and_a_venue_label_without_colons() -> None:
    p = propose("This Sunday, 5 June, marks thirty years.\n"
                "Date, time Friday 3 June 2011 - 11:00 EST\n"
                "Venue 11:00-11:45 am, Dag Hammarskjöld Library Auditorium\n")
    assert p.date.value == date(2011, 6, 3)
    assert p.segments[0].title.value != "Venue"


def test_four_digit_points_where_the_ranges_have_four_digits() -> None:
    text = """Saturday October 31, 2015.
0930 Welcome
0945 – Setting the Scene
1015-1200 Biodiversity and human well being
1200-1215 – Wrap Up
"""
    assert _times(text) == [("09:30", "09:45", "Welcome"), ("09:45", "10:15", "Setting the Scene"),
                            ("10:15", "12:00", "Biodiversity and human well being"),
                            ("12:00", "12:15", "Wrap Up")]
    assert _times("2015 Annual report\n10:00 - 11:00 Opening\n") == [
        ("10:00", "11:00", "Opening")]  # a year at the start of a line is no time


def test_an_organiser_with_its_acronym_ends_a_flattened_title() -> None:
    text = ("Monday 5th November 2018 09:30 – 10:45 Nuclear Disarmament or Nuclear Arms Race: "
            "The World at Crossroads Quaker United Nations Office (QUNO), Geneva Centre for "
            "Security Policy (GCSP) Maison de la Paix, Auditorium Ivan Pictet A Nuclear "
            "multilateral non-proliferation and disarmament agreements are threatened")
    assert [t for _, _, t in _times(text)] == [
        "Nuclear Disarmament or Nuclear Arms Race: The World at Crossroads"]
    subject = ("Topic 1 International Intellectual Property (IP) Protection of Software: History, "
               "Purpose and Challenges")
    assert clean_title(subject) == subject  # the acronym of a subject that goes on after it


def test_a_long_title_in_title_case_keeps_its_subject_and_its_acronym() -> None:
    title = ("Session 1: Setting The Stage ― Towards an Integrated Approach for Cybersecurity "
             "and Critical Information Infrastructure Protection (CIIP)")
    assert clean_title(title) == title  # no organiser after "and", no sentence at "The Stage"
    assert clean_title("High-level dialogue on financing for development The meeting will "
                       "review progress since Addis Ababa in 2015 and since") == \
        "High-level dialogue on financing for development"
    assert clean_title("Regional presentations (Arab States) by: Bahrain, Jordan") == \
        "Regional presentations (Arab States)"
    assert clean_title("Organized by: Guttmacher Institute") == "Organized by: Guttmacher Institute"


def test_a_day_of_arrivals_named_in_its_header_is_not_the_first_day() -> None:
    text = """Sunday 9 September 2012 – Arrival and Welcome of Participants
16.00-18.00 Sub-regional meeting of the region
19.00-21.30 Informal Dinner
Monday 10 September 2012 – Sessions on 37 C/5
09.00-09.30 Welcome and formal opening
"""
    p = propose(text)
    assert _times(text) == [("09:00", "09:30", "Welcome and formal opening")]
    assert p.date.value == date(2012, 9, 10)


def test_a_session_s_kind_above_its_title_and_its_place_below_its_time() -> None:
    text = """June 23, 2022, 17:00 - 20:30 CEST
Hybrid - Palais des Nations | Room XXI
Video Recording
High Level Plenary

A World in Crisis: Evidence-Based Solutions
"""
    assert _times(text) == [
        ("17:00", "20:30", "High Level Plenary: A World in Crisis: Evidence-Based Solutions")]


def test_a_table_run_together_start_title_room_end() -> None:
    text = """Monday 17 October 2011
9:00am‐ Welcome and introduction to the day Room II 9:10am Ms Pilar Alvarez, UNESCO
9:10am‐ Conflict Resolution and Reconciliation Room II 1:00pm: This workshop introduces skills.
1:00pm‐ Lunch break and networking Foyer 1:30pm
"""
    assert _times(text) == [("09:00", "09:10", "Welcome and introduction to the day"),
                            ("09:10", "13:00", "Conflict Resolution and Reconciliation"),
                            ("13:00", "13:30", "Lunch break and networking")]


def test_a_label_spaced_apart_by_a_pdf_is_not_a_title() -> None:
    text = ("Panel discussion on the role of prevention\n"
            "Date and v enue 18 September 2014, 12:00-15:00, Room XX, Palais des Nations\n"
            "Pursuant to the Council's resolution, the Office consulted States and others.\n")
    assert _times(text) == [("12:00", "15:00", "Panel discussion on the role of prevention")]


def test_a_zone_after_each_time_and_a_speaker_after_an_em_dash() -> None:
    assert _times("10:00 AM ET – 11:00 AM ET: Opening\n11:00 AM ET – 12:30 PM ET: Panel\n") == [
        ("10:00", "11:00", "Opening"), ("11:00", "12:30", "Panel")]
    p = propose("10:00 – 10:15 Opening — H.E. Mr. John Smith, President\n")
    assert p.segments[0].title.value == "Opening"
    assert [x.name.value for x in p.segments[0].people] == ["H.E. Mr. John Smith"]


def test_a_word_table_with_people_under_labels_in_their_cells(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import docx

    from floorapp.core.programme.importer import propose_from_file

    d = docx.Document()
    d.add_paragraph("High-level event on water and peace")
    d.add_paragraph("Thursday, 22 September 2022, Conference Room 4")
    rows = [("Time", "Session", "Speakers"),
            ("10:00 – 10:15", "Opening remarks", "H.E. Mr. Csaba Kőrösi, President"),
            ("10:15 – 11:30", "Panel: water for peace", "Moderator: Ms. Ana Ruiz, UN-Water")]
    table = d.add_table(rows=len(rows), cols=3)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    d.save(tmp_path / "note.docx")
    p = propose_from_file(tmp_path / "note.docx")
    assert [(s.title.value, [(x.name.value, x.label) for x in s.people]) for s in p.segments] == [
        ("Opening remarks", [("H.E. Mr. Csaba Kőrösi", "speaker")]),
        ("Panel: water for peace", [("Ms. Ana Ruiz", "moderator")])]
    assert p.venue.value == "Conference Room 4"


def test_a_heading_s_dates_at_its_end_are_not_the_title_and_word_hyphens_are_hyphens() -> None:
    from floorapp.core.programme.importer import propose_from_text

    p = propose_from_text("How Youth Drive Change 7th UNESCO YOUTH FORUM of the UNESCO General "
                          "Conference 17\u201020 October 2011\n\nPROGRAMME\n"
                          "9:00 - 9:10 Welcome, Ms Pilar Alvarez\u2010Laso, UNESCO\n"
                          "9:10 - 13:00 Conflict Resolution and Reconciliation\n")
    assert p.title.value == ("How Youth Drive Change 7th UNESCO YOUTH FORUM of the UNESCO "
                             "General Conference")
    assert p.date.value == date(2011, 10, 17)
    assert "Alvarez-Laso" in p.text


def test_accents_a_chinese_code_page_broke_and_spanish_prose_hours() -> None:
    from floorapp.core.programme.importer import propose_from_text

    p = propose_from_text(
        "Jornadas de Acci\u00a8\u00aen de la Cumbre del Futuro\n"
        "Jornada de Acci\u00a8\u00aen 1: viernes 20 de septiembre de 2024, de las 13.00 a las "
        "18.00 horas (horario exacto por confirmar)\n"
        "Las Jornadas de Acci\u00a8\u00aen son una oportunidad para la juventud.\n")
    assert p.title.value == "Jornadas de Acción de la Cumbre del Futuro"
    assert any("repaired broken encoding" in n for n in p.notes)
    assert _times(p.text) == [("13:00", "18:00", "Jornada de Acción 1")]
    assert p.date.value == date(2024, 9, 20)


def test_people_after_their_roles_and_after_a_short_label() -> None:
    text = """+/- 10.15
First plenary session – political focus
Co-chaired by EU High Representative Federica Mogherini and UN Special Envoy for Syria \
Staffan de Mistura
+/- 12.00
Opening remarks
Statements by the President of the General Assembly
CBD Secretariat: Braulio Ferreira de Souza Dias
QCBS & Future Earth: Andrew Gonzalez
+/- 13.00
Lunch
"""
    p = propose(text)
    assert [(x.name.value, x.role, x.label) for x in p.segments[0].people] == [
        ("Federica Mogherini", "EU High Representative", "chair"),
        ("Staffan de Mistura", "UN Special Envoy for Syria", "chair")]
    assert [x.name.value for x in p.segments[1].people] == [
        "Braulio Ferreira de Souza Dias", "Andrew Gonzalez"]  # not "General Assembly"


def test_a_person_the_title_is_about_stays_in_it() -> None:
    p = propose("15:30 - 16:00 Meet with Ms. Maria Francesca Spatolisano, the Assistant "
                "Secretary-General\n16:00 - 16:15 Break\n")
    assert p.segments[0].title.value.startswith("Meet with Ms. Maria Francesca Spatolisano")
    assert [x.name.value for x in p.segments[0].people] == ["Ms. Maria Francesca Spatolisano"]
    assert propose("12:00 - 13:00 Luncheon hosted by Amb. Zhang Jun\n").segments[0].title.value \
        == "Luncheon"


def test_forms_of_the_web_and_of_word_written_for_the_general_case() -> None:
    """Forms written without any corpus text: a zone before a table's cell, a label that
    titles a point ("Keynote: The future of work"), "Time:" lines titled below, brackets,
    Markdown, a period word that is the title ("Morning session"), a prose list of items."""
    assert _times("10:00–10:15 CET | Welcome\n10:15–11:15 UTC+1 | Roundtable: Youth\n") == [
        ("10:00", "10:15", "Welcome"), ("10:15", "11:15", "Roundtable: Youth")]
    assert _times("10.00 Welcome\n10.15 Keynote: The future of work\n11.00 Panel: Digital "
                  "inclusion\n12.00 Lunch\n13.00 End\n")[1:3] == [
        ("10:15", "11:00", "Keynote: The future of work"),
        ("11:00", "12:00", "Panel: Digital inclusion")]
    p = propose("10.15 Keynote: Ms. Jane Roe, WHO\n11.00 Close\n12.00 End\n")
    assert p.segments[0].title.value == "Keynote"
    assert [x.name.value for x in p.segments[0].people] == ["Ms. Jane Roe"]
    assert _times("Time: 10:00 - 10:30\nSession: Welcome and opening remarks\n"
                  "Time: 10:30 - 12:00\nSession: Panel on health financing\n") == [
        ("10:00", "10:30", "Welcome and opening remarks"),
        ("10:30", "12:00", "Panel on health financing")]
    assert _times("Opening ceremony [10:00 – 10:30]\nPlenary debate [10:30 – 12:30]\n") == [
        ("10:00", "10:30", "Opening ceremony"), ("10:30", "12:30", "Plenary debate")]
    p = propose("## Session 1\n**10:00 - 11:00**\n**Opening and welcome**\n## Session 2\n"
                "**11:00 - 12:30**\n**Technology and innovation**\n")
    assert [s.title.value for s in p.segments] == ["Opening and welcome",
                                                   "Technology and innovation"]
    assert _times("Morning session (10 a.m. – 1 p.m.)\nAfternoon session (3 p.m. – 6 p.m.)\n") \
        == [("10:00", "13:00", "Morning session"), ("15:00", "18:00", "Afternoon session")]
    assert _times("From 3 to 4 p.m.: Opening plenary. From 4 to 5.30 p.m.: Working groups. "
                  "From 5.30 to 6 p.m.: Closing.\n") == [
        ("15:00", "16:00", "Opening plenary"), ("16:00", "17:30", "Working groups"),
        ("17:30", "18:00", "Closing")]


def test_a_table_whose_title_cell_comes_before_the_time() -> None:
    text = ("Session\tTime\tSpeakers\nOpening\t10:00-10:15\tH.E. Mr. X\n"
            "Panel 1: Health\t10:15-11:30\tDr. Y; Dr. Z\n")
    p = propose(text)
    assert titles_and_people(p) == [
        ("Opening", ["H.E. Mr. X"]), ("Panel 1: Health", ["Dr. Y", "Dr. Z"])]
    assert p.title.value == "Meeting"  # the heading row is not the meeting's title


def test_people_hosted_by_and_listed_with_semicolons() -> None:
    p = propose("10:00 - 10:30 Welcome\nHosted by Jane Smith, UNDP\n10:30 - 11:30 Fireside chat\n"
                "Speakers: John Doe, UNICEF; Amina Diallo, UNFPA\n")
    assert [[x.name.value for x in s.people] for s in p.segments] == [
        ["Jane Smith"], ["John Doe", "Amina Diallo"]]
    assert p.title.value == "Meeting"  # "Hosted by …" is not the meeting's title
    # a semicolon inside one person's roles does not make a second person
    p = propose("10:00 - 11:00 Panel\nSpeakers: Awa Coll-Seck, Minister of State, Senegal; "
                "Board Member, RBM Partnership\n")
    assert [x.name.value for x in p.segments[0].people] == ["Awa Coll-Seck"]


def test_a_room_after_a_dash_and_a_title_with_a_label_word_in_a_flattened_line() -> None:
    assert _times("10:00 – 10:30 - Opening ceremony - Main hall\n10:30 – 12:00 - Debate - "
                  "Room 2\n") == [("10:00", "10:30", "Opening ceremony"),
                                  ("10:30", "12:00", "Debate")]
    p = propose("PROVISIONAL PROGRAMME 10:00 – 10:30 Opening of the meeting H.E. Mr. A, "
                "President 10:30 – 12:00 Interactive panel: Oceans and climate Moderator: Ms. "
                "B, UNEP Panellists: Dr. C, WMO; Mr. D, IMO 12:00 – 12:30 Closing remarks")
    assert [s.title.value for s in p.segments][:3] == [
        "Opening of the meeting", "Interactive panel: Oceans and climate", "Closing remarks"]
    assert [x.name.value for x in p.segments[1].people] == ["Ms. B", "Dr. C", "Mr. D"]


def test_a_table_a_pdf_gave_column_by_column() -> None:
    assert _times("09:00 – 09:30\n09:30 – 10:00\n10:00 – 11:00\nRegistration\nOpening\n"
                  "Panel on water\n") == [("09:00", "09:30", "Registration"),
                                          ("09:30", "10:00", "Opening"),
                                          ("10:00", "11:00", "Panel on water")]
    p = propose("09:30 – 10:00 Opening remarks by\nH.E. Ms. X, Minister\n10:00 – 11:00 Panel\n")
    assert p.segments[0].title.value == "Opening remarks"
    assert [x.name.value for x in p.segments[0].people] == ["H.E. Ms. X"]


def test_more_dashes_and_a_title_below_a_range_with_its_zone() -> None:
    for dash in ("‒", "−", "~", "～"):
        assert _times(f"10:00 {dash} 11:00 Opening\n11:00 {dash} 12:00 Debate\n") == [
            ("10:00", "11:00", "Opening"), ("11:00", "12:00", "Debate")]
    assert _times("10:00 - 11:00 a.m. (New York time)\nOpening segment\n"
                  "11:00 a.m. - 12:30 p.m. (New York time)\nInteractive dialogue\n") == [
        ("10:00", "11:00", "Opening segment"), ("11:00", "12:30", "Interactive dialogue")]


def test_a_numbered_part_with_its_subject_below_and_a_short_weekday() -> None:
    p = propose("Day 1 (Monday, 4 March 2024)\nSession 1 | 10:00 – 11:30\nOpening and "
                "scene-setting\nSession 2 | 11:45 – 13:00\nFinancing for development\n")
    assert [s.title.value for s in p.segments] == [
        "Session 1: Opening and scene-setting", "Session 2: Financing for development"]
    assert _times("Tue, Jun 11 | 10:00 AM – 11:00 AM EDT\nOpening plenary\n"
                  "Tue, Jun 11 | 11:00 AM – 12:30 PM EDT\nPartnership dialogue\n") == [
        ("10:00", "11:00", "Opening plenary"), ("11:00", "12:30", "Partnership dialogue")]
    p = propose("Programme\n\n15:00 Opening of the session\n  - Statement by the Chair\n"
                "15:30 Presentation of the report\n16:30 Closure\n")
    assert p.title.value == "Meeting"  # a bullet is not the meeting's title


def test_what_batch_17_brought_durations_places_and_notes_under_a_time() -> None:
    """Rules from batch 17, after its first run, each in the general form."""
    # a duration line under the range; a speaker's kind alone on its line is the title
    text = ("16:00 –16:05\n\n5 minutos\n\nBienvenida\n\nSra. Marcela Villarreal, FAO\n\n"
            "Presentación de los participantes\n\n16:05 –16:20\n\n15 minutos\n\nApertura\n\n"
            "Sr Luis Lobo, FAORLC\n")
    assert [s.title.value for s in propose(text).segments] == ["Bienvenida", "Apertura"]
    # the same place under every time is a field of the page, not a title
    venue = "Kigali Convention Centre, Kigali, Rwanda"
    text = "".join(f"{a} - {b}\n{venue}\n{t}\nDr. X Y,\n\n" for a, b, t in (
        ("09:00", "11:30", "Registration"), ("11:30", "13:00", "Health financing"),
        ("13:00", "14:00", "Side event on E-Health")))
    assert [s.title.value for s in propose(text).segments] == [
        "Registration", "Health financing", "Side event on E-Health"]
    # "onwards" after a point; a numbered item after a point; an OECD document symbol
    assert _times("07.30 onwards\n\nRegistration\n\n08.30–10.30\nGroup meetings\n")[0] == (
        "07:30", "08:30", "Registration")
    assert _times("12h30 1. Opening Remarks C/A(2010)12/PROV 2. Strategic Orientations\n\n"
                  "14h00 3. Fiscal Consolidation C/MIN(2010)21\n\n17h00 4. Accession\n") == [
        ("12:30", "14:00", "1. Opening Remarks"), ("14:00", "17:00", "3. Fiscal Consolidation")]
    # a place in brackets after the title; a note in brackets alone; "Location" alone
    assert _times("09.00 – 11.45 Standing Committee (Ratsaal, 5th floor)\n") == [
        ("09:00", "11:45", "Standing Committee")]
    p = propose_from_text("9:30 a.m.–12:30 p.m.\nInauguration of the Session\n"
                          "\uf0b7 Adoption of the Agenda (Item 4)\n2:00 p.m.–5:00 p.m. (Plenary)\n"
                          "Key addresses\n8 March 2018, 15:00–17:30 UTC\nLocation\nOnline\n")
    assert [s.title.value for s in p.segments] == ["Inauguration of the Session",
                                                   "Key addresses"]
    assert "•" in p.text and "\uf0b7" not in p.text  # Word's Symbol bullet, read as a bullet


def test_hours_marked_with_a_full_stop_and_kinds_with_titles_above() -> None:
    assert _times("10:00 hrs. – 11:00 hrs. Inauguración\n11:00 h. a 12:30 h. Panel de alto "
                  "nivel\n") == [("10:00", "11:00", "Inauguración"),
                                 ("11:00", "12:30", "Panel de alto nivel")]
    # titles above their ranges: "Panel 1" is a title, not a kind waiting for its subject
    assert _times("Opening session\n10:00-11:00\nPanel 1\n11:00-12:30\nClosing\n12:30-13:00\n") \
        == [("10:00", "11:00", "Opening session"), ("11:00", "12:30", "Panel 1"),
            ("12:30", "13:00", "Closing")]
    assert _times("10:15 – 11:30 Interactive dialogue:\n\"Building back better\"\n11:30 – 12:00 "
                  "Closing\n")[0] == ("10:15", "11:30", "Interactive dialogue: \"Building back "
                                                       "better\"")


def test_what_batch_18_brought_notes_durations_and_web_marks() -> None:
    """Rules from batch 18, after its first run, each in the general form."""
    # a note on the hours is not an item; "--" ends a title run into its paragraph
    p = propose("13.00 - 13.30 Opening\n13:30-16:30 Interpretation provided in EN - FR - DE\n"
                "13.30 - 14.15 A New Asylum Policy\n14:15 - 15:30 The view of Parliament\n")
    assert [s.title.value for s in p.segments] == [
        "Opening", "A New Asylum Policy", "The view of Parliament"]
    long = "What the science says -- " + "Science was the driving force. " * 5
    assert _times(f"10:00 - Opening\n10:10 - {long}\n11:00 - Coffee\n11:30 - End\n")[1] == (
        "10:10", "11:00", "What the science says")
    # a start and its duration, in a Markdown table or a Word one; links, <br> and *italics*
    md = ("|Time|Duration|Topic|Presenter|\n|---|---|---|---|\n|13:00|5 mins|Introduction|A|\n"
          "|13:05|15 mins|[Latest updates](/assets/x.pdf)|B|\n|13:20|5 mins|Wrap up|C|\n")
    assert _times(md) == [("13:00", "13:05", "Introduction"),
                          ("13:05", "13:20", "Latest updates"), ("13:20", "13:25", "Wrap up")]
    assert _times("13:00\t5 mins\tIntroduction\n13:05\t15 mins\tLatest updates\n") == [
        ("13:00", "13:05", "Introduction"), ("13:05", "13:20", "Latest updates")]
    assert _times("**09:00 - 09:30**: Welcome by the organizers<br>\n**12:15 - 13:00**: Talk 2 "
                  "(Jane Roe): *Regional hydrology*<br>\n") == [
        ("09:00", "09:30", "Welcome by the organizers"),
        ("12:15", "13:00", "Talk 2: Regional hydrology")]  # Jane Roe: a speaker


def test_a_markdown_file_front_matter_and_a_heading_glued_to_its_first_row() -> None:
    text = ("---\nlayout: ../../layouts/Event.astro\ntitle: 'UNCRD Seminar: Advancing 3Rs'\n"
            "time: 9:30\n---\n **Time** **Programme** | **Speaker** || 09:30‐09:40 | Opening "
            "Statement | Mr. A |\n| 09:40-11:00 | Resource efficiency | Ms. B |\n")
    p = propose_from_text(text)
    assert p.title.value == "UNCRD Seminar: Advancing 3Rs"
    assert _times(p.text) == [("09:30", "09:40", "Opening Statement"),
                              ("09:40", "11:00", "Resource efficiency")]


def test_a_room_cell_beside_a_time_and_people_in_brackets_in_a_title() -> None:
    p = propose("OPENING SEGMENT\n9:00 a.m. – 10:00 a.m. | GA Hall\n- H.E. Mr. A B – President\n"
                "PLENARY\n10:00 a.m. – 01:00 p.m. | GA Hall\n")
    assert [s.title.value for s in p.segments] == ["OPENING SEGMENT", "PLENARY"]
    assert [x.name.value for x in p.segments[0].people] == ["H.E. Mr. A B"]
    p = propose("11:30 - 12:15 Talk 1 (Adnan Siddique): Machine learning for lakes\n"
                "12:15 - 13:00 Morning Tea/Snacks\n"
                "13:00 - 13:30 Reception (Delegates Dining Room)\n")
    assert [s.title.value for s in p.segments] == [
        "Talk 1: Machine learning for lakes", "Morning Tea/Snacks", "Reception"]
    assert [x.name.value for x in p.segments[0].people] == ["Adnan Siddique"]
    assert not p.segments[2].people


def test_what_batch_19_brought_block_headings_and_days_mostly_in_points() -> None:
    """Rules from batch 19, after its first run, each in the general form."""
    # a period's block heading with its hours above the items is not an item
    p = propose("Morning session (10.00-13.00): Plenary\n10.00 – 10.20: Opening remarks\n"
                "10.20 – 10.40: Video\n10.40 – 11.20: Statements\n11.20 – 11.40: Break\n")
    assert [s.title.value for s in p.segments] == ["Opening remarks", "Video", "Statements",
                                                   "Break"]
    # a day told in points with a range or two; a Markdown link after a point
    text = ("* 08:30-09:15 Preparation\n* 09:30 Opening of workshop\n* 9:45 Introduction\n"
            "* 11:00 [System installation](../Lecture/Installation.md) (TM)\n* 12:30 Lunch\n"
            "* 13:30 Tools\n* 15:30 - 18:00 Hands on session\n")
    assert _times(text) == [
        ("08:30", "09:15", "Preparation"), ("09:30", "09:45", "Opening of workshop"),
        ("09:45", "11:00", "Introduction"), ("11:00", "12:30", "System installation (TM)"),
        ("12:30", "13:30", "Lunch"), ("13:30", "15:30", "Tools"),
        ("15:30", "18:00", "Hands on session")]


def test_speaker_handles_and_a_page_heading_are_not_titles() -> None:
    assert _times("- 10:00 - 10:30 | Introductions (@All)\n- 10:30 - 11:00 | [Overview](./00) "
                  "(@Hendrik / @Austin)\n") == [("10:00", "10:30", "Introductions"),
                                               ("10:30", "11:00", "Overview")]
    assert _times("June 25, 18:00-19:00 CET\n## Schedule\n18:00 - 19:00 | Q&A\n")[-1] == (
        "18:00", "19:00", "Q&A")


def test_a_labelled_title_above_a_room_and_time_line() -> None:
    text = ("Title: Morning Briefing for Civil Society\nConference Room: CR B | 9:15 – 10:00 AM\n"
            "Organizers:  DESA/DSPD, NGO Committee\n\n"
            "Title: Resource Mobilization for Youth\nConference Room: CR 9 | 11:45 AM – 1:00 PM\n"
            "Organizers:  IAAI\n")
    assert _times(text) == [("09:15", "10:00", "Morning Briefing for Civil Society"),
                            ("11:45", "13:00", "Resource Mobilization for Youth")]


def test_a_title_run_into_its_organisers() -> None:
    assert _times("Thursday 14 March 1:30-3:00 p.m. UNITED NATIONS AND SCO IN THE FIGHT AGAINST "
                  "DRUGS Organized by the Governments of China and Kyrgyzstan. Room M2\n") == [
        ("13:30", "15:00", "UNITED NATIONS AND SCO IN THE FIGHT AGAINST DRUGS")]
    assert _times("10:00 - 12:00 International Conference organized by the Mission of Rwanda\n") \
        == [("10:00", "12:00", "International Conference organized by the Mission of Rwanda")]


def test_points_in_time_inside_a_flattened_line() -> None:
    text = ("Programme Expected outcomes: • Develop clear commitments to coordinated responses "
            "in all areas of migration policy and integration. Monday 18 January 2016 8.00 "
            "Arrival & Registration 8.30 Morning Prayer (Optional. All Welcome) 9.00 Welcome to "
            "the Ecumenical Centre Dr Agnes Abuom, Moderator 10.00 Keynote: Dr Thomas de "
            "Maizière 10.30 Responders 11.00 Break\n")
    assert [t for _, _, t in _times(text)][:2] == ["Arrival & Registration",
                                                    "Morning Prayer (Optional. All Welcome)"]
    # the ends of ranges in a flattened line are not points
    assert _times("Tuesday, November 3, 2015 " * 9 + "8.00 – 9.00 Registration 9.00 – 9.30 "
                  "Arrival of participants 9.30 – 11.00 Opening ceremony\n") == [
        ("08:00", "09:00", "Registration"), ("09:00", "09:30", "Arrival of participants"),
        ("09:30", "11:00", "Opening ceremony")]


def test_a_segment_kind_is_the_one_named_first() -> None:
    from floorapp.core.programme.importer.words import segment_kind
    assert segment_kind("Panel 1 – Closing the urban finance gap") == "panel"
    assert segment_kind("Closing session") == "closing"
    assert segment_kind("Breakfast Briefing") == "other"  # not a break
    # a sitting's word first says least: the French and Spanish name the sitting, then its kind
    assert segment_kind("Séance d'ouverture") == "opening"
    assert segment_kind("Sesión de clausura") == "closing"
    assert segment_kind("Plenary session") == "dialogue"
    assert segment_kind("Coffee break") == "break"


def test_what_is_attended_in_a_day_told_in_prose() -> None:
    text = ("Le président aura samedi un programme chargé.\n"
            "De 10 heures à 13 heures, le chef de l'Etat assistera au 27-ème sommet du Comité "
            "d'orientation du NEPAD dont il devrait présider les travaux.\n"
            "Il participera ensuite de 18 heures à 19 heures à la réunion du Comité des dix "
            "sur la réforme des Nations unies.\n")
    assert [t for _, _, t in _times(text)] == [
        "27-ème sommet du Comité d'orientation du NEPAD",
        "réunion du Comité des dix sur la réforme des Nations unies"]
    # a room after the hours is not what is attended
    assert "Trusteeship" not in _times("The dialogue will be held on 20 July 2022 from 10 am "
                                       "to 6 pm in the Trusteeship Council Chamber.\n")[0][2]


def test_the_meeting_title_past_a_page_navigation_and_a_date() -> None:
    p = propose("Aller au contenu principal\nEvent description\nPolicy briefing for small states "
                "and LDCs\n10:00 - 11:00 Opening\n11:00 - 12:00 Debate\n")
    assert p.title.value == "Policy briefing for small states and LDCs"
    p = propose("27 June - 1 July 2022 | UN Ocean Conference\n10:00 - 11:00 Opening\n"
                "11:00 - 12:00 Debate\n")
    assert p.title.value == "UN Ocean Conference"
    p = propose("# Agenda Physical Meeting 9-10 May 2024\nWiFi Access: available in the room\n"
                "|09:00 - 09:15|Welcome coffee|\n|09:15 - 09:45|Introduction|\n")
    assert p.title.value == "Physical Meeting 9-10 May 2024"


def test_a_room_cell_between_the_time_and_the_title() -> None:
    text = ("10:00 am | Conference Room 3 | PrepCom for BBNJ Agreement |\n"
            "12:00 pm | Press Briefing Room, S-237 | Noon Briefing by the Spokesperson |\n"
            "1:00 pm | Trusteeship Council Chamber | Special Meeting on Forced Displacement |\n"
            "3:00 pm | 38th Floor | Photo Opportunity |\n")
    assert [t for _, _, t in _times(text)] == [
        "PrepCom for BBNJ Agreement", "Noon Briefing by the Spokesperson",
        "Special Meeting on Forced Displacement"]
    assert clean_title("| GA Hall | Plenary meeting") == "Plenary meeting"


def test_a_table_flattened_with_its_rooms_and_days() -> None:
    text = ("The meetings on 31 st May to 2 nd June 2006 will be organized as follows: Wednesday, "
            "31 st May 09:00-09:30 Opening Plenary Meeting GA Hall 10:00-13:00 Informal "
            "interactive civil society hearing Conference Room 2* Round table 1 ECOSOC Chamber "
            "Round table 2 Conference Room 5 15:00-18:00 Panel 2 Conference Room 4* Thursday, "
            "1 st June Round table 4 Conference Room 5 Panel 3 Conference Room 2 10:00-13:00 "
            "Panel 5 ECOSOC Chamber\n")
    p = propose(text)
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments] == [
        ("09:00", "Opening Plenary Meeting"), ("10:00", "Informal interactive civil society "
                                                        "hearing"), ("15:00", "Panel 2")]
    assert p.date.value == date(2006, 5, 31)


def test_a_title_glued_to_the_word_hours() -> None:
    text = ("13:30 - 15:00 hoursLunch\n"
            "15:00 - 16:15 hours Session II (Continued): Ministerial Debate\n"
            "16:15 - 16:45 hoursCoffee/Tea Break\n")
    assert [t for _, _, t in _times(text)] == [
        "Lunch", "Session II (Continued): Ministerial Debate", "Coffee/Tea Break"]


def test_the_un_journal_room_line_meeting_number_and_agenda_item() -> None:
    text = ("Thursday, 10 October 2024\nSixth Committee\n"
            "10:00 to 13:00 Conference Room 4\n14th meeting [webcast]\n"
            "Report of the International Law Commission [item 79]\n"
            "15:00 to 18:00 Conference Room 4\n15th meeting [webcast]\n"
            "Criminal accountability of United Nations officials [item 77]\n")
    assert _times(text) == [
        ("10:00", "13:00", "Report of the International Law Commission"),
        ("15:00", "18:00", "Criminal accountability of United Nations officials")]
    assert clean_title("Conference Room 4") == "Conference Room 4"


def test_a_day_header_and_a_timed_line_are_not_the_meeting_title() -> None:
    p = propose("AGENDA\nDay 1 – Monday 3 June 2019\n0900-0930 Registration\n"
                "0930-1000 Opening remarks (UNDP, Government)\n"
                "1000-1200 Session 1 – Context and objectives\n")
    assert p.title.value == "Meeting" and p.title.doubt
    assert p.date.value == date(2019, 6, 3)
    p = propose("Workshop on statistics for the Sustainable Development Goals in Asia 2030\n"
                "Panel 1 (11 a.m. – 1 p.m.): Ending poverty in all its forms\n"
                "Panel 2 (3 – 5.30 p.m.): Leaving no one behind\n")
    assert p.title.value == ("Workshop on statistics for the Sustainable Development Goals "
                             "in Asia 2030")


def test_a_time_cell_wrapped_over_two_lines_beside_its_title() -> None:
    text = ("Wednesday, 8 May 2019\n"
            "09:00 -      Opening of the meeting\n09:30\n"
            "09:30 -      Adoption of the agenda and\n10:00        organization of work\n"
            "10:00 -      Session 1: Trends in migration\n11:30        statistics\n"
            "11:30 - Coffee break\n11:45 - Closing\n")
    assert _times(text) == [
        ("09:00", "09:30", "Opening of the meeting"),
        ("09:30", "10:00", "Adoption of the agenda and organization of work"),
        ("10:00", "11:30", "Session 1: Trends in migration statistics"),
        ("11:30", "11:45", "Coffee break")]


def test_an_item_then_its_hours_after_a_colon() -> None:
    text = ("Opening session: from 10 a.m. to 11 a.m.\nThematic panel I: from 11 a.m. to 1 p.m.\n"
            "Lunch: 1 p.m. to 3 p.m.\nClosing session: 5 p.m. to 6 p.m.\n")
    assert _times(text) == [("10:00", "11:00", "Opening session"),
                            ("11:00", "13:00", "Thematic panel I"), ("13:00", "15:00", "Lunch"),
                            ("17:00", "18:00", "Closing session")]
    prose = propose("The meeting will be held as follows: from 10 a.m. to 1 p.m.\n")
    assert not [s for s in prose.segments if "held" in s.title.value]


def test_a_person_after_a_dash_or_after_by_in_the_title_line() -> None:
    p = propose("10:10 – 10:30 Opening Keynote — Ambassador Linda Thomas-Greenfield\n"
                "11:30 – 11:45 Closing remarks by Dr. Natalia Kanem, Executive Director, UNFPA\n")
    assert titles_and_people(p) == [
        ("Opening Keynote", ["Ambassador Linda Thomas-Greenfield"]),
        ("Closing remarks", ["Dr. Natalia Kanem"])]


def test_a_programme_forwarded_in_an_e_mail() -> None:
    p = propose_from_text("> From: Secretariat\n> Sent: Monday, 3 March 2023 09:12\n"
                          "> Subject: Fwd: Programme - Expert group meeting, 14 March 2023\n>\n"
                          "> 09:30 - 10:00  Registration and coffee\n"
                          "> 10:00 - 10:30  Opening remarks\n"
                          "> 10:30 - 12:30  Session 1: Measuring informal work\n")
    assert p.title.value == "Expert group meeting"
    assert p.date.value == date(2023, 3, 14)
    assert [s.title.value for s in p.segments] == [
        "Registration and coffee", "Opening remarks", "Session 1: Measuring informal work"]
    assert p.notes and "quote marks" in p.notes[0]
    assert not p.text.startswith(">")


def test_what_batch_22_brought_hours_marks_item_numbers_and_glued_rooms() -> None:
    text = ("Monday 20 September 2004\nh. 8.30-10.00\n\nRegistration of delegates\n\n"
            "h. 10.00 – 13.00\n\nI.\n\nORGANIZATIONAL MATTERS\n\nh. 15.30-17.00\n\nII & III.\n\n"
            "ASSESSMENT OF THE WORLD FOOD SECURITY SITUATION\n")
    assert [t for _, _, t in _times(text)] == [
        "Registration of delegates", "ORGANIZATIONAL MATTERS",
        "ASSESSMENT OF THE WORLD FOOD SECURITY SITUATION"]
    text = ("17 h - 19 h 15SALLE I\n\nForum international sur la philosophie\n\n"
            "19 h 15 - 19 h 30SALLE I\n\nClôture par la Directrice générale\n")
    assert _times(text) == [("17:00", "19:15", "Forum international sur la philosophie"),
                            ("19:15", "19:30", "Clôture par la Directrice générale")]


def test_a_labelled_time_with_its_item_and_a_note_under_a_title() -> None:
    text = ("Date: 26 February 2013\nTime: 14:30 - 14:55:  Arrival of guests\n\n"
            "15:00 - 15:15: Signing ceremony\n\n15:15 - 15:30: Joint press briefing\n")
    assert [t for _, _, t in _times(text)] == [
        "Arrival of guests", "Signing ceremony", "Joint press briefing"]
    text = ("9:30 - 10:45 a.m. Meeting for NGOs\n(Small Hall)\n"
            "11:00 - 12:30 p.m. World Bank Workshop on Community-Driven Development\n"
            "* please note that this session is part of the Program of Seminars\n"
            "1:15 - 3:00 p.m. World Bank/IMF Workshop on Poverty Reduction\n")
    assert [t for _, _, t in _times(text)][1] == \
        "World Bank Workshop on Community-Driven Development"


def test_points_in_time_run_together_on_one_line() -> None:
    text = ("Tuesday, 20 September 2011\n\n"
            "10.00 Bilateral meeting with UNSG Ban Ki-moon i 10.30 High level meeting on Libya\n\n"
            "12.00 Executive Round Table Discussion 16.00 Intervention at the school\n")
    assert _times(text) == [("10:00", "10:30", "Bilateral meeting with UNSG Ban Ki-moon"),
                            ("10:30", "12:00", "High level meeting on Libya"),
                            ("12:00", "16:00", "Executive Round Table Discussion")]
    assert _times("10.00 Session on the 2.30 million refugees\n11.00 Close\n12.00 End\n")[0][2] \
        == "Session on the 2.30 million refugees"


def test_a_sentence_above_an_untitled_range_is_not_its_title() -> None:
    text = ("Events in the Green Room\n\nThe Green Room is an open space for major groups.\n\n"
            "09.30 - 11.00 EAT\n\nAnimal welfare and sustainable development\n\n"
            "11.00 - 12.30 EAT\n\nReimagining waste management\n")
    assert [t for _, _, t in _times(text)] == ["Animal welfare and sustainable development",
                                               "Reimagining waste management"]


def test_parallel_side_events_under_untitled_times_are_not_the_meeting_hours() -> None:
    text = ("Monday\n7 April 2014\n1:15-2:45 PM\nOrganized by: Guttmacher Institute\n"
            "Venue: Church Center\n1:15-2:30 PM\nOrganized by: Permanent Mission of Mexico\n"
            "Venue: NLB 7\n1:15-2:30 PM\nOrganized by: Permanent Mission of France\n"
            "Venue: NLB 6\n")
    p = propose(text)
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}") for s in p.segments] == [
        ("13:15", "14:45")]
    assert not any("meeting's hours" in o.why for o in p.odd)


def test_ranges_in_prose_named_by_the_lead_in_above() -> None:
    text = ("8. The special session shall consist of a total of eight plenary meetings, "
            "as follows:\n\nMonday, 25 June 2001, from 9 a.m. to 1 p.m. and from 3 to 6 p.m. "
            "and from 7 to 9 p.m.\n\nTuesday, 26 June 2001, from 9 a.m. to 1 p.m.\n")
    assert _times(text) == [("09:00", "13:00", "Plenary meeting"),
                            ("15:00", "18:00", "Plenary meeting"),
                            ("19:00", "21:00", "Plenary meeting")]


def test_points_in_time_told_in_a_news_item() -> None:
    text = ("AGENDA PARA HOY\nPreviamente, a las 10 horas, se ha previsto una tercera reunión de "
            "la comisión general, mientras que a las 10:30 a.m. se desarrollará la tercera sesión "
            "plenaria.\nA las 17 horas se efectuará la cuarta sesión plenaria donde se discutirá "
            "la sede.\nA las 19 horas se realizará la sesión de clausura a cargo del secretario.\n")
    assert _times(text) == [("10:00", "10:30", "tercera reunión de la comisión general"),
                            ("10:30", "17:00", "tercera sesión plenaria"),
                            ("17:00", "19:00", "cuarta sesión plenaria")]


def test_times_that_start_again_are_another_day() -> None:
    text = ("09:00 - 11:00 | Co-ordinating Committee\n"
            "11:00 - 12:00 | Regional Secretaries Meeting\n"
            "13:00 - 15:00 | CPA Executive Committee (Day 1)\n"
            "15:00 - 17:00 | Finance Subcommittee\n"
            "Evening Reception\n09:00 - 11:00 | Workshop B\n13:00 - 14:00 | LUNCH\n"
            "17:30 - 19:00 | Side event\n")
    p = propose(text)
    assert [s.title.value for s in p.segments] == [
        "Co-ordinating Committee", "Regional Secretaries Meeting",
        "CPA Executive Committee (Day 1)", "Finance Subcommittee"]
    assert any("start again" in o.why for o in p.odd)
    # parallel panels written after the plenary's two ranges do not start the day again
    text = ("An opening segment from 9:00 to 9:30;\nA plenary segment from 10:30 to 13:00 and "
            "15:00 to 17:30;\nTwo panels from 11:00 to 13:00 and 15:00 to 17:00;\n"
            "A closing segment from 17:30 to 18:00.\n")
    assert "17:30" in [f"{s.start.value:%H:%M}" for s in propose(text).segments]


def test_a_named_room_of_un_headquarters_after_a_title() -> None:
    assert clean_title("Private Sector Forum High-level Luncheon Delegates Dining Room") == \
        "Private Sector Forum High-level Luncheon"
    assert clean_title("Reception North Lawn Building") == "Reception"


def test_a_morning_and_an_afternoon_block_above_their_items() -> None:
    text = ("Morning session (10 a.m. – 1 p.m.)\n10.00-10.15am Opening\n10.15-11.30am Panel I\n"
            "11.30-1.00pm Panel II\nAfternoon session (3 – 6 p.m.)\n3.00-4.30pm Panel III\n"
            "4.30-6pm Closing\n")
    assert [t for _, _, t in _times(text)] == [
        "Opening", "Panel I", "Panel II", "Panel III", "Closing"]


def test_the_meeting_hours_beside_the_date_above_items_in_brackets() -> None:
    text = ("High-level Event on the International Day of Persons with Disabilities\n\n"
            "3 December 2025, 10:00 AM – 1:00 PM, Conference Room 4, UN Headquarters\n\n"
            "Programme\nOpening segment (10:00 – 10:30)\n• Welcome remarks by the Chair\n"
            "Panel 1 (10:30 – 11:45): Accessible digital public infrastructure\n"
            "Panel 2 (11:45 – 12:50): Employment and social protection\n"
            "Closing (12:50 – 13:00)\n")
    assert [t for _, _, t in _times(text)] == [
        "Opening segment", "Panel 1: Accessible digital public infrastructure",
        "Panel 2: Employment and social protection", "Closing"]


def test_what_batch_23_brought_uhr_q_and_a_and_people_after_a_year() -> None:
    text = ("Donnerstag, 8. April 2010:\n\n8.30 Uhr\n"
            "Gespräch mit Bundespräsident Dr. Heinz Fischer\n\n9.00 Uhr\n"
            "Gespräch mit Bundesminister Dr. Michael Spindelegger\n\n10.00 Uhr\n"
            "PRESSEKONFERENZ\n")
    assert [t for _, _, t in _times(text)] == [
        "Gespräch mit Bundespräsident Dr. Heinz Fischer",
        "Gespräch mit Bundesminister Dr. Michael Spindelegger"]
    text = ("- 11:15-12:15 Uhr Fokusgespräch mit Q&A\n- Andreas Bummel (Direktor von Democracy "
            "without Borders),\n- 12:15-12:30 Uhr Schlussrunde\n")
    assert [t for _, _, t in _times(text)] == ["Fokusgespräch mit Q&A", "Schlussrunde"]
    p = propose("11.00 – 11.20\n\nPresentation of the EC Action Plan on Unaccompanied Minors, "
                "2010-2014 Ms. Diane Schmitt, Head of Unit\n\n11.20 – 11.30\n\nQ & A session\n")
    assert p.segments[0].title.value == ("Presentation of the EC Action Plan on Unaccompanied "
                                         "Minors, 2010-2014")
    assert [x.name.value for x in p.segments[0].people] == ["Ms. Diane Schmitt"]
    text = ("12.00 pm – 12.45 pm\n“Rebirth” sculpture inaugurationDonated by Maestro X\n"
            "and Cittadellarte, the Republic of Italy\nAriana Park\n"
            "1.00 pm – 2.00 pm\nBallet performance\n")
    assert _times(text)[0][2] == "“Rebirth” sculpture inauguration"
    text = ("10:30-12:00 ESA: Explore2040 + science roadmap + Q&APresented by Director (D. N.)"
            "General topics\n13:30-15:30 ESA Programme highlights\n")
    assert _times(text)[0][2] == "ESA: Explore2040 + science roadmap + Q&A"


def test_an_item_its_verb_then_its_hours_in_a_bullet() -> None:
    text = ("Date/Time: Sunday, 17 September 2023, 15:00-17:00 Local Time\n"
            "- Security / Registration will open from 14:15-14:45 - Please allow enough time\n"
            "- Refreshments to follow from 17:00-17:45 (Maurice Pate Conference Room)\n")
    titles = [t for _, _, t in _times(text)]
    assert "Security / Registration" in titles and "Refreshments" in titles


def test_a_point_then_numbered_items_is_no_range() -> None:
    text = ("10:00 AM - 1) Opening segment. 2) Setting the Scene panel discussion\n\n"
            "11:45 AM - Leaders Roundtable 1\n\n1:15 PM - Spotlight session 1\n")
    assert _times(text) == [
        ("10:00", "11:45", "1) Opening segment. 2) Setting the Scene panel discussion"),
        ("11:45", "13:15", "Leaders Roundtable 1")]
    assert _times("Opening (10:00 - 11)\nPanel (11:00 - 12:30)\n")[0][:2] == ("10:00", "11:00")


def test_a_web_page_toggle_and_a_room_with_its_floor_under_a_time() -> None:
    text = ("10:00\nOpen Closed\nAssembly Hall - 4th floor\n6 Sustainable wildlife management\n"
            "15:00\nOpen Closed\nAssembly Hall - 4th floor\n3 Post 2020 evidence base\n"
            "19:30\nOpen Closed\nAssembly Hall - 4th floor\n5 Links nature-culture\n")
    assert [t for _, _, t in _times(text)] == ["6 Sustainable wildlife management",
                                               "3 Post 2020 evidence base"]
    assert clean_title("Add to calendar") == ""


def test_a_numbered_part_and_its_subject_in_two_cells() -> None:
    text = ("| 10:00-11:30 | Session 1 | Setting the scene | Ms. A |\n"
            "| 11:30-13:00 | Session 2 | Financing the transition | Mr. B |\n"
            "| 13:00-14:00 | Lunch |\n")
    assert [t for _, _, t in _times(text)] == [
        "Session 1: Setting the scene", "Session 2: Financing the transition", "Lunch"]
    text = ("10:00 – 11:30\tSession 1\tSetting the scene\tMs. Ana Diaz\n"
            "11:30 – 13:00\tSession 2\tFinancing the transition\tMr. Bo Li\n")
    assert [t for _, _, t in _times(text)] == [
        "Session 1: Setting the scene", "Session 2: Financing the transition"]


def test_a_spanish_word_table_with_its_heading_row_and_modera() -> None:
    text = ("Hora\tActividad\tResponsable\n08:30 – 09:00\tRegistro\tSecretaría\n"
            "09:30 – 11:00\tPanel 1: Empleo juvenil\tModera: Sra. Ana Ruiz\n")
    p = propose(text)
    assert p.title.value == "Meeting" and p.title.doubt
    assert [x.name.value for x in p.segments[1].people] == ["Sra. Ana Ruiz"]


def test_the_hours_on_the_date_line_and_panels_titled_above_their_times() -> None:
    text = ("Tuesday, February 6, 2018. Kuala Lumpur. 13 hs to 18:30 hs.\nDRAFT PROGRAM\n"
            "1. Panel: Implementing the NUA in cities. Case Studies.\n13:15 – 14:30\n"
            "Approximately:\n10min per presentation\nCOFFEE BREAK 14:30 – 14:45\n2. Panel:\n"
            "Local capacity to accomplish the how\n14:45 – 16:00\nApproximately:\n")
    assert [t for _, _, t in _times(text)] == [
        "1. Panel: Implementing the NUA in cities. Case Studies", "COFFEE BREAK",
        "Local capacity to accomplish the how"]
    text = ("1 and 2 November 2022, 10:00-18:00 (CET).\n\n10.00-10.30 CET – Morning Refreshments\n"
            "10.30 – 11.00 CET – Conference Opening\n11.00 – 12.30 CET – Panel I\n")
    assert [t for _, _, t in _times(text)] == [
        "Morning Refreshments", "Conference Opening", "Panel I"]


def test_a_bar_table_whose_title_cell_comes_before_a_point_or_range() -> None:
    text = ("Buses arrive at school/ Arrivée des bus | 08:15 |\n"
            "Registration/ Inscription (In front of the school theater / Devant la salle de "
            "spectacle) | 08:30-09:00 |\n"
            "Workshops/ Ateliers (In the school building on the 4th floor) | 09:00-10:30 |\n"
            "Departure from school | 17:00 |\n")
    assert _times(text) == [("08:15", "08:30", "Buses arrive at school/ Arrivée des bus"),
                            ("08:30", "09:00", "Registration/ Inscription"),
                            ("09:00", "10:30", "Workshops/ Ateliers")]


def test_a_bulleted_label_in_prose_and_a_break_in_brackets() -> None:
    text = ("Following day of the COP1 on 25 September, 2017 comprises some sessions.\n"
            "  • MIA Clinic: Timing is between 1pm to 3pm.The MIA clinics take place.\n"
            "  • COP1 Session: Timing is between 3 to 6 pm.Haji will be at the booth.\n")
    assert [t for _, _, t in _times(text)] == ["MIA Clinic", "COP1 Session"]
    assert clean_title("(Lunch Break)") == "Lunch Break" and clean_title("(Hybrid)") == ""


def test_a_table_with_the_start_and_the_end_in_cells_of_their_own() -> None:
    text = ("| Actividad | Hora inicio | Hora fin |\n| Inauguración | 8:30 | 10:00 |\n"
            "| Refrigerio | 10:00 | 10:30 |\n| Debate | 10:30 | 1:00 |\n"
            "| Almuerzo | 1:00 | 2:00 |\n")
    assert _times(text) == [("08:30", "10:00", "Inauguración"), ("10:00", "10:30", "Refrigerio"),
                            ("10:30", "13:00", "Debate"), ("13:00", "14:00", "Almuerzo")]


def test_who_speaks_by_their_institutions_then_their_names() -> None:
    assert clean_title("Welcome and Introduction by Stockholm School of Economics, European "
                       "Commission (Mr. Pierre Schellekens, Head) and UNDP") == \
        "Welcome and Introduction"
    assert clean_title("Statement by the Chair (Ms. Ana Diaz)").startswith("Statement by the Chair")


def test_titles_below_their_times_with_block_headings_above_some() -> None:
    text = ("High-Level Opening and Setting the Scene\n\n9.00 AM - 9.30 AM CEST\n\n"
            "Opening Remarks\n\n"
            "9.30 AM - 10.45 AM\n\nWhere Are We Today in the Fight Against Global Poverty?\n\n"
            "Looking to the Future\n\n4.45 PM - 5.30 PM\n\n"
            "Closing Remarks: Recommendations for the 2024 UN High-Level Political Forum\n")
    assert [t for _, _, t in _times(text)][1:] == [
        "Where Are We Today in the Fight Against Global Poverty?",
        "Closing Remarks: Recommendations for the 2024 UN High-Level Political Forum"]


def test_a_label_alone_then_its_names_then_the_title() -> None:
    p = propose("16.00 Session 1 Official welcome\n16.30 Moderators\nSalma Jabou\n"
                "Zarin Hainsworth\nThe Global perspective Using international legal instruments\n"
                "17.15 Session 2\n18.00 Close\n")
    seg = p.segments[1]
    assert seg.title.value == "The Global perspective Using international legal instruments"
    assert [(x.name.value, x.label) for x in seg.people] == [
        ("Salma Jabou", "moderator"), ("Zarin Hainsworth", "moderator")]


def test_an_opening_told_in_prose_before_the_ranges() -> None:
    text = ("Monday, 12 June 2023, Conference Room 4\n\nFormat\nThe event will open at 10 a.m. "
            "with statements by the President of the General Assembly. It will be followed by a "
            "panel discussion from 10:30 a.m. to 12:30 p.m. An interactive dialogue with Member "
            "States will take place from 12:30 to 1:00 p.m.\n")
    assert [(a, b) for a, b, _ in _times(text)] == [
        ("10:00", "10:30"), ("10:30", "12:30"), ("12:30", "13:00")]
    assert _times(text)[0][2] == "Opening"


def test_a_lettered_sub_item_s_letter_is_not_its_title_s() -> None:
    text = "09h10   d. GCOS update\n09h25   e) AOPC update\n09h40 f. X\n"
    assert [t for _, _, t in _times(text)] == ["GCOS update", "AOPC update"]


def test_breaks_named_in_prose_before_their_hours() -> None:
    text = ("The first panel will run from 10:00 to 11:30. A coffee break will be held from 11:30 "
            "to 11:45. The second panel will run from 11:45 to 13:00, followed by lunch from "
            "13:00 to 14:30.\n")
    assert _times(text) == [("10:00", "11:30", "First panel"), ("11:30", "11:45", "Coffee break"),
                            ("11:45", "13:00", "Second panel"), ("13:00", "14:30", "Lunch")]


def test_a_markdown_table_s_last_cell_names_no_bar() -> None:
    p = propose("| Time | Session | Speakers |\n|---|---|---|\n"
                "| 09:30 – 11:00 | Panel 1: Financing | Moderator: Dr. John Smith |\n"
                "| 11:00 – 11:15 | Coffee break | |\n")
    assert [x.name.value for x in p.segments[0].people] == ["Dr. John Smith"]


def test_people_after_a_dash_and_in_a_table_s_name_cells() -> None:
    p = propose("9.00 - 10.00 OPENING SESSION\n\nOpening Statement — Emma Rothschild, Chairperson, "
                "UNRISD Board\n\nChairperson — Dharam Ghai, former Director, UNRISD\n\n"
                "10.00 - 12.30 SESSION 2\n")
    assert [(x.name.value, x.label) for x in p.segments[0].people] == [
        ("Emma Rothschild", "speaker"), ("Dharam Ghai", "chair")]
    text = ("|13:00 - 13:05|Introduction|Ann Corp (ONS)|\n"
            "|13:30 - 14:30|Practical session|Maaike Limper/Timo Proescholdt|\n"
            "|14:30 - 15:00|Lunch|TGAC Atrium|\n")
    p = propose(text)
    assert [[x.name.value for x in s.people] for s in p.segments] == [
        ["Ann Corp"], ["Maaike Limper", "Timo Proescholdt"], []]


def test_a_name_then_its_organisation_after_a_bar() -> None:
    p = propose("14h55: Mesa Redonda: ODS +5\nGonçalo Motta | Direção de Serviços das "
                "Organizações Económicas\nMónica Ferro | Diretora do Escritório do UNFPA\n"
                "Moderação António Ferrari | UNRIC\n15h35: Diálogos\n16h05: Encerramento\n")
    assert [x.name.value for x in p.segments[0].people][:2] == ["Gonçalo Motta", "Mónica Ferro"]
    assert "Moderação António Ferrari" not in [x.name.value for x in p.segments[0].people]


def test_two_labels_on_one_line_and_names_with_their_bodies_in_brackets() -> None:
    p = propose("10:00 - 11:30 Session 1\nModerator: Ayesha Hassan  Panelists: Janis Karklins "
                "(IGO), Bill Woodcock (TC), Claudia Selli (PS)\n11:30 - 12:00 Break\n")
    assert [(x.name.value, x.label) for x in p.segments[0].people] == [
        ("Ayesha Hassan", "moderator"), ("Janis Karklins", "panellist"),
        ("Bill Woodcock", "panellist"), ("Claudia Selli", "panellist")]
    assert [s.title.value for s in propose(
        "16:45 - 17:30\nClosing Remarks: Recommendations for the Forum\n17:30 - 18:00\nEnd\n"
    ).segments][:1] == ["Closing Remarks: Recommendations for the Forum"]


def test_who_gives_an_item_by_name_and_role_without_an_honorific() -> None:
    p = propose("11.15 – 11.20      Welcome by Jose Ignacio Garcia, Director of JRS Europe\n"
                "11.20 – 11.30       Introductory remarks by Elly Schlein, Member of the European "
                "Parliament\n")
    assert [[x.name.value for x in s.people] for s in p.segments] == [
        ["Jose Ignacio Garcia"], ["Elly Schlein"]]
    assert p.segments[0].title.value == "Welcome by Jose Ignacio Garcia, Director of JRS Europe"
    # a clause after the role is the item's subject, not its title
    assert propose("08:15 – 08:40 Address by Michelle Bachelet, UN High Commissioner for Human "
                   "Rights, presenting an oral update\n08:40 – 09:00 Break\n").segments[
        0].title.value == "Address by Michelle Bachelet, UN High Commissioner for Human Rights"


def test_an_item_said_by_its_own_word_loses_its_speaker_a_speech_keeps_it() -> None:
    p = propose("12:30 - 12:40\nOpening by Mr. José Graziano da Silva, Director-General, FAO\n"
                "12:40 - 12:50\nStatement by Mr Terry Davis, Secretary General\n"
                "12:50 - 13:00\nIntroduction by Senator Janusz Sepioł\n13:00 - 14:00 Lunch\n")
    assert [s.title.value for s in p.segments][:3] == [
        "Opening", "Statement by Mr Terry Davis", "Introduction"]
    assert [x.name.value for s in p.segments[:3] for x in s.people] == [
        "Mr. José Graziano da Silva", "Mr Terry Davis", "Senator Janusz Sepioł"]
    led = propose("15:30 - 18:00 3.2 Regional Climate Foci Special Session Led by T. Koike\n"
                  "18:00 - 19:00 Reception\n").segments[0]  # "Led" written with a capital
    assert (led.title.value, [x.name.value for x in led.people]) == (
        "3.2 Regional Climate Foci Special Session", ["T. Koike"])


def test_a_bar_table_of_four_digit_times_and_a_colon_cell() -> None:
    text = ("| 0800 – 0830 | : | Registration of participants |\n| 0830 – 0900 | : | Briefing |\n"
            "| 1300 – 1430 | : | Lunch Break |\n")
    assert _times(text) == [("08:00", "08:30", "Registration of participants"),
                            ("08:30", "09:00", "Briefing"), ("13:00", "14:30", "Lunch Break")]


def test_four_digit_points_opening_their_lines() -> None:
    text = ("Agenda :\n1230 Welcome drinks and snacks\n1300 Opening by the Geneva Water Hub\n"
            "1305 Address by Federico Properzi, UN-Water\n1315 Presentation of the Panel\n")
    assert _times(text) == [("12:30", "13:00", "Welcome drinks and snacks"),
                            ("13:00", "13:05", "Opening by the Geneva Water Hub"),
                            ("13:05", "13:15", "Address by Federico Properzi, UN-Water")]


def test_a_numbered_part_s_long_title_before_its_range() -> None:
    text = ("Day 1: 28 June 2018\nOpening Session (open via webcast) 10:00-10:30\n"
            "Session II: Combatting the evolving threat from Foreign Terrorist Fighters (closed) "
            "15:00-18:00\n")
    assert [t for _, _, t in _times(text)][1].startswith("Session II: Combatting the evolving")


def test_a_duration_s_note_after_a_title_is_no_part_of_it() -> None:
    text = ("10:00 – 10:10 Opening remarks (10 min)\n10:10 – 10:30 Keynote address (20 minutes)\n"
            "10:30 – 11:45 Panel discussion: Financing ocean action (75')\n")
    assert [t for _, _, t in _times(text)] == [
        "Opening remarks", "Keynote address", "Panel discussion: Financing ocean action"]


def test_a_speaker_above_a_time_alone_is_not_the_next_item_s_title() -> None:
    text = ("10:00-10:05\nWelcome\nH.E. Mr. Dennis Francis, President of the 78th session of the "
            "General Assembly\n10:05-10:20\nKeynote\nDr. Tedros Adhanom Ghebreyesus, "
            "Director-General, WHO\n10:20-11:20\nPanel discussion\n")
    assert [t for _, _, t in _times(text)] == ["Welcome", "Keynote", "Panel discussion"]


def test_items_named_in_a_sentence_with_their_hours_in_brackets() -> None:
    text = ("Format\nThe meeting will consist of an opening segment (10:00 – 10:30), followed by a "
            "panel discussion (10:30 – 12:00) and an interactive dialogue with Member States "
            "(12:00 – 13:00).\n")
    assert _times(text) == [("10:00", "10:30", "Opening segment"),
                            ("10:30", "12:00", "Panel discussion"),
                            ("12:00", "13:00", "Interactive dialogue with Member States")]


def test_the_meeting_s_title_is_not_taken_from_inside_its_programme() -> None:
    p = propose("Rev: 9 May 2007\nTime\tActivity\tResponsible\n08:30 – 09:00\tRegistration\t"
                "Secretariat\n09:00 – 09:30\tOpening remarks\tUNICEF Representative\n"
                "\t\tMinister of Health\n09:30 – 10:30\tSituation analysis\tDr. Kamau\n")
    assert p.title.doubt and p.title.value not in ("Minister of Health", "Rev: 9 May 2007")
    p = propose("Event information\n\n4 September 2020, 15:00-17:00\n\nReactions to the "
                "Consultation Process of the 2020 Treaty Body Review\n\n15:00-15:10 Welcome\n"
                "15:10-16:30 Panel\n")
    assert p.title.value == ("Reactions to the Consultation Process of the 2020 Treaty Body "
                             "Review")


def test_titles_above_their_times_even_when_one_reads_like_a_label() -> None:
    text = ("Programme\nOpening\n3:00 – 3:10 pm\nWelcome remarks\n3:10 – 3:40 pm\n"
            "Panel discussion\n3:40 – 4:40 pm\nQ&A\n4:40 – 5:00 pm\n")
    assert _times(text) == [("15:00", "15:10", "Opening"), ("15:10", "15:40", "Welcome remarks"),
                            ("15:40", "16:40", "Panel discussion"), ("16:40", "17:00", "Q&A")]


def test_an_item_s_hours_on_a_second_clock_are_not_its_title() -> None:
    text = ("10:00-10:30 CET / 17:00-17:30 Beijing   Opening session\n"
            "10:30-11:30 CET / 17:30-18:30 Beijing   Panel 1\n")
    assert _times(text) == [("10:00", "10:30", "Opening session"), ("10:30", "11:30", "Panel 1")]


def test_a_range_in_brackets_before_its_title() -> None:
    text = "• 10:00 – 10:15: Opening\n• [10:15-11:00] Keynote address\n• [11:00-12:00] Panel\n"
    assert [t for _, _, t in _times(text)] == ["Opening", "Keynote address", "Panel"]


def test_titles_with_their_times_at_the_lines_end() -> None:
    text = ("Schedule\nWelcome by the Chair                         10:00\n"
            "Presentation of the draft report ............ 10:15\n"
            "Discussion                                   10:45\nAdoption\t12:30\nClose   13:00\n")
    p = propose(text)
    assert p.title.value != "Discussion"
    assert _times(text) == [("10:00", "10:15", "Welcome by the Chair"),
                            ("10:15", "10:45", "Presentation of the draft report"),
                            ("10:45", "12:30", "Discussion"), ("12:30", "13:00", "Adoption")]


def test_a_single_speaker_s_label() -> None:
    p = propose("10:10 – 10:40\tKeynote: The state of the world's forests\n"
                "\t\tSpeaker: Dr. Jane Goodall\n10:40 – 12:00\tPanel\n")
    assert [x.name.value for x in p.segments[0].people] == ["Dr. Jane Goodall"]


def test_titles_with_their_times_after_one_space_when_the_time_says_am_or_pm() -> None:
    text = ("AGENDA\nOpening remarks 9:00 am\nKeynote 9:15 am\nPanel 1 9:45 am\nBreak 10:45 am\n"
            "Panel 2 11:00 am\nLunch 12:30 pm\n")
    assert [t for _, _, t in _times(text)] == ["Opening remarks", "Keynote", "Panel 1", "Break",
                                               "Panel 2"]
    prose = ("The doors open at 9 am\nThe meeting starts at 10 am\nIt ends by 1 pm\n"
             "Lunch follows at 1:30 pm\n")
    assert not propose(prose).segments or all(
        s.title.value not in ("The doors open at", "The meeting starts at")
        for s in propose(prose).segments)


def test_who_gives_an_item_after_its_title_is_one_of_its_people_not_part_of_it() -> None:
    text = ("10:00 – 10:10 Opening remarks – Amina Mohammed, Deputy Secretary-General\n"
            "10:10 – 10:30 Keynote address: Jeffrey Sachs, Columbia University\n"
            "10:30 – 11:30 Panel discussion, moderated by Femi Oke\n"
            "11:30 – 11:45 Closing remarks by Achim Steiner, UNDP Administrator\n"
            "11:45 – 12:00 Vote of thanks (Ms. Sarah Lee, UN Women)\n"
            "12:00 – 12:30 Presentation of the report by the Special Rapporteur, Ms. Reem Alsalem\n"
            "12:30 – 12:45 Address by Michelle Bachelet, UN High Commissioner for Human Rights\n"
            "12:45 – 13:00 Session 2 – Financing. Chair: Dr. Hans Kluge\n")
    p = propose(text)
    assert titles_and_people(p) == [
        ("Opening remarks", ["Amina Mohammed"]), ("Keynote address", ["Jeffrey Sachs"]),
        ("Panel discussion", ["Femi Oke"]), ("Closing remarks", ["Achim Steiner"]),
        ("Vote of thanks", ["Ms. Sarah Lee"]),
        ("Presentation of the report by the Special Rapporteur", ["Ms. Reem Alsalem"]),
        ("Address by Michelle Bachelet, UN High Commissioner for Human Rights",
         ["Michelle Bachelet"]),
        ("Session 2 – Financing", ["Dr. Hans Kluge"])]
    # a numbered part's subject is no person: "Panel 1: Climate Finance, Adaptation"
    assert propose("10:00 – 11:00 Panel 1: Climate Finance, Adaptation and Resilience\n"
                   "11:00 – 12:00 Panel 2: Oceans\n").segments[0].title.value == (
        "Panel 1: Climate Finance, Adaptation and Resilience")


def test_a_title_s_wrapped_end_that_reads_like_a_label() -> None:
    text = ("10:00 – 10:30 Welcome coffee\n10:30 – 11:00 Opening of the workshop and introduction "
            "of\nparticipants\n11:00 – 12:30 Presentation\n")
    assert _times(text)[1][2] == "Opening of the workshop and introduction of participants"


def test_speakers_in_brackets_after_a_title_and_notes_on_documents() -> None:
    text = ("9:00 Opening remarks (P. Shi, WMO Secretariat)\n"
            "9:15 Why a Vision?; Objectives (S. Barrell, Australia, and B. Calpini, Switzerland, "
            "Workshop Co-chairs) (Doc. 1) (Presentation)\n"
            "9:30 Draft Vision for WIGOS/Space in 2040 (S. Bojinski, WMO) (Doc. 2)\n"
            "10:15 Coffee break (ECOSOC Chamber)\n18. 10.\n10:45 Close\n")
    p = propose(text)
    assert titles_and_people(p) == [
        ("Opening remarks", ["P. Shi"]),
        ("Why a Vision?; Objectives", ["S. Barrell", "B. Calpini"]),
        ("Draft Vision for WIGOS/Space in 2040", ["S. Bojinski"]), ("Coffee break", [])]
    assert [f"{s.end.value:%H:%M}" for s in p.segments][-1] == "10:45"  # "18. 10." is a date


def test_an_adjournment_ends_the_meeting_above_it() -> None:
    text = ("Tuesday, 6 May 2003\n8.30 a.m. - 6 p.m. Registration (see page 4)\n"
            "9.30 a.m. Plenary\n12.30 p.m. Adjournment\n2.30 p.rn Dialogue on decentralization\n"
            "5.30 p.rn Adjournment\n")
    # registration runs all day beside the meetings: a programme holds one item at a time
    assert _times(text) == [("09:30", "12:30", "Plenary"),
                            ("14:30", "17:30", "Dialogue on decentralization")]


def test_points_with_am_or_pm_run_together_on_one_line() -> None:
    text = ("3:00 PM: Opening music video: (3 min.): “Honor Our Girls” 3:05 PM: Call to order/"
            "Opening Remarks: Moderator – Dr. Judy Kuriansky, Columbia University (3 min) High "
            "Level Segment 3:08 PM: Welcoming remarks (4 min): World Health Organization\n"
            "3:15PM Keynote Address (30 min.)\n3:45PM Statements from Mission Co-sponsors\n"
            "4:00PM Close\n")
    assert [(a, b) for a, b, _ in _times(text)] == [
        ("15:00", "15:05"), ("15:05", "15:08"), ("15:08", "15:15"), ("15:15", "15:45"),
        ("15:45", "16:00")]
    # a speaking order inside a meeting is no list of items
    order = ("10.00 – 12.30 1st meeting Opening of the session " + " ".join(
        f"10.{m}0 a.m. H.E. Mr. Speaker {m}, Minister of State, Country {m}" for m in range(1, 6)))
    assert len(propose(order).segments) == 1


def test_the_format_told_in_a_sentence_gives_way_to_the_programme_below() -> None:
    sentence = ("The hearing will consist of an opening segment (10:00 – 10:20), followed by two "
                "interactive panels (10:20 – 11:40 and 11:40 – 12:55) and a closing segment "
                "(12:55 – 13:00).\n")
    assert _times(sentence) == [("10:00", "10:20", "Opening segment"),
                                ("10:20", "11:40", "Interactive panels"),
                                ("11:40", "12:55", "Interactive panels"),
                                ("12:55", "13:00", "Closing segment")]
    text = ("Format\n" + sentence + "Programme\n10:00 – 10:10   Opening remarks\n"
            "10:10 – 10:20   Keynote address\n10:20 – 11:40   Panel 1: Access\n"
            "11:40 – 12:55   Panel 2: Financing\n12:55 – 13:00   Closing remarks\n")
    p = propose(text)
    assert [s.title.value for s in p.segments] == [
        "Opening remarks", "Keynote address", "Panel 1: Access", "Panel 2: Financing",
        "Closing remarks"]
    assert [o.why for o in p.odd] == [
        "the format told in a sentence: the programme below gives the items"]


def test_a_day_written_with_a_short_month_is_the_same_day() -> None:
    text = ("Webcast: 20 Oct 11:00am-1:00pm EST\nThe President will host a dialogue on Thursday, "
            "20 October 2011 from 11:00am-1:00pm at UNHQ.\n11 – 11:15am Opening Remarks\n"
            "11:15am – 12:50pm Interactive dialogue\n12:50 – 1pm Closing Remarks\n")
    assert [t for _, _, t in _times(text)] == ["Opening Remarks", "Interactive dialogue",
                                               "Closing Remarks"]


def test_what_follows_a_title_to_describe_it_and_its_sub_items_are_not_part_of_it() -> None:
    text = ("14:45 – 16:00 | 5. Young people and the transition to adulthood What are current "
            "challenges to young people’s transitions to adulthood?\n"
            "16:00 – 16:30 Launch This segment opens the meeting.\n"
            "16:30-17:20 Identification of projects:\na. requiring additional information\n"
            "b. with high priority\n"
            "17:20-18:00 Opening remarks HE Ms. Mona Juul, ECOSOC President\n")
    p = propose(text)
    assert [s.title.value for s in p.segments] == [
        "5. Young people and the transition to adulthood", "Launch", "Identification of projects",
        "Opening remarks"]
    assert [x.name.value for x in p.segments[3].people] == ["HE Ms. Mona Juul"]


def test_titles_above_their_times_with_speakers_below_the_last() -> None:
    text = ("22 Jan 2019\n\n  • Registration.\n\n    08:30 to 09:00\n"
            "  • Opening of the meeting.\n\n    09:00 to 09:30\n"
            "    • Cielo Morales, Directora del ILPES de la CEPAL\n")
    assert [t for _, _, t in _times(text)] == ["Registration", "Opening of the meeting"]
    below = ("Provisional programme of the event\n\n14h00-14h30\n\nRegistration – Welcome\n\n"
             "14h30-15h00\n\nOpening session:\n\nModeration: Ms. Stefania Giannini, UNESCO\n")
    assert [t for _, _, t in _times(below)] == ["Registration – Welcome", "Opening session"]


def test_a_duration_inside_the_line_ends_the_title() -> None:
    text = ("3:08 PM: Welcoming remarks (4 min): World Health Organization, Mr. Werner Obermeyer\n"
            "3:15PM Statements from Mission Co-sponsors (3 min. each) * Mission of Canada\n"
            "3:45PM Close\n")
    assert [t for _, _, t in _times(text)] == ["Welcoming remarks",
                                               "Statements from Mission Co-sponsors"]


def test_a_bulleted_item_above_its_date_and_time_lines() -> None:
    text = ("Meetings will take place as follows:\n\n  • Briefing meeting on the Vienna Convention "
            "issues\n\nDate: 5 October 2021\n\nTime: 2.00 p.m. to 5.30 p.m. maximum (Nairobi "
            "time (UTC +3))\n")
    assert _times(text) == [("14:00", "17:30", "Briefing meeting on the Vienna Convention issues")]


def test_a_session_s_hours_on_other_cities_clocks_are_not_items() -> None:
    text = ("Monday, 22 February 2021\n15:00-15:45\nHigh-Level Opening Session\n"
            "High-Level Opening Timezones\n15:00 - 15:45 Lilongwe\n16:00 - 16:45 Addis Ababa\n"
            "14:00 - 14:45 Paris\n08:00 - 08:45 New York\n16:00-18:45\nSession 1: Ministerial "
            "Dialogue\n")
    p = propose(text)
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments] == [
        ("15:00", "High-Level Opening Session"), ("16:00", "Session 1: Ministerial Dialogue")]
    assert sum(o.why == "the same times on another clock" for o in p.odd) >= 3


def test_an_item_its_hours_then_what_it_is_about() -> None:
    text = ("Conférence de presse: 9h00-9h30 : Le Groupe des dirigeants mondiaux sur la RAM\n"
            "Réunion plénière: 10h00-13h00 : Déclarations des États Membres\n")
    assert [t for _, _, t in _times(text)] == ["Conférence de presse", "Réunion plénière"]


def test_noon_alone_opens_an_item_and_a_room_code_is_no_title() -> None:
    text = ("MARDI 22 NOVEMBRE 2016\n9 h 30\nSéance d'ouverture\nSALLE DES CONSEILS D\nMidi\n"
            "Réunion du Bureau\nC0435\n16 h 30\nDébat général\nC0435\n18 h 30\nRéception\n")
    assert _times(text) == [("09:30", "12:00", "Séance d'ouverture"),
                            ("12:00", "16:30", "Réunion du Bureau"),
                            ("16:30", "18:30", "Débat général")]


def test_discussion_leaders_and_a_name_then_its_role_after_a_dash() -> None:
    text = ("10:00 — 13:00\nII. Poverty\n"
            "Discussion leaders: Mr. David Canning, Harvard University\n"
            "13:00 - 14:00 Panel\nRosangela Berman-Bieler - Senior Adviser on Children with "
            "Disabilities, UNICEF\n")
    p = propose(text)
    assert [[x.name.value for x in s.people] for s in p.segments] == [
        ["Mr. David Canning"], ["Rosangela Berman-Bieler"]]


def test_a_range_whose_dash_the_text_lost() -> None:
    text = "Wednesday  28 February 2007\n8:00  9:00\nRegistration\n09.00  09:30\nWelcome\n"
    assert _times(text) == [("08:00", "09:00", "Registration"), ("09:00", "09:30", "Welcome")]


def test_who_hosts_an_item_after_a_dash_is_no_part_of_its_title() -> None:
    assert _times("16:00-16:10 Afternoon Tea – Host by Government of TONGA\n"
                  "16:10-16:55 Cybersecurity\n")[0][2] == "Afternoon Tea"


def test_an_office_then_a_name_after_a_title() -> None:
    p = propose("2:45 p.m. Remarks by Deputy Secretary-General Jan Eliasson\n"
                "2:50 p.m. Remarks by the Vice-President of the General Assembly\n3:00 p.m. End\n")
    assert titles_and_people(p) == [
        ("Remarks by Deputy Secretary-General", ["Jan Eliasson"]),
        ("Remarks by the Vice-President of the General Assembly", [])]


def test_a_labelled_title_with_its_speakers_in_brackets() -> None:
    p = propose("10.00 a.m. Opening\n10.20 a.m. Keynote: Demographic change and pensions "
                "(S. Takeda, Japan, and M. Okafor, ILO)\n12.30 p.m. Adjournment\n")
    assert titles_and_people(p) == [
        ("Opening", []), ("Keynote: Demographic change and pensions", ["S. Takeda", "M. Okafor"])]


def test_points_run_together_after_a_label() -> None:
    p = propose("Side event: Youth and Climate Justice\n"
                "Agenda: 1:15 pm Welcome 1:20 pm Opening video 1:25 pm Panel: Youth voices on "
                "loss and damage 2:15 pm Q&A 2:30 pm End\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments] == [
        ("13:15", "Welcome"), ("13:20", "Opening video"),
        ("13:25", "Panel: Youth voices on loss and damage"), ("14:15", "Q&A")]


def test_who_gives_an_item_with_their_body_in_brackets() -> None:
    p = propose("1:15 pm Welcome, Ambassador Maria Silva (Brazil)\n"
                "1:25 pm Panel: Youth voices, moderated by Tom Lee (UNICEF)\n"
                "2:00 pm Keynote address by Ana Ruiz (ECLAC)\n2:30 pm End\n")
    assert titles_and_people(p) == [
        ("Welcome", ["Ambassador Maria Silva"]), ("Panel: Youth voices", ["Tom Lee"]),
        ("Keynote address", ["Ana Ruiz"])]


def test_a_meeting_without_a_title_takes_none_from_its_points() -> None:
    p = propose("AGENDA\nDay 1 — 5 June 2024\n09:00 Registration\n09:30 Welcome\n"
                "10:00 Session 1. State of the environment report\n"
                "    Presentation: Dr. Omar Haddad\n11:00 Coffee\n11:20 Close\n")
    assert p.title.value != "Presentation: Dr. Omar Haddad" and p.title.doubt
    assert [x.name.value for x in p.segments[2].people] == ["Dr. Omar Haddad"]


def test_columns_after_a_title_set_apart_by_wide_gaps() -> None:
    text = ("Time Activity Responsible\n08:30-09:00 Registration    Secretariat\n"
            "09:00-09:30 Opening ceremony    UNDP Resident Representative\n"
            "09:30-10:30 Presentation of the national report\tMinistry of Planning\n")
    assert [t for _, _, t in _times(text)] == [
        "Registration", "Opening ceremony", "Presentation of the national report"]


def test_a_row_cell_that_starts_with_an_honorific_names_a_speaker() -> None:
    p = propose("9:00 am – 9:15 am | Welcome remarks | Ms. Ana Lopez, UN Women\n"
                "9:15 am – 10:30 am | Panel I | Moderator: Mr. Ken Ito\n"
                "10:30 am – 10:45 am | Break |\n")
    assert titles_and_people(p) == [
        ("Welcome remarks", ["Ms. Ana Lopez"]), ("Panel I", ["Mr. Ken Ito"]), ("Break", [])]


def test_a_sure_honorific_after_a_capitalised_title_starts_its_speaker() -> None:
    p = propose("09:00-09:15 Welcome Address Dr. Tedros Adhanom Ghebreyesus, WHO Director-General\n"
                "09:15-09:30 Gespräch mit Bundespräsident Dr. Heinz Fischer\n09:30-10:00 Break\n")
    assert titles_and_people(p)[0] == (
        "Welcome Address", ["Dr. Tedros Adhanom Ghebreyesus"])
    assert p.segments[1].title.value == "Gespräch mit Bundespräsident Dr. Heinz Fischer"


def test_who_gives_an_item_by_office_is_no_part_of_its_title() -> None:
    assert [t for _, _, t in _times(
        "09:00-09:15 Opening of the workshop (Chair)\n09:15-09:30 Introduction [Secretariat]\n"
        "09:30-09:45 Welcome – Government of Kenya\n09:45-10:00 Election of the Chair\n")] == [
        "Opening of the workshop", "Introduction", "Welcome", "Election of the Chair"]


def test_a_table_given_column_by_column_with_its_titles_heading() -> None:
    assert _times("Time\n09:00 – 09:30\n09:30 – 11:00\n11:00 – 11:30\nActivity\nOpening\n"
                  "Panel discussion\nCoffee break\n") == [
        ("09:00", "09:30", "Opening"), ("09:30", "11:00", "Panel discussion"),
        ("11:00", "11:30", "Coffee break")]


def test_a_point_that_fills_the_gap_between_two_ranges_is_an_item() -> None:
    assert _times("09:00-09:30 Opening\n09:30-10:30 Panel\n10:30 Coffee break\n"
                  "11:00-12:00 Closing\n11:30 Photo\n") == [
        ("09:00", "09:30", "Opening"), ("09:30", "10:30", "Panel"),
        ("10:30", "11:00", "Coffee break"), ("11:00", "12:00", "Closing")]


def test_a_venue_note_after_a_title_is_no_part_of_it() -> None:
    assert _times("09:15-09:30 Official Group Photo (Venue: Convention Centre, Staircase)\n"
                  "Discussion: Interventions by other participants\n09:30-10:00 Opening\n")[0] \
        == ("09:15", "09:30", "Official Group Photo")


def test_a_meeting_number_alone_is_its_title_when_none_follows() -> None:
    assert _times("Monday, 20 September 2021 - HONLEA, Europe:\n9 a.m. - 11 a.m.: 1st Meeting\n"
                  "12 noon - 2 p.m.: 2nd Meeting\n") == [
        ("09:00", "11:00", "1st Meeting"), ("12:00", "14:00", "2nd Meeting")]
    assert _times("10:00 to 13:00  4th meeting\nGeneral discussion [item 3]\n"
                  "15:00 to 18:00  5th meeting\nInteractive dialogue\n") == [
        ("10:00", "13:00", "General discussion"), ("15:00", "18:00", "Interactive dialogue")]


def test_two_times_run_together_with_no_dash() -> None:
    assert _times("09:0012:00             Regional meetings\n12:00 – 14:00   Lunch break\n") == [
        ("09:00", "12:00", "Regional meetings"), ("12:00", "14:00", "Lunch break")]


def test_a_note_in_square_brackets_after_a_title_is_no_part_of_it() -> None:
    assert [t for _, _, t in _times("09:00-09:40 SESSION 1: OPENING [Sathorn I]\n"
                                    "09:50-10:00 Group Photo [front of the Lobby]\n")] == [
        "SESSION 1: OPENING", "Group Photo"]


def test_a_title_does_not_go_on_after_its_labels() -> None:
    assert _times("16:45-17:15 Plenary Session 1\nChair: K.Y. Amoako, Executive Secretary, ECA\n"
                  "Speaker: Ms. Gertrude Mongella, Venue: Conference Room 1\n"
                  " and 2 Objectives: This keynote address will cover governance.\n"
                  "17:15-18:00 Discussion\n")[0] == ("16:45", "17:15", "Plenary Session 1")


def test_a_name_run_into_a_title_with_its_role_after_a_comma() -> None:
    p = propose("09:00 - 09:30 GASP and Safety Roadmap Paul Lamy, Deputy Director, ANB, ICAO\n"
                "09:30 - 10:00 Session on Climate Finance, UNFCCC\n10:00 - 10:30 Break\n")
    assert titles_and_people(p)[:2] == [
        ("GASP and Safety Roadmap", ["Paul Lamy"]), ("Session on Climate Finance, UNFCCC", [])]


def test_a_name_after_a_mark_with_its_role_or_body_is_the_speaker() -> None:
    # after a colon or an exclamation mark, a name with a role or a body is who gives it; a
    # capitalised theme after a colon is no name, nor is a division
    p = propose("15:25 - 15:30 How the weather has changed: Philippe Jeanneret, Swiss television "
                "weather presenter\n15:30 - 16:00 Welcome and Call to Action!Juan Pablo Celis "
                "Garcia, United Nations Association of New York\n16:00 - 16:30 Panel 2: Climate "
                "Finance, Adaptation and Loss\n16:30 - 17:00 Mode effect: Statistics Division, "
                "ECLAC Secretariat\n17:00 - 17:30 Close\n")
    assert titles_and_people(p)[:4] == [
        ("How the weather has changed", ["Philippe Jeanneret"]),
        ("Welcome and Call to Action", ["Juan Pablo Celis Garcia"]),
        ("Panel 2: Climate Finance, Adaptation and Loss", []),
        ("Mode effect: Statistics Division, ECLAC Secretariat", [])]
    p = propose("17:30 - 17:45 Concluding Address: Jeff Sachs (Director, Earth Institute, Columbia "
                "University)\n17:45 - 18:00 Close\n")  # the role in brackets
    assert (p.segments[0].title.value, [x.name.value for x in p.segments[0].people]) == (
        "Concluding Address", ["Jeff Sachs"])


def test_where_a_break_is_held_after_its_title_is_no_part_of_it() -> None:
    text = "10:25 - 10:40 Coffee Break Outside Conference Room 3\n11:00 - 12:00 Panel\n"
    assert _times(text)[0] == ("10:25", "10:40", "Coffee Break")


def test_the_time_zone_is_not_taken_from_a_speakers_country() -> None:
    p = propose("Delivering the SDGs\nWednesday, September 20, 2023 | 6:00 – 7:30 PM (ET)\n"
                "Panelists\n- H.E. Ms. Yill Otero, Vice Minister of Foreign Affairs, Panama\n")
    assert p.timezone.value == "America/New_York"
    assert propose("Side event, UN Headquarters\n10:00 - 11:00 Opening\n11:00 - 12:00 Panel\n"
                   "- Ms. Ana Ruiz, Director, Bogota\n").timezone.value == "America/New_York"
    assert propose("Briefing, Palais des Nations, Room XXI\n10:00 - 11:00 Opening\n"
                   "11:00 - 12:00 Panel\n").timezone.value == "Europe/Zurich"


def test_a_zone_in_brackets_in_the_prose_is_the_meetings() -> None:
    p = propose("# Final meeting\nThe workshop takes place online on the afternoons (CET) of 27 "
                "and 28 April 2021.\n### [14:15-14:30] Welcome\n\nWelcome address by Mr Emanuele "
                "Baldacci (Eurostat).\n\n### [14:30-16:15] Session 1\n")
    assert (p.timezone.value, p.timezone.doubt) == ("Europe/Zurich",
                                                    "from \u201cCET\u201d in the text")
    assert [(x.name.value, x.role) for x in p.segments[0].people] == [
        ("Mr Emanuele Baldacci", "Eurostat")]


def test_a_speaker_named_after_by_may_have_a_middle_initial() -> None:
    p = propose("Side event\n10:00 – 10:10 Opening words by Maria T. Okafor, President of the "
                "Council\n10:10 – 10:40 Discussion\n10:40 End\n")
    assert p.segments[0].title.value == "Opening words"
    assert [x.name.value for x in p.segments[0].people] == ["Maria T. Okafor"]


def test_hours_in_brackets_that_close_a_paragraph_are_the_whole_paragraphs() -> None:
    p = propose("Forum programme\n\nWelcome session\nAddress by the host city's mayor "
                "(10:00 – 10:20)\n\nRoundtable of ministers\n(10:20 – 11:30)\n\n"
                "Launch of the report\nPresentation by the secretariat\n(11:30 – 12:00)\n\n"
                "Reception\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments] == [
        ("10:00", "Welcome session"), ("10:20", "Roundtable of ministers"),
        ("11:30", "Launch of the report")]


def test_whose_clock_a_range_is_on_is_no_title() -> None:
    p = propose("Dialogues on water\n\nSession 1\n\nThe state of the basins\n\n"
                "Monday, 7 June / 9:00 - 10:30 Kenyan time\n\nAn overview of the state of the "
                "basins of the region, with the figures of the latest assessment by the "
                "commission.\n\n"
                "Session 2\n\nFinancing the basins\n\nMonday, 7 June / 11:00 - 12:00 "
                "(New York time)\n\nA discussion of how the basins' works are paid for, by whom, "
                "and what the banks of the region can do to help them.\n")
    assert [s.title.value for s in p.segments] == ["The state of the basins",
                                                   "Financing the basins"]
    assert clean_title("Question time") == "Question time"


def test_a_region_in_brackets_is_no_speaker_and_initials_may_run_into_a_title() -> None:
    p = propose("Symposium on oversight\nProgramme\n09:00 - 09:20\n"
                "Overview of the programmes Ana Lopes, CTA, RSOO "
                "(West Africa)\n09:20 - 09:40\nReview of the Pacific office J.K. Tamatoa, "
                "PASO\n09:40 - 10:00\nQuestions\n10:00 - 11:00\nLunch\n")
    assert titles_and_people(p) == [
        ("Overview of the programmes", ["Ana Lopes"]),
        ("Review of the Pacific office", ["J.K. Tamatoa"]), ("Questions", []),
        ("Lunch", [])]


def test_a_seat_named_in_spanish_or_french_is_the_venue_not_the_title() -> None:
    p = propose("Seminario regional sobre empleo juvenil\nLunes 14 de octubre de 2019\n"
                "Sede de la CEPAL, Santiago de Chile\n\n9.00 a 9.30 hrs. Inauguración\n"
                "9.30 a 11.00 hrs. Panel 1\n11.00 a 11.15 hrs. Café\n")
    assert p.title.value == "Seminario regional sobre empleo juvenil"
    assert p.venue.value == "Sede de la CEPAL, Santiago de Chile"


def test_a_city_alone_before_the_date_is_the_venue() -> None:
    p = propose("Séminaire régional\nNiamey, 12 mars 2019\n\n8 h 30 - 9 h 00 : Accueil\n"
                "9 h 00 - 9 h 30 : Ouverture\n9 h 30 - 10 h 00 : Pause\n")
    assert p.venue.value == "Niamey"
    p = propose("Workshop on statistics\nMonday, 5 June 2024\n\n09:00 Opening\n10:00 Close\n")
    assert p.venue.value == ""


def test_a_name_run_into_a_title_may_have_a_qualified_role() -> None:
    p = propose("Time Topic Speaker\n15:00 Welcome and Introduction Jane Smith, OHCHR\n"
                "15:10 Human rights and the oceans Maria Ruiz, former Special Rapporteur\n"
                "15:30 Discussion\n16:00 Closing\n")
    assert titles_and_people(p)[:2] == [
        ("Welcome and Introduction", ["Jane Smith"]),
        ("Human rights and the oceans", ["Maria Ruiz"])]


def test_a_room_columns_heading_is_no_venue() -> None:
    p = propose("Wednesday 3 April\nTime Event Room\n10:00-11:30 Plenary\n11:30-13:00 Lunch\n")
    assert p.venue.value == ""


def test_a_range_indented_under_a_bullet_takes_the_bullet_as_its_title() -> None:
    p = propose("Workshop on prices\n\n  • Welcome and introductions\n\n    09:00 a 09:30\n"
                "    •   Ana Torres, Director of Statistics\n      • Opening words\n"
                "  • Price collection in 2025\n\n    09:30 a 12:00\n"
                "    • ▪ Review of the survey\n      ▪ Next steps\n")
    assert [s.title.value for s in p.segments] == ["Welcome and introductions",
                                                   "Price collection in 2025"]


def test_who_speaks_or_what_is_done_after_the_hours_leaves_the_title_above() -> None:
    p = propose("Regional meeting\n19 Aug 2020\nOpening of the meeting\n"
                "11:00 to 11:35- Ana Torres, Director of Statistics• Welcome• Agenda\n"
                "Price collection in 2025 and the review of the regional survey of prices\n"
                "11:35 to 14:00- ▪ Review of the survey▪ Next steps\n")
    assert titles_and_people(p) == [
        ("Opening of the meeting", ["Ana Torres"]),
        ("Price collection in 2025 and the review of the regional survey of prices", [])]


def test_a_tables_heading_row_says_which_cell_holds_the_titles() -> None:
    p = propose("Side events\nDay | Time | Room | Organiser | Title | Dialogue |\n"
                "Wednesday, 22 March | 11:00 – 12:15 | Room C | Mission of Chile | Water and "
                "glaciers | ID 2 |\nWednesday, 22 March | 14:00 – 15:15 | Room 8 | Bolivia | "
                "Amazon waters | ID 4 |\n")
    assert [s.title.value for s in p.segments] == ["Water and glaciers", "Amazon waters"]
    p = propose("Time\tRoom\tTopic\tSpeaker\n09:00-10:00\tHall A\tOpening\tMs. Ana Lee\n"
                "10:00-11:00\tHall B\tData and maps\tMr. Tom Ode\n")
    assert [s.title.value for s in p.segments] == ["Opening", "Data and maps"]


def test_an_events_card_has_its_title_above_its_date_and_its_room_below() -> None:
    p = propose("Observance of the Day\n\nRoundtable on ending violence at work\n"
                "8 March 2011, 10:00 a.m. – 12:00 noon\n"
                "United Nations Headquarters, Conference Room 4\n"
                "H.E. Ms. Ana Lee, Minister of Labour\n\nLaunch of the new database\n"
                "8 March 2011, 1:15 – 2:45 p.m.\nUnited Nations Headquarters, Conference Room 4\n"
                "Official launch:\nMs. Sara Obi, Director\n")
    assert [s.title.value for s in p.segments] == ["Roundtable on ending violence at work",
                                                   "Launch of the new database"]


def test_the_room_before_a_colon_and_the_organisers_note_are_no_part_of_a_title() -> None:
    p = propose("Side events\n\nMay 2, 10h-12h, Conference Room 6: Water in the Sahel "
                "(Organisers: Mission of Niger, WMO)\n\nModerator: Ana Lee (WMO)\n\n"
                "May 2, 13h-15h, Conference Room 6: Drought finance (Co-organized by FAO)\n\n"
                "May 2, 15h-16h, Conference Room 6: Reception\n")
    assert [s.title.value for s in p.segments] == ["Water in the Sahel", "Drought finance",
                                                   "Reception"]


def test_an_office_after_a_slash_stays_and_a_dangling_by_the_goes() -> None:
    assert clean_title("Election of a Chairperson / Rapporteur") == \
        "Election of a Chairperson / Rapporteur"
    p = propose("9:15 Statement by the Mr. Ivan Petrov, Acting Director\n"
                "9:30 Adoption of the agenda\n9:40 Close\n")
    assert p.segments[0].title.value == "Statement"


def test_a_bulleted_item_with_its_hours_after_its_title_and_a_language_note() -> None:
    long_title = ("The review of the technical guidelines on the environmentally sound "
                  "management of wastes consisting of, containing or contaminated with "
                  "persistent organic pollutants, and the next steps for the working group")
    p = propose("Side events on Thursday 3 June 2021:\n\n"
                f"  • Waste statistics in the region - Secretariat 9.00 to 10.00 a.m."
                f"(UTC/GMT+2) - session in English - Recording\n\n"
                f"  • {long_title} - Expert group 11.00 to 12.00 p.m. (UTC/GMT+2) - session "
                f"in French - Recording\n\n  • Marine litter - UNEP 2.00 to 3.00 p.m. "
                f"(UTC/GMT+2) - session in Spanish\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments] == [
        ("09:00", "Waste statistics in the region"),
        ("11:00", long_title), ("14:00", "Marine litter - UNEP")]


def test_hours_whose_title_is_only_a_place_are_the_meetings_not_an_item() -> None:
    p = propose("Ocean day\n\n05 June 2019\n10:00 - 18:00 hrs. Room XX\nNairobi\n, Kenya\n\n"
                "Programme\n\n09:30-09:45 - Welcome\n\n09:45-11:30 - Dialogue on fisheries\n\n"
                "11:30-12:30 - Film screening\n")
    assert [s.title.value for s in p.segments] == ["Welcome", "Dialogue on fisheries",
                                                   "Film screening"]
    assert any("hours and place" in o.why for o in p.odd)


def test_what_lists_a_titles_parts_after_it_is_no_part_of_it() -> None:
    assert clean_title("Opening 1. Election of officers 2. Adoption of the agenda") == "Opening"
    assert clean_title("Welcome remarks: - Co-Chairs of the group - Host government") == \
        "Welcome remarks"
    assert clean_title("Working group session WG1: Data and methods (inventories)") == \
        "Working group session"
    assert clean_title("Item 1. Opening") == "Item 1. Opening"


def test_a_time_after_an_at_sign_is_a_point() -> None:
    p = propose("Parallel events\n\n12th March\n\n@10:00am\n\nWomen in science\n\n"
                "12th March\n\n@1:30pm\n\nGirls and coding\n\n12th March\n\n@3pm\n\nClosing\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments][:2] == [
        ("10:00", "Women in science"), ("13:30", "Girls and coding")]


def test_a_range_written_on_three_lines_with_to_between() -> None:
    p = propose("Programme of meetings\n\n9:30 a.m.\nto\n10:30 a.m.\nRound table on trade\n"
                "10.30 a.m. Plenary meeting\n1.00 p.m. End\n")
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}", s.title.value)
            for s in p.segments][0] == ("09:30", "10:30", "Round table on trade")
    assert "10:30" in p.text[p.segments[0].end.span[0]:p.segments[0].end.span[1]]


def test_an_events_card_may_name_its_moderator_between_its_title_and_date() -> None:
    p = propose("Special events\n\nPanel:\n\"Water for peace\"\nA panel moderated by Mr. Tom "
                "Ode, Director\n9 March 2007, 10:00 a.m. - 12 noon\nConference Room 4, United "
                "Nations Headquarters, New York\nThe panellists are:\n- Ms. Ana Lee, Minister\n"
                "- Mr. Ian Roe, Mayor\n\nPanel:\n\"Rivers and cities\"\nA panel moderated by "
                "Ms. Eve Kim, Chief\n9 March 2007, 1:00 - 2:45 pm\nConference Room 4, United "
                "Nations Headquarters, New York\nThe panellists are:\n- Mr. Al Tan, Mayor\n")
    assert [s.title.value for s in p.segments][1] == "Rivers and cities"


def test_a_closing_time_does_not_end_a_first_point_with_ranges_after_it() -> None:
    p = propose("Agenda\n09:30 |\nWelcome |\n10:15-10:30 |\nCoffee break |\n"
                "10:30-12:30 |\nData exchange |\n12:30-14:00 |\nLunch |\n17:30 |\nClose |\n")
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}", s.title.value)
            for s in p.segments][:2] == [("09:30", "10:15", "Welcome"),
                                         ("10:15", "10:30", "Coffee break")]


def test_four_digit_times_alone_in_a_tables_first_cells() -> None:
    p = propose("| Time | Item | Topic | Lead |\n| 0900 | | Welcome | Secretariat |\n"
                "| 0910 | 1.1 | Keynote: data challenges | A Lee |\n| 0930 | 1.2 | Climate data "
                "| B Roe |\n| 1000 | Break |\n| 1030 | 2.10 | Aviation | C Kim |\n| 1100 | 2.11 | "
                "Oceans | D Ode |\n| 1130 | Lunch |\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments][:2] == [
        ("09:00", "Welcome"), ("09:10", "Keynote: data challenges")]
    assert [f"{s.start.value:%H:%M}" for s in p.segments][-2:] == ["10:30", "11:00"]


def test_a_room_named_with_words_before_it_is_no_title() -> None:
    assert clean_title("Lower-level Conference Room") == "Lower-level Conference Room"
    p = propose("Wednesday, 6 November 2019\n\n09:00 – 09:30\n\nMain Building\nLower-level "
                "Conference Room\n\nOpening and Welcome Remarks\n\n09:30 – 10:00\n\nMain Building\n"
                "Lower-level Conference Room\n\nIntroductory Presentation\n\n10:00 – 10:30\n\n"
                "Main Building\nGarden Room\n\nCoffee break\n\n10:30 – 11:00\n\nClose\n")
    assert [s.title.value for s in p.segments][:3] == [
        "Opening and Welcome Remarks", "Introductory Presentation", "Coffee break"]


def test_mountain_and_central_time_after_a_range_are_zones_not_titles() -> None:
    p = propose("Day 3\n\n8:30 AM - 9:45 AM MST\nYouth Caucus: Youth and climate action\n\n"
                "10:00 AM - 11:15 AM MST\nWorkshops led by civil society\n\n"
                "11:30 AM - 12:30 PM MST\nPlenary\n")
    assert [s.title.value for s in p.segments][:2] == [
        "Youth Caucus: Youth and climate action", "Workshops led by civil society"]
    assert p.timezone.value == "America/Denver"


def test_a_morning_ending_at_12_am_ends_at_noon_and_a_stray_dot_before_pm() -> None:
    p = propose("MORNING\n9 a.m. -12 a.m.\n27th meeting / Panel discussion on gender\n"
                "AFTERNOON\n3 p.m. – 6.p.m.\n28th meeting / General debate on item 4\n")
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}", s.title.value)
            for s in p.segments] == [("09:00", "12:00", "Panel discussion on gender"),
                                     ("15:00", "18:00", "General debate on item 4")]


def test_who_leads_an_item_by_office_after_a_slash_is_no_part_of_it() -> None:
    assert clean_title("Roundtable introductions / Bureau Chair") == "Roundtable introductions"
    assert clean_title("Report of the meeting / Conference Secretariat") == "Report of the meeting"
    assert clean_title("Election of a Chairperson / Rapporteur") == \
        "Election of a Chairperson / Rapporteur"
    assert clean_title("Welcome: Co-Chairs, Steering Committee of the network") == "Welcome"


def test_parts_named_in_a_sentence_before_their_hours() -> None:
    p = propose("The meeting will comprise a morning session from 10 a.m. to 1 p.m. and an "
                "afternoon segment from 3 p.m. to 6 p.m. Speakers may register until noon.\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments] == [
        ("10:00", "Morning session"), ("15:00", "Afternoon segment")]


def test_an_indico_timetable_writes_its_ranges_without_a_dash() -> None:
    text = ("Forum on Minority Issues\n  • Thursday 28 November\n    • 10:00 13:00\n"
            "      Representation in public space: Morning session\n"
            "      • Highlighting the names of streets;\n    • 15:00 18:00\n"
            "      Representation in education: Afternoon session\n")
    assert _times(text) == [
        ("10:00", "13:00", "Representation in public space: Morning session"),
        ("15:00", "18:00", "Representation in education: Afternoon session")]


def test_an_items_letter_in_brackets_does_not_end_a_long_title() -> None:
    title = ("3. Work plan: (b) Development of procedures (regarding publication of documents "
             "and reviews) [part 3] (c) Accreditation of independent entities [part 1]")
    assert clean_title(title).startswith("3. Work plan: (b) Development of procedures")
    assert clean_title(title).endswith("(c) Accreditation of independent entities")


def test_start_and_finish_columns_written_one_cell_a_line() -> None:
    text = ("START |\nFINISH |\nACTIVITY |\n|\nWednesday 27 June |\n|\n08:30 |\n09:00 |\n"
            "Registration of participants |\n|\n09:00 |\n09:15 |\nOpening ceremony (15 min) |\n"
            "Representative of DOALOS\n")
    assert _times(text) == [("08:30", "09:00", "Registration of participants"),
                            ("09:00", "09:15", "Opening ceremony")]


def test_a_run_of_start_times_is_not_read_as_ranges() -> None:
    p = propose("09:00\n09:30\n10:00\nOpening\nPanel one\nClosing\n")
    assert ("09:00", "09:30") not in [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}")
                                      for s in p.segments]


def test_a_note_in_brackets_left_open_is_no_part_of_the_title() -> None:
    assert clean_title("Country report presentations (brief summary of key statistics, "
                       "findings and issues") == "Country report presentations"


def test_an_order_of_the_days_item_number_then_its_subject_below() -> None:
    p = propose("Plenary meetings – Room XX\nWednesday, 21March 2018\nMORNING\n9.00 – 12.00\n"
                "48th meeting / Item 10\n(cont’d) / Technical assistance and capacity-building\n"
                "Interactive dialoguewith:\nLUNCH\n12.00– 15.00\n21stmeeting /\nItem 8 /\n"
                "Follow-up and implementation of the Vienna Declaration\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments] == [
        ("09:00", "Item 10 (cont’d): Technical assistance and capacity-building"),
        ("12:00", "Item 8: Follow-up and implementation of the Vienna Declaration")]


def test_visits_late_in_a_meeting_are_points_in_it_not_its_items() -> None:
    p = propose("MORNING\n10.00 – 13.00\n1st meeting / Item 1 / Organizational matters\n"
                "Opening of the session\n11.45 / Visit of H.E. Ms. Dang Thi Ngoc Thinh,\n"
                "11.55 / Visit of H. E. Mr. Mahmud Mammad-Guliyev,\nLUNCH\n13.00– 15.00\n"
                "2nd meeting / General debate\nAFTERNOON\n15.00 -- 18.00\n3rd meeting / Panel\n")
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}") for s in p.segments] == [
        ("10:00", "13:00"), ("13:00", "15:00"), ("15:00", "18:00")]
    assert sum("Visit of" in o.text for o in p.odd) == 2


def test_a_range_broken_after_its_dash_and_a_speaker_after_a_wide_gap() -> None:
    text = ("Wednesday, 29 May\n\n08.00 hours to\n10.00 hours - Registration\n\n"
            "10:00-10:20 1.1 Welcome remarks by the Deputy Administrator  "
            "Cao Xiaozhong (China)\n"
            "10:20-10:40 WELCOME AND INTRODUCTION Introduction from the two offices\n")
    assert _times(text) == [
        ("08:00", "10:00", "Registration"),
        ("10:00", "10:20", "1.1 Welcome remarks by the Deputy Administrator"),
        ("10:20", "10:40", "WELCOME AND INTRODUCTION")]


def test_a_pages_theme_switch_is_no_title() -> None:
    assert clean_title("Text color") == "" and clean_title("Dark") == ""


def test_when_the_list_closes_is_no_speaking_limit() -> None:
    from floorapp.core.programme.importer.speaking_limits import find_limits

    limits = find_limits("The lists close approximately 15 minutes after the beginning of each "
                         "interactive dialogue. Speaking time is 2 minutes for States Members of "
                         "the Council and 2 minutes for all observers.")
    assert {k: v.value for k, v in limits.items()}["member_state"] == 120
    assert all(v.value == 120 for v in limits.values())


def test_a_date_whose_space_the_pdf_lost() -> None:
    p = propose("Order of the day\nGeneva, 26 February -23 March 2018\nPlenary meetings – Room XX\n"
                "Wednesday, 21March 2018\nMORNING\n9.00 – 12.00\n48th meeting / General debate\n")
    assert str(p.date.value) == "2018-03-21"


def test_four_digit_ranges_with_a_zone_inside_a_forenoon_session() -> None:
    text = ("Date: 1 Feb, 2024\nSession: Forenoon (0900-1300h IST)\n\n"
            "1000-1005 IST Lighting of lamp and Invocation\n1110-1130 IST High Tea\n"
            "1250-1300 IST Discussion and Conclusion\n")
    assert _times(text) == [("10:00", "10:05", "Lighting of lamp and Invocation"),
                            ("11:10", "11:30", "High Tea"),
                            ("12:50", "13:00", "Discussion and Conclusion")]


def test_a_room_written_after_each_range_is_not_the_title() -> None:
    text = ("Monday 7 November\n\nOpening session\n\n10.00-11.30 / Assembly hemicycle\n\n"
            "Read more\n\nPlenary session 1\n\n14.30-16.00 / Assembly hemicycle\n\n"
            "Learning by doing\n")
    found = _times(text)
    assert [(a, b) for a, b, _ in found] == [("10:00", "11:30"), ("14:30", "16:00")]
    assert "hemicycle" not in " ".join(t for _, _, t in found)


def test_breaks_above_their_times_tell_titles_above() -> None:
    text = ("Opening session\n\n10.00-11.30 / Assembly hemicycle\n\nRead more >>\n\n"
            "Lunch break\n\n12.30-14.30\n\nPlenary session 1\n\n14.30-16.00 / Assembly "
            "hemicycle\n\nLearning by doing\n\nWelcome reception\n\n19.00-20.30 / Blue "
            "Restaurant\n\nOrchestra\n")
    assert [t for _, _, t in _times(text)] == [
        "Opening session", "Lunch break", "Plenary session 1", "Welcome reception"]


def test_moderators_listed_under_a_time_before_its_title() -> None:
    text = ("10:00 – 10:30\n\nModerators\n\n  • Tatenda Mutasa, National Focal Point, Zimbabwe\n"
            "  • Mara Ghilan, Policy Co-Lead, YOUNGO\n\nWelcoming remarks\n\n"
            "  • Valery Salas Flores, YOUNGO\n\n10:30 – 12:00\n\nWorld Café\n\n12:00 – 13:00\n\n"
            "Closing\n")
    p = propose(text)
    assert [s.title.value for s in p.segments][:2] == ["Welcoming remarks", "World Café"]
    assert [x.name.value for x in p.segments[0].named("moderator")] == [
        "Tatenda Mutasa", "Mara Ghilan"]


def test_a_speaker_written_before_what_they_give() -> None:
    text = ("1005-1010 IST Dr. Srinivasa Kumar T INCOIS, India Welcome Address\n"
            "1015-1020 IST Dr Yutaka Michida IOC-UNESCO Chairperson Special Remarks\n"
            "1130-1150 IST Dr. Shubha Sathyendranath Plymouth Marine Laboratory, UK Plenary 1 - "
            "Ocean Health\n1250-1300 IST Discussion and Conclusion\n")
    assert [t for _, _, t in _times(text)] == [
        "Welcome Address", "Special Remarks", "Plenary 1 - Ocean Health",
        "Discussion and Conclusion"]


def test_a_zone_written_beside_the_times_gives_the_time_zone() -> None:
    p = propose("1000-1005 IST Lighting of lamp\n1005-1010 IST Welcome Address\n")
    assert p.timezone.value == "Asia/Kolkata" and "IST" in p.timezone.doubt


def test_who_gives_a_speech_named_after_it() -> None:
    text = ("15:00 Welcome remarks, Grete Faremo\n15:05 Video Message of Dr Martial Ikounga, "
            "African Union Commissioner\n15:10 Meet with Ms. Anne Lee\n15:20 Closing\n")
    p = propose(text)
    assert [s.title.value for s in p.segments] == [
        "Welcome remarks", "Video Message", "Meet with Ms. Anne Lee"]
    assert [x.name.value for x in p.segments[0].people] == ["Grete Faremo"]


def test_a_day_then_its_first_point_and_a_range_glued_to_a_word() -> None:
    text = ("WEDNESDAY, MARCH 29 15h 00 Opening of the meeting by the Co-chairs\n"
            "15h 30 - 17h 00 Action point on Mine Awareness\n"
            "17h 00 - 17h 15 Coffee break17h 15 – 18h 15 Action point on Data Coordination\n")
    found = [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}", s.title.value)
             for s in propose_from_text(text).segments]  # repaired as a paste is
    assert found == [
        ("15:00", "15:30", "Opening of the meeting by the Co-chairs"),
        ("15:30", "17:00", "Action point on Mine Awareness"),
        ("17:00", "17:15", "Coffee break"),
        ("17:15", "18:15", "Action point on Data Coordination")]


def test_a_weekly_planning_row_run_together() -> None:
    text = ("Tuesday, 24 MayPlenary meeting10:00 - 13:00Room XVIII\n"
            "Tuesday, 24 MayWorking group15:00 - 18:00Room XVIII\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value)
            for s in propose_from_text(text).segments] == [
        ("10:00", "Plenary meeting"), ("15:00", "Working group")]


def test_an_event_list_with_when_lines_under_the_titles() -> None:
    text = ("Global activities for the Day of the Girl\n\n"
            "Erasing Barriers to Girls' Education\nWhen: 11 October, 9:15-11:30 EST\n"
            "Where: UNICEF Courtyard, New York\nWhat: This event will showcase good practices.\n\n"
            "Game Changers for Girls' Education\nWhen: 11 October, 13:15-14:45 EST\n"
            "Where: Diplomat Ballroom\nWhat: High-level event.\n")
    assert [t for _, _, t in _times(text)] == [
        "Erasing Barriers to Girls' Education", "Game Changers for Girls' Education"]


def test_a_flattened_page_whose_titles_stand_before_their_ranges() -> None:
    # a PDF run onto one line: each title, then its range, then its chair and notes; the
    # breaks written right before their ranges tell the titles are before them
    text = ("Regional Workshop on Water Statistics 3-4 March 2015 Accra, Ghana Day 1: 3 March "
            "2015 Opening of the workshop 8:30-9:30 . Welcome by the host . Remarks by the "
            "organisers Session 1: Water accounts in the region 9:30-10:45 Chair: Kofi Mensah, "
            "Ministry of Water Presentations by countries . Discussion Coffee break 10:45-11:15 "
            "Session 2: Data sources 11:15-12:30 Chair: Ama Owusu, Statistical Service . "
            "Country cases Lunch 12:30-1:30 Field visit to the treatment plant 1:30-4:00 "
            "Session 3: Next steps 4:00-5:00")
    assert _times(text) == [
        ("08:30", "09:30", "Opening of the workshop"),
        ("09:30", "10:45", "Session 1: Water accounts in the region"),
        ("10:45", "11:15", "Coffee break"),
        ("11:15", "12:30", "Session 2: Data sources"),
        ("12:30", "13:30", "Lunch"),
        ("13:30", "16:00", "Field visit to the treatment plant"),
        ("16:00", "17:00", "Session 3: Next steps")]


def test_times_alone_on_their_lines_start_the_programme_for_the_title() -> None:
    # "9:15 am" alone, its item's title below: the programme has begun, so "Panel 1: …"
    # is an item's title, not the meeting's; "6:00 pm" / "–" / "8:00 pm" is no item
    text = ("Agenda\nTuesday, 14 May 2019\n9:00 am\nOpening remarks\n9:15 am\n"
            "Panel 1: Financing for development\n10:30 am\nCoffee break\n10:45 am\n"
            "Panel 2: Partnerships\n12:00 pm\nClosing\n")
    assert propose(text).title.value == "Meeting"
    split = ("September 22, 2016\n6:00 pm\n–\n8:00 pm\nClosing Session of the Conference\n"
             "Program Agenda\n6:00 Welcome\n6:10 Opening Remarks\n7:00 Panel\n")
    assert propose(split).title.value == "Closing Session of the Conference"


def test_a_stock_item_ends_where_the_next_column_runs_on_with_a_capital() -> None:
    # a flattened page: the break's or the registration's place or the next block's heading
    # runs on after the stock words; "Lunch hosted by …", "Coffee Break" stay whole
    assert clean_title("COFFEE ITU Elected Officials and Partner") == "COFFEE"
    assert clean_title("Registration European Parliament Accreditation Centre") == "Registration"
    assert clean_title("Lunch Organization for Security and Co-operation in Europe") == "Lunch"
    assert clean_title("Registration of participants 125 Av.de") == "Registration of participants"
    assert clean_title("Buffet lunch reception Members’ Restaurant") == "Buffet lunch reception"
    for whole in ("Coffee Break", "Lunch Hosted by the Mission of Chile", "Registration Desk Opens",
                  "Lunch break", "Tea and coffee", "Registration"):
        assert clean_title(whole) == whole


def test_a_french_or_spanish_room_is_the_venue_whole() -> None:
    # "Salle de conférence 4", not "Salle de"; the seat after it, with its apostrophe
    text = ("Dialogue interactif sur la sécurité routière\nMardi 14 mars 2023, Salle de "
            "conférence 4, Siège de l'ONU, New York\n\n10 h 00 – 10 h 30  Séance d'ouverture\n"
            "10 h 30 – 12 h 00  Débat interactif\n")
    assert propose(text).venue.value == "Salle de conférence 4, Siège de l'ONU, New York"
    text = "Diálogo regional\nSala de Conferencias 2, Sede de la CEPAL\n10:00 a 11:30 Apertura\n"
    assert propose(text).venue.value == "Sala de Conferencias 2, Sede de la CEPAL"


def test_bullets_run_on_after_a_title_are_its_points_not_its_title() -> None:
    # a table's cell flattened: "Session 1: Procedural • Election of Chairperson • …"
    assert clean_title("Session 1: Procedural • Election of Chairperson & Rapporteur • "
                       "Introduction of participants") == "Session 1: Procedural"
    assert clean_title("Opening Session • Welcome address - Forestry Commission") == \
        "Opening Session"
    assert clean_title("• Welcome address") == "Welcome address"


def test_a_range_holding_only_its_chair_heads_the_items_inside_it() -> None:
    text = ("9:30-11 am Chair: Mr Jacques Hallak, ADG/ED a.i.\n\n9:30-10 am Opening by the "
            "Director-General\n\n10-10:20 am Regional presentations (Asia)\n\n10:20-11 am "
            "Discussion\n\n11-11:30 am Coffee Break\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in propose(text).segments] == [
        ("09:30", "Opening by the Director-General"), ("10:00", "Regional presentations (Asia)"),
        ("10:20", "Discussion"), ("11:00", "Coffee Break")]


def test_a_bracketed_note_on_who_prepared_the_paper_is_no_part_of_the_title() -> None:
    assert clean_title("Flagship presentation: HIV/AIDS, by UNICEF/IIEP (paper prepared jointly "
                       "with WHO, the World Bank, USAID)") == \
        "Flagship presentation: HIV/AIDS, by UNICEF/IIEP"
    assert clean_title("Launch (in cooperation with UNDP)") == "Launch"
    assert clean_title("Panel (Paper Mill Workers' Union)") == "Panel (Paper Mill Workers' Union)"


def test_a_page_number_then_an_items_two_times_is_no_meeting_title() -> None:
    # a flattened PDF: the whole first page on one line, then page 2 opening with an item
    text = ("1 Global Meeting on Literacy, Paris " + "with a long agenda " * 20 +
            "9:00 9:45 Opening session 9:45 11:15 Panel discussion 1\n\n"
            "2 11:45 13:00 The UNESCO King Sejong Literacy Prize The UN\n")
    assert "Prize" not in propose(text).title.value


def test_points_run_into_the_words_before_them_in_a_flattened_line() -> None:
    text = ("National Consultation on School Feeding, Kigali, 26 February 2013 DAY 1: VISION "
            "SETTINGTime Activity Speaker/Moderator08:00 Registration08:30 Opening Remarks "
            "Jane Roe, Agency – 5 mins09:00 School Feeding in Rwanda: Context and background "
            "– 15 mins10:00 Coffee break " + "with more words about the workshop " * 5)
    assert [(a, b) for a, b, _ in _times(text)][:3] == [
        ("08:00", "08:30"), ("08:30", "09:00"), ("09:00", "10:00")]
    assert _times(text)[0][2] == "Registration"


def test_the_only_segment_names_the_meeting_only_when_it_is_the_only_one() -> None:
    # a registration before it: the meeting has two items, and its heading stays its title
    p = propose("Rwanda National Consultation Workshop - Agenda\n\n08:00 - 08:30 Registration\n"
                "08:30 - 10:00 Opening Remarks\n")
    assert p.title.value == "Rwanda National Consultation Workshop - Agenda"


def test_a_brackets_end_from_the_line_above_and_a_pages_link_are_no_titles() -> None:
    assert clean_title("or later, if required)") == ""  # from "(14.30- 17.30 hours" above
    assert clean_title("confirmar)") == ""
    assert clean_title("Find out more and register here") == ""
    assert clean_title("Opening (closed)") == "Opening (closed)"


def test_an_items_morning_and_afternoon_sittings_on_one_line() -> None:
    text = "Friday Seminar\n\n27 February 2015,\n10:00 am - 1:00 pm, 3:00 - 5:00 pm\n"
    assert [(a, b) for a, b, _ in _times(text)] == [("10:00", "13:00"), ("15:00", "17:00")]
    # the same times on two clocks side by side stay a grid's columns, not two sittings
    grid = _times("Panel\n09:00-10:30, 15:00-16:30\n")
    assert ("09:00", "10:30") not in [(a, b) for a, b, _ in grid]


def test_more_meeting_cities_give_the_time_zone() -> None:
    p = propose("Global Vaccination Summit\nCharlemagne Building, Rue de la Loi, 1040 Brussels\n"
                "09:00 - 09:40 Welcome\n09:40 - 10:00 Special Address\n")
    assert p.timezone.value == "Europe/Brussels"
    p = propose("CCARDESA General Assembly, Boipuso Hall, Gaborone, Botswana\n"
                "09:00 - 09:15 Welcome\n09:15 - 09:45 Election of the Chair\n")
    assert p.timezone.value == "Africa/Gaborone"


def test_an_agencys_seat_named_without_its_city_gives_the_time_zone() -> None:
    for seat, zone in (("UNESCO Headquarters, Room II", "Europe/Paris"),
                       ("FAO Headquarters, Red Room", "Europe/Rome"),
                       ("WHO Headquarters, Executive Board Room", "Europe/Zurich"),
                       ("OECD Conference Centre, CC1", "Europe/Paris"),
                       ("IMO Headquarters, Main Hall", "Europe/London")):
        p = propose(f"Global Literacy Forum\n{seat}\n09:00 - 09:40 Welcome\n"
                    "09:40 - 10:00 Keynote\n")
        assert (p.timezone.value, p.timezone.sure) == (zone, False), seat  # a guess, marked


def test_the_headings_year_dates_a_day_written_without_one() -> None:
    text = ("2026 GEO Symposium / GEO-21 Plenary\n\n26-28 May\nWMO, Geneva\n\nTuesday, 26 May\n"
            "09:00-09:45 Opening Ceremony\n09:45-10:45 Town Hall: the Post-2025 Work Programme "
            "(Post-2025 strategy, Post-2025 GEO)\n")
    assert propose(text).date.value == date(2026, 5, 26)


def test_a_speaker_written_before_the_talk() -> None:
    text = ("Day 1: Weds 10th June\n9.30 : Erland Källén (ECMWF). \n          Welcome & "
            "introduction.\n10.00 : Roberto Buizza (ECMWF).  Keynote lecture\n"
            "            The ECMWF ensembles\n"
            "10.30 - 11.00 Coffee/tea\n14.00 : Linus Magnusson (ECMWF). Briefing on the storm\n"
            "14.15 : Exercises\n15.00 : Close\n")
    assert [t for _, _, t in _times(text)] == [
        "Welcome & introduction", "Keynote lecture", "Coffee/tea", "Briefing on the storm",
        "Exercises"]
    assert clean_title("Opening Session (WHO). Remarks").startswith("Opening Session")  # no name


def test_a_side_events_kind_then_its_subject_below() -> None:
    text = ("Mon May 20 | 1:15pm - 2:30pm\n\nSide Event\n\nImagining a World With a UN "
            "Convention\n\nOrganizer Permanent Mission of Portugal\nLocation CR.8\n\n"
            "Mon May 20 | 3:00pm - 4:30pm\n\nSide Event\n\nThe role of the European Union\n")
    assert [t for _, _, t in _times(text)] == [
        "Side Event: Imagining a World With a UN Convention",
        "Side Event: The role of the European Union"]


def test_an_order_of_the_days_dialogues_after_the_items_title() -> None:
    assert clean_title("Item 10 (cont’d) Technical assistance and capacity-building Interactive "
                       "dialogue with: (cont’d) - Independent Expert on the situation") == \
        "Item 10 (cont’d) Technical assistance and capacity-building"
    assert clean_title("Interactive dialogue with the Special Rapporteur") == \
        "Interactive dialogue with the Special Rapporteur"


def test_who_attends_after_a_title_is_no_part_of_it() -> None:
    assert clean_title("Welcome – Opening Remarks In the presence of Her Majesty the Queen of "
                       "the Belgians") == "Welcome – Opening Remarks"


def test_a_buildings_postal_address_is_the_venue() -> None:
    p = propose("Global Vaccination Summit, 12 September 2019 Charlemagne Building, Rue de la Loi/ "
                "Wetstraat 170, 1040 Brussels AGENDA\n08.00 Registration\n09.00 Welcome\n10.00 "
                "Coffee\n")
    assert p.venue.value == "Charlemagne Building, Rue de la Loi/ Wetstraat 170, 1040 Brussels"
    p = propose("Task Team meeting, UNESCO Miollis Building Paris, France 18 19 February, 2013\n"
                "09:00-10:00 Opening\n10:00-11:00 Presentations\n")
    assert "2013" not in p.venue.value  # a year is no postal code


def test_a_named_rooms_column_after_the_title_is_cut() -> None:
    assert clean_title("FOURTH PLENARY MEETING RED ROOM") == "FOURTH PLENARY MEETING"
    assert clean_title("ICA-ETF Poster Session Outside Meeting Rooms") == "ICA-ETF Poster Session"
    assert clean_title("Lunch in the Delegates Room") == "Lunch in the Delegates Room"  # "in"
    assert clean_title("Escape Room") == "Escape Room"  # a title that short is the item's own


def test_who_gives_an_item_by_office_and_a_part_including_its_items() -> None:
    text = ("Monday, 14 May 2001\n08:30-08:40 Opening of the meeting\nby the CEG Chairman\n"
            "08:40-09:00 Welcoming Statement\nby Mr. Valery Lebedev, CEG member for RF\n"
            "09:10-09:30 Introduction of Participants\nby Heads of delegations\n"
            "11:10-16:10 Discussion on the role and future activities of the CEG, including:\n"
            "11:10-11:20 Information on Ad Hoc CEG meeting (April 2001, Vienna)\n"
            "by the CEG Chairman\n11:20-13:00 Discussion of co-operation with IAEA\n"
            "13:00-14:30 Lunch Break\n16:10-16:30 Coffee Break\n")
    assert [t for _, _, t in _times(text)] == [
        "Opening of the meeting", "Welcoming Statement", "Introduction of Participants",
        "Information on Ad Hoc CEG meeting (April 2001, Vienna)",
        "Discussion of co-operation with IAEA", "Lunch Break", "Coffee Break"]
    assert clean_title("Opening of the meeting by the Co-chairs") == \
        "Opening of the meeting by the Co-chairs"  # written on the title's line, it stays



def test_am_after_twelve_in_a_morning_is_noon() -> None:
    text = ("Monday 21 July\n\n10 : 45 am – 12 : 15 am Speech by Mr X, State Secretary.\n\n"
            "12 : 45 pm – 2 : 45 pm Lunch at the Hotel.\n")
    assert _times(text) == [("10:45", "12:15", "Speech by Mr X"),
                            ("12:45", "14:45", "Lunch at the Hotel")]
    p = propose(text.replace("\n\n12 : 45", "\n\n12 : 30 am Group photo.\n\n12 : 45"))
    assert [(o.text, o.why) for o in p.odd] == [  # between two ranges: shown, as "11.45 Visit"
        ("12 : 30 am Group photo.", "a point in time among timed segments, not a segment")]


def test_a_forms_empty_field_who_may_attend_and_a_pages_sections_are_no_titles() -> None:
    for note in ("N/A", "TBD", "By invitation only", "Open to all", "Related Documents",
                 "Downloads"):
        assert clean_title(note) == "", note
    text = ("Seventeenth Session of the Governing Council of APCICT/ESCAP\n\n"
            "09 November 2022, 13:30 PM - 16:30 PM | By invitation only\n\nSeoul\n")
    assert propose(text).segments[0].title.value == \
        "Seventeenth Session of the Governing Council of APCICT/ESCAP"


def test_the_next_days_heading_glued_to_a_title_is_cut() -> None:
    assert clean_title("LunchTuesday, 4 November 2003Afternoon session") == "Lunch"
    assert clean_title("Meeting with MondayMorning Group") == "Meeting with MondayMorning Group"


def test_the_meetings_title_is_no_symbol_sentence_credit_or_page_furniture() -> None:
    text = ("WIPO/MMP1/15/INF/2 Prov.\nPosted by: newsroom\nOrganized by the Madrid Union\n"
            "The seminar will be held in English and French.\n"
            "Seminar on the Madrid System for the International Registration of Marks\n"
            "Time: 9:30 – 12:30\n09:30 - 10:00 Opening\n10:00 - 12:30 Panel\n")
    assert propose(text).title.value == \
        "Seminar on the Madrid System for the International Registration of Marks"
    text = ("Diálogos Parlamentarios Virtuales: Seguridad alimentaria\n\nPrograma\n\n"
            "La sesión será en español e inglés.\n\n16:00 - 16:10 Bienvenida\n"
            "16:10 - 16:30 Apertura\n")
    assert propose(text).title.value == "Diálogos Parlamentarios Virtuales: Seguridad alimentaria"


def test_the_title_leading_a_programme_flattened_onto_one_line() -> None:
    text = ("BIENNIAL SEMINAR OF THE RADIOCOMMUNICATION BUREAU, 2006 Programme Geneva, 30 "
            "October - 3 November 2006 Period1 Room 1 (CICG) Monday, 30 October 2006 0930-1030 "
            "Celebration of the Centenary of the Radio Regulations 10:30-11:00 Coffee Break "
            "11:00-12:00 Opening of the Seminar (V. Timofeev, Director) Introduction: 1. ITU and "
            "the Radiocommunication Sector (F. Leite) 2. Study Group Activities (K. Hughes)")
    assert propose(text).title.value == "BIENNIAL SEMINAR OF THE RADIOCOMMUNICATION BUREAU, 2006"
    prose = ("Following day of the COP1 on 25 September, 2017 comprises of some sessions. " * 5)
    assert "Following day" not in propose("Highlights of the COP1\n\n" + prose).title.value


def test_the_meetings_title_without_its_place_dates_or_a_pages_generic_heading() -> None:
    text = ("Conference Programme\n\nVenice Commission 66th Plenary Session (Venice, 17-18 March "
            "2006)\n\n09:30 - 13:00 Plenary session\n13:00 - 14:30 Lunch\n")
    assert propose(text).title.value == "Venice Commission 66th Plenary Session"
    text = "Daily schedule\n\n09:30 - 13:00 Plenary session\n13:00 - 14:30 Lunch\n"
    assert propose(text).title.value == "Daily schedule"  # nothing else names it
    text = "Global Vaccination Summit Brussels\n\n09:00 - 09:40 Welcome\n09:40 - 10:00 Address\n"
    assert propose(text).title.value == "Global Vaccination Summit"


def test_a_heading_repeated_and_a_pages_menu_or_days_heading_are_no_meetings_title() -> None:
    text = ("Conference menu\nDAY I: TUESDAY 9 OCTOBER 2012\nVI European Regional Meeting VI "
            "European Regional Meeting VI European Regional Meeting\n"
            "09:30 - 13:00 Plenary session\n13:00 - 14:30 Lunch\n")
    assert propose(text).title.value == "VI European Regional Meeting"


def test_a_time_the_next_days_heading_or_a_format_run_on_after_a_title_are_cut() -> None:
    assert clean_title("Media Q&A 11:00 END") == "Media Q&A"
    assert clean_title("Outlook on action points THURSDAY, MARCH 3") == "Outlook on action points"
    assert clean_title("Consultations with Regional CoordinatorsVirtual (Webex)N.") == \
        "Consultations with Regional Coordinators"
    assert clean_title("Launch of the 2030 Agenda") == "Launch of the 2030 Agenda"


def test_event_cards_their_title_above_place_date_and_time_a_sentence_below() -> None:
    cards = ("Dialogue on Cooperation with Observers\nPlace: Swissotel, Lima\n"
             "Date: Sunday, June 6, 2010\nTime: 1:00 p.m. - 3:00 p.m.\n"
             "The Ministers will meet in a luncheon with the observers.\n\n"
             "Dialogue between Heads of Delegation and Civil Society\nPlace: Museo de la Nacion\n"
             "Date: Sunday, June 6, 2010\nTime: 11:00 a.m. - 12:30 p.m.\n"
             "The Dialogue will offer a space for civil society.\n")
    expected = [("11:00", "12:30", "Dialogue between Heads of Delegation and Civil Society"),
                ("13:00", "15:00", "Dialogue on Cooperation with Observers")]
    assert _times(cards) == expected
    one_line = re.sub(r"\nTime:", " » Time:", cards.replace("Place: Swissotel, Lima\n", ""))
    assert _times(one_line) == expected  # "Date: … » Time: …" on one line
    assert propose(cards).title.value == "Dialogue on Cooperation with Observers"  # not "Place:"


def test_a_one_word_item_keeps_whom_it_is_given_by() -> None:
    text = ("Monday 21 July\n9 : 00 am – 10 : 15 am Speech by Mr Bernard Kouchner, Minister for "
            "Foreign and European Affairs, on current international events.\n"
            "10:15 - 10:30 Opening remarks by Mr. Jan Eliasson, Deputy Secretary-General\n"
            "12:15 - 13:00 Address by Michelle Bachelet, UN High Commissioner\n")
    assert [t for _, _, t in _times(text)] == [
        "Speech by Mr Bernard Kouchner", "Opening remarks",
        "Address by Michelle Bachelet, UN High Commissioner"]
    # the same after a colon following its hours
    assert _times("15h50 to 16h00: Statement by Mr Donald Payne\n16h20 to 16h30: Photo\n")[0][
        2] == "Statement by Mr Donald Payne"


def test_a_cards_point_in_time_on_another_day_is_shown_not_dropped() -> None:
    text = ("Special Event for the Private Sector\nPlace: Country Club Lima\n"
            "Date: Monday, June 7, 2010 » Time: 7:30 p.m. (Press Release in spanish)\n"
            "Two affiliates of the OAS will hold a ceremony.\n"
            "Dialogue on Cooperation with Observers\nPlace: Swissotel, Lima\n"
            "Date: Sunday, June 6, 2010 » Time: 1:00 p.m. - 3:00 p.m. (Agenda)\n"
            "The Ministers will meet in a luncheon with the observers.\n")
    p = propose(text)
    assert _times(text) == [("13:00", "15:00", "Dialogue on Cooperation with Observers")]
    assert p.date.value == date(2010, 6, 6)
    assert [o.why for o in p.odd if "7:30 p.m." in o.text] == [  # the Monday event, listed
        "on another day (7 june): a programme holds one day"]


def test_the_venue_is_a_guess_when_the_cards_name_several_places() -> None:
    text = ("Special Event\nPlace: Country Club Lima\n"
            "Date: Monday, June 7, 2010 » Time: 7:30 p.m.\nDialogue with Observers\n"
            "Place: Swissotel, Lima\n"
            "Date: Sunday, June 6, 2010 » Time: 1:00 p.m. - 3:00 p.m.\n")
    venue = propose(text).venue
    assert venue.value == "Country Club Lima" and not venue.sure
    assert propose("Panel\nVenue: Room 4\n10:00 - 11:00 Opening\n").venue.sure


def test_a_venue_labels_links_and_the_sentence_after_it_are_no_part_of_it() -> None:
    text = ("Workshop\n- Venue: [Science Park](https://x.pt/), on [Terceira](https://y.com)\n"
            "Monday 9 January 2023\n09:00 - 10:00 Opening\n10:00 - 11:00 Talks\n")
    assert propose(text).venue.value == "Science Park, on Terceira"
    text = ("Workshop\nVenue: Salle C-2, WMO, Geneva, Switzerland. Please report to reception on "
            "arrival\n09:00 - 10:00 Opening\n10:00 - 11:00 Talks\n")
    assert propose(text).venue.value == "Salle C-2, WMO, Geneva, Switzerland"


def test_the_venue_where_it_is_held_after_its_dates() -> None:
    text = ("The Vienna Conference will take place from 1 to 2 October at the Austria Center "
            "Vienna.\n09:00 - 10:00 Opening\n10:00 - 11:00 Panel\n")
    assert propose(text).venue.value == "Austria Center Vienna"


def test_the_place_before_the_dates_in_brackets_gives_venue_and_zone() -> None:
    text = ("Twelfth Contact Expert Group (CEG) Meeting\n\n(St. Petersburg, Russian Federation, "
            "14 - 16 May 2001)\n\nMonday, 14 May 2001\n08:30-08:40 Opening of the meeting\n"
            "08:40-09:00 Information on the Ad Hoc meeting (April 2001, Vienna)\n")
    p = propose(text)
    assert p.venue.value == "St. Petersburg, Russian Federation"
    assert p.timezone.value == "Europe/Moscow"  # not Vienna's, named in an item


def test_a_name_glued_to_its_title_is_the_speaker() -> None:
    text = ("Final Conference\n9:45Sound checkJana Wolf, HELCOM BLUES project coordinator\n"
            "10:15BycatchVolker Dierschke, Gavia EcoResearch\n"
            "11:15Foodweb/BEATHenrik Nygård, Finnish Environment Institute\n"
            "16:30Closing wordsOttilia Thoreson\n16:40 CSO-led Workshops\n"
            "17:00 A Review of the TFA's Negotiating History\n17:30 End\n")
    p = propose(text)
    assert [t for _, _, t in _times(text)] == [
        "Sound check", "Bycatch", "Foodweb/BEAT", "Closing words", "CSO-led Workshops",
        "A Review of the TFA's Negotiating History"]
    assert [x.name.value for x in p.segments[1].people] == ["Volker Dierschke"]
    assert [x.name.value for x in p.segments[3].people] == ["Ottilia Thoreson"]


def test_a_name_in_brackets_before_a_link_label_is_the_speaker() -> None:
    text = ("Working Group meeting\n15:15-15:30 Introduction on FCDR, CDR, ICDR (Chris Merchant) "
            "[presentation\n15:30-15:45 Status of Working Group (Jörg Schulz) [presentation]\n")
    p = propose(text)
    assert [t for _, _, t in _times(text)] == ["Introduction on FCDR, CDR, ICDR",
                                               "Status of Working Group"]
    assert [x.name.value for x in p.segments[0].people] == ["Chris Merchant"]


def test_an_office_before_the_speakers_name_is_not_the_title() -> None:
    text = ("10:00 A.M. - 10:15 A.M.\n\n"
            "  • Opening Remarks: PAHO Assistant Director, Dr. Socorro Gross-Galiano\n\n"
            "10:15 A.M. - 10:30 A.M.\n\n  • Presentation : Progress in Implementation\n\n"
            "10:30 A.M. - 11:00 A.M.\n\n  • Closure\n")
    assert [t for _, _, t in _times(text)][0] == "Opening Remarks"


def test_a_word_processors_arrow_bullet_ends_the_title() -> None:
    text = ("Colloquium\n9.20 | Review of the Colloquium’s Objectives and Agenda Ø Elisha Mala, "
            "Codex Contact Point of Fiji |\n9.30 | Discussion |\n10.00 | Break |\n")
    assert [t for _, _, t in _times(text)][0] == "Review of the Colloquium’s Objectives and Agenda"


def test_an_acronyms_words_after_an_ampersand_are_the_titles_own() -> None:
    assert clean_title("Welcoming Remarks by Austria & World Bank Group (WBG)") == \
        "Welcoming Remarks by Austria & World Bank Group (WBG)"
    assert clean_title("Nuclear Disarmament: The World at Crossroads Quaker United Nations "
                       "Office (QUNO)") == "Nuclear Disarmament: The World at Crossroads"


def test_a_room_named_alone_is_placed_in_the_seat_the_text_names() -> None:
    text = ("Panel discussion\nOrganised by OHCHR at the Palais des Nations\n\n12 June 2009\n"
            "Room XX\n10:00-13:00 Panel on the UPR\n15:00-18:00 General debate\n")
    assert propose(text).venue.value == "Palais des Nations, Room XX"
    two = text.replace("Panel discussion", "Panel discussion (webcast from UN Headquarters)")
    assert propose(two).venue.value == "Room XX"  # two seats named: which one is not known


def test_a_city_in_the_heading_is_the_venue_when_nothing_else_names_one() -> None:
    text = ("Expert Group Meeting on Water\nHiroshima, Japan, 28 February 2010\n"
            "09:00-10:00 Opening\n10:00-11:00 Panel\n")
    venue = propose(text).venue
    assert venue.value == "Hiroshima, Japan" and venue.doubt  # a guess, marked
    speaker = ("Expert Group Meeting on Water\n28 February 2010\n09:00-10:00 Opening\n"
               "Ms. Ana Lopez, Ministry of Water, Geneva\n10:00-11:00 Panel\n")
    assert propose(speaker).venue.value == ""  # where a speaker is from is not the venue
    assert propose(text.replace("Japan", "États-Unis")).venue.value == "Hiroshima, États-Unis"


def test_a_heading_naming_the_meeting_comes_before_its_theme_line() -> None:
    text = ("54th Annual Meeting of the Board of Governors\nTheme: Partnerships for Resilient "
            "Prosperity\n17 June 2024\n09:00-10:00 Opening ceremony\n10:00-11:00 Plenary\n")
    assert propose(text).title.value == "54th Annual Meeting of the Board of Governors"
    themed = "Daily programme\nTheme: Partnerships for Resilient Prosperity\n" + \
        text.split("\n", 2)[2]
    assert propose(themed).title.value == "Partnerships for Resilient Prosperity"


def test_one_segment_names_the_meeting_only_when_the_heading_says_less() -> None:
    session = ("Twenty-eighth session\n25 March 2015\n"
               "12:00-15:00 Annual thematic discussion on technical cooperation\n")
    assert propose(session).title.value == "Annual thematic discussion on technical cooperation"
    named = session.replace("Twenty-eighth session", "Global Forum on Migration and Development")
    assert propose(named).title.value == "Global Forum on Migration and Development"


def test_a_document_about_the_meeting_is_not_its_title() -> None:
    text = ("Media Arrangements for the 27th Ministerial Session of ESCWA\nBeirut, 7-10 May 2012\n"
            "09:00-10:00 Opening\n10:00-11:00 Press conference\n")
    assert propose(text).title.value == "27th Ministerial Session of ESCWA"


def test_the_weekday_named_tells_the_year_left_unwritten() -> None:
    text = ("Assembly 2023: the sixth session\nMonday, 26 February\n"
            "10:00-13:00 Opening plenary\n15:00-18:00 General debate\n")
    found = propose(text).date  # 26 February 2023 was a Sunday; in 2024, a Monday
    assert found.value == date(2024, 2, 26) and found.doubt  # the nearest such Monday: a guess


def test_a_calendar_listed_newest_first_starts_on_its_last_day() -> None:
    text = ("Recent Meetings\n\nThursday, 30 July 2015\n10:00-13:00 Informal Session\n\n"
            "Wednesday, 29 July 2015\n10:00-13:00 Reading of the text\n\n"
            "Tuesday, 28 July 2015\n10:00-13:00 Opening of the negotiations\n"
            "15:00-18:00 General exchange of views\n")
    p = propose(text)
    assert p.date.value == date(2015, 7, 28)
    assert [t for _, _, t in _times(text)] == ["Opening of the negotiations",
                                               "General exchange of views"]


def test_who_gives_an_item_by_office_with_its_bodys_acronym_is_cut() -> None:
    assert clean_title("The CLRTAP (ECE Secretariat)") == "The CLRTAP"
    assert clean_title("Report of the WHO Secretariat") == "Report of the WHO Secretariat"


def test_a_zone_written_in_words_or_as_an_offset_gives_the_time_zone() -> None:
    text = ("Final Conference\nTime (Eastern European UTC+2) Topic\n9:45 Sound check\n"
            "10:00 Opening\n")
    assert propose(text + "10:15 Panel\n").timezone.value == "Europe/Athens"
    webinar = "Webinar on water\n14:00-15:00 (UTC+3) Opening\n15:00-16:00 Panel\n"
    found = propose(webinar).timezone
    assert found.value == "Etc/GMT-3" and found.doubt  # a fixed offset: checked by the user
    assert propose(webinar.replace("UTC+3", "GMT-5")).timezone.value == "Etc/GMT+5"


def test_starts_written_in_universal_time_give_utc_not_an_aside_in_brackets() -> None:
    text = ("Workshop\nEnrolment 07:30 UTC  (08:30 BST / 09:30 CEST)\n"
            "Introduction (08:00 UTC)\nMorning Break (09:00 - 09:30 UTC)\nUsing it (09:30 UTC)\n")
    found = propose(text).timezone
    assert (found.value, found.doubt) == ("UTC", "from \u201cUTC\u201d in the text")
    assert propose("Dialogue\n1400-1410GMT Opening\n1415-1420GMT Statement\n"
                   "1420-1500GMT Panel\n").timezone.value == "UTC"
    aside = ("Launch\nWHEN 11.00-12.30 in Nairobi (08:00-09:30 GMT)\n"
             "11:00 Welcome\n11:30 Launch\n12:00 Questions\n")
    assert propose(aside).timezone.value == "Africa/Nairobi"  # local times, GMT aside
    feed = "Climate Summit\nTue, 23 Sep 2014 12:00:00 GMT\n08:00 Opening\n08:45 Panel\n"
    assert propose(feed).timezone.value == "America/New_York"  # a feed's stamp, not a start


def test_a_venues_country_of_one_time_zone_gives_the_zone() -> None:
    text = ("First Oceania Regional Meeting\nHamilton, New Zealand, 1-4 December 1998\n"
            "09:30-10:30 Welcoming Ceremony\n10:30-11:00 Official opening\n")
    p = propose(text)
    assert p.venue.value == "Hamilton, New Zealand"
    assert p.timezone.value == "Pacific/Auckland" and p.timezone.doubt  # "most of New Zealand"
    many = text.replace("Hamilton, New Zealand", "Springfield, United States")
    assert propose(many).timezone.value == "America/New_York"  # several zones: not guessed
    assert "no city" in propose(many).timezone.doubt


def test_a_final_programme_for_the_meeting_is_titled_by_the_meeting() -> None:
    text = ("Final programme for the Oceania Regional Meeting, December 1998\n\n"
            "Hamilton, New Zealand, 1-4 December 1998\n\n08.30 - 09.30 Registration\n"
            "09.30 - 11.00 Welcome ceremony\n")
    assert propose(text).title.value == "Oceania Regional Meeting"


def test_a_line_listing_a_meetings_sittings_is_titled_after_them_or_below() -> None:
    below = ("Calendar\n12 Jan 2023 9 a.m.– 1 p.m.; 2–3 p.m. |\n"
             "Labouisse Hall | Orientation for the 2023 Executive Board members\n")
    assert [t for _, _, t in _times(below)] == ["Orientation for the 2023 Executive Board members"
                                                ] * 2
    after = "Calendar\n12 Jan 2023\n9 a.m.– 1 p.m. and 2–3 p.m. Orientation for members\n"
    assert [t for _, _, t in _times(after)] == ["Orientation for members"] * 2
    label = "Friday Seminar\n27 February 2015,\n10:00 am - 1:00 pm, 3:00 - 5:00 pm\nVenue: Room 1\n"
    assert [t for _, _, t in _times(label)] == ["Friday Seminar"] * 2  # a label is no title
    place = ("Panel on the Covenants\nTuesday, 1 March 2016, 9:00-12:00, Room XX, Palais des "
             "Nations, Geneva\n")
    p = propose(place)
    assert p.segments[0].title.value != "Room XX, Palais des Nations, Geneva"
    assert p.venue.value == "Room XX, Palais des Nations, Geneva"


def test_a_dash_turned_ideograph_after_am_or_pm_is_read_as_the_dash() -> None:
    from floorapp.core.programme.importer import propose_from_text

    broken = ("Side events of the 76th session\n(9:00am 每 10:30am)\nInteractive webinar on "
              "women in law\n(1:15pm 每 2:45pm)\nWebinar on disasters\n")
    p = propose_from_text(broken)
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}") for s in p.segments] == [
        ("09:00", "10:30"), ("13:15", "14:45")]
    assert any("dashes" in n for n in p.notes)


def test_the_councils_own_heading_names_the_meeting_only_when_nothing_else_does() -> None:
    journal = ("Human Rights Council Eleventh session\nOrder of the day\nFriday, 12 June 2009\n"
               "10:00-13:00 Item 6: UPR outcomes\n15:00-18:00 Item 6: UPR outcomes (cont'd)\n")
    assert propose(journal).title.value == "Human Rights Council Eleventh session"
    panel = "Human Rights Council\nPanel on the right to food\n" + journal.split("\n", 2)[2]
    assert propose(panel).title.value == "Panel on the right to food"
    assembly = "39th Session of the Assembly\n27 September 2016\n09:00-12:00 Plenary\n" \
        "14:00-17:00 Executive Committee\n"
    assert propose(assembly).title.value == "39th Session of the Assembly"


def test_a_meetings_name_after_its_sittings_hours_is_its_title() -> None:
    text = ("Conference menu\n16 March\n10:00 - 13:00 and 15:00 - 18:00 Working Group on "
            "Effective Treaty Implementation (WGETI)\n| Venue |\nCentre International de "
            "Conférences Genève (CICG), Geneva, Switzerland |\n| Session 1\n10:00 - 13:00 |\n"
            "Sub-working Group on Exchange of National Practices |\n| Session 2\n15:00 - 18:00 |\n"
            "Sub-working Group on Exchange of National Practices |\n")
    p = propose(text)
    assert p.title.value == "Working Group on Effective Treaty Implementation (WGETI)"
    assert not p.venue.value.endswith("|")


def test_a_first_days_subtitle_naming_a_meeting_is_a_heading_for_it() -> None:
    text = ("Day 1. Monday, 17 June 2024 - Youth Seminar\n\nDownload programme\n\n"
            "9:30 – Opening session\n\n10:00 – Panel on minorities\n\n11:00 – Close\n")
    assert propose(text).title.value == "Youth Seminar"


def test_a_spanish_room_under_the_time_is_not_the_title() -> None:
    text = ("Foro regional, 16 de agosto de 2031\n\n8:00 - 9:00\nSalón Los Arcos\n\n"
            "Registro de participantes\n\n9:00 - 9:30\n\nPalabras de bienvenida\n")
    assert [t for _, _, t in _times(text)] == ["Registro de participantes",
                                               "Palabras de bienvenida"]


def test_an_items_number_before_its_start_time_is_no_time() -> None:
    text = ("31st Plenary, 1 November 2031\n  08:00 — Registration\n1.1 08:40\n\n"
            "Chair's introduction\n1.2 09:00 Status of actions [presentation] Executive Team\n"
            "1.3 09:20 Work plan update [Presentation]  A. Rivera\n  09:40 — Break\n")
    assert _times(text) == [("08:00", "08:40", "Registration"),
                            ("08:40", "09:00", "Chair's introduction"),
                            ("09:00", "09:20", "Status of actions"),
                            ("09:20", "09:40", "Work plan update")]


def test_a_wikis_links_and_headings_are_read_as_their_text() -> None:
    text = ("= '''Mesoscale workshop at the Institute''' =\n29 November 2031\n"
            " * 09:15-10:15 2. [wiki:Workshop2031/Status The status of the runs] "
            "([http://example.org/a.pdf slides])\n * 10:15-11:00 Coffee\n")
    p = propose(text)
    assert p.title.value == "Mesoscale workshop at the Institute"
    assert [t for _, _, t in _times(text)] == ["2. The status of the runs", "Coffee"]


def test_an_event_dates_label_is_not_the_meetings_title() -> None:
    p = propose("Event Dates: October 31st - November 2nd, 2031\n\nHosted By: the Agency\n\n"
                "Working Group on Climate, Ninth Meeting\n09:00-10:00 Opening\n"
                "10:00-11:00 Reports\n")
    assert p.title.value == "Working Group on Climate, Ninth Meeting"


def test_a_town_before_its_country_in_the_heading_is_the_venue() -> None:
    p = propose("5th Ocean Observation Symposium – Lorient, France, July 2031\n\n"
                "09:00 – 09:10 Welcome\n09:10 – 10:00 Keynote\n")
    assert p.venue.value == "Lorient, France" and p.venue.doubt  # a guess: marked
    assert p.timezone.value == "Europe/Paris"
    assert propose("Disarmament Division, Japan\n09:00 – 10:00 Welcome\n10:00 – 11:00 Talks\n"
                   ).venue.value == ""


def test_a_body_a_document_or_a_programme_part_is_nobody() -> None:
    text = ("31st Space Agencies Plenary\n\nHosted By: CSIRO\n\nAgenda V1.0 PDF | DOC\n\n"
            "Tuesday, 1 November 2031\n  08:00 — Registration\n\n  Session 1: Core Business\n\n"
            "1.1 08:40\n\nChair's introduction\nSession Chairman: Akossi Mensah\n"
            "  09:40 — Break\n")
    p = propose(text)
    assert p.title.value == "31st Space Agencies Plenary"
    assert [x.name.value for s in p.segments for x in s.people] == ["Akossi Mensah"]


def test_a_speechs_kind_is_no_part_of_its_speakers_name() -> None:
    text = ("Programme prévisionnel, 8 juillet 2031\n10h00 : Ouverture de la session plénière :\n"
            "Allocution de M. Jean DUPUIS, président de la métropole\n"
            "Allocution de Mme Claire MARTIN, présidente du comité exécutif\n"
            "10h35 : Table ronde\n11h00 : Pause\n")
    names = [x.name.value for x in propose(text).segments[0].people]
    assert names == ["M. Jean DUPUIS", "Mme Claire MARTIN"]


def test_a_range_with_its_duration_and_its_own_title_keeps_it() -> None:
    text = ("Side event, 21 November 2031\n11:00 –11:05\n\n(5 mins)\n\nGreetings to all\n\n"
            "11:05 – 11:20 Keynote address\n\n11:20 -11:30\n\n(10 mins)\n\nPresentation 1\n"
            "11:30 - 11:40 Questions\n")
    assert [t for _, _, t in _times(text)] == ["Greetings to all", "Keynote address",
                                               "Presentation 1", "Questions"]


def test_the_meetings_title_without_its_document_its_dates_and_a_sites_banner() -> None:
    text = "\n\n10:00 - 11:00 Arrivals\n11:00 - 12:00 Roundtable\n"
    assert propose("Indicative programme - Foreign Affairs Council of 25 June 2018" + text
                   ).title.value == "Foreign Affairs Council"
    assert propose("BWC Regional Seminar in Central Asia, 16-17 September 2009 This workshop "
                   "brought together fifty representatives" + text
                   ).title.value == "BWC Regional Seminar in Central Asia"
    assert propose("Indico celebrates its 20th anniversary! Check our blog post for more "
                   "information!\n\nCouncil - 186th Session of Council" + text
                   ).title.value == "Council - 186th Session of Council"


def test_a_meetings_title_wrapped_after_a_preposition_and_after_a_date_range() -> None:
    text = "\n\n10:00 - 11:00 Opening\n11:00 - 12:00 Session 1\n"
    assert propose("United Nations Regional Workshop on\nthe 2030 Round of Population Censuses"
                   + text).title.value == \
        "United Nations Regional Workshop on the 2030 Round of Population Censuses"
    assert propose("Programme\n\n18-22 September 2031 | SDG Media Zone - UNGA86" + text
                   ).title.value == "SDG Media Zone - UNGA86"


def test_the_kind_of_page_before_the_meetings_name_is_no_part_of_it() -> None:
    text = "\n\n10:00 - 11:00 Opening\n11:00 - 12:00 Session 1\n"
    assert propose("DRAFT AGENDA Global Forum on Effective Use of ICT for Disaster Management"
                   + text).title.value == \
        "Global Forum on Effective Use of ICT for Disaster Management"


def test_the_day_or_place_after_the_meetings_name_is_cut() -> None:
    text = "\n\n10:00 - 11:00 Opening\n11:00 - 12:00 Session 1\n"
    assert propose("POLICY FORUM Thursday 20 February 2031 UNESCO Headquarters" + text
                   ).title.value == "POLICY FORUM"
    assert propose("Competition Policy Group MeetingHiroshima, Japan" + text
                   ).title.value == "Competition Policy Group Meeting"
    assert propose("SCIENTIFIC COMMITTEE REGULAR SESSION Bali, Republic of Indonesia" + text
                   ).title.value == "SCIENTIFIC COMMITTEE REGULAR SESSION"
    assert propose("Seventieth Session of the Regional Committee, Maldives" + text
                   ).title.value == "Seventieth Session of the Regional Committee, Maldives"


def test_a_meeting_named_only_in_a_sentence_is_proposed_as_a_guess() -> None:
    p = propose("Join us for the live streamed sessions at our upcoming Challenges Annual Forum "
                "in Addis Ababa.\n\n12:00 - 13:00 Opening\n13:00 - 14:00 Panel\n")
    assert (p.title.value, p.title.doubt) == (
        "Challenges Annual Forum", "no heading names the meeting: taken from a sentence")
    p = propose("Media representatives attending the upcoming Joint Meeting of Ministers of Health "
                "and Ministers Responsible for HIV and AIDS of the Southern African Development "
                "Community are reminded to collect their tags.\n\n09h00 – 13h00 Secretariat "
                "Meeting\n14h00 – 16h30 Briefing\n")
    assert p.title.value == ("Joint Meeting of Ministers of Health and Ministers Responsible for "
                             "HIV and AIDS of the Southern African Development Community")


def test_a_date_beside_the_hours_leaves_the_title_above_them() -> None:
    p = propose("Side events\n\nOpening of the Forum\n13 December 2031, 8:00 – 10:00\n\n"
                "Youth and the Forum\n13 December 2031, 10:00 – 11:30\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments] == [
        ("08:00", "Opening of the Forum"), ("10:00", "Youth and the Forum")]


def test_who_holds_an_event_beside_its_time_is_no_title() -> None:
    p = propose("Calendar of side events\nMonday, 10 April 2031\n13:15 – 14:30 (EST) Co-organized "
                "by Denmark, Kenya and UNFPA\n\nAdvancing the ICPD commitments\n\n"
                "Conference Room 11\n15:00 – 16:00 Closing of the day\n")
    assert [s.title.value for s in p.segments] == ["Advancing the ICPD commitments",
                                                   "Closing of the day"]


def test_a_family_name_in_capitals_glued_to_the_given_name_is_parted() -> None:
    from floorapp.core.programme.importer.people import person
    found = person("Ms DanutaHÜBNER, MEP", 0, "chair")
    assert found is not None and (found.name.value, found.role) == ("Ms Danuta HÜBNER", "MEP")


def test_the_days_of_a_meeting_an_item_speaks_of_are_not_a_day_of_the_programme() -> None:
    # A briefing on meetings ahead: each time is followed by that meeting's dates, its
    # name on the next line; the dates are neither the item's title nor a new day.
    text = ("Monday 3rd June 2024\n13:00 Welcome\n\n13:05 01st– 04th July 2024\n\n"
            "Global Symposium for Regulators\n\n13:15 07th – 11th July 2024\n\n"
            "CANTO 2024 Conference\n\n08th – 10th July 2024\n\nAI Conference\n\n"
            "13:35 22nd – 27th July 2024\n\nRegional Radiocommunication Seminar\n\n"
            "13:55 Close\n")
    assert _times(text) == [("13:00", "13:05", "Welcome"),
                            ("13:05", "13:15", "Global Symposium for Regulators"),
                            ("13:15", "13:35", "CANTO 2024 Conference"),
                            ("13:35", "13:55", "Regional Radiocommunication Seminar")]


def test_a_session_number_run_into_its_range_is_not_part_of_the_hour() -> None:
    text = ("Day 1\n26 Nov\nSessionTimingsPlenary Room\n19:30-10:00 (0,5h)Introduction\n"
            "Coffee break\n210:30-12:00 (1h30)Science roadmap\nLunch break\n"
            "313:30-15:30 (2h)Programme highlights\n17:30-19:00Welcome reception\n")
    assert [(a, b) for a, b, _ in _times(text)] == [("09:30", "10:00"), ("10:30", "12:00"),
                                                  ("13:30", "15:30"), ("17:30", "19:00")]
    assert _times(text)[1][2] == "Science roadmap"


def test_a_speaker_on_the_times_line_gives_the_title_to_the_talk_below() -> None:
    text = ("Press trip\n\n9:00 Opening\n\n9:30 Jean Jacquinot, Advisor to the Director-General\n\n"
            "Why Fusion?\n\n10:15 Site tour\n\n12:00 Lunch\n")
    p = propose(text)
    assert [s.title.value for s in p.segments] == ["Opening", "Why Fusion?", "Site tour"]
    assert [x.name.value for x in p.segments[1].people] == ["Jean Jacquinot"]


def test_an_address_by_someone_is_not_taken_for_a_speaker_line() -> None:
    text = ("11h00 – 11h10 : Allocution de Monsieur Abdoulaye DIOP, Ministre de la Culture\n"
            "Épisode 2 : Rigueur et méthode\n11h10 – 11h20 : Débat\n")
    assert propose(text).segments[0].title.value.startswith("Allocution")


def test_a_speakers_cell_after_a_wide_gap_is_not_part_of_the_title() -> None:
    text = ("Monday 24 September 2018\n14:30  Status of EUMETSAT programmes  A. Ratier  EUMETSAT \n"
            "15:10  EUMETSAT Data access and User services  S. Wannop  EUMETSAT \n"
            "16:00 Coffee break\n16:15 Close\n")
    p = propose(text)
    assert [s.title.value for s in p.segments] == [
        "Status of EUMETSAT programmes", "EUMETSAT Data access and User services", "Coffee break"]
    assert [x.name.value for x in p.segments[0].people] == ["A. Ratier"]


def test_a_point_at_the_end_of_the_days_line_takes_its_title_below() -> None:
    text = ("Tuesday, 28 April 2009 16h00\nWelcome and Opening of the Meeting\n\n"
            "18h30 19h00\n\nPlans for next day\n")
    assert _times(text) == [("16:00", "18:30", "Welcome and Opening of the Meeting"),
                            ("18:30", "19:00", "Plans for next day")]


def test_an_agenda_items_number_cell_before_its_subject_is_not_the_title() -> None:
    text = ("Tuesday 25 September 2018\nTime | Agenda item | Description | |\n"
            "09:30 – 11:00 | 1 | Opening\n| Secretary-General or his representative |\n"
            "11:00 – 11:30 | 2 | Review of Terms of Reference | President and MG members |\n"
            "11:30 – 13:00 | 3 | Setting the scene\n13:00 – 14:00 | Lunch | ||\n")
    assert [t for _, _, t in _times(text)] == ["Opening", "Review of Terms of Reference",
                                               "Setting the scene", "Lunch"]


def test_a_time_alone_where_the_text_stops_ends_the_item_before_it() -> None:
    text = ("12:45 p.m. Lunch\n 2:00 p.m.\n\nSession II: Standard Estimation Practices\n\n"
            "Chair: TBC\n\nAudience Questions\n\n 3:45 p.m.\n")
    assert _times(text)[-1] == ("14:00", "15:45", "Session II: Standard Estimation Practices")


def test_who_presents_and_a_glued_note_are_no_part_of_the_title() -> None:
    text = ("09:30-10:00 (0,5h)Introduction Presented by Director of Human and Robotic "
            "Exploration (Daniel Neuenschwander)\n"
            "17:30-19:00Welcome and network receptionNote: foresee 30min of margin\n")
    assert [t for _, _, t in _times(text)] == ["Introduction", "Welcome and network reception"]


def test_a_speakers_role_going_on_below_is_no_part_of_the_title() -> None:
    text = ("9:30 - 10:00 Highlights of European statistics\n"
            "Sabine Lautenschläger, Member of the Executive Board & Vice-Chair of\n"
            "the Supervisory Board of the Single Supervisory Mechanism\n10:00 - 10:30 Coffee\n")
    assert _times(text)[0][2] == "Highlights of European statistics"


def test_a_span_of_days_above_the_items_gives_the_first_day() -> None:
    p = propose("Press trip\n\n12-13 May 2014\n\nDay 1\n\n9:00 Opening\n\n9:30 Site tour\n\n"
                "12:00 Lunch\n")
    assert p.date.value == date(2014, 5, 12)


def test_how_long_a_panel_or_a_talk_lasts_is_no_speaking_limit() -> None:
    from floorapp.core.programme.importer.speaking_limits import find_limits
    assert "member_state" not in find_limits("3:20 pm - Panel (12 min each) Panelist 1: X")
    assert find_limits("Each presentation made by the secretariat shall last 10 to 15 minutes.") \
        == {}
    assert find_limits("Statements should not exceed 3 minutes.")["member_state"].value == 180


def test_a_town_and_its_country_in_a_sentence_are_the_venue() -> None:
    from floorapp.core.programme.importer.place import find_venue
    assert find_venue("The meeting will be held in Punta Cana, Dominican Republic on May 12, "
                      "2023.").value == "Punta Cana, Dominican Republic"
    assert find_venue("The session took place from 29 June to 3 July 2024 in Bucharest, Romania. "
                      "The theme was …").value == "Bucharest, Romania"


def test_a_span_of_days_or_a_sites_menu_is_not_the_meetings_title() -> None:
    p = propose("Meetings & Events\n\n9 – 12 September 2012\n\nDirector-General's Consultation "
                "with Member States\n\n10:00 - 11:00 Opening\n11:00 - 12:00 Debate\n")
    assert p.title.value == "Director-General's Consultation with Member States"


def test_a_meeting_named_in_prose_is_not_read_across_lines() -> None:
    p = propose("Media programme\nJune 2013\n\nDuring The CTBT Science and Technology 2013 "
                "Conference the media will be briefed.\n\n10:00 - 11:00 Briefing\n"
                "11:00 - 12:00 Interviews\n")
    assert "\n" not in p.title.value


def test_a_meeting_named_in_prose_ends_before_a_label() -> None:
    p = propose("Agenda\n\nThe programme begins with Welcome to the Global Forum of Chief Nurses "
                "Time: 8:00 CET, then coffee.\n")
    assert p.title.value == "Global Forum of Chief Nurses"


def test_a_speakers_role_cut_after_a_preposition_goes_on_below() -> None:
    p = propose("9:30 - 10:00 Highlights of European statistics\n"
                "Sabine Lautenschläger, Member of the Executive Board & Vice-Chair of\n"
                "the Supervisory Board of the Single Supervisory Mechanism\n10:00 - 10:30 Coffee\n")
    assert p.segments[0].people[0].role.endswith("Vice-Chair of the Supervisory Board of the "
                                                 "Single Supervisory Mechanism")


def test_a_city_the_time_zone_database_names_gives_the_venue_and_the_zone() -> None:
    p = propose("Regional workshop\nDar es Salaam, Tanzania, 13 September 2022\n\n"
                "09:00 - 10:00 Opening\n10:00 - 11:00 Session 1\n")
    assert p.venue.value == "Dar es Salaam, Tanzania"
    assert p.timezone.value == "Africa/Dar_es_Salaam"


def test_a_plans_horizon_is_not_the_meetings_year() -> None:
    from floorapp.core.programme.importer.dates import years_in
    assert years_in("to advance the 2030 Agenda for Sustainable Development, Agenda 2063 and "
                    "Vision 2030, at its 2022 session") == (2022,)


def test_a_date_with_dots_is_read_day_first() -> None:
    from floorapp.core.programme.importer.dates import find_date
    assert find_date("Glasgow 02.11.2021: Rural Action Agenda").value == date(2021, 11, 2)
    assert find_date("Release 1.2.2021.4 notes").doubt.startswith("no date found")


def test_a_room_in_capitals_after_a_title_in_small_letters_is_no_part_of_it() -> None:
    assert _times("12:30 - 13:30 Lunch and book launch STORA SALEN\n13:30 - 14:00 Close\n")[0][2] \
        == "Lunch and book launch"
    assert _times("12:30 - 13:30 Briefing on the SDGs\n13:30 - 14:00 Close\n")[0][2] \
        == "Briefing on the SDGs"


def test_what_a_sitting_does_after_its_bracketed_note_and_a_dash_is_cut() -> None:
    text = ("09:30 - 13:00 Opening session (open to media pool) – Formal opening and adoption of "
            "the agenda, statements by Heads of Delegation\n13:00 - 15:00 Lunch\n")
    assert _times(text)[0][2] == "Opening session (open to media pool)"


def test_a_part_of_an_item_in_a_bulleted_line_is_not_a_person() -> None:
    from floorapp.core.programme.importer.people import people_in
    assert people_in("• Presentation (15’)", 0, "speaker") == []
    assert people_in("Debate (30’)", 0, "speaker") == []
    assert [p.name.value for p in people_in("Mr. Debate", 0, "speaker")] == ["Mr. Debate"]


def test_a_start_and_an_end_in_cells_or_columns_of_their_own() -> None:
    rows = [("10.00", "10.15", "Belgium report"), ("10.15", "10.30", "Canada report"),
            ("10.30", "11.00", "Coffee break"), ("11.00", "12.00", "Discussion")]
    want = [("10:00", "10:15", "Belgium report"), ("10:15", "10:30", "Canada report"),
            ("10:30", "11:00", "Coffee break"), ("11:00", "12:00", "Discussion")]
    for row in ("{} {} {}", "{}\t{}\t{}", "| {} | {} | {} |", "{} | {} | {}", "{},{},{}",
                "{};{};{}"):
        for dot in (".", ":"):
            text = "".join(row.format(a.replace(".", dot), b.replace(".", dot), t) + "\n"
                           for a, b, t in rows)
            assert _times(text) == want, (row, dot)
    table = ("| Start | End | Item | Speaker |\n|---|---|---|---|\n"
             "| 10:00 | 10:15 | Belgium report | Ms. Ann Lee |\n"
             "| 10:15 | 10:30 | Canada report | |\n")
    p = propose(table)
    assert [x.name.value for x in p.segments[0].people] == ["Ms. Ann Lee"]


def test_what_batch_60_brought_cards_with_where_then_when() -> None:
    text = ("Monday 21 October\n\nThe 2050 vision and wetlands\n\nWhere: Paramos – NGOs meeting "
            "room; Plaza One\n\nWhen: 13:20-14:40\n\nThe event will build commitment and showcase "
            "efforts towards delivering on the goals.\n\nWatering NBSAPs: Incorporating wetland "
            "action\n\nWhere: Sumapaz – JUSCANZ meeting room; Plaza One\n\nWhen: 18:00-19:20\n")
    assert _times(text) == [("13:20", "14:40", "The 2050 vision and wetlands"),
                            ("18:00", "19:20", "Watering NBSAPs: Incorporating wetland action")]
    text = ("08:30-09:30\n1\nOpening of Exhibition: “Corruption - The Elephant in the Room?”\n"
            "Room 1\n09:30-10:15\n2\nOpening Remarks\nRoom 1\n")
    assert _times(text)[0][2] == "Opening of Exhibition: “Corruption - The Elephant in the Room?”"
    # a note under the hours is no title: the press may attend, the meeting is webcast
    text = ("Lundi 29 septembre 2014\n10 h 30\nSalle 1, Palais\nOuverte à la presse\n"
            "Conférence de presse de la Présidente\n12 h 30 – 13 h 00\nDéjeuner\n")
    assert _times(text)[0][2] == "Conférence de presse de la Présidente"
    text = ("Inaugural Plenary Meeting\n\n0930-1230 hours, Popov Room\n\nWebcast / Captioning\n\n"
            "First Plenary Meeting\n\n1430-1730 hours, Popov Room\n\nWebcast / Captioning\n")
    assert [t for _, _, t in _times(text)] == ["Inaugural Plenary Meeting", "First Plenary Meeting"]
    # titles above their hours, a room beside the hours
    text = ("Programme\n\nInaugural Plenary Meeting\n\n09:30-12:30, Popov Room\n\nFirst Plenary "
            "Meeting\n\n14:30-17:30, Popov Room\n\nSecond Plenary Meeting\n\n17:30-18:30, Popov "
            "Room\n")
    assert [t for _, _, t in _times(text)] == ["Inaugural Plenary Meeting", "First Plenary Meeting",
                                               "Second Plenary Meeting"]
    # points in time glued to the word before them, a web page's lines run together
    text = ("Agenda\n\n16.00 – Welcome and Introduction\nKarin Gardes\n, Chief Operations Officer, "
            "SIWI16.10 – Speakers\nLeo Heller, UN Special Rapporteur\nAlex Lucitante, Board Member"
            "16.40 – Open Discussion and Q&A with speakers16.55 Closing Remarks\n")
    assert [t for _, _, t in _times(text)] == ["Welcome and Introduction", "Speakers",
                                               "Open Discussion and Q&A with speakers"]
    # a span of days above the items, written with words between: its first day
    for span in ("18 to 21 October 2009", "Sunday 18 – Wednesday 21 October 2009",
                 "Del 18 al 21 de octubre de 2009", "Du 18 au 21 octobre 2009"):
        p = propose(span + "\n10:00 – 13:00 Registration\n13:30 – 15:00 Review\n")
        assert p.date.value == date(2009, 10, 18), span
    # a duration in minutes marked by a double prime under a point: the last one's end
    assert _times("10:00\n15″\nOpening remarks\n10:15\n45″\nPanel one\n11:00\n60″\nLunch\n")[-1] \
        == ("11:00", "12:00", "Lunch")
    # a point on two clocks ("09:00/02:00"), days headed with their clocks and a link
    text = ("DAY 1 – OCT 19 WIB/UTC https://youtu.be/NvQm\n09:00/02:00 Opening\n"
            "10:40/03:40 Regional Review\n14:00/07:00 Stakeholder statements\n"
            "DAY 2 – OCT 20 WIB/UTC https://youtu.be/led0\n09:00/02:00 Harmonization\n"
            "10:30/03:30 Innovative partnerships\n")
    assert _times(text) == [("09:00", "10:40", "Opening"), ("10:40", "14:00", "Regional Review")]
    # a moderator named with a role no list knows, after "moderated by"; "to be delivered by"
    p = propose("11:15–12:00: Fundamental rights dialogue with FRA Director Michael O’Flaherty, "
                "moderated by Friso Roscam Abbing, Curator, Fundamental Rights Forum 2024, FRA\n"
                "12:00–12:30 Update on the Platform\n14:45 - 15:45 Keynote address to be delivered"
                " by Mr. Paul Koster, Chief Executive\n15:45 - 16:15 Coffee Break\n")
    assert p.segments[0].title.value == ("Fundamental rights dialogue with FRA Director Michael "
                                         "O’Flaherty")
    assert [(x.name.value, x.label) for x in p.segments[0].people] == [
        ("Friso Roscam Abbing", "moderator")]
    assert p.segments[2].title.value == "Keynote address"
    # a range over three lines with a tilde; what runs all day above it is no heading; two
    # listed items run together
    text = ("All Day Coffee Break (Lobby)\n09:30\n~\n12:30\n· Opening of the meeting\n"
            "· Adoption of the agenda\n12:30\n~\n14:00\nLunch (5F Grand Ballroom1)\n14:00\n~\n"
            "17:00\n· International standards used in the Global Record · Adoption of "
            "conclusions\n")
    assert _times(text) == [("09:30", "12:30", "Opening of the meeting"),
                            ("12:30", "14:00", "Lunch (5F Grand Ballroom1)"),
                            ("14:00", "17:00", "International standards used in the Global Record")]
    # "Time:" then a point and what it is for: a point
    text = ("Date: Friday, 20 February 2015\nVenue: Union Buildings\nTime: 12h30 (arrival of "
            "media)\n\nProgramme\n14h00 Opening Remarks\n17h00 Reading of Communiqué\n")
    assert _times(text) == [("12:30", "14:00", "arrival of media"),
                            ("14:00", "17:00", "Opening Remarks")]
    # a range's end typed with a dash for its dot
    assert _times("10.45-11.15 Coffee\n11.15-12-15 SECOND PLENARY SESSION: Weathering the storm\n"
                  )[-1] == ("11:15", "12:15", "SECOND PLENARY SESSION: Weathering the storm")
    # the page's "Draft Agenda" above the first time is no heading; who gives an item in
    # brackets, then a flattened agenda's next items
    assert _times("Draft Agenda\n\n08:30 – 08:45\n\nWelcome addresses and opening remarks\n\n"
                  "08:45 – 09:30\n\nThe OIML-CS\n")[0][2] == "Welcome addresses and opening remarks"
    text = ("09:30 - 11:00 Opening (by the co-Presidency) Adoption of the agenda Tour de table on "
            "progress made (by focal points of the UfM Countries). 11:00 - 11:30 Coffee break\n")
    assert _times(text)[0][2] == "Opening (by the co-Presidency)"
    # a span of days written month first with its year ("October 19-21 2022"); a day's number
    # before its date ("DAY 1 – OCT 19") is no day of the month
    text = ("On Wednesday to Friday October 19-21 2022 ESCAP will host the meeting.\n"
            "DAY 1 – OCT 19 WIB/UTC\n09:00/02:00 Opening\n10:40/03:40 Regional Review\n"
            "14:00/07:00 Statements\n")
    assert propose(text).date.value == date(2022, 10, 19)
    # a session's speaking order, timed inside it: its people, not segments
    text = ("Programme\n\n09:30 - 10:00 (CEST)\nWelcome and Introduction\n\n10:00 - 11:30 (CEST)\n"
            "Topical session 1 – Overview of the state of play\n\nModerator: Ulla Engelmann "
            "(Director, JRC)\n\n10:00-10:20         Mr Philippe Montarnal, nuclear attaché\n\n"
            "10:20-10:40         Mr Leon Cizelj, Division Head\n\n10:40-11:00         OECD-NEA "
            "(tbc)\n\n11:30 - 12:00 (CEST)\nCoffee break\n")
    p = propose(text)
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments] == [
        ("09:30", "Welcome and Introduction"),
        ("10:00", "Topical session 1 – Overview of the state of play"), ("11:30", "Coffee break")]
    assert [x.name.value for x in p.segments[1].people] == [
        "Ulla Engelmann", "Mr Philippe Montarnal", "Mr Leon Cizelj"]
    assert "OECD-NEA" in p.segments[1].description
    # a web page's chrome above the meeting's name is no title
    for chrome in ("Straight to content", "Top 5 search results See all results Advanced search",
                   "ESA / Applications / Observing the Earth / Living Planet Symposium",
                   "Draft programme for euromed summit  Yüklə 40,98 Kb."):
        p = propose(chrome + "\n\nWetlands International at CBD COP16\n\n13:20-14:40 The 2050 "
                    "vision\n14:40-15:00 Break\n")
        assert p.title.value != chrome.split("  ")[-1], chrome
    # a heading in capitals wrapped over short lines after a colon or a linking word
    text = ("AGENDA\nIN THE PUBLIC INTEREST:\nTAKING INTEGRITY TO\nHIGHER STANDARDS\n30-31 March "
            "2017 - Paris, France\n08:30-09:30 Opening\n09:30-10:15 Remarks\n")
    assert propose(text).title.value == ("IN THE PUBLIC INTEREST: TAKING INTEGRITY TO HIGHER "
                                         "STANDARDS")


def test_titles_above_their_rooms_and_hours_over_several_days() -> None:
    text = ("MONDAY 17 OCTOBER 2011\n\nBureau of the Chamber of Local Authorities\n\n"
            "Room 6 – 9:00 – 10:00\n\nBureau of the Chamber of Regions\n\n"
            "Room 7 – 10:00 – 11:00\n\nLunch\n\nBureau of the Congress\n\n"
            "Room 8 – 14:15 – 16:00\n\nEPP/CD Group\n\nRoom 9\n\n"
            "16.30 – 18.30\n\nTUESDAY 18 OCTOBER 2011\n\nGovernance Committee\n\n"
            "Room 9 – 8.15-10.30\n\nPlenary Sitting\n\nHemicycle – 10:45 – 13:00\n")
    assert [t for _, _, t in _times(text)][:3] == [
        "Bureau of the Chamber of Local Authorities", "Bureau of the Chamber of Regions",
        "Bureau of the Congress"]


def test_an_event_card_with_its_hosts_between_title_and_hours_and_rsvp_below() -> None:
    text = ("Monday 18 September\n\nEnsuring a better future for all: Reaching the SDG target\n\n"
            "Co-hosted by the Government of Denmark and WHO\n\n"
            "11:30am - 1:00pm | Conference Room 11, UN Headquarters\n\nRSVP here\n\n\n"
            "The Next Frontier for Access to NCDs: Coalition Launch Event\n\n"
            "Co-hosted by PATH, NCD Alliance, and others\n\n3:00 - 5:00pm | Madison Ballroom\n\n"
            "View the event (Meeting ID: 917 7124 5396)\n")
    assert [t for _, _, t in _times(text)] == [
        "Ensuring a better future for all: Reaching the SDG target",
        "The Next Frontier for Access to NCDs: Coalition Launch Event"]


def test_a_table_s_title_time_and_place_columns_run_together() -> None:
    text = ("Morning walk  06:30 – 07:30  Beach area\nRegistration  08:00 – 09:00  Assembly foyer\n"
            "Opening ceremony  09:00 – 10:30  National Assembly of Cabo Verde\n"
            "Press conference  11:00 – 11:30  Sala Jornadas 2\n")
    assert [t for _, _, t in _times(text)] == [
        "Morning walk", "Registration", "Opening ceremony", "Press conference"]


def test_what_is_said_of_each_item_below_its_time_puts_its_title_above() -> None:
    text = ("programme – day 3\n\nOpening Plenary - Localizing coordinated actions\n\n"
            "09:00 - 10:15\n\n"
            "The session will demonstrate coordinated policies, technologies, research and "
            "innovation from national and local governments.\n\nCoffee break\n\n10:15 – 10:45\n\n"
            "Plenary session - Leading at the local level\n\n10:45 - 12:15\n\n"
            "This session will focus on community-based awareness-raising efforts, advocacy, "
            "innovations, and the application of science.\n")
    assert [t for _, _, t in _times(text)] == [
        "Opening Plenary - Localizing coordinated actions", "Coffee break",
        "Plenary session - Leading at the local level"]


def test_a_speaker_by_given_name_and_body_above_the_talk_s_title() -> None:
    text = ("Day 1\n9:05 Robert Arnoux , ITER Communication\nAn overview of the ITER project\n"
            "9:30 Marc Henderson, Electron Cyclotron Section Leader\nWhy Fusion?\n10:00 Lunch\n")
    p = propose(text)
    assert titles_and_people(p) == [
        ("An overview of the ITER project", ["Robert Arnoux"]),
        ("Why Fusion?", ["Marc Henderson"])]


def test_points_that_start_again_are_another_day_s_though_none_is_named() -> None:
    text = ("Time Presentation Title Speaker\n14:00 Update on work of existing WGs: SINFO\n"
            "C. Le Bas\n15:00 Proposals for joint work programme J. Fons (EEA)\n"
            "15:20 Proposal of items for work programme D. Magaldi\n"
            "15:45 Future scientific requirements W. Blum\n\n\nTime Presentation Title Speaker\n"
            "9:30 Update on JRC unit G. Bidoglio\n10:00 Update on Confederation W. Blum\n"
            "14:00 Proposal for new working group F. Nachtergaele\n14:15 The concept of X\n")
    p = propose(text)
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}") for s in p.segments] == [
        ("14:00", "15:00"), ("15:00", "15:20"), ("15:20", "15:45")]
    assert sum(o.why == "the times start again: another day" for o in p.odd) == 4


def test_a_title_that_names_only_a_place_is_marked_for_the_officer() -> None:
    p = propose("10:30 – 11:30 Salão Nobre\n11:30 – 13:30 Umeme Stage\n"
                "13:30 – 14:00 Launch of the Tech Garden\n14:00 – 15:00 Preparatory Stage\n")
    assert [bool(s.title.doubt) for s in p.segments] == [True, True, False, False]
    assert p.segments[0].title.doubt == "reads like a place, not an item: check the title"


def test_a_moderator_s_label_after_the_title_in_its_cell() -> None:
    p = propose("15.00 – 16.30 | Session II Allocation of Resources - Technologies and Constraints"
                " Moderator:Patrick Blagden (GICHD) |\n16.30 – 16.45 | Coffee break |\n"
                "16.45 – 17.00 | Report from the Chair: Accomplishments and Challenges |\n")
    assert [s.title.value for s in p.segments] == [
        "Session II Allocation of Resources - Technologies and Constraints", "Coffee break",
        "Report from the Chair: Accomplishments and Challenges"]
    assert [(x.name.value, x.label) for x in p.segments[0].people] == [
        ("Patrick Blagden", "moderator")]


def test_a_speaker_whose_body_s_bracket_the_line_s_end_left_open() -> None:
    p = propose("15h50 to 16h00: Statement by Ambassador Dudley Thompson (Caribbean\n"
                "Pan-Africanist)\n\n16h00 to 16h10: Closing\n")
    assert p.segments[0].title.value == "Statement by Ambassador Dudley Thompson"
    assert [x.name.value for x in p.segments[0].people] == ["Ambassador Dudley Thompson"]


def test_a_titled_block_whose_items_follow_one_another_to_its_end() -> None:
    p = propose("Tuesday 18th April\n9:30 - 10:00    Arrival and coffee\n"
                "10:00 - 12:00    Introduction session\n"
                "10:00 – 10:15   Welcome from UK (Bill Parish, Defra)\n"
                "10:15 – 10:40   An update on recent activities (Laurence Rouil) - Download\n"
                "10:40 – 12:00   An update on the workplan (TFEIP Co-Chairs) - Download\n"
                "12:00 - 13:00    Lunch\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments] == [
        ("09:30", "Arrival and coffee"), ("10:00", "Welcome from UK"),
        ("10:15", "An update on recent activities"), ("10:40", "An update on the workplan"),
        ("12:00", "Lunch")]
    assert [x.name.value for x in p.segments[2].people] == ["Laurence Rouil"]


def test_a_numbered_session_over_items_that_fill_it_is_their_block() -> None:
    # (FAO/ICRAF's "14.00-17.30 Session 3: Setting the Scene" over its talks and a break)
    p = propose("10:30 - 10:50 Objectives\n10:50 - 12:00 Session-1: Natural heritage\n"
                "10:50 - 11:10 Presentation of NBA\n11:10 - 11:30 Niger Basin Initiative\n"
                "11:30 - 12:00 IUCN in the Niger Basin\n12:00 - 13:00 Lunch\n")
    assert [s.title.value for s in p.segments] == [
        "Objectives", "Presentation of NBA", "Niger Basin Initiative", "IUCN in the Niger Basin",
        "Lunch"]
    assert any("Session-1" in o.text for o in p.odd)


def test_a_day_number_before_the_date_on_a_time_line_is_no_title() -> None:
    p = propose("Plenaries\nPlenary A: High stakes, low certainty\n"
                "Day 1 - Wednesday 19 November, 9:30-10:30\n"
                "Traditional science-based policy approaches often prove inadequate during "
                "health emergencies, when facts are uncertain.\n"
                "Plenary B: Science-based leadership in public health\n"
                "Day 1 - Wednesday 19 November 17:00-18:30\n"
                "Science-based public health leadership during infectious disease emergencies "
                "involves complex decision-making under pressure.\n")
    assert [s.title.value for s in p.segments] == [
        "Plenary A: High stakes, low certainty",
        "Plenary B: Science-based leadership in public health"]


def test_a_header_cell_by_cell_puts_the_items_before_their_times() -> None:
    p = propose("GFOI Plenary - Agenda\n\nSession\n\nTime (CEST)\n\nWho\n\n"
                "Welcome and introductions\n\n14:00 – 14:10\n\nGFOI Office\n\n"
                "Key Note Address\n\nHigh level address focusing on progress made in forest "
                "monitoring and MRV in recent times, including challenges\n\n14:10 – 14:20\n\n"
                "Mette Wilke,\n\nDirector\n\nQ&A\n\n14:20 – 14:30\n\nModerator GFOI Office\n")
    assert [s.title.value for s in p.segments] == [
        "Welcome and introductions", "Key Note Address", "Q&A"]
    assert [x.name.value for x in p.segments[1].people] == ["Mette Wilke"]  # (its role below)


def test_a_presenters_column_run_onto_the_titles_lines() -> None:
    text = ("Monday, 6 June 2010\n9:00 Welcome Frank Dentener\n"
            "9:15 What We've Accomplished and Future Directions Terry Keating\n10:20 Break\n"
            "10:50 Reflections (Continued) Mylvakanam Iyngararasan\n"
            "14:00 Model Evaluation/Process Diagnosis Michael Prather, Frank Dentener\n"
            "14:45 IUCN World Conservation Congress\n"
            "15:00 Welcome by Officer-in-Charge, Department of Public Information\n16:00 Close\n")
    p = propose(text)
    assert titles_and_people(p) == [
        ("Welcome", ["Frank Dentener"]),
        ("What We've Accomplished and Future Directions", ["Terry Keating"]),
        ("Break", []), ("Reflections (Continued)", ["Mylvakanam Iyngararasan"]),
        ("Model Evaluation/Process Diagnosis", ["Michael Prather", "Frank Dentener"]),
        ("IUCN World Conservation Congress", []),
        ("Welcome by Officer-in-Charge, Department of Public Information", [])]


def test_names_at_a_title_s_end_are_no_presenters_without_the_column() -> None:
    p = propose("9:00 Opening\n10:00 Reflections (Continued) Mylvakanam Iyngararasan\n11:00 End\n")
    assert p.segments[1].title.value == "Reflections (Continued) Mylvakanam Iyngararasan"


def test_the_clock_written_after_every_range_is_no_title() -> None:
    p = propose("June 1st\n9:00 - 9:05 United State Eastern Time, Washington D.C.\n"
                "Opening of the event by the Master of Ceremonies.\n"
                "9:05 - 9:30 United State Eastern Time, Washington D.C.\n"
                "Introduction of the Officials.\n"
                "9:30 - 9:45 United State Eastern Time, Washington D.C.\nClosing remarks.\n")
    assert [s.title.value for s in p.segments] == [
        "Opening of the event by the Master of Ceremonies", "Introduction of the Officials",
        "Closing remarks"]


def test_a_presenter_with_a_role_in_brackets_inside_a_flattened_line() -> None:
    text = ("Agenda AM Setting the scene 0930-0945 Introduction - Ralph Rayner Outline of the "
            "workshop structure and objectives. 0945-1015 The status of development of operational "
            "systems in Europe - Mike Bell (Head, UK National Centre for Ocean Forecasting) A "
            "summary overview of the present status. 1015-1045 The status of development in the "
            "United States Chris Mooers (Rosenstiel School of Oceanography) A summary overview. "
            "1045-1115 Coffee 1115-1145 ICTP Strategic Plan, Fernando Quevedo (Director, ICTP) "
            "1145-1215 Closing")
    p = propose(text)
    assert titles_and_people(p)[:5] == [
        ("Introduction", ["Ralph Rayner"]),
        ("The status of development of operational systems in Europe", ["Mike Bell"]),
        ("The status of development in the United States", ["Chris Mooers"]), ("Coffee", []),
        ("ICTP Strategic Plan", ["Fernando Quevedo"])]


def test_a_grid_of_days_flattened_with_slashes_gives_the_first_day_s_cells() -> None:
    text = ("Tuesday 30 / Wednesday 31 / November 1 and 2\n"
            "9h00 – 10h30 / Introduction - Welcome / Feedback from the field / Cluster meeting\n"
            "10h30 - 11h00 / Coffee break / Coffee break\n12h30 – 13h30 / Lunch / Lunch\n"
            "15h00 – 15h30 / Coffee break / Emergency Stockpile\n")
    p = propose(text)
    assert [s.title.value for s in p.segments] == [
        "Introduction - Welcome", "Coffee break", "Lunch", "Coffee break"]


def test_a_link_to_watch_the_video_under_the_time_is_no_title() -> None:
    p = propose("8:30 - 9.00\nJ building, floor B1, room 080\n\nWelcome Remarks\n\n"
                "Mario Marcel, Senior Director, World Bank\n\n9:00 - 9.30\n"
                "J building, floor B1, room 080\nwatch video\n\nKeynote Address\n\n"
                "9.30 - 11.00\nJ building, floor B1, room 080\nwatch video\n\nOpening Panel\n")
    assert [s.title.value for s in p.segments][1:] == ["Keynote Address", "Opening Panel"]


def test_a_name_glued_to_the_title_with_its_role_in_brackets() -> None:
    p = propose("10:00 Welcome\n10:20 The Envisat MissionHenri Laur (Envisat Mission Manager-ESA)\n"
                "10:40 Coffee\n11:00 Close\n")
    assert (p.segments[1].title.value, [x.name.value for x in p.segments[1].people]) == (
        "The Envisat Mission", ["Henri Laur"])


def test_a_column_of_times_over_three_unnamed_days_then_its_titles_a_cell_on_two_lines() -> None:
    text = ("09h00-10h00\n10h00-11h00\n11h00-13h00\n13h00-15h00\n15h00-18h00\n"
            "09h00-11h00\n11h00-13h00\n13h00-15h00\n"
            "Conseil\nComité administratif\nRéunions de groupe\nPause déjeuner\nConseil\n"
            "Comité économique\nRéception donnée par le Directeur\nexécutif de l’Organisation\n"
            "Pause déjeuner\n")
    p = propose(text)
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments] == [
        ("09:00", "Conseil"), ("10:00", "Comité administratif"),
        ("11:00", "Réunions de groupe"), ("13:00", "Pause déjeuner"), ("15:00", "Conseil")]


def test_a_title_in_capitals_then_a_name_and_a_role() -> None:
    p = propose("9:00 a.m. WELCOME\n9:30 a.m. KEYNOTES    Chris Wiggins, New York Times Chief "
                "Data Scientist\n10:30 a.m. BREAK\n11:00 a.m. END\n")
    assert (p.segments[1].title.value, [x.name.value for x in p.segments[1].people]) == (
        "KEYNOTES", ["Chris Wiggins"])


def test_the_clock_told_in_a_sentence_gives_the_time_zone() -> None:
    p = propose("Oxford 2023\n\nMinutes from the meeting are now available - Download\n\n"
                "The detailed agenda is outlined below. Please note all times are in BST.\n\n"
                "9:30 - 10:00    Arrival and coffee\n10:00 - 12:00    Introduction session\n")
    assert p.timezone.value == "Europe/London"
    assert p.title.value != "Minutes from the meeting are now available - Download"


def test_a_town_and_its_country_before_a_colon_and_the_dates() -> None:
    p = propose("Meeting of the Task Force\n\nArona, Italy: 6-8 June, 2011\n\nMonday, 6 June 2011\n"
                "9:00 Welcome\n10:00 Break\n10:30 Close\n")
    assert (p.venue.value, p.timezone.value) == ("Arona, Italy", "Europe/Rome")


def test_a_meeting_named_in_an_item_s_line_is_not_the_meeting_s_title() -> None:
    p = propose("Please note all times are in BST.\n\n9:30 - 10:00    Arrival and coffee\n"
                "10:40 – 10:55   An update on the CLRTAP’s Forum for International Co-operation "
                "on Air Pollution (Defra) - Download\n11:00 - 12:00    Lunch\n")
    assert "Forum" not in p.title.value


def test_a_title_that_ends_with_a_bracket_goes_no_further() -> None:
    p = propose("9:35 - 9:45 EIONET information: EUROAIRNET (StL)\n"
                "overview (goals, criteria, current status)\n"
                "9:45 - 9:55 EIONET information: data tools (WM)\n"
                "descriptions of tools available at EEA\n9:55 - 10:10 Discussion\n")
    assert [s.title.value for s in p.segments] == [
        "EIONET information: EUROAIRNET (StL)", "EIONET information: data tools (WM)",
        "Discussion"]


def test_short_names_before_four_digit_hours_in_a_sentence() -> None:
    p = propose("Monday 29 November: FAC15 from 0900h - 1100h and HOD from 1130h - 1330h.\n\n"
                "Tuesday 30 November: the day is reserved for delegations to rest.\n")
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}", s.title.value)
            for s in p.segments] == [("09:00", "11:00", "FAC15"), ("11:30", "13:30", "HOD")]


def test_the_part_a_prose_sentence_names_before_it_meets() -> None:
    text = ("The welcome ceremony will commence at 9 am. Speeches will be given by the Mayor. "
            "The Plenary will convene from 10:30 am to 12:30 pm to adopt the agenda. DRAFTING "
            "GROUP: The Drafting Group will meet from 2 to 5 pm on item 4.\n")
    assert _times(text) == [("09:00", "10:30", "Welcome ceremony"),
                            ("10:30", "12:30", "The Plenary"),
                            ("14:00", "17:00", "The Drafting Group")]


def test_a_bracket_after_hours_in_a_list_of_dated_briefings() -> None:
    p = propose("Webinars\n\n  • Tuesday, 9 March 2021 from 09:00 to 10:00 (session in "
                "Arabic): Register\n  • Tuesday, 9 March 2021 from 15:00 to 16:00 (session in "
                "Russian): Register\n  • Monday, 15 March 2021 from 10:00 to 11:00 (session in "
                "English): Register\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments] == [
        ("09:00", "Session in Arabic"), ("15:00", "Session in Russian")]
    assert not any(s.people for s in p.segments)  # "Tuesday", "Monday": days, not speakers
    card = propose("Launch of the report\n\nWhen: Friday 4 June 2021, 9am-10am (Agenda "
                   "attached)\n")
    assert card.segments[0].title.value != "Agenda attached"


def test_a_long_title_in_its_column_then_the_range() -> None:
    p = propose("Programme\n\nOpening Session  10.00-11.00\nPanel 1: “Cities that breathe. "
                "Urban air quality as a driver of health, jobs and growth”  11.00-12.30\n"
                "Lunch  12.30-14.00\n")
    assert [s.title.value for s in p.segments] == [
        "Opening Session", "Panel 1: “Cities that breathe. Urban air quality as a driver of "
        "health, jobs and growth”", "Lunch"]


def test_a_pdf_s_lettered_sub_items_glued_to_the_title() -> None:
    p = propose("Monday 3 May\n9 a.m.\nOpening of the sessiona.b.c.Statement by the "
                "PresidentAdoption of the agenda\n10 a.m.\nGeneral debate\n11 a.m.\nEnd\n")
    assert p.segments[0].title.value == "Opening of the session"


def test_items_told_in_short_sentences_with_four_digit_hours() -> None:
    text = ("WHAT: Launch of the appeal\n\nWHEN: Monday 3 June 2024. Welcome and briefing by "
            "the Director from 0930-1000. Questions from the press 1000-1030. CET\n\n"
            "WHERE: Online\n")
    assert _times(text) == [("09:30", "10:00", "Welcome and briefing by the Director"),
                            ("10:00", "10:30", "Questions from the press")]


def test_where_to_meet_after_a_visit_s_title() -> None:
    p = propose("09:00-10:00 Welcome coffee\n10:00-12:00 Walking tour of the old harbour "
                "Meeting point: Main entrance, Harbour Street 4\n12:00-13:00 Lunch\n")
    assert p.segments[1].title.value == "Walking tour of the old harbour"


def test_the_place_under_every_time_whatever_its_case() -> None:
    text = "".join(f"{a} – {b}\n\n{place}\n\n{title}\n\n" for a, b, place, title in (
        ("9:00am", "9:30am", "Bridgetown", "Welcome"), ("9:30am", "10:00am", "bridgetown",
                                                          "Opening Address"),
        ("10:00am", "10:30am", "Bridgetown", "Break"), ("10:30am", "11:00am", "Bridgetown",
                                                        "Closing")))
    assert [s.title.value for s in propose(text).segments] == [
        "Welcome", "Opening Address", "Break", "Closing"]


def test_a_role_named_in_prose_is_not_the_meeting() -> None:
    p = propose("Statements will be made by the President of the General Assembly and the "
                "Mayor. The Plenary will convene from 10 am to 1 pm to adopt the agenda.\n")
    assert "President" not in p.title.value


def test_the_zone_after_the_last_hours_full_stop() -> None:
    p = propose("WHEN: Monday 3 June 2024. Briefing from 0930-1000. Questions 1000-1030. CET\n")
    assert (p.timezone.value, "CET" in p.timezone.doubt) == ("Europe/Zurich", True)


def test_two_sittings_with_their_zone_on_a_labelled_date_line() -> None:
    text = ("Webinar on the Rules of Procedure\nDate and sessions: Monday, 7 March 2022: "
            "9:00 - 10:30 a.m (CET) and 4:00 - 5:30 p.m (CET)\nMaterials\n- Slides [PDF]\n")
    assert _times(text) == [("09:00", "10:30", "Webinar on the Rules of Procedure"),
                            ("16:00", "17:30", "Webinar on the Rules of Procedure")]


def test_the_same_hours_on_another_clock_in_brackets_after_a_place() -> None:
    p = propose("Launch of the annual report\n\nWHEN 14.00–15.30 Nairobi (11:00-12:30 GMT)\n\n"
                "SPEAKERS\n\nJane Achieng, Director\n")
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}") for s in p.segments] == [
        ("14:00", "15:30")]


def test_a_media_advisorys_fields_labelled_in_capitals_without_colons() -> None:
    text = ("Media advisory\n\nEVENT      Launch of the Global Report on Water\n\n"
            "WHEN 14.00–15.30 Nairobi\n\nWHERE      Gigiri Conference Centre, Nairobi, Kenya\n\n"
            "EVENT RECORDINGS\n")
    p = propose(text)
    assert (p.title.value, p.venue.value, p.timezone.value) == (
        "Launch of the Global Report on Water", "Gigiri Conference Centre, Nairobi, Kenya",
        "Africa/Nairobi")
    assert p.text == text  # the colons are read, not written into the source shown
    assert text[slice(*p.venue.span)] == p.venue.value


def test_an_event_named_in_a_sentence_is_no_label() -> None:
    p = propose("Programme\n12:30-14:30 Lunch and side event: Law School - ISDS Reform\n"
                "14:30-16:00 Session 2\n")
    assert "Law School" not in p.title.value


def test_four_digit_ranges_in_a_tables_last_column_after_numbered_rows() -> None:
    text = (" Session          Agenda Item                              Time\n"
            "   1       Opening Statements, Adoption of the Agenda       1200-1215\n\n"
            "   3       Technical Working Groups Updates                 1255-1330\n\n"
            "           Virtual Tea/Coffee Break                         1330-1340\n")
    assert _times(text) == [("12:00", "12:15", "Opening Statements, Adoption of the Agenda"),
                            ("12:55", "13:30", "Technical Working Groups Updates"),
                            ("13:30", "13:40", "Virtual Tea/Coffee Break")]
    assert find_ranges("The Strategy        2020-2030") == []  # years
    assert find_ranges("Opening 0900-1000") == []  # no column


def test_a_flattened_tables_place_column_is_cut_from_its_titles() -> None:
    text = ("Schedule\nTime (local time) Description Location Media arrangements\n"
            "09:30 Minister arrives at Gigiri Complex Gigiri Complex – Gate 2 Photo-opp\n"
            "09:40 Meeting with UNEP Executive Director Gigiri Complex – Room 4\n"
            "10:00 Address to the Assembly Gigiri Complex – Plenary Hall Please see below\n"
            "10:45 Press conference Gigiri Complex – Room 2 Only accredited media\n"
            "11:30 Minister leaves UNEP\n")
    assert [t for _, _, t in _times(text)] == [
        "Minister arrives at Gigiri Complex", "Meeting with UNEP Executive Director",
        "Address to the Assembly", "Press conference"]
    assert propose(text).segments[3].description == [
        "Gigiri Complex – Room 2 Only accredited media"]
    # ("Session 4 (breakout): Focused discussions …" three times: the title's own words)
    grid = ("Time Meeting Venue\n" + "".join(
        f"{h}:00 - {h}:45 Session {h}: Focused discussions on trade Room {h}\n"
        for h in (10, 11, 12)))
    assert all("Focused discussions" in t for _, _, t in _times(grid))


def test_a_meetings_speaking_order_in_points_inside_its_range() -> None:
    text = ("Wednesday, 2 March 2011 MORNING 09:30 – 12:00 High-Level Segment 09:30 H.E. Mr. "
            "Mohamed Al Soodani, Minister of Human Rights, Iraq 09:40 H.E. Ms. Julia D. Joiner, "
            "Commissioner for Political Affairs, African Union 09:50 Ms. Janet Lim, Assistant "
            "High Commissioner, UNHCR\n")
    assert titles_and_people(propose(text)) == [("High-Level Segment", [
        "H.E. Mr. Mohamed Al Soodani", "H.E. Ms. Julia D. Joiner", "Ms. Janet Lim"])]


def test_a_chair_named_in_brackets_after_the_title() -> None:
    text = ("09:00 - 09:15 Welcome and Introduction (Y. Kerr)\n"
            "09:15 - 10:45 Status of the project (Chair: C. Readings)\n"
            "11:00 - 12:15 Open issues (Moderator: Jane Smith)\n")
    assert titles_and_people(propose(text)) == [
        ("Welcome and Introduction", ["Y. Kerr"]), ("Status of the project", ["C. Readings"]),
        ("Open issues", ["Jane Smith"])]


def test_an_event_cards_title_above_its_labelled_fields() -> None:
    text = ("Day 1\nPlenary: Opening ceremony and high-level dialogue\nOrganisers\n"
            "AUC and Partners\nTime\n09h00\n–\n13h30\nZoom link and room\nhttps://zoom.us/j/1\n"
            "Venue: Main Hall\nSide event: Lessons learnt from the initiative\nOrganisers\n"
            "ACTION AID;\nOXFAM; FAWE;\nUNICEF\nTime\n15h00\n–\n17h30\nZoom link and room\n"
            "Venue: Room 1\n")
    assert [t for _, _, t in _times(text)] == [
        "Plenary: Opening ceremony and high-level dialogue",
        "Side event: Lessons learnt from the initiative"]


def test_an_agenda_items_time_in_brackets_before_its_title() -> None:
    text = ("Draft agenda\n5. Activity report: for adoption\n"
            "6. (10.00 am) Exchange of views with the Permanent Representatives\n"
            "7. (11.00 am) Exchange of views with the Secretary General\n"
            "8. (12.30) Closing of the session\n")
    assert _times(text) == [
        ("10:00", "11:00", "Exchange of views with the Permanent Representatives"),
        ("11:00", "12:30", "Exchange of views with the Secretary General")]


def test_an_advisorys_when_field_with_one_event_a_line() -> None:
    text = ("What:    International Day ceremony\n"
            "When:   Ceremony: 17 May 2010 at 14:30 local time (0630 UTC). Webcast available.\n"
            "              Press conference: 17 May 2010 at 17:15 (0915 UTC)\n"
            "Where:  Expo Center, Shanghai, China\n")
    assert _times(text) == [("14:30", "17:15", "Ceremony")]


def test_a_long_title_then_a_sentence_that_opens_with_with() -> None:
    text = ("10:15 11:45 Session I: Disinformation and Quality Investigative Journalism With "
            "disinformation proliferating at an ever-increasing magnitude across the region, "
            "quality journalism faces a major challenge\n12:00 13:00 Lunch\n")
    assert _times(text)[0] == (
        "10:15", "11:45", "Session I: Disinformation and Quality Investigative Journalism")


def test_an_advisorys_what_names_the_event_not_its_quoted_theme() -> None:
    text = ('What:    World Telecommunication Day ceremony\nWhen:   17 May 2010, 14:30-16:00\n'
            'The theme is "Better City, Better Life with ICT" in keeping with the Expo.\n')
    assert propose(text).title.value == "World Telecommunication Day ceremony"
    assert propose('Press release\nThe theme is "Better City, Better Life with ICT".\n'
                   '14:30-16:00 Ceremony\n').title.value == "Better City, Better Life with ICT"


def test_a_rows_number_before_its_title_two_spaces_apart() -> None:
    assert clean_title("3  Closing of the 67th session") == "Closing of the 67th session"
    assert clean_title("1.1 Welcome remarks  Cao Xiaozhong") == "1.1 Welcome remarks"


def test_items_told_in_english_sentences_then_the_time_they_are_held_at() -> None:
    text = ("Dear colleagues,\nThe Protocol will be opened for signature on 10 December. "
            "A signature ceremony  will take place at 12:00 o'clock noon in the\nTrusteeship "
            "Council Chamber.  To mark the occasion, a panel discussion will take\nplace  at "
            "3:00pm in the ECOSOC  Chamber.\n")
    assert _times(text) == [("12:00", "15:00", "Signature ceremony")]
    # one such sentence is a point with no end: no segment is made of it alone
    alone = _times("Note.\nA briefing will take place at 3:00pm in Room 4.\n")
    assert all(start != "15:00" for start, _, _ in alone)


def test_the_word_for_the_hour_before_a_point_then_a_dash_and_the_item() -> None:
    text = ("Programa de Actividades\n\nSábado 26\n\nHora 11:30 – Caszacuentos (Narración de "
            "cuentos)\n\nHora 16:00 – Jesús González Brito (Músico)\n\nHora 17:00 – Cierre\n")
    assert _times(text)[:2] == [("11:30", "16:00", "Caszacuentos (Narración de cuentos)"),
                                ("16:00", "17:00", "Jesús González Brito (Músico)")]


def test_event_cards_with_their_time_alone_in_a_time_field() -> None:
    text = ("The media are invited as follows:\n\n1. Media briefings\n\nDate: Wednesday, 16 "
            "August 2017\n\nTime: 14:00\n\nVenue: Media Briefing Room\n\n2. Closing ceremony\n\n"
            "Date: 16 August 2017\n\nTime: 16:30\n\nVenue: Conference Centre\n")
    assert _times(text) == [("14:00", "16:30", "1. Media briefings")]
    text = ("Opening Ceremony:\n\nWhat: Opening Ceremony of the 7th Meeting\n\nWhen: June 30, "
            "2023\n\nTime: 8:30 am\n\nWhere: Grand Hotel.\n\nPress Conference:\n\nWhat: Press "
            "Conference of the 7th Meeting\n\nWhen: June 30, 2023\n\nTime: 5:00 pm CET\n")
    assert _times(text) == [("08:30", "17:00", "Opening Ceremony")]


def test_a_heading_row_with_the_times_zone_names_the_title_column_after_the_speakers() -> None:
    text = ("Time (CET) | Speaker | Topic |\n---|---|---|\n"
            "14.30 - 14.35 | Ms. Sophie le Clue | Welcome from the Host |\n"
            "14.35 – 14.45 | Jonathan Barzdo | How a CoP works |\n")
    p = propose(text)
    assert [(s.title.value, [x.name.value for x in s.people]) for s in p.segments] == [
        ("Welcome from the Host", ["Ms. Sophie le Clue"]),
        ("How a CoP works", ["Jonathan Barzdo"])]


def test_a_speakers_cell_names_people_without_honorifics_and_with_nothing_between() -> None:
    text = ("Time (CET) | Speaker | Topic |\n---|---|---|\n"
            "14.30 - 14.35 | Sophie le Clue | Welcome from the Host |\n"
            "14.35 – 14.45 | John E Scanlon AO | Overview of the session |\n"
            "15.05 – 15.25 | Craig Hoover Olivia Swaak-Goldman | Legal issues |\n"
            "15.30 – 15.55 | Dr. Winnie Kiiru Dr. Michael Lau Craig Hoover | Species |\n")
    assert [[x.name.value for x in s.people] for s in propose(text).segments] == [
        ["Sophie le Clue"], ["John E Scanlon AO"], ["Craig Hoover", "Olivia Swaak-Goldman"],
        ["Dr. Winnie Kiiru", "Dr. Michael Lau", "Craig Hoover"]]


def test_the_days_hours_on_its_date_line_hold_the_sittings_told_in_prose() -> None:
    text = ("Workshop on People First PPPs\n\n23 September 2016 9:00 - 18:00\nBangkok Thailand\n\n"
            "The UNECE invites you to an event held back-to-back with the Forum (26-30 September "
            "2016). The Workshop will be held from 10:00 am to 12:30pm and from 2:30pm to "
            "5:00pm on Friday, 23 September 2016 to share experiences.\n")
    p = propose(text)
    assert [t[:2] for t in _times(text)] == [("10:00", "12:30"), ("14:30", "17:00")]
    assert p.date.value == date(2016, 9, 23)
    assert any("9:00 - 18:00" in o.text for o in p.odd)


def test_a_room_column_before_the_title_is_cut_from_it() -> None:
    text = ("TIME ROOM\n09:45-10:15 Auditorium Reception of participants\n"
            "10:15-11:15 115 Welcome\n11:45-12:15 115 Presentation of the participants\n"
            "12:15-12:30 115 - Presentation of the project\n")
    assert [t[2] for t in _times(text)] == [
        "Auditorium Reception of participants", "Welcome", "Presentation of the participants",
        "Presentation of the project"]
    text = ("Time Room\n09:00-10:00 Session 1: Opening\n10:00-11:00 Session 2: Trade\n"
            "11:00-12:00 Session 3: Closing\n")  # a part's name and number: no room
    assert [t[2] for t in _times(text)] == [
        "Session 1: Opening", "Session 2: Trade", "Session 3: Closing"]


def test_an_items_hours_in_brackets_after_its_day() -> None:
    text = ("- Multi-stakeholder dialogue in a digital time: Strengthening CSOs' enabling "
            "environment (Thursday, 6 May 2021, 7:30 - 8:50 am NY time) [Event page]\n"
            "- Development cooperation for sustainable infrastructure asset management "
            "(Thursday, 6 May 2021, 11:30 am - 1:00 pm NY time) [Concept Note]\n")
    assert _times(text) == [
        ("07:30", "08:50", "Multi-stakeholder dialogue in a digital time: Strengthening CSOs' "
                           "enabling environment"),
        ("11:30", "13:00", "Development cooperation for sustainable infrastructure asset "
                           "management")]


def test_a_title_wrapped_after_a_blank_line_goes_on_with_the() -> None:
    text = ("10:00-10:45 Opening session: “Building Back Better”:\n\nthe policy challenge\n\n"
            "10:45-12:00 International Debate\n")
    assert _times(text)[0][2] == "Opening session: “Building Back Better”: the policy challenge"


def test_hours_in_four_digits_each_with_its_word_under_a_numbered_heading() -> None:
    text = ("Information for participants\n\nII. Registration\n\n3. Participants are requested "
            "to register at the counter, from 0800 hours to 0900 hours on the opening day of "
            "the event, 17 June 2019.\n")
    assert _times(text) == [("08:00", "09:00", "Registration")]


def test_a_speaker_named_before_the_titles_colon() -> None:
    text = ("1300-1305Michael Nyenhuis: Welcome and Opening Remarks\n"
            "1305-1310Stefano Nativi: Welcome Note by EGIDA\n1310-1330Session 1: Opening talks\n")
    assert titles_and_people(propose_from_text(text)) == [
        ("Welcome and Opening Remarks", ["Michael Nyenhuis"]),
        ("Welcome Note by EGIDA", ["Stefano Nativi"]), ("Session 1: Opening talks", [])]
    assert _times("09:30-10:00 Victoria Falls: site visit\n10:00-10:30 Lunch\n")[0][2] == (
        "Victoria Falls: site visit")  # a place, then what is done there: no speaker


def test_the_mornings_hours_among_its_items_do_not_start_another_day() -> None:
    text = ("DAY 1 12 FEBRUARY 2018\n\nREGISTRATION 9 a.m.–10 a.m.\n\nSESSION 1: OPENING "
            "CEREMONY 10 a.m.–11:45 a.m.\n\nBREAK 11:45 a.m.–12 noon 9 a.m.–1:45 p.m. "
            "LUNCH/NETWORKING(Meke Lounge) 12 noon–1 p.m.\n\nSESSION 2: PROMOTION OF FDI 1 p.m."
            "–1:45 p.m.\n")
    assert [t[:2] for t in _times(text)] == [("09:00", "10:00"), ("10:00", "11:45"),
                                             ("11:45", "12:00"), ("12:00", "13:00"),
                                             ("13:00", "13:45")]


def test_a_days_header_with_its_place_in_brackets() -> None:
    text = ("Saturday, 18 February 2012 (IFAD HQ)\n\n09:00-09:30 Opening remarks\n"
            "10:30-10:45 Coffee break\n\nSunday, 19 February 2012 (ARAN Park Hotel)\n\n"
            "09:00 - 18:00\n\nPreparatory meetings\n\n14:00 - 18:00\n\nRegistration\n")
    p = propose(text)
    assert [s.title.value for s in p.segments] == ["Opening remarks", "Coffee break"]
    assert all("another day" in o.why for o in p.odd)


def test_a_long_title_is_not_cut_at_a_dash_between_two_months() -> None:
    title = ("Reporting on Europol activities March - September 2019 and Europol Draft "
             "Multiannual Programming Document 2020-2022")
    assert clean_title(title) == title


def test_a_sitting_from_hour_to_hour_then_a_colon_takes_its_first_item_below() -> None:
    text = ("Draft agenda\n\nWednesday 9 March 2016\n\nFrom 9 am to noon:\n\n1.  Draft agenda\n\n"
            "2.  Draft minutes\n\nFrom 2 pm to 5 pm:\n\n4.  Preliminary draft reports\n")
    assert [t[:2] for t in _times(text)] == [("09:00", "12:00"), ("14:00", "17:00")]
    assert [t[2].split()[-1] for t in _times(text)] == ["agenda", "reports"]


def test_a_resolutions_parts_named_before_their_hours_in_english_and_french() -> None:
    text = ("Decides that the high-level meeting will be held on Wednesday, 22 September 2021, "
            "and will comprise an opening plenary meeting, from 9 a.m. to 11 a.m., two "
            "consecutive panel discussions, from 11 a.m. to 1 p.m. and from 3 p.m. to 5 p.m., "
            "and a closing plenary meeting, from 6 p.m. to 7 p.m.;\n")
    assert _times(text) == [("09:00", "11:00", "Opening plenary meeting"),
                            ("11:00", "13:00", "Consecutive panel discussions"),
                            ("15:00", "17:00", "Consecutive panel discussions"),
                            ("18:00", "19:00", "Closing plenary meeting")]
    text = ("Décide que la réunion se tiendra le lundi 22 novembre 2021, et comprendra une "
            "séance plénière d’ouverture le 22 novembre, de 10 heures à 11 heures, des séances "
            "plénières le 22 novembre, de 11 heures à 13 heures ;\n"
            "la première table ronde, qui se tiendra de 15 heures à 16 h 30, portera sur …\n")
    assert [t[2] for t in _times(text)] == [
        "Séance plénière d’ouverture", "Séances plénières", "Première table ronde"]


def test_a_partie_heading_over_its_items_with_gaps_between_and_their_theme_labels() -> None:
    text = ("## Programme\n\n### Partie 2 : Initiatives (10h15 - 14h00)\n\n#### 10h15 - 11h15\n"
            "- **Thème** : Marché carbone\n- **Focus** : Défis\n\n#### 11h30 - 12h30\n"
            "- **Thème** : Économie bleue\n\n#### 13h00 - 14h00\n- Topic: Localisation\n")
    assert _times(text) == [("10:15", "11:15", "Marché carbone"),
                            ("11:30", "12:30", "Économie bleue"),
                            ("13:00", "14:00", "Localisation")]


def test_an_event_cards_title_above_its_host_and_venue_fields() -> None:
    text = ("Sunday 22 September\n\nBuying Medicines Better: Smart Procurement\n"
            "Host: Centre for Global Development\nVenue: tbc\nTime: 17:30-19:30\n"
            "Participants: invitation only\n\nSocial Participation event\nHost: WHO\n"
            "Venue: Ford Foundation\nTime: 18:00-20:00\nParticipants: public\n")
    assert _times(text)[0] == ("17:30", "19:30", "Buying Medicines Better: Smart Procurement")


def test_note_brackets_after_a_title_are_cut_and_kept_in_its_description() -> None:
    text = ("11:30-11:40 Welcome and Introductions by the moderator (10 minutes, including time "
            "for panelists to take their seats)\n"
            "13:00-15:00 Informal working lunch (Theme: The policy towards neighbouring regions)\n"
            "15:00-15:45 Darwin Core (DwC) - More than Occurrence (Abby Benson (Powerpoint))\n"
            "15:45-16:00 Closing\n")
    p = propose(text)
    assert [s.title.value for s in p.segments[:3]] == [
        "Welcome and Introductions by the moderator", "Informal working lunch",
        "Darwin Core (DwC) - More than Occurrence"]
    assert "(Theme: The policy towards neighbouring regions)" in p.segments[1].description
    assert [x.name.value for x in p.segments[2].people] == ["Abby Benson"]


def test_a_pdfs_wrapped_title_goes_on_after_a_blank_line_in_lower_case() -> None:
    text = ("10.00 a.m. H.E. Mr. Erkki Tuomioja, Minister for Foreign Affairs of Finland\n\n"
            "10.30 a.m. H.E. Prof. Ekmeleddin Ihsanoglu, Secretary-General of the Organization\n"
            "\n\nof the Islamic Conference\n\n11.00 a.m. H.E. Mr. Hamady Ould Meimou\n")
    assert _times(text)[1][2].endswith("Organization of the Islamic Conference")


def test_a_flattened_days_first_item_a_point_right_after_its_date() -> None:
    text = ("PROVISIONAL PROGRAM page 2 Wednesday, June 11, 2003 10.00 Representatives meet the "
            "participants at the Hotel lobby and guide them to the Office 10.30-11.00 "
            "Registration, coffee and refreshments 11.00-11.15 Opening and practical "
            "information 11.15-12.00 Opening Ceremony Welcome speech 12.00-12.30 Round table "
            "presentation of the participants 12.30-13.15 Lunch break\n")
    assert _times(text)[:2] == [
        ("10:00", "10:30", "Representatives meet the participants at the Hotel lobby and "
                           "guide them to the Office"),
        ("10:30", "11:00", "Registration, coffee and refreshments")]


def test_an_advisorys_bulleted_events_each_with_its_day_then_its_time() -> None:
    text = ("Events\n\n  • Wednesday, 9 April – 10 a.m. – Vienna International Centre – CO4 "
            "Board Room: Mini-Forum on addictions\n    2 p.m. (Austria Centre – Foyer GH), "
            "Exhibit opening\n\n  • Monday, 14 April – 11:00 a.m. (Austria Center) - A Swedish "
            "NGO will present signatures.\n")
    p = propose(text)
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}", s.title.value)
            for s in p.segments] == [("10:00", "14:00", "Mini-Forum on addictions")]
    assert "Vienna International Centre – CO4 Board Room" in p.segments[0].description


def test_a_prose_programmes_date_is_the_day_its_hours_are_under() -> None:
    text = ("Décide que sa réunion de haut niveau se tiendra les lundi 22 et mardi 23 novembre "
            "2021, et comprendra une séance plénière d’ouverture le 22 novembre, de 10 heures à "
            "11 heures, des séances plénières le 22 novembre, de 11 heures à 13 heures, et le 23 "
            "novembre, de 10 heures à 13 heures ;\n")
    p = propose(text)
    assert str(p.date.value) == "2021-11-22"
    assert [f"{s.start.value:%H:%M}" for s in p.segments] == ["10:00", "11:00"]
    text = ("The IPCC will hold events with the SBSTA on 4 and 5 December at 15:00-18:00. It "
            "will also hold a side event on 4 December at 13:15 - 14:45.\n")
    assert [f"{s.start.value:%H:%M}" for s in propose(text).segments] == ["13:15", "15:00"]


def test_a_title_quoted_from_another_resolution_is_not_the_meetings() -> None:
    text = ("Modalités de la réunion de haut niveau\n"
            "Rappelant sa résolution 70/1 du 25 septembre 2015, intitulée « Transformer notre "
            "monde : le Programme de développement durable à l’horizon 2030 »,\n"
            "Décide que la réunion comprendra une séance plénière d’ouverture, de 10 heures à "
            "11 heures, et une table ronde, de 11 heures à 13 heures ;\n")
    assert propose(text).title.value == "Modalités de la réunion de haut niveau"


def test_a_place_under_a_time_then_what_is_done_there() -> None:
    text = ("Media alert\n\n9:45 am\n\nJardín del Salón La Terraza\n\nPress Encounter\n\n"
            "10:15 am\n\n38th Floor\n\nPresentation of Credentials\n\n11:30 am\n\nLunch\n")
    assert [t[2] for t in _times(text)] == ["Press Encounter", "Presentation of Credentials"]


def test_a_word_tables_heading_names_its_title_column_after_the_speakers() -> None:
    text = ("Agenda\n\nTime\tSpeaker\tTopic\n14.30 - 14.35\tMs. Sophie le Clue\tWelcome from "
            "the Host\n14.35 - 14.45\tJonathan Barzdo\tHow a CoP works\n")
    p = propose(text)
    assert [(s.title.value, [x.name.value for x in s.people]) for s in p.segments] == [
        ("Welcome from the Host", ["Ms. Sophie le Clue"]), ("How a CoP works", ["Jonathan Barzdo"])]


def test_a_resolutions_title_names_the_meeting_it_organises() -> None:
    text = ("A/RES/73/2\nResolution adopted by the General Assembly\n73/3. Modalities for the "
            "high-level meeting on universal health coverage\nThe General Assembly,\nDecides "
            "that the meeting will comprise an opening plenary meeting, from 9 a.m. to 10 a.m., "
            "and a panel discussion, from 10 a.m. to 1 p.m.;\n")
    assert propose(text).title.value == "High-level meeting on universal health coverage"


def test_sittings_told_by_what_was_held_in_them() -> None:
    p = propose("Ad Hoc Committee\nThe meetings of the second intersessional consultation were "
                "held in English from 10:00 a.m. to 1:00 p.m. and from 3:00 p.m. to 6 p.m., "
                "Vienna time.\n")
    assert [(f"{s.start.value:%H:%M}", f"{s.end.value:%H:%M}", s.title.value)
            for s in p.segments] == [
        ("10:00", "13:00", "Meetings of the second intersessional consultation"),
        ("15:00", "18:00", "Meetings of the second intersessional consultation")]


def test_who_meets_then_where_after_a_colon() -> None:
    p = propose("Full group meetings\n  • Governments: Palais des Nations, Room XVII, 14.30-16.30\n"
                "  • Employers: ILO, Governing Body Room, 16.30-18.00\n")
    assert [s.title.value for s in p.segments] == ["Governments", "Employers"]
    # a title's own words after its colon stay, a room or not
    assert propose("10:00-11:00 Keynote: The Elephant in the Room\n11:00-12:00 Plenary 1: State "
                   "of Play\n").segments[0].title.value == "Keynote: The Elephant in the Room"


def test_a_daily_schedule_s_audiences_keep_whole_names() -> None:
    p = propose("11:15 a.m. H.E. Ms.  Dina Ercilia Boluarte Zegarra (President, REPUBLIC OF PERU)\n"
                "11:30 a.m. H.E. Ms. María Gabriela Sommerfeld Rosero (Minister for Foreign "
                "Affairs, ECUADOR)\n1:15 p.m. H.E. Mr. Alexander Van der Bellen (President, "
                "REPUBLIC OF AUSTRIA)\n1:30 p.m. Lunch\n2:00 p.m. End\n")
    assert [s.title.value for s in p.segments][:3] == [
        "H.E. Ms.  Dina Ercilia Boluarte Zegarra (President, REPUBLIC OF PERU)",
        "H.E. Ms. María Gabriela Sommerfeld Rosero (Minister for Foreign Affairs, ECUADOR)",
        "H.E. Mr. Alexander Van der Bellen (President, REPUBLIC OF AUSTRIA)"]


def test_an_agenda_s_duration_status_and_kind_columns_run_on_after_the_title() -> None:
    p = propose("Tuesday, 08 October 2019 10:00 Welcome – introduction of participants 20 min. A. "
                "CRAVIOTO. Chair of SAGE. 10:20 Report from Director - Session 1 FOR INFORMATION "
                "1h 30 min. Global report. 10:50 Coffee/Tea break Break 30 min. 11:20 Cont. "
                "Session 1 FOR INFORMATION Key updates. 12:20 Lunch Break 1h\n")
    assert [s.title.value for s in p.segments] == [
        "Welcome – introduction of participants", "Report from Director - Session 1",
        "Coffee/Tea break", "Cont. Session 1", "Lunch Break"]  # (its hour its end)
    # a title that holds a duration of its own keeps it
    assert propose("09:00 Pitches of 3 min each\n09:30 Break\n10:00 End\n").segments[
        0].title.value == "Pitches of 3 min each"


def test_a_room_named_by_a_letter_after_the_title() -> None:
    p = propose("10:00 - 17:00 Opening Salle D\n17:00 - 18:00 Reception Room B\n")
    assert [s.title.value for s in p.segments] == ["Opening", "Reception"]


def test_markdown_lines_in_italics_and_a_title_ending_in_time() -> None:
    # (AmeriGEO's side session: "Open Lab Time" twice is a title, not the times' clock)
    p = propose_from_text("### 10 AUG | THURSDAY\n*13:00 - 14:30\tMini Clinic 1*\n\n"
                          "This clinic will focus on basics.\n\n*16:30 - 17:30\tOpen Lab Time*\n\n"
                          "Attendees are encouraged to explore the methods.\n\n### 11 AUG\n\n"
                          "*15:30 - 17:00\tOpen Lab Time*\n\nAttendees are encouraged again.\n")
    assert [s.title.value for s in p.segments] == ["Mini Clinic 1", "Open Lab Time"]


def test_a_quoted_event_then_its_organisers_after_a_dash() -> None:
    p = propose("  • Tuesday, 21 May, 2024, 8.30 - 10.00: Special Session: \"Empowering solutions\""
                " - by Egyptian Ministry of Water Resources and Irrigation\n"
                "  • Tuesday, 21 May, 2024, 16:40-18:10: Side event “Advancing Action: A Progress "
                "Update” – by Government of Egypt, FAO, WMO, UNDP, and UNESCO\n")
    assert [s.title.value for s in p.segments] == [
        'Special Session: "Empowering solutions"',
        "Side event “Advancing Action: A Progress Update”"]


def test_a_point_with_no_am_pm_above_the_mornings_first_range() -> None:
    p = propose("Day 1: Monday 23 October\n\nFrom 7:30     Badges and conference materials "
                "collection (from Sunday 22 October at 13:00)\n9:00 - 10:00 Plenary in the Dome\n\n"
                "10:00 - 10:30 Break\n")
    first = p.segments[0]
    assert (f"{first.start.value:%H:%M}-{first.end.value:%H:%M}", first.title.value) == (
        "07:30-09:00", "Badges and conference materials collection")
    assert "morning" in first.start.doubt
    # (but "2:00 Introductions" above "3:00-3:30 Joint Press Conference" is in the afternoon)
    p = propose("December 1st, 2011\n\n2:00 Introductions\n\n2:15 Speech\n\n"
                "3:00-3:30 Joint Press Conference\n\n3:30-5:00 Panel Discussion\n")
    assert f"{p.segments[0].start.value:%H:%M}" == "14:00"


def test_the_meetings_hours_on_several_cities_clocks_are_no_items() -> None:
    p = propose("WLE Legacy Symposium\n\nTiming: Edmonton: 06.00–08.00; Cali/Washington DC: "
                "08.00–10.00; Accra/London: 13.00–15.00; Nairobi: 16.00–18.00\n\n"
                "Time (CET)/Session\n\n14.00: Welcome by the Master of Ceremony.\n\n"
                "14.05: Opening remarks by Dr Roberto Lenton, IWMI Board Chair.\n\n"
                "14.10: Video showcasing WLE highlights.\n\n14.15: Keynote presentation\n\n"
                "14.30: Moderated Q&A\n")
    assert [f"{s.start.value:%H:%M}" for s in p.segments][:3] == ["14:00", "14:05", "14:10"]


def test_a_speaker_in_brackets_before_a_colon_and_an_opening_by_its_giver() -> None:
    p = propose("10:00 - 10:15 Organisational and Membership Matters (Rajeev Jaiswal, ISRO):\n"
                "10:15 - 10:30 Opening by Michel Claessens, Head of Communication\n"
                "10:30 - 10:45 Address by Michelle Bachelet, UN High Commissioner\n")
    assert [s.title.value for s in p.segments] == [
        "Organisational and Membership Matters", "Opening",
        "Address by Michelle Bachelet, UN High Commissioner"]
    assert [x.name.value for s in p.segments for x in s.people] == [
        "Rajeev Jaiswal", "Michel Claessens", "Michelle Bachelet"]


def test_points_before_an_items_number_with_a_year_or_a_sub_number() -> None:
    p = propose("13:45 6. IUCN World Conservation Congress\n"
                "14:30 7. 2014 IUCN World Parks Congress\n15:00   TEA/COFFEE\n"
                "15:30 7.3 Discussion on the purpose\n16:30 8. Packard Award Ceremony\n")
    assert [f"{s.start.value:%H:%M}-{s.end.value:%H:%M}" for s in p.segments] == [
        "13:45-14:30", "14:30-15:00", "15:00-15:30", "15:30-16:30"]
    assert p.segments[1].title.value == "7. 2014 IUCN World Parks Congress"


def test_a_name_before_a_colon_and_a_label_before_a_name() -> None:
    p = propose("13:15 - 14:45 Options for Addressing Emissions\n"
                "  • Welcome: Rosanna Repetto – Executive Secretary\n"
                "  • Dr. Lawrence Deyton: Director of Center for Tobacco Products\n"
                "14:45 - 15:00 Break\n")
    assert [(x.name.value, x.role) for x in p.segments[0].people] == [
        ("Rosanna Repetto", "Executive Secretary"),
        ("Dr. Lawrence Deyton", "Director of Center for Tobacco Products")]
    # (but "Hotels: …", a note's heading, is nobody)
    p = propose("09:00 - 10:00 Registration\n  • Hotels: Kempinski and Hilton\n")
    assert p.segments[0].people == []


def test_a_sentence_ending_with_a_date_is_no_heading_for_the_time_below() -> None:
    # (Minamata COP1's events on the side: the sentence above ends "… Friday 29 September.")
    p = propose("Show Case Events\n\n(90 min), where stakeholders can showcase activities – "
                "Download programme\n\nThere will be five Show Case Events taking place during "
                "lunch time starting at 13:15, three on Sunday 24 September and three on Friday 29 "
                "September.\n\n\n\nSunday 24 September, 1:15 p.m. – 2:45 p.m.\n\nA. Responsible "
                "supply chains of minerals: combating reduction of the use of mercury.\n"
                "Organisation for Economic Co-operation and Development (OECD) – Room 3\n")
    assert p.segments[0].title.value.startswith("A. Responsible supply chains")


def test_speakers_in_brackets_with_capacity_building_and_a_presentation_after() -> None:
    p = propose("08:30 - 09:00 Welcome (I. Hoeschle-Zeledon, IITA, Project Coordinator; Ken "
                "Dashiell, IITA, DDG Partnerships and Capacity Building)\n"
                "09:00 - 09:45 Overview of EUMETSAT B. Bojkov\n"
                "10:00 - 10:30 Overview of year 1 project activities (I. Hoeschle-Zeledon) - "
                "Presentation\n")
    assert [s.title.value for s in p.segments] == [
        "Welcome", "Overview of EUMETSAT", "Overview of year 1 project activities"]
    assert [x.name.value for x in p.segments[1].people] == ["B. Bojkov"]


def test_a_question_wrapped_past_a_blank_line_and_a_name_that_is_the_titles() -> None:
    p = propose("10:45-12:00 International Debate: Is Building Back\n\n"
                "Better a slogan or can it really mean something?\n\nChallenge: the debt\n"
                "12:00 - 12:15 Photo Op: Arrival of German Minister Andreas Scheuer\n")
    assert [s.title.value for s in p.segments] == [
        "International Debate: Is Building Back Better a slogan or can it really mean something?",
        "Photo Op: Arrival of German Minister Andreas Scheuer"]
    assert [x.name.value for x in p.segments[1].people] == ["Andreas Scheuer"]


def test_a_date_with_of_between_its_day_and_month() -> None:
    from floorapp.core.programme.importer.dates import find_date
    assert find_date("SDC User Group Workshop / INSEE, Paris, 20-th of September 2022").value == \
        date(2022, 9, 20)
    assert find_date("Workshop held on the 3rd of May 2019 in Rome").value == date(2019, 5, 3)


def test_a_link_s_words_glued_after_a_speaker_s_bracket_are_no_role() -> None:
    from floorapp.core.programme.importer.people import person
    found = person("Geir Axelsen (Director General, Norway)see bio", 0, "speaker")
    assert found is not None and found.name.value == "Geir Axelsen"
    assert found.role == "Director General, Norway"


def test_a_title_ending_with_a_name_another_item_gives_is_cut_before_it() -> None:
    p = propose_from_text("13:30 13:40 Welcome and Introduction to GDAP (Tristan L’Ecuyer)\n"
                          "13:40 13:45 Guiding Questions Tristan L’Ecuyer and Hiro Masunaga\n"
                          "13:45 15:15 Energy budgets and Water Cycles in Climate Models\n")
    assert [s.title.value for s in p.segments][:2] == ["Welcome and Introduction to GDAP",
                                                       "Guiding Questions"]
    assert [x.name.value for x in p.segments[1].people] == ["Tristan L’Ecuyer", "Hiro Masunaga"]


def test_a_start_s_mark_at_the_same_time_as_an_item_gives_way_to_it() -> None:
    p = propose_from_text("Enrolment 07:30 UTC\n\nStart of Workshop 08:00 UTC\n\n"
                          "Introduction to the European Weather Cloud (08:00 UTC)\n\n"
                          "Morning Break (09:00 - 09:30 UTC)\n\nUsing the system (09:30 UTC)\n\n"
                          "Lunch break (11:00 - 12:00 UTC)\n")
    assert [s.title.value for s in p.segments][:3] == [
        "Enrolment", "Introduction to the European Weather Cloud", "Morning Break"]
    assert any("marks the start" in o.why for o in p.odd)


def test_a_time_after_a_point_s_title_starts_the_item_below() -> None:
    text = ("Wednesday, 21 October\n\n12:30   Lunch 14:00\n\n"
            "   1.  Opening of meeting and Introduction of new participants.\n\n"
            "   2.  Approval of Draft Agenda\n\n16:00   Coffee break\n\n16:30   5. Reports\n")
    got = times_of(text)
    assert [(a, b) for a, b, _ in got][:3] == [("12:30", "14:00"), ("14:00", "16:00"),
                                               ("16:00", "16:30")]
    assert got[0][2] == "Lunch" and "Opening of meeting" in got[1][2]


def test_a_hotel_and_its_street_after_a_title_are_where_not_what() -> None:
    assert clean_title("Reception for all Participants hosted by Realizing Rights Mamba Point "
                       "Hotel, Mamba Point Road") == \
        "Reception for all Participants hosted by Realizing Rights"


def test_a_title_above_the_kinds_of_its_parts_in_a_table_given_cell_by_cell() -> None:
    text = ("Session\n\nTime (CEST)\n\nWho\n\nWelcome and introductions\n\n14:00 – 14:10\n\n"
            "GFOI Office\n\nQ&A\n\n14:40 – 14:50\n\nModerator GFOI Office\n\n"
            "Looking back to shape the future\n\nPresentations\n\nPanel discussion\n\n"
            "A panel discussion to reflect on the previous presentations and how these lessons "
            "learned can shape the future\n\n14:50 – 16:20\n\nModerator:\n\nAndres Espejo\n")
    assert [t for _, _, t in times_of(text)][-1] == "Looking back to shape the future"


def test_a_room_after_every_start_is_a_column_not_a_title() -> None:
    text = ("Day 1: 6 September 2022\n\n08h30 Plenary\n\n30″\n\nPlenary 1: Official opening\n\n"
            "09h00 Plenary\n\n60″\n\nPlenary 2: Setting the scene\n\n10h00\n\n30″\n\n"
            "Coffee break\n\n10h30 Plenary\n\n90″\n\nPlenary 3: Rough seas\n\n12h00 Lunch\n")
    assert [t for _, _, t in times_of(text)][:2] == ["Plenary 1: Official opening",
                                                     "Plenary 2: Setting the scene"]


def test_sittings_in_prose_keep_what_they_are_sittings_of() -> None:
    text = ("6. Official Opening\n\nThe official opening of the meeting will take place on Monday, "
            "19 May 2008 at 10 a.m. in the main plenary hall. The formal sessions of the meeting "
            "will be held daily from 10 a.m. to 1 p.m. and from 3 p.m. to 6 p.m.\n")
    assert [t for _, _, t in times_of(text)] == ["Formal session of the meeting"] * 2


def test_a_dated_line_with_the_days_hours_holds_the_items_below() -> None:
    text = ("Meeting of the Group\n• 28-30 May 2019\n\nTuesday, 28 May: 1 - 5pm\n"
            "Venue: Room 1523\n\n1:00 - 1:30 pm\n1. Welcome and Introductions\n\n"
            "1:30 - 5:00 pm\n2. The future system of economic statistics\n")
    assert _times(text) == [("13:00", "13:30", "1. Welcome and Introductions"),
                            ("13:30", "17:00", "2. The future system of economic statistics")]


def test_an_items_place_with_a_comma_before_its_quoted_title_and_a_sentence() -> None:
    text = ("Thematic Day\n\n- 1.15 p.m. to 2.45 p.m., Blue Zone, Pacific Room: “Education - A "
            "key driver”. This panel will bring together ministers.\n\n- 5 p.m. to 6.30 p.m., "
            "Green Zone, Room 7: “Sustainability starts with educators”. This roundtable, open "
            "to the public, will discuss.\n")
    assert _times(text) == [("13:15", "14:45", "“Education - A key driver”"),
                            ("17:00", "18:30", "“Sustainability starts with educators”")]


def test_a_pdf_tables_next_columns_are_no_part_of_the_title() -> None:
    text = ("Workshop Agenda:\n\n"
            "9.00       Opening, introduction, agenda         Chair                15 mins\n"
            "10.05      Some common areas for focus in        Chair/all            20 mins\n"
            "           2026\n"
            "10.30      Morning tea                                                30 mins\n"
            "am\n"
            "11.00      Biology (YFT/BET combined)\n12.00      Lunch\n")
    assert [t for _, _, t in _times(text)] == [
        "Opening, introduction, agenda", "Some common areas for focus in 2026", "Morning tea",
        "Biology (YFT/BET combined)"]


def test_a_session_lead_after_the_title_and_an_acronym_the_title_goes_on_after() -> None:
    p = propose("Agenda\n\n11.00-12.00 |\nSession 2. The Pledge for Investments into a Linked Open "
                "Data (LOD) infrastructure for agricultural development Lead: Johannes Keizer "
                "(FAO) |\n12.00-13.00 |\nLunch |\n")
    s = p.segments[0]
    assert s.title.value == ("Session 2. The Pledge for Investments into a Linked Open Data (LOD) "
                             "infrastructure for agricultural development")
    assert [(x.name.value, x.label) for x in s.people] == [("Johannes Keizer", "moderator")]


def test_three_items_from_a_blocks_start_to_its_end_a_break_between() -> None:
    text = ("8:30 – 9:00 – Welcome and registration\n\n9:00 – 12:30 – Meeting of the Forum\n\n"
            "9:00 – 10:10 Plenary Meeting\n\n10:10 – 10:50 Panel discussion\n\n"
            "11:10 – 12:30 Workshops with different topics\n\n12:30 – 14:00 – Lunch\n")
    assert [t for _, _, t in _times(text)] == [
        "Welcome and registration", "Plenary Meeting", "Panel discussion",
        "Workshops with different topics", "Lunch"]


def test_a_parts_heading_over_the_one_item_it_holds_titles_it() -> None:
    text = ("Day 1 – 20 June 2017\n\nSession I: Introduction and refresher on principles\n\n"
            "9:30 – 11:00\n\nContent and objectives of the programme\n\n11:00 – 11:30\n\n"
            "Tea/Coffee Break\n\nSession II: Transaction Value – Article 1\n\n11:30 – 13:00\n\n"
            "Article 1\n\n13:00 – 14:30\n\nLunch\n")
    assert [t for _, _, t in _times(text)] == [
        "Session I: Introduction and refresher on principles", "Tea/Coffee Break",
        "Session II: Transaction Value – Article 1", "Lunch"]


def test_a_title_below_its_hours_is_no_parts_heading_over_the_next() -> None:
    text = ("10:30 am - 1:00 pm\nPanel 1 - Climate Change: the Science\n\n3:00 pm - 6:00 pm\n"
            "Panel 2 - Mitigation Strategies\n\n6:00 pm - 6:15 pm\nConcluding Address\n")
    assert [t for _, _, t in _times(text)] == [
        "Panel 1 - Climate Change: the Science", "Panel 2 - Mitigation Strategies",
        "Concluding Address"]


def test_people_named_after_a_colon_and_a_talk_in_quotes_after_its_speaker() -> None:
    p = propose("Business Sessions\n\n13:40: Gruber Prize Winner Volker Springel (MPA, Germany): "
                "\"Simulations of Black Hole Feedback in Galaxy Formation\"\n\n14:15: Meet the IAU "
                "Equity, Inclusion and Diversity Working Group: Amelia Ortiz (Valencia, Spain), "
                "Lina Canas (NAOJ, Japan)\n\n14:40: Close\n")
    talk, meet = p.segments
    assert talk.title.value == "Simulations of Black Hole Feedback in Galaxy Formation"
    assert [(x.name.value, x.role) for x in talk.people] == [("Volker Springel", "MPA, Germany")]
    assert "Gruber Prize Winner" in talk.description
    assert meet.title.value == "Meet the IAU Equity, Inclusion and Diversity Working Group"
    assert [x.name.value for x in meet.people] == ["Amelia Ortiz", "Lina Canas"]


def test_a_month_and_year_split_from_the_next_cards_day_is_no_title() -> None:
    text = ("08\n\nmai 2025\n11:40 AM - 12:55 PM\nParallel Sessions\n\n08\n\nmai 2025\n"
            "01:55 PM - 03:00 PM\n\n08\n\nmai 2025\n03:00 PM - 05:30 PM\nPlenary Session\n")
    assert [t for _, _, t in _times(text)] == ["Parallel Sessions", "Plenary Session"]


def test_a_time_alone_between_two_points_ends_the_one_before() -> None:
    text = ("Schedule of the event\n\n20 October 2017\n\n7:00 pm\nWelcoming speech\n\n8:30 pm\n"
            "Concert and Dancing\n\n9:30 pm\n\n9:45 pm\nReception and Get-Together\n\n10:30 pm\n")
    assert _times(text)[:2] == [("19:00", "20:30", "Welcoming speech"),
                                ("20:30", "21:30", "Concert and Dancing")]


def test_a_start_in_brackets_after_the_title_and_who_sponsors_it() -> None:
    text = ("8th Forum\n\n21 May\n\nWelcome Lunch (12:30) Sponsored by MOLIT, Republic of Korea\n\n"
            "Opening and Welcome Remarks (13:45)\n\nPhoto Session (13:50)\n\n"
            "Keynote Speeches (14:00)\n")
    assert _times(text)[:2] == [("12:30", "13:45", "Welcome Lunch"),
                                ("13:45", "13:50", "Opening and Welcome Remarks")]


def test_a_time_label_after_a_topic_is_no_theme() -> None:
    p = propose("Business Session\n\n15:00-17:00 CEST - Business Session I\n\n"
                "Topic: GA Resolutions "
                "discussion\nTime: Aug 24, 2021 03:00 PM Paris\n")
    assert [t.value for t in p.segments[0].themes] == ["GA Resolutions discussion"]


def test_cards_that_end_in_their_hours_have_their_titles_above() -> None:
    long = ("Presentation on “An overview of information needs for agricultural innovation and "
            "the possible role of the region's research systems to satisfy these needs”")
    p = propose("Launch of the awareness day\n15 November 2017\n\nWelcome\n09:00 – 09:10\n\n"
                "Keynote speech\n09:10 – 09:35\n\n" + long + "\n09:35 – 10:20\n\n"
                "Discussion and Q&A\n10:20 – 11:15\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments] == [
        ("09:00", "Welcome"), ("09:10", "Keynote speech"), ("09:35", long),
        ("10:20", "Discussion and Q&A")]
    assert not [x for s in p.segments for x in s.people]


def test_a_speaker_with_affiliation_before_a_colon_gives_the_talk() -> None:
    p = propose("Flagship Ceremony\nThursday 11 April 2019\n\n"
                "9:00 -  9:15: Jean-Eric Paquet (European Commission Director-General for "
                "Research and Innovation): Science with and for Society\n\n"
                "9:15 - 9:30: Michael Gillon (University of Liege): Is there life elsewhere in the "
                "Universe?\n")
    assert titles_and_people(p) == [
        ("Science with and for Society", ["Jean-Eric Paquet"]),
        ("Is there life elsewhere in the Universe?", ["Michael Gillon"])]


def test_an_event_card_with_its_date_start_and_length_under_its_title() -> None:
    assert times_of("Round Table\nAgenda\nOpening ceremony\n12 September 2024, 11.00 am "
                    "(Italian time). The session will last 30 minutes.\nWelcome address\n"
                    "Alessandro Mager\nHistorical Scene Setter\n12 September 2024, 12.00 pm "
                    "(Italian time). The session will last 90 minutes.\nGabriella Venturini\n") == [
        ("11:00", "11:30", "Opening ceremony"), ("12:00", "13:30", "Historical Scene Setter")]


def test_a_card_whose_hours_share_their_line_with_a_room_has_its_title_above() -> None:
    p = propose("Africa Week\n\nMonday, October 12\n\nHigh-Level Event on the Role of African "
                "Regional Organizations\n9:30 am - 1:00 pm | ECOSOC Chamber\n"
                "Concept note [DOWNLOAD]\n\nThis event will focus on integration.\n")
    assert [s.title.value for s in p.segments] == [
        "High-Level Event on the Role of African Regional Organizations"]


def test_a_name_and_its_year_are_no_sentence_after_a_title() -> None:
    assert clean_title("During the official welcome, the Skills Summit 2024 will officially "
                       "start. This part of the Summit is open to a broader audience.") == \
        "During the official welcome, the Skills Summit 2024 will officially start"
    p = propose("EVENT: Africa Week at the UN General Assembly (12-16 October, 2015)\n\n"
                "9:30 am - 1:00 pm Opening\n1:30 pm - 2:30 pm Close\n")
    assert p.title.value == "Africa Week at the UN General Assembly"


def test_an_item_titled_by_its_speaker_alone_keeps_the_honorific_in_its_title() -> None:
    assert name_after_item("• Mr Paolo Garzotti, Deputy Permanent Representative (European "
                           "Union)", 0) is None  # not "Mr", then the name


def test_a_table_row_with_round_bullets_and_a_plural_room() -> None:
    p = propose("Agenda\nDay 1, Monday, 28 November 2022 | ||\nTime | Activity | Venue |\n"
                "10:00 – 11:00 am | Opening Ceremony ● National Anthem ● Welcome remarks | "
                "Grand University Theater |\n"
                "2:30– 4:00 pm | Concurrent Workshops for Student Leaders | Central Library "
                "Halls |\n")
    assert titles_and_people(p) == [("Opening Ceremony", []),
                                    ("Concurrent Workshops for Student Leaders", [])]


def test_a_page_cell_wrapped_before_its_dash_and_a_time_cell_run_into_prose() -> None:
    assert [(a, b) for a, b, _ in times_of(
        "| Sunday, September 29 |\n | 09:00 \n     - 17:00 | Registration\n |\n"
        " | 17:30 \n     - 18:30\n | Opening Ceremony |\n")] == [("09:00", "17:00"),
                                                             ("17:30", "18:30")]
    assert [(a, b) for a, b, _ in times_of(
        "Agenda\n9:00 – 9:30 / Registration of participants\nObjective: To present the "
        "experience of countries regarding evaluation of censuses for the 2010 round "
        "censuses 10:00 – 11:00 /\nSession 2 – Results of the questionnaire\n")] == [
        ("09:00", "09:30"), ("10:00", "11:00")]


def test_event_cards_with_a_dates_field_under_their_place() -> None:
    p = propose("IUFRO Business Sessions\n\nThese sessions are for business issues.\n\n"
                "President’s Discussion\n\nThe President’s Discussion is open to all "
                "registered delegates.\nLocation: Hall E\nDates: Tuesday, 7 October – "
                "08:30-10:30\nModerator: Niels Elers Koch (IUFRO President)\n\n"
                "International Council Meeting\n\nAttendance at this meeting is by invitation "
                "only.\nLocation: Hilton Hotel\nDates: Tuesday, 7 October & Friday, 10 October "
                "from 15:30- 18:00\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments] == [
        ("08:30", "President’s Discussion"), ("15:30", "International Council Meeting")]


def test_a_brand_run_into_a_word_and_a_second_clock_after_a_zone() -> None:
    assert name_after_item("GloLitter Partnerships Presentation", 0) is None
    p = propose("Workshop: “Extracontinental Migration”\nTuesday, April 6, 2010, 11:00 - 17:30 "
                "EST (16:00 - 22:30 GMT)\nSimón Bolívar Room, 17th Street\n\n11:00 – 11:15 "
                "Welcome address\n11:15 – 11:30 Presentation by Araceli Azuara\n")
    assert [f"{s.start.value:%H:%M}" for s in p.segments] == ["11:00", "11:15"]


def test_a_speech_above_its_hours_that_names_its_speaker_is_its_title() -> None:
    p = propose("Conference of committee chairmen\n21 July 2008\n\nOpening speech by Mr Axel "
                "Poniatowski, Chairman of the committee.\n08:45 – 09:00\n\nSpeech by Mr Bernard "
                "Kouchner, Minister for Foreign and European Affairs, on current international "
                "events.\n09:00 – 10:15\n\nGroup photo\n10:45 – 11:00\n")
    assert [(f"{s.start.value:%H:%M}", s.title.value) for s in p.segments] == [
        ("08:45", "Opening speech"), ("09:00", "Speech by Mr Bernard Kouchner"),
        ("10:45", "Group photo")]


def test_a_quoted_title_in_an_items_line_is_not_the_meetings() -> None:
    p = propose("Ministerial Session\n07 December 2023\n\n10:00\t11:00\t5.1. Opening of the "
                "Session\n11:30\t13:00\t5.3. Ministerial Session, panel: “Green transition in "
                "the Mediterranean: From decisions to actions”\n")
    assert p.title.value == "Ministerial Session"


def test_a_title_that_speaks_of_a_date_or_an_update_before_its_hours() -> None:
    p = propose("General Affairs Council\n19 November 2019\n\nArrivals\t\t09:00–09:50\n"
                "Preparations for the European Council meeting on 12-13 December 2019\t\t"
                "10:30–11:30\nArctic CORDEX update: where we have come from, what is next?\t\t"
                "11:30–12:00\n")
    assert p.date.value == date(2019, 11, 19)
    assert [s.title.value for s in p.segments] == [
        "Arrivals", "Preparations for the European Council meeting on 12-13 December 2019",
        "Arctic CORDEX update: where we have come from, what is next?"]


def test_words_that_name_no_one_are_no_speaker() -> None:
    p = propose("W\n\n09:00 - 10:00 Welcome – Opening Remarks\n10:00 - 11:00 Speeches by the "
                "Member State Ministerial Delegations\n11:00 - 12:00 Regional presentations (Arab "
                "States)\n12:00 - 13:00 Lunch Time Buffet Reception\n13:00 - 14:00 Registration "
                "and MarketPlace Setup\n14:00 - 15:00 Welcome remarks, Grete Faremo\n15:00 - 16:00 "
                "In-Camera Session (Closed Meeting)\n16:00 - 17:00 Close\n")
    assert titles_and_people(p) == [
        ("Welcome – Opening Remarks", []),
        ("Speeches by the Member State Ministerial Delegations", []),
        ("Regional presentations (Arab States)", []),
        ("Lunch Time Buffet Reception", []), ("Registration and MarketPlace Setup", []),
        ("Welcome remarks", ["Grete Faremo"]),
        ("In-Camera Session (Closed Meeting)", []), ("Close", [])]


def test_a_keynote_speech_below_the_last_hours_is_a_title_not_a_label() -> None:
    p = propose("PNLG General Assembly\n\n14:00–14:30\nEntrance of Guests\n\n14:30–14:45\n"
                "Opening Remarks\n\n14:45–15:00\nSigning Ceremony\n\n15:10–15:25\nKeynote Speech\n")
    assert [s.title.value for s in p.segments] == [
        "Entrance of Guests", "Opening Remarks", "Signing Ceremony", "Keynote Speech"]


def test_a_city_whose_name_is_a_given_name_too_sets_the_clock() -> None:
    p = propose("Third UNESCO World Forum on Culture\n\n2 - 4 October 2014\n\nFlorence,\n\n"
                "Palazzo Vecchio\n\nThursday 2 October 2014\n\n2:00 – 4:00 pm Opening Ceremony\n")
    assert p.timezone.value == "Europe/Rome"


def _hours(s: ProposedSegment) -> str:
    return f"{s.start.value:%H:%M}-{s.end.value:%H:%M}"


def test_a_speaker_column_after_a_one_word_title() -> None:
    p = propose("SKA Engineering meeting\n\nDay 1: Monday, 7 October 2013\nStart Time Description "
                "Speaker\n10:30 Welcome P. Diamond\n10:45 Report from the Director General P. "
                "Diamond\n14:00 Pulsars B. Stappers\n16:30 Local HI T. Oosterloo\n17:00 Session B. "
                "Overview\n17:30 End of Day\n")
    assert titles_and_people(p) == [
        ("Welcome", ["P. Diamond"]), ("Report from the Director General", ["P. Diamond"]),
        ("Pulsars", ["B. Stappers"]), ("Local HI", ["T. Oosterloo"]), ("Session B. Overview", [])]


def test_a_header_that_puts_the_start_after_the_subject() -> None:
    p = propose("Annual Meeting\n\nWednesday, 3 April 2024\n\nItem\n\nSubject\n\nStarting at\n\n"
                "Conference\n\n14:00 to 17:30\n\nSocial dinner\n\n19:30 to 22:30\n\nHosted by the "
                "secretariat\n")
    assert [s.title.value for s in p.segments] == ["Conference", "Social dinner"]


def test_an_event_card_with_its_hours_in_the_venue_field() -> None:
    p = propose("Annual Conference\n\nSpecial Events\n\nConference Reception\n\nA reception "
                "organised by the Executive Committee. Tickets cost US $50 per person.\n\nDate: 5 "
                "September 2007\nVenue: Delegates Dining Room, Conference Building, 6 p.m.-9 p.m\n"
                "\nNetworking Breakfast Meetings\n\nThe purpose of the breakfast meetings was to "
                "provide NGOs with an opportunity.\n\nDate: Wednesday 5 September 2007\nVenue: "
                "United Nations Cafeteria at 8:30 a.m. – 9:30 a.m.\n")
    assert [(_hours(s), s.title.value, s.description[0]) for s in p.segments] == [
        ("08:30-09:30", "Networking Breakfast Meetings", "United Nations Cafeteria"),
        ("18:00-21:00", "Conference Reception", "Delegates Dining Room, Conference Building")]


def test_a_room_the_title_speaks_of_stays_in_it() -> None:
    p = propose("Why Food Matters for Cities\n\nFriday, 29 July 2016\n\nPart 1: Welcome Reception "
                "at the UN Food Gardens (2:00-2:45 p.m.)\n\nPart 2: Discussion in Conference "
                "Room 1 (3-4:30 p.m.)\n")
    assert [s.title.value for s in p.segments] == [
        "Part 1: Welcome Reception at the UN Food Gardens",
        "Part 2: Discussion in Conference Room 1"]


def test_a_video_call_s_fields_are_no_meeting_title_and_two_days_give_the_first() -> None:
    p = propose("Tuesday 23rd & Wednesday 24th February 2021\n\nMeeting ID: 683-161-325\n\n"
                "11:00-12:00 GMT Check connection\n12:00-12:10 GMT Welcome\n")
    assert p.title.value != "Meeting ID: 683-161-325"
    assert p.date.value == date(2021, 2, 23)


def test_a_day_s_hours_on_samoa_s_clock_are_no_item() -> None:
    p = propose("PICOF-12\n\nVirtual Meeting 20 April 2023\n\n11:30-16:30 WST (22:30-03:30 UTC)"
                "\n\n11:30-12:00\n\n(Samoa local time)\n\nRegistration and communications "
                "testing\n\n12:00-12:30\n\nSession 1: Opening\n\n12:30-12:55\n\nSession 2: ENSO "
                "Update and Outlook\n")
    assert [(_hours(s), s.title.value) for s in p.segments] == [
        ("11:30-12:00", "Registration and communications testing"),
        ("12:00-12:30", "Session 1: Opening"),
        ("12:30-12:55", "Session 2: ENSO Update and Outlook")]


def test_a_span_of_weekdays_heads_the_next_days() -> None:
    p = propose("# Schedule\n\n-   Monday May 12:\n\n    -   From 12:00: Check in at the venue.\n"
                "\n    -   13:00: Welcome and information\n\n    -   15:00: Coffee break\n\n"
                "-   Tuesday till Thursday, May 13-15\n\n    -   9:15–12:00: Group work\n\n"
                "    -   12:00–13:00: Lunch break\n")
    assert [(_hours(s), s.title.value) for s in p.segments] == [
        ("12:00-13:00", "Check in at the venue"), ("13:00-15:00", "Welcome and information")]


def test_a_us_meeting_s_clock_after_its_hours_is_no_item() -> None:
    p = propose("DEVELOPMENT DATA PARTNERSHIP\nWEDNESDAY, MAY 10, 2023\n\n9:00 a.m. – 12:30 p.m. "
                "US ET\n\nDEVELOPMENT DATA\n\nAGENDA\n\n8:30 a.m.  REGISTRATION\n\n9:00 a.m.  "
                "WELCOME\n\n10:30 a.m.  BREAK\n\n10:45 a.m. GLOBAL IMPACT\n")
    assert [(_hours(s), s.title.value) for s in p.segments] == [
        ("08:30-09:00", "REGISTRATION"), ("09:00-10:30", "WELCOME"), ("10:30-10:45", "BREAK"),
        ("10:45-12:30", "GLOBAL IMPACT")]


def test_a_start_its_cell_mark_and_a_tab_before_the_title() -> None:
    p = propose("Workshop\n\n13:00 |\tRegistration\n\n14:00 |\tWelcome | European Commission\n\n"
                "Philippe Froissard, Deputy Head of Unit\n\n14:05 |\tESFRI Roadmap process\n"
                "Giorgio Rossi, ESFRI Vice-Chair\n\n14:20 |\tLessons learnt\n\nDavid Bohmert, "
                "former Chair\n\n18:00 | End\n")
    assert [(_hours(s), s.title.value) for s in p.segments] == [
        ("13:00-14:00", "Registration"), ("14:00-14:05", "Welcome"),
        ("14:05-14:20", "ESFRI Roadmap process"), ("14:20-18:00", "Lessons learnt")]


def test_a_sentence_s_subject_after_a_flattened_title_is_not_the_title() -> None:
    p = propose("Symposium\n\nMonday, 22 September 2008\n\n15h30-18h00 Session 3. Mode 4 in "
                "practice Perspectives from the private sector Business representatives in home "
                "and host countries will discuss actual experiences with mode 4 trade.\n")
    assert [s.title.value for s in p.segments] == [
        "Session 3. Mode 4 in practice Perspectives from the private sector"]


def test_a_table_s_next_cell_on_the_title_s_row_does_not_end_its_wrapped_title() -> None:
    p = propose("Taller\n\nHora       Tópico                                  Presentador\n\n"
                "DIA 1: 22 de enero\n\n13:30-14   Monitoreos de biodiversidad de          Bigatti\n"
                "           intermareales rocosos de Patagonia\n           argentina\n\n14:30-15   "
                "Receso\n")
    assert [s.title.value for s in p.segments] == [
        "Monitoreos de biodiversidad de intermareales rocosos de Patagonia argentina", "Receso"]


def test_a_title_s_cell_wrapped_in_its_column_goes_on_below_its_row() -> None:
    p = propose("Taller\n\nHora                   Actividad                                    "
                "Disertante\n\nLunes 27/3/2023\n\n10-10:45               Marco general del "
                "Proyecto MBON              Montes\n                       Pole to Pole\n\n"
                "10:45-11:15            Coffe break\n\n11:15-12:00            Almuerzo\n")
    assert [s.title.value for s in p.segments] == [
        "Marco general del Proyecto MBON Pole to Pole", "Coffe break", "Almuerzo"]


def test_a_bracket_note_going_on_below_the_title_is_no_part_of_it() -> None:
    p = propose("Workshop\n\nMonday, 10 August 2015\n\n16.00 – 17.00    Gaps in existing services "
                "and collection of requirements (\"fish bowl\" and group\n         work; "
                "moderation: J. Klausen)\n\n17.00 – 17.30    Wrap-up of day 1 (J. Klausen)\n")
    assert [s.title.value for s in p.segments] == [
        "Gaps in existing services and collection of requirements", "Wrap-up of day 1"]
    assert p.segments[0].description[-1].strip() == "work; moderation: J. Klausen)"


def test_a_web_page_s_dash_read_as_l_with_caron_joins_two_times() -> None:
    p = propose_from_text(
        "Webinar\n\nMonday, 13 July 2020\n\nII. Quantifying the impact\n\n10:10 ľ 11:30\n\n"
        "What methods are available for quantifying the effects of the moratorium "
        "on trade?\n\nIII. Economic development\n\n11:30 ľ 12:30\n\nWhat are the effects "
        "of the moratorium on business and economic development in developing countries?\n")
    assert [(_hours(s), s.title.value) for s in p.segments] == [
        ("10:10-11:30", "II. Quantifying the impact"), ("11:30-12:30", "III. Economic development")]


def test_a_web_page_s_links_above_each_time_are_no_titles() -> None:
    p = propose("Special events\n\nWednesday, 13 October 2021\n\nWatch the recording\n\n\n11:00 – "
                "12:00 UTC\n\nJoin the ISC and UNDRR to discuss the importance of systems "
                "thinking and global cooperation.\n\nLearn more\n\n\nDownload the slides:\n\n\n"
                "12:00 – 13:10 UTC\n\nPanel discussion on public perceptions of science with ISC "
                "Patrons and guests from three continents.\n\nLearn more\n")
    assert [s.title.value for s in p.segments][1].startswith("Panel discussion on public")
    assert not any(s.title.value.startswith(("Watch", "Download")) for s in p.segments)


def test_the_hours_in_prose_give_way_to_the_segments_told_inside_them() -> None:
    p = propose("Decides that the high-level meeting shall be held on 22 September 2023, from 10 "
                "a.m. to 6 p.m., and shall consist of an opening segment, a plenary segment and a "
                "closing segment;\n(b) The opening segment, to be held from 10 to 10.30 a.m., "
                "will feature statements;\n(c) The plenary segment, to be held from 10.30 a.m. "
                "to 5.30 p.m., will comprise statements by Member States;\n(d) The closing "
                "segment, to be held from 5.30 to 6 p.m., will comprise summaries;\n(e) Two "
                "panels will be held in parallel to the plenary segment, one from 11 a.m. to 1 "
                "p.m. and the other from 3 to 5 p.m.;\n")
    assert [_hours(s) for s in p.segments] == ["10:00-10:30", "10:30-17:30", "17:30-18:00"]
    assert str(p.date.value) == "2023-09-22"


def test_a_lowercase_title_glued_to_its_range_s_end() -> None:
    p = propose_from_text("Meeting\n\nMonday 21 June 2010\n\nTIMEAGENDA ITEMLed by9:00-10:30"
                          "Welcome and goals (presentation)10:30-10:45break10:45-12:15"
                          "Conceptual framework12:15-13:15Lunch13:15-14:45Indicators\n")
    assert [(_hours(s), s.title.value) for s in p.segments][:3] == [
        ("09:00-10:30", "Welcome and goals"), ("10:30-10:45", "break"),
        ("10:45-12:15", "Conceptual framework")]


def test_an_html_table_s_source_keeps_its_cells_and_rows_apart() -> None:
    p = propose_from_text(
        "Workshop\n\n<h2>Day 1: Monday, 3 November 2025</h2>\n<table>\n<tr><td>11:00–12:30</td>"
        "<td>Arrival and registration</td><td>Reception</td></tr>\n<tr><td>12:30–14:00</td>"
        "<td>Lunch</td><td>Silberberg Restaurant</td></tr>\n<tr><td>14:00</td><td>Opening</td>"
        "<td>Hall</td></tr>\n</table>\n")
    assert [(_hours(s), s.title.value) for s in p.segments][:2] == [
        ("11:00-12:30", "Arrival and registration"), ("12:30-14:00", "Lunch")]
    assert propose_from_text(
        "Workshop\n\nMonday 17 September 2018\n\n<table> <tr> <td>10:00</td> <td> Welcome </td> "
        "<td>Room 2</td> </tr> <tr> <td>10:15</td> <td> Keynote address </td> <td>Room 2</td> "
        "</tr> <tr> <td>11:30</td> <td> Lunch </td> </tr> </table>\n").segments[0].title.value \
        == "Welcome"


def test_the_day_s_last_point_ends_after_the_length_written_after_its_time() -> None:
    p = propose("Meeting\n\nThursday 10 April 2014\n\n10.30 (15 min) Discussion\n10:45-11:15 "
                "Coffee\n11.15 (30 min) A shift in paradigm – Peter Gerner-Smidt, CDC, US\n"
                "11:45 (15 min) Collaborative development of criteria - April Hexemer, PHAC\n")
    assert [_hours(s) for s in p.segments][-1] == "11:45-12:00"


def test_a_run_in_four_digit_range_after_a_break_in_the_chain() -> None:
    p = propose("Meeting\n\n28 September 2024\n\nModerator: Stephen Bereaux, BDT 1300-1310 "
                "Welcoming Remarks 1310-1350 Presentation on WTDC Proposals 1350-1400 Survey "
                "results 1400-1540 Discussion among all participants 1545-1600 Summary and Next "
                "Steps\n")
    assert [(_hours(s), s.title.value) for s in p.segments][-2:] == [
        ("14:00-15:40", "Discussion among all participants"),
        ("15:45-16:00", "Summary and Next Steps")]


def test_the_time_again_on_the_twelve_hour_clock_is_no_part_of_the_title() -> None:
    p = propose("Programme\n\nFriday 3 September 2021\n\n  • 11:00 – Coffee/tea break\n\n  • 13:00 "
                "(1:00 pm)  – Luncheon Break\n\n  • 14:00 (2:00 pm) – Closing\n")
    assert [s.title.value for s in p.segments] == ["Coffee/tea break", "Luncheon Break"]


def test_the_part_named_before_its_date_with_a_year_and_its_hours_in_prose() -> None:
    p = propose("Décide que la réunion comprendra :\na) deux séances plénières, le 8 décembre "
                "2022, de 10 heures à 13 heures et de 15 heures à 18 heures, consacrées à la "
                "célébration du quarantième anniversaire ;\n")
    assert [s.title.value for s in p.segments] == ["Séances plénières", "Séances plénières"]
    p = propose("The meeting will comprise an opening plenary meeting, on 8 December 2022, from "
                "10 a.m. to 11 a.m., and a panel discussion, from 11 a.m. to 1 p.m.\n")
    assert [s.title.value for s in p.segments][0] == "Opening plenary meeting"


def test_two_points_after_a_session_s_label_in_a_flattened_paragraph() -> None:
    p = propose("Meeting\n\nWednesday, 4 October 2017\n\nWelcome and Opening Addresses (plenary) "
                "Moderators: Ms. Allyson Humphrey and Mr. Markus Woltran 09:00 Ms. Lakshmi Puri "
                "Deputy Executive Director, UN-Women 09:15 Ms. Simonetta Di Pippo Director, "
                "UNOOSA THEMATIC SESSION I: Let’s make space work for women\n\nSpace and the SDG "
                "(plenary) Moderator: Ms. Ruth Miyandazi 09:30 UNISPACE+50 and Space2030 Mr. "
                "Markus Woltran, UNOOSA 10:45 Interactive Discussion 11:15 – Coffee break 11:30 "
                "Space technologies Ms. Cassie Lee, Vulcan 11:45 Closing\n")
    assert [(_hours(s), s.title.value) for s in p.segments] == [
        ("09:00-09:15", "Ms. Lakshmi Puri Deputy Executive Director, UN-Women"),
        ("09:15-09:30", "Ms. Simonetta Di Pippo Director, UNOOSA"),
        ("09:30-10:45", "UNISPACE+50 and Space2030"), ("10:45-11:15", "Interactive Discussion"),
        ("11:15-11:30", "Coffee break"), ("11:30-11:45", "Space technologies")]
    assert not any(_hours(s)[:5] in ("09:00", "09:30") for s in propose(
        "Meeting\n\n9 May 2012\n\nThe session opens with a statement by the Chair: she will speak "
        "at 09:00 Monday and reporters should arrive no later than 09:30 – Speakers are listed "
        "below; Moderator: Ms. Ada Lee, Press Office.\n").segments)


def test_a_web_page_s_markdown_cards_give_no_false_person_title_or_venue() -> None:
    p = propose_from_text(
        "[Go to navigation]\n\nBoard meetings\n\n### Sunday 2 October 2022\n\n**Budget Committee "
        "meeting**  \nTime: 09:00-12:30   \nVenue: [Radisson Collection Hotel, Grand Place "
        "Brussels](/travel-accommodation#radisson-collection-hotel\n)  \n\n**Executive "
        "Committee meeting**"
        "  \nTime: 13:30-17:00  \n\n*Open to members of the Executive Committee*\n\n"
        "**Icebreaker**  \nStart time: 19:30   \nVenue: Comics Art Museum  \n")
    assert p.title.value == "Board meetings"
    assert p.venue.value == "Radisson Collection Hotel, Grand Place Brussels"
    assert [(s.title.value, s.people) for s in p.segments] == [
        ("Budget Committee meeting", []), ("Executive Committee meeting", [])]
    assert propose_from_text(
        "[Go to navigation]\n\nLabour Migration and Social Rights: Can we achieve a rights based "
        "approach to migration in the EU?\n\n5 May 2011 from 09:00 to 13:00\nEuropean Parliament "
        "- Room A1G3\n").title.value.startswith("Labour Migration")


def test_moderated_by_a_name_with_a_particle_after_a_question() -> None:
    p = propose("Conference\n\n26 May 2003\n\n10.00 a.m.- 12.30 p.m.   Undocumented migrant "
                "workers in Europe: disruptive or desired? Moderated by Anne van Lancker, member "
                "of European parliament (invited)\n\n12.30 p.m  Lunch\n\n2:00 p.m. End\n")
    assert p.segments[0].title.value == (
        "Undocumented migrant workers in Europe: disruptive or desired?")
    assert [x.name.value for x in p.segments[0].people] == ["Anne van Lancker"]
    p = propose("Conference\n\n26 May 2003\n\n2:00 p.m.-  5:20 p.m.   What can and should be done? "
                "The role and position of the different actors involved.  Moderated by Godelieve "
                "van Heteren, member of Dutch parliament\n")
    assert [x.name.value for x in p.segments[0].people] == ["Godelieve van Heteren"]


def test_a_day_s_number_after_its_date_is_no_subtitle_nor_the_meeting_s_title() -> None:
    p = propose("Programme\n\nPlease find below the provisional programme.\n\nThursday 8 August – "
                "Day 1\n\nEVENING\n\n16:00h\n\nArrival and registration\n\n16:50h\n\nWelcome\n\n"
                "17:00h\n\nGroup tours\n")
    assert p.title.value != "Day 1"


def test_a_time_given_again_below_on_another_clock_is_no_second_point() -> None:
    p = propose_from_text(
        "Schedule\n\n<tr><td>\n09:00 CEST&nbsp;&nbsp;\n<br/><em>10:00 EEST</em>\n</td><td>\n"
        "Welcome and introduction\n</td></tr>\n<tr><td>\n09:10 CEST\n<br/><em>10:10 EEST</em>\n"
        "</td><td>\nLUMI Architecture\n</td></tr>\n<tr><td>\n09:40 CEST\n<br/><em>10:40 EEST"
        "</em>\n</td><td>\nBreak\n</td></tr>\n<tr><td>\n10:00 CEST\n<br/><em>11:00 EEST</em>\n"
        "</td><td>\nEnd\n</td></tr>\n")
    assert [_hours(s) for s in p.segments] == ["09:00-09:10", "09:10-09:40", "09:40-10:00"]
    assert p.segments[0].title.value == "Welcome and introduction"


def test_a_wiki_s_linked_title_after_a_time_and_a_speaker_after_a_comma() -> None:
    p = propose("Programme\n\n==  Monday, Nov 25 ==\n\n     * 12:30-13:00 Preparation\n"
                "     * 13:00 [https://hirlam.org/trac/a/welcome.pdf Opening of course], "
                "Organizing committee\n"
                "     * 13:15 [https://hirlam.org/trac/a/overview.pdf Introduction and overview of "
                "SURFEX], Eric Martin\n     * 13:40 [wiki:Course2011/RunningExperiment  Your first "
                "experiment ] (OV)\n     * 14:10 Coffee\n     * 14:40 End\n")
    assert [(_hours(s), s.title.value) for s in p.segments] == [
        ("12:30-13:00", "Preparation"), ("13:00-13:15", "Opening of course, Organizing committee"),
        ("13:15-13:40", "Introduction and overview of SURFEX"),
        ("13:40-14:10", "Your first experiment (OV)"), ("14:10-14:40", "Coffee")]
    assert [x.name.value for x in p.segments[2].people] == ["Eric Martin"]
    p = propose("Agenda\n\nMonday, 6 June 2011\n\n14:00 Model Evaluation Michael Prather, Frank "
                "Dentener\n14:45 Break\n15:00 End\n")
    assert p.segments[0].title.value != "Model Evaluation Michael Prather"


def test_cards_with_the_room_above_the_title_and_the_hours_below() -> None:
    p = propose("Mon, Apr 22 2024\nRoom Celso Furtado\nThird meeting of the Committee to Support "
                "Implementation and Compliance\n09:00 am\nto\n10:00 am\nRoom Raúl Prebisch\n"
                "Meeting of heads of delegation of States Parties\n10:00 am\nto\n11:00 am\nRoom "
                "Raúl Prebisch\nSpecial session: International Mother Earth day\n02:30 pm\nto\n"
                "03:30 pm\nMaureen Hyman-Payne\nJoel Hernández\n")
    assert [(_hours(s), s.title.value) for s in p.segments] == [
        ("09:00-10:00",
         "Third meeting of the Committee to Support Implementation and Compliance"),
        ("10:00-11:00", "Meeting of heads of delegation of States Parties"),
        ("14:30-15:30", "Special session: International Mother Earth day")]


def test_an_acronym_after_a_time_is_no_meridiem() -> None:
    assert find_ranges("16:05-16:10 AMCOW Pan-Africa Groundwater Program")[0].span == (0, 11)
    p = propose("Webinar, 25 August 2020\n\n10:00-10:05 Opening\n10:05-10:10 AMCOW Pan-Africa "
                "Groundwater Program\n10:10 PMEL update\n10:40 End\n")
    assert [(_hours(s), s.title.value) for s in p.segments] == [
        ("10:00-10:05", "Opening"), ("10:05-10:10", "AMCOW Pan-Africa Groundwater Program"),
        ("10:10-10:40", "PMEL update")]


def test_a_page_s_number_and_date_at_its_foot_is_no_new_day() -> None:
    p = propose("SAGE meeting, 17 October 2017\n\n11:20 Reports from other Advisory Committees\n\n"
                "R. Pless, Chair of GACVS. 10 min.\n\n1\n27 September 2017\n\nDiscussion: 10 "
                "min.\n12:20 Lunch Break\n13:50 Typhoid vaccines\n15:50 End\n")
    assert [_hours(s) for s in p.segments] == ["11:20-12:20", "12:20-13:50", "13:50-15:50"]
    p = propose("Programme\n\n10 October 2017\n09:00 Opening\n10:00 Panel\n11:00 End\n\n2\n"
                "Wednesday 11 October 2017\n09:00 Panel two\n10:00 End\n")
    assert [_hours(s) for s in p.segments] == ["09:00-10:00", "10:00-11:00"]


def test_a_speaker_after_a_dash_whose_body_wraps_and_moderators_after_a_dash() -> None:
    p = propose("Meeting: 25th March 2024\n16:00 – 16:05              Welcome and introduction – "
                "Patricia Ndumbi, WHO\n16:05 – 16:15              The role of AI in living "
                "systematic reviews and evidence surveillance – Lisa Waddel,\n"
                "                           PHAC\n16:15 – 16:25              Questions and "
                "discussions – Moderated by Lisa Waddel and Patricia Ndumbi\n")
    assert [s.title.value for s in p.segments] == [
        "Welcome and introduction",
        "The role of AI in living systematic reviews and evidence surveillance",
        "Questions and discussions"]
    assert [x.name.value for x in p.segments[1].people] == ["Lisa Waddel"]
    assert [(x.name.value, x.label) for x in p.segments[2].people] == [
        ("Lisa Waddel", "moderator"), ("Patricia Ndumbi", "moderator")]


def test_a_wiki_table_s_presentation_link_and_escaped_italics_are_no_title_words() -> None:
    assert clean_title("WMO feedback. [Presentation](%ATTACHURL%/HDWG-WMO-feedback.pptx)") == \
        "WMO feedback"
    assert clean_title("\\_HDWG vision discussion: where we are, what is next\\_") == \
        "HDWG vision discussion: where we are, what is next"


def test_a_talk_then_a_dash_its_speaker_a_comma_and_the_speaker_s_body() -> None:
    p = propose("6th meeting, 10 April 2014\n\n09:00-09:30 Identification and characterization of "
                "outbreaks – Peter Gerner-Smidt, Centers for Disease Control and Prevention (CDC)"
                "\n09:30-10:00 Coffee\n")
    assert p.segments[0].title.value == "Identification and characterization of outbreaks"
    assert [(x.name.value, x.role) for x in p.segments[0].people] == [
        ("Peter Gerner-Smidt", "Centers for Disease Control and Prevention (CDC)")]


def test_a_markdown_page_s_links_read_as_their_words_and_material_links_dropped() -> None:
    p = propose_from_text(
        "## Lecture recordings\n\n### Monday 27 May 2019\n\n- **09:00-09:45** Lecture: "
        "[Introduction and experimental design](session-qc/introduction.pdf) (Jules Gilet) [Video](https://www."
        "youtube.com/watch?v=Bf&list=PL&index=2&t=0s)\n- **09:45-10:15** coffee break\n- **10:15-"
        "11:00** Lecture: [Quality control](session-qc/QC_2019.pdf) (Åsa Björklund) [Video](https://"
        "www.youtube.com/watch?v=rO&index=3)\n- **11:00-12:00** Labs: Quality control [gh](a.md) / "
        "[html](a.html)\n")
    assert [s.title.value for s in p.segments] == [
        "Lecture: Introduction and experimental design", "coffee break",
        "Lecture: Quality control", "Labs: Quality control"]
    assert [x.name.value for x in p.segments[2].people] == ["Åsa Björklund"]
    assert "[" not in p.text and "youtube" not in p.text


def test_a_camel_case_word_before_training_is_no_name() -> None:
    p = propose("Workshop, 20 June 2022\n\n#### 16:00 - 17:30 CEST GitHub Training\n\n#### 17:30 - "
                "18:00 CEST Wrap-up\n")
    assert p.segments[0].title.value == "GitHub Training"
    assert p.segments[0].people == []


def test_two_speakers_in_brackets_joined_by_an_ampersand() -> None:
    p = propose("Course, 27 May 2019\n\n- 13:00-13:45 Lecture: Normalisation and removal of "
                "confounding factors (Heli Pessa  & Bishwa Ghimire)\n- 13:45-14:30 Coffee\n")
    assert p.segments[0].title.value == (
        "Lecture: Normalisation and removal of confounding factors")


def test_two_presenters_each_with_a_body_in_brackets_joined_by_and() -> None:
    p = propose("Schedule\n\n09:00 CEST\n\nWelcome and Introduction\n\nPresenters: Jørn Dietze "
                "(LUST) and Harvey Richardson (HPE)\n\n09:15 CEST\n\nBreak\n\n09:30 CEST End\n")
    assert [(x.name.value, x.role) for x in p.segments[0].people] == [
        ("Jørn Dietze", "LUST"), ("Harvey Richardson", "HPE")]


def test_a_date_in_figures_after_its_weekday_read_day_or_month_first() -> None:
    text = "Schedule\n\nDay 1 - {}\n\n09:00 Welcome\n10:00 Talk\n11:00 End\n"
    assert propose(text.format("Tuesday 11/06/2024")).date.value == date(2024, 6, 11)
    assert propose(text.format("Tuesday 06/11/2024")).date.value == date(2024, 6, 11)
    assert propose(text.format("Wednesday 06/11/2024")).date.value == date(2024, 11, 6)


def test_a_bold_title_s_span_is_its_words_not_its_marks() -> None:
    p = propose("Programme\n\n### Sunday 2 October 2022\n\n**Budget Committee meeting**\nTime: "
                "09:00-12:30\n\n**Executive meeting**\nTime: 13:30-17:00\n")
    assert [p.text[slice(*s.title.span)] for s in p.segments] == [
        "Budget Committee meeting", "Executive meeting"]


def test_ongoing_is_no_ngo_and_a_segment_s_length_is_no_speaking_limit() -> None:
    from floorapp.core.programme.importer.speaking_limits import find_limits

    assert find_limits("The session will be structured around four priorities, with facilitated "
                       "segments of approximately 25 minutes for each priority, showcasing "
                       "ongoing activities from nodes.") == {}
    assert set(find_limits("Each ongoing statement should not exceed 3 minutes.")) == {
        "member_state", "observer_state", "observer"}
    assert set(find_limits("Les ONG disposeront de 3 minutes au maximum.")) == {"civil_society"}


def test_two_names_joined_by_and_with_or_without_their_body() -> None:
    p = propose("Programme, 3 May 2024\n\n09:00-10:00 Opening\nModerators: Jane Doe and John "
                "Smith\n10:00-11:00 Panel\nPanellists: Jane Doe, UNEP and John Smith, FAO\n"
                "11:00-12:00 Talk\nPresenters: Jørn Dietze and Gregor Decristoforo (LUST)\n"
                "12:00-13:00 Lunch\n")
    assert [[(x.name.value, x.role) for x in s.people] for s in p.segments[:3]] == [
        [("Jane Doe", ""), ("John Smith", "")], [("Jane Doe", "UNEP"), ("John Smith", "FAO")],
        [("Jørn Dietze", "LUST"), ("Gregor Decristoforo", "LUST")]]
    assert split_people("Trinidad and Tobago") == [("Trinidad and Tobago", 0)]


def test_two_names_joined_by_and_hold_the_particles_of_a_name() -> None:
    p = propose("Programme, 3 May 2024\n\n09:00-10:00 Opening\nModerators: Anne van Lancker and "
                "Peter Brown (WHO)\n10:00-11:00 Lunch\n")
    assert [(x.name.value, x.role) for x in p.segments[0].people] == [
        ("Anne van Lancker", "WHO"), ("Peter Brown", "WHO")]


def test_a_weekday_and_a_date_in_figures_without_a_year_give_the_nearest_year() -> None:
    p = propose("DAY 1 - Tuesday 04/02\n\n09:00-10:00 Opening\n10:00-11:00 Panel\n")
    this = date.today().year
    d = p.date.value
    assert d.weekday() == 1 and (d.month, d.day) in {(2, 4), (4, 2)}
    assert abs(d.year - this) <= 6 and "year is not written" in p.date.doubt
    assert propose("Thursday 13/06/24\n\n09:00-10:00 Opening\n10:00-11:00 Panel\n").date.value == \
        date(2024, 6, 13)


def test_names_after_a_dash_in_a_table_row_with_their_body_after_the_last() -> None:
    text = ("| 11:00 - 12:30 | Normalisation and scaling — Anne van Lancker and Peter Brown (WHO) "
            "|\n| 12:30 - 13:30 | Lunch |\n")
    seg = propose(text).segments[0]
    assert seg.title.value == "Normalisation and scaling"
    assert [(x.name.value, x.role, text[slice(*x.name.span)]) for x in seg.people] == [
        ("Anne van Lancker", "WHO", "Anne van Lancker"), ("Peter Brown", "WHO", "Peter Brown")]


def test_a_later_day_named_by_its_number_alone_in_a_table_row_ends_the_first_day() -> None:
    p = propose("| Time | Topic |\n|:---|:---|\n|**Day 1**|\n|9.00am–12.30pm| Python basics. Lab. "
                "|\n|12.30pm–2.00pm| Lunch break |\n|2.00pm– 5.00pm| Numpy. Lab session. |\n"
                "|**Day 2**|\n|9.00am–12.30pm| Data cleaning. Lab. |\n|12.30pm–2.00pm| Lunch |\n")
    assert [(_hours(s), s.title.value) for s in p.segments] == [
        ("09:00-12:30", "Python basics. Lab"), ("12:30-14:00", "Lunch break"),
        ("14:00-17:00", "Numpy. Lab session")]
    assert [o.why for o in p.odd if "day" in o.why] == [
        "on another day (day 2): a programme holds one day"] * 2


def test_a_length_between_the_start_and_the_title_is_no_title() -> None:
    p = propose("Start Time Duration Title Presenter\n09:30 -- Registration Opens\n10:00 10min "
                "Welcome, Overview and Logistics T. Lim\n10:50 25min\n\nOverview of the PDS4 Data "
                "Standards\nS. Hughes\n12:15 1h 15min\n\nPDS4 in the PSA: Part II\n13:30 1h Lunch\n"
                "15:30 30min Atmospheres in PDS4 L. Neakrease\n16:00 20min Coffee break\n")
    assert [s.title.value for s in p.segments] == [
        "Registration Opens", "Welcome, Overview and Logistics",
        "Overview of the PDS4 Data Standards", "PDS4 in the PSA: Part II", "Lunch",
        "Atmospheres in PDS4"]
    assert p.segments[-1].people[0].name.value == "L. Neakrease"


def test_unescos_motto_atop_its_pages_is_no_meetings_title() -> None:
    p = propose("Building peace in the minds of men and women\n\nOcean Literacy for All\n\n"
                "10:00-11:00 Opening\n11:00-12:00 Panel\n")
    assert p.title.value == "Ocean Literacy for All"


def test_a_clause_of_its_own_in_prose_names_the_ranges_after_it() -> None:
    p = propose("Working Group, 8 July 2021\n\nMorning sessions will be held from 9:30 to 11:00 "
                "a.m. and 11:30 a.m. to 1:00 p.m., and the afternoon sessions will be held from "
                "2:00 to 3:30 p.m. and 4:00 to 5:30 p.m.\n")
    assert [(_hours(s), s.title.value.lower()) for s in p.segments][2:] == [
        ("14:00-15:30", "afternoon session"), ("16:00-17:30", "afternoon session")]


def test_a_days_number_run_on_after_the_meetings_name_is_no_part_of_it() -> None:
    p = propose("# Single-cell course, Day 1 - Tuesday 04/02\n\n09:00-10:00 Opening\n10:00-11:00 "
                "Panel\n")
    assert p.title.value == "Single-cell course"
    assert propose("Day 1 of the Forum\n\n09:00-10:00 Opening\n10:00-11:00 Panel\n").title.value \
        == "Day 1 of the Forum"


def test_a_name_alone_after_an_items_hours_is_who_speaks_and_the_label_is_the_title() -> None:
    p = propose("Workshop on nuclear policy\n\nWelcome: 9:00-9:05 am\n\nOpening remarks: 9:05 – "
                "9:15 am William D. Magwood, IV (NEA)\n\nSession 1: 9:15-10:45 am Policy\n")
    opening = p.segments[1]
    assert opening.title.value == "Opening remarks"
    assert [(x.name.value, x.role) for x in opening.people] == [("William D. Magwood, IV", "NEA")]
    assert opening.people[0].name.doubt  # a guess: no label, no honorific
    assert p.segments[2].people == []  # "Policy" is no one's name


def test_a_bulleted_cards_time_field_with_its_day_takes_the_cards_title_above_its_fields() -> None:
    p = propose("Events at the Assembly\n\nTB Innovation Summit 2019\n\nTB is the world's leading "
                "infectious killer. The Summit is an annual event.\n\n  • Organizers: Stop TB "
                "Partnership, PATH\n  • Global Fund speaker: Peter Sands, Executive Director\n"
                "  • Time: 22nd September 13:00-18:00\n  • Location: New York City, New York\n")
    assert [(_hours(s), s.title.value) for s in p.segments] == [
        ("13:00-18:00", "TB Innovation Summit 2019")]


def test_an_event_platforms_chevron_between_the_hours_and_the_room_leaves_the_title_above() -> None:
    p = propose_from_text(
        "Climate Week programme\n\nHigh-Level Session\nOpening Plenary of the Ministerial "
        "Segment\n08:00  to  09:00 v Tsavo (Plenary)\nGovernment of Kenya and UNFCCC\n\n"
        "Affiliated Event\nBuilding Circularity into NDCs\n10:00  to  12:00 v Lake Chad\n"
        "UNDP, UNEP and UNFCCC\n")
    assert [(_hours(s), s.title.value) for s in p.segments] == [
        ("08:00-09:00", "Opening Plenary of the Ministerial Segment"),
        ("10:00-12:00", "Building Circularity into NDCs")]


def test_a_tables_start_and_end_in_cells_of_their_own_are_one_range() -> None:
    p = propose_from_text(
        "# Course schedule\n\n| Session | Start | End | Topic |\n|---|---|---|---|\n"
        "| Session 1 | 9:00 | 09:45 | Introduction to workflows |\n"
        "|  | 09:45 | 10:15 | BREAK |\n| Session 2 | 10:15 | 11:00 | Wildcards |\n")
    assert [(_hours(s), s.title.value) for s in p.segments] == [
        ("09:00-09:45", "Introduction to workflows"), ("09:45-10:15", "BREAK"),
        ("10:15-11:00", "Wildcards")]


def test_a_date_in_the_bracket_with_an_items_start_names_its_day() -> None:
    p = propose("Joint meeting, 11 - 15 November 2008\n\nI.1 Opening (13:00, 11 November)\n"
                "I.2 Role (13:15)\nI.3 Partnership (14:00)\nI.4 Close (17:00)\n"
                "II.1 Opening of the Expert Team (13:30, 15 November)\nII.2 Structure (13:45)\n"
                "II.3 Close (14:30)\n")
    assert [(_hours(s), s.title.value) for s in p.segments] == [
        ("13:00-13:15", "I.1 Opening"), ("13:15-14:00", "I.2 Role"),
        ("14:00-17:00", "I.3 Partnership")]
    assert p.date.value == date(2008, 11, 11)


def test_a_line_going_on_below_a_persons_role_is_no_part_of_the_title_above() -> None:
    p = propose("Forum francophone\nLyon, 8 février 2012\n\n11h15 – 12h30 : Rapports généraux\n"
                "M. Jean-François PAROZ, Ambassadeur de la Suisse, Commissaire pour le Sommet\n"
                "de la Francophonie (Montreux, 2010)\nM. Philippe MEUNIER, Directeur\n")
    assert p.segments[0].title.value == "Rapports généraux"
    assert [x.name.value for x in p.segments[0].people] == [
        "M. Jean-François PAROZ", "M. Philippe MEUNIER"]


def test_a_four_digit_start_with_its_end_written_with_a_colon_is_one_range() -> None:
    p = propose("Training on IoT\n\n1145 – 1230\nSession 2: IoT applications\n1230-14:00\nLUNCH\n"
                "14:00-15:00\nSession 3: Programming\n")
    assert [(_hours(s), s.title.value) for s in p.segments] == [
        ("11:45-12:30", "Session 2: IoT applications"), ("12:30-14:00", "LUNCH"),
        ("14:00-15:00", "Session 3: Programming")]


def test_a_day_named_in_prose_before_another_meeting_is_the_item_registration_opens_it() -> None:
    p = propose("All stakeholders are invited to attend the Stakeholder Day prior to the seventh "
                "session of the Plenary of IPBES, on Sunday, 28 April 2019, from 9 a.m. to 6 "
                "p.m., at UNESCO, Paris. Please arrive early – registration opens at 7a.m but "
                "will be crowded.\n")
    assert [(_hours(s), s.title.value) for s in p.segments] == [
        ("07:00-09:00", "Registration"), ("09:00-18:00", "Stakeholder Day")]


def test_a_sub_item_indented_under_a_numbered_title_is_no_part_of_it() -> None:
    p = propose("Course\n\n### 11:30 - 12:30\n\n1. Using Blender for 3D rendering\n    - "
                "tif2blender add-on demonstration. This will cover installing blender.\n\n"
                "### 14:00 - 16:00\n\nWork on your data\n")
    assert [s.title.value for s in p.segments] == [
        "1. Using Blender for 3D rendering", "Work on your data"]
