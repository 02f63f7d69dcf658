"""The synthesis editor: proposals shown, edits journaled, never lost, right to left."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from floorapp.export.demo_2012 import demo_service
from floorapp.export.draft import summary_document
from floorapp.export.record import build_summary
from floorapp.gui.synthesis_editor import SynthesisEditor
from floorapp.qt.floor_qt import QtFloor


@pytest.fixture
def floor(qtbot: QtBot) -> Iterator[QtFloor]:
    qt_floor = QtFloor(demo_service())
    yield qt_floor
    qt_floor.stop()


def _editor(qtbot: QtBot, floor: QtFloor, lang: str = "en") -> SynthesisEditor:
    editor = SynthesisEditor(floor, lang)
    qtbot.addWidget(editor)
    return editor


def _select(editor: SynthesisEditor, key: str) -> None:
    k = [e.key for e in editor.rows].index(key)
    for row in range(editor.list.count()):
        if editor.list.item(row).data(Qt.ItemDataRole.UserRole) == k:
            editor.list.setCurrentRow(row)
            return
    raise AssertionError(key)


def test_lists_every_paragraph_with_its_proposal(qtbot: QtBot, floor: QtFloor) -> None:
    editor = _editor(qtbot, floor)
    keys = [e.key for e in editor.rows]
    assert "panel-1/political-will" in keys and "panel-2/trust-fund" in keys
    assert "opening/#intro" in keys
    _select(editor, "panel-2/children")
    assert editor.proposal.toPlainText() == ("Four delegations called for special "
                                             "protection and care for trafficked children.")
    assert editor.text.toPlainText() == ""


def test_keep_journals_and_the_export_prints_it(qtbot: QtBot, floor: QtFloor,
                                                 tmp_path: Path) -> None:
    editor = _editor(qtbot, floor)
    _select(editor, "panel-2/children")
    editor.text.setPlainText("Speakers stressed the protection of trafficked children.")
    qtbot.mouseClick(editor.keep, Qt.MouseButton.LeftButton)
    svc = floor.service
    assert svc.state.synthesis["en"]["panel-2/children"] == \
        "Speakers stressed the protection of trafficked children."
    text = summary_document(build_summary(svc.state, svc.log()), "en").text()
    assert "Speakers stressed the protection of trafficked children." in text
    qtbot.mouseClick(editor.use_proposal, Qt.MouseButton.LeftButton)
    assert "panel-2/children" not in svc.state.synthesis["en"]


def test_an_edit_is_kept_when_moving_on_or_closing(qtbot: QtBot, floor: QtFloor) -> None:
    editor = _editor(qtbot, floor)
    _select(editor, "panel-1/demand")
    editor.text.setPlainText("Typed, then moved on.")
    _select(editor, "panel-1/political-will")
    editor.text.setPlainText("Typed, then closed.")
    editor.language.setCurrentIndex(editor.language.findData("fr"))  # kept in English
    kept = floor.service.state.synthesis["en"]
    assert kept["panel-1/demand"] == "Typed, then moved on."
    assert kept["panel-1/political-will"] == "Typed, then closed."
    _select(editor, "panel-1/demand")
    editor.text.setPlainText("Texte français.")
    editor.reject()  # Close, or Escape
    assert floor.service.state.synthesis["fr"]["panel-1/demand"] == "Texte français."


def test_arabic_is_edited_right_to_left(qtbot: QtBot, floor: QtFloor) -> None:
    editor = _editor(qtbot, floor, "ar")
    assert editor.text.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "وفود" in "".join(e.proposal for e in editor.rows)
