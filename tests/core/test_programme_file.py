"""Programme files: the bundled meetings, round trips, every kind of problem, the check command."""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from floorapp.cli.check import check_main
from floorapp.core.categories import DEFAULT_LIMITS, LIMIT_KEYS, SegmentKind, SpeakerCategory
from floorapp.core.programme.checks import (
    PARTICIPANT_KEYS,
    PERSON_KEYS,
    SEGMENT_KEYS,
    THEME_KEYS,
    TOP_KEYS,
)
from floorapp.core.programme.file import (
    BUNDLED_PROGRAMMES,
    Problem,
    ProgrammeError,
    ProgrammeFileUnreadable,
    bundled_programme,
    check_programme,
    dump_programme,
    load_programme,
    parse_programme,
    save_programme,
)
from floorapp.core.programme.model import Person, Programme
from floorapp.core.programme.source import SourceLines
from floorapp.core.programme.write import toml_string

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "data" / "programmes"
PROGRAMMES = ROOT / "resources" / "programmes"


def load_bundled(name: str) -> Programme:
    return load_programme(bundled_programme(name))


def problems_of(path: Path) -> list[Problem]:
    return check_programme(path)


# -- the bundled programmes ---------------------------------------------------------------


def test_the_bundled_list_matches_the_folder() -> None:
    assert sorted(BUNDLED_PROGRAMMES) == sorted(p.name for p in PROGRAMMES.glob("*.toml"))
    for name in BUNDLED_PROGRAMMES:
        assert bundled_programme(name).is_file()
    with pytest.raises(KeyError, match="template.toml"):
        bundled_programme("nope.toml")


def test_2012_matches_the_letter_of_21_february_2012() -> None:
    p = load_bundled("2012-human-trafficking-dialogue.toml")
    assert p.title == ("Fighting Human Trafficking: Partnership and Innovation to End "
                       "Violence against Women and Children")
    assert p.date == date(2012, 4, 3)
    assert p.venue == "Conference Room 2 (NLB), UN Headquarters, New York"
    assert p.chair is not None and p.chair.name == "H.E. Nassir Abdulaziz Al-Nasser"
    assert p.chair.role == "President of the General Assembly"
    assert "Group of Friends United against Human Trafficking" in p.organisers
    assert any("UNODC" in o for o in p.organisers)
    assert [(s.id, s.kind, s.start, s.end) for s in p.segments] == [
        ("opening", SegmentKind.OPENING, time(10), time(11)),
        ("panel-1", SegmentKind.PANEL, time(11), time(13)),
        ("lunch", SegmentKind.BREAK, time(13), time(15)),
        ("panel-2", SegmentKind.PANEL, time(15), time(17, 45)),
        ("closing", SegmentKind.CLOSING, time(17, 45), time(18)),
    ]
    panel1, panel2 = p.segment("panel-1"), p.segment("panel-2")
    assert panel1.title == ("Interactive Panel Discussion I: Protecting the Victims of "
                            "Trafficking: Partnerships and Innovation")
    assert panel2.title == ("Interactive Panel Discussion II: Assistance to the Victims of "
                            "Trafficking: the Role of Governments, International "
                            "Organizations, Private Sector and Civil Society")
    assert [t.title for t in panel1.themes] == [
        "Enhancing political will and commitment to prevent and combat trafficking in persons",
        "Strengthening international efforts and collective action by the Member States and "
        "other stakeholders, including regional and international organizations, NGOs, the "
        "private sector and media",
        "Cooperation between governments, private sector and civil society to curb the demand "
        "for trafficked victims",
    ]
    assert len(panel2.themes) == 5
    assert panel2.themes[0].title == "Factors and vulnerability to trafficking"
    assert panel2.themes[-1].title == ("UN Trust Fund for victims of trafficking: achievements "
                                       "and perspectives")
    assert p.limit("panel-1", "member_state") == 180  # "a maximum of 3 minutes"
    assert p.limit("panel-2", "observer") == 180
    # The letter names no moderator: placeholders, clearly labelled.
    for seg in (panel1, panel2):
        assert seg.moderator is not None and "to be announced" in seg.moderator.name
    assert {x.id for x in p.participants} >= {"unodc"}
    assert p.zone().key == "America/New_York"


def test_2009_is_marked_illustrative() -> None:
    p = load_bundled("2009-human-trafficking-dialogue.toml")
    assert p.title == "Taking collective action to end human trafficking"
    assert p.date == date(2009, 5, 13)
    assert p.venue.startswith("Trusteeship Council Chamber")
    assert p.chair is not None and p.chair.name == "Miguel d'Escoto Brockmann"
    assert "illustrative" in p.status
    text = (PROGRAMMES / "2009-human-trafficking-dialogue.toml").read_text(encoding="utf-8")
    assert text.startswith("# ILLUSTRATIVE")


