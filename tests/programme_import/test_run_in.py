"""Names and descriptions run into an item's title (importer/run_in.py, importer/given.py)."""

from __future__ import annotations

from floorapp.core.programme.importer import propose
from floorapp.core.programme.importer.given import ends_with_name, is_given_name
from floorapp.core.programme.importer.run_in import name_after_item, name_after_title
from floorapp.core.programme.importer.run_on import without_run_on
from tests.programme_import.support import times_of, titles_and_people


def _titles_and_people(text: str) -> list[tuple[str, list[str]]]:
    return [(s.title.value, [x.name.value for x in s.people]) for s in propose(text).segments]


def test_given_names_are_known_and_title_words_are_not() -> None:
    assert is_given_name("Ingrid") and is_given_name("Jean-Claude") and is_given_name("João")
    assert not any(is_given_name(w) for w in ("Session", "Opening", "Report", "General", "May"))
    # written without its accents, or with "oe" for "ö": 'Keynote 2: "The new SI" Joern Stenger'
    assert is_given_name("Joern") and is_given_name("Jose") and is_given_name("Rene")
    assert not any(is_given_name(w) for w in ("Guest", "Blue", "Queen", "Goethe"))
    assert ends_with_name("Welcome and adoption of the agenda Ingrid Halvorsen")
    assert not ends_with_name("Report of the Bureau")


def test_a_name_after_the_title_with_no_mark_or_a_dash_is_its_speaker() -> None:
    text = ("Workshop on coastal monitoring, 3 March 2031\n"
            "09:00 – 09:20 Opening of the workshop Ingrid Halvorsen (Norwegian Polar Institute)\n"
            "09:20 – 09:50 Status of the regional tide-gauge network Rafael Quintero\n"
            "09:50 – 10:30 Welcome and adoption of the agenda - Farida Nasser\n"
            "10:30 – 11:00 Coffee break\n")
    assert _titles_and_people(text) == [
        ("Opening of the workshop", ["Ingrid Halvorsen"]),
        ("Status of the regional tide-gauge network", ["Rafael Quintero"]),
        ("Welcome and adoption of the agenda", ["Farida Nasser"]),
        ("Coffee break", [])]
    assert propose(text).segments[0].people[0].name.doubt  # no label, no honorific: a guess


def test_the_titles_own_last_words_are_not_taken_for_a_name() -> None:
    assert name_after_title("Field visit to Victoria Falls", 0) is None  # a place
    assert name_after_title("The Group on Earth Observations (GEO)", 0) is None
    # (the name is the title's, the title kept whole, the person named too)
    title, found = name_after_title("Opening session with OECD Secretary-General Helena Brandt",
                                    0) or ("", None)
    assert title == "Opening session with OECD Secretary-General Helena Brandt"
    assert found is not None and found.name.value == "Helena Brandt"
    assert name_after_title("Keynote by Tobias Brandt", 0) is None  # "by": the giver's rule
    assert name_after_title("Fireside chat & Helena Brandt", 0) is None
    text = "Side event, 17 May 2031\n1:15–2:30pm New York Time\n1:15-1:30pm: Opening video\n" \
           "1:30-2:30pm: Discussion\n"
    assert [t for t, _ in _titles_and_people(text)] == ["Opening video", "Discussion"]


def test_a_name_after_a_quoted_title_is_its_speaker() -> None:
    text = ('Colloquium, 12 May 2031\n09:40 Keynote 1: "Tracking migratory birds from orbit" '
            'Tobias Brandt Institute for Ornithology (Germany)\n10:20 Coffee Break\n11:00 Close\n')
    assert _titles_and_people(text)[0] == ('Keynote 1: "Tracking migratory birds from orbit"',
                                           ["Tobias Brandt"])


