"""Paints a request row: position, kind badge (word on colour), name, on whose behalf, limit."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from floorapp.gui.console import words
from floorapp.gui.console.speakers_model import Role

AnyIndex = QModelIndex | QPersistentModelIndex
PAD = 6


class RequestDelegate(QStyledItemDelegate):
    """Draws one row of the list of speakers, mirrored in right-to-left layouts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        """One line of text plus padding."""
        fm = QFontMetrics(option.font)
        return QSize(200, fm.height() + PAD + 2)

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:  # noqa: N802
        """The style draws the row's background, selection and focus; not its words."""
        super().initStyleOption(option, index)
        option.text = ""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Background and focus as the style draws them; our text on top.

        (Selection is read from the view, not the option's style state: the console
        then starts without building QStyle's Python enums, a tenth of its start.)"""
        super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = opt.widget
        model = view.selectionModel() if isinstance(view, QAbstractItemView) else None
        rect: QRect = opt.rect.adjusted(PAD, 0, -PAD, 0)
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        selected = model is not None and model.isRowSelected(index.row())
        palette: QPalette = opt.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        font: QFont = opt.font
        fm = QFontMetrics(font)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, right = rect.left(), rect.right()

        def take(width: int, from_start: bool = True) -> QRect:
            nonlocal left, right
            at_left = from_start != rtl
            if at_left:
                r = QRect(left, rect.top(), width, rect.height())
                left += width + PAD
            else:
                r = QRect(right - width + 1, rect.top(), width, rect.height())
                right -= width + PAD
            return r

        position = index.data(Role.POSITION)
        if position:
            r = take(fm.horizontalAdvance("00."))
            painter.setPen(text_colour)
            edge = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
            painter.drawText(r, Qt.AlignmentFlag.AlignVCenter | edge,
                             words.ltr(f"{position}."))

        limit = index.data(Role.LIMIT)
        if limit:
            lt = words.minutes(int(limit))
            r = take(fm.horizontalAdvance("00:00") + 2, from_start=False)
            painter.setPen(text_colour)
            painter.drawText(r, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter,
                             lt)

        badge = index.data(Role.BADGE)
        if badge:
            small = QFont(font)
            small.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
            small.setBold(True)
            sfm = QFontMetrics(small)
            w = sfm.horizontalAdvance(badge) + 2 * PAD
            r = take(w)
            h = sfm.height() + 4
            pill = QRect(r.left(), r.center().y() - h // 2, w, h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(index.data(Role.BADGE_COLOUR)))
            painter.drawRoundedRect(pill, h / 2, h / 2)
            painter.setPen(QColor("#ffffff"))
            painter.setFont(small)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge)
            painter.setFont(font)

        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        r = QRect(left, rect.top(), max(0, right - left), rect.height())
        painter.setPen(text_colour)
        elided = fm.elidedText(text, Qt.TextElideMode.ElideRight, r.width())
        align = Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        painter.drawText(r, align, elided)
        painter.restore()
