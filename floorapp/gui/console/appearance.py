"""How the podium console looks: its docks (mirrored right to left), the size of its
text, the high-contrast countdown colours, its language and its title."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QDockWidget, QHeaderView

from floorapp.gui.console.current_view import CurrentView
from floorapp.gui.console.log_view import LogView
from floorapp.gui.console.programme_view import ProgrammeView
from floorapp.gui.console.speakers_view import SpeakersPanel
from floorapp.gui.console.status_bar import ConsoleStatusBar
from floorapp.qt.settings import FONT_SCALE, HIGH_CONTRAST, LANGUAGE, Settings


def tr(text: str) -> str:
    """Translate in the Console context."""
    return QCoreApplication.translate("Console", text)


class ConsoleAppearance(ConsoleStatusBar):
    """The look's part of the podium console: docks, text size, contrast, language, title."""

    settings: Settings
    language: str
    relanguage: Callable[[str], None] | None
    actions_by_id: dict[str, QAction]
    docks: list[QDockWidget]
    current: CurrentView
    speakers: SpeakersPanel
    programme: ProgrammeView
    log: LogView
    _base_font: QFont
    _scale_shown: float

    def place_docks(self) -> None:
        """Programme at the start of reading, list of speakers at the end, log below.

        QMainWindow does not mirror dock areas, so right-to-left layouts swap them here.
        """
        start, end = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            start, end = end, start
        programme, speakers, log = self.docks
        self.addDockWidget(start, programme)
        self.addDockWidget(end, speakers)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, log)
        self.resizeDocks([programme, speakers], [250, 420], Qt.Orientation.Horizontal)
        self.resizeDocks([log], [230], Qt.Orientation.Vertical)

    def apply_font_scale(self, scale: float) -> None:
        """Scale the console's text (kept in the settings)."""
        scale = round(max(FONT_SCALE.minimum or 0.5, min(scale, FONT_SCALE.maximum or 3.0)), 2)
        if scale != self.settings.get(FONT_SCALE):
            self.settings.set(FONT_SCALE, scale)
        if scale == self._scale_shown:
            return  # nothing to do (at start, nearly always): a new font re-lays out all
        self._scale_shown = scale
        f = QFont(self._base_font)
        size = self._base_font.pointSizeF()
        if size > 0:
            f.setPointSizeF(size * scale)
        self.setFont(f)
        # Table headers and the status bar take the style's own font rather than their
        # parent's: give them the scaled one too.
        for header in self.findChildren(QHeaderView):
            header.setFont(f)
        self.statusBar().setFont(f)

    def toggle_high_contrast(self) -> None:
        """Switch the high-contrast countdown colours."""
        on = not self.settings.get(HIGH_CONTRAST)
        self.settings.set(HIGH_CONTRAST, on)
        self.actions_by_id["high_contrast"].setChecked(on)
        self.current.set_high_contrast(on)

    def set_language(self, language: str) -> None:
        """Show names (and, after a restart, the menus) in another language."""
        self.language = language
        if self.settings.get(LANGUAGE) != language:
            self.settings.set(LANGUAGE, language)
        self.speakers.set_language(language)
        self.current.set_language(language)
        self.log.set_language(language)
        self.programme.set_language(language)
        self._show_title()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar"
                                   else Qt.LayoutDirection.LeftToRight)
        self.place_docks()
        if self.relanguage is not None:
            rebuild = self.relanguage
            QTimer.singleShot(0, self, lambda: rebuild(language))
        else:
            self.show_message(tr("Names are shown in the new language; menus follow at the "
                                 "next start."))

    def _show_title(self) -> None:
        """The window's title: the meeting's title in the console's language (Qt adds the
        application's name, "— Floor", itself)."""
        p = self.floor.service.state.programme
        self.setWindowTitle(p.text(p, "title", self.language).text if p else "")

    def _setting_changed(self, key: str) -> None:
        """A setting changed elsewhere (the settings dialog): show it."""
        if key == FONT_SCALE.key:
            self.apply_font_scale(self.settings.get(FONT_SCALE))
        elif key == HIGH_CONTRAST.key:
            on = self.settings.get(HIGH_CONTRAST)
            self.actions_by_id["high_contrast"].setChecked(on)
            self.current.set_high_contrast(on)
        elif key == LANGUAGE.key and self.settings.get(LANGUAGE) != self.language:
            self.set_language(self.settings.get(LANGUAGE))