def test_a_without_run_on_to_its_title_is_cut() -> None:
    assert without_run_on("Opening SessionThe event will open with a welcome") == \
        "Opening Session"
    assert without_run_on("Market outlookA reflection on current trends") == "Market outlook"
    assert without_run_on("Politics, parity, power: towards a #NextGen gender equality in") \
        == "Politics, parity, power: towards a #NextGen gender equality in"
    assert without_run_on("PowerPoint presentation by the Secretariat") == \
        "PowerPoint presentation by the Secretariat"


def test_what_an_item_is_for_run_on_after_its_title_is_cut() -> None:
    assert without_run_on("Meeting of the Technical Working Group (TWG) to review and "
                             "finalize the regional plan of action") == \
        "Meeting of the Technical Working Group (TWG)"
    assert without_run_on("Launch of the Youth Network consisting of a short film and "
                             "a panel") == "Launch of the Youth Network"
    assert without_run_on("Introduction to the new reporting tool") == \
        "Introduction to the new reporting tool"  # short, and "to" is the title's


def test_a_french_speech_keeps_its_speaker_and_a_presence_is_no_title() -> None:
    text = ("Forum, 3 juillet 2031\n10h00 : Ouverture\n"
            "10h35 : Table ronde en présence de M. Jean DUPUIS, président du Forum\n"
            "10h55 : Allocution de Mme Claire MARTIN, ministre de la Culture\n11h15 : Pause\n"
            "11h30 : Fin\n")
    titles = [t for t, _ in _titles_and_people(text)]
    assert titles[1] == "Table ronde"
    assert titles[2].startswith("Allocution de Mme Claire MARTIN")


def test_a_flattened_agendas_next_numbered_items_are_not_the_title() -> None:
    assert without_run_on("1. Welcome by the Chair 1a. Introduction of participants 2. Agenda") \
        == "1. Welcome by the Chair"
    assert without_run_on("4. Project updates 4. Project updates Background: each lead") == \
        "4. Project updates"
    assert without_run_on("Review of Decision 2. The Bureau") == "Review of Decision 2. The Bureau"


def test_speakers_in_brackets_before_a_full_stop_are_the_items() -> None:
    text = ("Regional Commission, 15 May 2031\n"
            "9:10 a.m. – 9:40 a.m. Review of the regional animal health strategy (Dr Lina Haddad, "
            "Regional Representative and Mr Omar Saleh, external consultant).\n"
            "9:40 a.m. – 10:00 a.m. Closing (Dr Lina Haddad)\n"
            "11.30 : Hannah Christensen (U.Oxford). \n            Stochastic parameter schemes\n"
            "12.00 : Lunch\n")
    titles = _titles_and_people(text)
    assert titles[0][0] == "Review of the regional animal health strategy"
    assert "Dr Lina Haddad" in titles[0][1]
    assert titles[2][0] == "Stochastic parameter schemes"  # "(U.Oxford)." is the giver's body


def test_what_a_panel_will_address_is_not_its_title() -> None:
    assert without_run_on("Interactive panel discussion 1 will address the theme of prevention "
                          "and protection") == "Interactive panel discussion 1"


def test_a_grids_parallel_sessions_on_one_row_give_the_first() -> None:
    assert without_run_on("Workshop 1 Workshop 2") == "Workshop 1"
    assert without_run_on("Session 1A Session 1B") == "Session 1A"
    assert without_run_on("Workshop 1 Workshop 1") == "Workshop 1 Workshop 1"
    assert without_run_on("Panel 2 and Panel 3") == "Panel 2 and Panel 3"


def test_a_timetables_duration_after_the_title_gives_the_items_end() -> None:
    text = ("Council, 186th Session\n  • Thursday 28 September\n"
            "      • 09:30\n        Report by the Credentials Committee 2m\n"
            "      • 09:33\n        Adoption of the Agenda 3m\n"
            "      • 09:40\n        --- COFFEE --- 30m\n"
            "      • 10:10\n        LHC Matters 1h 10m\n"
            "      • 11:30\n        Closing\n")
    assert times_of(text) == [("09:30", "09:32", "Report by the Credentials Committee"),
                                       ("09:33", "09:36", "Adoption of the Agenda"),
                                       ("09:40", "10:10", "COFFEE"),
                                       ("10:10", "11:20", "LHC Matters")]


