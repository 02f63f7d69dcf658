"""Where the export dialog proposes to save, under which name, in which language (issue 16)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMainWindow
from pytestqt.qtbot import QtBot

from floorapp.export import worker
from floorapp.export.dialog import ExportDialog
from floorapp.gui.floor_qt import QtFloor
from floorapp.gui.settings import EXPORT_FOLDERS, Settings
from floorapp.service import FloorService


@pytest.fixture
def floor(small: FloorService, qtbot: QtBot) -> Iterator[QtFloor]:
    qt_floor = QtFloor(small)
    yield qt_floor
    qt_floor.stop()


class Console(QMainWindow):
    """What the export dialog reads from the console: its settings and language."""

    def __init__(self, settings: Settings, language: str) -> None:
        super().__init__()
        self.settings = settings
        self.language = language


def test_the_export_defaults_to_the_documents_named_after_the_meeting_in_its_language(
    floor: QtFloor, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(worker.QStandardPaths, "writableLocation", lambda _where: str(documents))
    settings = Settings(tmp_path / "floor.ini")
    window = Console(settings, "ar")
    qtbot.addWidget(window)
    languages: list[str] = []
    proposed: list[str] = []

    def accept(dialog: ExportDialog) -> ExportDialog.DialogCode:
        languages.append(dialog.chosen_language())
        assert dialog.minimumWidth() >= 420
        return ExportDialog.DialogCode.Rejected if len(languages) > 2 else \
            ExportDialog.DialogCode.Accepted

    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()

    def save_as(_parent, _title, default, _filter):  # type: ignore[no-untyped-def]
        proposed.append(default)
        return str(elsewhere / Path(default).name), ""

    monkeypatch.setattr(ExportDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    job = worker.run_export_dialog(window, floor, "csv")
    assert job is not None
    qtbot.waitUntil(lambda: any(elsewhere.glob("*.csv")), timeout=20000)
    assert languages == ["ar"]  # the interface's language, not English
    first = Path(proposed[0])
    assert first.parent == documents
    title = floor.service.programme.title.lower().split()[0]
    assert first.name.startswith(floor.service.programme.date.isoformat())
    assert title in first.name and first.name.endswith("-log-ar.csv")
    # The next export of this meeting opens where the last one was saved.
    assert str(elsewhere) in settings.get(EXPORT_FOLDERS).values()
    worker.run_export_dialog(window, floor, "md")
    assert Path(proposed[1]).parent == elsewhere
    qtbot.waitUntil(lambda: any(elsewhere.glob("*.md")), timeout=20000)


def test_the_format_error_lists_every_accepted_name(capsys: pytest.CaptureFixture[str]) -> None:
    from floorapp.cli import main

    assert main(["export", "x.floor", "--format", "xls", "-o", "x"]) == 2
    err = capsys.readouterr().err
    for name in ("summary-docx", "docx", "word", "summary-pdf", "pdf", "csv", "json", "md",
                 "markdown", "speakers-pdf", "speakers"):
        assert name in err
