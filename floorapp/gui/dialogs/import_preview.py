"""The preview of a programme imported from a concept note, beside the text it came from.

Each proposed field is a row of a tree: click it and its source is highlighted in the
text; fields the importer was unsure of are marked and say why; every value can be
edited in place (double-click or F2) and rows removed; parts of the text that were not
used are listed under the tree. Nothing is saved until Accept, which checks the
programme and hands it back (:meth:`ImportPreview.programme`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from floorapp.core.programme.file import parse_programme
from floorapp.core.programme.importer import (
    Proposal,
    SourceRefused,
    propose_from_file,
    propose_from_text,
)
from floorapp.core.programme.importer.build import to_programme
from floorapp.core.programme.model import Programme
from floorapp.core.programme.problem import ProgrammeError
from floorapp.core.programme.write import dump_programme
from floorapp.gui.dialogs.fitting import fit_to_screen
from floorapp.gui.dialogs.import_edits import KEY as KEY
from floorapp.gui.dialogs.import_edits import edited_proposal
from floorapp.gui.dialogs.import_fields import SPAN, fill_fields, mark_checked
from floorapp.gui.dialogs.import_fields import UNSURE as UNSURE
from floorapp.gui.dialogs.import_words import reason
from floorapp.gui.dialogs.isolated_text import FSI, PDI, IsolatedTextDelegate
from floorapp.qt.settings import meeting_file_for


def tr(text: str) -> str:
    """Translate in the ImportPreview context."""
    return QCoreApplication.translate("ImportPreview", text)


class ImportPreview(QDialog):
    """Propose a programme from a concept note; let the user check and fix it; accept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-preview")
        self.setWindowTitle(tr("New meeting from a concept note"))
        self.proposal: Proposal | None = None
        self.accepted_programme: Programme | None = None

        self.hint = QLabel(tr("Paste the concept note or programme below, or open a file "
                              "(.txt, .docx, .pdf), then press Propose."), self)
        self.hint.setWordWrap(True)
        self.open_button = QPushButton(tr("&Open a file…"), self)
        self.open_button.setObjectName("import-open")
        self.open_button.clicked.connect(self.choose_file)
        self.propose_button = QPushButton(tr("&Propose"), self)
        self.propose_button.setObjectName("import-propose")
        self.propose_button.clicked.connect(self.propose_from_source)
        self.edit_button = QPushButton(tr("&Change the text"), self)
        self.edit_button.setObjectName("import-edit-text")
        self.edit_button.clicked.connect(self.edit_text)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        for b in (self.open_button, self.propose_button, self.edit_button):
            top.addWidget(b)

        self.source = QPlainTextEdit(self)
        self.source.setObjectName("import-source")
        self.source.setPlaceholderText(tr("Paste the concept note here."))
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Tab moves on to the buttons, as everywhere else (a pasted table keeps its tabs).
        self.source.setTabChangesFocus(True)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("import-fields")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("Field"), tr("Proposed value"), tr("From")])
        self.tree.setItemDelegateForColumn(1, IsolatedTextDelegate(self.tree))  # RTL: own order
        self.tree.setEditTriggers(QTreeWidget.EditTrigger.DoubleClicked
                                  | QTreeWidget.EditTrigger.EditKeyPressed
                                  | QTreeWidget.EditTrigger.SelectedClicked)
        self.tree.currentItemChanged.connect(self._show_source)
        self.tree.itemChanged.connect(self._field_changed)
        header = self.tree.header()  # names and sources whole; values take the rest
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.remove_button = QPushButton(tr("&Remove the selected row"), self)
        self.remove_button.setObjectName("import-remove")
        self.remove_button.clicked.connect(self.remove_current)

        self.odd = QListWidget(self)
        self.odd.setObjectName("import-odd")
        self.odd.setWordWrap(True)
        self.odd.currentItemChanged.connect(self._show_odd)
        odd_label = QLabel(tr("Not in the programme (check these parts of the text):"), self)
        odd_label.setWordWrap(True)

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.tree, 3)
        rl.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeading)
        rl.addWidget(odd_label)
        rl.addWidget(self.odd, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.source)
        self.splitter.addWidget(right)
        self.splitter.setSizes([420, 580])

        self.problems = QLabel(self)
        self.problems.setObjectName("import-problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(
            tr("&Accept: create the meeting…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setObjectName("import-accept")
        self.save_button = self.buttons.addButton(
            tr("&Save as a programme file…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("import-save")
        self.save_button.clicked.connect(self.save_programme_file)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        # Text and fields side by side want room: most of the console's window (or of
        # the screen), never beyond the screen.
        screen = self.screen() or QGuiApplication.primaryScreen()
        owner = parent.window() if parent is not None else None
        room = owner.size() if owner is not None and owner.isVisible() else \
            screen.availableGeometry().size() if screen is not None else QSize(1100, 720)
        fit_to_screen(self, QSize(max(1100, room.width() * 85 // 100),
                                  max(720, room.height() * 85 // 100)))
        self._set_proposing(False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """The first thing to do is to paste: the text takes the keys, not "Open a file…"
        (a space typed there pressed the button)."""
        super().showEvent(event)
        if not self.source.isReadOnly():
            self.source.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    # -- reading ------------------------------------------------------------------------

    def _set_proposing(self, has_proposal: bool) -> None:
        self.source.setReadOnly(has_proposal)
        self.propose_button.setEnabled(not has_proposal)
        self.edit_button.setEnabled(has_proposal)
        self.accept_button.setEnabled(has_proposal)
        self.save_button.setEnabled(has_proposal)
        self.remove_button.setEnabled(has_proposal)
        if has_proposal:
            self.hint.setText(tr("Click a field to see where it came from. Rows marked "
                                 "\u26a0 were guessed: check them. Double-click a value to "
                                 "change it. Nothing is saved until you accept."))

    def choose_file(self) -> None:
        """Ask for a concept note file and propose its programme."""
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Open a concept note"), "",
            tr("Concept notes (*.txt *.docx *.pdf);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Read a file and show its proposal (or say why it cannot be read)."""
        try:
            proposal = propose_from_file(path)
        except SourceRefused as exc:
            self.problems.setText(reason(str(exc)))
            return
        self.show_proposal(proposal)

    def propose_from_source(self) -> None:
        """Propose a programme from the text in the source pane."""
        text = self.source.toPlainText()
        if not text.strip():
            self.problems.setText(tr("Paste the concept note first."))
            return
        try:
            proposal = propose_from_text(text, tr("the pasted text"))
        except SourceRefused as exc:
            self.problems.setText(reason(str(exc)))
            return
        self.show_proposal(proposal)

    def edit_text(self) -> None:
        """Go back to the text, to change it and propose again."""
        self.proposal = None
        self.tree.clear()
        self.odd.clear()
        self._set_proposing(False)
        self.hint.setText(tr("Change the text, then press Propose again."))

    # -- showing ------------------------------------------------------------------------

    def show_proposal(self, proposal: Proposal) -> None:
        """Fill the tree and the list of odd parts from a proposal."""
        self.proposal = proposal
        self.source.setPlainText(proposal.text)
        self.tree.clear()
        self.odd.clear()
        self.tree.blockSignals(True)  # filling is no change of the user's
        fill_fields(self.tree, proposal)
        self.tree.blockSignals(False)
        self.tree.expandAll()
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for o in proposal.odd:
            line = proposal.line_of(o.span)
            item = QListWidgetItem(warn, tr("line {n}: {text} \u2014 {why}").format(
                n=line, text=FSI + (o.text if len(o.text) < 120 else o.text[:117] + "…") + PDI,
                why=reason(o.why)))  # the source's words isolated: "15:00–16:15" in Arabic
            item.setData(SPAN, list(o.span))
            self.odd.addItem(item)
        for note in proposal.notes:
            self.odd.addItem(QListWidgetItem(reason(note)))
        if not self.odd.count():
            self.odd.addItem(QListWidgetItem(tr("Every dated or timed part of the text is in "
                                                "the programme.")))
        self.problems.setText("")
        self._set_proposing(True)

    def _highlight(self, span: list[int] | None) -> None:
        if not span or span == [0, 0]:
            self.source.setExtraSelections([])
            return
        cursor = QTextCursor(self.source.document())
        cursor.setPosition(span[0])
        cursor.setPosition(max(span[0] + 1, span[1]), QTextCursor.MoveMode.KeepAnchor)
        line = QTextEdit.ExtraSelection()
        line.cursor = QTextCursor(cursor)
        line.cursor.clearSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(225, 235, 255))
        fmt.setProperty(QTextCharFormat.Property.FullWidthSelection, True)
        line.format = fmt
        exact = QTextEdit.ExtraSelection()
        exact.cursor = cursor
        fmt2 = QTextCharFormat()
        fmt2.setBackground(QColor(255, 213, 79))
        fmt2.setForeground(QColor(0, 0, 0))
        exact.format = fmt2
        self.source.setExtraSelections([line, exact])
        shown = QTextCursor(cursor)
        shown.clearSelection()
        self.source.setTextCursor(shown)
        self.source.centerCursor()

    def _field_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 1:  # the value, typed in place: the user has checked it
            self.tree.blockSignals(True)
            mark_checked(item)
            self.tree.blockSignals(False)

    def _show_source(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        self._highlight(item.data(0, SPAN) if item is not None else None)

    def _show_odd(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self._highlight(item.data(SPAN) if item is not None else None)

    def remove_current(self) -> None:
        """Remove the selected person, theme, limit or segment from the proposal."""
        item = self.tree.currentItem()
        if item is None:
            return
        key = item.data(0, KEY)
        if not key or key == ["meeting"] or (key[0] == "meeting" and key[1] != "limit") or (
                key[0] == "segment" and len(key) == 3):
            self.problems.setText(tr("This field cannot be removed; change its value instead."))
            return
        parent = item.parent() or self.tree.invisibleRootItem()
        parent.removeChild(item)

    # -- accepting ----------------------------------------------------------------------

    def edited_proposal(self) -> tuple[Proposal | None, list[str]]:
        """The proposal with the user's edits applied, and what is wrong with them."""
        return edited_proposal(self.proposal, self.tree)

    def checked_programme(self) -> tuple[Programme | None, list[str]]:
        """The edited programme, and every problem ``floorapp check`` would report."""
        p, errors = self.edited_proposal()
        if p is None or errors:
            return None, errors
        try:
            programme = to_programme(p)
            parse_programme(dump_programme(programme), tr("the programme"))
        except ProgrammeError as exc:
            return None, [str(x).split(": ", 1)[-1] for x in exc.problems]
        except ValueError as exc:
            return None, [str(exc)]
        return programme, []

    def _checked_or_say(self) -> Programme | None:
        programme, errors = self.checked_programme()
        if errors:
            shown = errors[:6] + ([tr("… and {n} more").format(n=len(errors) - 6)]
                                  if len(errors) > 6 else [])
            self.problems.setText("\n".join(shown))
            return None
        self.problems.setText("")
        return programme

    def save_programme_file(self) -> None:
        """Write the checked programme as a TOML file, without creating a meeting."""
        programme = self._checked_or_say()
        if programme is None:
            return
        suggested = Path(meeting_file_for(programme.title)).with_suffix(".toml")
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the programme"), str(suggested),
                                              tr("Programmes (*.toml)"))
        if path:
            Path(path).write_text(dump_programme(programme), encoding="utf-8")

    def accept(self) -> None:
        """Check the edited programme; keep the dialog open with the problems if any."""
        programme = self._checked_or_say()
        if programme is None:
            return
        self.accepted_programme = programme
        super().accept()

    def programme(self) -> Programme | None:
        """The accepted programme (None before Accept)."""
        return self.accepted_programme
