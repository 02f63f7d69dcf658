"""The roster: the bundled reference data, meeting participants, ids, resolving, the CLI."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from floorapp.cli.roster import roster_find_main
from floorapp.core import roster as roster_module
from floorapp.core.categories import LANGUAGES, SpeakerCategory
from floorapp.core.roster import (
    AmbiguousName,
    Participant,
    Roster,
    RosterDataError,
    UnknownName,
    load_aliases,
    make_participant_id,
)

REF = Roster.reference()


# -- the reference data ------------------------------------------------------------------


def test_reference_counts() -> None:
    by_category = [p.category for p in REF]
    assert len(REF) == 196
    assert by_category.count(SpeakerCategory.MEMBER_STATE) == 193
    assert by_category.count(SpeakerCategory.OBSERVER_STATE) == 2
    assert by_category.count(SpeakerCategory.OBSERVER) == 1
    assert {p.id for p in REF if p.category is SpeakerCategory.OBSERVER_STATE} == {"VAT", "PSE"}
    assert REF.get("EU").name("en") == "European Union"


def test_ids_are_iso3_codes_or_eu() -> None:
    assert all(re.fullmatch("[A-Z]{3}", p.id) for p in REF if p.id != "EU")
    assert "EU" in REF


def test_every_participant_has_six_names() -> None:
    for p in REF:
        assert set(p.names) == set(LANGUAGES), p.id


def test_member_states_have_a_regional_group() -> None:
    groups = {p.regional_group for p in REF if p.category is SpeakerCategory.MEMBER_STATE}
    assert groups == {
        "African States", "Asia-Pacific States", "Eastern European States",
        "Latin American and Caribbean States", "Western European and other States",
    }
    assert REF.get("VAT").regional_group == REF.get("EU").regional_group == ""


def test_names_in_six_languages() -> None:
    gbr = REF.get("GBR")
    assert gbr.name("fr").startswith("Royaume-Uni")
    assert gbr.name("zh") == "大不列颠及北爱尔兰联合王国"
    assert REF.get("CHN").name("ar") == "الصين"
    assert REF.get("RUS").name("ru") == "Российская Федерация"
    assert REF.get("DEU").name("es") == "Alemania"


def test_the_odd_cells_are_kept_as_published() -> None:
    # The data is copied exactly; search copes with the odd cells (see test_roster_search).
    assert REF.get("NLD").name("ar") == "هولندا (مملكة _)"
    assert "’" in REF.get("CIV").name("en") and "'" in REF.get("PRK").name("en")


def test_reference_is_cached() -> None:
    assert Roster.reference() is REF


def test_get_contains_iter_len() -> None:
    assert REF.get("QAT").name() == "Qatar"
    with pytest.raises(KeyError):
        REF.get("XXX")
    assert "QAT" in REF and "qat" not in REF and 42 not in REF
    assert len(list(REF)) == len(REF)
    assert next(iter(REF)).id == "AFG"  # file order


def test_every_alias_names_a_participant_of_the_reference() -> None:
    aliases = load_aliases({p.id for p in REF})
    assert len(aliases) > 150
    for alias, pid in aliases:
        assert REF.resolve(alias).id == pid, alias


def test_alias_file_opens_with_a_comment_then_header() -> None:
    lines = roster_module._read("aliases.csv").splitlines()
    assert lines[0].startswith("# ") and lines[1] == "alias,id"


def test_a_malformed_file_names_file_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    header = "iso3,kind,regional_group,name_en,name_fr,name_es,name_ru,name_zh,name_ar"
    text = f"{header}\nQAT,member_state,x,Qatar,Qatar,Qatar,Катар,卡塔尔,قطر\nXYZ,planet,x,Mars\n"
    monkeypatch.setattr(roster_module, "_read", lambda name: text)
    with pytest.raises(RosterDataError, match=r"un_members.csv:3: 4 fields"):
        roster_module.load_members()
    text = text.replace(",Mars\n", ",Mars,Mars,Marte,Марс,火星,المريخ\n")
    with pytest.raises(RosterDataError, match=r"un_members.csv:3: unknown kind 'planet'"):
        roster_module.load_members()


def test_an_alias_of_an_unknown_id_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(roster_module, "_read", lambda name: "# c\nalias,id\nMars,MRS\n")
    with pytest.raises(RosterDataError, match=r"aliases.csv:3: .*'MRS'"):
        load_aliases({"QAT"})


# -- resolving -----------------------------------------------------------------------------


def test_resolve_by_id_code_and_name() -> None:
    assert REF.resolve("QAT").id == "QAT"
    assert REF.resolve("qat").id == "QAT"
    assert REF.resolve("EU").id == "EU"
    assert REF.resolve("  Qatar ").id == "QAT"


@pytest.mark.parametrize("text", ["African Union", "ICRC", "Greenpeace", "Amnesty International",
                                  "United Nations", "Red Cross", "UNICEF", "xyzzy"])
def test_organisations_are_not_mapped_to_a_state(text: str) -> None:
    with pytest.raises(UnknownName) as caught:
        REF.resolve(text)
    assert caught.value.text == text
    assert str(caught.value).startswith(f"No participant matches '{text}'.")
    assert REF.find(text) == []


def test_unknown_name_suggests_near_misses() -> None:
    with pytest.raises(UnknownName) as caught:
        REF.resolve("Columbiaaa")  # three slips: too many to match, close enough to suggest
    assert [p.id for p in caught.value.suggestions][:1] == ["COL"]


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01", "!!!", "😀"])
def test_nothing_typed_is_unknown(text: str) -> None:
    with pytest.raises(UnknownName):
        REF.resolve(text)


def test_korea_is_ambiguous() -> None:
    with pytest.raises(AmbiguousName) as caught:
        REF.resolve("Korea")
    assert {p.id for p in caught.value.suggestions} == {"KOR", "PRK"}
    assert "Republic of Korea" in str(caught.value) and "Type more" in str(caught.value)


@pytest.mark.parametrize("text", ["Nige", "Guin", "Saint", "United", "Dominic", "ch", "a"])
def test_equally_good_matches_are_ambiguous(text: str) -> None:
    with pytest.raises(AmbiguousName):
        REF.resolve(text)


@pytest.mark.parametrize(("text", "pid"), [
    ("Niger", "NER"), ("Nigeria", "NGA"), ("Guinea", "GIN"), ("Guinea-Bissau", "GNB"),
    ("Equatorial Guinea", "GNQ"), ("Dominica", "DMA"), ("Dominican Republic", "DOM"),
    ("Sudan", "SDN"), ("South Sudan", "SSD"), ("Congo", "COG"), ("Samoa", "WSM"),
])
def test_an_exact_name_wins_over_longer_names(text: str, pid: str) -> None:
    assert REF.resolve(text).id == pid
    assert REF.find(text)[0].participant.id == pid


@pytest.mark.parametrize(("text", "pid"), [("uk", "GBR"), ("US", "USA"), ("om", "OMN")])
def test_one_or_two_letters_resolve_only_when_exact_or_unique(text: str, pid: str) -> None:
    assert REF.resolve(text).id == pid


def test_a_prefix_resolves_when_it_names_one_participant() -> None:
    assert REF.resolve("Philip").id == "PHL"
    assert REF.resolve("iran islamic").id == "IRN"


# -- meeting participants ------------------------------------------------------------------


def test_with_participants_adds_findable_participants() -> None:
    existing = {p.id for p in REF}
    au = Participant(make_participant_id("African Union", existing), SpeakerCategory.OBSERVER,
                     {"en": "African Union", "fr": "Union africaine"})
    icrc = Participant(make_participant_id("ICRC", existing), SpeakerCategory.OBSERVER,
                       {"en": "International Committee of the Red Cross"})
    panellist = Participant("pan1", SpeakerCategory.PANELLIST, {"en": "Ms. Gulnara Shahinian"})
    meeting = REF.with_participants([au, icrc, panellist])
    assert au.id == "african-union" and len(meeting) == len(REF) + 3
    assert meeting.resolve("African Union") is au
    assert meeting.resolve("union africaine") is au
    assert meeting.resolve("ICRC") is icrc  # its id
    assert meeting.resolve("red cross") is icrc
    assert meeting.resolve("Shahinian") is panellist
    assert au in [m.participant for m in meeting.find("Afr")]
    assert meeting.resolve("UK").id == "GBR"  # aliases still work
    assert "african-union" not in REF  # the reference is unchanged


def test_states_come_before_meeting_participants_on_equal_terms() -> None:
    person = Participant("jordan-smith", SpeakerCategory.PANELLIST, {"en": "Jordanian"})
    meeting = REF.with_participants([person])
    assert [m.participant.id for m in meeting.find("Jorda", 2)] == ["JOR", "jordan-smith"]


def test_with_participants_replaces_an_existing_id() -> None:
    qatar = Participant("QAT", SpeakerCategory.MEMBER_STATE, {"en": "State of Qatar (host)"})
    meeting = REF.with_participants([qatar])
    assert len(meeting) == len(REF)
    assert meeting.get("QAT") is qatar and REF.get("QAT") is not qatar
    assert meeting.resolve("host").id == "QAT"
    assert [p.id for p in meeting].index("QAT") == [p.id for p in REF].index("QAT")


def test_a_roster_built_by_hand() -> None:
    r = Roster([Participant("ABC", SpeakerCategory.MEMBER_STATE, {"en": "Alphabetia"})],
               aliases=[("ABCs", "ABC"), ("Nowhere", "ZZZ")])
    assert r.resolve("abcs").id == "ABC" and len(r) == 1
    with pytest.raises(UnknownName):
        r.resolve("Nowhere")


# -- ids for ad-hoc participants -----------------------------------------------------------


def test_make_participant_id() -> None:
    assert make_participant_id("African Union", set()) == "african-union"
    assert make_participant_id("African Union", {"african-union"}) == "african-union-2"
    assert make_participant_id("African Union", {"african-union", "african-union-2"}) == (
        "african-union-3")
    assert make_participant_id("WHO", set()) == "who"
    assert make_participant_id("Qat", {"QAT"}) == "qat-2"
    assert make_participant_id("Ñandú  Foundation (Perú)", set()) == "nandu-foundation-peru"
    assert make_participant_id("People’s Forum", set()) == "peoples-forum"
    assert make_participant_id("   ", set()) == "participant"
    assert make_participant_id("红十字国际委员会", set()) == "红十字国际委员会"


@given(st.text(max_size=60), st.sets(st.text(max_size=8), max_size=5))
def test_participant_ids_are_fresh_and_never_iso3(name: str, taken: set[str]) -> None:
    existing = taken | {p.id for p in REF}
    pid = make_participant_id(name, existing)
    assert pid and pid not in existing and pid.upper() not in existing
    assert not re.fullmatch("[A-Z]{3}", pid)
    assert pid == make_participant_id(name, existing)  # stable


# -- floorapp roster find ------------------------------------------------------------------


def test_cli_prints_ranked_matches(capsys: pytest.CaptureFixture[str]) -> None:
    assert roster_find_main(["korea", "--lang", "fr", "--limit", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[0].lstrip().startswith("1")
    assert any("KOR" in line and "République de Corée" in line for line in lines)
    assert all("member_state" in line and "words" in line for line in lines)


def test_cli_says_when_nobody_matches(capsys: pytest.CaptureFixture[str]) -> None:
    assert roster_find_main(["African", "Union"]) == 1
    assert capsys.readouterr().out == (
        "No participant matches 'African Union'. Check the spelling or type fewer letters; "
        "in the podium console an unknown name offers to add a new participant.\n")


def test_cli_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert roster_find_main([]) == 2
    assert roster_find_main(["x", "--limit", "0"]) == 2
    assert roster_find_main(["x", "--lang", "de"]) == 2
    capsys.readouterr()
