"""The "add to the list" bar: a name field with ranked completions and a kind selector.

Typing a few letters of a name in any of the six languages (or an informal form)
shows the ranked matches; Enter inscribes the best one (or the one picked in the
popup). Alt+S/G/Q/R/O choose the kind of request; Alt+B asks on whose behalf.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from floorapp.core.categories import RequestKind
from floorapp.core.roster import Participant
from floorapp.gui.console import shortcuts, words
from floorapp.gui.console.matches_model import COMPLETION_ROLE, MatchesModel
from floorapp.gui.console.new_participant import ask_new_participant
from floorapp.qt.floor_qt import QtFloor
from floorapp.qt.languages import ltr

MATCHES_SHOWN = 8

#: Offers to add an unknown name as a participant and adds it: the participant, or None.
AskNew = Callable[[QWidget, QtFloor, str], "Participant | None"]


def tr(text: str) -> str:
    """Translate in the AddField context."""
    return QCoreApplication.translate("AddField", text)


#: The kinds of request offered, with their Alt key.
KIND_KEYS: tuple[tuple[RequestKind, str], ...] = (
    (RequestKind.STATEMENT, "Alt+S"),
    (RequestKind.GROUP, "Alt+G"),
    (RequestKind.QUESTION, "Alt+Q"),
    (RequestKind.REPLY, "Alt+R"),
    (RequestKind.POINT_OF_ORDER, "Alt+O"),
)


class TiedMatches(Exception):
    """Two or more participants match what was typed equally well."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(", ".join(names))
        self.names = names


class AddField(QLineEdit):
    """A line edit that lets the console's live shortcuts through and reports Enter and arrows.

    Signals:
        submitted(): Enter was pressed.
        step(int): Up (-1) or Down (+1) was pressed with no popup: move in the list.
        cancelled(): Escape was pressed.
        live_key(): a console shortcut was pressed in the field (the popup should close).
    """

    live_key = Signal()
    submitted = Signal()
    step = Signal(int)
    cancelled = Signal()

    def event(self, e: QEvent) -> bool:
        """Leave the console's live keys to their actions (Ctrl+E ends a turn even here)."""
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            if shortcuts.passes_through(e, not self.text()):
                e.ignore()
                return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802
        """Enter submits, Up/Down step through the list, Escape clears.

        While the completion popup is open Qt does not run the window's shortcuts; the
        popup hands its keys here, so the console's live keys are run from here then.
        """
        if shortcuts.passes_through(e, not self.text()):
            action = shortcuts.matching_action(e, self.window().actions())
            if action is not None:
                e.accept()
                self.live_key.emit()
                action.trigger()
                return
        plain = e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier(0)
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            e.accept()
            self.submitted.emit()
            return
        if plain and e.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            e.accept()
            self.step.emit(-1 if e.key() == Qt.Key.Key_Up else 1)
            return
        if e.key() == Qt.Key.Key_Escape:
            e.accept()
            self.cancelled.emit()
            return
        super().keyPressEvent(e)