def test_the_template_shows_every_field() -> None:
    p = load_bundled("template.toml")
    assert p.segments
    doc = tomllib.loads((PROGRAMMES / "template.toml").read_text(encoding="utf-8"))
    assert set(doc) == set(TOP_KEYS) | {f"title_{x}" for x in ("ar", "zh", "fr", "ru", "es")}
    assert set().union(*doc["segments"]) == set(SEGMENT_KEYS)
    people = [doc["chair"]] + [s[k] for s in doc["segments"] for k in ("chair", "moderator")
                               if isinstance(s.get(k), dict)]
    people += [x for s in doc["segments"] for x in s.get("panellists", [])]
    assert set().union(*people) == set(PERSON_KEYS)
    assert set().union(*(t for s in doc["segments"] for t in s.get("themes", []))) == set(
        THEME_KEYS)
    assert set().union(*doc["participants"]) == set(PARTICIPANT_KEYS)
    assert any(isinstance(s.get("chair"), str) for s in doc["segments"])  # the short form


def test_the_example_in_the_documentation_loads() -> None:
    doc = (ROOT / "docs" / "programme-format.md").read_text(encoding="utf-8")
    example_block = doc.split("## Example", 1)[1].split("```toml\n", 1)[1].split("```", 1)[0]
    p = parse_programme(example_block, "programme-format.md")
    assert [s.id for s in p.segments] == ["opening", "panel-1", "lunch"]


def test_the_documented_built_in_limits_are_the_real_ones() -> None:
    doc = (ROOT / "docs" / "programme-format.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| `(\w+)` \| (\d+:\d\d) \|", doc, re.MULTILINE))
    assert set(table) == set(LIMIT_KEYS)
    for key, shown in table.items():
        minutes, seconds = shown.split(":")
        assert DEFAULT_LIMITS[key] == int(minutes) * 60 + int(seconds), key


# -- writing ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", BUNDLED_PROGRAMMES)
def test_dump_parses_back_equal(name: str) -> None:
    p = load_bundled(name)
    text = dump_programme(p)
    again = parse_programme(text, "dumped.toml")
    assert again == p
    assert dump_programme(again) == text


def test_dump_writes_short_people_and_any_limit() -> None:
    p = load_bundled("template.toml")
    seg = replace(p.segments[1], panellists=(Person("jane-doe", "Jane Doe"),),
                  limits={"member_state": 90, "group": 7200})
    p = replace(p, segments=(p.segments[0], seg, *p.segments[2:]),
                limits={"reply": 600})
    text = dump_programme(p)
    assert 'panellists = [\n    "Jane Doe",\n]' in text
    assert 'member_state = "1:30"' in text and 'group = "120:00"' in text
    assert parse_programme(text, "x.toml") == p


def test_save_keeps_the_comments_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "meeting.toml"
    target.write_bytes((PROGRAMMES / "2012-human-trafficking-dialogue.toml").read_bytes())
    p = load_programme(target)
    edited = replace(p, title="Edited title", segments=p.segments[:-1])
    save_programme(edited, str(target))
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Interactive dialogue of the General Assembly on human trafficking")
    assert "# 3pm – 5:45pm\n[[segments]]\nid = \"panel-2\"" in text
    assert "# 5:45pm – 6pm" not in text  # its segment is gone
    assert load_programme(target) == edited
    assert [x.name for x in tmp_path.iterdir()] == ["meeting.toml"]


def test_save_a_new_file_has_a_header(tmp_path: Path) -> None:
    p = load_bundled("2009-human-trafficking-dialogue.toml")
    target = tmp_path / "new.toml"
    save_programme(p, target)
    assert target.read_text(encoding="utf-8").startswith("# The programme of a meeting")
    assert load_programme(target) == p


def test_strings_are_escaped() -> None:
    tricky = 'quote " backslash \\ tab \t newline \n nul \x00 رمضان 😀'
    assert tomllib.loads(f"x = {toml_string(tricky)}")["x"] == tricky


# -- one file per problem ------------------------------------------------------------------

