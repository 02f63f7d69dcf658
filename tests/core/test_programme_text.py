"""The programme's texts in six languages: the file form, the lookup and its fallback."""

from __future__ import annotations

from dataclasses import replace

import pytest

from floorapp.core.categories import LANGUAGES
from floorapp.core.programme.file import (
    BUNDLED_PROGRAMMES,
    bundled_programme,
    dump_programme,
    load_programme,
    parse_programme,
)
from floorapp.core.programme.model import programme_from_dict, programme_to_dict
from floorapp.core.programme.text import Translations

FILE = """
language = "en"
title = "A test dialogue"
title_fr = "Un dialogue d'essai"
title_ar = "حوار تجريبي"
date = 2012-04-03
venue = "Conference Room 2"
venue_zh = "第2会议室"
organisers = ["UNODC", "UN GIFT"]
organisers_es = ["UNODC", ""]

[chair]
id = "pga"
name = "H.E. Nassir Abdulaziz Al-Nasser"
name_ar = "ناصر عبد العزيز النصر"
role = "President of the General Assembly"
role_ru = "Председатель Генеральной Ассамблеи"

[[segments]]
id = "panel-1"
kind = "panel"
title = "Panel I"
title_fr = "Réunion-débat I"
start = "10:00"
end = "11:00"
description = "Panellists are invited to focus on these themes."
description_es = ""

[[segments.themes]]
id = "demand"
title = "Curbing the demand"
title_zh = "遏制需求"
"""


def test_translations_are_read_from_suffixed_keys() -> None:
    p = parse_programme(FILE)
    assert p.title == "A test dialogue"
    assert p.translations.get("title", "fr") == "Un dialogue d'essai"
    assert p.translations.get("venue", "zh") == "第2会议室"
    assert p.chair is not None and p.chair.translations.get("name", "ar") == "ناصر عبد العزيز النصر"
    seg = p.segments[0]
    assert seg.translations.field("title") == {"fr": "Réunion-débat I"}
    assert seg.translations.get("description", "es") is None  # blank = not translated
    assert seg.themes[0].translations.get("title", "zh") == "遏制需求"


def test_lookup_falls_back_to_the_original_and_says_so() -> None:
    p = parse_programme(FILE)
    seg = p.segments[0]
    fr = p.text(seg, "title", "fr")
    assert (fr.text, fr.language, fr.fallback) == ("Réunion-débat I", "fr", False)
    ru = p.text(seg, "title", "ru")
    assert (ru.text, ru.language, ru.wanted, ru.fallback) == ("Panel I", "en", "ru", True)
    en = p.text(seg, "title", "en")
    assert (en.text, en.fallback) == ("Panel I", False)
    assert [o.text for o in p.organisers_in("es")] == ["UNODC", "UN GIFT"]
    assert [o.fallback for o in p.organisers_in("es")] == [False, True]


def test_in_language_gives_a_programme_to_show() -> None:
    p = parse_programme(FILE)
    fr = p.in_language("fr")
    assert fr.title == "Un dialogue d'essai"
    assert fr.segments[0].title == "Réunion-débat I"
    assert fr.segments[0].themes[0].title == "Curbing the demand"  # not translated: original
    assert fr.venue == "Conference Room 2"
    assert fr.language == "fr" and not fr.translations
    ar = p.in_language("ar")
    assert ar.chair is not None and ar.chair.name == "ناصر عبد العزيز النصر"
    assert p.in_language("en") == replace(p, translations=Translations(),
                                          chair=replace(p.chair, translations=Translations()),
                                          segments=tuple(p.in_language("en").segments))


def test_untranslated_lists_what_is_missing() -> None:
    p = parse_programme(FILE)
    missing = p.untranslated("zh")
    assert "the meeting: title" in missing
    assert "the meeting: venue" not in missing
    assert "segment panel-1, theme demand: title" not in missing
    assert "segment panel-1: title" in missing
    assert p.untranslated("en") == []


def test_translations_survive_dump_and_journal() -> None:
    p = parse_programme(FILE)
    text = dump_programme(p)
    assert 'title_fr = "Réunion-débat I"' in text
    assert text.index("title_ar") < text.index("title_fr")  # the six languages' order
    assert parse_programme(text) == p
    assert programme_from_dict(programme_to_dict(p)) == p
    old = programme_to_dict(p)
    old.pop("translations")  # a journal written before translations existed
    assert not programme_from_dict(old).translations


def test_an_original_in_another_language() -> None:
    p = parse_programme(FILE.replace('language = "en"', 'language = "fr"')
                        .replace('title_fr = "Réunion-débat I"', 'title_en = "Panel One"')
                        .replace("title_fr = \"Un dialogue d'essai\"", ""))
    assert p.text(p.segments[0], "title", "en").text == "Panel One"
    zh = p.text(p.segments[0], "title", "zh")
    assert (zh.text, zh.language, zh.fallback) == ("Panel I", "fr", True)


@pytest.mark.parametrize("name", [n for n in BUNDLED_PROGRAMMES if n != "template.toml"])
def test_the_bundled_meetings_are_in_all_six_languages(name: str) -> None:
    p = load_programme(bundled_programme(name))
    for lang in LANGUAGES:
        assert p.untranslated(lang) == [], (name, lang)


def test_check_lists_what_is_not_translated(capsys: pytest.CaptureFixture[str]) -> None:
    from floorapp.cli.check import check_main
    from floorapp.core.programme.file import BUNDLED_PROGRAMMES as names
    from floorapp.resources_paths import resource

    folder = resource("programmes")
    assert check_main([str(folder / "template.toml"), str(folder / names[0]),
                       "--translations"]) == 0
    out = capsys.readouterr().out
    assert "template.toml: fr: " in out and "not translated (shown in en)" in out
    assert "segment opening: title" in out
    assert f"{names[0]}: zh: every text is translated" in out
