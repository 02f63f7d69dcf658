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