BAD_FILES = [
    ("bad_not_toml.toml", 2, ["not valid TOML", "key = value"]),
    ("bad_missing_title.toml", 1, ["no 'title'"]),
    ("bad_missing_date.toml", 1, ["no 'date'"]),
    ("bad_missing_segments.toml", 1, ["no segments", "[[segments]]"]),
    ("bad_missing_start.toml", 4, ['segment "opening"', "no 'start'"]),
    ("bad_unknown_key.toml", 10, ["unknown key 'moderater'", "did you mean 'moderator'?"]),
    ("bad_date.toml", 2, ['"2012-13-01"', "not a real date", "YYYY-MM-DD"]),
    ("bad_time.toml", 16, ["'end'", '"25:00"', "not a time of day", "24-hour"]),
    ("bad_time_am_pm.toml", 8, ['"10am"', "24-hour clock", '"10:00"']),
    ("bad_time_unquoted.toml", 8, ["not valid TOML", "quotes", 'start = "HH:MM"']),
    ("bad_end_before_start.toml", 9, ["ends at 11:00", "not after its start at 13:00"]),
    ("bad_end_equals_start.toml", 9, ["ends at 11:00", "not after its start at 11:00"]),
    ("bad_overlap.toml", 15, ['segment "panel-2" (12:30–14:00) overlaps segment "panel-1"']),
    ("bad_order.toml", 15, ['"panel-1"', 'after segment "panel-2"', "time order"]),
    ("bad_duplicate_segment_id.toml", 12, ['segment id "panel"', "twice", "line 5"]),
    ("bad_duplicate_theme_id.toml", 16, ['theme id "demand"', "twice", "line 12"]),
    ("bad_kind.toml", 6, ['"pannel"', "did you mean 'panel'?",
                          "opening, panel, dialogue, closing, break, other"]),
    ("bad_limit_key.toml", 5, ["unknown limit 'member_states'", "'member_state'?",
                               "point_of_order"]),
    ("bad_limit_negative.toml", 5, ["'member_state'", "-180", "more than zero"]),
    ("bad_limit_zero.toml", 12, ["'panellist'", '"0:00"', "more than zero"]),
    ("bad_limit_absurd.toml", 5, ["'moderator'", '"180:00"', "more than 2 hours"]),
    ("bad_limit_form.toml", 5, ['"3 min"', '"3:00"', "180"]),
    ("bad_limit_minutes_as_number.toml", 5, ["3 seconds", 'did you mean "3:00"']),
    ("bad_timezone.toml", 3, ['"New York"', "time zone", '"America/New_York"']),
    ("bad_category.toml", 13, ['"panelist"', "did you mean 'panellist'?", "civil_society"]),
    ("bad_language.toml", 3, ['"english"', "ar, zh, en, fr, ru, es"]),
    ("bad_segments_single_brackets.toml", 4, ["[[segments]]", "two brackets"]),
    ("bad_duplicate_key.toml", 10, ["'title'", "twice", "line 7"]),
    ("bad_one_id_two_people.toml", 22, ['"mod"', "Panel I", "Panel II", "own id"]),
    ("bad_participant_without_english.toml", 15, ['participant "ngo"', "English"]),
    ("bad_translation_language.toml", 8, ["'title_fre'", "did you mean 'title_fr'?",
                                          "title_ar, title_zh"]),
    ("bad_translation_upper_case.toml", 2, ["'title_FR'", "lower case", "'title_fr'"]),
    ("bad_translation_own_language.toml", 10, ["'title_fr'", "own language",
                                               'language = "fr"']),
    ("bad_translation_without_original.toml", 8, ["'description_es'", "no 'description'"]),
    ("bad_translation_organisers.toml", 4, ["'organisers_fr' has 1 name", "has 2"]),
    ("bad_translation_not_text.toml", 14, ["'title_ru'", "theme 1", "must be text"]),
]


@pytest.mark.parametrize(("name", "line", "words"), BAD_FILES, ids=[f[0] for f in BAD_FILES])
def test_each_problem_is_reported_at_its_line(name: str, line: int, words: list[str]) -> None:
    path = BAD / name
    with pytest.raises(ProgrammeError) as err:
        load_programme(path)
    assert len(err.value.problems) == 1, err.value.problems
    problem = err.value.problems[0]
    assert (problem.file, problem.line) == (str(path), line), problem
    for word in words:
        assert word in problem.message, problem
    assert str(problem) == f"{path}:{line}: {problem.message}"
    assert check_programme(path) == [problem]


def test_every_bad_file_has_a_test() -> None:
    assert {f[0] for f in BAD_FILES} | {"bad_several.toml"} == {
        p.name for p in BAD.glob("bad_*.toml")}


