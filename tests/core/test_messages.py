"""The core's messages: English by default, any language through a translate function."""

from __future__ import annotations

from floorapp.core.floor import Refused
from floorapp.core.messages import Names, msg
from floorapp.core.programme.file import check_programme, parse_programme
from tests.helpers.factories import memory_service

FRENCH = {
    "{name} is already inscribed for {kind} ({where}).":
        "{name} est déjà inscrit pour {kind} ({where}).",
    "a point of order": "une motion d'ordre",
    "number {n} on the list": "numéro {n} sur la liste",
    "{name} has already had {n} rights of reply in this segment.":
        "{name} a déjà exercé {n} droits de réponse dans ce segment.",
}


def french(_context: str, template: str, _count: int | None) -> str:
    return FRENCH.get(template, template)


def test_english_by_default_and_a_plural_singular() -> None:
    m = msg("{name} has already had {n} rights of reply in this segment.",
            one="{name} has already had {n} right of reply in this segment.", count=1,
            name="Egypt")
    assert str(m) == "Egypt has already had 1 right of reply in this segment."
    m = msg("{name} has already had {n} rights of reply in this segment.",
            one="{name} has already had {n} right of reply in this segment.", count=2,
            name="Egypt")
    assert str(m) == "Egypt has already had 2 rights of reply in this segment."
    assert m.text(french, "fr") == "Egypt a déjà exercé 2 droits de réponse dans ce segment."


def test_fields_are_translated_and_names_picked_in_the_language() -> None:
    egypt = Names.of({"en": "Egypt", "fr": "Égypte", "ar": "مصر"})
    m = msg("{name} is already inscribed for {kind} ({where}).", name=egypt,
            kind=msg("a point of order"), where=msg("number {n} on the list", n=3))
    assert str(m) == "Egypt is already inscribed for a point of order (number 3 on the list)."
    assert m.text(french, "fr") == ("Égypte est déjà inscrit pour une motion d'ordre "
                                    "(numéro 3 sur la liste).")
    assert Names.of({"en": "Egypt"}).name("zh") == "Egypt"


def test_a_broken_translation_falls_back_to_english() -> None:
    m = msg("Segment '{id}' is already open.", id="panel-1")

    def broken(_c: str, _t: str, _n: int | None) -> str:
        return "Le segment '{identifiant}' est déjà ouvert."

    assert m.text(broken, "fr") == "Segment 'panel-1' is already open."
    assert str(msg("{not a field")) == "{not a field"


def test_a_refusal_carries_its_message() -> None:
    service = memory_service()
    service.open_segment("panel-1")
    service.request("EGY")
    try:
        service.request("EGY")
    except Refused as exc:
        assert "Egypt is already inscribed for a statement" in exc.reason
        text = exc.message.text(lambda c, t, n: {"a statement": "une déclaration"}.get(t, t),
                                "fr")
        assert "Égypte" in text and "une déclaration" in text
    else:
        raise AssertionError("inscribing twice was not refused")


def test_programme_problems_carry_messages() -> None:
    [problem] = check_programme_text('title = "T"\ndate = 2012-04-03\n[[segments]]\n'
                                     'id = "a"\nkind = "pannel"\ntitle = "A"\n'
                                     'start = "10:00"\nend = "11:00"\n')
    assert problem.said is not None
    assert problem.text() == str(problem)
    shown = problem.text(lambda c, t, n: t.replace("unknown segment kind", "type inconnu"))
    assert "type inconnu \"pannel\" (did you mean 'panel'?)" in shown


def test_a_programme_without_file_has_no_line_asides() -> None:
    p = parse_programme('title = "T"\ndate = 2012-04-03\n[[segments]]\nid = "a"\n'
                        'kind = "panel"\ntitle = "A"\nstart = "10:00"\nend = "11:00"\n'
                        '[[segments.themes]]\nid = "x"\ntitle = "X"\n')
    from dataclasses import replace

    seg = p.segments[0]
    twice = replace(p, segments=(replace(seg, themes=seg.themes * 2),))
    [problem] = check_programme(twice)
    assert "line" not in problem.message and "line" not in problem.text()


def check_programme_text(text: str) -> list:  # type: ignore[type-arg]
    from floorapp.core.programme.file import _read

    return _read(text, "meeting.toml")[1]
