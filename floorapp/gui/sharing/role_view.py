"""The console's shape for the station's role, and the officer's hand-over of the floor.

The secretary's console puts the log and notes first and the countdown small; the
commands the secretary may not use are greyed out with a tooltip saying why, until
the officer hands the floor over (and again when the officer takes it back). What is
allowed comes from ``FloorService.may``, i.e. from ``floorapp.core.stations``: the
same rule the database enforces.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from floorapp.core import events as ev
from floorapp.core.events import Event
from floorapp.core.stations import HANDED_OVER_EVENTS, StationRole
from floorapp.gui.console.main_window import ConsoleWindow
from floorapp.gui.console.shortcuts import spec
from floorapp.qt.floor_qt import QtFloor


def tr(text: str) -> str:
    """Translate in the Stations context."""
    return QCoreApplication.translate("Stations", text)


#: The event each console action journals (what the station's role must allow).
ACTION_EVENTS = {
    "next": ev.FLOOR_GIVEN, "toggle_pause": ev.TURN_PAUSED, "end": ev.TURN_ENDED,
    "extend": ev.TURN_EXTENDED, "shorten": ev.TURN_EXTENDED, "point_of_order": ev.FLOOR_GIVEN,
    "reply": ev.FLOOR_REQUESTED, "undo": ev.UNDONE, "redo": ev.REDONE,
    "focus_add": ev.FLOOR_REQUESTED, "move_up": ev.REQUEST_MOVED,
    "move_down": ev.REQUEST_MOVED, "withdraw": ev.REQUEST_WITHDRAWN,
    "defer": ev.REQUEST_DEFERRED, "mark_absent": ev.REQUEST_ABSENT, "recall": ev.REQUEST_RECALLED,
    "close_list": ev.LIST_CLOSED, "edit_programme": ev.PROGRAMME_REPLACED,
    "add_participant": ev.PARTICIPANT_ADDED, "hand_over": ev.FLOOR_HANDED_OVER,
}

def role_name(role: StationRole) -> str:
    """A role's name in the user's language."""
    return {StationRole.OFFICER: tr("officer"), StationRole.SECRETARY: tr("secretary"),
            StationRole.DISPLAY: tr("display")}[role]


def _why_not(event_type: str) -> str:
    if event_type in HANDED_OVER_EVENTS:
        return tr("Only the chair's officer gives the floor and runs the clock, until the "
                  "officer hands them over to this station.")
    return tr("Only the chair's officer can do this.")


class RoleView(QObject):
    """Keeps a console's actions and layout in step with its station's role."""

    def __init__(self, window: ConsoleWindow, floor: QtFloor) -> None:
        super().__init__(window)
        self.setObjectName("role-view")
        self.window = window
        self.floor = floor
        self.role = floor.service.role
        self._tips = {a: (act.toolTip(), act.statusTip())
                      for a, act in window.actions_by_id.items() if a in ACTION_EVENTS}
        self.label = QLabel(window)
        self.label.setObjectName("station-role")
        window.statusBar().addPermanentWidget(self.label)
        if self.role is StationRole.SECRETARY:
            self.secretary_layout()
            p = floor.service.state.programme
            title = f"Floor — {p.title}" if p else "Floor"
            window.setWindowTitle(f"{title} — {role_name(self.role)}")
        floor.changed.connect(self._changed)
        self.update()

    @property
    def shared(self) -> bool:
        """Whether other stations can be on this meeting (a database server, not a file)."""
        return "://" in self.floor.service.journal.target

    def secretary_layout(self) -> None:
        """The log and notes first and large, the list beside them, the countdown small."""
        w: QMainWindow = self.window
        programme, speakers, log = self.window.docks
        start, end = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        if w.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            start, end = end, start
        w.addDockWidget(start, log)
        w.addDockWidget(end, speakers)
        w.tabifyDockWidget(speakers, programme)
        speakers.raise_()
        self.window.current.setMaximumHeight(260)
        central = self.window.centralWidget()
        if central is not None:
            central.setMaximumWidth(300)  # the countdown small: the log takes the room
        self._sized = False
        w.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Size the secretary's docks once the window is shown (earlier sizes are lost)."""
        if (watched is self.window and event.type() == QEvent.Type.Show
                and not self._sized):
            self._sized = True
            # After the window's first layout pass, which would undo sizes given now.
            QTimer.singleShot(0, self, self.size_docks)
        return False

    def size_docks(self) -> None:
        """The log wide, the list of speakers beside it."""
        _programme, speakers, log = self.window.docks
        self.window.resizeDocks([log, speakers], [720, 340], Qt.Orientation.Horizontal)

    def _changed(self, events: list[Event]) -> None:
        if any(e.type in (ev.FLOOR_HANDED_OVER, ev.FLOOR_TAKEN_BACK, ev.UNDONE, ev.REDONE)
               for e in events):
            self.update()

    def update(self) -> None:
        """Enable what the role allows now; say why the rest is greyed out."""
        service = self.floor.service
        for action_id, event_type in ACTION_EVENTS.items():
            action = self.window.actions_by_id.get(action_id)
            if action is None:
                continue
            allowed = service.may(event_type)
            if action_id == "hand_over":
                allowed = allowed and self.shared
            action.setEnabled(allowed)
            tip, status = self._tips[action_id] if allowed else (_why_not(event_type),) * 2
            action.setToolTip(tip)
            action.setStatusTip(status)
        handed = service.state.handed_over
        hand = self.window.actions_by_id.get("hand_over")
        if hand is not None:
            hand.setChecked(handed)
            hand.setText(tr("Take the floor back from the secretary") if handed
                         else shortcuts_tr(spec("hand_over").title))
        self.label.setText(self._words(handed))

    def _words(self, handed: bool) -> str:
        if not self.shared and self.role is StationRole.OFFICER:
            return ""
        if self.role is StationRole.SECRETARY:
            return (tr("Secretary's station: the officer handed you the floor") if handed
                    else tr("Secretary's station: the officer has the floor"))
        if self.role is StationRole.OFFICER:
            return (tr("Officer's station: the floor is handed to the secretary") if handed
                    else tr("Officer's station"))
        return tr("Display station (reads only)")

    def toggle_hand_over(self) -> None:
        """Hand the floor to the secretary, or take it back (the officer's command)."""
        if self.floor.service.state.handed_over:
            self.floor.run(self.floor.service.take_back_floor)
        else:
            self.floor.run(self.floor.service.hand_over_floor)
        self.update()


def shortcuts_tr(text: str) -> str:
    """An action's words, translated in the Shortcuts context where they were marked."""
    from floorapp.gui.console import shortcuts

    return shortcuts.tr(text)
