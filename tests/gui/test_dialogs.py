"""The dialogs: the programme editor, adding a participant, and the list of problems."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableWidgetItem, QTimeEdit
from pytestqt.qtbot import QtBot

from floorapp.core import events as ev
from floorapp.core.categories import SpeakerCategory
from floorapp.gui.dialogs import (
    AddParticipantDialog,
    ProblemsDialog,
    ProgrammeEditor,
    error_dialog,
)
from floorapp.gui.dialogs.rows import RowsEditor
from floorapp.qt.floor_qt import QtFloor
from floorapp.service import FloorService
from tests.helpers.factories import small_programme


@pytest.fixture
def floor(service: FloorService, qapp: QApplication) -> Iterator[QtFloor]:
    """The Qt face of the test meeting; its repaint timer stops at the end."""
    f = QtFloor(service)
    yield f
    f.stop()


@pytest.fixture
def editor(floor: QtFloor, qtbot: QtBot) -> ProgrammeEditor:
    """The programme editor on the test meeting."""
    dialog = ProgrammeEditor(floor)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def ok_enabled(editor: ProgrammeEditor) -> bool:
    """Whether OK can be pressed."""
    return editor.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def cell(rows: RowsEditor, row: int, column: int) -> QTableWidgetItem:
    """A cell of a rows editor."""
    item = rows.table.item(row, column)
    assert item is not None
    return item


def select(editor: ProgrammeEditor, segment_id: str) -> None:
    """Show a segment in the form."""
    editor.pages.list.setCurrentRow([s.id for s in editor.pages.segments].index(segment_id))


# -- the programme editor ---------------------------------------------------------------------


def test_unchanged_editor_gives_back_the_same_programme(editor: ProgrammeEditor) -> None:
    assert editor.programme() == small_programme()
    assert editor.problems() == []
    assert ok_enabled(editor)
    assert not editor.problems_label.isVisible()


def test_edits_replace_the_live_programme(
    editor: ProgrammeEditor, service: FloorService, qtbot: QtBot,
) -> None:
    editor.title.setText("Dialogue on trafficking")
    editor.venue.setText("Trusteeship Council Chamber")
    select(editor, "panel-2")
    editor.pages.add_segment()
    form = editor.pages.form
    qtbot.keyClicks(form.title, "Panel III")
    assert form.start.time() == QTime(17, 45)
    form.end.setTime(QTime(18, 30))
    form.ident.setText("panel-3")
    form.moderator.name.setText("Moderator Three")
    form.panellists.add_row()
    cell(form.panellists, 0, 0).setText("Ms. Panellist Three")
    cell(form.panellists, 0, 1).setText("UNODC")
    form.themes.add_row()
    cell(form.themes, 0, 0).setText("Assistance to victims")
    form.limits.fields["member_state"].setValue(120)
    editor.accept()
    assert editor.result() == editor.DialogCode.Accepted
    p = service.programme
    assert p.title == "Dialogue on trafficking"
    assert p.venue == "Trusteeship Council Chamber"
    assert [s.id for s in p.segments] == ["opening", "panel-1", "panel-2", "panel-3"]
    seg = p.segment("panel-3")
    assert seg.title == "Panel III" and (seg.start, seg.end) == (time(17, 45), time(18, 30))
    assert seg.moderator is not None and seg.moderator.name == "Moderator Three"
    assert [(x.name, x.role, x.category) for x in seg.panellists] == [
        ("Ms. Panellist Three", "UNODC", SpeakerCategory.PANELLIST)]
    assert [(t.id, t.title) for t in seg.themes] == [
        ("assistance-to-victims", "Assistance to victims")]
    assert seg.limits == {"member_state": 120}
    assert p.limit("panel-3", "member_state") == 120
    assert service.journal.read()[-1].type == ev.PROGRAMME_REPLACED


def test_bad_input_is_refused_with_a_message(
    editor: ProgrammeEditor, service: FloorService,
) -> None:
    select(editor, "panel-1")
    editor.pages.form.end.setTime(QTime(10, 30))
    editor.pages.form.end.timeChanged.emit(QTime(10, 30))
    text = editor.problems_label.text()
    assert "Panel I" in text and "ends at 10:30" in text and "11:00" in text
    assert not ok_enabled(editor)
    editor.accept()
    assert editor.isVisible() and editor.result() != editor.DialogCode.Accepted
    assert service.programme == small_programme()  # nothing changed

    editor.pages.form.end.setTime(QTime(13, 0))
    editor.pages.form.ident.setText("panel-2")
    editor.pages.form.ident.textEdited.emit("panel-2")
    assert "Two segments have the id “panel-2”" in editor.problems_label.text()
    editor.pages.form.ident.setText("panel 1!")
    editor.pages.form.ident.textEdited.emit("panel 1!")
    assert "may only have letters, digits" in editor.problems_label.text()
    editor.pages.form.ident.setText("panel-1")
    editor.pages.form.ident.textEdited.emit("panel-1")
    editor.title.setText("  ")
    editor.title.textEdited.emit("  ")
    assert editor.problems_label.text() == "✋ The meeting needs a title."
    editor.title.setText("Test dialogue")
    editor.title.textEdited.emit("Test dialogue")
    assert ok_enabled(editor)
    # What the form does not check itself, the programme file's checks do.
    editor.pages.form.limits.fields["observer"].setValue(5)
    assert "too short to speak" in editor.problems_label.text()
    assert not ok_enabled(editor)


def test_segments_out_of_time_order_are_named(editor: ProgrammeEditor) -> None:
    select(editor, "panel-2")
    editor.pages.move_segment(-1)
    assert [s.id for s in editor.pages.segments] == ["opening", "panel-2", "panel-1"]
    assert editor.pages.list.currentRow() == 1
    assert "“Panel I” starts at 11:00, before “Panel II” ends at 17:45." in editor.problems()
    editor.pages.move_segment(1)
    assert editor.problems() == []


def test_a_segment_in_use_cannot_be_removed(
    editor: ProgrammeEditor, service: FloorService,
) -> None:
    service.open_segment("panel-1")
    select(editor, "panel-1")
    editor.pages.remove_segment()
    assert [s.id for s in editor.pages.segments] == ["opening", "panel-2"]
    assert any("cannot be removed" in p and "Panel I" in p for p in editor.problems())
    assert not ok_enabled(editor)


def test_a_theme_used_in_notes_stays(editor: ProgrammeEditor, service: FloorService) -> None:
    service.open_segment("panel-1")
    service.request("QAT")
    service.next()
    service.add_note("Political will matters", ["political-will"])
    select(editor, "panel-1")
    editor.pages.form.themes.table.setCurrentCell(0, 0)
    editor.pages.form.themes.remove_row()
    assert any("political-will" in p and "notes" in p for p in editor.problems())


def test_the_editor_mirrors_right_to_left(floor: QtFloor, qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = ProgrammeEditor(floor)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        title = dialog.title
        assert title.mapTo(dialog, title.rect().topLeft()).x() < dialog.width() // 2
        select(dialog, "panel-1")
        assert dialog.pages.form.start.text() == "11:00"  # times read left to right in Arabic too
        assert dialog.date.text() == "2012-04-03"
        assert dialog.limits.fields["member_state"].text() == "03:00"
        # Date and time fields mirror with the dialog (arrows on the left), as spin boxes
        # do, and a time typed section by section still lands hours first.
        start = dialog.pages.form.start
        assert start.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dialog.date.layoutDirection() == Qt.LayoutDirection.RightToLeft
        start.setFocus()
        start.setSelectedSection(QTimeEdit.Section.HourSection)
        qtbot.keyClicks(start, "0930")
        assert start.time().toString("HH:mm") == "09:30"
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_saves_the_programme_to_toml(
    editor: ProgrammeEditor, service: FloorService, tmp_path: Path,
) -> None:
    programme_file = pytest.importorskip("floorapp.core.programme.file")
    target = tmp_path / "edited.toml"
    editor.save.setChecked(True)
    editor.save_path.setText(str(target))
    editor.title.setText("Saved dialogue")
    editor.accept()
    assert service.programme.title == "Saved dialogue"
    assert programme_file.load_programme(target) == service.programme


# -- adding a participant ----------------------------------------------------------------------


def test_add_a_participant_with_names_in_six_languages(floor: QtFloor, qtbot: QtBot) -> None:
    dialog = AddParticipantDialog(floor, "African Union")
    qtbot.addWidget(dialog)
    dialog.names["ar"].setText("الاتحاد الأفريقي")
    dialog.names["fr"].setText("Union africaine")
    dialog.category.setCurrentIndex(dialog.category.findData("observer"))
    assert dialog.names["ar"].layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.accept()
    assert dialog.added is not None
    assert dialog.added.category is SpeakerCategory.OBSERVER
    assert dialog.added.name("ar") == "الاتحاد الأفريقي"
    assert dialog.added.name("fr") == "Union africaine"
    assert dialog.added.name("zh") == "African Union"  # falls back to English
    assert floor.service.resolve(dialog.added.id) == dialog.added


def test_a_participant_needs_a_new_english_name(floor: QtFloor, qtbot: QtBot) -> None:
    dialog = AddParticipantDialog(floor)
    qtbot.addWidget(dialog)
    assert dialog.problems() == ["Type the name in English."]
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.names["en"].setText("qatar")
    dialog.names["en"].textEdited.emit("qatar")
    assert "already a participant (Qatar)" in dialog.problem.text()
    dialog.accept()
    assert dialog.added is None


# -- problems ---------------------------------------------------------------------------------


def test_problems_are_listed_one_per_line(qtbot: QtBot) -> None:
    problems = ["meeting.toml, line 4: the date “2012-13-01” is not a date.",
                "meeting.toml, line 9: segment “panel-1” ends before it starts."]
    dialog = ProblemsDialog("The programme file has problems", problems)
    qtbot.addWidget(dialog)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == problems
    assert "2 problems" in dialog.intro.text()
    dialog.copy()
    assert QGuiApplication.clipboard().text() == "\n".join(
        ["The programme file has problems", *("• " + p for p in problems)])


def test_error_dialog_waits_for_ok(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[list[str]] = []

    def fake_exec(self: ProblemsDialog) -> int:
        shown.append(self.problems)
        return 1

    monkeypatch.setattr(ProblemsDialog, "exec", fake_exec)
    error_dialog(None, "The meeting database cannot be used", ["It is not a Floor meeting."])
    error_dialog(None, "Nothing known", [])
    assert shown == [["It is not a Floor meeting."], ["No details are known."]]


def test_an_unknown_name_is_said_to_be_unknown(floor: QtFloor, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = AddParticipantDialog(floor, "Atlantis Foundation", unknown=True)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("No participant on the roster matches “Atlantis Foundation”" in t for t in texts)
    assert dialog.names["en"].text() == "Atlantis Foundation"


def test_the_programme_is_edited_in_each_language(
    editor: ProgrammeEditor, service: FloorService,
) -> None:
    fr = editor.languages.findData("fr")
    editor.languages.setCurrentIndex(fr)
    assert editor.title.text() == "" and editor.title.placeholderText() == "Test dialogue"
    editor.title.setText("Dialogue d'essai")
    select(editor, "panel-1")
    form = editor.pages.form
    assert form.title.placeholderText() == "Panel I"
    form.title.setText("Réunion-débat I")
    theme = cell(form.themes, 0, 0)
    assert theme.text() == "Political will"  # the original, greyed, until translated
    assert form.themes.rows()[0][1][0] == ""
    theme.setText("Volonté politique")
    form.moderator.role.setText("Modérateur")
    assert editor.pages.list.item(1).text().endswith("Réunion-débat I\u2069")
    editor.languages.setCurrentIndex(editor.languages.findData("en"))
    assert editor.title.text() == "Test dialogue"
    assert form.title.text() == "Panel I"
    assert cell(form.themes, 0, 0).text() == "Political will"
    editor.accept()
    p = service.programme
    assert p.title == "Test dialogue"
    assert p.text(p, "title", "fr").text == "Dialogue d'essai"
    seg = p.segment("panel-1")
    assert p.text(seg, "title", "fr").text == "Réunion-débat I"
    assert p.text(seg.themes[0], "title", "fr").text == "Volonté politique"
    assert not p.text(seg.themes[1], "title", "fr").text == "Cooperation" or \
        p.text(seg.themes[1], "title", "fr").fallback
    assert seg.moderator is not None and seg.moderator.role == ""
    assert seg.moderator.translations.get("role", "fr") == "Modérateur"
    assert p.in_language("fr").segment("panel-1").title == "Réunion-débat I"


def test_translations_edited_are_saved_to_the_file(
    editor: ProgrammeEditor, service: FloorService, tmp_path: Path,
) -> None:
    from floorapp.core.programme.file import load_programme

    editor.languages.setCurrentIndex(editor.languages.findData("es"))
    editor.title.setText("Diálogo de prueba")
    path = tmp_path / "p.toml"
    editor.save.setChecked(True)
    editor.save_path.setText(str(path))
    editor.accept()
    text = path.read_text(encoding="utf-8")
    assert 'title_es = "Diálogo de prueba"' in text
    saved = load_programme(path)
    assert saved.text(saved, "title", "es").text == "Diálogo de prueba"
    assert saved == service.programme


def test_the_editor_opens_on_the_consoles_language(floor: QtFloor, qtbot: QtBot) -> None:
    """An Arabic console opens the programme's Arabic texts, the original as fallback."""
    dialog = ProgrammeEditor(floor, None, None, "ar")
    qtbot.addWidget(dialog)
    assert dialog.language == "ar"
    assert dialog.languages.currentData() == "ar"
    english = ProgrammeEditor(floor, None, None, "en")
    qtbot.addWidget(english)
    assert english.language == floor.service.programme.language
