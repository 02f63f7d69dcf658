"""The concept-note preview: provenance on click, doubts marked, edits in place, Accept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from floorapp.core.programme.file import load_programme
from floorapp.gui.dialogs import import_flow
from floorapp.gui.dialogs.import_preview import KEY, UNSURE, ImportPreview

NOTE = """Interactive dialogue on water, Tuesday, 3 April 2012, Conference Room 2, New York
10am – 11 am Opening Remarks
11.45 Visit to the exhibition
12:00 - 1:00 Panel I
Moderator: Ms. Ana Ruiz, UNODC
Panellists: Mr. Ali Khan, Pakistan; Dr. Mary Jones (TBC), Oxford
"""


@pytest.fixture
def preview(qtbot: QtBot) -> ImportPreview:
    dialog = ImportPreview()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.source.setPlainText(NOTE)
    dialog.propose_button.click()
    return dialog


def _find(dialog: ImportPreview, key: list[object]) -> QTreeWidgetItem:
    root = dialog.tree.invisibleRootItem()
    for g in range(root.childCount()):
        for c in range(root.child(g).childCount()):
            item = root.child(g).child(c)
            if item.data(0, KEY) == key:
                return item
    raise KeyError(key)


def test_clicking_a_field_highlights_its_source(preview: ImportPreview) -> None:
    title = _find(preview, ["segment", 1, "title"])
    assert title.text(1) == "Panel I"
    preview.tree.setCurrentItem(title)
    selections = preview.source.extraSelections()
    assert selections[-1].cursor.selectedText() == "Panel I"
    assert title.text(2) == "line 4"


def test_unsure_fields_are_marked_and_odd_parts_listed(preview: ImportPreview) -> None:
    end = _find(preview, ["segment", 1, "end"])  # "12:00 - 1:00": 13:00, a guess
    assert end.text(1) == "13:00"
    assert end.background(1).color() == UNSURE and "afternoon" in end.toolTip(1)
    start = _find(preview, ["segment", 0, "start"])
    assert start.background(1).color() != UNSURE and not start.toolTip(1)
    odd = [preview.odd.item(i).text() for i in range(preview.odd.count())]
    assert any("\u206811.45 Visit" in t and "line 3" in t for t in odd)  # isolated for RTL
    preview.odd.setCurrentRow(0)
    assert preview.source.extraSelections()


def test_a_field_changed_in_place_is_no_longer_marked_as_a_guess(preview: ImportPreview) -> None:
    end = _find(preview, ["segment", 1, "end"])  # "12:00 - 1:00": 13:00, a guess
    assert end.text(2).startswith("\u26a0") and not end.icon(0).isNull()
    end.setText(1, "13:15")
    assert end.background(1).color() != UNSURE and end.icon(0).isNull()
    assert end.text(2) == "line 4" and "afternoon" not in end.toolTip(1)
    title = _find(preview, ["segment", 1, "title"])  # sure: editing it leaves the rest alone
    title.setText(1, "Panel I: water")
    assert title.text(2) == "line 4" and title.icon(0).isNull()


def test_edits_and_removals_go_into_the_accepted_programme(preview: ImportPreview) -> None:
    _find(preview, ["segment", 1, "title"]).setText(1, "Panel I: water and peace")
    _find(preview, ["segment", 1, "end"]).setText(1, "13:30")
    jones = _find(preview, ["segment", 1, "person", 2])
    assert jones.text(1).startswith("Dr. Mary Jones")
    preview.tree.setCurrentItem(jones)
    preview.remove_button.click()
    preview.accept_button.click()
    programme = preview.programme()
    assert programme is not None
    panel = programme.segments[1]
    assert panel.title == "Panel I: water and peace" and panel.end.strftime("%H:%M") == "13:30"
    assert [p.name for p in panel.panellists] == ["Mr. Ali Khan"]
    assert panel.moderator is not None and panel.moderator.name == "Ms. Ana Ruiz"


def test_a_wrong_edit_keeps_the_dialog_open_and_says_why(preview: ImportPreview) -> None:
    _find(preview, ["segment", 0, "end"]).setText(1, "half past ten")
    preview.accept_button.click()
    assert preview.programme() is None and preview.isVisible()
    assert "not a time" in preview.problems.text()
    _find(preview, ["segment", 0, "end"]).setText(1, "09:00")  # before its start
    preview.accept_button.click()
    assert preview.programme() is None and preview.problems.text()


def test_nothing_is_saved_until_accept(qtbot: QtBot, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    created: list[tuple[str, str]] = []
    target = str(tmp_path / "water.floor")

    def run(dialog: ImportPreview) -> int:
        dialog.source.setPlainText(NOTE)
        dialog.propose_from_source()
        dialog.accept()
        return ImportPreview.DialogCode.Accepted

    monkeypatch.setattr(ImportPreview, "exec", run)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (target, ""))
    import_flow.import_concept_note(None, lambda m, p: created.append((m, p)))  # type: ignore[arg-type]
    assert created == [(target, str(tmp_path / "water.programme.toml"))]
    assert load_programme(created[0][1]).segments[0].title == "Opening Remarks"

    created.clear()
    monkeypatch.setattr(ImportPreview, "exec", lambda d: ImportPreview.DialogCode.Rejected)
    import_flow.import_concept_note(None, lambda m, p: created.append((m, p)))  # type: ignore[arg-type]
    assert created == [] and not (tmp_path / "other.programme.toml").exists()



def test_the_meeting_file_is_named_after_the_title(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from floorapp.qt import settings

    asked: list[str] = []

    def run(dialog: ImportPreview) -> int:
        dialog.source.setPlainText(NOTE)
        dialog.propose_from_source()
        dialog.accept()
        return ImportPreview.DialogCode.Accepted

    def save_as(parent: object, caption: str, suggested: str, *rest: object) -> tuple[str, str]:
        asked.append(suggested)
        return "", ""

    monkeypatch.setattr(settings, "data_folder", lambda: tmp_path)
    monkeypatch.setattr(ImportPreview, "exec", run)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    import_flow.import_concept_note(None, lambda m, p: None)  # type: ignore[arg-type]
    assert asked == [str(tmp_path / "interactive-dialogue-on-water.floor")]
    assert settings.meeting_file_for("") == str(tmp_path / "meeting.floor")


def test_a_refused_file_says_why(preview: ImportPreview, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("Programme \ufffd\ufffd 10:00 \ufffd 11:00 S\ufffdance\n" * 4, encoding="utf-8")
    preview.load_file(str(bad))
    assert "broken encoding" in preview.problems.text()


def test_the_file_menu_offers_it() -> None:
    from floorapp.gui.console import shortcuts

    assert any(s.id == "new_from_note" and s.group == "Meeting" for s in shortcuts.ACTIONS)


def test_the_console_file_menu_runs_it(service, qtbot: QtBot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.gui.test_console_keyboard import _open_console

    called: list[object] = []
    monkeypatch.setattr(import_flow, "import_concept_note",
                        lambda parent, create: called.append(create))
    window = _open_console(service, qtbot, tmp_path)
    try:
        file_menu = window.menuBar().actions()[0].menu()
        names = [a.objectName() for a in file_menu.actions()]
        assert names.index("action-new_from_note") == names.index("action-new_meeting") + 1
        window.actions_by_id["new_from_note"].trigger()
        assert called == [window.meeting_chosen.emit]
    finally:
        window.floor.stop()


def test_the_text_has_the_keys_when_the_preview_opens(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing or pasting goes to the text, never to a button (a space pressed one)."""
    from floorapp.gui.dialogs.import_preview import ImportPreview

    dialog = ImportPreview()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.source


