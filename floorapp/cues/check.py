"""The sound check: every enabled cue once, in order, named as it plays.

``floorapp cues check [--output NAME] [--gap SECONDS]`` runs it from a terminal (no
display needed); the settings' "Sound check" button runs the same :class:`SoundCheck`.
"""

from __future__ import annotations

import argparse
import sys
import time
import wave
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QMessageLogContext,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)

from floorapp.cues.catalogue import CUE_NAMES, cue_info
from floorapp.cues.check_args import DEFAULT_GAP, build_parser
from floorapp.cues.player import CuePlayer

#: How long to wait for the sounds to load before playing anyway.
LOAD_TIMEOUT = 3.0
POLL_MS = 20


def tr(text: str) -> str:
    """Translate in the Cues context."""
    return QCoreApplication.translate("Cues", text)


def sound_seconds(path: Path) -> float:
    """The length of a WAV file in seconds (1 s when it cannot be read)."""
    try:
        with wave.open(str(path), "rb") as w:
            return w.getnframes() / float(w.getframerate())
    except (wave.Error, EOFError, OSError, ZeroDivisionError):
        return 1.0


class SoundCheck(QObject):
    """Plays cues one after another, each to its end plus a gap, for testing the room's sound.

    Cues play even when muted (the check is asked for explicitly), but only those
    turned on in the settings.

    Signals:
        playing(str, str): a cue (name) started, from this file (name only).
        finished(int): the check is over; how many cues played.
    """

    playing = Signal(str, str)
    finished = Signal(int)

    def __init__(self, player: CuePlayer, gap: float = DEFAULT_GAP,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.gap = max(0.0, gap)
        self.queue: list[str] = []
        self.played = 0
        self._load_deadline = 0.0
        self.step_timer = QTimer(self)
        self.step_timer.setObjectName("sound-check-step")
        self.step_timer.setSingleShot(True)
        self.step_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.step_timer.timeout.connect(self._step)

    @property
    def running(self) -> bool:
        """Whether a check is under way."""
        return self.step_timer.isActive()

    def cues(self) -> list[str]:
        """The cues the check plays: every cue turned on, in catalogue order."""
        return [name for name in CUE_NAMES if self.player.enabled.get(name, False)]

    def start(self) -> bool:
        """Begin the check; False (and nothing plays) when there is no sound."""
        self.cancel()
        if not self.player.available:
            return False
        self.queue = self.cues()
        self.played = 0
        self._load_deadline = time.monotonic() + LOAD_TIMEOUT
        self.step_timer.start(0)
        return True

    def cancel(self) -> None:
        """Stop the check."""
        self.step_timer.stop()
        self.queue = []

    def _step(self) -> None:
        if not self.queue:
            self.finished.emit(self.played)
            return
        name = self.queue[0]
        if not self.player.is_loaded(name) and time.monotonic() < self._load_deadline:
            self.step_timer.start(POLL_MS)
            return
        self.queue.pop(0)
        length = sound_seconds(self.player.sources[name])
        wait = 0.0
        if self.player.preview(name):
            self.played += 1
            self.playing.emit(name, self.player.sources[name].name)
            wait = length + (self.gap if self.queue else 0.1)
        self.step_timer.start(int(wait * 1000))


def cues_check_main(argv: Sequence[str] | None = None) -> int:
    """Run the sound check from the command line; 0 when cues played, 1 when no sound."""
    return cues_check_run(build_parser().parse_args(list(argv) if argv is not None else None))


def cues_check_run(args: argparse.Namespace) -> int:
    """The sound check for parsed arguments (see ``check_args``); the exit status."""
    if args.gap < 0 or args.gap > 60:
        print("floorapp: --gap must be between 0 and 60 seconds.", file=sys.stderr)
        return 2
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    previous = qInstallMessageHandler(_quiet_audio_backend)
    try:
        return _run(app, args)
    finally:
        qInstallMessageHandler(previous)


def _quiet_audio_backend(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Keep Qt Multimedia's chatter about audio back-ends (pipewire, PulseAudio) off the terminal.

    Whether there is sound is said in plain words instead; other messages pass.
    """
    category = context.category or ""
    if category.startswith("qt.multimedia") or message.startswith("PulseAudioService"):
        return
    if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        print(message, file=sys.stderr)


def _run(app: QCoreApplication, args: argparse.Namespace) -> int:
    """The sound check itself, with Qt's audio chatter silenced."""
    from floorapp.cues.prefs import make_player
    from floorapp.qt.settings import Settings

    settings = Settings(args.settings, app) if args.settings else Settings(parent=app)
    player, problems = make_player(settings, args.output, parent=app)
    for problem in problems:
        print(f"floorapp: {problem}", file=sys.stderr)
    if args.list_outputs:
        outputs = player.outputs()
        for out in outputs:
            mark = tr(" (default)") if out.is_default else ""
            print(f"{out.description}{mark}\t{out.id}")
        if not outputs:
            print(tr("No audio output was found."))
        return 0
    if not player.available:
        print(f"floorapp: {player.reason}", file=sys.stderr)
        return 1
    check = SoundCheck(player, args.gap, app)
    if not check.cues():
        print(tr("Every cue is turned off in the settings: nothing to play."))
        return 0
    where = player.device.description() if player.device is not None else ""
    print(tr("Sound check on {output}:").format(output=where), flush=True)
    if player.muted:
        print(tr("(The cues are muted in the app; the sound check plays them anyway.)"))
    check.playing.connect(lambda name, file: print(
        tr("Playing: {cue} ({file})").format(cue=tr(cue_info(name).phrase), file=file),
        flush=True))
    loop = QEventLoop()
    check.finished.connect(loop.quit)
    check.start()
    loop.exec()
    skipped = [n for n in CUE_NAMES if n not in check.cues()]
    for name in skipped:
        print(tr("Not played (turned off): {cue}").format(cue=tr(cue_info(name).phrase)))
    print(tr("Done: {n} cues played.").format(n=check.played), flush=True)
    return 0
