"""The fixed text in six languages: complete, and dates, numbers and phrases formatted right."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from floorapp.core.categories import LANGUAGES, RequestKind, SpeakerCategory
from floorapp.export.figures import REGIONAL_GROUPS
from floorapp.export.record import Named
from floorapp.export.strings import Strings, UnknownLanguage, speaker_line
from floorapp.resources_paths import resources_folder


def tables() -> tuple[dict, dict]:
    folder = resources_folder() / "export"
    with (folder / "strings.toml").open("rb") as fh:
        strings = tomllib.load(fh)
    with (folder / "groups.toml").open("rb") as fh:
        groups = tomllib.load(fh)
    return strings, groups


def flat(table: dict, prefix: str = "") -> dict[str, object]:
    out: dict[str, object] = {}
    for k, v in table.items():
        if isinstance(v, dict):
            out.update(flat(v, f"{prefix}{k}."))
        else:
            out[f"{prefix}{k}"] = v
    return out


def test_every_language_has_every_key_and_no_empty_text() -> None:
    strings, _ = tables()
    assert set(strings) == set(LANGUAGES)
    english = flat(strings["en"])
    for lang in LANGUAGES:
        keys = flat(strings[lang])
        assert set(keys) == set(english), lang
        assert all(v not in ("", []) for v in keys.values()), lang
        assert len(strings[lang]["months"]) == 12 and len(strings[lang]["weekdays"]) == 7


def test_placeholders_are_the_same_in_every_language() -> None:
    import string

    strings, _ = tables()
    english = flat(strings["en"])
    for lang in LANGUAGES:
        for key, text in flat(strings[lang]).items():
            if isinstance(text, str):
                names = {f for _, f, _, _ in string.Formatter().parse(text) if f}
                wanted = {f for _, f, _, _ in string.Formatter().parse(str(english[key])) if f}
                assert names == wanted, (lang, key)


def test_categories_kinds_languages_and_groups_are_all_named() -> None:
    strings, _ = tables()
    for lang in LANGUAGES:
        t = strings[lang]
        assert {c.value for c in SpeakerCategory} == set(t["category"])
        assert {k.value for k in RequestKind} == set(t["kind"])
        assert {*LANGUAGES, "other"} == set(t["language"])
        assert {*REGIONAL_GROUPS, "none"} == set(t["regional_group"])
        assert Strings(lang).regional_group("") == t["regional_group"]["none"]


def test_groups_have_all_six_languages() -> None:
    _, groups = tables()
    for table in ("behalf", "convener"):
        for name, entry in groups[table].items():
            assert set(LANGUAGES) <= set(entry), name
            assert entry["match"], name


@pytest.mark.parametrize(("lang", "short", "long"), [
    ("en", "3 April 2012", "Tuesday, 3 April 2012"),
    ("fr", "3 avril 2012", "mardi 3 avril 2012"),
    ("es", "3 de abril de 2012", "martes 3 de abril de 2012"),
    ("ru", "3 апреля 2012 года", "вторник, 3 апреля 2012 года"),
    ("zh", "2012年4月3日", "2012年4月3日（星期二）"),
    ("ar", "3 نيسان/أبريل 2012", "الثلاثاء، 3 نيسان/أبريل 2012"),
])
def test_dates(lang: str, short: str, long: str) -> None:
    s = Strings(lang)
    assert s.date(date(2012, 4, 3)) == short
    assert s.date(date(2012, 4, 3), weekday=True) == long


def test_first_of_the_month_in_french() -> None:
    assert Strings("fr").date(date(2009, 5, 1)) == "1er mai 2009"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "USD 50,000"), ("fr", "50\u202f000 USD"), ("es", "50.000 USD"),
    ("ru", "50\u00a0000 USD"), ("zh", "50,000 USD"), ("ar", "50,000 USD"),
])
def test_amounts(lang: str, text: str) -> None:
    assert Strings(lang).amount(50000, "USD") == text


def test_amount_with_cents_and_durations() -> None:
    assert Strings("fr").amount(1234.5, "EUR") == "1\u202f234,50 EUR"
    assert Strings.duration(190) == "3:10"
    assert Strings.duration(3725, hours=True) == "1:02:05"


def test_lists_join_with_the_language_s_conjunction() -> None:
    assert Strings("en").join(["A", "B", "C"]) == "A, B and C"
    assert Strings("fr").join(["A", "B"]) == "A et B"
    assert Strings("zh").join(["甲", "乙", "丙"]) == "甲、乙和丙"
    assert Strings("ar").join(["أ", "ب"]) == "أ وب"


def test_on_behalf_of_known_groups_is_declined() -> None:
    egypt = Named("EGY", {"en": "Egypt", "fr": "Égypte", "ru": "Египет", "zh": "埃及"})
    group = Named("", {"en": "the African group"}, "group")
    assert speaker_line(Strings("en"), egypt, group) == "Egypt, on behalf of the African Group"
    assert speaker_line(Strings("fr"), egypt, group) == \
        "Égypte, au nom du Groupe des États d’Afrique"
    assert speaker_line(Strings("ru"), egypt, group) == \
        "Египет, от имени Группы африканских государств"
    assert speaker_line(Strings("zh"), egypt, group) == "埃及（代表非洲国家集团）"
    eu = Named("EU", {"en": "European Union", "es": "Unión Europea"}, "observer")
    assert Strings("es").behalf(eu) == "en nombre de la Unión Europea"


def test_unknown_groups_and_delivered_by() -> None:
    s = Strings("en")
    speaker = Named("X", {"en": "Ruritania"})
    typed = Named("", {"en": "Friends of Ruritania"}, "group")
    reader = Named("Y", {"en": "Freedonia"})
    assert speaker_line(s, speaker, typed, reader) == \
        "Ruritania, on behalf of Friends of Ruritania (delivered by Freedonia)"


def test_convener() -> None:
    assert Strings("fr").convener("President of the General Assembly") == \
        "le Président de l’Assemblée générale"
    assert Strings("es").convener("") == "el Presidente de la Asamblea General"
    assert Strings("en").convener("H.E. Ms. Example") == "H.E. Ms. Example"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(UnknownLanguage, match="ar, zh, en, fr, ru, es"):
        Strings("de")


def test_arabic_is_right_to_left() -> None:
    assert Strings("ar").rtl and not Strings("zh").rtl