def test_tab_leaves_the_text_and_a_pasted_table_keeps_its_tabs(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing Tab in the paste area moves to the next control (the keyboard is not trapped
    there); a pasted Word table keeps the tabs between its cells."""
    from PySide6.QtCore import Qt

    dialog = ImportPreview()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.source.setFocus()
    dialog.source.insertPlainText("10:00-10:15\tOpening\tH.E. Mr. John Smith")
    qtbot.keyClick(dialog.source, Qt.Key.Key_Tab)
    assert "\t\t" not in dialog.source.toPlainText()
    assert dialog.source.toPlainText().count("\t") == 2
    assert not dialog.source.hasFocus()


def test_speaking_limits_are_named_in_words(qtbot: QtBot) -> None:
    dialog = ImportPreview()
    qtbot.addWidget(dialog)
    dialog.source.setPlainText(NOTE + "Delegations are invited to limit their statements to "
                               "3 minutes; 5 minutes for statements on behalf of groups.\n")
    dialog.propose_button.click()
    item = _find(dialog, ["meeting", "limit", "member_state"])
    assert item.text(0) == "Limit: Member States" and item.text(1) == "3:00"


def test_values_keep_their_own_order_in_a_right_to_left_layout(preview: ImportPreview) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from floorapp.gui.dialogs.isolated_text import FSI, PDI

    title = _find(preview, ["meeting", "title"])
    index = preview.tree.indexFromItem(title, 1)
    option = QStyleOptionViewItem()
    preview.tree.itemDelegateForColumn(1).initStyleOption(option, index)
    assert option.text == f"{FSI}{title.text(1)}{PDI}"  # shown isolated ("2026 GEO …" stays)
    assert FSI not in title.text(1)  # the value itself, as edited and saved, is unchanged
