"""Fonts for the six scripts: every character Floor shows in a language has a glyph."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from floorapp.core.categories import LANGUAGES
from floorapp.core.programme.file import BUNDLED_PROGRAMMES, bundled_programme, load_programme
from floorapp.gui.display.fitting import display_font
from floorapp.qt.languages import FONTS, families, font_for
from scripts import translations


def _texts(lang: str) -> set[str]:
    """What Floor may show in ``lang``: its translations and the bundled programmes' texts."""
    out: set[str] = set()
    if lang != "en":
        root = ET.parse(translations.FOLDER / f"floorapp_{lang}.ts").getroot()
        out |= {t.text or "" for t in root.iter("translation")}
        out |= {t.text or "" for t in root.iter("numerusform")}
    for name in BUNDLED_PROGRAMMES:
        p = load_programme(bundled_programme(name)).in_language(lang)
        out |= {p.title, p.venue, *(s.title for s in p.segments),
                *(t.title for s in p.segments for t in s.themes)}
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_character_has_a_glyph(lang: str, qapp: QApplication) -> None:
    chosen = families(lang)
    if not chosen:
        pytest.skip("none of the fonts Floor looks for is installed here")
    metrics = [QFontMetrics(QFont(f)) for f in chosen]
    missing = {c for text in _texts(lang) for c in text
               if c.isprintable() and not c.isspace()
               and not any(m.inFontUcs4(ord(c)) for m in metrics)}
    assert not missing, f"no glyph in {chosen} for {sorted(missing)}"


def test_the_language_s_script_comes_first(qapp: QApplication) -> None:
    table = {"latin": {"Noto Sans", "Segoe UI", ".AppleSystemUIFont"},
             "han": {"Noto Sans CJK SC"}, "arabic": {"Noto Naskh Arabic"}}
    have = {"Noto Sans", "Noto Naskh Arabic", "Noto Sans CJK SC"}
    assert families("zh", have)[0] == "Noto Sans CJK SC"
    assert families("ar", have)[0] == "Noto Naskh Arabic"
    assert families("ru", have)[0] == "Noto Sans"
    assert families("fr", have) == ["Noto Sans", "Noto Naskh Arabic", "Noto Sans CJK SC"]
    assert table and set(FONTS) == {"linux", "win32", "darwin"}


def test_line_heights_fit_the_script(qapp: QApplication) -> None:
    """A line in the language's font is as tall as its text's ink: no clipped marks."""
    for lang, sample in (("ar", "مكافحة الاتجار بالبشر: الشراكة والابتكار"),
                         ("zh", "打击贩运人口：以伙伴关系和创新终止暴力行为"),
                         ("ru", "Борьба с торговлей людьми")):
        for font in (font_for(lang), display_font(False, lang)):
            font.setPixelSize(24)
            m = QFontMetrics(font)
            ink = m.tightBoundingRect(sample)
            assert ink.height() <= m.height(), (lang, font.families()[:1])


@pytest.mark.parametrize(("platform", "installed", "first"), [
    ("win32", {"Segoe UI", "Tahoma", "Microsoft YaHei UI", "SimSun", "Arial"},
     {"ar": "Segoe UI", "zh": "Microsoft YaHei UI", "ru": "Segoe UI"}),
    ("darwin", {".AppleSystemUIFont", "Geeza Pro", "PingFang SC", "Helvetica Neue"},
     {"ar": "Geeza Pro", "zh": "PingFang SC", "fr": ".AppleSystemUIFont"}),
    ("linux", {"Noto Sans", "Noto Naskh Arabic", "Noto Sans CJK SC"},
     {"ar": "Noto Naskh Arabic", "zh": "Noto Sans CJK SC", "es": "Noto Sans"}),
])
def test_each_platform_names_its_own_fonts_for_the_six_languages(
        monkeypatch: pytest.MonkeyPatch, platform: str, installed: set[str],
        first: dict[str, str]) -> None:
    """Windows and macOS cannot run here: the choice is checked against the fonts those
    systems ship, every script covered by one of them."""
    from floorapp.qt import languages

    monkeypatch.setattr(languages.sys, "platform", platform)
    for lang, family in first.items():
        chosen = languages.families(lang, installed)
        assert chosen[0] == family, (platform, lang, chosen)
        scripts = languages.platform_fonts()
        assert all(any(f in chosen for f in scripts[s]) for s in ("latin", "arabic", "han"))
