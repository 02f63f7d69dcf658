"""The console's menu bar, built from the shortcut table plus the few menus that are not actions."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from floorapp.core.categories import LANGUAGES
from floorapp.gui.console import shortcuts, words


def tr(text: str) -> str:
    """Translate in the Menus context."""
    return QCoreApplication.translate("Menus", text)


def build_menus(
    window: QMainWindow,
    actions: Mapping[str, QAction],
    docks: list[QDockWidget],
    language: str,
    on_language: Callable[[str], None],
) -> dict[str, QMenu]:
    """Fill the window's menu bar; returns the menus by group, plus "recent" and "export"."""
    bar = window.menuBar()
    menus: dict[str, QMenu] = {}
    for group, title in shortcuts.GROUPS.items():
        menus[group] = bar.addMenu(shortcuts.tr(title))
    meeting = menus["Meeting"]
    meeting.addAction(actions["new_meeting"])
    if "new_from_note" in actions:
        meeting.addAction(actions["new_from_note"])
    meeting.addAction(actions["open_meeting"])
    menus["recent"] = meeting.addMenu(tr("Open &recent"))
    menus["recent"].setObjectName("menu-recent")
    meeting.addSeparator()
    meeting.addAction(actions["share_meeting"])
    meeting.addAction(actions["join_meeting"])
    meeting.addSeparator()
    meeting.addAction(actions["edit_programme"])
    meeting.addAction(actions["add_participant"])
    meeting.addSeparator()
    menus["export"] = meeting.addMenu(tr("&Export"))
    menus["export"].setObjectName("menu-export")
    meeting.addSeparator()
    meeting.addAction(actions["settings"])
    meeting.addSeparator()
    meeting.addAction(actions["quit"])

    floor = menus["Floor"]
    for s in shortcuts.ACTIONS:
        if s.group == "Floor":
            floor.addAction(actions[s.id])
            if s.id in ("end", "shorten", "reply", "redo", "mute"):
                floor.addSeparator()
    lst = menus["List"]
    for s in shortcuts.ACTIONS:
        if s.group == "List":
            lst.addAction(actions[s.id])

    view = menus["View"]
    for dock in docks:
        view.addAction(dock.toggleViewAction())
    view.addSeparator()
    for s in shortcuts.ACTIONS:
        if s.group == "View":
            view.addAction(actions[s.id])
    view.addSeparator()
    lang_menu = view.addMenu(tr("Console &language"))
    lang_menu.setObjectName("menu-language")
    choice = QActionGroup(lang_menu)
    choice.setExclusive(True)
    for code in LANGUAGES:
        a = lang_menu.addAction(f"{words.LANGUAGE_NAMES[code]} ({code})")
        a.setObjectName(f"language-{code}")
        a.setCheckable(True)
        a.setChecked(code == language)
        a.setData(code)
        choice.addAction(a)
        a.triggered.connect(lambda _c=False, c=code: on_language(c))

    for menu in menus.values():
        menu.setToolTipsVisible(True)  # why an action is greyed out (a station's role)
    menus["Help"].addAction(actions["help"])
    return menus
