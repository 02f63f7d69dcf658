"""The synthesis editor: the secretary rewrites the Summary's proposed paragraphs.

One row per paragraph of the synthesis (a segment's opening paragraph, then one per
theme with points); beside it Floor's proposal, unattributed, and the secretary's
text. "Keep" journals the text (``FloorService.keep_synthesis``) for the language
chosen, so the next export prints it; "Use the proposal" gives the paragraph back.
Moving to another paragraph, another language or closing keeps what was typed: an
edit is never lost. Arabic paragraphs are edited right to left.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from floorapp.core.categories import LANGUAGES
from floorapp.core.synthesis import INTRO, split_key
from floorapp.export.proposals import SynthesisEntry, entries
from floorapp.export.record import build_summary
from floorapp.export.strings import RTL_LANGUAGES
from floorapp.gui.console import words
from floorapp.qt.floor_qt import QtFloor


def tr(text: str) -> str:
    """Translate in the Synthesis context."""
    return QCoreApplication.translate("Synthesis", text)


class SynthesisEditor(QDialog):
    """Edits the Summary's synthesis paragraphs of one meeting, language by language."""

    def __init__(self, floor: QtFloor, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.floor = floor
        self.setObjectName("synthesis-editor")
        self.setWindowTitle(tr("The Summary's synthesis"))
        self.resize(980, 620)
        self.rows: list[SynthesisEntry] = []
        self.current: SynthesisEntry | None = None
        self.loaded_lang = lang  # the language the rows were read in

        self.language = QComboBox(self)
        self.language.setObjectName("synthesis-language")
        for code in LANGUAGES:
            self.language.addItem(f"{words.LANGUAGE_NAMES[code]} ({code})", code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Language of the Summary:"), self))
        top.addWidget(self.language)
        top.addStretch(1)

        self.list = QListWidget(self)
        self.list.setObjectName("synthesis-paragraphs")
        self.list.setWordWrap(True)
        self.proposal = QPlainTextEdit(self)
        self.proposal.setObjectName("synthesis-proposal")
        self.proposal.setReadOnly(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("synthesis-text")
        self.text.setPlaceholderText(tr("Rewrite the proposal here; "
                                        "a blank line starts a new paragraph."))
        self.status = QLabel(self)
        self.status.setObjectName("synthesis-status")
        self.keep = QPushButton(tr("Keep"), self)
        self.keep.setObjectName("synthesis-keep")
        self.use_proposal = QPushButton(tr("Use the proposal"), self)
        self.use_proposal.setObjectName("synthesis-use-proposal")
        self.copy = QPushButton(tr("Start from the proposal"), self)
        self.copy.setObjectName("synthesis-copy")

        right = QWidget(self)
        col = QVBoxLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(QLabel(tr("Proposed by Floor (from the notes, unattributed):"), right))
        col.addWidget(self.proposal, 2)
        col.addWidget(QLabel(tr("Kept in the Summary:"), right))
        col.addWidget(self.text, 3)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.copy)
        row.addWidget(self.use_proposal)
        row.addWidget(self.keep)
        col.addLayout(row)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(close)

        self.language.currentIndexChanged.connect(self._language_changed)
        self.list.currentRowChanged.connect(self._row_changed)
        self.keep.clicked.connect(self.keep_text)
        self.use_proposal.clicked.connect(self.restore_proposal)
        self.copy.clicked.connect(lambda: self.text.setPlainText(self.proposal.toPlainText()))
        self.reload()

    # -- reading -------------------------------------------------------------------

    def lang(self) -> str:
        """The language being edited."""
        return str(self.language.currentData())

    def reload(self, key: str | None = None) -> None:
        """Read the paragraphs again from the meeting; select ``key`` (or the first)."""
        svc = self.floor.service
        self.loaded_lang = self.lang()
        self.rows = entries(build_summary(svc.state, svc.log()), self.loaded_lang)
        direction = Qt.LayoutDirection.RightToLeft if self.lang() in RTL_LANGUAGES \
            else Qt.LayoutDirection.LeftToRight
        for edit in (self.proposal, self.text):
            edit.setLayoutDirection(direction)
        self.list.blockSignals(True)
        self.list.clear()
        segment = None
        first: QListWidgetItem | None = None
        chosen: QListWidgetItem | None = None
        for k, e in enumerate(self.rows):
            if e.segment != segment:  # a heading per segment, not selectable
                segment = e.segment
                head = QListWidgetItem(segment)
                font = head.font()
                font.setBold(True)
                head.setFont(font)
                head.setFlags(Qt.ItemFlag.ItemIsEnabled)  # shown, not selectable
                self.list.addItem(head)
            if e.theme:
                title = e.theme
            elif split_key(e.key)[1] == INTRO:
                title = tr("Opening paragraph: speakers and panellists")
            else:
                title = tr("Points under no theme")
            item = QListWidgetItem(("✎ " if e.kept else "") + title)
            item.setData(Qt.ItemDataRole.UserRole, k)
            item.setToolTip(f"{e.segment} — {title}")
            self.list.addItem(item)
            first = first or item
            if e.key == key:
                chosen = item
        self.list.blockSignals(False)
        self.current = None
        target = chosen or first
        if target is not None:
            self.list.setCurrentItem(target)
        else:
            self.proposal.setPlainText(tr("No key points have been recorded yet."))
            self.text.clear()
        self.keep.setEnabled(bool(self.rows))
        self.use_proposal.setEnabled(bool(self.rows))

    def _row_changed(self, _row: int) -> None:
        self._keep_pending()
        item = self.list.currentItem()
        k = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(k, int) or not 0 <= k < len(self.rows):
            return
        self.current = self.rows[k]
        self.proposal.setPlainText(self.current.proposal)
        self.text.setPlainText(self.current.kept)
        self.status.setText(tr("Kept text in the Summary.") if self.current.kept
                            else tr("The Summary prints the proposal."))

    def _language_changed(self) -> None:
        self._keep_pending()
        self.reload()

    # -- writing -------------------------------------------------------------------

    def _keep_pending(self) -> None:
        """Keep what was typed for the paragraph being left (never lose an edit)."""
        entry = self.current
        if entry is None:
            return
        typed = self.text.toPlainText().strip()
        if typed != entry.kept.strip():
            self.floor.run(self.floor.service.keep_synthesis, entry.key, self.loaded_lang, typed)

    def keep_text(self) -> None:
        """Journal the text typed for the selected paragraph."""
        if self.current is None:
            return
        key = self.current.key
        if self.floor.run(self.floor.service.keep_synthesis, key, self.lang(),
                          self.text.toPlainText()):
            self.reload(key)
            self.status.setText(tr("Kept. The next export prints this text."))

    def restore_proposal(self) -> None:
        """Give the selected paragraph back to Floor's proposal."""
        if self.current is None:
            return
        key = self.current.key
        if not self.current.kept or self.floor.run(self.floor.service.keep_synthesis, key,
                                                   self.lang(), ""):
            self.text.clear()
            self.reload(key)

    def done(self, result: int) -> None:
        """Keep what was typed, then close."""
        self._keep_pending()
        super().done(result)


def open_synthesis_editor(window: QWidget, floor: QtFloor,
                          lang: str | None = None) -> SynthesisEditor:
    """Open the synthesis editor over ``window`` (modeless: the meeting goes on), in
    ``lang`` or by default the console's language."""
    if lang is None:
        console = QLocale().name()[:2]
        lang = console if console in LANGUAGES else "en"
    editor = SynthesisEditor(floor, lang, window)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    return editor
