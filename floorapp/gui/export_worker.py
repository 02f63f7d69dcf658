"""Exports from the GUI: a worker that renders off the GUI thread, and the File > Export menu.

The snapshot is taken on the GUI thread (``formats.prepare``: quick, reads the
service); :class:`ExportJob` renders it on a thread of the pool and only emits
signals. The menu, the dialogs and the progress dialog live on the GUI thread.
"""

from __future__ import annotations

import re
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QStandardPaths, QThreadPool, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from floorapp.export.formats import FORMATS, PreparedExport, export_format, prepare, render
from floorapp.gui.export_dialog import ExportDialog
from floorapp.qt.floor_qt import QtFloor
from floorapp.qt.settings import EXPORT_FOLDERS, meeting_key
from floorapp.service import FloorService


def tr(text: str) -> str:
    """Translate in the Export context."""
    return QCoreApplication.translate("Export", text)


class ExportSignals(QObject):
    """What an export job reports, delivered on the thread that owns this object.

    Signals:
        progress(int): percent done.
        finished(str): the path written.
        failed(str): why the export failed (nothing was written at the path).
    """

    progress = Signal(int)
    finished = Signal(str)
    failed = Signal(str)


class ExportJob(QRunnable):
    """Renders one prepared export to a file on a pool thread; never touches a widget."""

    def __init__(self, prepared: PreparedExport, path: str | Path) -> None:
        super().__init__()
        self.prepared = prepared
        self.path = Path(path)
        self.signals = ExportSignals()
        self.done = False

    def run(self) -> None:
        """Render, then emit finished or failed."""
        try:
            written = render(self.prepared, self.path, self.signals.progress.emit)
        except Exception as exc:  # reported to the user, never lost in a thread
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            self.done = True
            self.signals.failed.emit(detail)
            return
        self.done = True
        self.signals.finished.emit(str(written))


    def start(self, pool: QThreadPool | None = None) -> None:
        """Run on ``pool`` (the global pool by default); connect to ``signals`` first."""
        self.setAutoDelete(False)
        _JOBS[:] = [j for j in _JOBS if not j.done] + [self]
        (pool or QThreadPool.globalInstance()).start(self)


#: Jobs started, kept alive (with their signals) until a later export starts.
_JOBS: list[ExportJob] = []


def export_job(service: FloorService, fmt: str, lang: str, path: str | Path,
               segment: str | None = None) -> ExportJob:
    """A job holding a snapshot of the record taken now, on the service's thread.

    Connect to ``job.signals``, then ``job.start()``: a quick job may finish before
    a connection made after the start.
    """
    return ExportJob(prepare(service, fmt, lang, segment), path)


def _default_name(service: FloorService, fmt: str, lang: str, folder: str = "") -> str:
    """The meeting's date and title, what is exported and the language, in ``folder``.

    Without a folder kept for this meeting, the user's documents folder (their home
    folder when there is none), never the program's.
    """
    kind = export_format(fmt).document
    if not folder or not Path(folder).is_dir():
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
    title = re.sub(r"[^\w]+", "-", service.programme.title.lower()).strip("-")
    if len(title) > 48:  # whole words only
        title = title[:49].rsplit("-", 1)[0]
    stem = "-".join(part for part in (service.programme.date.isoformat(), title, kind, lang)
                    if part)
    return str(Path(folder) / f"{stem}{FORMATS[fmt].suffix}")


def _window_settings(window: QWidget) -> tuple[Any, str]:
    """The console's settings and interface language (None and "" elsewhere)."""
    settings = getattr(window, "settings", None)
    language = getattr(window, "language", "") or ""
    return settings, str(language)


def run_export_dialog(window: QWidget, floor: QtFloor, fmt: str) -> ExportJob | None:
    """Ask for language (and segment), then a file; start the export with a progress dialog."""
    service = floor.service
    f = FORMATS[fmt]
    settings, interface = _window_settings(window)
    dialog = ExportDialog(tr(f.title), service.programme, lang=interface or "en",
                          segment=service.state.current_segment,
                          ask_segment=fmt == "speakers-pdf", parent=window)
    if dialog.exec() != ExportDialog.DialogCode.Accepted:
        return None
    lang, segment = dialog.chosen_language(), dialog.chosen_segment()
    meeting = meeting_key(service.journal.target)
    kept = settings.for_meeting(EXPORT_FOLDERS, meeting) if settings is not None else ""
    path, _ = QFileDialog.getSaveFileName(window, tr("Export to"),
                                          _default_name(service, fmt, lang, kept),
                                          f"*{f.suffix}")
    if not path:
        return None
    if not path.endswith(f.suffix):
        path += f.suffix
    if settings is not None:  # the next export of this meeting starts there
        settings.remember_for_meeting(EXPORT_FOLDERS, meeting, str(Path(path).parent))
    progress = QProgressDialog(tr("Exporting…"), "", 0, 100, window)
    progress.setObjectName("export-progress")
    progress.setCancelButton(None)
    progress.setMinimumDuration(300)
    try:
        job = export_job(service, fmt, lang, path, segment)
    except (KeyError, ValueError) as exc:
        progress.close()
        QMessageBox.warning(window, tr("Export failed"), str(exc.args[0] if exc.args else exc))
        return None
    job.signals.progress.connect(progress.setValue)
    job.signals.finished.connect(lambda p: _done(window, progress, p))
    job.signals.failed.connect(lambda m: _failed(window, progress, m))
    job.start()
    return job


def _done(window: QWidget, progress: QProgressDialog, path: str) -> None:
    progress.close()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(tr("Exported to {path}").format(path=path), 8000)


def _failed(window: QWidget, progress: QProgressDialog, message: str) -> None:
    progress.close()
    QMessageBox.warning(window, tr("Export failed"), message)


def add_export_actions(menu: QMenu, window: QWidget, floor: QtFloor) -> None:
    """Fill ``menu`` (File > Export) with the synthesis editor, then one action per format."""
    from floorapp.gui.synthesis_editor import open_synthesis_editor

    edit = menu.addAction(QCoreApplication.translate("Synthesis",
                                                     "Edit the Summary's synthesis…"))
    edit.setObjectName("export-synthesis")
    edit.triggered.connect(lambda _c=False: open_synthesis_editor(window, floor))
    menu.addSeparator()
    for name, f in FORMATS.items():
        action = menu.addAction(tr(f.title) + "…")
        action.setObjectName(f"export-{name}")
        action.triggered.connect(lambda _c=False, n=name: run_export_dialog(window, floor, n))


def export_hook(menu: QMenu, floor: QtFloor) -> None:
    """``add_export_actions`` in the shape of the console's EXPORT_HOOKS: (menu, floor)."""
    window: QWidget | None = menu
    while window is not None and not isinstance(window, QMainWindow):
        window = window.parentWidget()
    add_export_actions(menu, window or menu, floor)
