"""The programme editor: the meeting and its segments, checked as you type, saved as a command.

OK runs ``replace_programme`` through the floor (journaled like any command) and,
when asked, writes the programme back to a TOML file.
"""

from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from floorapp.core.categories import DEFAULT_LIMITS, LANGUAGES, SpeakerCategory
from floorapp.core.programme.model import Programme
from floorapp.core.programme.text import text_in, with_text
from floorapp.gui.dialogs.checks import programme_problems
from floorapp.gui.dialogs.fitting import fit_to_screen, tab_keys
from floorapp.gui.dialogs.limits import LimitsEditor, date_time_format
from floorapp.gui.dialogs.segment_form import PersonFields
from floorapp.gui.dialogs.segments_page import SegmentsPage
from floorapp.qt.floor_qt import QtFloor

#: Problems shown under the form at most (the rest are counted).
SHOWN = 6


def tr(text: str) -> str:
    """Translate in the ProgrammeEditor context."""
    return QCoreApplication.translate("ProgrammeEditor", text)


def trn(text: str, n: int) -> str:
    """Translate a message with a number (Qt's plural forms for ``n``), ProgrammeEditor context."""
    return QCoreApplication.translate("ProgrammeEditor", text, None, n).format(n=n)


class ProgrammeEditor(QDialog):
    """Edit the meeting's programme: title, date, venue, chair, limits and segments."""

    def __init__(
        self, floor: QtFloor, save_path: str | os.PathLike[str] | None = None,
        parent: QWidget | None = None, language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.floor = floor
        self.original = floor.service.programme
        self.base = self.original  # the meeting's fields as last loaded into the form
        self.language = self.original.language  # the language the texts are edited in
        self.setObjectName("programme-editor")
        self.setWindowTitle(tr("Edit the programme"))
        language_row = self._build_language()
        tabs = QTabWidget(self)
        tabs.addTab(self._build_meeting(), tr("&Meeting"))
        self.pages = SegmentsPage(self.original.segments, self._inherited, self)
        self.pages.edited.connect(self.check)
        tabs.addTab(self.pages, tr("Se&gments"))
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("programme-problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setStyleSheet("color: #b71c1c;")
        self.save = QCheckBox(tr("Also &save to a programme file:"), self)
        self.save.setObjectName("programme-save")
        self.save_path = QLineEdit(os.fspath(save_path) if save_path else "", self)
        self.save_path.setObjectName("programme-save-path")
        self.save.setChecked(bool(save_path))
        browse = QPushButton(tr("&Browse…"), self)
        browse.clicked.connect(self.choose_file)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save)
        save_row.addWidget(self.save_path, 1)
        save_row.addWidget(browse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(language_row)
        column.addWidget(tabs, 1)
        column.addWidget(self.problems_label)
        column.addLayout(save_row)
        column.addWidget(self.buttons)
        self.load_meeting(self.original)
        if language in LANGUAGES and language != self.language:
            # Opened on the console's language, as if chosen in "Texts in": a text not
            # yet translated shows the original's, marked.
            self.languages.setCurrentIndex(LANGUAGES.index(language))
        fit_to_screen(self, QSize(900, 640))
        tab_keys(tabs, self)
        self.check()

    # -- building -----------------------------------------------------------------------

    def _build_language(self) -> QHBoxLayout:
        """"Texts in: [language]": the programme's texts are edited in one language at a time."""
        from floorapp.gui.console.words import LANGUAGE_NAMES

        self.languages = QComboBox(self)
        self.languages.setObjectName("programme-language")
        for lang in LANGUAGES:
            name = LANGUAGE_NAMES[lang]
            if lang == self.original.language:
                name = tr("{language} (original)").format(language=name)
            self.languages.addItem(name, lang)
        self.languages.setCurrentIndex(LANGUAGES.index(self.language))
        self.languages.currentIndexChanged.connect(
            lambda _i: self.set_language(str(self.languages.currentData())))
        label = QLabel(tr("Te&xts in:"), self)
        label.setBuddy(self.languages)
        self.language_note = QLabel(self)
        self.language_note.setObjectName("programme-language-note")
        self.language_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.languages)
        row.addWidget(self.language_note, 1)
        return row

    def set_language(self, language: str) -> None:
        """Edit the programme's texts in ``language`` (the rest of the form stays)."""
        kept = self.programme()
        self.language = language
        self.chair.set_language(language, self.original.language)
        self.pages.set_language(language, self.original.language)
        self.load_meeting(kept)
        translating = language != self.original.language
        missing = len(kept.untranslated(language)) if translating else 0
        note = tr("Empty fields and grey text show the original, which is used until a "
                  "translation is written.") if translating else ""
        if missing:
            note += " " + trn("{n} texts are not translated yet.", missing)
        self.language_note.setText(note)
        self.check()

    def _build_meeting(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.title = QLineEdit(page)
        self.title.setObjectName("meeting-title")
        self.date = QDateEdit(page)
        self.date.setObjectName("meeting-date")
        date_time_format(self.date, "yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.venue = QLineEdit(page)
        self.venue.setObjectName("meeting-venue")
        self.chair = PersonFields("meeting-chair", page)
        self.limits = LimitsEditor("meeting-limits", page)
        form.addRow(tr("&Title:"), self.title)
        form.addRow(tr("&Date:"), self.date)
        form.addRow(tr("&Venue:"), self.venue)
        form.addRow(tr("&Chair:"), self.chair)
        form.addRow(tr("Speaking &limits:"), self.limits)
        for line in (self.title, self.venue):
            line.textEdited.connect(lambda _t: self.check())
        self.date.dateChanged.connect(lambda _d: self.check())
        self.chair.edited.connect(self.check)
        self.limits.edited.connect(self._meeting_limits_edited)
        return page

    # -- the meeting -------------------------------------------------------------------

    def load_meeting(self, p: Programme) -> None:
        """Show a programme's meeting fields."""
        self.base = p
        langs = (self.language, p.language)
        translating = self.language != p.language
        self.title.setText(text_in(p, "title", *langs))
        self.title.setPlaceholderText(p.title if translating else "")
        self.date.setDate(QDate(p.date.year, p.date.month, p.date.day))
        self.venue.setText(text_in(p, "venue", *langs))
        self.venue.setPlaceholderText(p.venue if translating else "")
        self.chair.load(p.chair)
        self.limits.set_limits(p.limits, DEFAULT_LIMITS, tr("default ({time})"))

    def programme(self) -> Programme:
        """The programme as the editor now says."""
        langs = (self.language, self.base.language)
        texts = with_text(self.base, "title", *langs, self.title.text().strip(),
                          required=True)
        texts = with_text(texts, "venue", *langs, self.venue.text().strip())
        return replace(
            texts,
            date=self.date.date().toPython(),  # type: ignore[arg-type]
            chair=self.chair.person(SpeakerCategory.CHAIR, "chair"),
            limits=self.limits.limits(),
            segments=tuple(self.pages.current()),
        )

    def problems(self) -> list[str]:
        """What keeps the programme from being used, in plain words."""
        return programme_problems(self.programme(), self.floor.service.state)

    def check(self) -> list[str]:
        """Show the problems under the form; OK only when there are none."""
        found = self.problems()
        self.show_problems(found)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not found)
        return found

    def show_problems(self, found: list[str]) -> None:
        """Show problems (or nothing) under the form."""
        lines = ["✋ " + p for p in found[:SHOWN]]
        if len(found) > SHOWN:
            lines.append(trn("… and {n} more.", len(found) - SHOWN))
        self.problems_label.setText("\n".join(lines))
        self.problems_label.setVisible(bool(found))

    def _meeting_limits_edited(self) -> None:
        self.pages.refresh_inherited()
        self.check()

    def _inherited(self) -> dict[str, int]:
        return {**DEFAULT_LIMITS, **self.limits.limits()}

    # -- finishing --------------------------------------------------------------------

    def choose_file(self) -> None:
        """Ask where to save the programme."""
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save the programme"), self.save_path.text(),
            tr("Programmes (*.toml);;All files (*)"))
        if path:
            self.save_path.setText(path)
            self.save.setChecked(True)

    def accept(self) -> None:
        """Replace the live programme (and save it) only when it has no problems."""
        found = self.check()
        if found:
            return
        programme = self.programme()
        refusals: list[str] = []

        def note(reason: str) -> None:
            refusals.append(reason)

        self.floor.refused.connect(note)
        self.floor.failed.connect(note)
        try:  # (already in use when only saving the file failed the first time)
            done = (programme == self.floor.service.programme
                    or self.floor.run(self.floor.service.replace_programme, programme))
        finally:
            self.floor.refused.disconnect(note)
            self.floor.failed.disconnect(note)
        if not done:
            self.show_problems(refusals or [tr("The programme was not replaced.")])
            return
        if self.save.isChecked() and self.save_path.text().strip():
            if not self.save_file(programme, self.save_path.text().strip()):
                # Stay open: the path and every edit are still here to correct and retry.
                self.save_path.setFocus()
                return
        super().accept()

    def save_file(self, programme: Programme, path: str) -> bool:
        """Write the programme to a TOML file; says under the form why when it cannot."""
        try:
            from floorapp.core.programme.file import save_programme

            save_programme(programme, os.path.expanduser(path))
        except (ImportError, OSError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            self.problems_label.setText("✋ " + tr(
                "The meeting uses the new programme, but {path} could not be written: "
                "{reason}. Choose another file, or clear “Also save”.").format(
                    path=path, reason=reason))
            self.problems_label.setVisible(True)
            return False
        return True


def edit_programme(
    parent: QWidget | None, floor: QtFloor, save_path: str | os.PathLike[str] | None = None,
    language: str | None = None,
) -> bool:
    """Open the programme editor on the texts in ``language`` (the console's); True when
    the programme was replaced."""
    dialog = ProgrammeEditor(floor, save_path, parent, language)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
