"""The secretary's notes on one intervention: add key points with theme tags, edit, strike;
below them, the rest of the record (language, written statement, video, announcements,
corrections: see ``record_panel``).

Every change is a journaled command (``add_note``, ``edit_note``, ``strike_note``);
struck notes stay listed, marked in words, since the journal keeps them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from floorapp.core.changes import Part, as_changes
from floorapp.core.events import Event
from floorapp.core.programme.model import Theme
from floorapp.core.turn import Intervention, Note
from floorapp.gui.console import words
from floorapp.gui.console.record_panel import RecordPanel
from floorapp.gui.programme_texts import tip
from floorapp.qt.floor_qt import QtFloor

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    """Translate in the NotesEditor context."""
    return QCoreApplication.translate("NotesEditor", text)


class ThemeLabel(QLabel):
    """A theme's title beside its check box, wrapped; a click on it ticks the box."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.box = box
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Tick or untick the theme, as a click on the box would."""
        if self.box.isEnabled():
            self.box.click()
        super().mouseReleaseEvent(event)


class NotesEditor(QWidget):
    """Notes and theme tags of the intervention selected in the log."""

    def __init__(self, floor: QtFloor, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.floor = floor
        self.language = language
        self.intervention: str | None = None
        self.editing: str | None = None  # id of the note being corrected
        self.setObjectName("notes-editor")
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.notes = QListWidget(self)
        self.notes.setObjectName("notes-list")
        self.notes.setWordWrap(True)
        self.notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.notes.currentItemChanged.connect(lambda *_: self._load_selected())
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("notes-text")
        self.text.setPlaceholderText(tr("Key point of the intervention (Ctrl+Enter adds it)"))
        self.text.setTabChangesFocus(True)
        self.themes_box = QWidget(self)
        self.themes_layout = QGridLayout(self.themes_box)
        self.themes_layout.setContentsMargins(0, 0, 0, 0)
        self.themes_layout.setVerticalSpacing(2)
        self.themes_layout.setColumnStretch(1, 1)
        self.checks: dict[str, QCheckBox] = {}
        self.save = QPushButton(tr("Add note"), self)
        self.save.setObjectName("notes-save")
        self.save.clicked.connect(self.commit)
        self.strike = QPushButton(tr("Strike"), self)
        self.strike.setObjectName("notes-strike")
        self.strike.clicked.connect(self.toggle_strike)
        self.new = QPushButton(tr("New note"), self)
        self.new.clicked.connect(self.start_new)
        self.record = RecordPanel(floor, language, self)
        # Room for several notes and a few lines of text; the log panel scrolls the whole
        # editor (LogView), so what it holds never pushes the countdown aside.
        line = self.fontMetrics().lineSpacing()
        self.notes.setMinimumHeight(4 * line + 8)
        self.text.setMinimumHeight(2 * line + 8)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(key), self.text)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(self.commit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.new)
        buttons.addWidget(self.strike)
        buttons.addStretch(1)
        # Two columns, so that the notes and the field to type in are both in view in
        # the log panel's low height: the notes on the start side, tags and record beside.
        writing = QVBoxLayout()
        writing.addWidget(self.notes, 1)
        writing.addWidget(self.text, 1)
        writing.addLayout(buttons)
        # The tags and the record scroll on their own, so that they never push the
        # notes' field out of sight.
        side = QWidget(self)
        side.setObjectName("notes-side")
        tagging = QVBoxLayout(side)
        tagging.setContentsMargins(0, 0, 0, 0)
        tagging.addWidget(self.themes_box)
        tagging.addWidget(self.record)
        tagging.addStretch(1)
        self.side_area = QScrollArea(self)
        self.side_area.setObjectName("notes-side-area")
        self.side_area.setWidgetResizable(True)
        self.side_area.setFrameShape(QFrame.Shape.NoFrame)
        self.side_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_area.setWidget(side)
        # As wide as what it holds needs (with its scroll bar): nothing cut at the side.
        bar = self.side_area.verticalScrollBar().sizeHint().width()
        self.side_area.setMinimumWidth(side.minimumSizeHint().width() + bar + 4)
        columns = QHBoxLayout()
        columns.addLayout(writing, 3)
        columns.addWidget(self.side_area, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(columns, 1)
        floor.changed.connect(self._on_changed)
        self.set_intervention(None)

    # -- which intervention ------------------------------------------------------------

    def _iv(self) -> Intervention | None:
        if self.intervention is None:
            return None
        return self.floor.service.state.interventions.get(self.intervention)

    def set_intervention(self, iid: str | None, rebuild: bool = False) -> None:
        """Show the notes of an intervention (None: nothing selected).

        ``rebuild`` redraws the theme boxes even for the same intervention (a new language).
        """
        if iid != self.intervention:
            self.intervention = iid
            self.editing = None
            self.text.clear()
            self._rebuild_checks()
        elif rebuild:  # keep what is being typed, and the themes ticked
            chosen = self.chosen_themes()
            self._rebuild_checks()
            for tid in chosen:
                if tid in self.checks:
                    self.checks[tid].setChecked(True)
        self.record.language = self.language
        self.record.set_intervention(iid)
        self._refresh()

    def _themes(self) -> tuple[Theme, ...]:
        iv = self._iv()
        p = self.floor.service.state.programme
        if iv is None or p is None:
            return ()
        try:
            return p.segment(iv.segment_id).themes
        except KeyError:
            return ()

    def _rebuild_checks(self) -> None:
        for box in self.checks.values():
            box.setParent(None)
            box.deleteLater()
        self.checks = {}
        for label in self.themes_box.findChildren(ThemeLabel):
            label.setParent(None)
            label.deleteLater()
        p = self.floor.service.state.programme
        for i, t in enumerate(self._themes()):
            local = p.text(t, "title", self.language) if p else None
            full = local.text if local else t.title
            # The whole title, wrapped beside its box (a box's own text cannot wrap).
            box = QCheckBox(self.themes_box)
            box.setObjectName(f"theme-{t.id}")
            box.setToolTip("\n".join(x for x in (full, tip(local) if local else "") if x))
            box.setAccessibleName(full)
            label = ThemeLabel(local.tagged() if local and local.fallback else full, box,
                               self.themes_box)
            self.themes_layout.addWidget(box, i, 0, Qt.AlignmentFlag.AlignTop)
            self.themes_layout.addWidget(label, i, 1)
            self.checks[t.id] = box

    # -- showing -----------------------------------------------------------------------

    def _on_changed(self, events: list[Event]) -> None:
        changes = as_changes(events)
        if (changes.complete and self.intervention not in changes.interventions
                and not changes.touches(Part.ROSTER | Part.PROGRAMME)):
            return
        if self.intervention is not None and self._iv() is None:
            self.set_intervention(None)
        else:
            self._refresh()

    def _refresh(self) -> None:
        iv = self._iv()
        enabled = iv is not None
        for w in (self.text, self.save, self.new, self.themes_box):
            w.setEnabled(enabled)
        if iv is None:
            self.heading.setText(tr("Select an intervention in the log to take notes."))
            self.notes.clear()
            self.strike.setEnabled(False)
            return
        state = self.floor.service.state
        name = words.speaker_line(state, iv.participant_id, iv.on_behalf_of, iv.delivered_by,
                                  self.language)
        self.heading.setText(tr("Notes on {name}").format(name=name))
        p = state.programme
        titles = {t.id: p.text(t, "title", self.language).text if p else t.title
                  for t in self._themes()}
        keep = self.editing
        self.notes.blockSignals(True)
        self.notes.clear()
        for n in iv.notes:
            self.notes.addItem(self._item(n, titles))
        self.notes.blockSignals(False)
        self._select_note(keep)
        self._update_buttons()

    def _item(self, n: Note, titles: dict[str, str]) -> QListWidgetItem:
        tags = ", ".join(titles.get(t, t) for t in n.themes)
        text = n.text + (f"  [{tags}]" if tags else "")
        if n.struck:
            text = tr("(struck) {text}").format(text=text)
        item = QListWidgetItem(text)
        item.setData(NOTE_ID_ROLE, n.id)
        if n.struck:
            f = QFont(item.font())
            f.setStrikeOut(True)
            item.setFont(f)
        return item

    def _select_note(self, note_id: str | None) -> None:
        for row in range(self.notes.count()):
            item = self.notes.item(row)
            if item.data(NOTE_ID_ROLE) == note_id:
                self.notes.blockSignals(True)
                self.notes.setCurrentRow(row)
                self.notes.blockSignals(False)
                return

    def _note(self, note_id: str | None) -> Note | None:
        iv = self._iv()
        if iv is None or note_id is None:
            return None
        return next((n for n in iv.notes if n.id == note_id), None)

    def _load_selected(self) -> None:
        item = self.notes.currentItem()
        note = self._note(item.data(NOTE_ID_ROLE) if item is not None else None)
        self.editing = note.id if note is not None else None
        self.text.setPlainText(note.text if note is not None else "")
        for tid, box in self.checks.items():
            box.setChecked(note is not None and tid in note.themes)
        self._update_buttons()

    def _update_buttons(self) -> None:
        note = self._note(self.editing)
        self.save.setText(tr("Save correction") if note is not None else tr("Add note"))
        self.strike.setEnabled(note is not None)
        self.strike.setText(tr("Restore") if note is not None and note.struck else tr("Strike"))

    # -- commands ------------------------------------------------------------------------

    def start_new(self) -> None:
        """Leave the note being corrected; the next commit adds a new one."""
        self.editing = None
        self.notes.clearSelection()
        self.notes.setCurrentRow(-1)
        self.text.clear()
        for box in self.checks.values():
            box.setChecked(False)
        self._update_buttons()
        self.text.setFocus()

    def chosen_themes(self) -> list[str]:
        """The theme ids ticked."""
        return [tid for tid, box in self.checks.items() if box.isChecked()]

    def commit(self) -> None:
        """Add the note, or save the correction of the note being edited."""
        if self.intervention is None:
            return
        text = self.text.toPlainText()
        service = self.floor.service
        editing = self.editing
        if editing is not None and self._note(editing) is not None:
            self.floor.run(service.edit_note, self.intervention, editing, text,
                           self.chosen_themes())
            return
        if self.floor.run(service.add_note, text, self.chosen_themes(), self.intervention):
            self.start_new()

    def toggle_strike(self) -> None:
        """Strike the selected note from the record, or restore it."""
        note = self._note(self.editing)
        if self.intervention is not None and note is not None:
            self.floor.run(self.floor.service.strike_note, self.intervention, note.id,
                           not note.struck)