def test_a_rows_body_and_speaker_before_the_title_are_its_speaker() -> None:
    text = ("Monday 4 June 2029\n14.00-14.10 ESA Stephen Briggs Welcome\n"
            "14.10-14.20 ESA-EUM Eva Oriol, X. Calbet EPS/MetOp RAO presentation\n"
            "14.20-14.50 EUM Marc Cohen EPS Status\n14.50-15.20 Coffee break\n"
            "15.20-16.00 WMO Regional Programme Review\n")
    assert _titles_and_people(text) == [
        ("Welcome", ["Stephen Briggs"]),
        ("EPS/MetOp RAO presentation", ["Eva Oriol"]),
        ("EPS Status", ["Marc Cohen"]), ("Coffee break", []),
        ("WMO Regional Programme Review", [])]


def test_notes_after_a_title_are_no_part_of_it() -> None:
    assert without_run_on("Preliminary meeting of Heads of Delegation (duration approx. 1 hour)") \
        == "Preliminary meeting of Heads of Delegation"
    assert without_run_on("1 OPENING SESSION [10'] A46.21") == "1 OPENING SESSION"
    assert without_run_on("Meeting of the Accredited NGOs EN (Organized by the NGOs)") == \
        "Meeting of the Accredited NGOs"
    assert without_run_on("Sites with Q&A: (8) (5) (4) (3)") == "Sites with Q&A:"
    assert without_run_on("Article (1)") == "Article (1)"
    assert without_run_on("Session A2 - Participatory media for Session B2 - Bungeni") == \
        "Session A2 - Participatory media for"
    assert without_run_on("Session 1 - Review of Session 1 outcomes") == \
        "Session 1 - Review of Session 1 outcomes"


def test_an_indico_session_above_its_items_gives_way_to_them() -> None:
    text = ("Council, 227th Session\n|\n09:00\n|\n9.00: Open Council\n(until 10:22)\n|\n|\n"
            "09:00\n|\nReport on the credentials\n|\n|\n09:01\n|\nAdoption of the agenda\n|\n|\n"
            "09:03\n|\nProgress Report\n|\n")
    assert [s[2] for s in times_of(text)] == ["Report on the credentials",
                                              "Adoption of the agenda"]


def test_an_honorific_before_a_trailing_name_goes_with_the_name() -> None:
    p = propose("13:00 Welcome Mr. Rodney Taylor\n13:30 Lunch\n14:00 Close\n")
    assert p.segments[0].title.value == "Welcome"
    assert [x.name.value for x in p.segments[0].people] == ["Mr. Rodney Taylor"]


def test_a_name_by_its_initials_ending_a_title_is_its_speaker() -> None:
    r = name_after_item("Supernovae at high redshift J. Melinder", 0)
    assert r is not None and r[0] == "Supernovae at high redshift"
    assert r[1][0].name.value == "J. Melinder"
    assert name_after_item("Report of the working group of A. Smith", 0) is None


def test_a_person_with_an_honorific_on_the_whole_line_is_not_cut_in_two() -> None:
    p = propose("11:00 - 12:00 Prof. Alvaro Giménez Cañete, ESA Director of Science\n"
                "12:00 - 13:00 Roundtable\n")
    assert not p.segments[0].title.value.endswith("Alvaro")


