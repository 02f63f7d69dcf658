"""Every window and dialog, in every language: no string shows in English when it has a
translation (names and numbers are not translated, and are not English sources)."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from floorapp.core.clock import FakeClock
from floorapp.export.sample_meeting import programme_2012
from floorapp.gui.app import CONSOLE_HOOKS, apply_language, install_hooks
from floorapp.gui.console.main_window import ConsoleWindow
from floorapp.gui.console.words import LANGUAGE_NAMES
from floorapp.gui.floor_qt import QtFloor
from floorapp.gui.screenshots import PANEL_OPENS, play_meeting
from floorapp.gui.settings import LANGUAGE, Settings
from floorapp.gui.tour import tour
from floorapp.service import FloorService
from scripts import translations


def normal(text: str) -> str:
    """A string as compared: no accelerator marks, no trailing colon, ellipsis or stop."""
    text = re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":：…. ").strip()


def sources_and_same(lang: str) -> tuple[set[str], set[str]]:
    """English sources, and those whose translation in ``lang`` is the same text."""
    ts = translations._read_ts(translations.FOLDER / f"floorapp_{lang}.ts")
    sources: set[str] = set()
    same: set[str] = set()
    for (_ctx, source), (text, kind) in ts.items():
        if kind in ("vanished", "obsolete") or "{" in source or not normal(source):
            continue
        sources.add(normal(source))
        forms = text if isinstance(text, tuple) else (text,)
        if any(normal(f) == normal(source) for f in forms):
            same.add(normal(source))
    return sources, same


def _rich(text: str) -> list[str]:
    plain = QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text
    return [line for part in plain.splitlines() for line in part.split("\t")]


def _model_texts(model: QAbstractItemModel | None) -> Iterator[str]:
    if model is None:
        return
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model keeps its one column to itself
        columns = 1
    for c in range(columns):
        yield str(model.headerData(c, Qt.Orientation.Horizontal) or "")
    for r in range(min(model.rowCount(root), 60)):
        for c in range(columns):
            yield str(model.index(r, c, root).data() or "")


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())  # type: ignore[arg-type]


def visible_texts(top: QWidget) -> Iterator[str]:
    """Every string a person sees in ``top`` (labels, buttons, tabs, lists, menus, fields)."""
    yield top.windowTitle()
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisibleTo(top) and w is not top:
            continue
        if isinstance(w, QLabel):
            yield from _rich(w.text())
        elif isinstance(w, QAbstractButton):
            yield w.text()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QLineEdit):
            yield w.placeholderText()
        elif isinstance(w, QPlainTextEdit):
            yield w.placeholderText()
        elif isinstance(w, QAbstractItemView):
            yield from _model_texts(w.model())
        if isinstance(w, QTabWidget):
            yield from (w.tabText(i) for i in range(w.count()))
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            if action.menu() is not None:
                yield from _menu_texts(action.menu())  # type: ignore[arg-type]


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    apply_language(qapp, "en")


@pytest.mark.parametrize("lang", ["ar", "zh", "fr", "ru", "es"])
def test_no_window_shows_an_english_string(
    lang: str, qapp: QApplication, english_afterwards: None,
) -> None:
    sources, same = sources_and_same(lang)
    same |= set(LANGUAGE_NAMES.values())  # each language named in itself: "English"
    install_hooks()
    apply_language(qapp, lang)
    english: dict[str, set[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        clock = FakeClock(PANEL_OPENS)
        service = FloorService.create(Path(tmp) / "m.floor", programme_2012(), clock)
        floor = QtFloor(service)
        try:
            play_meeting(service, clock)
            settings = Settings(Path(tmp) / "floor.ini")
            settings.set(LANGUAGE, lang)
            window = ConsoleWindow(floor, settings)
            for hook in CONSOLE_HOOKS:
                hook(window, floor, settings)
            window.resize(1366, 768)
            window.show()
            stops = 0
            for stop in tour(window, floor, settings, lang):
                stops += 1
                for text in visible_texts(stop.widget):
                    for piece in {text, *text.split(" · ")}:
                        found = normal(piece)
                        if found in sources and found not in same:
                            english.setdefault(stop.name, set()).add(found)
            assert stops >= 15
            window.close()
            window.deleteLater()
        finally:
            floor.stop()
            service.close()
    assert english == {}, f"English left in {lang}: {english}"
