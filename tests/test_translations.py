"""The translation files keep up with the code, and a translation reaches the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from scripts import translations


def test_every_string_of_the_code_is_in_the_translation_files() -> None:
    cat = translations.extract()
    assert sum(len(m) for m in cat.strings.values()) > 300
    # Strings from the module-level tr() helpers, the N() markers and Setting(...) titles.
    assert "Next speaker" in cat.strings["Shortcuts"]
    assert "Warning time" in cat.strings["Settings"]
    assert "Add a participant" in cat.strings["AddParticipant"]
    assert translations.missing(cat) == [], "run: python scripts/translations.py extract"


def test_a_translated_string_is_shown(tmp_path: Path, qapp: object) -> None:
    if translations.lrelease() is None:
        pytest.skip("pyside6-lrelease is not installed")
    cat = translations.Catalogue()
    cat.add("Console", "The speaker display is not available.", "x.py", 1)
    ts = translations.write_ts(cat, "fr", tmp_path)
    ts.write_text(ts.read_text(encoding="utf-8").replace(
        '<translation type="unfinished" />',
        "<translation>L'écran des orateurs n'est pas disponible.</translation>"),
        encoding="utf-8")
    [qm] = translations.compile_ts(tmp_path)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Console", "The speaker display is not available.") \
            == "L'écran des orateurs n'est pas disponible."
    finally:
        QCoreApplication.removeTranslator(translator)


def test_no_string_is_left_unfinished() -> None:
    """Every string of the code is translated in all five .ts files, every plural form too."""
    cat = translations.extract()
    todo = translations.unfinished(cat)
    assert todo == [], (f"{len(todo)} untranslated; run scripts/translations.py pending LANG: "
                        + "; ".join(todo[:5]))


def test_plurals_have_every_form_of_the_language() -> None:
    cat = translations.extract()
    assert ("Messages", "{name} has already had {n} rights of reply in this segment.") \
        in cat.numerus
    for lang, forms in translations.NUMERUS_FORMS.items():
        ts = translations._read_ts(translations.FOLDER / f"floorapp_{lang}.ts")
        text, _kind = ts[("Messages", "{names} and {n} more")]
        assert isinstance(text, tuple) and len(text) == forms, lang


@pytest.mark.parametrize(("lang", "count", "expected"), [
    ("ru", 1, "раз."), ("ru", 2, "раза."), ("ru", 5, "раз."),
    ("ar", 1, "مرة واحدة"), ("ar", 2, "مرتين"),
    ("fr", 2, "droits de réponse"), ("fr", 1, "droit de réponse"),
])
def test_a_plural_message_takes_the_right_form(
    qapp: object, lang: str, count: int, expected: str,
) -> None:
    from floorapp.core.messages import msg
    from floorapp.gui.messages import qt_translate

    qm = translations.FOLDER / f"floorapp_{lang}.qm"
    if not qm.exists():
        pytest.skip("the .qm files are not compiled")
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        m = msg("{name} has already had {n} rights of reply in this segment.",
                one="{name} has already had {n} right of reply in this segment.",
                count=count, name="X")
        assert expected in m.text(qt_translate, lang)
    finally:
        QCoreApplication.removeTranslator(translator)
