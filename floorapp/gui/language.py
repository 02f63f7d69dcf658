"""The app's language: Floor's and Qt's translations, the locale, the fonts and the
direction of the layout (right to left for Arabic)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from floorapp.qt.languages import font_for, locale_for
from floorapp.resources_paths import resources_folder


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Floor's and Qt's translations for ``language`` where present."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(f"floorapp_{language}", str(resources_folder() / "translations")):
        app.installTranslator(ours)
        installed.append(ours)
    # Qt's own words (OK, Cancel, the file dialog): by locale, so that Chinese finds
    # qtbase_zh_CN.qm and Arabic qtbase_ar.qm.
    qt = QTranslator(app)
    if qt.load(locale_for(language), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


#: The translators apply_language installed, removed when the language changes again.
_TRANSLATORS: list[QTranslator] = []


#: The application's own font, before a language's families were set on it.
_BASE_FONT: list[QFont] = []


def apply_language(app: QApplication, language: str) -> None:
    """Translators, locale, fonts and layout direction (right to left for Arabic)."""
    remove_translations(app)
    _TRANSLATORS.extend(install_translators(app, language))
    QLocale.setDefault(locale_for(language))
    if not _BASE_FONT:
        _BASE_FONT.append(QFont(app.font()))
    app.setFont(font_for(language, _BASE_FONT[0]))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar"
                           else Qt.LayoutDirection.LeftToRight)


def remove_translations(app: QCoreApplication) -> None:
    """Take out the translators apply_language installed."""
    for t in _TRANSLATORS:
        app.removeTranslator(t)
    _TRANSLATORS.clear()
