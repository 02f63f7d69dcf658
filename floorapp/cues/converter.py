"""Preparing a user's sound file without blocking the GUI (decoding MP3/OGG/FLAC takes a moment).

The decoding runs in a child process (``python -m floorapp.cues.files``) started with
``QProcess``, whose signals arrive on the GUI thread. A Python thread would do too,
but Python's garbage collector may then run on that thread and destroy Qt objects
there, which crashes Qt; a process has no such hazard and survives a bad decoder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment, Signal

from floorapp.cues.catalogue import CONTEXT, QT_TRANSLATE_NOOP
from floorapp.cues.files import CueFileError, is_plain_wav, prepare_sound

N = QT_TRANSLATE_NOOP

PACKAGE_ROOT = Path(__file__).resolve().parents[2]


def tr(text: str) -> str:
    """Translate in the Cues context."""
    return QCoreApplication.translate(CONTEXT, text)


class SoundConverter(QObject):
    """Turns chosen sound files into playable WAV files off the GUI thread.

    Signals:
        converted(str, str, str): cue name, the file the user chose, the playable WAV.
        failed(str, str): cue name, why the file cannot be used (in words for the user).
    """

    converted = Signal(str, str, str)
    failed = Signal(str, str)

    def __init__(self, cache_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache_dir = cache_dir
        self.jobs: dict[str, QProcess] = {}

    def convert(self, cue: str, path: str) -> None:
        """Prepare ``path`` for ``cue``; one of the signals follows (at once for a plain WAV)."""
        self.cancel(cue)
        if is_plain_wav(Path(path)):
            try:
                playable = prepare_sound(path, self.cache_dir)
            except CueFileError as exc:
                self.failed.emit(cue, exc.translated(tr))
            else:
                self.converted.emit(cue, path, str(playable))
            return
        job = QProcess(self)
        job.setObjectName(f"cue-convert-{cue}")
        env = QProcessEnvironment.systemEnvironment()
        env.insert("PYTHONPATH", os.pathsep.join(
            p for p in (str(PACKAGE_ROOT), env.value("PYTHONPATH")) if p))
        job.setProcessEnvironment(env)
        job.finished.connect(lambda code, _status: self._done(cue, path, job, code))
        job.errorOccurred.connect(lambda _error: self._crashed(cue, path, job))
        self.jobs[cue] = job
        args = ["-m", "floorapp.cues.files", path]
        if self.cache_dir is not None:
            args += ["--cache", str(self.cache_dir)]
        job.start(sys.executable, args)

    def _done(self, cue: str, path: str, job: QProcess, code: int) -> None:
        if self.jobs.get(cue) is not job:
            return
        del self.jobs[cue]
        job.deleteLater()
        out = bytes(job.readAllStandardOutput().data()).decode("utf-8", "replace").strip()
        err = bytes(job.readAllStandardError().data()).decode("utf-8", "replace").strip()
        if code == 0 and out:
            self.converted.emit(cue, path, out.splitlines()[-1])
            return
        last = err.splitlines()[-1] if err else ""
        error = CueFileError.from_json(last) or CueFileError(
            N(CONTEXT, "{file}: the sound could not be converted ({error})."), file=path,
            error=last or f"exit status {code}")
        self.failed.emit(cue, error.translated(tr))

    def _crashed(self, cue: str, path: str, job: QProcess) -> None:
        if self.jobs.get(cue) is not job or job.error() != QProcess.ProcessError.FailedToStart:
            return  # other errors end in ``finished``
        del self.jobs[cue]
        job.deleteLater()
        error = CueFileError(N(CONTEXT, "{file}: the converter could not start ({error})."),
                             file=path, error=job.errorString())
        self.failed.emit(cue, error.translated(tr))

    def cancel(self, cue: str | None = None) -> None:
        """Stop converting for one cue (or all)."""
        names = [cue] if cue is not None else list(self.jobs)
        for name in names:
            job = self.jobs.pop(name, None)
            if job is not None:
                job.kill()
                job.waitForFinished(2000)
                job.deleteLater()

    def busy(self) -> bool:
        """Whether a conversion is under way."""
        return bool(self.jobs)
