"""The programme editor saves back to the meeting's own file, keeps its comments, and
stays open when the file cannot be written (issue 16)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from floorapp.core.clock import FakeClock
from floorapp.core.programme.file import load_programme, save_programme
from floorapp.gui.app import MeetingTarget, bundled_programme, open_meeting
from floorapp.gui.console.main_window import ConsoleWindow
from floorapp.gui.dialogs.programme_editor import ProgrammeEditor
from floorapp.qt.floor_qt import QtFloor
from floorapp.qt.settings import PROGRAMME_FILES, Settings, meeting_key
from floorapp.service import FloorService


def comment_lines(text: str) -> list[str]:
    """The comment lines of a TOML text, in order."""
    return [line.strip() for line in text.splitlines() if line.lstrip().startswith("#")]


@pytest.fixture
def programme_file(tmp_path: Path) -> Path:
    """A copy of the bundled 2012 programme, with its 21 comment lines."""
    target = tmp_path / "dialogue.toml"
    shutil.copy(bundled_programme(), target)
    return target


def test_saving_keeps_every_comment(programme_file: Path) -> None:
    before = programme_file.read_text(encoding="utf-8")
    programme = load_programme(programme_file)
    segments = list(programme.segments)
    segments[1] = replace(segments[1], title="Panel I, renamed")
    edited = replace(programme, title="Renamed dialogue", segments=tuple(segments),
                     limits={**programme.limits, "member_state": 150})
    save_programme(edited, programme_file)
    after = programme_file.read_text(encoding="utf-8")
    assert load_programme(programme_file) == edited
    assert len(comment_lines(before)) >= 20
    assert comment_lines(after) == comment_lines(before)
    assert 'member_state = "2:30"' in after and 'observer = "3:00"' in after
    # Only the changed lines differ.
    changed = [a for a, b in zip(after.splitlines(), before.splitlines(), strict=True)
               if a != b]
    assert len(changed) == 3


def test_a_removed_segment_takes_its_own_comment_with_it(programme_file: Path) -> None:
    before = programme_file.read_text(encoding="utf-8")
    programme = load_programme(programme_file)
    lunch = [s for s in programme.segments if s.id == "lunch"]
    assert lunch and "# 1pm – 3pm" in before
    edited = replace(programme, segments=tuple(s for s in programme.segments
                                               if s.id != "lunch"))
    save_programme(edited, programme_file)
    after = programme_file.read_text(encoding="utf-8")
    assert load_programme(programme_file) == edited
    assert "# 1pm – 3pm" not in after
    assert comment_lines(after) == [c for c in comment_lines(before) if c != "# 1pm – 3pm"]
    assert after.index("# 3pm – 5:45pm") < after.index('id = "panel-2"')


@pytest.fixture
def meeting(tmp_path: Path, programme_file: Path, qapp: QApplication) -> Iterator[
        tuple[FloorService, Settings]]:
    settings = Settings(tmp_path / "floor.ini")
    db = tmp_path / "m.floor"
    service = open_meeting(MeetingTarget(str(db), str(programme_file)), FakeClock(), settings)
    yield service, settings
    service.close()


def test_the_editor_saves_to_the_file_the_meeting_came_from(meeting, programme_file,
                                                            qtbot, monkeypatch) -> None:
    service, settings = meeting
    assert settings.for_meeting(PROGRAMME_FILES, meeting_key(service.journal.target)) == str(
        programme_file.resolve())
    floor = QtFloor(service)
    window = ConsoleWindow(floor, settings)
    qtbot.addWidget(window)
    opened: list[ProgrammeEditor] = []

    def capture(parent, fl, save_path=None, language=None):  # type: ignore[no-untyped-def]
        editor = ProgrammeEditor(fl, save_path, parent, language)
        opened.append(editor)
        return False

    monkeypatch.setattr("floorapp.gui.dialogs.edit_programme", capture)
    window.edit_programme()
    editor = opened[0]
    assert editor.save.isChecked() and editor.save_path.text() == str(programme_file.resolve())
    editor.title.setText("Saved back")
    editor.accept()
    assert editor.result() == ProgrammeEditor.DialogCode.Accepted
    text = programme_file.read_text(encoding="utf-8")
    assert 'title = "Saved back"' in text and len(comment_lines(text)) == 21
    editor.deleteLater()
    floor.stop()


def test_the_editor_stays_open_when_the_file_cannot_be_written(meeting, tmp_path,
                                                               qtbot) -> None:
    service, _settings = meeting
    floor = QtFloor(service)
    missing = tmp_path / "no such folder" / "p.toml"
    editor = ProgrammeEditor(floor, missing)
    qtbot.addWidget(editor)
    editor.show()
    editor.title.setText("Edited title")
    editor.accept()
    assert editor.isVisible() and editor.result() != ProgrammeEditor.DialogCode.Accepted
    assert "could not be written" in editor.problems_label.text()
    assert editor.save_path.text() == str(missing)
    assert service.programme.title == "Edited title"  # the meeting has it already
    events = len(service.journal.read())
    good = tmp_path / "p.toml"
    editor.save_path.setText(str(good))
    editor.accept()
    assert not editor.isVisible()
    assert load_programme(good).title == "Edited title"
    assert len(service.journal.read()) == events  # the retry journaled nothing again
    floor.stop()


def test_ids_are_hidden_and_a_new_segments_id_follows_its_title(meeting, qtbot) -> None:
    service, _settings = meeting
    floor = QtFloor(service)
    editor = ProgrammeEditor(floor)
    qtbot.addWidget(editor)
    editor.show()
    form = editor.pages.form
    assert form.ident.isHidden() and form.themes.table.isColumnHidden(1)
    editor.pages.add_segment()
    qtbot.keyClicks(form.title, "Closing remarks")
    segment = editor.pages.current()[editor.pages._row]
    assert segment.id == "closing-remarks"
    form.ids_shown.setChecked(True)
    assert not form.ident.isHidden() and not form.themes.table.isColumnHidden(1)
    floor.stop()
