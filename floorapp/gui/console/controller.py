"""What each live action of the console does: one floor command, plus the operator guards."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from floorapp.core.categories import RequestKind
from floorapp.cues.mute import MUTED
from floorapp.gui.console.speakers_view import SpeakersPanel
from floorapp.qt.floor_qt import P, QtFloor
from floorapp.qt.settings import Settings

#: A second "next" within this many seconds of the first is ignored.
NEXT_GUARD_SECONDS = 1.0
#: What extend and shorten add or take away.
EXTEND_SECONDS = 30


def tr(text: str) -> str:
    """Translate in the Console context."""
    return QCoreApplication.translate("Console", text)


class FloorController(QObject):
    """Runs the floor and list actions on the open meeting.

    Signals:
        message(str): what happened, for the status bar.
        mute_toggled(bool): the operator muted (True) or unmuted the sound cues.
    """

    message = Signal(str)
    mute_toggled = Signal(bool)

    def __init__(self, floor: QtFloor, speakers: SpeakersPanel, settings: Settings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.floor = floor
        self.speakers = speakers
        self.settings = settings
        self._last_next: float | None = None
        settings.changed.connect(self._setting_changed)

    @property
    def muted(self) -> bool:
        """Whether the cues are muted: read from the one setting that records it."""
        return bool(self.settings.get(MUTED))

    def _setting_changed(self, key: str) -> None:
        if key == MUTED.key:  # from the mute key, the settings page or another console
            self.mute_toggled.emit(self.muted)

    def handlers(self) -> dict[str, Callable[[], object]]:
        """The action ids this controller carries out, and how."""
        return {
            "next": self.next,
            "toggle_pause": lambda: self._run(self.floor.service.toggle_pause),
            "end": lambda: self._run(self.floor.service.end),
            "extend": lambda: self._run(self.floor.service.extend, EXTEND_SECONDS),
            "shorten": lambda: self._run(self.floor.service.extend, -EXTEND_SECONDS),
            "point_of_order": lambda: self.speakers.bar.arm(RequestKind.POINT_OF_ORDER),
            "reply": lambda: self.speakers.bar.arm(RequestKind.REPLY),
            "undo": self.undo,
            "redo": self.redo,
            "mute": self.toggle_mute,
            "focus_add": lambda: self.speakers.bar.focus(),
            "focus_list": self.focus_list,
            "move_up": lambda: self.move(-1),
            "move_down": lambda: self.move(1),
            "withdraw": lambda: self._on_selected(self.floor.service.withdraw),
            "defer": lambda: self._on_selected(self.floor.service.defer),
            "mark_absent": lambda: self._on_selected(self.floor.service.mark_absent),
            "recall": self.recall,
            "close_list": self.toggle_list,
        }

    def _run(self, command: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> bool:
        return self.floor.run(command, *args, **kwargs)

    # -- the floor ---------------------------------------------------------------------

    def next(self) -> None:
        """Give the floor to the next speaker, unless "next" was pressed a moment ago."""
        now = self.floor.service.clock.monotonic()
        if self._last_next is not None and now - self._last_next < NEXT_GUARD_SECONDS:
            self.message.emit(tr("Ignored a second “next” within a second of the first."))
            return
        if self._run(self.floor.service.next):
            self._last_next = now
            iv = self.floor.service.state.current
            if iv is not None:
                name = self.floor.service.state.participant(iv.participant_id)
                self.message.emit(tr("The floor is given to {name}.").format(
                    name=name.name(self.speakers.waiting_model.language)))

    def undo(self) -> None:
        """Take back the last floor action; a request that comes back to the list is selected."""
        before = {r.id for r in self.floor.service.state.waiting()}
        if self._run(self.floor.service.undo):
            back = [r.id for r in self.floor.service.state.waiting() if r.id not in before]
            if len(back) == 1:
                self.speakers.waiting.select_row(self.speakers.waiting_model.row_of(back[0]))
            self.message.emit(tr("Undone. Redo with Ctrl+Shift+Z."))

    def redo(self) -> None:
        """Restore the last undone floor action."""
        if self._run(self.floor.service.redo):
            self.message.emit(tr("Redone."))

    def toggle_mute(self) -> None:
        """Mute or unmute the sound cues: the setting changes, and all who show or obey it
        follow (``mute_toggled`` is emitted when it has changed)."""
        self.settings.set(MUTED, not self.muted)
        self.message.emit(tr("Sound cues muted.") if self.muted else tr("Sound cues on."))

    # -- the list ----------------------------------------------------------------------

    def focus_list(self) -> None:
        """Put the cursor in the waiting list."""
        view = self.speakers.waiting
        view.setFocus()
        if not view.currentIndex().isValid():
            view.select_row(0)

    def _selected(self) -> str | None:
        rid = self.speakers.selected_request()
        if rid is None:
            self.message.emit(tr("Select a request in the list first (Ctrl+2, then the "
                                 "arrows)."))
        return rid

    def _on_selected(self, command: Callable[[str], object]) -> None:
        rid = self._selected()
        if rid is not None:
            self._run(command, rid)

    def move(self, delta: int) -> None:
        """Move the selected request one place up (-1) or down (+1)."""
        rid = self._selected()
        if rid is None:
            return
        row = self.speakers.waiting_model.row_of(rid)
        target = row + delta
        if target < 0 or target >= self.speakers.waiting_model.rowCount():
            self.message.emit(tr("The request is already at that end of the list."))
            return
        self._run(self.floor.service.move, rid, target)

    def recall(self) -> None:
        """Put the selected (or first) absent delegation back on the list."""
        rid = self.speakers.selected_absent()
        if rid is None:
            self.message.emit(tr("Nobody is marked absent."))
            return
        self._run(self.floor.service.recall, rid)

    def toggle_list(self) -> None:
        """Close the list of speakers, or reopen it."""
        if self._run(self.floor.service.toggle_list):  # decided in the command's transaction
            state = self.floor.service.state
            closed = state.current_segment is not None and state.segment_list().closed
            self.message.emit(tr("The list of speakers is closed.") if closed
                              else tr("The list is open again."))
