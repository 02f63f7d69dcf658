"""The console's keyboard: one table of actions with their default keys.

Menus, tooltips and the F1 help overlay are all built from :data:`ACTIONS`, so a
key is declared in exactly one place. Every key works on a laptop without
function keys; F-keys are offered only as second keys.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

from floorapp.qt.languages import ltr

CONTEXT = "Shortcuts"


def tr(text: str) -> str:
    """Translate in the Shortcuts context."""
    return QCoreApplication.translate(CONTEXT, text)


class InText(Enum):
    """Whether a key still reaches its action while the user types in the add field."""

    NEVER = "never"  # the field keeps the key (Space, /, ?)
    ALWAYS = "always"  # live actions: Ctrl+E ends the turn even while typing a name
    WHEN_EMPTY = "when_empty"  # undo, redo and Delete act on the floor once the field is empty


@dataclass(frozen=True)
class ActionSpec:
    """One action of the console: its id, words, default keys and menu group."""

    id: str
    title: str  # source text, translated in the Shortcuts context
    keys: tuple[str, ...]  # portable QKeySequence texts, the first is shown first
    description: str
    group: str  # "Meeting", "Floor", "List", "View", "Help"
    in_text: InText = InText.ALWAYS
    checkable: bool = False

    def sequences(self) -> list[QKeySequence]:
        """The default keys as key sequences."""
        return [QKeySequence(k) for k in self.keys]

    def key_text(self) -> str:
        """The keys as keyboards print them, e.g. "Ctrl+N, F5", one left-to-right run."""
        return ltr(", ".join(key_label(k) for k in self.keys))


#: Arrow keys as keyboards print them.
ARROWS = {"Up": "↑", "Down": "↓", "Left": "←", "Right": "→"}


def key_label(key: str) -> str:
    """One key sequence as keyboards print it, the same in every language ("Ctrl+↑";
    Qt's native text would translate the key names: "Ctrl+الأعلى"), or, on a Mac, as
    the Mac writes it ("⌘↑")."""
    seq = QKeySequence(key)
    if sys.platform == "darwin":
        return seq.toString(QKeySequence.SequenceFormat.NativeText)
    text = seq.toString(QKeySequence.SequenceFormat.PortableText)
    return "+".join(ARROWS.get(part, part) for part in text.split("+"))


def _a(
    id: str, title: str, keys: tuple[str, ...], description: str, group: str,
    in_text: InText = InText.ALWAYS, checkable: bool = False,
) -> ActionSpec:
    return ActionSpec(id, title, keys, description, group, in_text, checkable)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark ``text`` for translation in ``context``; translated where it is shown."""
    return text


N = QT_TRANSLATE_NOOP

#: Every action of the console, in menu order within each group.
ACTIONS: tuple[ActionSpec, ...] = (
    # The floor: what the officer does while someone speaks.
    _a("next", N(CONTEXT, "Next speaker"), ("Ctrl+N", "F5"),
       N(CONTEXT, "End the current turn and give the floor to the first on the list."),
       "Floor"),
    _a("toggle_pause", N(CONTEXT, "Pause / resume"), ("Ctrl+Space", "Space", "F6"),
       N(CONTEXT, "Stop or restart the speaker's time (Space works outside text fields)."),
       "Floor", InText.NEVER),
    _a("end", N(CONTEXT, "End the turn"), ("Ctrl+E", "F8"),
       N(CONTEXT, "End the current intervention; one undo brings it back."), "Floor"),
    _a("extend", N(CONTEXT, "Extend by 30 s"), ("Ctrl+=", "Ctrl++"),
       N(CONTEXT, "Give the speaker 30 seconds more."), "Floor"),
    _a("shorten", N(CONTEXT, "Shorten by 30 s"), ("Ctrl+-",),
       N(CONTEXT, "Take 30 seconds from the speaker's time."), "Floor"),
    _a("point_of_order", N(CONTEXT, "Point of order…"), ("Ctrl+P",),
       N(CONTEXT, "Type who raises a point of order; it is heard at once, pausing the "
                  "speaker."), "Floor"),
    _a("reply", N(CONTEXT, "Right of reply…"), ("Ctrl+R",),
       N(CONTEXT, "Type who asks for a right of reply; it is taken at the end of the list."),
       "Floor"),
    _a("undo", N(CONTEXT, "Undo"), ("Ctrl+Z",),
       N(CONTEXT, "Take back the last floor action."), "Floor", InText.WHEN_EMPTY),
    _a("redo", N(CONTEXT, "Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"),
       N(CONTEXT, "Restore the last undone floor action."), "Floor", InText.WHEN_EMPTY),
    _a("mute", N(CONTEXT, "Mute sound cues"), ("Ctrl+M",),
       N(CONTEXT, "Silence the sound cues, or bring them back."), "Floor", checkable=True),
    _a("hand_over", N(CONTEXT, "Hand the floor to the secretary"), ("Ctrl+Shift+O",),
       N(CONTEXT, "Let the secretary's station give the floor and run the clock, or take "
                  "them back (journaled)."), "Floor", InText.NEVER, checkable=True),
    # The list of speakers.
    _a("focus_add", N(CONTEXT, "Add to the list"), ("Ctrl+L", "/"),
       N(CONTEXT, "Type a few letters of a name in any language and press Enter."), "List",
       InText.NEVER),
    _a("move_up", N(CONTEXT, "Move up"), ("Ctrl+Up",),
       N(CONTEXT, "Move the selected request one place earlier."), "List"),
    _a("move_down", N(CONTEXT, "Move down"), ("Ctrl+Down",),
       N(CONTEXT, "Move the selected request one place later."), "List"),
    _a("withdraw", N(CONTEXT, "Withdraw"), ("Del",),
       N(CONTEXT, "Take the selected request off the list."), "List", InText.WHEN_EMPTY),
    _a("defer", N(CONTEXT, "Send to the end"), ("Ctrl+End",),
       N(CONTEXT, "Send the selected request to the end of the list."), "List"),
    _a("mark_absent", N(CONTEXT, "Mark absent"), ("Ctrl+Shift+A",),
       N(CONTEXT, "Set aside the selected request: the delegation is not in the room."),
       "List"),
    _a("recall", N(CONTEXT, "Recall absent"), ("Ctrl+Shift+R",),
       N(CONTEXT, "Put the selected (or first) absent delegation back at the top of the list."),
       "List"),
    _a("close_list", N(CONTEXT, "Close / reopen the list"), ("Ctrl+Shift+L",),
       N(CONTEXT, "Close the list of speakers to new inscriptions, or reopen it."), "List"),
    # Moving around the console.
    _a("focus_programme", N(CONTEXT, "Go to the programme"), ("Ctrl+1",),
       N(CONTEXT, "Select a segment with the arrows and open it with Enter."), "View"),
    _a("focus_list", N(CONTEXT, "Go to the list"), ("Ctrl+2",),
       N(CONTEXT, "Select a request with the arrows."), "View"),
    _a("focus_log", N(CONTEXT, "Go to the log"), ("Ctrl+3",),
       N(CONTEXT, "Select a past intervention to add or correct its notes."), "View"),
    _a("toggle_display", N(CONTEXT, "Speaker display"), ("Ctrl+D",),
       N(CONTEXT, "Show or hide the speaker display for the room."), "View",
       checkable=True),
    _a("bigger", N(CONTEXT, "Larger text"), ("Ctrl+Alt+=",),
       N(CONTEXT, "Make the console's text larger."), "View", InText.NEVER),
    _a("smaller", N(CONTEXT, "Smaller text"), ("Ctrl+Alt+-",),
       N(CONTEXT, "Make the console's text smaller."), "View", InText.NEVER),
    _a("high_contrast", N(CONTEXT, "High contrast"), ("Ctrl+Shift+H",),
       N(CONTEXT, "Pure black, white, yellow and red countdown states."), "View",
       checkable=True),
    # The meeting.
    _a("new_meeting", N(CONTEXT, "New meeting from a programme…"), ("Ctrl+Shift+N",),
       N(CONTEXT, "Create a meeting database from a programme file."), "Meeting",
       InText.NEVER),
    _a("new_from_note", N(CONTEXT, "New meeting from a concept note…"), (),
       N(CONTEXT, "Paste or open a concept note; check the proposed programme; create the "
                  "meeting."), "Meeting", InText.NEVER),
    _a("open_meeting", N(CONTEXT, "Open meeting…"), ("Ctrl+O",),
       N(CONTEXT, "Open an existing meeting database."), "Meeting", InText.NEVER),
    _a("share_meeting", N(CONTEXT, "Share this meeting…"), ("Ctrl+Shift+S",),
       N(CONTEXT, "Host this meeting on the network: a join code for the secretary's "
                  "and the display's stations."), "Meeting", InText.NEVER),
    _a("join_meeting", N(CONTEXT, "Join a meeting…"), ("Ctrl+Shift+J",),
       N(CONTEXT, "Open a meeting another machine hosts, with its join code."), "Meeting",
       InText.NEVER),
    _a("edit_programme", N(CONTEXT, "Edit the programme…"), ("Ctrl+Shift+E",),
       N(CONTEXT, "Segments, times, limits, themes and panellists; saved in the journal."),
       "Meeting", InText.NEVER),
    _a("add_participant", N(CONTEXT, "Add a participant…"), ("Ctrl+Shift+I",),
       N(CONTEXT, "A participant who is not on the roster (an NGO, an organisation, a "
                  "person)."), "Meeting", InText.NEVER),
    _a("settings", N(CONTEXT, "Settings…"), ("Ctrl+,",),
       N(CONTEXT, "This meeting's rules and limits, defaults for new meetings, the display "
                  "and the sound cues."), "Meeting", InText.NEVER),
    _a("quit", N(CONTEXT, "Quit"), ("Ctrl+Q",),
       N(CONTEXT, "Close the console; the meeting is saved as it goes."), "Meeting"),
    # Help.
    _a("help", N(CONTEXT, "Keyboard shortcuts"), ("F1", "?"),
       N(CONTEXT, "Show every shortcut of the console."), "Help", InText.NEVER),
)

_BY_ID = {a.id: a for a in ACTIONS}

#: Menu titles of the groups, in menu-bar order.
GROUPS: dict[str, str] = {
    "Meeting": N(CONTEXT, "&File"),
    "Floor": N(CONTEXT, "Fl&oor"),
    "List": N(CONTEXT, "&List"),
    "View": N(CONTEXT, "&View"),
    "Help": N(CONTEXT, "&Help"),
}


def spec(action_id: str) -> ActionSpec:
    """The action with this id; KeyError when there is none."""
    return _BY_ID[action_id]


def make_action(s: ActionSpec, parent: QObject) -> QAction:
    """A QAction for one entry of the table: title, keys, tooltip and status tip."""
    action = QAction(tr(s.title), parent)
    action.setObjectName(f"action-{s.id}")
    action.setShortcuts(s.sequences())
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setCheckable(s.checkable)
    keys = s.key_text()
    action.setToolTip(f"{tr(s.title)} ({keys})" if keys else tr(s.title))
    action.setStatusTip(tr(s.description))
    return action


def _same(event: QKeyEvent, seq: QKeySequence) -> bool:
    if seq.isEmpty():
        return False
    combo = event.keyCombination()
    if QKeySequence(combo).matches(seq) == QKeySequence.SequenceMatch.ExactMatch:
        return True
    # "Ctrl++" is typed as Ctrl+Shift+= on many layouts: for a symbol, compare without
    # Shift too (never for letters or navigation keys: Ctrl+Shift+End selects text).
    key = combo.key().value
    if key >= 0x01000000 or chr(key).isalnum() or key == Qt.Key.Key_Space.value:
        return False
    mods = combo.keyboardModifiers() & ~Qt.KeyboardModifier.ShiftModifier
    plain = QKeySequence(mods.value | combo.key().value)
    return plain.matches(seq) == QKeySequence.SequenceMatch.ExactMatch


def matching_action(event: QKeyEvent, actions: Iterable[QAction]) -> QAction | None:
    """The enabled action one of whose shortcuts is this key, if any."""
    for action in actions:
        if action.isEnabled() and any(_same(event, seq) for seq in action.shortcuts()):
            return action
    return None


@functools.cache
def _live_keys(field_empty: bool) -> frozenset[int]:
    """The keys (key | modifiers) of the actions that pass through the add field."""
    keys: set[int] = set()
    for s in ACTIONS:
        if s.in_text is InText.NEVER or (s.in_text is InText.WHEN_EMPTY and not field_empty):
            continue
        for seq in s.sequences():
            if seq.count() == 1:
                keys.add(seq[0].toCombined())  # type: ignore[index]
    return frozenset(keys)


def passes_through(event: QKeyEvent, field_empty: bool) -> bool:
    """Whether a key typed in the add field belongs to a console action, not to the text.

    A set lookup: this runs twice for every key typed in the field."""
    combo = event.keyCombination()
    live = _live_keys(field_empty)
    if combo.toCombined() in live:
        return True
    # "Ctrl++" is typed as Ctrl+Shift+= on many layouts: for a symbol, compare without
    # Shift too (never for letters or navigation keys: Ctrl+Shift+End selects text).
    key = combo.key().value
    if key >= 0x01000000 or chr(key).isalnum() or key == Qt.Key.Key_Space.value:
        return False
    mods = combo.keyboardModifiers() & ~Qt.KeyboardModifier.ShiftModifier
    return (mods.value | key) in live
