"""The Summary's data: speakers in order, key points by theme, pledges, figures, corrections."""

from __future__ import annotations

import pytest

from floorapp.core import events as ev
from floorapp.core.clock import FakeClock
from floorapp.core.record_fields import (
    RECORD_FIELDS,
    check_record_fields,
    record_flag,
    record_language,
)
from floorapp.export.record import SummaryData, build_summary
from floorapp.service import FloorService


def summary(svc: FloorService) -> SummaryData:
    return build_summary(svc.state, svc.log())


def test_segments_speakers_in_order_with_behalf_and_delivered_by(small: FloorService) -> None:
    data = summary(small)
    assert [s.id for s in data.segments] == ["opening", "panel-1", "panel-2"]
    panel = data.segments[1]
    assert [t.speaker.id for t in panel.turns] == ["QAT", "EGY", "MEX"]
    assert [t.number for t in panel.turns] == [1, 2, 3]
    egypt = panel.turns[1]
    assert egypt.kind == "group"
    assert egypt.on_behalf_of is not None and egypt.on_behalf_of.name() == "African Group"
    assert egypt.delivered_by is not None and egypt.delivered_by.id == "NGA"
    assert panel.moderator is not None and panel.moderator.name() == "Moderator One"
    assert [p.name() for p in panel.panellists] == ["Panellist One", "Panellist Two"]
    assert panel.invited == ("Political will", "Cooperation")
    assert panel.turns[2].end is None  # still speaking: counted up to now
    assert panel.turns[2].spoken == pytest.approx(30)


def test_names_in_every_language(small: FloorService) -> None:
    qatar = summary(small).segments[1].turns[0].speaker
    assert [qatar.name(lang) for lang in ("en", "ru", "zh", "ar")] == \
        ["Qatar", "Катар", "卡塔尔", "قطر"]
    assert qatar.category == "member_state" and qatar.regional_group == "Asia-Pacific States"


def test_key_points_grouped_by_theme(small: FloorService) -> None:
    small.add_note("Untagged point.", [], "i1")
    small.add_note("Both themes.", ["political-will", "cooperation"], "i2")
    themes = summary(small).segments[1].themes
    by_id = {t.theme_id: [p.text for p in t.points] for t in themes}
    assert by_id == {  # a note with two themes appears once, under its first
        "political-will": ["Political will matters.", "Both themes."],
        "cooperation": ["Cooperation across borders."],
        "": ["Untagged point."],
    }
    both = [p for t in themes for p in t.points if p.text == "Both themes."]
    assert both[0].also == ("Cooperation",)
    assert [t.title for t in themes] == ["Political will", "Cooperation", ""]


def test_struck_notes_leave_the_summary_but_stay_in_the_journal(small: FloorService) -> None:
    small.add_note("Typed in error.", ["cooperation"], "i2")
    note = small.state.interventions["i2"].notes[-1].id
    small.strike_note("i2", note)
    points = [p.text for t in summary(small).segments[1].themes for p in t.points]
    assert "Typed in error." not in points
    kept = [e for e in small.journal.read() if e.type == ev.NOTE_ADDED
            and e.data["text"] == "Typed in error."]
    assert len(kept) == 1
    assert any(e.type == ev.NOTE_STRUCK for e in small.journal.read())


def test_corrections_are_applied(small: FloorService) -> None:
    small.correct("i3", participant="BRA")
    assert summary(small).segments[1].turns[2].speaker.name("es") == "Brasil"


def test_announcements_and_totals_per_currency(small: FloorService) -> None:
    small.add_announcement("Pledge to the Trust Fund", 50000, "usd", "i1")
    small.add_announcement("Pledge", 10000, "EUR", "i2")
    small.add_announcement("Another pledge", 25000, "USD", "i3")
    small.add_announcement("Will host a side event", None, "", "i3")
    data = summary(small)
    assert [(a.speaker.id, a.amount, a.currency) for a in data.announcements] == [
        ("QAT", 50000, "USD"), ("EGY", 10000, "EUR"), ("MEX", 25000, "USD"),
        ("MEX", None, "")]
    assert data.totals == (("USD", 75000), ("EUR", 10000))
    assert len(data.pledges) == 3


def test_participation_figures(meeting: FloorService) -> None:
    data = summary(meeting)
    p = data.participation
    assert p.interventions == len(meeting.state.interventions) == len(data.annex)
    cats = {c.key: (c.speakers, c.interventions) for c in p.by_category}
    assert list(cats)[:5] == ["member_state", "observer_state", "observer", "un_system",
                              "civil_society"]  # no panellist spoke: no "0" row
    assert all(c[0] > 0 for c in cats.values())
    assert cats["observer_state"] == (1, 1)  # the Holy See
    assert cats["observer"] == (1, 1)  # the European Union
    assert cats["civil_society"] == (1, 1)
    assert cats["member_state"] == (10, 11)  # Qatar spoke twice
    assert sum(c[1] for c in cats.values()) == p.interventions
    groups = {g.key: g.speakers for g in p.by_group}
    assert groups["African States"] == 1 and groups["Asia-Pacific States"] == 3
    assert groups[""] == 1  # the Holy See is in no regional group
    assert [v.id for v in p.video] == ["NIC"] and [w.id for w in p.written] == ["CHE"]
    assert p.over_limit == sum(1 for t in data.annex
                               if t.allotted > 0 and t.spoken - t.allotted >= 1)
    assert not any(t.over_limit for t in data.annex if t.presiding)  # no limit, never over
    assert all(t.scheduled > 0 for t in p.times)


def test_time_used_against_time_scheduled(small: FloorService, clock: FakeClock) -> None:
    clock.advance(40)
    small.end()
    times = {t.segment_id: t for t in summary(small).participation.times}
    panel = times["panel-1"]
    assert panel.scheduled == 2 * 3600
    assert panel.speaking == pytest.approx(200 + 100 + 70)
    assert panel.used == pytest.approx(370)
    assert panel.over_limit == 1  # Qatar: 200 s of 180
    assert times["opening"].used == 0


def test_record_fields_are_read(small: FloorService) -> None:
    small.update_record("i1", language="AR", video="yes", written_statement=True)
    turn = summary(small).segments[1].turns[0]
    assert (turn.language, turn.video, turn.written_statement) == ("ar", True, True)


def test_check_record_fields() -> None:
    assert set(RECORD_FIELDS) == {"language", "written_statement", "video", "level"}
    assert check_record_fields({"level": "Vice-Minister"}) == {"level": "vice_minister"}
    assert check_record_fields({"language": "FR", "video": "no"}) == \
        {"language": "fr", "video": False}
    with pytest.raises(ValueError, match="one of ar, zh, en, fr, ru, es, other"):
        check_record_fields({"language": "de"})
    with pytest.raises(ValueError, match="no record field 'colour'"):
        check_record_fields({"colour": "red"})
    with pytest.raises(ValueError, match="yes or no"):
        check_record_fields({"video": "perhaps"})
    assert record_language({"language": "Klingon"}) == "other"
    assert record_language({}) == ""
    assert record_flag({"video": "garbled"}, "video") is False