def test_a_papers_authors_by_their_initials_after_its_title() -> None:
    text = ("14:20 MagicPPP in your Pocket: a Smart, Portable and Efficient Multi-GNSS Solution "
            "D. Calle, G. Tobias González, P. F. Navarro Madrid GMV (Spain)\n14:40 Interoperability"
            " of the GNSS's for Positioning and Timing Applications 1 2 2 A. Caporali , L. Nicolini"
            " , M. Bertocco 1 2 University of Padova (Italy)\n15:00 Coffee Break\n")
    p = propose(text)
    assert [s.title.value for s in p.segments] == [
        "MagicPPP in your Pocket: a Smart, Portable and Efficient Multi-GNSS Solution",
        "Interoperability of the GNSS's for Positioning and Timing Applications"]
    assert [x.name.value for x in p.segments[0].people] == ["D. Calle", "G. Tobias González",
                                                            "P. F. Navarro"]
    assert [x.name.value for x in p.segments[1].people] == ["A. Caporali", "L. Nicolini",
                                                            "M. Bertocco"]
    # one initialled name is no list of authors; a title's own initials are no author
    assert propose("10:00 Supernovae at high redshift J. Melinder\n10:30 Coffee\n"
                   ).segments[0].title.value == "Supernovae at high redshift"


def test_who_reports_after_a_dash_by_initials_role_or_names() -> None:
    text = ("09h10   d. GCOS update – C. Richter\n"
            "09h25   g. OOPC update – J. Karstensen / K. Hill\n"
            "09h40   a. CliC – B. Galton-Fenzi (remotely)\n"
            "10:10 Presentation on GMES Programme Thomas Beer - GMES Space Office, Directorate of "
            "Earth Observation Programmes\n"
            "10:30 Opening - Maria Lopez & John Smith\n"
            "11:00 The Landscape of Reform – Peter Dorotinsky and Anna Vani\n11:30 Coffee\n")
    p = propose(text)
    assert titles_and_people(p) == [
        ("GCOS update", ["C. Richter"]), ("OOPC update", ["J. Karstensen", "K. Hill"]),
        ("CliC", ["B. Galton-Fenzi"]), ("Presentation on GMES Programme", ["Thomas Beer"]),
        ("Opening", ["Maria Lopez", "John Smith"]),
        ("The Landscape of Reform", ["Peter Dorotinsky", "Anna Vani"])]
    # a dash before words that are no names is the title's own
    assert times_of("10:00 Session 2 – Oceans and Coasts\n11:00 Lunch\n")[0][2] == (
        "Session 2 – Oceans and Coasts")


def test_names_after_a_dash_with_one_given_name_known_among_them() -> None:
    p = propose("9:00 am Opening - Sanjay Pradhan & Tony Hegarty\n\n"
                "9:30 am The Landscape of Reform – Bill Dorotinsky and Sanjay Vani\n\n"
                "10:15 am Coffee\n")
    assert titles_and_people(p) == [
        ("Opening", ["Sanjay Pradhan", "Tony Hegarty"]),
        ("The Landscape of Reform", ["Bill Dorotinsky", "Sanjay Vani"])]


def test_an_item_s_kind_then_its_speaker_and_role_between_commas() -> None:
    from floorapp.core.programme.importer.run_in import name_after_item
    found = name_after_item("Closing Remarks, Wen Li, Deputy Director-General, WTO", 0)
    assert found is not None and found[0] == "Closing Remarks"
    assert found[1][0].name.value == "Wen Li"
    assert name_after_item("Opening Remarks, Managing Director, IMF", 0) is None


def test_a_role_is_not_a_name_run_into_a_title() -> None:
    from floorapp.core.programme.importer.run_in import name_run_into_title
    assert name_run_into_title("Welcome words, Deputy Managing Director, IMF", 0) is None


def test_names_listed_after_a_title_are_its_people() -> None:
    found = name_after_item("Background, Introductions, and Goals – John Field/Laurent Labeyrie "
                            "and Ed Urban", 0)
    assert found is not None and found[0] == "Background, Introductions, and Goals"
    assert [p.name.value for p in found[1]] == ["John Field", "Laurent Labeyrie", "Ed Urban"]
    led = name_after_item("Introductions Led by Carolina Odman and Mmaki Jantjies", 0)
    assert led is not None and led[0] == "Introductions"
    assert [p.name.value for p in led[1]] == ["Carolina Odman", "Mmaki Jantjies"]
    # one name is not a list, and words that are no names stay the title's
    assert name_after_item("Opening – Reports from the Working Groups and Partners", 0) is None