def test_several_problems_are_all_reported_in_line_order() -> None:
    found = [(p.line, p.message) for p in problems_of(BAD / "bad_several.toml")]
    expected = [
        (3, '"2012-04-31" is not a real date'),
        (4, 'did you mean "America/New_York"?'),
        (7, '"3 min"'),
        (18, "unknown segment kind \"pannel\""),
        (20, 'segment "panel-1" (10:30–13:00) overlaps segment "opening" (10:00–11:00)'),
        (22, "unknown key 'moderater'"),
        (29, 'theme id "political-will" is used twice'),
        (37, '"3pm"'),
        (40, 'segment id "panel-1" is used twice (first on line 17)'),
    ]
    assert [line for line, _ in found] == [line for line, _ in expected]
    for (_, message), (_, words) in zip(found, expected, strict=True):
        assert words in message


def test_windows_line_endings_give_the_same_lines() -> None:
    text = (BAD / "bad_several.toml").read_text(encoding="utf-8")
    with pytest.raises(ProgrammeError) as err:
        parse_programme(text.replace("\n", "\r\n").encode(), "crlf.toml")
    assert [p.line for p in err.value.problems] == [3, 4, 7, 18, 20, 22, 29, 37, 40]


def test_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('title = "Dialogue"\nvenue = "Salle de conférence"\n'.encode("latin-1"))
    [problem] = check_programme(path)
    assert problem.line == 2
    assert "not UTF-8" in problem.message and "0xE9" in problem.message
    assert "column 23" in problem.message and "save it as UTF-8" in problem.message


def test_a_utf16_file_and_a_byte_order_mark(tmp_path: Path) -> None:
    text = (PROGRAMMES / "template.toml").read_text(encoding="utf-8")
    [problem] = check_programme_bytes(text.encode("utf-16"), tmp_path)
    assert (problem.line, "UTF-16" in problem.message) == (1, True)
    assert check_programme_bytes(b"\xef\xbb\xbf" + text.encode(), tmp_path) == []


def check_programme_bytes(data: bytes, folder: Path) -> list[Problem]:
    path = folder / "file.toml"
    path.write_bytes(data)
    return check_programme(path)


def test_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.toml"
    with pytest.raises(ProgrammeFileUnreadable) as err:
        load_programme(missing)
    assert isinstance(err.value, OSError) and isinstance(err.value, ProgrammeError)
    [problem] = err.value.problems
    assert problem.line is None and str(problem).startswith(f"{missing}: cannot be read")
    assert check_programme(missing) == [problem]
    assert check_programme(tmp_path)[0].message.startswith("cannot be read")


def test_inline_tables_and_arrays_are_located() -> None:
    text = ('title = "T"\ndate = 2012-04-03\n[[segments]]\nid = "a"\nkind = "panel"\n'
            'title = "A"\nstart = "10:00"\nend = "11:00"\nthemes = [\n'
            '  { id = "x", title = "X" },\n  { id = "x", title = "Y" },\n]\n'
            'limits = { member_state = "3:00", observer = -1 }\n')
    with pytest.raises(ProgrammeError) as err:
        parse_programme(text, "inline.toml")
    assert [(p.line, p.message.split(":")[0]) for p in err.value.problems] == [
        (11, 'theme id "x" is used twice in segment "a" (first on line 10)'),
        (13, "limit 'observer' of segment \"a\""),
    ]
    lines = SourceLines(text)
    assert lines.line(("segments", 0, "themes", 1, "title")) == 11
    assert lines.line(("segments", 0, "nothing", "here")) == 3


def test_check_a_programme_object_gives_plain_messages() -> None:
    p = load_bundled("2012-human-trafficking-dialogue.toml")
    assert check_programme(p) == []
    bad = replace(p, limits={"member_state": 0})
    [problem] = check_programme(bad)
    assert str(problem) == problem.message and "more than zero" in problem.message
    twice = replace(p, segments=(*p.segments, replace(p.segments[-1], start=time(18),
                                                      end=time(19))))
    assert [str(x) for x in check_programme(twice)] == [
        'segment id "closing" is used twice']  # no line of a file the user never saw


# -- the check command -----------------------------------------------------------------------


def test_check_ok(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(PROGRAMMES / n) for n in BUNDLED_PROGRAMMES]
    assert check_main(paths) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{p}: OK (5 segments)" for p in paths]


def test_check_lists_every_problem(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(BAD / "bad_several.toml")
    assert check_main([path]) == 1
    err = capsys.readouterr().err.splitlines()
    located = [line for line in err if re.match(rf"{re.escape(path)}:\d+: \S", line)]
    assert len(located) == 9
    assert err[-1].startswith(f"{path}: 9 problems")


def test_check_unreadable_and_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "missing.toml")
    assert check_main([missing, str(BAD / "bad_date.toml")]) == 2
    err = capsys.readouterr().err
    assert f"{missing}: cannot be read: No such file or directory" in err
    assert "bad_date.toml:2:" in err
    assert check_main([]) == 2


