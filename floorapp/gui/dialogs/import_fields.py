"""The preview's tree filled from a proposal: a group of rows for the meeting and one for
each segment, each row a field with its value, the line it came from and, when the importer
was unsure, an amber mark and the reason. :mod:`import_edits` reads the rows back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle, QTreeWidget, QTreeWidgetItem

from floorapp.core.categories import SegmentKind
from floorapp.core.programme.importer import Found, Proposal, ProposedPerson
from floorapp.gui.dialogs.import_edits import KEY
from floorapp.gui.dialogs.import_words import reason
from floorapp.gui.dialogs.limits import limit_label
from floorapp.gui.dialogs.segment_form import kind_label

SPAN = Qt.ItemDataRole.UserRole + 1
UNSURE = QColor(255, 236, 179)  # amber: readable in light and dark themes with black text


def tr(text: str) -> str:
    """Translate in the ImportPreview context (the dialog the tree is in)."""
    return QCoreApplication.translate("ImportPreview", text)


def _warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def fill_fields(tree: QTreeWidget, proposal: Proposal) -> None:
    """Fill ``tree`` with the proposal's fields, grouped by meeting and segment."""
    p = proposal

    def add(group: QTreeWidgetItem, name: str, found: Found[str], *key: object) -> None:
        _field(p, group, name, found, key)

    meeting = _group(tree, tr("Meeting"), ("meeting",))
    add(meeting, tr("Title"), p.title, "meeting", "title")
    add(meeting, tr("Date"), Found(p.date.value.isoformat(), p.date.span, p.date.doubt),
        "meeting", "date")
    add(meeting, tr("Venue"), p.venue, "meeting", "venue")
    add(meeting, tr("Time zone"), p.timezone, "meeting", "timezone")
    for key, lim in p.limits.items():
        shown = Found(f"{lim.value // 60}:{lim.value % 60:02d}", lim.span, lim.doubt)
        add(meeting, tr("Limit: {who}").format(who=limit_label(key)), shown, "meeting", "limit",
            key)
    for i, s in enumerate(p.segments):
        group = _group(tree, tr("Segment {n}").format(n=i + 1), ("segment", i))
        add(group, tr("Start"), Found(s.start.value.strftime("%H:%M"), s.start.span,
                                      s.start.doubt), "segment", i, "start")
        add(group, tr("End"), Found(s.end.value.strftime("%H:%M"), s.end.span, s.end.doubt),
            "segment", i, "end")
        add(group, tr("Title"), s.title, "segment", i, "title")
        add(group, tr("Kind"), Found(kind_label(SegmentKind(s.kind))), "segment", i, "kind")
        for j, person in enumerate(s.people):
            add(group, _label_name(person.label), Found(
                _person_text(person), person.name.span, person.name.doubt),
                "segment", i, "person", j)
        for j, theme in enumerate(s.themes):
            add(group, tr("Theme"), theme, "segment", i, "theme", j)


def _label_name(label: str) -> str:
    return {"chair": tr("Chair"), "moderator": tr("Moderator"),
            "panellist": tr("Panellist"), "keynote": tr("Keynote speaker"),
            "speaker": tr("Speaker")}.get(label, label)


def _person_text(p: ProposedPerson) -> str:
    return f"{p.name.value}, {p.role}" if p.role else p.name.value


def _group(tree: QTreeWidget, title: str, key: tuple[object, ...]) -> QTreeWidgetItem:
    item = QTreeWidgetItem(tree, [title])
    item.setData(0, KEY, list(key))
    font = item.font(0)
    font.setBold(True)
    item.setFont(0, font)
    return item


def _field(proposal: Proposal, parent: QTreeWidgetItem, name: str, found: Found[str],
           key: tuple[object, ...]) -> QTreeWidgetItem:
    where = (tr("line {n}").format(n=proposal.line_of(found.span))
             if found.span != (0, 0) else tr("(not in the text)"))
    item = QTreeWidgetItem(parent, [name, str(found.value), where])
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
    item.setData(0, KEY, list(key))
    item.setData(0, SPAN, list(found.span))
    if found.doubt:
        item.setIcon(0, _warning_icon())
        for col in range(3):
            item.setBackground(col, QBrush(UNSURE))
            item.setForeground(col, QBrush(QColor(0, 0, 0)))
        tip = tr("Unsure: {why}").format(why=reason(found.doubt))
        item.setToolTip(0, tip)
        item.setToolTip(1, tip)
        item.setText(2, f"\u26a0 {where}")
    return item


def mark_checked(item: QTreeWidgetItem) -> None:
    """A field the user has changed is theirs: no longer marked as a guess."""
    if item.icon(0).isNull():
        return
    item.setIcon(0, QIcon())
    for col in range(3):
        item.setData(col, Qt.ItemDataRole.BackgroundRole, None)
        item.setData(col, Qt.ItemDataRole.ForegroundRole, None)
    tip = tr("Changed by you")
    item.setToolTip(0, tip)
    item.setToolTip(1, tip)
    item.setText(2, item.text(2).removeprefix("\u26a0 "))
