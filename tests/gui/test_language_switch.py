"""Switching language while the meeting runs: the console and the display, each on its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from floorapp.core.programme.file import bundled_programme, load_programme
from floorapp.gui.app import ConsoleSession, apply_language, remove_translations
from floorapp.gui.display.speaker_display import SpeakerDisplay
from floorapp.qt import settings as reg
from floorapp.qt.languages import families
from floorapp.qt.settings import Settings
from tests.helpers.factories import memory_service


@pytest.fixture
def settings(tmp_path: Path, qapp: QApplication) -> Iterator[Settings]:
    """Settings in a temporary file, the app back in English afterwards."""
    yield Settings(tmp_path / "floor.ini")
    remove_translations(qapp)
    apply_language(qapp, "en")


@pytest.fixture
def session(settings: Settings, qapp: QApplication) -> Iterator[ConsoleSession]:
    """The console on the 2012 meeting, panel I open, Egypt speaking."""
    service = memory_service(programme=load_programme(
        bundled_programme("2012-human-trafficking-dialogue.toml")))
    service.open_segment("panel-1")
    service.request("EGY")
    service.request("FRA")
    service.next()
    s = ConsoleSession(settings)
    s.show(service, with_display=False)
    yield s
    s.close()


def test_the_console_changes_language_without_restarting(
    session: ConsoleSession, settings: Settings, qtbot: QtBot, qapp: QApplication,
) -> None:
    first = session.window
    assert first is not None
    assert first.actions_by_id["next"].text().startswith("Next speaker")
    settings.set(reg.LANGUAGE, "fr")
    qtbot.waitUntil(lambda: session.window is not first)
    window = session.window
    assert window is not None and window.isVisible()
    assert window.actions_by_id["next"].text().startswith("Orateur suivant")
    assert "Débat interactif I" in window.programme.details.text()
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert session.service is not None and session.service.state.current is not None
    settings.set(reg.LANGUAGE, "ar")
    qtbot.waitUntil(lambda: session.window is not window)
    arabic = session.window
    assert arabic is not None
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.actions_by_id["next"].text().startswith("المتكلم التالي")
    assert qapp.font().families()[:1] == families("ar")[:1]  # Arabic's fonts first


def test_the_display_keeps_its_own_language(
    session: ConsoleSession, settings: Settings, qtbot: QtBot,
) -> None:
    assert session.floor is not None
    settings.set(reg.ROOM_LANGUAGE, "es")
    display = SpeakerDisplay(session.floor, settings)
    qtbot.addWidget(display)
    assert display.language == "es"
    assert display.title.full_text.startswith("Mesa redonda interactiva I")
    assert display.next_heading.full_text == "Próximos oradores"
    settings.set(reg.LANGUAGE, "zh")  # the console goes Chinese; the room stays Spanish
    assert display.language == "es"
    assert display.next_heading.full_text == "Próximos oradores"
    settings.set(reg.ROOM_LANGUAGE, "ru")
    assert display.language == "ru"
    assert display.next_heading.full_text == "Следующие ораторы"
    assert display.state_label.full_text.endswith("Выступление") or display.state_label.full_text
    settings.set(reg.ROOM_LANGUAGE, "ar")
    assert display.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert display.clock.layoutDirection() == Qt.LayoutDirection.LeftToRight
    settings.set(reg.ROOM_LANGUAGE, "")  # back to the console's language
    assert display.language == "zh"
    assert display.next_heading.full_text == "接下来的发言者"


def test_the_display_survives_the_console_rebuild(
    session: ConsoleSession, settings: Settings, qtbot: QtBot,
) -> None:
    window = session.window
    assert window is not None and session.floor is not None
    display = SpeakerDisplay(session.floor, settings)
    qtbot.addWidget(display)
    window.adopt_display(display)
    display.show()
    settings.set(reg.LANGUAGE, "ru")
    qtbot.waitUntil(lambda: session.window is not window)
    assert session.window is not None and session.window.display is display
    assert display.isVisible()
    assert session.window.actions_by_id["toggle_display"].isChecked()


def test_arabic_mirrors_every_widget_but_times(
    session: ConsoleSession, settings: Settings, qtbot: QtBot, qapp: QApplication,
) -> None:
    from PySide6.QtWidgets import QDoubleSpinBox, QProgressBar, QTableView

    from floorapp.core.floor import Refused
    from floorapp.core.messages import Names, msg
    from floorapp.gui.dialogs.settings_dialog import SettingsDialog
    from floorapp.qt.messages import say

    window = session.window
    settings.set(reg.LANGUAGE, "ar")
    qtbot.waitUntil(lambda: session.window is not window)
    console = session.window
    assert console is not None and session.floor is not None
    assert console.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog = SettingsDialog(session.floor, settings, [], console)
    qtbot.addWidget(dialog)
    spin = dialog.findChild(QDoubleSpinBox)  # durations (m:ss) stay left to right, as times
    assert spin is not None and spin.layoutDirection() == Qt.LayoutDirection.RightToLeft
    bar = QProgressBar(dialog)
    assert bar.layoutDirection() == Qt.LayoutDirection.RightToLeft
    table = console.findChild(QTableView)
    assert table is not None and table.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # A Latin name inside Arabic text is isolated, and so is the time.
    shown = say(Refused(msg("{name} is already marked absent.",
                            name=Names.of({"en": "UNODC"}))))
    assert "\u2068UNODC\u2069" in shown and shown.endswith("مسجَّل غائباً بالفعل.")
    log_times = [console.log.model.index(r, 3).data() for r in range(console.log.model.rowCount())]
    assert all(t.startswith("\u2066") for t in log_times if t)
