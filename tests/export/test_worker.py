"""Exports from the GUI: rendered off the GUI thread, reported by signals; the Export menu."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from floorapp.export.formats import FORMATS
from floorapp.gui import export_worker as worker
from floorapp.gui.export_dialog import ExportDialog
from floorapp.gui.export_worker import ExportJob, export_hook, export_job
from floorapp.qt.floor_qt import QtFloor
from floorapp.service import FloorService


@pytest.fixture
def floor(small: FloorService, qtbot: QtBot) -> Iterator[QtFloor]:
    qt_floor = QtFloor(small)
    yield qt_floor
    qt_floor.stop()


def test_docx_export_runs_off_the_gui_thread(small: FloorService, qtbot: QtBot,
                                             tmp_path: Path) -> None:
    threads: list[threading.Thread] = []
    original = ExportJob.run

    def spy(self: ExportJob) -> None:
        threads.append(threading.current_thread())
        original(self)

    ExportJob.run = spy  # type: ignore[method-assign]
    try:
        out = tmp_path / "s.docx"
        job = export_job(small, "summary-docx", "fr", out)
        with qtbot.waitSignal(job.signals.finished, timeout=20000) as blocker:
            job.start()
    finally:
        ExportJob.run = original  # type: ignore[method-assign]
    assert blocker.args == [str(out)]
    assert threads and threads[0] is not threading.main_thread()
    assert docx.Document(str(out)).paragraphs[0].text == "Résumé du Président"


def test_pdf_export_reports_progress(small: FloorService, qtbot: QtBot, tmp_path: Path) -> None:
    seen: list[int] = []
    job = export_job(small, "summary-pdf", "zh", tmp_path / "s.pdf")
    job.signals.progress.connect(seen.append)
    with qtbot.waitSignal(job.signals.finished, timeout=20000):
        job.start()
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    assert seen and seen[-1] == 100


def test_a_failure_is_reported(small: FloorService, qtbot: QtBot, tmp_path: Path) -> None:
    job = export_job(small, "csv", "en", tmp_path / "missing" / "log.csv")
    with qtbot.waitSignal(job.signals.failed, timeout=20000) as blocker:
        job.start()
    assert "No such file or directory" in blocker.args[0]


def test_the_snapshot_is_taken_when_the_export_starts(small: FloorService, qtbot: QtBot,
                                                      tmp_path: Path) -> None:
    job = export_job(small, "json", "en", tmp_path / "log.json")
    small.request("PHL")  # the meeting goes on after the snapshot
    small.next()
    with qtbot.waitSignal(job.signals.finished, timeout=20000):
        job.start()
    assert (tmp_path / "log.json").read_text("utf-8").count('"intervention":') == 3


def test_export_menu(floor: QtFloor, qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    export_menu = window.menuBar().addMenu("&Meeting").addMenu("&Export")
    export_hook(export_menu, floor)
    names = [a.objectName() for a in export_menu.actions() if not a.isSeparator()]
    assert names == ["export-synthesis"] + [f"export-{name}" for name in FORMATS]
    assert {"export-record-docx", "export-record-pdf"} <= set(names)


def test_export_from_the_menu(floor: QtFloor, qtbot: QtBot, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&Export")
    worker.add_export_actions(menu, window, floor)
    out = tmp_path / "list"
    monkeypatch.setattr(ExportDialog, "exec", lambda self: ExportDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    job = worker.run_export_dialog(window, floor, "speakers-pdf")
    assert job is not None  # already started: watch what it reports to the window
    qtbot.waitUntil(lambda: "list.pdf" in window.statusBar().currentMessage(), timeout=20000)
    assert Path(str(out) + ".pdf").read_bytes().startswith(b"%PDF")


def test_failure_from_the_menu_shows_a_message(floor: QtFloor, qtbot: QtBot, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: ExportDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "nope" / "x.csv"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text: shown.append(text))
    job = worker.run_export_dialog(window, floor, "csv")
    assert job is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "No such file" in shown[0]


def test_cancelled_dialog_exports_nothing(floor: QtFloor, qtbot: QtBot,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(ExportDialog, "exec", lambda self: ExportDialog.DialogCode.Rejected)
    assert worker.run_export_dialog(window, floor, "summary-docx") is None


def test_dialog_offers_six_languages_and_the_segments(small: FloorService, qtbot: QtBot) -> None:
    dialog = ExportDialog("x", small.programme, "ar", "panel-1", ask_segment=True)
    qtbot.addWidget(dialog)
    assert dialog.language.count() == 6
    assert dialog.chosen_language() == "ar"
    assert dialog.chosen_segment() == "panel-1"
