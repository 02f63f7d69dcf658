"""One segment of the programme in a form: what it is, when, who leads it, themes, limits."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import time

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from floorapp.core.categories import SegmentKind, SpeakerCategory
from floorapp.core.programme.model import Person, Segment, Theme
from floorapp.core.programme.text import text_in, with_text
from floorapp.gui.dialogs.limits import LimitsEditor, date_time_format
from floorapp.gui.dialogs.rows import RowsEditor


def tr(text: str) -> str:
    """Translate in the ProgrammeEditor context."""
    return QCoreApplication.translate("ProgrammeEditor", text)


def kind_label(kind: SegmentKind) -> str:
    """A kind of segment in words."""
    return {
        SegmentKind.OPENING: tr("Opening"),
        SegmentKind.PANEL: tr("Panel discussion"),
        SegmentKind.DIALOGUE: tr("Interactive dialogue"),
        SegmentKind.CLOSING: tr("Closing"),
        SegmentKind.BREAK: tr("Break"),
        SegmentKind.OTHER: tr("Other"),
    }[kind]


def slug(text: str, fallback: str) -> str:
    """A short id made from ``text``: "Political will" -> "political-will"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    made = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40].strip("-")
    return made or fallback


def qtime(t: object) -> QTime:
    """A datetime.time as a QTime."""
    return QTime(getattr(t, "hour", 0), getattr(t, "minute", 0))


