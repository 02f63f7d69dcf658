"""The preview's edits read back: the proposal as the user corrected it, and what is wrong.

Each row of the preview's tree carries a key saying what it stands for ("meeting",
"title") or ("segment", 2, "theme", 0); its second column holds the value as shown or as
typed. Times may be typed as 14:30 or 2.30 pm, dates as 2012-04-03 or 3 April 2012.
"""

from __future__ import annotations

import copy
import re
from datetime import date, time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget

from floorapp.core.categories import SegmentKind
from floorapp.core.programme.importer import Found, Proposal
from floorapp.core.programme.importer.clock import find_point, find_ranges
from floorapp.core.programme.importer.dates import parse_date_words
from floorapp.gui.dialogs.segment_form import kind_label

#: Item data: what a row stands for, e.g. ("meeting", "title") or ("segment", 2, "theme", 0).
KEY = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    """Translate in the ImportPreview context (the dialog these messages are shown in)."""
    return QCoreApplication.translate("ImportPreview", text)


def _parse_time(text: str) -> time | None:
    text = text.strip()
    m = re.fullmatch(r"([01]?\d|2[0-3])[:.h]([0-5]\d)", text)
    if m:
        return time(int(m.group(1)), int(m.group(2)))
    found = find_point(text)
    return found[0] if found else None


def _parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return parse_date_words(text, None)


def edited_proposal(proposal: Proposal | None,
                    tree: QTreeWidget) -> tuple[Proposal | None, list[str]]:
    """The proposal with the user's edits in ``tree`` applied, and what is wrong with them."""
    if proposal is None:
        return None, [tr("Nothing was proposed yet.")]
    p = copy.deepcopy(proposal)
    errors: list[str] = []
    segments = []
    limits = {}
    root = tree.invisibleRootItem()
    for g in range(root.childCount()):
        group = root.child(g)
        assert group is not None
        gkey = group.data(0, KEY)
        seg = p.segments[gkey[1]] if gkey[0] == "segment" else None
        if seg is not None:
            seg.people, seg.themes = [], []
            segments.append(seg)
        for c in range(group.childCount()):
            item = group.child(c)
            assert item is not None
            key, value = item.data(0, KEY), item.text(1).strip()
            where = f"{group.text(0)}, {item.text(0)}"
            if key[0] == "meeting":
                if key[1] == "title":
                    p.title.value = value
                elif key[1] == "venue":
                    p.venue.value = value
                elif key[1] == "timezone":
                    p.timezone.value = value
                elif key[1] == "date":
                    d = _parse_date(value)
                    if d is None:
                        errors.append(tr("{where}: \u201c{v}\u201d is not a date; write "
                                         "it as 2012-04-03").format(where=where, v=value))
                    else:
                        p.date.value = d
                elif key[1] == "limit":
                    m = re.fullmatch(r"(\d{1,3})(?::([0-5]\d))?", value)
                    if m is None:
                        errors.append(tr("{where}: write minutes:seconds, such as 3:00")
                                      .format(where=where))
                    else:
                        limits[key[2]] = Found(int(m.group(1)) * 60 + int(m.group(2) or 0))
                continue
            assert seg is not None
            index = key[3] if len(key) > 3 else 0
            if key[2] in ("start", "end"):
                t = _parse_time(value) or (find_ranges(value)[0].start
                                           if find_ranges(value) else None)
                if t is None:
                    errors.append(tr("{where}: \u201c{v}\u201d is not a time; write it as "
                                     "HH:MM on the 24-hour clock").format(where=where,
                                                                          v=value))
                else:
                    getattr(seg, key[2]).value = t
            elif key[2] == "title":
                seg.title.value = value
            elif key[2] == "kind":
                # Shown in the user's words; typed as those words or as the file's code.
                kinds = {kind_label(k).casefold(): k.value for k in SegmentKind}
                kinds.update({k.value: k.value for k in SegmentKind})
                if value.strip().casefold() not in kinds:
                    errors.append(tr("{where}: the kind is one of: {kinds}").format(
                        where=where, kinds=", ".join(kind_label(k) for k in SegmentKind)))
                else:
                    seg.kind = kinds[value.strip().casefold()]
            elif key[2] == "person" and value:
                person = copy.deepcopy(proposal.segments[key[1]].people[index])
                name, _, role = value.partition(",")
                person.name.value, person.role = name.strip(), role.strip()
                seg.people.append(person)
            elif key[2] == "theme" and value:
                seg.themes.append(Found(value))
    p.segments = segments
    p.limits = limits
    if not segments:
        errors.append(tr("A programme needs at least one segment."))
    return p, errors
