"""The sound cues page of the settings: output, volume, mute, and each cue's switch and sound.

Every change is stored in the settings and applied to the player at once; a chosen
MP3/OGG/FLAC file is converted off the GUI thread first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from floorapp.cues import prefs
from floorapp.cues.catalogue import CUES, cue_info
from floorapp.cues.check import SoundCheck
from floorapp.cues.converter import SoundConverter
from floorapp.cues.player import CuePlayer
from floorapp.qt.settings import Settings

#: Asks the user for a sound file: (parent, caption) -> path, "" when cancelled.
ChooseFile = Callable[[QWidget, str], str]


def tr(text: str) -> str:
    """Translate in the Cues context."""
    return QCoreApplication.translate("Cues", text)


def choose_sound_file(parent: QWidget, caption: str) -> str:
    """A file dialog for sound files."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, caption, "", tr("Sounds (*.wav *.mp3 *.ogg *.flac);;All files (*)"))
    return path


class CueRow:
    """The widgets of one cue: switch, sound file, choose, built-in and preview buttons."""

    def __init__(self, name: str, parent: QWidget) -> None:
        info = cue_info(name)
        self.name = name
        self.enabled = QCheckBox(tr(info.title), parent)
        self.enabled.setObjectName(f"cue-enabled-{name}")
        self.enabled.setToolTip(tr(info.description))
        self.file = QLabel(parent)
        self.file.setObjectName(f"cue-file-{name}")
        self.file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose = QPushButton(tr("Choose file…"), parent)
        self.choose.setObjectName(f"cue-choose-{name}")
        self.builtin = QPushButton(tr("Built-in"), parent)
        self.builtin.setObjectName(f"cue-builtin-{name}")
        self.builtin.setToolTip(tr("Go back to Floor's own sound for this cue."))
        self.preview = QPushButton(tr("Preview"), parent)
        self.preview.setObjectName(f"cue-preview-{name}")