class PersonFields(QWidget):
    """A name and a role side by side; keeps the person's id when the name is corrected.

    Signals:
        edited(): the name or role changed.
    """

    edited = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setObjectName(f"{name}-name")
        self.name.setPlaceholderText(tr("Name"))
        self.role = QLineEdit(self)
        self.role.setObjectName(f"{name}-role")
        self.role.setPlaceholderText(tr("Role, e.g. Executive Director, UNODC"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 1)
        row.addWidget(self.role, 1)
        self.ident = ""
        self._base: Person | None = None
        self.language = self.original_language = "en"
        for field in (self.name, self.role):
            field.textEdited.connect(lambda _t: self.edited.emit())

    def set_language(self, language: str, original_language: str) -> None:
        """Edit the texts in ``language`` (the programme is written in the original)."""
        self.language, self.original_language = language, original_language

    def load(self, person: Person | None) -> None:
        """Show a person (or nobody), in the language being edited."""
        self._base = person
        self.ident = person.id if person else ""
        langs = (self.language, self.original_language)
        self.name.setText(text_in(person, "name", *langs) if person else "")
        self.role.setText(text_in(person, "role", *langs) if person else "")
        translating = self.language != self.original_language
        self.name.setPlaceholderText(person.name if translating and person else tr("Name"))
        self.role.setPlaceholderText(person.role if translating and person and person.role
                                     else tr("Role, e.g. Executive Director, UNODC"))

    def person(self, category: SpeakerCategory, fallback_id: str) -> Person | None:
        """The person entered, or None when the name is empty."""
        langs = (self.language, self.original_language)
        p = self._base or Person("", "", "", category)
        p = with_text(p, "name", *langs, self.name.text().strip(), required=True)
        p = with_text(p, "role", *langs, self.role.text().strip())
        if not p.name.strip():
            return None
        return replace(p, id=self.ident or slug(p.name, fallback_id), category=category)


class SegmentForm(QTabWidget):
    """The fields of one segment, on tabs: segment, people, themes, limits.

    Signals:
        edited(): any field changed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segment-form")
        self._base: Segment | None = None
        self.language = self.original_language = "en"
        self.addTab(self._build_segment(), tr("&Segment"))
        self.addTab(self._build_people(), tr("&People"))
        self.themes = RowsEditor("themes", [tr("Theme"), tr("Id")], self)
        self.addTab(self.themes, tr("&Themes"))
        #: The segment ids already used by the others (the page sets it), for derived ids.
        self.taken_ids: Callable[[], set[str]] = set
        self._derive_id = False
        self.show_ids(False)
        self.limits = LimitsEditor("segment-limits", self)
        self.addTab(self.limits, tr("&Limits"))
        for signal in (self.themes.edited, self.limits.edited, self.panellists.edited,
                       self.chair.edited, self.moderator.edited):
            signal.connect(self.edited)

    def _build_segment(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.ident = QLineEdit(page)
        self.ident.setObjectName("segment-id")
        self.ident.setPlaceholderText(tr("a short name, e.g. panel-1"))
        self.kind = QComboBox(page)
        self.kind.setObjectName("segment-kind")
        for k in SegmentKind:
            self.kind.addItem(kind_label(k), k.value)
        self.title = QLineEdit(page)
        self.title.setObjectName("segment-title")
        self.start = QTimeEdit(page)
        self.start.setObjectName("segment-start")
        self.end = QTimeEdit(page)
        self.end.setObjectName("segment-end")
        for t in (self.start, self.end):
            date_time_format(t, "HH:mm")
            t.timeChanged.connect(lambda _t: self.edited.emit())
        self.description = QPlainTextEdit(page)
        self.description.setObjectName("segment-description")
        self.description.setTabChangesFocus(True)
        form.addRow(tr("&Id:"), self.ident)
        form.addRow(tr("&Kind:"), self.kind)
        form.addRow(tr("T&itle:"), self.title)
        form.addRow(tr("S&tarts at:"), self.start)
        form.addRow(tr("&Ends at:"), self.end)
        form.addRow(tr("&Description:"), self.description)
        self.ids_shown = QCheckBox(tr("Show the &ids used in the programme file"), page)
        self.ids_shown.setObjectName("segment-show-ids")
        self.ids_shown.toggled.connect(self.show_ids)
        form.addRow(self.ids_shown)
        self._form = form
        self.title.textEdited.connect(self._title_edited)
        self.ident.textEdited.connect(self._ident_edited)
        self.kind.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.description.textChanged.connect(self.edited)
        return page

    def show_ids(self, shown: bool) -> None:
        """Show or hide the technical ids (derived from the titles while hidden)."""
        if hasattr(self, "_form"):
            self._form.setRowVisible(self.ident, shown)
        self.themes.table.setColumnHidden(1, not shown)

    def _title_edited(self, title: str) -> None:
        if self._derive_id:  # a new segment's id follows its title until set by hand
            base = slug(title, self.ident.text() or "segment")
            taken = self.taken_ids()
            ident, n = base, 2
            while ident in taken:
                ident, n = f"{base}-{n}", n + 1
            self.ident.setText(ident)
        self.edited.emit()

    def _ident_edited(self, _text: str) -> None:
        self._derive_id = False
        self.edited.emit()

    def _build_people(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout()
        self.chair = PersonFields("segment-chair", page)
        self.moderator = PersonFields("segment-moderator", page)
        form.addRow(tr("C&hair:"), self.chair)
        form.addRow(tr("&Moderator:"), self.moderator)
        self.panellists = RowsEditor("panellists", [tr("Panellist"), tr("Role")], page)
        column = QVBoxLayout(page)
        column.addLayout(form)
        column.addWidget(self.panellists, 1)
        return page

    def set_language(self, language: str, original_language: str) -> None:
        """Edit the texts in ``language``; the next :meth:`load` shows them."""
        self.language, self.original_language = language, original_language
        for person in (self.chair, self.moderator):
            person.set_language(language, original_language)

    def load(self, seg: Segment, inherited: Mapping[str, int], new: bool = False) -> None:
        """Show a segment; ``inherited`` are the meeting's limits its own override.

        A ``new`` segment's id is derived from its title as it is typed.
        """
        self._base = seg
        self._derive_id = new
        langs = (self.language, self.original_language)
        translating = self.language != self.original_language
        self.blockSignals(True)
        self.ident.setText(seg.id)
        self.kind.setCurrentIndex(max(0, self.kind.findData(seg.kind.value)))
        self.title.setText(text_in(seg, "title", *langs))
        self.title.setPlaceholderText(seg.title if translating else "")
        self.start.setTime(qtime(seg.start))
        self.end.setTime(qtime(seg.end))
        self.description.setPlainText(text_in(seg, "description", *langs))
        self.description.setPlaceholderText(seg.description if translating else "")
        self.chair.load(seg.chair)
        self.moderator.load(seg.moderator)
        self.panellists.set_rows(
            [(p.id, [text_in(p, "name", *langs), text_in(p, "role", *langs)])
             for p in seg.panellists], list(seg.panellists),
            [[p.name, p.role] for p in seg.panellists] if translating else None)
        self.themes.set_rows([("", [text_in(t, "title", *langs), t.id]) for t in seg.themes],
                             list(seg.themes),
                             [[t.title, ""] for t in seg.themes] if translating else None)
        self.limits.set_limits(seg.limits, inherited)
        self.blockSignals(False)

    def segment(self) -> Segment:
        """The segment as the form now says (checked by the programme's checks)."""
        base = self._base
        sid = self.ident.text().strip()
        start, end = self.start.time(), self.end.time()
        langs = (self.language, self.original_language)
        panellists = []
        rows = zip(self.panellists.rows(), self.panellists.bases(), strict=True)
        for i, ((ident, (name, role)), was) in enumerate(rows):
            p = was if isinstance(was, Person) else Person("", "", "")
            p = with_text(with_text(p, "name", *langs, name, required=True), "role", *langs,
                          role)
            panellists.append(Person(ident or slug(p.name, f"{sid}-panellist-{i + 1}"), p.name,
                                     p.role, SpeakerCategory.PANELLIST, p.translations))
        themes = []
        rows = zip(self.themes.rows(), self.themes.bases(), strict=True)
        for i, ((_row, (title, ident)), was) in enumerate(rows):
            t = with_text(was if isinstance(was, Theme) else Theme("", ""), "title", *langs,
                          title, required=True)
            themes.append(Theme(ident or slug(t.title, f"theme-{i + 1}"), t.title,
                                t.translations))
        texts = self._base or Segment("", SegmentKind.OTHER, "", time(0), time(0))
        texts = with_text(texts, "title", *langs, self.title.text().strip(), required=True)
        texts = with_text(texts, "description", *langs,
                          self.description.toPlainText().strip())
        return Segment(
            id=sid,
            kind=SegmentKind(self.kind.currentData()),
            title=texts.title,
            start=start.toPython(),  # type: ignore[arg-type]
            end=end.toPython(),  # type: ignore[arg-type]
            chair=self.chair.person(
                base.chair.category if base and base.chair else SpeakerCategory.CHAIR,
                f"{sid}-chair"),
            moderator=self.moderator.person(SpeakerCategory.MODERATOR, f"{sid}-moderator"),
            panellists=tuple(panellists),
            themes=tuple(themes),
            limits=self.limits.limits(),
            description=texts.description,
            translations=texts.translations,
        )
