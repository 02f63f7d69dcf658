"""Alt and a letter opens one menu of the menu bar, in every language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from floorapp.gui.app import apply_language
from floorapp.gui.console import shortcuts


@pytest.mark.parametrize("language", ["en", "ar", "zh", "fr", "ru", "es"])
def test_the_menu_bar_letters_differ(qapp: QApplication, language: str) -> None:
    apply_language(qapp, language)
    try:
        titles = [shortcuts.tr(t) for t in shortcuts.GROUPS.values()]
        letters = [m.group(1).casefold() for t in titles
                   if (m := re.search(r"&([^&\s])", t)) is not None]
        assert len(letters) == len(set(letters)), titles
    finally:
        apply_language(qapp, "en")