class InscribeBar(QWidget):
    """Inscribes delegations on the list of the open segment through the floor's commands.

    Signals:
        message(str): something to tell the user in the status bar.
        step(int): the user pressed Up/Down in the name field.
    """

    message = Signal(str)
    step = Signal(int)

    def __init__(
        self, floor: QtFloor, language: str = "en", ask_new: AskNew = ask_new_participant,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.floor = floor
        self.ask_new = ask_new
        self.kind = RequestKind.STATEMENT
        self.matches = MatchesModel(language, self)

        self.field = AddField(self)
        self.field.setObjectName("add-field")
        self.field.setClearButtonEnabled(True)
        self.behalf = AddField(self)
        self.behalf.setObjectName("behalf-field")
        self.behalf.setPlaceholderText(tr("On behalf of (e.g. the African Group)"))
        self.behalf.hide()

        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(COMPLETION_ROLE)
        self.completer.setMaxVisibleItems(MATCHES_SHOWN)
        self.completer.setWidget(self.field)
        cast(Any, self.completer.activated)[QModelIndex].connect(self._picked_with_mouse)
        self._popup().installEventFilter(self)

        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        kinds = QHBoxLayout()
        kinds.setContentsMargins(0, 0, 0, 0)
        kinds.setSpacing(2)
        for kind, key in KIND_KEYS:
            look = words.kind_look(kind)
            b = QToolButton(self)
            b.setObjectName(f"kind-{kind.value}")
            b.setText(look.badge.capitalize() if look.badge else tr("Statement"))
            b.setToolTip(f"{look.label} ({ltr(shortcuts.key_label(key))})")
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _c=False, k=kind: self.arm(k))
            self.buttons.addButton(b)
            kinds.addWidget(b)
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda k=kind: self.arm(k))
        kinds.addStretch(1)
        behalf_key = QShortcut(QKeySequence("Alt+B"), self)
        behalf_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        behalf_key.activated.connect(self._toggle_behalf)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.behalf)
        layout.addLayout(kinds)

        self.field.textEdited.connect(self._search)
        self.field.submitted.connect(self.submit)
        self.behalf.submitted.connect(self.submit)
        self.field.step.connect(self.step)
        self.field.cancelled.connect(self.reset)
        self.field.live_key.connect(lambda: self._popup().hide())
        floor.changed.connect(lambda _events: self._popup().hide())
        self.behalf.cancelled.connect(self.reset)
        self.set_kind(RequestKind.STATEMENT)

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None
        return popup

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """In the suggestions, ↓ picks the first and ↑ the last (as an address bar does):
        whatever the secretary wants is one or a few presses away."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Up and watched is self._popup()):
            popup = self._popup()
            rows = self.matches.rowCount()
            if rows and not popup.selectionModel().selectedIndexes():
                last = self.matches.index(rows - 1)
                popup.setCurrentIndex(last)
                popup.selectionModel().select(
                    last, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                return True
        return super().eventFilter(watched, event)

    # -- modes -----------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Show matches in another language."""
        self.matches.language = language
        self.matches.set_matches([])

    def set_kind(self, kind: RequestKind) -> None:
        """Choose the kind of the next inscription."""
        self.kind = kind
        for b in self.buttons.buttons():
            b.setChecked(b.objectName() == f"kind-{kind.value}")
        placeholder = {
            RequestKind.STATEMENT: tr("Add to the list: type a few letters of a name, Enter"),
            RequestKind.GROUP: tr("Group statement: who speaks? Then the group, Enter"),
            RequestKind.QUESTION: tr("Question to the panel: who asks? Enter"),
            RequestKind.REPLY: tr("Right of reply: who asks for it? Enter"),
            RequestKind.POINT_OF_ORDER: tr("Point of order: who raises it? Enter gives the "
                                           "floor at once"),
        }[kind]
        self.field.setPlaceholderText(placeholder)
        self.field.setProperty("kind", kind.value)
        colour = words.kind_look(kind).colour
        self.field.setStyleSheet(
            "" if kind is RequestKind.STATEMENT else f"QLineEdit {{ border: 2px solid {colour}; }}")
        if kind is RequestKind.GROUP:
            self.behalf.show()

    def arm(self, kind: RequestKind) -> None:
        """Choose a kind and put the cursor in the name field."""
        self.set_kind(kind)
        self.focus()

    def focus(self) -> None:
        """Put the cursor in the name field, its text selected."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def reset(self) -> None:
        """Clear both fields and go back to a plain statement."""
        self._popup().hide()
        self.field.setText("")
        self.behalf.setText("")
        self.behalf.hide()
        self.set_kind(RequestKind.STATEMENT)

    def _toggle_behalf(self) -> None:
        self.behalf.setVisible(not self.behalf.isVisible())
        if self.behalf.isVisible():
            self.behalf.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- searching -------------------------------------------------------------------

    def _search(self, text: str) -> None:
        found = (self.floor.service.roster.find(text, MATCHES_SHOWN, self.matches.language)
                 if text.strip() else [])
        self.matches.set_matches([m.participant for m in found])
        popup = self._popup()
        if found and self.field.hasFocus():
            self.completer.complete()
            popup.setCurrentIndex(self.matches.index(0))
            popup.selectionModel().clearSelection()
        else:
            popup.hide()

    def best_match(self, text: str) -> str | None:
        """The participant id the secretary most likely means, or None when nobody matches.

        Raises :class:`TiedMatches` when the best matches are equally good ("nig":
        Niger or Nigeria) and none was chosen in the popup.
        """
        popup = self._popup()
        if popup.isVisible():
            chosen = popup.selectionModel().selectedIndexes()
            if chosen:
                p = self.matches.participant(chosen[0].row())
                if p is not None:
                    return p.id
        state = self.floor.service.state
        if text in state.participants:
            return text
        found = self.floor.service.roster.find(text, 2, self.matches.language)
        if len(found) > 1 and found[0].score == found[1].score:
            raise TiedMatches([m.participant.name(self.matches.language) for m in found])
        return found[0].participant.id if found else None

    def _picked_with_mouse(self, index: QModelIndex) -> None:
        p = self.matches.participant(index.row())
        if p is not None:
            self._inscribe(p.id)

    # -- inscribing ------------------------------------------------------------------

    def submit(self) -> None:
        """Inscribe what the field names (Enter)."""
        text = self.field.text().strip()
        if not text:
            self.field.setFocus()
            self.message.emit(tr("Type a few letters of a name first."))
            return
        try:
            pid = self.best_match(text)
        except TiedMatches as tie:
            self._search(text)
            self.message.emit(tr("“{text}” could be {a} or {b}: choose with ↓ and Enter, or "
                                 "type more.").format(text=text, a=tie.names[0], b=tie.names[1]))
            return
        self._popup().hide()
        if pid is None:
            pid = self._add_new(text)
            if pid is None:
                return
        self._inscribe(pid)

    def _add_new(self, text: str) -> str | None:
        added = self.ask_new(self, self.floor, text)
        if added is None:
            self.message.emit(tr("Nobody was added: “{text}” matches no participant.")
                              .format(text=text))
            return None
        return added.id

    def _inscribe(self, pid: str) -> None:
        kind = self.kind
        behalf = self.behalf.text().strip()
        if kind is RequestKind.GROUP and not behalf:
            self.behalf.show()
            self.behalf.setFocus(Qt.FocusReason.OtherFocusReason)
            self.message.emit(tr("On behalf of which group? Type it and press Enter."))
            return
        state = self.floor.service.state
        name = words.name_of(state, pid, self.matches.language)
        if kind is RequestKind.POINT_OF_ORDER:
            ok = self.floor.run(self.floor.service.point_of_order, pid)
            done = tr("Point of order: {name} has the floor.").format(name=name)
        else:
            ok = self.floor.run(self.floor.service.request, pid, kind, on_behalf_of=behalf)
            done = tr("{name} is inscribed, number {n} on the list.")
        if not ok:
            return
        if kind is not RequestKind.POINT_OF_ORDER:
            state = self.floor.service.state
            n = next((i + 1 for i, r in enumerate(state.waiting())
                      if r.participant_id == pid and r.kind is kind), 0)
            done = done.format(name=name, n=n)
        self.reset()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.message.emit(done)