# -- nothing but ProgrammeError, whatever the input ---------------------------------------

FUZZ = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
NAME = "fuzz.toml"


def assert_only_programme_error(data: bytes | str) -> None:
    try:
        programme = parse_programme(data, NAME)
    except ProgrammeError as exc:
        assert exc.problems
        n_lines = (data.count(b"\n") if isinstance(data, bytes) else data.count("\n")) + 1
        for p in exc.problems:
            assert p.file == NAME and p.line is not None and 1 <= p.line <= n_lines, p
            assert re.match(rf"{NAME}:\d+: \S", str(p)), p
        return
    assert isinstance(programme, Programme) and programme.segments


@FUZZ
@given(st.binary(max_size=2000))
@example(b"\xff\xfe\x00")
@example(b"x = " + b"[" * 50_000)
@example(b"x = 1" + b"0" * 5000)
@example(b'a = "\\ud800"')
def test_any_bytes(data: bytes) -> None:
    assert_only_programme_error(data)


@FUZZ
@given(st.text(max_size=2000))
@example("title = '\ud800'")
def test_any_text(data: str) -> None:
    assert_only_programme_error(data)


def _toml_value(value: Any) -> str:
    """A value as TOML text, for documents TOML writers refuse (huge ints, NaN, nesting)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{toml_string(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"


odd_scalars = st.one_of(
    st.integers(), st.sampled_from([10**300, -(10**300), 2**63, 0, -1, 3, 7201]),
    st.floats(), st.booleans(), st.dates(), st.times(),
    st.text(max_size=12),
    st.sampled_from(["", "10:00", "25:61", "3pm", "3:00", "-1:00", "9999:99", "panel",
                     "member_state", "\u202e\u0645\u0631\u062d\u0628\u0627", "😀" * 30,
                     "e\u0301\u0301\u0301", "\x00", "America/New_York", "../../etc/passwd"]),
)
odd_values = st.recursive(odd_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)),
    max_leaves=6)


@st.composite
def near_valid(draw: st.DrawFn) -> str:
    """The 2012 programme with a few values replaced, dropped, or nested very deep."""
    doc = tomllib.loads((PROGRAMMES / "2012-human-trafficking-dialogue.toml")
                        .read_text(encoding="utf-8"))
    for _ in range(draw(st.integers(1, 4))):
        targets = [doc, *(x for x in [doc.get("limits")] if isinstance(x, dict))]
        segments = doc.get("segments")
        if isinstance(segments, list) and segments and isinstance(segments[-1], dict):
            seg = draw(st.sampled_from([x for x in segments if isinstance(x, dict)]))
            targets += [seg, *(x for x in [seg.get("limits")] if isinstance(x, dict))]
        target = draw(st.sampled_from(targets))
        key = draw(st.sampled_from([*TOP_KEYS, *SEGMENT_KEYS, "member_state", "zzz"]))
        action = draw(st.integers(0, 5))
        if action == 0:
            target.pop(key, None)
        elif action == 1:
            target[key] = nest(draw(st.integers(50, 400)))
        else:
            target[key] = draw(odd_values)
    return "\n".join(f"{toml_string(k)} = {_toml_value(v)}" for k, v in doc.items())


def nest(depth: int) -> list[Any]:
    out: list[Any] = []
    for _ in range(depth):
        out = [out]
    return out


@FUZZ
@given(near_valid())
def test_near_valid_toml(text: str) -> None:
    assert_only_programme_error(text)


@FUZZ
@given(near_valid())
def test_near_valid_toml_as_utf8_bytes(text: str) -> None:
    assert_only_programme_error(text.encode("utf-8", "surrogatepass"))


def test_a_person_keeps_its_category_default_by_role() -> None:
    p = load_bundled("template.toml")
    moderator, chair = p.segment("panel-1").moderator, p.segment("opening").chair
    assert moderator is not None and moderator.category is SpeakerCategory.MODERATOR
    assert chair is not None and chair.category is SpeakerCategory.CHAIR
    assert all(x.category is SpeakerCategory.PANELLIST for x in p.segment("panel-1").panellists)


def test_a_long_name_makes_an_id_cut_between_words() -> None:
    from floorapp.core.programme.values import slug
    long = "Réunion-débat de haut niveau sur la gouvernance de l'intelligence artificielle"
    assert slug(long) == "reunion-debat-de-haut-niveau-sur-la-gouvernance-de-l"
    assert slug("H.E. Jane Doe") == "h-e-jane-doe"
    assert len(slug("x" * 80)) == 64
