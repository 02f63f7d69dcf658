"""The programme panel: segments with their times, and who and what the selected one has."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from floorapp.core.changes import Part, as_changes
from floorapp.core.events import Event
from floorapp.core.programme.model import Programme, Segment
from floorapp.gui.console.programme_model import SEGMENT_ID_ROLE, ProgrammeModel
from floorapp.gui.programme_texts import rich
from floorapp.qt.floor_qt import QtFloor


def tr(text: str) -> str:
    """Translate in the Programme context."""
    return QCoreApplication.translate("Programme", text)


def segment_html(seg: Segment, is_open: bool, programme: Programme | None = None,
                 language: str = "en") -> str:
    """Moderator, panellists and themes of a segment, as rich text, in ``language``.

    Texts not translated into ``language`` show in the original, in italics and tagged.
    """
    e = html.escape
    p = programme or Programme("", date.min, segments=(seg,))
    lang = language if programme is not None else p.language

    def text(owner: object, name: str) -> str:
        return rich(p.text(owner, name, lang))  # type: ignore[arg-type]

    def name(person: object) -> str:  # a name untranslated is no news: not tagged
        return e(p.text(person, "name", lang).text)  # type: ignore[arg-type]

    def who(person: object) -> str:
        role = text(person, "role") if getattr(person, "role", "") else ""
        return f"\u2068{name(person)}\u2069{', ' + role if role else ''}"

    out = [f"<b>{text(seg, 'title')}</b>"]
    if not is_open:
        out.append(f"<i>{e(tr('Not open. Enter opens it.'))}</i>")
    if seg.description:
        out.append(text(seg, "description"))
    if seg.chair:
        out.append(f"{e(tr('Chair:'))} {who(seg.chair)}")
    if seg.moderator:
        out.append(f"{e(tr('Moderator:'))} {who(seg.moderator)}")
    if seg.panellists:
        items = "".join(f"<li>{who(x)}</li>" for x in seg.panellists)
        out.append(f"{e(tr('Panellists:'))}<ul style='margin:0'>{items}</ul>")
    if seg.themes:
        items = "".join(f"<li>{text(t, 'title')}</li>" for t in seg.themes)
        out.append(f"{e(tr('Themes:'))}<ul style='margin:0'>{items}</ul>")
    return "<br>".join(out)


class ProgrammeView(QWidget):
    """Segments in time order; Enter or a double-click opens one (journaled ``open_segment``)."""

    def __init__(self, floor: QtFloor, parent: QWidget | None = None,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.floor = floor
        self.language = language
        self.setObjectName("programme-view")
        self.model = ProgrammeModel(floor, self, language)
        self.title = QLabel(self)
        self.title.setObjectName("programme-title")
        self.title.setWordWrap(True)
        self.list = QListView(self)
        self.list.setObjectName("programme-list")
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(False)  # one line per segment; the tooltip has the title
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        self.list.installEventFilter(self)
        self.list.doubleClicked.connect(self._open)
        self.details = QLabel(self)
        self.details.setObjectName("segment-details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        details_area = QScrollArea(self)
        details_area.setWidget(self.details)
        details_area.setWidgetResizable(True)
        details_area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 2)
        layout.addWidget(details_area, 3)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_details())
        floor.changed.connect(self._on_changed)
        self._opened: str | None = None
        self._on_changed([])

    def set_language(self, language: str) -> None:
        """Show the programme's texts in ``language``."""
        self.language = language
        self.model.set_language(language)
        self._on_changed([])

    def focus(self) -> None:
        """Put the cursor in the list of segments."""
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.list.currentIndex().isValid() and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter on a segment opens it."""
        if (watched is self.list and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._open(self.list.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _open(self, index: QModelIndex) -> None:
        sid = index.data(SEGMENT_ID_ROLE) if index.isValid() else None
        if sid:
            self.floor.run(self.floor.service.open_segment, sid)

    def _on_changed(self, events: list[Event]) -> None:
        if not as_changes(events).touches(Part.PROGRAMME | Part.SEGMENT):
            return
        state = self.floor.service.state
        p = state.programme
        if p is None:
            self.title.setText("")
        else:
            day = QLocale().toString(QDate(p.date.year, p.date.month, p.date.day),
                                     QLocale.FormatType.LongFormat)
            venue = rich(p.text(p, "venue", self.language)) if p.venue else ""
            self.title.setText(f"<b>{rich(p.text(p, 'title', self.language))}</b><br>"
                               f"{html.escape(day)}{' · ' + venue if venue else ''}")
        if state.current_segment != self._opened:
            self._opened = state.current_segment
            row = self.model.row_of(state.current_segment)
            if row >= 0:
                self.list.setCurrentIndex(self.model.index(row))
        self._show_details()

    def _show_details(self) -> None:
        index = self.list.currentIndex()
        seg = self.model.segment_at(index.row()) if index.isValid() else None
        if seg is None:
            self.details.setText(tr("Select a segment to see its panel and themes."))
            return
        state = self.floor.service.state
        self.details.setText(segment_html(seg, seg.id == state.current_segment, state.programme,
                                          self.language))
