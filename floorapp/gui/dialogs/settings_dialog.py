"""The settings dialog: this meeting's rules, defaults for new meetings, the display,
and pages other parts of the app add (the sound cues).

The app's settings are edited through editors made from their declarations
(:mod:`floorapp.qt.settings`), so a setting declared once appears here with its
title, description, bounds and choices. This meeting's rules (ordering, warning
time, reminder interval, limits for the rest of the open segment's list) are not
settings but commands: applying them journals them, one undo away.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from floorapp.core.categories import LIMIT_KEYS
from floorapp.core.ordering import OrderingPolicy
from floorapp.gui.console import words
from floorapp.gui.dialogs.fitting import fit_to_screen, tab_keys
from floorapp.gui.dialogs.limits import limit_label
from floorapp.gui.durations import DurationBox
from floorapp.qt import settings as reg
from floorapp.qt.floor_qt import QtFloor
from floorapp.qt.messages import app_language
from floorapp.qt.settings import Setting, Settings

#: Makes an extra page of the dialog: (parent) -> the page; ``apply()`` is called on OK
#: when the page has one.
PageFactory = Callable[[QWidget], QWidget]



def tr(text: str) -> str:
    """Translate in the SettingsDialog context."""
    return QCoreApplication.translate("SettingsDialog", text)


def ordering_title(policy: str) -> str:
    """An ordering policy in words."""
    return {
        OrderingPolicy.FIRST_COME.value: tr("First come, first served"),
        OrderingPolicy.UN_PRACTICE.value: tr("UN practice: groups, Member States, observers, "
                                             "others"),
    }.get(policy, policy)


def language_title(code: str) -> str:
    """A language by its own name ("Français"), or "Same as the console" for none."""
    return words.LANGUAGE_NAMES.get(code, code) if code else tr("Same as the console")


def _narrow(combo: QComboBox) -> QComboBox:
    """A combo box that does not widen its page to its longest choice."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    return combo


def screen_choice(value: int, parent: QWidget) -> QComboBox:
    """The screens the speaker display can go to, by name and size."""
    combo = QComboBox(parent)
    combo.addItem(tr("Automatic (second screen if any)"), -1)
    screens = QGuiApplication.screens()
    for i, screen in enumerate(screens):
        size = screen.size()
        combo.addItem(tr("Screen {n}: {name} ({w}×{h})").format(
            n=i + 1, name=screen.name() or "?", w=size.width(), h=size.height()), i)
    if value >= len(screens):
        combo.addItem(tr("Screen {n} (not connected now)").format(n=value + 1), value)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    return combo


def seconds_box(value: int, minimum: int, maximum: int, parent: QWidget) -> QSpinBox:
    """A field of seconds shown and entered as mm:ss, stepping by 15 s."""
    box = DurationBox(parent, minimum, maximum)
    box.setValue(value)
    box.setMaximumWidth(160)
    return box


# -- editors made from declarations --------------------------------------------------------


def make_editor(setting: Setting[Any], value: Any, parent: QWidget) -> QWidget:
    """The widget that edits a declared setting, showing ``value``."""
    editor: QWidget
    if setting is reg.DISPLAY_SCREEN:
        editor = _narrow(screen_choice(int(value), parent))
    elif setting.type is bool:
        box = QCheckBox(parent)
        box.setChecked(bool(value))
        editor = box
    elif setting.choices:
        combo = QComboBox(parent)
        for choice in setting.choices:
            label = (language_title(str(choice))
                     if setting in (reg.LANGUAGE, reg.ROOM_LANGUAGE) else
                     ordering_title(str(choice)) if setting is reg.ORDERING else str(choice))
            combo.addItem(label, choice)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        editor = _narrow(combo)
    elif setting.type is int and setting.duration:
        editor = seconds_box(int(value), int(setting.minimum or 0),
                             int(setting.maximum if setting.maximum is not None else 7200),
                             parent)
    elif setting.type is int:
        spin = QSpinBox(parent)
        spin.setRange(int(setting.minimum if setting.minimum is not None else -(2**31)),
                      int(setting.maximum if setting.maximum is not None else 2**31 - 1))
        spin.setValue(int(value))
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor = spin
    elif setting.type is float:
        dspin = QDoubleSpinBox(parent)
        dspin.setRange(setting.minimum if setting.minimum is not None else -1e9,
                       setting.maximum if setting.maximum is not None else 1e9)
        dspin.setSingleStep(0.1)
        dspin.setDecimals(2)
        dspin.setValue(float(value))
        dspin.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor = dspin
    else:
        line = QLineEdit(str(value), parent)
        editor = line
    editor.setObjectName(f"setting-{setting.key}")
    editor.setToolTip(setting.description_text())
    return editor