class CueSettingsWidget(QWidget):
    """Settings of the sound cues, applied to a player as they change.

    Signals: none; problems and progress show in the page's own status line.
    """

    def __init__(
        self, settings: Settings, player: CuePlayer, parent: QWidget | None = None,
        choose_file: ChooseFile = choose_sound_file,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cue-settings")
        self.settings = settings
        self.player = player
        self.choose_file = choose_file
        self.converter = SoundConverter(player.cache_dir, self)
        self.converter.converted.connect(self._converted)
        self.converter.failed.connect(self._failed)
        self.sound_check = SoundCheck(player, parent=self)
        self.sound_check.playing.connect(self._check_playing)
        self.sound_check.finished.connect(self._check_finished)

        self.output = QComboBox(self)
        self.output.setObjectName("cue-output")
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setObjectName("cue-volume")
        self.volume.setRange(0, 100)
        self.volume_label = QLabel(self)
        self.muted = QCheckBox(tr("Mute sound cues"), self)
        self.muted.setObjectName("cue-muted")
        self.check_button = QPushButton(tr("Sound check"), self)
        self.check_button.setObjectName("cue-sound-check")
        self.check_button.setToolTip(tr("Play every cue that is on, in order, to test the "
                                        "room's sound."))
        self.status = QLabel(self)
        self.status.setObjectName("cue-status")
        self.status.setWordWrap(True)
        self.rows = {c.name: CueRow(c.name, self) for c in CUES}
        self._layout()
        self._load()
        self._connect()
        player.availability_changed.connect(self._availability_changed)
        if not player.available:
            self.show_status(player.reason)

    def _layout(self) -> None:
        form = QFormLayout()
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_label)
        form.addRow(tr("Audio output"), self.output)
        form.addRow(tr("Volume"), volume_row)
        form.addRow("", self.muted)
        box = QGroupBox(tr("Cues"), self)
        grid = QGridLayout(box)
        for i, row in enumerate(self.rows.values()):
            for j, w in enumerate((row.enabled, row.file, row.choose, row.builtin, row.preview)):
                grid.addWidget(w, i, j)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(box)
        column.addLayout(buttons)
        column.addWidget(self.status)
        column.addStretch(1)

    def _load(self) -> None:
        """Show the stored settings."""
        self.fill_outputs()
        self.volume.setValue(round(100 * float(self.settings.get(prefs.VOLUME))))
        self._show_volume(self.volume.value())
        self.muted.setChecked(bool(self.settings.get(prefs.MUTED)))
        for name, row in self.rows.items():
            row.enabled.setChecked(bool(self.settings.get(prefs.ENABLED[name])))
            self._show_file(name)
        self._enable_sound_buttons()

    def _connect(self) -> None:
        self.output.currentIndexChanged.connect(self._output_chosen)
        self.volume.valueChanged.connect(self._volume_changed)
        self.muted.toggled.connect(self._muted_toggled)
        self.check_button.clicked.connect(self.toggle_sound_check)
        for name, row in self.rows.items():
            row.enabled.toggled.connect(lambda on, n=name: self._enabled_toggled(n, on))
            row.choose.clicked.connect(lambda _=False, n=name: self.choose(n))
            row.builtin.clicked.connect(lambda _=False, n=name: self.use_builtin(n))
            row.preview.clicked.connect(lambda _=False, n=name: self.preview(n))

    # -- showing ----------------------------------------------------------------------------

    def fill_outputs(self) -> None:
        """List the audio outputs, the stored choice selected."""
        chosen = str(self.settings.get(prefs.OUTPUT))
        self.output.blockSignals(True)
        self.output.clear()
        self.output.addItem(tr("System default"), "")
        for out in self.player.outputs():
            self.output.addItem(out.description, out.id)
        index = self.output.findData(chosen) if chosen else 0
        if index < 0:
            self.output.addItem(tr("{name} (not connected)").format(name=chosen), chosen)
            index = self.output.count() - 1
        self.output.setCurrentIndex(index)
        self.output.blockSignals(False)

    def _show_volume(self, value: int) -> None:
        self.volume_label.setText(tr("{n} %").format(n=value))

    def _show_file(self, name: str) -> None:
        stored = str(self.settings.get(prefs.FILES[name]))
        label = self.rows[name].file
        label.setText(Path(stored).name if stored else tr("built-in sound"))
        label.setToolTip(stored or str(self.player.sources[name]))
        self.rows[name].builtin.setEnabled(bool(stored))

    def show_status(self, text: str) -> None:
        """Say something on the page's status line."""
        self.status.setText(text)

    def _enable_sound_buttons(self) -> None:
        on = self.player.available
        for row in self.rows.values():
            row.preview.setEnabled(on)
        self.check_button.setEnabled(on)

    def _availability_changed(self, available: bool, reason: str) -> None:
        self.fill_outputs()
        self._enable_sound_buttons()
        self.show_status("" if available else reason)

    # -- changing -----------------------------------------------------------------------------

    def _store(self, key: str) -> None:
        problem = prefs.apply_setting(self.settings, self.player, key)
        if problem:
            self.show_status(problem)

    def _output_chosen(self, index: int) -> None:
        self.settings.set(prefs.OUTPUT, str(self.output.itemData(index) or ""))
        self._store(prefs.OUTPUT.key)

    def _volume_changed(self, value: int) -> None:
        self._show_volume(value)
        self.settings.set(prefs.VOLUME, value / 100)
        self._store(prefs.VOLUME.key)

    def _muted_toggled(self, muted: bool) -> None:
        self.settings.set(prefs.MUTED, muted)
        self._store(prefs.MUTED.key)

    def _enabled_toggled(self, name: str, on: bool) -> None:
        setting = prefs.ENABLED[name]
        self.settings.set(setting, on)
        self._store(setting.key)

    def choose(self, name: str) -> None:
        """Ask for a sound file for a cue, then use it."""
        path = self.choose_file(self, tr("Sound for “{cue}”").format(
            cue=tr(cue_info(name).phrase)))
        if path:
            self.use_file(name, path)

    def use_file(self, name: str, path: str) -> None:
        """Prepare a sound file for a cue in the background; it is used once ready."""
        self.rows[name].choose.setEnabled(False)
        self.show_status(tr("Reading {file}…").format(file=Path(path).name))
        self.converter.convert(name, path)

    def _converted(self, name: str, path: str, playable: str) -> None:
        self.rows[name].choose.setEnabled(True)
        self.player.set_file(name, playable)
        self.settings.set(prefs.FILES[name], path)
        self._show_file(name)
        self.show_status(tr("“{cue}” now plays {file}.").format(
            cue=tr(cue_info(name).phrase), file=Path(path).name))

    def _failed(self, name: str, message: str) -> None:
        self.rows[name].choose.setEnabled(True)
        self.show_status(message)

    def use_builtin(self, name: str) -> None:
        """Go back to the built-in sound of a cue."""
        self.settings.set(prefs.FILES[name], "")
        self._store(prefs.FILES[name].key)
        self._show_file(name)

    def preview(self, name: str) -> None:
        """Play one cue now (even when muted or turned off)."""
        if not self.player.preview(name):
            self.show_status(self.player.reason)

    def toggle_sound_check(self) -> None:
        """Start the sound check, or stop it if it is running."""
        if self.sound_check.running:
            self.sound_check.cancel()
            self.player.stop()
            self._check_finished(self.sound_check.played)
            return
        if self.sound_check.start():
            self.check_button.setText(tr("Stop sound check"))
        else:
            self.show_status(self.player.reason)

    def _check_playing(self, name: str, file: str) -> None:
        self.show_status(tr("Playing: {cue} ({file})").format(
            cue=tr(cue_info(name).phrase), file=file))

    def _check_finished(self, played: int) -> None:
        self.check_button.setText(tr("Sound check"))
        self.show_status(tr("Sound check done: {n} cues played.").format(n=played))
