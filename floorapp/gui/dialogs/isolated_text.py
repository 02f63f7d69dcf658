"""Shows each cell's text in its own direction inside a right-to-left view.

In Arabic the preview's values are mostly Latin text; shown as they are, a title that
opens with a number ("2026 GEO Symposium") reads "GEO Symposium 2026". Wrapping the text
in a first-strong isolate for display keeps its own order; the model's text is unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

FSI, PDI = "\u2068", "\u2069"


class IsolatedTextDelegate(QStyledItemDelegate):
    """Paints a cell's text inside a first-strong isolate (display only)."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802
                        index: QModelIndex | QPersistentModelIndex) -> None:
        """The style's option, its text isolated when there is any."""
        super().initStyleOption(option, index)
        if option.text:
            option.text = f"{FSI}{option.text}{PDI}"