def editor_value(setting: Setting[Any], editor: QWidget) -> Any:
    """What an editor made by :func:`make_editor` holds now."""
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QDoubleSpinBox):
        return round(editor.value(), 2)
    if isinstance(editor, QLineEdit):
        return editor.text()
    raise TypeError(f"no editor for {setting.key}")


class SettingsForm(QWidget):
    """A form of declared settings, each with its title, and its description as a tooltip."""

    def __init__(self, settings: Settings, declared: Sequence[Setting[Any]], intro: str,
                 parent: QWidget | None = None, titles: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        note = QLabel(intro, self)
        note.setWordWrap(True)
        form.addRow(note)
        self.editors: list[tuple[Setting[Any], QWidget]] = []
        for setting in declared:
            editor = make_editor(setting, settings.get(setting), self)
            title = (titles or {}).get(setting.key) or setting.title_text()
            label = QLabel(title + ":", self)
            label.setBuddy(editor)
            label.setToolTip(setting.description_text())
            form.addRow(label, editor)
            self.editors.append((setting, editor))

    def apply(self) -> list[str]:
        """Store what changed; the problems met (values that do not fit), in words."""
        problems = []
        for setting, editor in self.editors:
            value = editor_value(setting, editor)
            if value == self.settings.get(setting):
                continue
            try:
                self.settings.set(setting, value)
            except ValueError:
                problems.append(tr("{title}: {value} is not allowed.").format(
                    title=setting.title_text(), value=value))
        return problems


class MeetingRulesPage(QWidget):
    """This meeting's ordering, warning time, reminder interval and the open segment's limits.

    Applying runs the floor's commands, so every change is journaled and can be undone.
    """

    def __init__(self, floor: QtFloor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.floor = floor
        state = floor.service.state
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.ordering = _narrow(QComboBox(self))
        self.ordering.setObjectName("meeting-ordering")
        for policy in OrderingPolicy:
            self.ordering.addItem(ordering_title(policy.value), policy.value)
        self.ordering.setCurrentIndex(self.ordering.findData(state.settings.ordering.value))
        form.addRow(tr("&Order of the list:"), self.ordering)
        self.warning = seconds_box(state.settings.warning_seconds, 0, 3600, self)
        self.warning.setObjectName("meeting-warning")
        self.warning.setToolTip(reg.WARNING_SECONDS.description_text())
        form.addRow(tr("&Warning when this much time is left:"), self.warning)
        self.reminder = seconds_box(state.settings.reminder_seconds, 0, 3600, self)
        self.reminder.setObjectName("meeting-reminder")
        self.reminder.setToolTip(reg.REMINDER_SECONDS.description_text())
        form.addRow(tr("&Overrun reminder every (0: none):"), self.reminder)
        self.segment = state.current_segment
        title = ""
        if self.segment and state.programme is not None:
            p = state.programme
            title = next((p.text(s, "title", app_language()).text for s in p.segments
                          if s.id == self.segment), self.segment)
        heading = QLabel(
            tr("Speaking limits for the rest of the list of “{segment}”:").format(
                segment=title) if self.segment else
            tr("Open a segment to change its speaking limits."), self)
        heading.setWordWrap(True)
        form.addRow(heading)
        self.limits: dict[str, QSpinBox] = {}
        for key in LIMIT_KEYS:
            box = seconds_box(state.live_limit(self.segment, key), 0, 7200, self)
            box.setSpecialValueText(tr("no limit"))
            box.setObjectName(f"meeting-limit-{key}")
            box.setEnabled(self.segment is not None)
            form.addRow(limit_label(key) + ":", box)
            self.limits[key] = box

    def apply(self) -> list[str]:
        """Run the commands for what changed; the refusals, in words."""
        state = self.floor.service.state
        changes: dict[str, Any] = {}
        if self.ordering.currentData() != state.settings.ordering.value:
            changes["ordering"] = self.ordering.currentData()
        if self.warning.value() != state.settings.warning_seconds:
            changes["warning_seconds"] = self.warning.value()
        if self.reminder.value() != state.settings.reminder_seconds:
            changes["reminder_seconds"] = self.reminder.value()
        problems: list[str] = []
        if changes and not self.floor.run(self.floor.service.change_settings, **changes):
            problems.append(tr("The meeting's rules were not changed."))
        if self.segment is not None:
            for key, box in self.limits.items():
                if box.value() != state.live_limit(self.segment, key) and not self.floor.run(
                        self.floor.service.change_limit, key, box.value(), self.segment):
                    problems.append(tr("{kind}: the limit was not changed.").format(
                        kind=limit_label(key)))
        return problems


def _scrolled(page: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area


class SettingsDialog(QDialog):
    """Every setting of the app and this meeting's rules, in tabs."""

    def __init__(self, floor: QtFloor, settings: Settings,
                 extra_pages: Sequence[tuple[str, PageFactory]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings-dialog")
        self.setWindowTitle(tr("Settings"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        tab_keys(self.tabs, self)
        layout.addWidget(self.tabs)
        self.meeting = MeetingRulesPage(floor, self)
        self.defaults = SettingsForm(
            settings, [reg.ORDERING, reg.WARNING_SECONDS, reg.REMINDER_SECONDS,
                       *reg.LIMITS.values()],
            tr("What a new meeting starts with, where its programme does not say "
               "(times in minutes and seconds)."), self,
            {s.key: tr("Limit: {kind}").format(kind=limit_label(k))
             for k, s in reg.LIMITS.items()})
        self.language = SettingsForm(
            settings, [reg.LANGUAGE, reg.ROOM_LANGUAGE],
            tr("The console and the speaker display change language at once, each on its "
               "own: the room may read French while the officer works in English."), self)
        self.display = SettingsForm(
            settings, [reg.FONT_SCALE, reg.HIGH_CONTRAST, reg.DISPLAY_SCREEN],
            tr("The size of the console's text, the countdown's colours, and the screen the "
               "speaker display goes to."), self)
        self.pages: list[QWidget] = [self.meeting, self.defaults, self.language, self.display]
        self.tabs.addTab(_scrolled(self.meeting, self), tr("This meeting"))
        self.tabs.addTab(_scrolled(self.defaults, self), tr("New meetings"))
        self.tabs.addTab(_scrolled(self.language, self), tr("Language"))
        self.tabs.addTab(_scrolled(self.display, self), tr("Display"))
        for title, factory in extra_pages:
            page = factory(self)
            self.pages.append(page)
            self.tabs.addTab(_scrolled(page, self), title)
        self.problem = QLabel(self)
        self.problem.setObjectName("settings-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c;")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(self._clicked)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(640, 680))

    def _clicked(self, button: QAbstractButton) -> None:
        if self.buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.ApplyRole:
            self.apply()

    def apply(self) -> list[str]:
        """Apply every page; shows and returns the problems met."""
        problems: list[str] = []
        for page in self.pages:
            apply = getattr(page, "apply", None)
            if callable(apply):
                problems.extend(apply() or [])
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        return problems

    def accept(self) -> None:
        """Apply, and close unless something was refused."""
        if not self.apply():
            super().accept()
