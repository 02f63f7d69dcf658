"""The segments of a programme: a list to add, remove and reorder; the form of the current one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import time

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton, QSplitter, QVBoxLayout, QWidget

from floorapp.core.categories import SegmentKind
from floorapp.core.programme.model import Segment
from floorapp.core.programme.text import text_in
from floorapp.gui.dialogs.segment_form import SegmentForm


def tr(text: str) -> str:
    """Translate in the ProgrammeEditor context."""
    return QCoreApplication.translate("ProgrammeEditor", text)


def item_text(seg: Segment, language: str = "en", original_language: str = "en") -> str:
    """A segment as the list shows it: its times, then its title (in ``language`` if any)."""
    # Times isolated left to right: in Arabic, "11:00–13:00" must not read "13:00–11:00".
    title = text_in(seg, "title", language, original_language) or seg.title
    return f"\u2066{seg.start:%H:%M}–{seg.end:%H:%M}\u2069  \u2068{title or '…'}\u2069"


class SegmentsPage(QSplitter):
    """The list of segments beside the form of the current one.

    Signals:
        edited(): a segment was changed, added, removed or moved.
    """

    edited = Signal()

    def __init__(
        self, segments: Sequence[Segment], inherited: Callable[[], dict[str, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.segments: list[Segment] = list(segments)
        self.inherited = inherited  # the meeting's limits, which segments may override
        self._row = -1
        self.language = self.original_language = "en"
        left = QWidget(self)
        self.list = QListWidget(left)
        self.list.setObjectName("segment-list")
        self.list.addItems([item_text(s) for s in self.segments])
        self.list.currentRowChanged.connect(self._row_changed)
        buttons = QHBoxLayout()
        for key, label, slot in (("add", tr("&Add"), self.add_segment),
                                 ("remove", tr("&Remove"), self.remove_segment),
                                 ("up", "↑", lambda: self.move_segment(-1)),
                                 ("down", "↓", lambda: self.move_segment(1))):
            button = QPushButton(label, left)
            button.setObjectName(f"segment-{key}")
            button.setToolTip({"up": tr("Move up"), "down": tr("Move down")}.get(key, ""))
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list, 1)
        column.addLayout(buttons)
        self.form = SegmentForm(self)
        self.form.taken_ids = lambda: {s.id for i, s in enumerate(self.segments)
                                       if i != self._row}
        self._original_ids = {s.id for s in self.segments}
        self.form.edited.connect(self._form_edited)
        self.addWidget(left)
        self.addWidget(self.form)
        self.setStretchFactor(1, 1)
        self._select(0 if self.segments else -1)

    def set_language(self, language: str, original_language: str) -> None:
        """Show and edit the segments' texts in ``language``."""
        self._keep_form()
        self.language, self.original_language = language, original_language
        self.form.set_language(language, original_language)
        self._refresh_items()
        self._select(self._row)

    def _refresh_items(self) -> None:
        for r, seg in enumerate(self.segments):
            item = self.list.item(r)
            if item is not None:
                item.setText(self._item_text(seg))

    def _item_text(self, seg: Segment) -> str:
        return item_text(seg, self.language, self.original_language)

    def current(self) -> list[Segment]:
        """Every segment as edited, in order."""
        self._keep_form()
        return list(self.segments)

    def refresh_inherited(self) -> None:
        """The meeting's limits changed: show what the current segment inherits."""
        if self._row >= 0:
            self.form.limits.set_limits(self.form.limits.limits(), self.inherited())

    def _keep_form(self) -> None:
        if 0 <= self._row < len(self.segments):
            self.segments[self._row] = self.form.segment()

    def _row_changed(self, row: int) -> None:
        self._keep_form()
        self._select(row)

    def _select(self, row: int) -> None:
        """Make ``row`` current and show its segment (without keeping the form first)."""
        self.list.blockSignals(True)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._row = row if 0 <= row < len(self.segments) else -1
        self.form.setEnabled(self._row >= 0)
        if self._row >= 0:
            seg = self.segments[self._row]
            self.form.load(seg, self.inherited(), new=seg.id not in self._original_ids)

    def _form_edited(self) -> None:
        self._keep_form()
        item = self.list.item(self._row)
        if item is not None:
            item.setText(self._item_text(self.segments[self._row]))
        self.edited.emit()

    def add_segment(self) -> None:
        """Add a segment after the current one, starting when it ends."""
        self._keep_form()
        after = self.segments[self._row] if self._row >= 0 else None
        start = after.end if after else time(10)
        end = time(min(23, start.hour + 1), start.minute)
        n = len(self.segments) + 1
        taken = {s.id for s in self.segments}
        while f"segment-{n}" in taken:
            n += 1
        seg = Segment(f"segment-{n}", SegmentKind.PANEL, "", start, end)
        row = self._row + 1 if after else len(self.segments)
        self.segments.insert(row, seg)
        self.list.blockSignals(True)
        self.list.insertItem(row, self._item_text(seg))
        self.list.blockSignals(False)
        self._select(row)
        self.form.title.setFocus()
        self.edited.emit()

    def remove_segment(self) -> None:
        """Remove the current segment."""
        row = self._row
        if row < 0:
            return
        del self.segments[row]
        self.list.blockSignals(True)
        self.list.takeItem(row)
        self.list.blockSignals(False)
        self._select(min(row, len(self.segments) - 1))
        self.edited.emit()

    def move_segment(self, step: int) -> None:
        """Move the current segment up (-1) or down (+1)."""
        self._keep_form()
        row, target = self._row, self._row + step
        if row < 0 or not 0 <= target < len(self.segments):
            return
        self.segments[row], self.segments[target] = self.segments[target], self.segments[row]
        for r in (row, target):
            item = self.list.item(r)
            if item is not None:
                item.setText(self._item_text(self.segments[r]))
        self._select(target)
        self.edited.emit()
